<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>helpline::AuditLog</name>
    <message>
        <source>Verifying the audit trail</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>Audit entry %1 was removed (the next entry present is %2).</source>
        <translation>Запись аудита %1 удалена (следующая имеющаяся запись — %2).</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were removed or reordered.</source>
        <translation>Запись аудита %1 не следует за записью %2: записи были удалены или переставлены.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>Запись аудита %1 была изменена.</translation>
    </message>
    <message>
        <source>Audit entries after entry %1 were removed.</source>
        <translation>Записи аудита после записи %1 удалены.</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Чтение журнала аудита</translation>
    </message>
</context>
<context>
    <name>helpline::CallType</name>
    <message>
        <source>Child about themselves</source>
        <translation>Ребёнок о себе</translation>
    </message>
    <message>
        <source>Someone about a child</source>
        <translation>Взрослый о ребёнке</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Молчание</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Сброс звонка</translation>
    </message>
    <message>
        <source>Prank or testing</source>
        <translation>Шутка или проверка</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>Оскорбительное обращение</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Ошиблись номером</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Только информация</translation>
    </message>
</context>
<context>
    <name>helpline::CallerRelationship</name>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Сосед</translation>
    </message>
    <message>
        <source>Teacher or school staff</source>
        <translation>Учитель или сотрудник школы</translation>
    </message>
    <message>
        <source>Professional (social worker, doctor, police)</source>
        <translation>Специалист (социальный работник, врач, полиция)</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>Незнакомый человек</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>helpline::CaseItems</name>
    <message>
        <source>There is no such case.</source>
        <translation>Такое дело не найдено.</translation>
    </message>
    <message>
        <source>Reading the case's notes</source>
        <translation>Чтение заметок по делу</translation>
    </message>
    <message>
        <source>Reading the case's referrals</source>
        <translation>Чтение направлений по делу</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>Чтение последующих контактов</translation>
    </message>
    <message>
        <source>Reading the case's follow-ups</source>
        <translation>Чтение последующих контактов по делу</translation>
    </message>
</context>
<context>
    <name>helpline::CaseRecord</name>
    <message>
        <source>Unknown case status.</source>
        <translation>Неизвестный статус дела.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>Название слишком длинное (не более 300 символов).</translation>
    </message>
    <message>
        <source>A case flag is empty or too long.</source>
        <translation>Одна из отметок дела пуста или слишком длинная.</translation>
    </message>
    <message>
        <source>A note belongs to a case.</source>
        <translation>Заметка должна относиться к делу.</translation>
    </message>
    <message>
        <source>Unknown kind of note.</source>
        <translation>Неизвестный вид заметки.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <source>The note is too long (at most 200,000 characters).</source>
        <translation>Заметка слишком длинная (не более 200 000 символов).</translation>
    </message>
    <message>
        <source>A referral belongs to a case.</source>
        <translation>Направление должно относиться к делу.</translation>
    </message>
    <message>
        <source>Choose the service the child is referred to.</source>
        <translation>Выберите службу, в которую направляется ребёнок.</translation>
    </message>
    <message>
        <source>Say why the child is referred.</source>
        <translation>Укажите причину направления ребёнка.</translation>
    </message>
    <message>
        <source>Choose how urgent the referral is.</source>
        <translation>Выберите срочность направления.</translation>
    </message>
    <message>
        <source>Choose how the referral is made.</source>
        <translation>Выберите способ направления.</translation>
    </message>
    <message>
        <source>Record whether the child or caller consented.</source>
        <translation>Отметьте, дали ли согласие ребёнок или обратившийся.</translation>
    </message>
    <message>
        <source>Say why the referral is made without consent (for example imminent danger).</source>
        <translation>Укажите, почему направление сделано без согласия (например, непосредственная опасность).</translation>
    </message>
    <message>
        <source>Unknown referral status.</source>
        <translation>Неизвестный статус направления.</translation>
    </message>
    <message>
        <source>A follow-up belongs to a case.</source>
        <translation>Последующий контакт должен относиться к делу.</translation>
    </message>
    <message>
        <source>Choose when the follow-up is due.</source>
        <translation>Выберите срок последующего контакта.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Укажите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Unknown follow-up status.</source>
        <translation>Неизвестный статус последующего контакта.</translation>
    </message>
    <message>
        <source>A completed follow-up needs the time it was done.</source>
        <translation>Для выполненного последующего контакта укажите время выполнения.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseRepository</name>
    <message>
        <source>Reading the case</source>
        <translation>Чтение дела</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Такое дело не найдено.</translation>
    </message>
    <message>
        <source>Listing cases</source>
        <translation>Получение списка дел</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>Подсчёт дел</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Waiting for closure approval</source>
        <translation>Ожидает одобрения закрытия</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStore</name>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: диск заполнен. Ничего не сохранено; освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: the case store's folder %2 is read-only. Nothing was saved.</source>
        <translation>%1: папка хранилища дел %2 доступна только для чтения. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1: the case database %2 is damaged. Stop using this desk and ask an administrator to restore it from a backup.</source>
        <translation>%1: база данных дел %2 повреждена. Прекратите работу на этом рабочем месте и попросите администратора восстановить базу из резервной копии.</translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (it may be full, removed or failing). Nothing was saved.</source>
        <translation>%1: не удалось записать данные на диск или прочитать их (диск может быть заполнен, извлечён или неисправен). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 failed because of an internal error.</source>
        <translation>%1: операция не выполнена из-за внутренней ошибки.</translation>
    </message>
    <message>
        <source>The case store's folder %1 is read-only.</source>
        <translation>Папка хранилища дел %1 доступна только для чтения.</translation>
    </message>
    <message>
        <source>Opening the case store</source>
        <translation>Открытие хранилища дел</translation>
    </message>
    <message>
        <source>The case store could not be keyed.</source>
        <translation>Не удалось применить ключ шифрования к хранилищу дел.</translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation>Не удалось зарегистрировать функции поиска.</translation>
    </message>
    <message>
        <source>This program was built without SQLCipher; refusing to store case data unencrypted.</source>
        <translation>Программа собрана без SQLCipher; данные дел не будут храниться в незашифрованном виде.</translation>
    </message>
    <message>
        <source>Configuring encryption</source>
        <translation>Настройка шифрования</translation>
    </message>
    <message>
        <source>The case database %1 is truncated and cannot be read. Restore it from a backup; nothing was changed.</source>
        <translation>База данных дел %1 обрезана и не может быть прочитана. Восстановите её из резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>The case database %1 is damaged and cannot be read. Restore it from a backup; nothing was changed.</source>
        <translation>База данных дел %1 повреждена и не может быть прочитана. Восстановите её из резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Чтение учётной записи</translation>
    </message>
    <message>
        <source>This account has been removed from this desk.</source>
        <translation>Эта учётная запись удалена с этого рабочего места.</translation>
    </message>
    <message>
        <source>Reading the store settings</source>
        <translation>Чтение настроек хранилища</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>A case store already exists in %1; it was not changed.</source>
        <translation>В папке %1 уже есть хранилище дел; оно не изменено.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The case database %1 is missing. Restore it from a backup; a new empty store is not created in its place.</source>
        <translation>База данных дел %1 отсутствует. Восстановите её из резервной копии; новое пустое хранилище вместо неё не создаётся.</translation>
    </message>
    <message>
        <source>This account is not on this desk.</source>
        <translation>Этой учётной записи нет на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The case database %1 is truncated (%2 bytes). Restore it from a backup; nothing was changed.</source>
        <translation>База данных дел %1 обрезана (размер в байтах: %2). Восстановите её из резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>The case database %1 does not belong to this desk's keyring (it was replaced or copied from another desk). Nothing was changed.</source>
        <translation>База данных дел %1 не соответствует файлу ключей этого рабочего места (её заменили или скопировали с другого рабочего места). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Only an administrator can add accounts.</source>
        <translation>Добавлять учётные записи может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator can remove accounts.</source>
        <translation>Удалять учётные записи может только администратор.</translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation>Нельзя удалить учётную запись, под которой вы сейчас вошли.</translation>
    </message>
    <message>
        <source>Checking the case store</source>
        <translation>Проверка хранилища дел</translation>
    </message>
</context>
<context>
    <name>helpline::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>App chat</source>
        <translation>Чат в приложении</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Веб-чат</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Личный визит</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
</context>
<context>
    <name>helpline::Contact</name>
    <message>
        <source>Choose the channel the contact came in on.</source>
        <translation>Выберите канал, по которому поступило обращение.</translation>
    </message>
    <message>
        <source>Choose the type of contact.</source>
        <translation>Выберите тип обращения.</translation>
    </message>
    <message>
        <source>The contact has no start time.</source>
        <translation>Не указано время начала обращения.</translation>
    </message>
    <message>
        <source>The start time is in the future.</source>
        <translation>Время начала указано в будущем.</translation>
    </message>
    <message>
        <source>The duration must be between 0 seconds and 24 hours.</source>
        <translation>Продолжительность должна быть от 0 секунд до 24 часов.</translation>
    </message>
    <message>
        <source>The contact has no counsellor.</source>
        <translation>Для обращения не указан консультант.</translation>
    </message>
    <message>
        <source>Unknown risk level.</source>
        <translation>Неизвестный уровень риска.</translation>
    </message>
    <message>
        <source>The summary is too long (at most 100,000 characters).</source>
        <translation>Краткое описание слишком длинное (не более 100 000 символов).</translation>
    </message>
    <message>
        <source>Choose at least one reason for the contact.</source>
        <translation>Выберите хотя бы одну причину обращения.</translation>
    </message>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>Напишите краткое описание обращения.</translation>
    </message>
    <message>
        <source>Choose how the caller is related to the child.</source>
        <translation>Выберите, кем обратившийся приходится ребёнку.</translation>
    </message>
    <message>
        <source>Unknown category "%1".</source>
        <translation>Неизвестная категория «%1».</translation>
    </message>
    <message>
        <source>Say why the contact is being corrected.</source>
        <translation>Укажите причину исправления обращения.</translation>
    </message>
</context>
<context>
    <name>helpline::ContactRepository</name>
    <message>
        <source>Choose the case this contact belongs to.</source>
        <translation>Выберите дело, к которому относится это обращение.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Такое дело не найдено.</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>Чтение обращения</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Такое обращение не найдено.</translation>
    </message>
    <message>
        <source>Reading the case's contacts</source>
        <translation>Чтение обращений по делу</translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation>Чтение данных о человеке</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Такой человек не найден.</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>helpline::Gender</name>
    <message>
        <source>Girl</source>
        <translation>Девочка</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Мальчик</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небинарный</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>helpline::Keyring</name>
    <message>
        <source>There is no keyring file at %1.</source>
        <translation>Файл ключей не найден: %1.</translation>
    </message>
    <message>
        <source>The keyring file %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать файл ключей %1: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>файл не является корректным JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a Helpline keyring</source>
        <translation>это не файл ключей Helpline</translation>
    </message>
    <message>
        <source>its format version %1 is not supported</source>
        <translation>версия формата %1 не поддерживается</translation>
    </message>
    <message>
        <source>The keyring file %1 was changed outside Helpline Workstation (its checksum does not match). Restore it from a backup.</source>
        <translation>Файл ключей %1 был изменён вне Helpline Workstation (контрольная сумма не совпадает). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>it has no store id</source>
        <translation>в файле нет идентификатора хранилища</translation>
    </message>
    <message>
        <source>an account entry is incomplete</source>
        <translation>данные одной из учётных записей неполны</translation>
    </message>
    <message>
        <source>The keyring file %1 cannot be written: %2.</source>
        <translation>Не удаётся записать файл ключей %1: %2.</translation>
    </message>
    <message>
        <source>The keyring file %1 could not be saved: %2.</source>
        <translation>Не удалось сохранить файл ключей %1: %2.</translation>
    </message>
    <message>
        <source>Invalid key or key parameters.</source>
        <translation>Недопустимый ключ или параметры ключа.</translation>
    </message>
    <message>
        <source>This account is not on this desk.</source>
        <translation>Этой учётной записи нет на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>An account with this name already exists on this desk.</source>
        <translation>Учётная запись с таким именем уже есть на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The keyring file %1 is damaged: %2.</source>
        <translation>Файл ключей %1 повреждён: %2.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Недостаточно памяти, чтобы получить ключ из пароля.</translation>
    </message>
</context>
<context>
    <name>helpline::MainWindow</name>
    <message>
        <source>Helpline Workstation</source>
        <translation>Helpline Workstation</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
</context>
<context>
    <name>helpline::Migrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Не удаётся прочитать версию схемы.</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Helpline Workstation (schema %1; this version knows up to %2). Install the newer version; the store was not changed.</source>
        <translation>Это хранилище дел записано более новой версией Helpline Workstation (схема %1; эта версия поддерживает схемы только до %2). Установите более новую версию; хранилище не изменено.</translation>
    </message>
    <message>
        <source>Updating the case store to schema %1 failed; the store was left as it was.</source>
        <translation>Не удалось обновить хранилище дел до схемы %1; хранилище оставлено без изменений.</translation>
    </message>
</context>
<context>
    <name>helpline::NoteKind</name>
    <message>
        <source>Case note</source>
        <translation>Заметка по делу</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Заметка при передаче смены</translation>
    </message>
    <message>
        <source>Supervisor review comment</source>
        <translation>Комментарий супервизора</translation>
    </message>
</context>
<context>
    <name>helpline::Person</name>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Имя слишком длинное (не более 200 символов).</translation>
    </message>
    <message>
        <source>Choose a gender from the list.</source>
        <translation>Выберите пол из списка.</translation>
    </message>
    <message>
        <source>Choose an age from 0 to 25, over 25, unborn or unknown.</source>
        <translation>Выберите возраст: от 0 до 25 лет, старше 25 лет, до рождения или неизвестен.</translation>
    </message>
    <message>
        <source>Enter the caller's age in years, or leave it empty.</source>
        <translation>Укажите возраст обратившегося в годах или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Дата рождения указана в будущем.</translation>
    </message>
    <message>
        <source>Enter a phone number with 5 to 15 digits, for example +994 50 123 45 67.</source>
        <translation>Введите номер телефона из 5–15 цифр, например +994 50 123 45 67.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferenceFile</name>
    <message>
        <source>English (en)</source>
        <translation>английский (en)</translation>
    </message>
    <message>
        <source>Azerbaijani (az)</source>
        <translation>азербайджанский (az)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>русский (ru)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1: некорректный JSON: %2 (байт %3).</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1: содержимое не является объектом JSON.</translation>
    </message>
    <message>
        <source>%1 has the wrong format: "%2" instead of "%3".</source>
        <translation>%1: неверный формат: «%2» вместо «%3».</translation>
    </message>
    <message>
        <source>%1 has no valid version: it must be a whole number of 1 or more.</source>
        <translation>%1: неверная версия: она должна быть целым числом не меньше 1.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralMethod</name>
    <message>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Письмом</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>С сопровождением</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralStatus</name>
    <message>
        <source>Made</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не явился</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralUrgency</name>
    <message>
        <source>Routine</source>
        <translation>Планово</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренно</translation>
    </message>
</context>
<context>
    <name>helpline::Regions</name>
    <message>
        <source>%1 has no names.</source>
        <translation>%1: названия не указаны.</translation>
    </message>
    <message>
        <source>%1 has no name in %2.</source>
        <translation>%1: не указано название (язык: %2).</translation>
    </message>
    <message>
        <source>The code %1 is used more than once.</source>
        <translation>Код %1 используется более одного раза.</translation>
    </message>
    <message>
        <source>The ISO code "%1" of %2 is not valid: it must look like AZ-SAK (AZ-, then one to three capital letters or digits).</source>
        <translation>ISO-код «%1» (%2) недопустим: он должен иметь вид AZ-SAK (AZ-, затем от одной до трёх заглавных латинских букв или цифр).</translation>
    </message>
    <message>
        <source>The ISO code %1 is used more than once.</source>
        <translation>ISO-код %1 используется более одного раза.</translation>
    </message>
    <message>
        <source>A place in %1 has no code.</source>
        <translation>%1: у одной из территориальных единиц нет кода.</translation>
    </message>
    <message>
        <source>The code "%1" is not valid: use letters a-z or A-Z, digits, dots, hyphens and underscores.</source>
        <translation>Код «%1» недопустим: используйте буквы a-z или A-Z, цифры, точки, дефисы и знаки подчёркивания.</translation>
    </message>
    <message>
        <source>%1 has the kind "%2"; here it must be one of: %3.</source>
        <translation>%1: указан тип «%2», а здесь допустим только один из типов: %3.</translation>
    </message>
    <message>
        <source>The aliases of %1 are not a list.</source>
        <translation>%1: альтернативные названия заданы не списком.</translation>
    </message>
    <message>
        <source>%1 has an empty alias.</source>
        <translation>%1: одно из альтернативных названий пустое.</translation>
    </message>
    <message>
        <source>%1 has districts, but only a city can have a list of them.</source>
        <translation>%1: указаны районы, но список районов может быть только у города.</translation>
    </message>
    <message>
        <source>The regions file has no economic regions.</source>
        <translation>В файле регионов нет экономических районов.</translation>
    </message>
    <message>
        <source>Economic region number %1 has no code.</source>
        <translation>У экономического района № %1 нет кода.</translation>
    </message>
    <message>
        <source>The economic region code "%1" is not valid: it must look like er.shaki_zagatala (er., then lower-case letters a-z, digits and underscores).</source>
        <translation>Код экономического района «%1» недопустим: он должен иметь вид er.shaki_zagatala (er., затем строчные буквы a-z, цифры и знаки подчёркивания).</translation>
    </message>
    <message>
        <source>The economic region %1 has no places.</source>
        <translation>В экономическом районе %1 нет территориальных единиц.</translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation>Файл территорий</translation>
    </message>
</context>
<context>
    <name>helpline::Role</name>
    <message>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>helpline::Screening</name>
    <message>
        <source>The stored screening answers are not %1 answers.</source>
        <translation>Сохранённые ответы скрининга не являются ответами %1.</translation>
    </message>
    <message>
        <source>The stored %1 answers contain an unknown question, “%2”.</source>
        <translation>Сохранённые ответы %1 содержат неизвестный вопрос: «%2».</translation>
    </message>
    <message>
        <source>The stored %1 answer to question “%2” is not yes, no or refused.</source>
        <translation>Сохранённый ответ %1 на вопрос «%2» не является ответом «да», «нет» или «отказ».</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Отказ от ответа</translation>
    </message>
    <message>
        <source>No risk identified</source>
        <translation>Риск не выявлен</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Низкий риск</translation>
    </message>
    <message>
        <source>Moderate risk</source>
        <translation>Умеренный риск</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Acute risk</source>
        <translation>Острый риск</translation>
    </message>
    <message>
        <source>In the past few weeks, have you wished you were dead?</source>
        <extracomment>ASQ question 1. Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask directly, in these words.</source>
        <translation>Спросите прямо, именно этими словами.</translation>
    </message>
    <message>
        <source>In the past few weeks, have you felt that you or your family would be better off if you were dead?</source>
        <extracomment>ASQ question 2. Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the past week, have you been having thoughts about killing yourself?</source>
        <extracomment>ASQ question 3. Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have you ever tried to kill yourself?</source>
        <extracomment>ASQ question 4. Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If yes, ask how and when, and write it in the notes.</source>
        <translation>Если да, спросите, как и когда это было, и запишите в заметки.</translation>
    </message>
    <message>
        <source>Are you having thoughts of killing yourself right now?</source>
        <extracomment>ASQ question 5 (acuity). Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask only if the child answered yes to, or declined to answer, any of questions 1 to 4.</source>
        <translation>Задавайте, только если ребёнок ответил «да» хотя бы на один из вопросов 1–4 или отказался на него отвечать.</translation>
    </message>
    <message>
        <source>Screen not complete</source>
        <translation>Скрининг не завершён</translation>
    </message>
    <message>
        <source>Negative screen</source>
        <translation>Отрицательный результат скрининга</translation>
    </message>
    <message>
        <source>Non-acute positive screen</source>
        <translation>Положительный результат скрининга (неострый)</translation>
    </message>
    <message>
        <source>Acute positive screen</source>
        <translation>Положительный результат скрининга (острый)</translation>
    </message>
    <message>
        <source>Have you wished you were dead or wished you could go to sleep and not wake up?</source>
        <extracomment>C-SSRS screener question 1. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Wish to be dead.</source>
        <translation>Последний месяц. Желание умереть.</translation>
    </message>
    <message>
        <source>Have you actually had any thoughts of killing yourself?</source>
        <extracomment>C-SSRS screener question 2. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. If yes, ask questions 3, 4 and 5. If no, go to question 6.</source>
        <translation>Последний месяц. Если да, задайте вопросы 3, 4 и 5. Если нет, перейдите к вопросу 6.</translation>
    </message>
    <message>
        <source>Have you been thinking about how you might do this?</source>
        <extracomment>C-SSRS screener question 3. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Thoughts of a method, without a specific plan or intent to act.</source>
        <translation>Последний месяц. Мысли о способе без конкретного плана или намерения действовать.</translation>
    </message>
    <message>
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <extracomment>C-SSRS screener question 4. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Intent to act, without a specific plan.</source>
        <translation>Последний месяц. Намерение действовать без конкретного плана.</translation>
    </message>
    <message>
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <extracomment>C-SSRS screener question 5. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Intent with a specific plan.</source>
        <translation>Последний месяц. Намерение с конкретным планом.</translation>
    </message>
    <message>
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life?</source>
        <extracomment>C-SSRS screener question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime. For example: collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn't swallow any, held a gun but changed their mind or it was grabbed from their hand, went to the roof but didn't jump; or actually took pills, tried to shoot themselves, cut themselves, tried to hang themselves.</source>
        <translation>За всю жизнь. Например: сбор таблеток, приобретение оружия, раздача ценных вещей, написание завещания или предсмертной записки; таблетки были приготовлены, но не проглочены; оружие было в руках, но человек передумал или оружие вырвали из рук; подъём на крышу без прыжка; или реальные действия: приём таблеток, попытка застрелиться, порезы, попытка повеситься.</translation>
    </message>
    <message>
        <source>Was it within the past 3 months?</source>
        <extracomment>C-SSRS screener follow-up to question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask only if the answer to question 6 was yes.</source>
        <translation>Задавайте, только если на вопрос 6 ответили «да».</translation>
    </message>
</context>
<context>
    <name>helpline::SearchIndex</name>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>helpline::StoreError</name>
    <message>
        <source>Some fields need attention; nothing was saved.</source>
        <translation>Проверьте некоторые поля; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>helpline::Taxonomy</name>
    <message>
        <source>The entry %1 has no labels.</source>
        <translation>У элемента %1 не указаны названия.</translation>
    </message>
    <message>
        <source>The entry %1 has no label in %2.</source>
        <translation>У элемента %1 не указано название (язык: %2).</translation>
    </message>
    <message>
        <source>The taxonomy has no categories.</source>
        <translation>В классификаторе нет категорий.</translation>
    </message>
    <message>
        <source>Category number %1 has no code.</source>
        <translation>У категории № %1 нет кода.</translation>
    </message>
    <message>
        <source>The category code "%1" is not valid: use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Код категории «%1» недопустим: используйте строчные буквы a-z, цифры и знаки подчёркивания; код должен начинаться с буквы.</translation>
    </message>
    <message>
        <source>The code %1 is used more than once.</source>
        <translation>Код %1 используется более одного раза.</translation>
    </message>
    <message>
        <source>The subcategories of %1 are not a list.</source>
        <translation>%1: подкатегории заданы не списком.</translation>
    </message>
    <message>
        <source>Subcategory number %1 of %2 has no code.</source>
        <translation>%2: у подкатегории № %1 нет кода.</translation>
    </message>
    <message>
        <source>The subcategory code %1 does not start with the code of its category, "%2".</source>
        <translation>Код подкатегории %1 не начинается с кода своей категории «%2».</translation>
    </message>
    <message>
        <source>The subcategory code "%1" is not valid: after "%2" use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Код подкатегории «%1» недопустим: после «%2» используйте строчные буквы a-z, цифры и знаки подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>The taxonomy file</source>
        <translation>Файл классификатора</translation>
    </message>
</context>
<context>
    <name>helpline::WriteTransaction</name>
    <message>
        <source>The case store is closed.</source>
        <translation>Хранилище дел закрыто.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>helpline::records</name>
    <message>
        <source>This record was changed by someone else in the meantime. Reopen it to see the latest version; nothing was saved.</source>
        <translation>Эту запись тем временем изменил другой пользователь. Откройте её заново, чтобы увидеть последнюю версию; ничего не сохранено.</translation>
    </message>
</context>
</TS>
