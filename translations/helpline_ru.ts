<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>SyncMessages</name>
    <message>
        <source>The escrow key is not 32 bytes of base64.</source>
        <translation>Ключ депонирования — не 32 байта в base64.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Неизвестная роль.</translation>
    </message>
</context>
<context>
    <name>helpline::AccessPolicy</name>
    <message>
        <source>This case belongs to another office.</source>
        <translation>Это дело относится к другому офису.</translation>
    </message>
    <message>
        <source>This case is not assigned to you. Ask a supervisor to assign it to you if you need to work on it.</source>
        <translation>Это дело не назначено вам. Если вам нужно с ним работать, попросите супервизора назначить его вам.</translation>
    </message>
    <message>
        <source>An administrator reads case content only with a stated reason.</source>
        <translation>Администратор читает содержимое дела только с указанием причины.</translation>
    </message>
</context>
<context>
    <name>helpline::AcuteAlertBar</name>
    <message>
        <source>The alerts could not be read again. %1</source>
        <translation>Не удалось повторно прочитать оповещения. %1</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved. %1</source>
        <translation>Не удалось сохранить отметку о принятии. %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>This desk has no sound device: the alert is silent here. Keep an eye on this bar.</source>
        <translation>На этом рабочем месте нет звукового устройства: оповещение здесь беззвучное. Следите за этой панелью.</translation>
    </message>
    <message>
        <source>Acute risk: %1 spoke with a child at %2 (case %3). A supervisor must look at it now.</source>
        <translation>Острый риск: %1 — разговор с ребёнком в %2 (дело %3). Супервизор должен посмотреть его сейчас.</translation>
    </message>
    <message numerus="yes">
        <source>%n more acute-risk contact(s) wait.</source>
        <translation>
            <numerusform>Ещё %n обращение с острым риском ожидает.</numerusform>
            <numerusform>Ещё %n обращения с острым риском ожидают.</numerusform>
            <numerusform>Ещё %n обращений с острым риском ожидают.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::AcuteBanner</name>
    <message>
        <source>Stay on the line with the child.</source>
        <translation>Оставайтесь на линии с ребёнком.</translation>
    </message>
    <message>
        <source>Do not leave the child alone: ask where they are and who is with them.</source>
        <translation>Не оставляйте ребёнка одного: спросите, где он находится и кто рядом с ним.</translation>
    </message>
    <message>
        <source>Emergency referral: call 112 (emergency), 103 (ambulance) or 102 (police).</source>
        <translation>Экстренное направление: позвоните по номеру 112 (единая служба спасения), 103 (скорая помощь) или 102 (полиция).</translation>
    </message>
    <message>
        <source>Tell your supervisor now.</source>
        <translation>Немедленно сообщите супервизору.</translation>
    </message>
    <message>
        <source>Acute risk: follow the emergency protocol now</source>
        <translation>Острый риск: немедленно действуйте по экстренному протоколу</translation>
    </message>
    <message>
        <source>Emergency protocol: acute risk</source>
        <translation>Экстренный протокол: острый риск</translation>
    </message>
</context>
<context>
    <name>helpline::AppController</name>
    <message>
        <source>A case store already exists in %1. Sign in to it.</source>
        <translation>В папке %1 уже есть хранилище дел. Войдите в него.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone is already signed in.</source>
        <translation>Кто-то уже выполнил вход.</translation>
    </message>
    <message>
        <source>The workstation is not locked.</source>
        <translation>Рабочее место не заблокировано.</translation>
    </message>
    <message>
        <source>The keyring of this desk was replaced while it was locked. Sign out and sign in again.</source>
        <translation>Пока рабочее место было заблокировано, его файл ключей был заменён. Выйдите из системы и войдите снова.</translation>
    </message>
    <message>
        <source>Unsaved case note</source>
        <translation>Несохранённая заметка</translation>
    </message>
    <message>
        <source>A case note you are writing is not saved. Discard it and sign out?</source>
        <translation>Заметка, которую вы пишете, не сохранена. Удалить её и выйти из системы?</translation>
    </message>
    <message>
        <source>A sign-in is being checked with the server. Wait for it.</source>
        <translation>Вход проверяется на сервере. Подождите.</translation>
    </message>
    <message>
        <source>This account is no longer on this desk.</source>
        <translation>Этой учётной записи больше нет на этом рабочем месте.</translation>
    </message>
    <message>
        <source>There is no account with this user name on this desk.</source>
        <translation>На этом рабочем месте нет учётной записи с таким именем пользователя.</translation>
    </message>
    <message>
        <source>This account is not on this desk yet, and the desk&apos;s server settings cannot be used: %1</source>
        <translation>Этой учётной записи ещё нет на этом рабочем месте, а настройки сервера этого рабочего места нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the desk&apos;s server settings cannot be used to check a new one: %1</source>
        <translation>Пароль не подходит для этого рабочего места, а настройки сервера рабочего места нельзя использовать, чтобы проверить новый пароль: %1</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the helpline server did not accept it either. %1</source>
        <translation>Пароль не подходит для этого рабочего места, и сервер линии его тоже не принял. %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the helpline server could not check it now. %1</source>
        <translation>Пароль не подходит для этого рабочего места, а сервер линии сейчас не смог его проверить. %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk. A password changed on the helpline server works here only once the desk reaches the server. %1</source>
        <translation>Пароль не подходит для этого рабочего места. Пароль, изменённый на сервере линии, действует здесь только после того, как рабочее место свяжется с сервером. %1</translation>
    </message>
    <message>
        <source>This account is not on this desk yet. Its first sign-in needs a connection to the helpline server. %1</source>
        <translation>Этой учётной записи ещё нет на этом рабочем месте. Для первого входа нужно подключение к серверу линии. %1</translation>
    </message>
</context>
<context>
    <name>helpline::AssignEditor</name>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Никто (не назначено)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Назначение дела</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>&amp;Консультант</translation>
    </message>
    <message>
        <source>Counsellor to assign</source>
        <translation>Консультант, которому назначается дело</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>helpline::AttachmentRepository</name>
    <message>
        <source>An attachment belongs to a case.</source>
        <translation>Вложение должно относиться к делу.</translation>
    </message>
    <message>
        <source>The file needs a name of at most 255 characters.</source>
        <translation>У файла должно быть имя длиной не более 255 символов.</translation>
    </message>
    <message>
        <source>The file is empty or larger than 20 MB.</source>
        <translation>Файл пуст или больше 20&#xa0;МБ.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Такое дело не найдено.</translation>
    </message>
    <message>
        <source>Reading attachments</source>
        <translation>Чтение вложений</translation>
    </message>
    <message>
        <source>Reading an attachment</source>
        <translation>Чтение вложения</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Такое вложение не найдено.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditExport</name>
    <message>
        <source>The audit trail could not be written to the file: %1</source>
        <translation>Не удалось записать журнал аудита в файл: %1</translation>
    </message>
    <message>
        <source>The file to export to is not open for writing.</source>
        <translation>Файл для экспорта не открыт для записи.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditLog</name>
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
    <message>
        <source>Only supervisors and administrators can read the audit trail.</source>
        <translation>Журнал аудита могут читать только супервизоры и администраторы.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditScreen</name>
    <message>
        <source>Sign-ins, locks and sign-outs</source>
        <translation>Входы, блокировки и выходы</translation>
    </message>
    <message>
        <source>Refusals and openings with a reason</source>
        <translation>Отказы в доступе и открытия с указанием причины</translation>
    </message>
    <message>
        <source>Everything done to cases</source>
        <translation>Все действия с делами</translation>
    </message>
    <message>
        <source>Changes to accounts</source>
        <translation>Изменения учётных записей</translation>
    </message>
    <message>
        <source>Readings and exports of the trail</source>
        <translation>Просмотры и экспорт журнала</translation>
    </message>
    <message>
        <source>Review decisions and requests</source>
        <translation>Решения и запросы по проверке</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Синхронизация с сервером</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>Не удалось прочитать журнал аудита. %1</translation>
    </message>
    <message>
        <source>There is no case numbered %1 on this desk.</source>
        <translation>На этом рабочем месте нет дела с номером %1.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Нет записей, соответствующих этим фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln matching entries are shown.</source>
        <translation>
            <numerusform>Показана %Ln последняя подходящая запись.</numerusform>
            <numerusform>Показаны %Ln последние подходящие записи.</numerusform>
            <numerusform>Показаны %Ln последних подходящих записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching entries are shown.</source>
        <translation>
            <numerusform>Показана %Ln подходящая запись; других нет.</numerusform>
            <numerusform>Показаны все %Ln подходящие записи.</numerusform>
            <numerusform>Показаны все %Ln подходящих записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be verified. %1</source>
        <translation>Не удалось проверить журнал аудита. %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Журнал аудита не повреждён: проверена %Ln запись.</numerusform>
            <numerusform>Журнал аудита не повреждён: проверены %Ln записи.</numerusform>
            <numerusform>Журнал аудита не повреждён: проверено %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is damaged: %1 Entries from there on may not be as they were written.</source>
        <translation>Журнал аудита повреждён: %1 Записи начиная с этого места могут отличаться от изначально записанных.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The audit trail was not exported. %1</source>
        <translation>Журнал аудита не экспортирован. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <translation>
            <numerusform>%Ln запись экспортирована в %1.</numerusform>
            <numerusform>%Ln записи экспортированы в %1.</numerusform>
            <numerusform>%Ln записей экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Любая учётная запись</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Check every entry of the audit trail against its hash chain</source>
        <translation>Проверить каждую запись журнала аудита по цепочке хешей</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save every entry matching the filters as a CSV file</source>
        <translation>Сохранить все записи, соответствующие фильтрам, в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Фильтр по учётной записи</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Фильтр по действию</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>&amp;Номер дела</translation>
    </message>
    <message>
        <source>Case number filter</source>
        <translation>Фильтр по номеру дела</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Любое дело</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Only entries from a date</source>
        <translation>Только записи начиная с даты</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <source>Only entries until a date</source>
        <translation>Только записи по дату включительно</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Записи, сначала новые</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>Show the next older entries</source>
        <translation>Показать следующие, более ранние записи</translation>
    </message>
    <message>
        <source>No copy of this trail has reached the helpline server yet: it is sent with each sync.</source>
        <translation>Копия этого журнала ещё не дошла до сервера линии: она отправляется при каждой синхронизации.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this trail shows a problem at entry %1 (checked %2): %3</source>
        <translation>В копии этого журнала на сервере проблема в записи %1 (проверено %2): %3</translation>
    </message>
    <message>
        <source>The server holds this desk&apos;s entries up to entry %1, but the desk has only %2: entries were removed from this desk.</source>
        <translation>На сервере есть записи этого рабочего места до записи %1, а на рабочем месте только %2: записи были удалены с этого рабочего места.</translation>
    </message>
    <message>
        <source>The server&apos;s copy is intact up to entry %1 (checked %2).</source>
        <translation>Копия на сервере не повреждена до записи %1 (проверено %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries go with the next sync.</source>
        <translation>
            <numerusform>%Ln новая запись будет отправлена при следующей синхронизации.</numerusform>
            <numerusform>%Ln новые записи будут отправлены при следующей синхронизации.</numerusform>
            <numerusform>%Ln новых записей будут отправлены при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail… %1 of %2 entries</source>
        <translation>Проверка журнала аудита… %1 из %2 записей</translation>
    </message>
</context>
<context>
    <name>helpline::AuditTrailModel</name>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation>Запись %1, %2 (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>record type: account name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>record type and the start of its id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Was refused access</source>
        <translation>Отказано в доступе</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Учётная запись добавлена</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>Собственный пароль изменён</translation>
    </message>
    <message>
        <source>Removed an account</source>
        <translation>Учётная запись удалена</translation>
    </message>
    <message>
        <source>Acknowledged an acute-risk alert</source>
        <translation>Оповещение об остром риске принято</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Файл прикреплён</translation>
    </message>
    <message>
        <source>Opened an attachment</source>
        <translation>Вложение открыто</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Журнал аудита экспортирован</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Журнал аудита просмотрен</translation>
    </message>
    <message>
        <source>Assigned a case</source>
        <translation>Дело назначено</translation>
    </message>
    <message>
        <source>Settled a conflict between two desks</source>
        <translation>Конфликт между двумя рабочими местами разрешён</translation>
    </message>
    <message>
        <source>Opened a new case</source>
        <translation>Открыто новое дело</translation>
    </message>
    <message>
        <source>Changed a case&apos;s status</source>
        <translation>Статус дела изменён</translation>
    </message>
    <message>
        <source>Changed a case</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Viewed a case</source>
        <translation>Дело просмотрено</translation>
    </message>
    <message>
        <source>Recorded a contact</source>
        <translation>Обращение зарегистрировано</translation>
    </message>
    <message>
        <source>Viewed a contact</source>
        <translation>Обращение просмотрено</translation>
    </message>
    <message>
        <source>Discarded an intake draft</source>
        <translation>Черновик карточки обращения удалён</translation>
    </message>
    <message>
        <source>Cancelled a follow-up</source>
        <translation>Повторный контакт отменён</translation>
    </message>
    <message>
        <source>Completed a follow-up</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Planned a follow-up</source>
        <translation>Повторный контакт запланирован</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Заметка написана</translation>
    </message>
    <message>
        <source>Recorded a person</source>
        <translation>Сведения о человеке внесены</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Направление оформлено</translation>
    </message>
    <message>
        <source>Changed a referral&apos;s status</source>
        <translation>Состояние направления изменено</translation>
    </message>
    <message>
        <source>Approved in review</source>
        <translation>Утверждено при проверке</translation>
    </message>
    <message>
        <source>Asked for a review</source>
        <translation>Запрошена проверка</translation>
    </message>
    <message>
        <source>Returned in review</source>
        <translation>Возвращено при проверке</translation>
    </message>
    <message>
        <source>Wrong passwords before signing in</source>
        <translation>Неверные пароли перед входом</translation>
    </message>
    <message>
        <source>Locked the desk</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>Signed in through the server</source>
        <translation>Вход выполнен через сервер</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>Unlocked the desk</source>
        <translation>Рабочее место разблокировано</translation>
    </message>
    <message>
        <source>Created the case store</source>
        <translation>Хранилище дел создано</translation>
    </message>
    <message>
        <source>Received records from the server</source>
        <translation>Получены записи с сервера</translation>
    </message>
    <message>
        <source>Sent records to the server</source>
        <translation>Записи отправлены на сервер</translation>
    </message>
    <message>
        <source>Queued a refused record again</source>
        <translation>Отклонённая запись снова поставлена в очередь</translation>
    </message>
    <message>
        <source>Began a server session</source>
        <translation>Сеанс с сервером начат</translation>
    </message>
    <message>
        <source>Ended a server session</source>
        <translation>Сеанс с сервером завершён</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>Событие дела</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Intake draft</source>
        <translation>Черновик карточки обращения</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
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
    <name>helpline::CaseFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Не закрытые</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Любой риск</translation>
    </message>
    <message>
        <source>High or acute</source>
        <translation>Высокий или острый</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Скрининг не проводился</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>За последние 7 дней</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>За последние 30 дней</translation>
    </message>
    <message>
        <source>In the last 12 months</source>
        <translation>За последние 12 месяцев</translation>
    </message>
    <message>
        <source>Between chosen dates…</source>
        <translation>Между выбранными датами…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Риск</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Фильтр по риску</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Фильтр по категории</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Ре&amp;гион</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Фильтр по региону</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Назначенные &amp;мне</translation>
    </message>
    <message>
        <source>Only cases assigned to me</source>
        <translation>Только дела, назначенные мне</translation>
    </message>
    <message>
        <source>Last &amp;contact</source>
        <translation>Последнее о&amp;бращение</translation>
    </message>
    <message>
        <source>When the last contact was</source>
        <translation>Когда было последнее обращение</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;от</translation>
    </message>
    <message>
        <source>Last contact from</source>
        <translation>Последнее обращение, начало периода</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Last contact until</source>
        <translation>Последнее обращение, конец периода</translation>
    </message>
    <message>
        <source>Cl&amp;ear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
</context>
<context>
    <name>helpline::CaseItems</name>
    <message>
        <source>There is no such case.</source>
        <translation>Такое дело не найдено.</translation>
    </message>
    <message>
        <source>Reading the case&apos;s notes</source>
        <translation>Чтение заметок по делу</translation>
    </message>
    <message>
        <source>Reading the case&apos;s referrals</source>
        <translation>Чтение направлений по делу</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>Чтение повторных контактов</translation>
    </message>
    <message>
        <source>Reading the case&apos;s follow-ups</source>
        <translation>Чтение повторных контактов по делу</translation>
    </message>
    <message>
        <source>The corrected note is not a note of this case.</source>
        <translation>Исправляемая заметка не относится к этому делу.</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Чтение заметки</translation>
    </message>
    <message>
        <source>There is no such note.</source>
        <translation>Такой заметки нет.</translation>
    </message>
    <message>
        <source>Reading a referral</source>
        <translation>Чтение направления</translation>
    </message>
    <message>
        <source>There is no such referral.</source>
        <translation>Такого направления нет.</translation>
    </message>
    <message>
        <source>Reading a follow-up</source>
        <translation>Чтение повторного контакта</translation>
    </message>
    <message>
        <source>There is no such follow-up.</source>
        <translation>Такого повторного контакта нет.</translation>
    </message>
    <message>
        <source>Reading referrals</source>
        <translation>Чтение направлений</translation>
    </message>
</context>
<context>
    <name>helpline::CaseLinkDialog</name>
    <message>
        <source>Save the contact to a case</source>
        <translation>Сохранение обращения в деле</translation>
    </message>
    <message>
        <source>Which case does this contact belong to? A new child gets a new case; press Enter to open one.</source>
        <translation>К какому делу относится это обращение? Для нового ребёнка открывается новое дело; нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Open a &amp;new case</source>
        <translation>Открыть &amp;новое дело</translation>
    </message>
    <message>
        <source>Link to an &amp;existing case</source>
        <translation>Привязать к с&amp;уществующему делу</translation>
    </message>
    <message>
        <source>Find a &amp;case (case number, phone or child&apos;s name):</source>
        <translation>Н&amp;айти дело (номер дела, телефон или имя ребёнка):</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Найти дело</translation>
    </message>
    <message>
        <source>2026-7F3A-00012, 050 123 45 67, Aysel</source>
        <translation>2026-7F3A-00012, 050 123 45 67, Aysel</translation>
    </message>
    <message>
        <source>Cases &amp;found:</source>
        <translation>Найденные &amp;дела:</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Сохранить обращение</translation>
    </message>
    <message>
        <source>&amp;Back to the intake</source>
        <translation>&amp;Вернуться к карточке</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>последнее обращение: %1</translation>
    </message>
    <message>
        <source>No case found.</source>
        <translation>Дела не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>Найдено %n дело.</numerusform>
            <numerusform>Найдено %n дела.</numerusform>
            <numerusform>Найдено %n дел.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::CaseListIndex</name>
    <message>
        <source>Preparing the case list failed.</source>
        <translation>Не удалось подготовить список дел.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseListModel</name>
    <message>
        <source>No name given</source>
        <translation>Имя не указано</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Flagged for supervisor attention</source>
        <translation>Отмечено для внимания супервизора</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последнее обращение</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Повторный контакт</translation>
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
        <translation>Заметка слишком длинная (не более 200&#xa0;000 символов).</translation>
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
        <translation>Повторный контакт должен относиться к делу.</translation>
    </message>
    <message>
        <source>Choose when the follow-up is due.</source>
        <translation>Выберите срок повторного контакта.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Укажите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Unknown follow-up status.</source>
        <translation>Неизвестный статус повторного контакта.</translation>
    </message>
    <message>
        <source>A completed follow-up needs the time it was done.</source>
        <translation>Для выполненного повторного контакта укажите время выполнения.</translation>
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
    <message>
        <source>Say why the case is closed.</source>
        <translation>Укажите причину закрытия дела.</translation>
    </message>
    <message>
        <source>Unknown case status.</source>
        <translation>Неизвестный статус дела.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 2,000 characters).</source>
        <translation>Причина слишком длинная (не более 2000 символов).</translation>
    </message>
    <message>
        <source>Choose an active account of this desk.</source>
        <translation>Выберите активную учётную запись этого рабочего места.</translation>
    </message>
    <message>
        <source>Finding a case</source>
        <translation>Поиск дела</translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation>Чтение учётных записей</translation>
    </message>
    <message>
        <source>Reading the case&apos;s history</source>
        <translation>Чтение истории дела</translation>
    </message>
    <message>
        <source>Reading a case event</source>
        <translation>Чтение события дела</translation>
    </message>
    <message>
        <source>There is no such case event.</source>
        <translation>Такого события дела нет.</translation>
    </message>
    <message>
        <source>Write why you open this case (at least %1 characters, at most 2,000).</source>
        <translation>Напишите, почему вы открываете это дело (от %1 до 2000 символов).</translation>
    </message>
    <message>
        <source>In this office a supervisor approves every closure. Choose &quot;Waiting for closure approval&quot; and say why the case can close.</source>
        <translation>В этом офисе каждое закрытие утверждает супервизор. Выберите «Ожидает утверждения закрытия» и укажите, почему дело можно закрыть.</translation>
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
    <message>
        <source>Active</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Направлено в службу</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStore</name>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: диск заполнен. Ничего не сохранено; освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: the case store&apos;s folder %2 is read-only. Nothing was saved.</source>
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
        <source>The case store&apos;s folder %1 is read-only.</source>
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
        <source>The case database %1 does not belong to this desk&apos;s keyring (it was replaced or copied from another desk). Nothing was changed.</source>
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
    <message>
        <source>The server&apos;s account id is not a valid id.</source>
        <translation>Идентификатор учётной записи сервера недействителен.</translation>
    </message>
    <message>
        <source>The server&apos;s account is not valid.</source>
        <translation>Учётная запись сервера недействительна.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseTimeline</name>
    <message>
        <source>Correction of an earlier note</source>
        <translation>Исправление предыдущей заметки</translation>
    </message>
    <message>
        <source>Referral to %1 (%2)</source>
        <translation>Направление: %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Запланирован повторный контакт</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>Повторный контакт отменён</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <source>Case unassigned</source>
        <translation>Назначение дела снято</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Restricted access</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Время выполнения</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Conflicting edits to a referral: %1</source>
        <translation>Конфликтующие изменения направления: %1</translation>
    </message>
    <message>
        <source>Conflicting edits to a follow-up: %1</source>
        <translation>Конфликтующие изменения повторного контакта: %1</translation>
    </message>
    <message>
        <source>Conflicting edits to a person: %1</source>
        <translation>Конфликтующие изменения данных человека: %1</translation>
    </message>
    <message>
        <source>Conflicting edits: %1</source>
        <translation>Конфликтующие изменения: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <source>Kept: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Kept: %1 (changed %2)</source>
        <translation>Сохранено: %1 (изменено %2)</translation>
    </message>
    <message>
        <source>Lost: %1 (changed %2)</source>
        <translation>Не сохранено: %1 (изменено %2)</translation>
    </message>
    <message>
        <source>Review asked for</source>
        <translation>Запрошена проверка</translation>
    </message>
    <message>
        <source>Opening approved by a supervisor</source>
        <translation>Открытие утверждено супервизором</translation>
    </message>
    <message>
        <source>Opening questioned by a supervisor</source>
        <translation>Открытие поставлено супервизором под сомнение</translation>
    </message>
    <message>
        <source>Acute-risk alert acknowledged</source>
        <translation>Оповещение об остром риске принято</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Закрытие утверждено</translation>
    </message>
    <message>
        <source>Contact approved</source>
        <translation>Обращение утверждено</translation>
    </message>
    <message>
        <source>Case approved</source>
        <translation>Дело утверждено</translation>
    </message>
    <message>
        <source>Closure not approved</source>
        <translation>Закрытие не утверждено</translation>
    </message>
    <message>
        <source>Contact returned</source>
        <translation>Обращение возвращено</translation>
    </message>
    <message>
        <source>Case returned</source>
        <translation>Дело возвращено</translation>
    </message>
    <message>
        <source>Restricted case opened (break glass)</source>
        <translation>Открыто дело с ограниченным доступом (экстренный доступ)</translation>
    </message>
    <message>
        <source>Opened by an administrator</source>
        <translation>Открыто администратором</translation>
    </message>
    <message>
        <source>Opened with a reason</source>
        <translation>Открыто с указанием причины</translation>
    </message>
</context>
<context>
    <name>helpline::CaseView</name>
    <message>
        <source>Needs supervisor attention</source>
        <translation>Требует внимания супервизора</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Несохранённый текст</translation>
    </message>
    <message>
        <source>What you typed in case %1 is not saved. Discard it and open the other case?</source>
        <translation>Текст, введённый в деле %1, не сохранён. Удалить его и открыть другое дело?</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Не удалось открыть дело</translation>
    </message>
    <message>
        <source>What you typed is not saved. Discard it and leave the case?</source>
        <translation>Введённый текст не сохранён. Удалить его и выйти из карточки дела?</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Исправление заметки</translation>
    </message>
    <message>
        <source>Choose the note to correct in the timeline first.</source>
        <translation>Сначала выберите в хронологии заметку, которую нужно исправить.</translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation>Выполнение повторного контакта</translation>
    </message>
    <message>
        <source>Choose an open follow-up in the timeline first.</source>
        <translation>Сначала выберите в хронологии открытый повторный контакт.</translation>
    </message>
    <message>
        <source>The follow-up was not completed</source>
        <translation>Повторный контакт не отмечен как выполненный</translation>
    </message>
    <message>
        <source>This follow-up is no longer open.</source>
        <translation>Этот повторный контакт уже не открыт.</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>The case was not assigned</source>
        <translation>Дело не назначено</translation>
    </message>
    <message>
        <source>The follow-up was not added</source>
        <translation>Повторный контакт не добавлен</translation>
    </message>
    <message>
        <source>What you typed is not saved. Discard it?</source>
        <translation>Введённый текст не сохранён. Удалить его?</translation>
    </message>
    <message>
        <source>The list of counsellors could not be read</source>
        <translation>Не удалось прочитать список консультантов</translation>
    </message>
    <message>
        <source>Case number %1</source>
        <translation>Номер дела %1</translation>
    </message>
    <message>
        <source>Child&apos;s name not given</source>
        <translation>Имя ребёнка не указано</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Риск: %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>Консультант: %1</translation>
    </message>
    <message>
        <source>The timeline could not be read. %1</source>
        <translation>Не удалось прочитать хронологию. %1</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this case yet.</source>
        <translation>В этом деле пока ничего не записано.</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Назад к делам</translation>
    </message>
    <message>
        <source>Back to the case list (Escape)</source>
        <translation>Назад к списку дел (Escape)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
    <message>
        <source>Write a note in this case. Ctrl+Enter saves it.</source>
        <translation>Написать заметку в этом деле. Ctrl+Enter сохраняет её.</translation>
    </message>
    <message>
        <source>C&amp;orrect note</source>
        <translation>&amp;Исправить заметку</translation>
    </message>
    <message>
        <source>Notes are never changed: a correction is a new note that refers to the note selected in the timeline.</source>
        <translation>Заметки никогда не изменяются: исправление — это новая заметка, которая ссылается на заметку, выбранную в хронологии.</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Изменить &amp;статус</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Н&amp;азначить</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Добавить &amp;повторный контакт</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Отметить &amp;выполнение</translation>
    </message>
    <message>
        <source>Completes the open follow-up selected in the timeline.</source>
        <translation>Отмечает выбранный в хронологии открытый повторный контакт как выполненный.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Хронология дела</translation>
    </message>
    <message>
        <source>Contacts, notes, referrals, follow-ups and status changes, oldest first.</source>
        <translation>Обращения, заметки, направления, повторные контакты и изменения статуса, сначала самые ранние.</translation>
    </message>
    <message>
        <source>The case is handed over</source>
        <translation>Дело передано</translation>
    </message>
    <message>
        <source>Case %1 is now assigned to someone else, so it is no longer shown to you. The contacts you wrote in it stay yours.</source>
        <translation>Дело %1 теперь назначено другому сотруднику, поэтому оно больше не показывается вам. Записанные вами в нём обращения остаются вашими.</translation>
    </message>
    <message>
        <source>The referral was not saved</source>
        <translation>Направление не сохранено</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Состояние направления</translation>
    </message>
    <message>
        <source>Choose a referral in the timeline first.</source>
        <translation>Сначала выберите направление в хронологии.</translation>
    </message>
    <message>
        <source>The referral could not be read</source>
        <translation>Не удалось прочитать направление</translation>
    </message>
    <message>
        <source>The referral status was not saved</source>
        <translation>Состояние направления не сохранено</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Направить…</translation>
    </message>
    <message>
        <source>Refer the child to a service of the directory.</source>
        <translation>Направить ребёнка в службу из справочника.</translation>
    </message>
    <message>
        <source>Referral stat&amp;us</source>
        <translation>Состо&amp;яние направления</translation>
    </message>
    <message>
        <source>Record what became of the referral selected in the timeline.</source>
        <translation>Отметьте, чем закончилось выбранное в хронологии направление.</translation>
    </message>
    <message>
        <source>The review could not be started</source>
        <translation>Не удалось начать проверку</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Проверка не сохранена</translation>
    </message>
    <message>
        <source>Restrict case %1</source>
        <translation>Ограничить доступ к делу %1</translation>
    </message>
    <message>
        <source>Only its counsellor and the supervisors will read this case. Anyone else must break glass, with a reason that supervisors review.</source>
        <translation>Это дело будут читать только его консультант и супервизоры. Всем остальным нужен экстренный доступ с указанием причины. Эту причину проверяют супервизоры.</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>Дело не изменено</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Доступ ограничен</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Снять ограничение</translation>
    </message>
    <message>
        <source>Restric&amp;t</source>
        <translation>&amp;Ограничить</translation>
    </message>
    <message>
        <source>Let every account that may see the office&apos;s cases see it again.</source>
        <translation>Снова открыть дело всем учётным записям, которым доступны дела офиса.</translation>
    </message>
    <message>
        <source>Only its counsellor and the supervisors read a restricted case (for example one about a staff member&apos;s relative). Anyone else must break glass, with a reason.</source>
        <translation>Дело с ограниченным доступом читают только его консультант и супервизоры (например, дело о родственнике сотрудника). Всем остальным нужен экстренный доступ с указанием причины.</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>Comment on this case, approve it or return it to the counsellor.</source>
        <translation>Прокомментируйте это дело, утвердите его или верните консультанту.</translation>
    </message>
    <message>
        <source>Ask for re&amp;view</source>
        <translation>&amp;Запросить проверку</translation>
    </message>
    <message>
        <source>Ask a supervisor to look at this case.</source>
        <translation>Попросите супервизора посмотреть это дело.</translation>
    </message>
    <message>
        <source>You opened this case with a reason: you can read it, not change it. Ask a supervisor to assign it to you to work on it.</source>
        <translation>Вы открыли это дело с указанием причины: его можно читать, но не изменять. Чтобы работать с ним, попросите супервизора назначить его вам.</translation>
    </message>
</context>
<context>
    <name>helpline::CasesScreen</name>
    <message>
        <source>The search did not work. %1</source>
        <translation>Поиск не удался. %1</translation>
    </message>
    <message>
        <source>The case list could not be read. %1</source>
        <translation>Не удалось прочитать список дел. %1</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Нет дел, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message>
        <source>One case</source>
        <translation>Одно дело</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>По запросу «%1» дел не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n search results</source>
        <translation>
            <numerusform>%n результат поиска</numerusform>
            <numerusform>%n результата поиска</numerusform>
            <numerusform>%n результатов поиска</numerusform>
        </translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search cases, notes, names…</source>
        <translation>Поиск по делам, заметкам, именам…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Ctrl+F. Down moves into the results; Enter opens the case.</source>
        <translation>Ctrl+F. Стрелка вниз переводит к результатам; Enter открывает дело.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>Сп&amp;исок дел</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Список дел</translation>
    </message>
    <message>
        <source>Enter or double-click opens a case. Click a heading to sort.</source>
        <translation>Enter или двойной щелчок открывает дело. Щёлкните заголовок столбца, чтобы отсортировать.</translation>
    </message>
    <message>
        <source>Case %1 is restricted. Open it only in an emergency, with a reason that supervisors will review.</source>
        <translation>Доступ к делу %1 ограничен. Открывайте его только в экстренном случае и с указанием причины. Эту причину проверят супервизоры.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you. You can read it if you give a reason.</source>
        <translation>Дело %1 не назначено вам. Вы можете прочитать его, если укажете причину.</translation>
    </message>
    <message>
        <source>&amp;Break glass…</source>
        <translation>&amp;Экстренный доступ…</translation>
    </message>
    <message>
        <source>Open with a &amp;reason…</source>
        <translation>Открыть с указанием &amp;причины…</translation>
    </message>
    <message>
        <source>Asking the helpline server to open case %1…</source>
        <translation>Запрос к серверу линии на открытие дела %1…</translation>
    </message>
    <message>
        <source>The server did not open case %1. %2</source>
        <translation>Сервер не открыл дело %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>The server opened case %1 for you to read for %n hour(s). It appears here once this desk has synced.</source>
        <translation>
            <numerusform>Сервер открыл дело %1 для чтения на %n час. Оно появится здесь после синхронизации рабочего места.</numerusform>
            <numerusform>Сервер открыл дело %1 для чтения на %n часа. Оно появится здесь после синхронизации рабочего места.</numerusform>
            <numerusform>Сервер открыл дело %1 для чтения на %n часов. Оно появится здесь после синхронизации рабочего места.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You opened case %1 with a reason: you can read it for up to %n hour(s) from then.</source>
        <translation>
            <numerusform>Вы открыли дело %1 с указанием причины: его можно читать в течение %n часа с того момента.</numerusform>
            <numerusform>Вы открыли дело %1 с указанием причины: его можно читать в течение %n часов с того момента.</numerusform>
            <numerusform>Вы открыли дело %1 с указанием причины: его можно читать в течение %n часов с того момента.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read the case</source>
        <translation>&amp;Читать дело</translation>
    </message>
    <message>
        <source>Case %1 is not on this desk. If you must read it now, the helpline server can open it for you with a reason, which supervisors see.</source>
        <translation>Дела %1 нет на этом рабочем месте. Если вам нужно прочитать его сейчас, сервер линии может открыть его для вас с указанием причины, которую увидят супервизоры.</translation>
    </message>
    <message>
        <source>Ask the &amp;server…</source>
        <translation>Запросить &amp;сервер…</translation>
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
    <name>helpline::ConnectDeskForm</name>
    <message>
        <source>Type the helpline server&apos;s address, for example https://helpline.example.org:8443.</source>
        <translation>Введите адрес сервера линии, например https://helpline.example.org:8443.</translation>
    </message>
    <message>
        <source>Type the enrolment code an administrator gave you.</source>
        <translation>Введите код регистрации, который вам дал администратор.</translation>
    </message>
    <message>
        <source>Type your user name on the helpline server.</source>
        <translation>Введите своё имя пользователя на сервере линии.</translation>
    </message>
    <message>
        <source>Type your password on the helpline server.</source>
        <translation>Введите свой пароль на сервере линии.</translation>
    </message>
    <message>
        <source>There is no readable file at %1.</source>
        <translation>По пути %1 нет файла, доступного для чтения.</translation>
    </message>
    <message>
        <source>The key&apos;s SHA-256 is 64 hexadecimal characters (0-9, a-f); colons or spaces may separate them.</source>
        <translation>SHA-256 ключа — это 64 шестнадцатеричных символа (0-9, a-f); их можно разделять двоеточиями или пробелами.</translation>
    </message>
    <message>
        <source>The advanced settings are shown.</source>
        <translation>Дополнительные настройки показаны.</translation>
    </message>
    <message>
        <source>The advanced settings are hidden.</source>
        <translation>Дополнительные настройки скрыты.</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>Выберите файл центра сертификации (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>https://helpline.example.org:8443</source>
        <translation>https://helpline.example.org:8443</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Код регистрации</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <source>For example 7KQ4-MNPX-29HD</source>
        <translation>Например, 7KQ4-MNPX-29HD</translation>
    </message>
    <message>
        <source>Not needed again: this desk is enrolled already. Sign in with your server account to finish setting it up.</source>
        <translation>Больше не нужен: это рабочее место уже зарегистрировано. Войдите со своей учётной записью сервера, чтобы завершить настройку.</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>&amp;Название рабочего места</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <source>How administrators see this desk in the server&apos;s list of desks.</source>
        <translation>Под этим названием администраторы видят рабочее место в списке рабочих мест на сервере.</translation>
    </message>
    <message>
        <source>Then your own account on the helpline server:</source>
        <translation>Затем ваша учётная запись на сервере линии:</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>User name on the helpline server</source>
        <translation>Имя пользователя на сервере линии</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password on the helpline server</source>
        <translation>Пароль на сервере линии</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: how this desk trusts the server</source>
        <translation>&amp;Дополнительно: как рабочее место доверяет серверу</translation>
    </message>
    <message>
        <source>Only when the server&apos;s certificate is not signed by an authority this computer trusts. The helpline&apos;s IT person gives you one of these.</source>
        <translation>Нужно, только если сертификат сервера подписан не тем центром, которому доверяет этот компьютер. Одно из этих значений вам даст ИТ-специалист линии.</translation>
    </message>
    <message>
        <source>Certificate authority &amp;file (PEM)</source>
        <translation>&amp;Файл центра сертификации (PEM)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Файл центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Выбрать файл центра сертификации</translation>
    </message>
    <message>
        <source>Pinned server &amp;key (SHA-256, hexadecimal)</source>
        <translation>&amp;Закреплённый ключ сервера (SHA-256, шестнадцатеричный)</translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation>Закреплённый ключ сервера</translation>
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
        <translation>Краткое описание слишком длинное (не более 100&#xa0;000 символов).</translation>
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
        <source>Unknown category &quot;%1&quot;.</source>
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
        <source>Reading the case&apos;s contacts</source>
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
    <message>
        <source>Reading a case member</source>
        <translation>Чтение участника дела</translation>
    </message>
    <message>
        <source>There is no such case member.</source>
        <translation>Такого участника дела нет.</translation>
    </message>
</context>
<context>
    <name>helpline::CredentialsPanel</name>
    <message numerus="yes">
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторить попытку можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Another account (first sign-in on this desk)</source>
        <translation>Другая учётная запись (первый вход на этом рабочем месте)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Your user name on the helpline server</source>
        <translation>Ваше имя пользователя на сервере линии</translation>
    </message>
</context>
<context>
    <name>helpline::DateFieldEditor</name>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Date, as %1</source>
        <translation>Дата в формате %1</translation>
    </message>
</context>
<context>
    <name>helpline::DeskIdentity</name>
    <message>
        <source>The desk&apos;s server settings in %1 cannot be used (%2). Enrol the desk again.</source>
        <translation>Настройки сервера рабочего места в %1 нельзя использовать (%2). Зарегистрируйте рабочее место заново.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The desk&apos;s server settings cannot be saved in %1: %2.</source>
        <translation>Не удаётся сохранить настройки сервера рабочего места в %1: %2.</translation>
    </message>
</context>
<context>
    <name>helpline::DeskSetup</name>
    <message>
        <source>This desk is already set up; it was not changed.</source>
        <translation>Это рабочее место уже настроено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The server checked the password but did not release this desk&apos;s key. Ask an admin whether the desk is still enrolled.</source>
        <translation>Сервер проверил пароль, но не выдал ключ этого рабочего места. Спросите администратора, зарегистрировано ли ещё рабочее место.</translation>
    </message>
</context>
<context>
    <name>helpline::DeskSync</name>
    <message>
        <source>Sign in while connected to resume sync.</source>
        <translation>Войдите при наличии подключения, чтобы возобновить синхронизацию.</translation>
    </message>
    <message>
        <source>This account belongs to this desk only: the helpline server&apos;s account with the same user name is someone else&apos;s. This account&apos;s work stays on this desk.</source>
        <translation>Эта учётная запись есть только на этом рабочем месте: учётная запись с тем же именем пользователя на сервере линии принадлежит другому человеку. Работа этой учётной записи остаётся на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The helpline server did not accept this account&apos;s user name and password. If your password was changed on the server, sign out and sign in with the new one while connected. An account made on this desk only does not sync.</source>
        <translation>Сервер линии не принял имя пользователя и пароль этой учётной записи. Если ваш пароль изменили на сервере, выйдите из системы и войдите с новым паролем при наличии подключения. Учётная запись, созданная только на этом рабочем месте, не синхронизируется.</translation>
    </message>
    <message>
        <source>The helpline server could not be reached when you signed in. Sign in again while connected to resume sync. (%1)</source>
        <translation>При входе не удалось связаться с сервером линии. Войдите снова при наличии подключения, чтобы возобновить синхронизацию. (%1)</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryBrowser</name>
    <message>
        <source>Search services: name, place, what they do…</source>
        <translation>Поиск служб: название, место, чем занимаются…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age</source>
        <translation>&amp;Возраст ребёнка</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Возраст ребёнка</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Только &amp;бесплатные</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>&amp;Открыто сейчас</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Службы</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Вид службы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Любая служба</translation>
    </message>
    <message>
        <source>Suggested for this contact</source>
        <translation>Подходящие для этого обращения</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Services found: %1</source>
        <translation>Найдено служб: %1</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryDetailPanel</name>
    <message>
        <source>Choose a service in the list to see its details.</source>
        <translation>Выберите службу в списке, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Not verified for more than 12 months: check the details with the service before referring.</source>
        <translation>Не проверялось больше 12 месяцев: перед направлением уточните данные у службы.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the number (Ctrl+Shift+C)</source>
        <translation>Копировать номер (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Сейчас открыто</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Сейчас закрыто</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <source>Up to %1 years</source>
        <translation>До %1 лет</translation>
    </message>
    <message>
        <source>From %1 years</source>
        <translation>От %1 лет</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>От %1 до %2 лет</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Girls and women only</source>
        <translation>Только девочки и женщины</translation>
    </message>
    <message>
        <source>Boys and men only</source>
        <translation>Только мальчики и мужчины</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Кого принимает</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <source>May charge a fee</source>
        <translation>Может быть платно</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryEntry</name>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Реабилитация</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологическая помощь</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Социальные услуги</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не более %1 символов.</translation>
    </message>
    <message>
        <source>Write this on one line.</source>
        <translation>Напишите это в одну строку.</translation>
    </message>
    <message>
        <source>Text may not begin with “=” or “@”: spreadsheets would run it as a formula.</source>
        <translation>Текст не может начинаться с «=» или «@»: электронные таблицы выполнили бы его как формулу.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 указано дважды.</translation>
    </message>
    <message>
        <source>Enter the name in Azerbaijani.</source>
        <translation>Введите название на азербайджанском языке.</translation>
    </message>
    <message>
        <source>Choose at least one service type.</source>
        <translation>Выберите хотя бы один вид услуги.</translation>
    </message>
    <message>
        <source>%1 is not a service type: use %2.</source>
        <translation>%1 — не вид услуги: используйте %2.</translation>
    </message>
    <message>
        <source>A nationwide service has no region list: leave the regions empty or make it not nationwide.</source>
        <translation>У службы, работающей по всей стране, нет списка регионов: оставьте регионы пустыми или снимите отметку «по всей стране».</translation>
    </message>
    <message>
        <source>Choose the regions it serves, or mark it nationwide.</source>
        <translation>Выберите регионы, которые обслуживает служба, или отметьте её как работающую по всей стране.</translation>
    </message>
    <message>
        <source>At most %1 regions.</source>
        <translation>Не более %1 регионов.</translation>
    </message>
    <message>
        <source>%1 is not a place a service can serve: choose a city, a rayon or an economic region.</source>
        <translation>%1 — не место, которое может обслуживать служба: выберите город, район или экономический район.</translation>
    </message>
    <message>
        <source>%1 is an old or other code: use %2.</source>
        <translation>%1 — старый или другой код: используйте %2.</translation>
    </message>
    <message>
        <source>%1 is not a region code: use the codes of the regions file, such as AZ-GA or AZ-BA.nasimi.</source>
        <translation>%1 — не код региона: используйте коды из файла регионов, например AZ-GA или AZ-BA.nasimi.</translation>
    </message>
    <message>
        <source>The age must be from 0 to %1, or empty for no limit.</source>
        <translation>Возраст должен быть от 0 до %1; если ограничения нет, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The highest age is below the lowest age.</source>
        <translation>Наибольший возраст меньше наименьшего.</translation>
    </message>
    <message>
        <source>%1 is not a gender here: use female or male, or leave it empty for everyone.</source>
        <translation>%1 здесь не пол: используйте female или male либо оставьте поле пустым, если служба для всех.</translation>
    </message>
    <message>
        <source>At most %1 languages.</source>
        <translation>Не более %1 языков.</translation>
    </message>
    <message>
        <source>%1 is not a language code: use two or three small letters, such as az, ru or en.</source>
        <translation>%1 — не код языка: используйте две или три строчные буквы, например az, ru или en.</translation>
    </message>
    <message>
        <source>At most %1 phone numbers.</source>
        <translation>Не более %1 телефонных номеров.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: use digits, spaces, dashes and a leading +, with 5 to 20 digits (or a short number of 3 or 4 digits).</source>
        <translation>%1 — не номер телефона: используйте цифры, пробелы, дефисы и + в начале, от 5 до 20 цифр (или короткий номер из 3–4 цифр).</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, starting with https://.</source>
        <translation>%1 — не веб-адрес: напишите его полностью, начиная с https://.</translation>
    </message>
    <message>
        <source>Enter the date the details were last checked.</source>
        <translation>Введите дату последней проверки сведений.</translation>
    </message>
    <message>
        <source>The date the details were checked is in the future.</source>
        <translation>Дата проверки сведений — в будущем.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryImport</name>
    <message>
        <source>A quoted cell starts on this line but its closing quote is missing.</source>
        <translation>На этой строке начинается ячейка в кавычках, но закрывающей кавычки нет.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of a cell: put the whole cell in quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>После закрывающей кавычки ячейки есть текст: заключите всю ячейку в кавычки, а кавычку внутри неё запишите двумя кавычками (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A cell has a quote inside it: put the whole cell in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>Внутри ячейки есть кавычка: заключите всю ячейку в кавычки, а кавычку запишите двумя кавычками (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is too big: at most %1 MiB.</source>
        <translation>Файл слишком большой: не более %1 МиБ.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as “CSV UTF-8”.</source>
        <translation>Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file has no entries.</source>
        <translation>В файле нет ни одной записи.</translation>
    </message>
    <message>
        <source>The file has %1 entries: at most %2 can be imported at once.</source>
        <translation>В файле записей: %1; за один раз можно импортировать не более %2.</translation>
    </message>
    <message>
        <source>The columns are separated by semicolons: save the file as “CSV UTF-8 (comma delimited)” so that commas separate them.</source>
        <translation>Столбцы разделены точкой с запятой: сохраните файл как «CSV UTF-8 (разделитель — запятая)», чтобы их разделяли запятые.</translation>
    </message>
    <message>
        <source>%1 is not a column of the directory: use %2.</source>
        <translation>%1 — не столбец справочника служб: используйте %2.</translation>
    </message>
    <message>
        <source>The column %1 is there twice.</source>
        <translation>Столбец %1 встречается дважды.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>Нет столбца %1.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2 columns.</source>
        <translation>В этой строке ячеек: %1, а в заголовке столбцов: %2.</translation>
    </message>
    <message>
        <source>The id %1 is also used on line %2.</source>
        <translation>Идентификатор %1 используется также в строке %2.</translation>
    </message>
    <message>
        <source>“%1” is not an entry id: leave it empty for a new entry, or keep the id an export wrote.</source>
        <translation>«%1» — не идентификатор записи: для новой записи оставьте поле пустым или сохраните идентификатор, записанный при экспорте.</translation>
    </message>
    <message>
        <source>Write yes or no, not “%1”.</source>
        <translation>Напишите yes или no, а не «%1».</translation>
    </message>
    <message>
        <source>Write the age as a whole number of years, or leave it empty for no limit, not “%1”.</source>
        <translation>Укажите возраст целым числом лет, а не «%1»; если ограничения нет, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-15, not “%1”.</source>
        <translation>Напишите дату в виде YYYY-MM-DD, например 2026-03-15, а не «%1».</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Отсутствует %1.</translation>
    </message>
    <message>
        <source>%1 is not a field of a directory entry.</source>
        <translation>%1 — не поле записи справочника служб.</translation>
    </message>
    <message>
        <source>%1 should be text or null.</source>
        <translation>%1 должно быть текстом или null.</translation>
    </message>
    <message>
        <source>%1 should be a UTC time such as 2026-03-15T09:30:00.000Z.</source>
        <translation>%1 должно быть временем UTC, например 2026-03-15T09:30:00.000Z.</translation>
    </message>
    <message>
        <source>%1 should be a whole number, 0 or more.</source>
        <translation>%1 должно быть целым числом, не меньше 0.</translation>
    </message>
    <message>
        <source>%1 should be true or false.</source>
        <translation>%1 должно быть true или false.</translation>
    </message>
    <message>
        <source>Item %1 of %2 should be text.</source>
        <translation>Элемент %1 списка %2 должен быть текстом.</translation>
    </message>
    <message>
        <source>%1 should be a list of text: [&quot;…&quot;, &quot;…&quot;].</source>
        <translation>%1 должно быть списком текстов: [&quot;…&quot;, &quot;…&quot;].</translation>
    </message>
    <message>
        <source>%1 should be a whole number of years, or null for no limit.</source>
        <translation>%1 должно быть целым числом лет или null, если ограничения нет.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>Файл — не корректный JSON: %1 в строке %2.</translation>
    </message>
    <message>
        <source>The file must be a JSON array of entries: [{…}, {…}].</source>
        <translation>Файл должен быть JSON-массивом записей: [{…}, {…}].</translation>
    </message>
    <message>
        <source>Each entry must be an object: {…}.</source>
        <translation>Каждая запись должна быть объектом: {…}.</translation>
    </message>
    <message>
        <source>The id %1 is also used by entry %2.</source>
        <translation>Идентификатор %1 используется также в записи %2.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryListModel</name>
    <message>
        <source>not verified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryRepository</name>
    <message>
        <source>Reading the referral directory</source>
        <translation>Чтение справочника служб</translation>
    </message>
    <message>
        <source>There is no such entry in the directory.</source>
        <translation>Такой службы в справочнике нет.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryScreen</name>
    <message>
        <source>Referral directory</source>
        <translation>Справочник служб</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Не удалось прочитать справочник: %1</translation>
    </message>
    <message>
        <source>This desk holds no directory yet. It arrives with the next sync with the helpline server.</source>
        <translation>На этом рабочем месте ещё нет справочника. Он придёт со следующей синхронизацией с сервером линии.</translation>
    </message>
</context>
<context>
    <name>helpline::DraftRecoveryDialog</name>
    <message numerus="yes">
        <source>Started %1 · %2 on the timer · %n field(s) filled</source>
        <translation>
            <numerusform>Начато %1 · на таймере %2 · заполнено %n поле</numerusform>
            <numerusform>Начато %1 · на таймере %2 · заполнено %n поля</numerusform>
            <numerusform>Начато %1 · на таймере %2 · заполнено %n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>введён %n символ</numerusform>
            <numerusform>введено %n символа</numerusform>
            <numerusform>введено %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved intakes</source>
        <translation>Несохранённые карточки обращений</translation>
    </message>
    <message>
        <source>These intakes were not saved (the workstation closed or was signed out while they were open). Restore one to carry on where you left off.</source>
        <translation>Эти карточки обращений не были сохранены (пока они были открыты, программа закрылась или был выполнен выход из системы). Восстановите одну из них, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>&amp;Unsaved intakes:</source>
        <translation>&amp;Несохранённые карточки:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>helpline::DraftRepository</name>
    <message>
        <source>This draft belongs to another account.</source>
        <translation>Этот черновик принадлежит другой учётной записи.</translation>
    </message>
    <message>
        <source>Reading drafts</source>
        <translation>Чтение черновиков</translation>
    </message>
    <message>
        <source>There is no such draft of yours.</source>
        <translation>У вас нет такого черновика.</translation>
    </message>
</context>
<context>
    <name>helpline::FeedbackModel</name>
    <message>
        <source>%1 (one contact)</source>
        <translation>%1 (одно обращение)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Supervisor&apos;s words</source>
        <translation>Слова супервизора</translation>
    </message>
</context>
<context>
    <name>helpline::FirstRunScreen</name>
    <message>
        <source>At least 8 characters. A few words together are easy to remember and hard to guess.</source>
        <translation>Не менее 8 символов. Несколько слов подряд легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>Choose where the case store is kept</source>
        <translation>Выберите расположение хранилища дел</translation>
    </message>
    <message>
        <source>Choose a folder for the case store (a full path).</source>
        <translation>Выберите папку для хранилища дел (полный путь).</translation>
    </message>
    <message>
        <source>Enter a user name for the administrator.</source>
        <translation>Введите имя пользователя администратора.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Пароли не совпадают. Введите пароль ещё раз.</translation>
    </message>
    <message>
        <source>Set up this workstation</source>
        <translation>Настройка рабочего места</translation>
    </message>
    <message>
        <source>Store &amp;location</source>
        <translation>&amp;Расположение хранилища</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the store location</source>
        <translation>Выбрать расположение хранилища</translation>
    </message>
    <message>
        <source>Administrator &amp;user name</source>
        <translation>&amp;Имя пользователя администратора</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Имя пользователя администратора</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Полное и&amp;мя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>As colleagues should see it</source>
        <translation>Как его будут видеть коллеги</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Protecting the password: measuring this computer and encrypting the store. This takes a few seconds…</source>
        <translation>Защита пароля: измеряется производительность компьютера и шифруется хранилище. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>This folder belongs to a desk enrolled with the helpline server. Finish connecting it, or choose another folder.</source>
        <translation>Эта папка принадлежит рабочему месту, зарегистрированному на сервере линии. Завершите его подключение или выберите другую папку.</translation>
    </message>
    <message>
        <source>Case data on this computer is kept in an encrypted store. Choose how this desk starts.</source>
        <translation>Данные дел на этом компьютере хранятся в зашифрованном хранилище. Выберите, как настроить это рабочее место.</translation>
    </message>
    <message>
        <source>Create a store for this desk &amp;only</source>
        <translation>Создать хранилище &amp;только для этого рабочего места</translation>
    </message>
    <message>
        <source>A local administrator adds counsellors&apos; accounts on this desk.</source>
        <translation>Учётные записи консультантов на этом рабочем месте добавляет местный администратор.</translation>
    </message>
    <message>
        <source>Connect this desk to the helpline &amp;server</source>
        <translation>Подключить это рабочее место к серверу &amp;линии</translation>
    </message>
    <message>
        <source>Accounts come from the server. You need an enrolment code from an administrator.</source>
        <translation>Учётные записи берутся с сервера. Нужен код регистрации от администратора.</translation>
    </message>
    <message>
        <source>Connecting to the helpline server and setting up the encrypted store. This takes a few seconds…</source>
        <translation>Подключение к серверу линии и настройка зашифрованного хранилища. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>&amp;Connect desk</source>
        <translation>Подключить рабочее &amp;место</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpEditor</name>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (я)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Новый повторный контакт</translation>
    </message>
    <message>
        <source>&amp;When is it due</source>
        <translation>С&amp;рок выполнения</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Дата и время выполнения</translation>
    </message>
    <message>
        <source>W&amp;hat is to be done</source>
        <translation>&amp;Что нужно сделать</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Who does &amp;it</source>
        <translation>&amp;Кто выполняет</translation>
    </message>
    <message>
        <source>Who does the follow-up</source>
        <translation>Кто выполняет повторный контакт</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Добавить повторный контакт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>helpline::FollowUpsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Имя не указано</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpsScreen</name>
    <message>
        <source>The follow-ups could not be read. %1</source>
        <translation>Не удалось прочитать повторные контакты. %1</translation>
    </message>
    <message>
        <source>The follow-up was not completed</source>
        <translation>Повторный контакт не отмечен как выполненный</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сегодня повторных контактов нет.</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>На эту неделю повторных контактов нет.</translation>
    </message>
    <message>
        <source>%1 due, of which %2 overdue.</source>
        <translation>К выполнению: %1, из них просрочено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>К выполнению: %n</numerusform>
            <numerusform>К выполнению: %n</numerusform>
            <numerusform>К выполнению: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>На сегодня и просроченные</translation>
    </message>
    <message>
        <source>Due this week and overdue</source>
        <translation>На эту неделю и просроченные</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Какие повторные контакты показывать</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Повторные контакты к выполнению</translation>
    </message>
    <message>
        <source>Enter opens the case.</source>
        <translation>Enter открывает дело.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Marks the selected follow-up as done.</source>
        <translation>Отмечает выбранный повторный контакт как выполненный.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message numerus="yes">
        <source>No referral has been waiting for news for more than %n day(s).</source>
        <translation>
            <numerusform>Нет направлений без новостей дольше %n дня.</numerusform>
            <numerusform>Нет направлений без новостей дольше %n дней.</numerusform>
            <numerusform>Нет направлений без новостей дольше %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals without news for more than %n day(s): call the service or the family.</source>
        <translation>
            <numerusform>Направления без новостей дольше %n дня: позвоните в службу или семье.</numerusform>
            <numerusform>Направления без новостей дольше %n дней: позвоните в службу или семье.</numerusform>
            <numerusform>Направления без новостей дольше %n дней: позвоните в службу или семье.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals waiting for news</source>
        <translation>Направления без новостей</translation>
    </message>
    <message>
        <source>The referrals could not be read. %1</source>
        <translation>Не удалось прочитать направления. %1</translation>
    </message>
</context>
<context>
    <name>helpline::FormDefinition</name>
    <message>
        <source>The form definition has an unknown key &quot;%1&quot;.</source>
        <translation>В описании формы есть неизвестный ключ «%1».</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>В разделе «%1» есть неизвестный ключ «%2».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot have the key &quot;%2&quot;: it is unknown or does not apply to its type.</source>
        <translation>У поля «%1» не может быть ключа «%2»: он неизвестен или не применим к типу поля.</translation>
    </message>
    <message>
        <source>An option of the field &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>В одном из вариантов поля «%1» есть неизвестный ключ «%2».</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>В условии для «%1» есть неизвестный ключ «%2».</translation>
    </message>
    <message>
        <source>The form definition has no valid formId: use lower-case letters, digits, dots, dashes and underscores, starting with a letter (for example &quot;intake&quot;).</source>
        <translation>В описании формы нет допустимого formId: используйте строчные буквы, цифры, точки, дефисы и знаки подчёркивания, начиная с буквы (например, «intake»).</translation>
    </message>
    <message>
        <source>The form&apos;s title (&quot;labels&quot;) must map en, az and ru to text.</source>
        <translation>Заголовок формы («labels») должен содержать текст для en, az и ru.</translation>
    </message>
    <message>
        <source>The form&apos;s title has no text in %1.</source>
        <translation>В заголовке формы нет текста (язык: %1).</translation>
    </message>
    <message>
        <source>The form definition has no sections.</source>
        <translation>В описании формы нет разделов.</translation>
    </message>
    <message>
        <source>Section number %1 is not a JSON object.</source>
        <translation>Раздел №&#xa0;%1 не является объектом JSON.</translation>
    </message>
    <message>
        <source>The fields &quot;%1&quot; and &quot;%2&quot; are both bound to &quot;%3&quot;; a value can only come from one field.</source>
        <translation>Поля «%1» и «%2» оба привязаны к «%3»; значение может поступать только из одного поля.</translation>
    </message>
    <message>
        <source>No field is bound to &quot;contact.callType&quot;: the form must ask for the type of contact.</source>
        <translation>Ни одно поле не привязано к «contact.callType»: форма должна запрашивать тип обращения.</translation>
    </message>
    <message>
        <source>Section number %1 has no valid id: start with a lower-case letter, then letters and digits only (for example &quot;caller&quot;).</source>
        <translation>У раздела №&#xa0;%1 нет допустимого id: он должен начинаться со строчной буквы, далее только буквы и цифры (например, «caller»).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used more than once: every field and section needs its own.</source>
        <translation>id «%1» используется более одного раза: у каждого поля и раздела должен быть свой.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no labels.</source>
        <translation>У раздела «%1» не указаны названия.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no label in %2.</source>
        <translation>У раздела «%1» не указано название (язык: %2).</translation>
    </message>
    <message>
        <source>The help of the section &quot;%1&quot; must map en, az and ru to text.</source>
        <translation>Подсказка раздела «%1» должна содержать текст для en, az и ru.</translation>
    </message>
    <message>
        <source>The help of the section &quot;%1&quot; has no text in %2.</source>
        <translation>У подсказки раздела «%1» нет текста (язык: %2).</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no fields.</source>
        <translation>В разделе «%1» нет полей.</translation>
    </message>
    <message>
        <source>Field number %1 of the section &quot;%2&quot; is not a JSON object.</source>
        <translation>Поле №&#xa0;%1 раздела «%2» не является объектом JSON.</translation>
    </message>
    <message>
        <source>Field number %1 of the section &quot;%2&quot; has no valid id: start with a lower-case letter, then letters and digits only (for example &quot;childName&quot;).</source>
        <translation>У поля №&#xa0;%1 раздела «%2» нет допустимого id: он должен начинаться со строчной буквы, далее только буквы и цифры (например, «childName»).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no type.</source>
        <translation>У поля «%1» не указан тип.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type &quot;%2&quot;. Known types: text, multiline, number, date, singleChoice, multipleChoice, taxonomy, region, yesNo, screening.</source>
        <translation>У поля «%1» неизвестный тип «%2». Известные типы: text, multiline, number, date, singleChoice, multipleChoice, taxonomy, region, yesNo, screening.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no labels.</source>
        <translation>У поля «%1» не указаны названия.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no label in %2.</source>
        <translation>У поля «%1» не указано название (язык: %2).</translation>
    </message>
    <message>
        <source>The help of the field &quot;%1&quot; must map en, az and ru to text.</source>
        <translation>Подсказка поля «%1» должна содержать текст для en, az и ru.</translation>
    </message>
    <message>
        <source>The help of the field &quot;%1&quot; has no text in %2.</source>
        <translation>У подсказки поля «%1» нет текста (язык: %2).</translation>
    </message>
    <message>
        <source>&quot;required&quot; of the field &quot;%1&quot; must be true or false.</source>
        <translation>Значение «required» поля «%1» должно быть true или false.</translation>
    </message>
    <message>
        <source>&quot;bind&quot; of the field &quot;%1&quot; must be text, such as &quot;child.name&quot; or &quot;data.%1&quot;.</source>
        <translation>Значение «bind» поля «%1» должно быть текстом, например «child.name» или «data.%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is bound to &quot;%2&quot;, which is not a place a value can go. Use one of the targets in docs/forms.md or &quot;data.&lt;key&gt;&quot;.</source>
        <translation>Поле «%1» привязано к «%2», куда нельзя записать значение. Используйте одну из целей, перечисленных в docs/forms.md, или «data.&lt;key&gt;».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is of type %2, which cannot be bound to &quot;%3&quot;.</source>
        <translation>Поле «%1» имеет тип %2, который нельзя привязать к «%3».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; offers &quot;%2&quot;, which &quot;%3&quot; does not accept.</source>
        <translation>Поле «%1» предлагает вариант «%2», который «%3» не принимает.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; of the field &quot;%1&quot; must be whole numbers, with min not above max.</source>
        <translation>Значения «min» и «max» поля «%1» должны быть целыми числами, причём min не больше max.</translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; of the field &quot;%1&quot; must be a whole number from 1 to 100000.</source>
        <translation>Значение «maxLength» поля «%1» должно быть целым числом от 1 до 100000.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>значение пустое.</translation>
    </message>
    <message>
        <source>The default value of the field &quot;%1&quot; is not valid: %2</source>
        <translation>Значение по умолчанию поля «%1» недопустимо: %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has both &quot;optionsFrom&quot; and &quot;options&quot;; use one of them.</source>
        <translation>У поля «%1» заданы и «optionsFrom», и «options»; используйте что-то одно.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; takes its options from &quot;%2&quot;, which is not a known code list. Known lists: %3.</source>
        <translation>Поле «%1» берёт варианты из «%2», но такой список кодов неизвестен. Известные списки: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; needs options: a code list in &quot;optionsFrom&quot; or a list in &quot;options&quot;.</source>
        <translation>Для поля «%1» нужны варианты: список кодов в «optionsFrom» или список в «options».</translation>
    </message>
    <message>
        <source>Option number %1 of the field &quot;%2&quot; has no valid code: use lower-case letters, digits, dots, dashes and underscores.</source>
        <translation>У варианта №&#xa0;%1 поля «%2» нет допустимого кода: используйте строчные буквы, цифры, точки, дефисы и знаки подчёркивания.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; offers the option &quot;%2&quot; twice.</source>
        <translation>Поле «%1» дважды предлагает вариант «%2».</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the field &quot;%2&quot; has no labels.</source>
        <translation>У варианта «%1» поля «%2» не указаны названия.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the field &quot;%2&quot; has no label in %3.</source>
        <translation>У варианта «%1» поля «%2» не указано название (язык: %3).</translation>
    </message>
    <message>
        <source>The condition (&quot;visibleWhen&quot;) of &quot;%1&quot; must be a JSON object such as {&quot;field&quot;: &quot;callType&quot;, &quot;equals&quot;: &quot;caller_about_child&quot;}.</source>
        <translation>Условие («visibleWhen») для «%1» должно быть объектом JSON, например {&quot;field&quot;: &quot;callType&quot;, &quot;equals&quot;: &quot;caller_about_child&quot;}.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names no field.</source>
        <translation>В условии для «%1» не указано поле.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names the field &quot;%2&quot;, which the form does not have.</source>
        <translation>В условии для «%1» указано поле «%2», которого нет в форме.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names the field &quot;%2&quot;, which does not come before it: a condition can only depend on fields above it.</source>
        <translation>В условии для «%1» указано поле «%2», которое расположено не перед ним: условие может зависеть только от полей выше.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; cannot depend on the screening field &quot;%2&quot;.</source>
        <translation>Условие для «%1» не может зависеть от поля скрининга «%2».</translation>
    </message>
    <message>
        <source>&quot;%2&quot; in the condition of &quot;%1&quot; must be a list of one or more values.</source>
        <translation>«%2» в условии для «%1» должно быть списком из одного или нескольких значений.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; needs exactly one of &quot;equals&quot;, &quot;notEquals&quot;, &quot;in&quot; and &quot;notIn&quot;.</source>
        <translation>В условии для «%1» должен быть ровно один из ключей «equals», «notEquals», «in» и «notIn».</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; compares the field &quot;%2&quot; with %3, a value that field can never hold.</source>
        <translation>Условие для «%1» сравнивает поле «%2» со значением %3, которое это поле никогда не может принять.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; can never be shown: its condition contradicts the conditions it depends on.</source>
        <translation>Раздел «%1» никогда не может быть показан: его условие противоречит условиям, от которых оно зависит.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; can never be shown: its conditions contradict each other, so the form could never be completed.</source>
        <translation>Обязательное поле «%1» никогда не может быть показано: его условия противоречат друг другу, поэтому форму невозможно заполнить.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; can never be shown: its conditions contradict each other.</source>
        <translation>Поле «%1» никогда не может быть показано: его условия противоречат друг другу.</translation>
    </message>
    <message>
        <source>The form definition</source>
        <translation>Описание формы</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Введите текст.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Используйте не более %n символа.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Введите число не меньше %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Введите число не больше %1.</translation>
    </message>
    <message>
        <source>Enter a valid date, for example 07.07.2021.</source>
        <translation>Введите правильную дату, например 07.07.2021.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Choose from the options.</source>
        <translation>Выберите из предложенных вариантов.</translation>
    </message>
    <message>
        <source>Choose categories from the list.</source>
        <translation>Выберите категории из списка.</translation>
    </message>
    <message>
        <source>Choose a subcategory of &quot;%1&quot;, not only the category.</source>
        <translation>Выберите подкатегорию в категории «%1», а не только саму категорию.</translation>
    </message>
    <message>
        <source>Choose a place from the list.</source>
        <translation>Выберите город или район из списка.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Ответьте «да» или «нет».</translation>
    </message>
    <message>
        <source>The screening answers are not valid.</source>
        <translation>Ответы скрининга недопустимы.</translation>
    </message>
    <message>
        <source>Choose an option.</source>
        <translation>Выберите вариант.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>Choose a place.</source>
        <translation>Выберите город или район.</translation>
    </message>
    <message>
        <source>Complete the screening.</source>
        <translation>Завершите скрининг.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Заполните это поле.</translation>
    </message>
</context>
<context>
    <name>helpline::FormDefinitionRegistry</name>
    <message>
        <source>The form definition &quot;%1&quot; version %2 is older than version %3, which is in use.</source>
        <translation>Версия %2 описания формы «%1» старше используемой версии %3.</translation>
    </message>
</context>
<context>
    <name>helpline::FormOptions</name>
    <message>
        <source>Age not known</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>До рождения</translation>
    </message>
    <message>
        <source>Over 25</source>
        <translation>Старше 25</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Другой язык</translation>
    </message>
</context>
<context>
    <name>helpline::FormView</name>
    <message>
        <source>Problem: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then its problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Ошибки: %1</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>helpline::GateCard</name>
    <message>
        <source>Helpline Workstation</source>
        <translation>Helpline Workstation</translation>
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
    <name>helpline::IntakeMapping</name>
    <message>
        <source>Follow up on the contact of %1.</source>
        <translation>Повторный контакт по обращению от %1.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>Дата повторного контакта уже прошла.</translation>
    </message>
</context>
<context>
    <name>helpline::IntakeScreen</name>
    <message>
        <source>There are no other unsaved intakes.</source>
        <translation>Других несохранённых карточек нет.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Contact time:</source>
        <translation>Длительность обращения:</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Длительность обращения</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Not a counselling contact? One key records it and starts a new intake:</source>
        <translation>Обращение без консультирования? Одна клавиша регистрирует его и открывает новую карточку:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Records a complete &quot;%1&quot; contact at once. Key: %2.</source>
        <translation>Сразу регистрирует обращение «%1» полностью. Клавиша: %2.</translation>
    </message>
    <message>
        <source>Record a &quot;%1&quot; contact now (%2)</source>
        <translation>Зарегистрировать обращение «%1» сейчас (%2)</translation>
    </message>
    <message>
        <source>Intake status</source>
        <translation>Состояние карточки</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>Черновики…</translation>
    </message>
    <message>
        <source>Unsaved intakes of your account</source>
        <translation>Несохранённые карточки вашей учётной записи</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Throw this intake away (asks first; Escape does the same)</source>
        <translation>Удалить эту карточку (сначала запрашивается подтверждение; Escape делает то же самое)</translation>
    </message>
    <message>
        <source>New intake (%1)</source>
        <translation>Новая карточка (%1)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Сохранить обращение</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Форма регистрации обращения</translation>
    </message>
    <message>
        <source>The draft could not be written: %1 It will be tried again in a few seconds; keep this intake open.</source>
        <translation>Не удалось записать черновик: %1 Через несколько секунд будет сделана новая попытка; не закрывайте эту карточку.</translation>
    </message>
    <message>
        <source>Start a new intake?</source>
        <translation>Начать новую карточку?</translation>
    </message>
    <message>
        <source>What you typed in this intake will be thrown away, with its draft. This cannot be undone.</source>
        <translation>Всё, что вы ввели в эту карточку, будет удалено вместе с черновиком. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>A new intake has started.</source>
        <translation>Открыта новая карточка.</translation>
    </message>
    <message>
        <source>Nothing has been typed in this intake; there is nothing to discard.</source>
        <translation>В эту карточку ничего не введено; удалять нечего.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Удалить эту карточку?</translation>
    </message>
    <message>
        <source>Everything typed in this intake will be thrown away, with its draft. This cannot be undone.</source>
        <translation>Всё, что введено в эту карточку, будет удалено вместе с черновиком. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The intake was kept.</source>
        <translation>Карточка не удалена.</translation>
    </message>
    <message>
        <source>The intake was discarded. A new intake has started.</source>
        <translation>Карточка удалена. Открыта новая карточка.</translation>
    </message>
    <message>
        <source>Record as &quot;%1&quot;?</source>
        <translation>Зарегистрировать как «%1»?</translation>
    </message>
    <message>
        <source>This intake has typed text. Recording the contact as &quot;%1&quot; throws that text away.</source>
        <translation>В этой карточке есть введённый текст. Если зарегистрировать обращение как «%1», этот текст будет удалён.</translation>
    </message>
    <message>
        <source>The contact was not recorded: %1</source>
        <translation>Обращение не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>The contact was not recorded</source>
        <translation>Обращение не зарегистрировано</translation>
    </message>
    <message>
        <source>Recorded: %1, %2, %3. A new intake has started.</source>
        <translation>Зарегистрировано: %1, %2, %3. Открыта новая карточка.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n поле требует внимания; ничего не сохранено.</numerusform>
            <numerusform>%n поля требуют внимания; ничего не сохранено.</numerusform>
            <numerusform>%n полей требуют внимания; ничего не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: the intake is still open.</source>
        <translation>Ещё не сохранено: карточка остаётся открытой.</translation>
    </message>
    <message>
        <source>%1 Nothing is lost: the intake stays open and its draft is kept.</source>
        <translation>%1 Ничего не потеряно: карточка остаётся открытой, её черновик сохранён.</translation>
    </message>
    <message>
        <source>The contact was not saved. %1</source>
        <translation>Обращение не сохранено. %1</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Обращение не сохранено</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Обращение сохранено.</translation>
    </message>
    <message>
        <source>Contact saved to case %1.</source>
        <translation>Обращение сохранено в деле %1.</translation>
    </message>
    <message>
        <source>The case is flagged for supervisor attention.</source>
        <translation>Дело отмечено для внимания супервизора.</translation>
    </message>
    <message>
        <source>Unsaved intakes could not be read: %1</source>
        <translation>Не удалось прочитать несохранённые карточки: %1</translation>
    </message>
    <message>
        <source>The intake you had open was kept as a draft.</source>
        <translation>Открытая у вас карточка сохранена как черновик.</translation>
    </message>
    <message>
        <source>The intake started %1 was restored.</source>
        <translation>Карточка, начатая %1, восстановлена.</translation>
    </message>
    <message>
        <source>Discard this unsaved intake?</source>
        <translation>Удалить эту несохранённую карточку?</translation>
    </message>
    <message>
        <source>%1

It will be thrown away and cannot be restored.</source>
        <translation>%1

Она будет удалена без возможности восстановления.</translation>
    </message>
    <message>
        <source>The unsaved intake was not discarded: %1</source>
        <translation>Несохранённая карточка не удалена: %1</translation>
    </message>
    <message>
        <source>The unsaved intake was discarded.</source>
        <translation>Несохранённая карточка удалена.</translation>
    </message>
    <message>
        <source>Refer… (%1)</source>
        <translation>Направить… (%1)</translation>
    </message>
    <message>
        <source>Refer the child to a service of the directory; the referral is saved with the contact</source>
        <translation>Направить ребёнка в службу из справочника; направление сохраняется вместе с обращением</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Направить</translation>
    </message>
    <message>
        <source>Referred to: %1. Saved with the contact.</source>
        <translation>Направлено: %1. Сохранится вместе с обращением.</translation>
    </message>
    <message>
        <source>Referral added: it is saved with the contact.</source>
        <translation>Направление добавлено: оно сохранится вместе с обращением.</translation>
    </message>
</context>
<context>
    <name>helpline::JsonReader</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>Поле &quot;%1&quot; обязательно.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>Поле &quot;%1&quot; должно быть строкой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>Поле &quot;%1&quot; слишком длинное (не более %2 символов).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>Поле &quot;%1&quot; не может быть пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>Поле &quot;%1&quot; должно быть целым числом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>Поле &quot;%1&quot; должно быть от %2 до %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>Поле &quot;%1&quot; должно быть true или false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>Поле &quot;%1&quot; должно быть true, false или null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UTC time such as 2026-11-28T09:15:02.123Z.</source>
        <translation>Поле &quot;%1&quot; должно быть временем UTC, например 2026-11-28T09:15:02.123Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date such as 2026-11-28.</source>
        <translation>Поле &quot;%1&quot; должно быть датой, например 2026-11-28.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>Поле &quot;%1&quot; должно быть массивом строк.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many items (at most %2).</source>
        <translation>В поле &quot;%1&quot; слишком много элементов (не более %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>Поле &quot;%1&quot; должно быть объектом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>Поле &quot;%1&quot; должно быть массивом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known field.</source>
        <translation>Поле &quot;%1&quot; неизвестно.</translation>
    </message>
    <message>
        <source>The request is too large (at most %1 bytes).</source>
        <translation>Запрос слишком большой (не более %1 байт).</translation>
    </message>
    <message>
        <source>The request is not valid UTF-8.</source>
        <translation>Запрос не в корректной кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The request is nested too deeply (at most %1 levels).</source>
        <translation>Запрос вложен слишком глубоко (не более %1 уровней).</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>Запрос не является корректным JSON (%1 в байте %2).</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Запрос должен быть объектом JSON.</translation>
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
    <message>
        <source>the escrow entry is incomplete</source>
        <translation>данные ключа депонирования неполны</translation>
    </message>
    <message>
        <source>Another account with this name is on this desk.</source>
        <translation>На этом рабочем месте уже есть другая учётная запись с таким именем.</translation>
    </message>
    <message>
        <source>Invalid escrow key.</source>
        <translation>Недопустимый ключ депонирования.</translation>
    </message>
    <message>
        <source>This desk&apos;s store has no escrow: it was not set up with the helpline server.</source>
        <translation>У хранилища этого рабочего места нет ключа депонирования: оно настроено без сервера линии.</translation>
    </message>
    <message>
        <source>The server&apos;s escrow key does not open this desk&apos;s store (was the desk enrolled again?).</source>
        <translation>Ключ депонирования с сервера не открывает хранилище этого рабочего места (рабочее место зарегистрировали заново?).</translation>
    </message>
</context>
<context>
    <name>helpline::LockScreen</name>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>The workstation is locked and case data is hidden. %1 (%2) can unlock it with their password.</source>
        <translation>Рабочее место заблокировано, данные дел скрыты. %1 (%2) может разблокировать его своим паролем.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;системы</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Someone else can choose their own account to sign in; that signs %1 out.</source>
        <translation>Другой пользователь может выбрать свою учётную запись и войти; при этом пользователь %1 выйдет из системы.</translation>
    </message>
    <message>
        <source>Sign in and sign %1 out</source>
        <translation>Войти и завершить сеанс: %1</translation>
    </message>
    <message>
        <source>Signing in signs %1 out. Their unsaved intake is kept as a draft for their next sign-in.</source>
        <translation>При входе пользователь %1 выйдет из системы. Его несохранённая карточка сохранится как черновик до следующего входа.</translation>
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
    <message>
        <source>&amp;Workstation</source>
        <translation>Р&amp;абочее место</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Новая карточка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;системы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Выполнен вход: %1</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
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
    <name>helpline::NoteEditor</name>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Correction of the note from %1. The earlier note stays as it was.</source>
        <translation>Исправление заметки от %1. Прежняя заметка остаётся без изменений.</translation>
    </message>
    <message>
        <source>Note te&amp;xt</source>
        <translation>&amp;Текст заметки</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Escape cancels</source>
        <translation>Ctrl+Enter — сохранить · Escape — отмена</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>helpline::OfficeRules</name>
    <message>
        <source>Reading the office&apos;s review rules</source>
        <translation>Чтение правил проверки офиса</translation>
    </message>
</context>
<context>
    <name>helpline::OpenWithReasonDialog</name>
    <message>
        <source>Break glass: case %1</source>
        <translation>Экстренный доступ: дело %1</translation>
    </message>
    <message>
        <source>Open case %1 with a reason</source>
        <translation>Открыть дело %1 с указанием причины</translation>
    </message>
    <message numerus="yes">
        <source>This case is restricted: only its counsellor and the supervisors read it. Open it only when a child&apos;s safety depends on it now. Your reason is recorded, shown on the case and reviewed by a supervisor. You can read the case for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Доступ к делу ограничен: его читают только его консультант и супервизоры. Открывайте его, только если от этого сейчас зависит безопасность ребёнка. Ваша причина записывается, отображается в деле и проверяется супервизором. Вы сможете читать дело %n час, но не изменять его.</numerusform>
            <numerusform>Доступ к делу ограничен: его читают только его консультант и супервизоры. Открывайте его, только если от этого сейчас зависит безопасность ребёнка. Ваша причина записывается, отображается в деле и проверяется супервизором. Вы сможете читать дело %n часа, но не изменять его.</numerusform>
            <numerusform>Доступ к делу ограничен: его читают только его консультант и супервизоры. Открывайте его, только если от этого сейчас зависит безопасность ребёнка. Ваша причина записывается, отображается в деле и проверяется супервизором. Вы сможете читать дело %n часов, но не изменять его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrators read case content only with a stated reason, such as a data protection request. Your reason is recorded and shown on the case. You can read it for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Администраторы читают содержимое дела только с указанием причины, например по запросу о защите данных. Ваша причина записывается и отображается в деле. Вы сможете читать его %n час, но не изменять.</numerusform>
            <numerusform>Администраторы читают содержимое дела только с указанием причины, например по запросу о защите данных. Ваша причина записывается и отображается в деле. Вы сможете читать его %n часа, но не изменять.</numerusform>
            <numerusform>Администраторы читают содержимое дела только с указанием причины, например по запросу о защите данных. Ваша причина записывается и отображается в деле. Вы сможете читать его %n часов, но не изменять.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This case is assigned to another counsellor. Say why you need to read it (for example: the child called again and their counsellor is not on shift). Your reason is recorded and shown on the case. You can read it for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Это дело назначено другому консультанту. Укажите, зачем вам нужно его прочитать (например: ребёнок позвонил снова, а его консультант не на смене). Ваша причина записывается и отображается в деле. Вы сможете читать его %n час, но не изменять.</numerusform>
            <numerusform>Это дело назначено другому консультанту. Укажите, зачем вам нужно его прочитать (например: ребёнок позвонил снова, а его консультант не на смене). Ваша причина записывается и отображается в деле. Вы сможете читать его %n часа, но не изменять.</numerusform>
            <numerusform>Это дело назначено другому консультанту. Укажите, зачем вам нужно его прочитать (например: ребёнок позвонил снова, а его консультант не на смене). Ваша причина записывается и отображается в деле. Вы сможете читать его %n часов, но не изменять.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reason (at least %n characters):</source>
        <translation>
            <numerusform>&amp;Причина (не менее %n символа):</numerusform>
            <numerusform>&amp;Причина (не менее %n символов):</numerusform>
            <numerusform>&amp;Причина (не менее %n символов):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
</context>
<context>
    <name>helpline::OpeningHours</name>
    <message>
        <source>Enter the opening hours, for example “mon-fri 09:00-18:00; sat 10:00-14:00”, or “24/7”.</source>
        <translation>Введите часы работы, например «mon-fri 09:00-18:00; sat 10:00-14:00» или «24/7».</translation>
    </message>
    <message>
        <source>“24/7” cannot be combined with other hours.</source>
        <translation>«24/7» нельзя сочетать с другими часами.</translation>
    </message>
    <message>
        <source>“%1” should be days and then times, for example “mon-fri 09:00-18:00”.</source>
        <translation>«%1»: сначала должны идти дни, затем время, например «mon-fri 09:00-18:00».</translation>
    </message>
    <message>
        <source>“%1” is not a day: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>«%1» — не день: используйте mon, tue, wed, thu, fri, sat или sun.</translation>
    </message>
    <message>
        <source>“%1” is not a time range: write it as 09:00-18:00.</source>
        <translation>«%1» — не промежуток времени: напишите его как 09:00-18:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 00:00 to 23:59, and 24:00 only as an end.</source>
        <translation>«%1» — не время: используйте значения от 00:00 до 23:59, а 24:00 — только как время окончания.</translation>
    </message>
    <message>
        <source>“%1” starts and ends at the same time; for a whole day write 00:00-24:00.</source>
        <translation>«%1» начинается и заканчивается в одно и то же время; для целого дня напишите 00:00-24:00.</translation>
    </message>
</context>
<context>
    <name>helpline::OutboxEntriesModel</name>
    <message>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Person in a case</source>
        <translation>Человек в деле</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>Изменение дела</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Будет отправлено повторно</translation>
    </message>
    <message>
        <source>After “Send again”</source>
        <translation>После «Отправить снова»</translation>
    </message>
    <message>
        <source>With the next sync</source>
        <translation>При следующей синхронизации</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Причина от сервера</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Поставлено в очередь</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
</context>
<context>
    <name>helpline::OutboxQueue</name>
    <message>
        <source>Reading the sync queue</source>
        <translation>Чтение очереди синхронизации</translation>
    </message>
    <message>
        <source>This record is no longer in this desk&apos;s store, so it cannot be sent.</source>
        <translation>Этой записи больше нет в хранилище рабочего места, поэтому её нельзя отправить.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match what was sent.</source>
        <translation>Ответ сервера не соответствует отправленному.</translation>
    </message>
    <message>
        <source>There is no such rejected record in the sync queue.</source>
        <translation>В очереди синхронизации нет такой отклонённой записи.</translation>
    </message>
</context>
<context>
    <name>helpline::OverdueDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>helpline::PasswordStrength</name>
    <message>
        <source>Too short: use at least 8 characters</source>
        <translation>Слишком короткий: используйте не менее 8 символов</translation>
    </message>
    <message>
        <source>Weak: a longer password is safer</source>
        <translation>Слабый: более длинный пароль надёжнее</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжный</translation>
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
        <source>Enter the caller&apos;s age in years, or leave it empty.</source>
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
    <name>helpline::PulledRecords</name>
    <message>
        <source>Reading the sync position</source>
        <translation>Чтение позиции синхронизации</translation>
    </message>
    <message>
        <source>The server sent records of another kind than were asked for; nothing was saved.</source>
        <translation>Сервер прислал записи не того типа, который был запрошен; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server sent records this desk already has (its position went back); nothing was saved.</source>
        <translation>Сервер прислал записи, которые уже есть на этом рабочем месте (его позиция сдвинулась назад); ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>helpline::RecordDecoder</name>
    <message>
        <source>&quot;%1&quot; must be a UUID such as 0192d3a4-5b6c-7d8e-9f01-23456789abcd.</source>
        <translation>Поле &quot;%1&quot; должно быть UUID, например 0192d3a4-5b6c-7d8e-9f01-23456789abcd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>Поле &quot;%1&quot; должно быть одним из: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one JSON value written without spaces, such as &quot;open&quot;, null or [&quot;a&quot;,&quot;b&quot;].</source>
        <translation>Поле &quot;%1&quot; должно быть одним значением JSON без пробелов, например &quot;open&quot;, null или [&quot;a&quot;,&quot;b&quot;].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say why the case is opened.</source>
        <translation>«%1» должно указывать, почему дело открыто.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say why the work is returned.</source>
        <translation>«%1» должно указывать, почему работа возвращена.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be risk, new_counsellor, needs_review, closure or break_glass.</source>
        <translation>«%1» должно быть одним из значений: risk, new_counsellor, needs_review, closure или break_glass.</translation>
    </message>
</context>
<context>
    <name>helpline::RecordReader</name>
    <message>
        <source>Records of type &quot;%1&quot; are not synced with the server.</source>
        <translation>Записи типа «%1» не синхронизируются с сервером.</translation>
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
        <source>%1 has the wrong format: &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation>%1: неверный формат: «%2» вместо «%3».</translation>
    </message>
    <message>
        <source>%1 has no valid version: it must be a whole number of 1 or more.</source>
        <translation>%1: неверная версия: она должна быть целым числом не меньше 1.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralDialog</name>
    <message>
        <source>Refer</source>
        <translation>Направить</translation>
    </message>
    <message>
        <source>Choose the service (Enter), then say why and how.</source>
        <translation>Выберите службу (Enter), затем укажите причину и способ.</translation>
    </message>
    <message>
        <source>&amp;Choose this service</source>
        <translation>&amp;Выбрать эту службу</translation>
    </message>
    <message>
        <source>Service &amp;not in the directory</source>
        <translation>Службы &amp;нет в справочнике</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>What the service should do for the child</source>
        <translation>Что служба должна сделать для ребёнка</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Срочность</translation>
    </message>
    <message>
        <source>&amp;Made</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>The child or caller &amp;agreed</source>
        <translation>Ребёнок или звонящий &amp;согласен</translation>
    </message>
    <message>
        <source>&amp;Without consent</source>
        <translation>&amp;Без согласия</translation>
    </message>
    <message>
        <source>Why without &amp;consent</source>
        <translation>Почему без &amp;согласия</translation>
    </message>
    <message>
        <source>For example: imminent danger to the child</source>
        <translation>Например: непосредственная опасность для ребёнка</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>&amp;Сохранить направление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>helpline::ReferralStatusEditor</name>
    <message>
        <source>Referral status</source>
        <translation>Состояние направления</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Направление в %1</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>What became of the referral</source>
        <translation>Чем закончилось направление</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>helpline::RegionModel</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>(rayon or city not known)</source>
        <translation>(район или город неизвестен)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a city&apos;s rayon, then its city: Nəsimi (Bakı)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>helpline::RegionPicker</name>
    <message>
        <source>Search a town or rayon, for example Sheki</source>
        <translation>Поиск города или района, например Шеки</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Поиск города или района</translation>
    </message>
    <message>
        <source>%1: search</source>
        <translation>%1: поиск</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Найденные места</translation>
    </message>
    <message>
        <source>Economic region</source>
        <translation>Экономический район</translation>
    </message>
    <message>
        <source>%1: economic region</source>
        <translation>%1: экономический район</translation>
    </message>
    <message>
        <source>Rayon or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <source>%1: rayon or city</source>
        <translation>%1: район или город</translation>
    </message>
</context>
<context>
    <name>helpline::RegionSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>a place, then its region</comment>
        <translation>%1 — %2</translation>
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
        <source>The ISO code &quot;%1&quot; of %2 is not valid: it must look like AZ-SAK (AZ-, then one to three capital letters or digits).</source>
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
        <source>The code &quot;%1&quot; is not valid: use letters a-z or A-Z, digits, dots, hyphens and underscores.</source>
        <translation>Код «%1» недопустим: используйте буквы a-z или A-Z, цифры, точки, дефисы и знаки подчёркивания.</translation>
    </message>
    <message>
        <source>%1 has the kind &quot;%2&quot;; here it must be one of: %3.</source>
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
        <translation>У экономического района №&#xa0;%1 нет кода.</translation>
    </message>
    <message>
        <source>The economic region code &quot;%1&quot; is not valid: it must look like er.shaki_zagatala (er., then lower-case letters a-z, digits and underscores).</source>
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
    <name>helpline::Review</name>
    <message>
        <source>Acute risk</source>
        <translation>Острый риск</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Review asked for</source>
        <translation>Запрошена проверка</translation>
    </message>
    <message>
        <source>Closure to approve</source>
        <translation>Закрытие на утверждение</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>Новый консультант</translation>
    </message>
    <message>
        <source>Restricted case opened</source>
        <translation>Открыто дело с ограниченным доступом</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Закрытие утверждено</translation>
    </message>
    <message>
        <source>Closure not approved</source>
        <translation>Закрытие не утверждено</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewEditor</name>
    <message>
        <source>Write the comment first.</source>
        <translation>Сначала напишите комментарий.</translation>
    </message>
    <message>
        <source>Say what the counsellor should change.</source>
        <translation>Укажите, что консультанту нужно изменить.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Ask for a review</source>
        <translation>Запросить проверку</translation>
    </message>
    <message>
        <source>&amp;Comment, or the reason for approving or returning:</source>
        <translation>&amp;Комментарий или причина утверждения либо возврата:</translation>
    </message>
    <message>
        <source>&amp;What should a supervisor look at?</source>
        <translation>&amp;Что должен посмотреть супервизор?</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Сохранить комментарий</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing of this case waits for review. Approve records that you read it.</source>
        <translation>В этом деле ничего не ожидает проверки. «Утвердить» отметит, что вы его прочитали.</translation>
    </message>
    <message>
        <source>Waiting for your review:</source>
        <translation>Ожидает вашей проверки:</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewQueueModel</name>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Ожидает с</translation>
    </message>
    <message>
        <source>Counsellor&apos;s words</source>
        <translation>Слова консультанта</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewRepository</name>
    <message>
        <source>Only supervisors review cases.</source>
        <translation>Дела проверяют только супервизоры.</translation>
    </message>
    <message>
        <source>Reading the review queue</source>
        <translation>Чтение очереди на проверку</translation>
    </message>
    <message>
        <source>Say what the counsellor should change.</source>
        <translation>Укажите, что консультанту нужно изменить.</translation>
    </message>
    <message>
        <source>Closure approved by a supervisor.</source>
        <translation>Закрытие утверждено супервизором.</translation>
    </message>
    <message>
        <source>Reading your feedback</source>
        <translation>Чтение ваших отзывов</translation>
    </message>
    <message>
        <source>Reading the alerts</source>
        <translation>Чтение оповещений</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Такого обращения нет.</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewScreen</name>
    <message>
        <source>This list could not be read. %1</source>
        <translation>Не удалось прочитать этот список. %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Ничего не ожидает проверки.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for review. Open a case (Enter) to read it whole, comment, approve or return it.</source>
        <translation>
            <numerusform>%n запись ожидает проверки. Откройте дело (Enter), чтобы прочитать его полностью, прокомментировать, утвердить или вернуть.</numerusform>
            <numerusform>%n записи ожидают проверки. Откройте дело (Enter), чтобы прочитать его полностью, прокомментировать, утвердить или вернуть.</numerusform>
            <numerusform>%n записей ожидают проверки. Откройте дело (Enter), чтобы прочитать его полностью, прокомментировать, утвердить или вернуть.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Отзывов от супервизора пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and decision(s) from supervisors on your work. Enter opens the case.</source>
        <translation>
            <numerusform>Комментарии и решения супервизоров по вашей работе: %n. Enter открывает дело.</numerusform>
            <numerusform>Комментарии и решения супервизоров по вашей работе: %n. Enter открывает дело.</numerusform>
            <numerusform>Комментарии и решения супервизоров по вашей работе: %n. Enter открывает дело.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisors review cases here, and counsellors read their feedback. An administrator&apos;s account does neither.</source>
        <translation>Здесь супервизоры проверяют дела, а консультанты читают отзывы о своей работе. Учётная запись администратора не делает ни того, ни другого.</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Мои отзывы</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь на проверку</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
</context>
<context>
    <name>helpline::RiskStyle</name>
    <message>
        <source>Not screened</source>
        <translation>Скрининг не проводился</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask directly, in these words.</source>
        <translation>Спросите прямо, именно этими словами.</translation>
    </message>
    <message>
        <source>In the past few weeks, have you felt that you or your family would be better off if you were dead?</source>
        <extracomment>ASQ question 2. Validated translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, have you been having thoughts about killing yourself?</source>
        <extracomment>ASQ question 3. Validated translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you ever tried to kill yourself?</source>
        <extracomment>ASQ question 4. Validated translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes, ask how and when, and write it in the notes.</source>
        <translation>Если да, спросите, как и когда это было, и запишите в заметки.</translation>
    </message>
    <message>
        <source>Are you having thoughts of killing yourself right now?</source>
        <extracomment>ASQ question 5 (acuity). Validated translation only.</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Wish to be dead.</source>
        <translation>Последний месяц. Желание умереть.</translation>
    </message>
    <message>
        <source>Have you actually had any thoughts of killing yourself?</source>
        <extracomment>C-SSRS screener question 2. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. If yes, ask questions 3, 4 and 5. If no, go to question 6.</source>
        <translation>Последний месяц. Если да, задайте вопросы 3, 4 и 5. Если нет, перейдите к вопросу 6.</translation>
    </message>
    <message>
        <source>Have you been thinking about how you might do this?</source>
        <extracomment>C-SSRS screener question 3. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Thoughts of a method, without a specific plan or intent to act.</source>
        <translation>Последний месяц. Мысли о способе без конкретного плана или намерения действовать.</translation>
    </message>
    <message>
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <extracomment>C-SSRS screener question 4. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Intent to act, without a specific plan.</source>
        <translation>Последний месяц. Намерение действовать без конкретного плана.</translation>
    </message>
    <message>
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <extracomment>C-SSRS screener question 5. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Intent with a specific plan.</source>
        <translation>Последний месяц. Намерение с конкретным планом.</translation>
    </message>
    <message>
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life?</source>
        <extracomment>C-SSRS screener question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime. For example: collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn&apos;t swallow any, held a gun but changed their mind or it was grabbed from their hand, went to the roof but didn&apos;t jump; or actually took pills, tried to shoot themselves, cut themselves, tried to hang themselves.</source>
        <translation>За всю жизнь. Например: сбор таблеток, приобретение оружия, раздача ценных вещей, написание завещания или предсмертной записки; таблетки были приготовлены, но не проглочены; оружие было в руках, но человек передумал или оружие вырвали из рук; подъём на крышу без прыжка; или реальные действия: приём таблеток, попытка застрелиться, порезы, попытка повеситься.</translation>
    </message>
    <message>
        <source>Was it within the past 3 months?</source>
        <extracomment>C-SSRS screener follow-up to question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only if the answer to question 6 was yes.</source>
        <translation>Задавайте, только если на вопрос 6 ответили «да».</translation>
    </message>
</context>
<context>
    <name>helpline::ScreeningPanel</name>
    <message>
        <source>Screening instrument:</source>
        <translation>Методика скрининга:</translation>
    </message>
    <message>
        <source>ASQ (Ask Suicide-Screening Questions)</source>
        <translation>ASQ (вопросы для скрининга суицидального риска)</translation>
    </message>
    <message>
        <source>C-SSRS screener (Columbia Protocol)</source>
        <translation>C-SSRS, скрининговая версия (Колумбийский протокол)</translation>
    </message>
    <message>
        <source>Screening instrument</source>
        <translation>Методика скрининга</translation>
    </message>
    <message>
        <source>Read each question to the child word for word. With the focus on a question, the underlined letter answers it and moves to the next; Delete clears an answer.</source>
        <translation>Зачитывайте ребёнку каждый вопрос дословно. Когда вопрос в фокусе, подчёркнутая буква выбирает ответ и переводит к следующему вопросу; Delete стирает ответ.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Результат скрининга</translation>
    </message>
    <message>
        <source>Suicide risk screening</source>
        <translation>Скрининг суицидального риска</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>&amp;Declined to answer</source>
        <translation>&amp;Отказ от ответа</translation>
    </message>
    <message>
        <source>%1. Still to ask: %2</source>
        <translation>%1. Ещё нужно задать: %2</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Не завершён</translation>
    </message>
</context>
<context>
    <name>helpline::ScreeningPlaceholderEditor</name>
    <message>
        <source>The screening panel is not available here; answers kept: %1.</source>
        <translation>Панель скрининга здесь недоступна; сохранено ответов: %1.</translation>
    </message>
    <message>
        <source>The screening panel is not available here.</source>
        <translation>Панель скрининга здесь недоступна.</translation>
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
    <name>helpline::SearchResultDelegate</name>
    <message>
        <source>In a note:</source>
        <translation>В заметке:</translation>
    </message>
    <message>
        <source>In a name:</source>
        <translation>В имени:</translation>
    </message>
    <message>
        <source>In a contact:</source>
        <translation>В обращении:</translation>
    </message>
</context>
<context>
    <name>helpline::SearchResultsModel</name>
    <message>
        <source>No name given</source>
        <translation>Имя не указано</translation>
    </message>
</context>
<context>
    <name>helpline::ServerSession</name>
    <message>
        <source>Sign in once with this desk connected to the server to start sync.</source>
        <translation>Чтобы начать синхронизацию, один раз войдите, когда рабочее место подключено к серверу.</translation>
    </message>
    <message>
        <source>The server ended this desk&apos;s session (%1). Sign in again while connected to resume sync.</source>
        <translation>Сервер завершил сеанс этого рабочего места (%1). Войдите снова при наличии подключения, чтобы возобновить синхронизацию.</translation>
    </message>
</context>
<context>
    <name>helpline::ServerSignIn</name>
    <message>
        <source>The enrolment code is not valid: it may be mistyped, used already or expired. Ask an admin for a new one.</source>
        <translation>Код регистрации недействителен: возможно, он введён с ошибкой, уже использован или истёк. Попросите у администратора новый код.</translation>
    </message>
    <message>
        <source>The user name or the password is not right (the helpline server checked them).</source>
        <translation>Неверное имя пользователя или пароль (их проверил сервер линии).</translation>
    </message>
    <message>
        <source>The helpline server has locked this account&apos;s sign-in after too many wrong passwords. An admin can unlock it by resetting the password.</source>
        <translation>Сервер линии заблокировал вход в эту учётную запись после слишком большого числа неверных паролей. Администратор может снять блокировку, сбросив пароль.</translation>
    </message>
    <message numerus="yes">
        <source>The helpline server had too many wrong passwords for this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>Сервер линии получил слишком много неверных паролей для этой учётной записи. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Сервер линии получил слишком много неверных паролей для этой учётной записи. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Сервер линии получил слишком много неверных паролей для этой учётной записи. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk is not enrolled with the helpline server (an admin may have revoked it). Ask an admin for a new enrolment code.</source>
        <translation>Это рабочее место не зарегистрировано на сервере линии (возможно, администратор отозвал регистрацию). Попросите у администратора новый код регистрации.</translation>
    </message>
    <message>
        <source>The helpline server has a problem (HTTP %1). Try again in a few minutes.</source>
        <translation>На сервере линии проблема (HTTP %1). Повторите попытку через несколько минут.</translation>
    </message>
</context>
<context>
    <name>helpline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Блокировать после простоя</translation>
    </message>
    <message>
        <source>Lock after idle, in minutes</source>
        <translation>Блокировка после простоя, в минутах</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>The desk locks itself when nobody has used it for this long. Applies to every account on this desk.</source>
        <translation>Рабочее место блокируется автоматически, если им никто не пользуется в течение этого времени. Действует для всех учётных записей на этом рабочем месте.</translation>
    </message>
    <message>
        <source>Set by an administrator for every account on this desk.</source>
        <translation>Задаётся администратором для всех учётных записей на этом рабочем месте.</translation>
    </message>
    <message>
        <source>&amp;Store location</source>
        <translation>&amp;Расположение хранилища</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Not encrypted: the server runs on this computer.</source>
        <translation>Без шифрования: сервер работает на этом компьютере.</translation>
    </message>
    <message>
        <source>Pinned key: only the server whose public key has this SHA-256 fingerprint is trusted, whoever signed its certificate.
%1</source>
        <translation>Закреплённый ключ: доверие только серверу, открытый ключ которого имеет этот отпечаток SHA-256, кто бы ни подписал его сертификат.
%1</translation>
    </message>
    <message>
        <source>The certificate authorities this computer trusts, and the CA file %1.</source>
        <translation>Центры сертификации, которым доверяет этот компьютер, и файл ЦС %1.</translation>
    </message>
    <message>
        <source>The certificate authorities this computer trusts.</source>
        <translation>Центры сертификации, которым доверяет этот компьютер.</translation>
    </message>
    <message>
        <source>Helpline server</source>
        <translation>Сервер линии</translation>
    </message>
    <message>
        <source>This desk&apos;s server settings (desk.json) cannot be read. The desk&apos;s own accounts still sign in; restore desk.json from a backup to sync again.</source>
        <translation>Не удаётся прочитать настройки сервера этого рабочего места (desk.json). Собственные учётные записи рабочего места по-прежнему могут входить; чтобы снова синхронизироваться, восстановите desk.json из резервной копии.</translation>
    </message>
    <message>
        <source>Server add&amp;ress</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Название рабочего места</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <source>&amp;Device id</source>
        <translation>&amp;Идентификатор устройства</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Идентификатор устройства</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>О&amp;фис</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>How it is trusted</source>
        <translation>Как проверяется доверие</translation>
    </message>
</context>
<context>
    <name>helpline::SignInScreen</name>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Choose your account and enter your password.</source>
        <translation>Выберите свою учётную запись и введите пароль.</translation>
    </message>
    <message>
        <source>Type your user name on the helpline server.</source>
        <translation>Введите своё имя пользователя на сервере линии.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Проверка на сервере…</translation>
    </message>
    <message>
        <source>Choose your account and enter your password. Signing in on this desk for the first time? Choose “Another account” and use your helpline server account.</source>
        <translation>Выберите свою учётную запись и введите пароль. Входите на этом рабочем месте впервые? Выберите «Другая учётная запись» и используйте свою учётную запись на сервере линии.</translation>
    </message>
</context>
<context>
    <name>helpline::SingleChoiceEditor</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
</context>
<context>
    <name>helpline::StatusEditor</name>
    <message>
        <source>Closing a case needs a reason: say why it can be closed.</source>
        <translation>Для закрытия дела нужна причина: укажите, почему его можно закрыть.</translation>
    </message>
    <message>
        <source>&amp;Reason (required to close)</source>
        <translation>При&amp;чина (обязательно для закрытия)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>При&amp;чина (необязательно)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>New stat&amp;us</source>
        <translation>Новый стат&amp;ус</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>helpline::SyncClient</name>
    <message>
        <source>The server address is not a web address (https://server.example:8443).</source>
        <translation>Адрес сервера не является веб-адресом (https://server.example:8443).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a password, a query or a fragment.</source>
        <translation>Адрес сервера не должен содержать имя пользователя, пароль, запрос или фрагмент.</translation>
    </message>
    <message>
        <source>Case data may only travel encrypted: use https:// (plain http:// is allowed only to this computer).</source>
        <translation>Данные дел передаются только в зашифрованном виде: используйте https:// (обычный http:// разрешён только к этому компьютеру).</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Адрес сервера должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no certificate.</source>
        <translation>Файл ЦС %1 не читается или не содержит сертификата.</translation>
    </message>
    <message>
        <source>The pinned server key must be a SHA-256 hash (32 bytes).</source>
        <translation>Закреплённый ключ сервера должен быть хешем SHA-256 (32 байта).</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>он больше %1 МиБ</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one this desk was set up to trust. Someone may be between this desk and the server; tell the helpline&apos;s IT person.</source>
        <translation>Ключ сервера не тот, которому настроено доверять это рабочее место. Между рабочим местом и сервером может кто-то находиться; сообщите ИТ-специалисту линии.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Синхронизация остановлена.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1). Sync stays off until the helpline&apos;s IT person fixes the certificate or the desk&apos;s settings.</source>
        <translation>Сертификату сервера нельзя доверять (%1). Синхронизация отключена, пока ИТ-специалист линии не исправит сертификат или настройки рабочего места.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found: this desk seems to be offline.</source>
        <translation>Имя сервера не найдено: похоже, это рабочее место не в сети.</translation>
    </message>
    <message>
        <source>The server is not answering (connection refused).</source>
        <translation>Сервер не отвечает (в соединении отказано).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>Не удалось соединиться с сервером (%1).</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>это не JSON</translation>
    </message>
    <message>
        <source>The server asks for a new sign-in (%1).</source>
        <translation>Сервер требует войти заново (%1).</translation>
    </message>
    <message>
        <source>The server asks this desk to wait before trying again.</source>
        <translation>Сервер просит это рабочее место подождать перед новой попыткой.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1); sync will try again.</source>
        <translation>На сервере проблема (HTTP %1); синхронизация повторит попытку.</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>%1 results for %2 records</source>
        <translation>%1 результатов для %2 записей</translation>
    </message>
    <message>
        <source>result %1 answers another record than the one pushed</source>
        <translation>результат %1 относится не к отправленной записи</translation>
    </message>
    <message>
        <source>a page of stream %1 for %2</source>
        <translation>страница потока %1 вместо %2</translation>
    </message>
    <message>
        <source>more items than asked for</source>
        <translation>больше элементов, чем запрошено</translation>
    </message>
    <message>
        <source>its cursor goes backwards</source>
        <translation>его курсор идёт назад</translation>
    </message>
    <message>
        <source>its items are out of sequence</source>
        <translation>его элементы идут не по порядку</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (%1). Nothing was changed on this desk.</source>
        <translation>Ответ сервера нельзя использовать (%1). На этом рабочем месте ничего не изменилось.</translation>
    </message>
    <message>
        <source>The connection to the server broke before the whole answer arrived.</source>
        <translation>Соединение с сервером оборвалось, прежде чем пришёл весь ответ.</translation>
    </message>
    <message>
        <source>the audit copy of another desk</source>
        <translation>копия журнала аудита другого рабочего места</translation>
    </message>
    <message>
        <source>the server holds entries up to %1 after %2 were sent</source>
        <translation>после отправки записей до %2 на сервере есть записи только до %1</translation>
    </message>
</context>
<context>
    <name>helpline::SyncCredentials</name>
    <message>
        <source>Reading the sync session</source>
        <translation>Чтение сеанса синхронизации</translation>
    </message>
</context>
<context>
    <name>helpline::SyncEngine</name>
    <message>
        <source>This desk&apos;s case store could not be read or written during sync: %1</source>
        <translation>Во время синхронизации не удалось прочитать или записать хранилище дел этого рабочего места: %1</translation>
    </message>
    <message>
        <source>Reading the sync log</source>
        <translation>Чтение журнала синхронизации</translation>
    </message>
</context>
<context>
    <name>helpline::SyncLogScreen</name>
    <message>
        <source>The sync log could not be read. %1</source>
        <translation>Не удалось прочитать журнал синхронизации. %1</translation>
    </message>
    <message>
        <source>Not every record was queued again</source>
        <translation>Не все записи снова поставлены в очередь</translation>
    </message>
    <message numerus="yes">
        <source>Queued to be sent again with the next sync: %n.</source>
        <translation>
            <numerusform>Поставлено в очередь на повторную отправку при следующей синхронизации: %n.</numerusform>
            <numerusform>Поставлено в очередь на повторную отправку при следующей синхронизации: %n.</numerusform>
            <numerusform>Поставлено в очередь на повторную отправку при следующей синхронизации: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued to be sent again when a counsellor or supervisor syncs on this desk: %n.</source>
        <translation>
            <numerusform>Поставлено в очередь на повторную отправку, когда на этом рабочем месте синхронизируется консультант или супервизор: %n.</numerusform>
            <numerusform>Поставлено в очередь на повторную отправку, когда на этом рабочем месте синхронизируется консультант или супервизор: %n.</numerusform>
            <numerusform>Поставлено в очередь на повторную отправку, когда на этом рабочем месте синхронизируется консультант или супервизор: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 · this desk: %2</source>
        <translation>Сервер %1 · это рабочее место: %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Ничего не требует внимания.</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: %n.</source>
        <translation>
            <numerusform>Отклонено сервером: %n.</numerusform>
            <numerusform>Отклонено сервером: %n.</numerusform>
            <numerusform>Отклонено сервером: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1. Failing to send: %2.</source>
        <translation>Отклонено сервером: %1. Не удаётся отправить: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Failing to send: %n. They are tried again by themselves.</source>
        <translation>
            <numerusform>Не удаётся отправить: %n. Повторные попытки выполняются автоматически.</numerusform>
            <numerusform>Не удаётся отправить: %n. Повторные попытки выполняются автоматически.</numerusform>
            <numerusform>Не удаётся отправить: %n. Повторные попытки выполняются автоматически.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Recent &amp;runs</source>
        <translation>Последние &amp;синхронизации</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Последние синхронизации</translation>
    </message>
    <message>
        <source>Records that need &amp;attention</source>
        <translation>&amp;Записи, требующие внимания</translation>
    </message>
    <message>
        <source>Records that need attention</source>
        <translation>Записи, требующие внимания</translation>
    </message>
    <message>
        <source>A record the server refused stays here until you send it again, after fixing what the server said. Records that failed to send are tried again by themselves.</source>
        <translation>Запись, отклонённая сервером, остаётся здесь, пока вы не исправите то, на что указал сервер, и не отправите её снова. Записи, которые не удалось отправить, отправляются повторно автоматически.</translation>
    </message>
    <message>
        <source>A record the server refused stays here until an administrator sends it again. Records that failed to send are tried again by themselves.</source>
        <translation>Запись, отклонённая сервером, остаётся здесь, пока администратор не отправит её снова. Записи, которые не удалось отправить, отправляются повторно автоматически.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Отправить снова</translation>
    </message>
    <message>
        <source>Queue the selected refused records to be sent again</source>
        <translation>Поставить выбранные отклонённые записи в очередь на повторную отправку</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
</context>
<context>
    <name>helpline::SyncMessages</name>
    <message>
        <source>A push may hold at most %1 records.</source>
        <translation>Одна отправка может содержать не более %1 записей.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once.</source>
        <translation>Параметр &quot;%1&quot; указан более одного раза.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 64 lowercase hexadecimal digits.</source>
        <translation>«%1» должно состоять из 64 шестнадцатеричных цифр в нижнем регистре.</translation>
    </message>
    <message>
        <source>An audit upload may hold at most %1 entries.</source>
        <translation>Отправка журнала аудита может содержать не более %1 записей.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be greater than the seq of the entry before it.</source>
        <translation>«%1» должно быть больше seq предыдущей записи.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given exactly when the copy is not intact.</source>
        <translation>«%1» указывается тогда и только тогда, когда копия повреждена.</translation>
    </message>
</context>
<context>
    <name>helpline::SyncRunsModel</name>
    <message>
        <source>Sign-in</source>
        <translation>При входе</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>After a save</source>
        <translation>После сохранения</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Network back</source>
        <translation>Сеть восстановлена</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Повторная попытка</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached</source>
        <translation>Нет сети: сервер недоступен</translation>
    </message>
    <message>
        <source>The server was busy</source>
        <translation>Сервер был занят</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>The server refused part of it</source>
        <translation>Сервер отклонил часть записей</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used</source>
        <translation>Ответ сервера нельзя использовать</translation>
    </message>
    <message>
        <source>The server could not be trusted</source>
        <translation>Серверу нельзя доверять</translation>
    </message>
    <message>
        <source>A problem on this desk</source>
        <translation>Проблема на этом рабочем месте</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Начато %1, завершено %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>helpline::SyncStatusText</name>
    <message>
        <source>Sign in while connected to resume sync</source>
        <translation>Войдите при наличии подключения, чтобы возобновить синхронизацию</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n запись ждёт отправки</numerusform>
            <numerusform>%n записи ждут отправки</numerusform>
            <numerusform>%n записей ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>всё отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n запись отклонена сервером</numerusform>
            <numerusform>%n записи отклонены сервером</numerusform>
            <numerusform>%n записей отклонено сервером</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Sending and receiving records now.</source>
        <translation>Сейчас идёт отправка и получение записей.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Следующая попытка: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Следующая синхронизация: %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s session receives records but does not send case records: they go when a counsellor or supervisor is signed in on this desk.</source>
        <translation>В сеансе администратора записи принимаются, но записи дел не отправляются: они уйдут, когда на этом рабочем месте войдёт консультант или супервизор.</translation>
    </message>
    <message>
        <source>Records the server refused wait in the sync log until an administrator sends them again.</source>
        <translation>Записи, отклонённые сервером, ждут в журнале синхронизации, пока администратор не отправит их снова.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Not synced yet on this desk.</source>
        <translation>На этом рабочем месте ещё не было синхронизации.</translation>
    </message>
</context>
<context>
    <name>helpline::SyncStatusWidget</name>
    <message>
        <source>Sync starts when someone signs in</source>
        <translation>Синхронизация начнётся, когда кто-нибудь войдёт</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Идёт синхронизация</translation>
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
        <translation>У категории №&#xa0;%1 нет кода.</translation>
    </message>
    <message>
        <source>The category code &quot;%1&quot; is not valid: use lower-case letters a-z, digits and underscores, starting with a letter.</source>
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
        <translation>%2: у подкатегории №&#xa0;%1 нет кода.</translation>
    </message>
    <message>
        <source>The subcategory code %1 does not start with the code of its category, &quot;%2&quot;.</source>
        <translation>Код подкатегории %1 не начинается с кода своей категории «%2».</translation>
    </message>
    <message>
        <source>The subcategory code &quot;%1&quot; is not valid: after &quot;%2&quot; use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Код подкатегории «%1» недопустим: после «%2» используйте строчные буквы a-z, цифры и знаки подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>The taxonomy file</source>
        <translation>Файл классификатора</translation>
    </message>
</context>
<context>
    <name>helpline::TaxonomyModel</name>
    <message numerus="yes">
        <source>%1 (%n chosen)</source>
        <translation>
            <numerusform>%1 (выбрано: %n)</numerusform>
            <numerusform>%1 (выбрано: %n)</numerusform>
            <numerusform>%1 (выбрано: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::TaxonomyPicker</name>
    <message>
        <source>Press Delete to remove</source>
        <translation>Нажмите Delete, чтобы удалить</translation>
    </message>
    <message>
        <source>Type to filter, for example &quot;bully&quot;</source>
        <translation>Введите текст для фильтра, например «травля»</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>Фильтр категорий</translation>
    </message>
    <message>
        <source>%1: filter</source>
        <translation>%1: фильтр</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Space chooses or removes a category</source>
        <translation>Пробел выбирает категорию или снимает выбор</translation>
    </message>
    <message>
        <source>Chosen categories</source>
        <translation>Выбранные категории</translation>
    </message>
    <message>
        <source>%1: chosen</source>
        <translation>%1: выбранное</translation>
    </message>
    <message>
        <source>Delete removes the current one</source>
        <translation>Delete удаляет текущую</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen category</source>
        <translation>Удалить выбранную категорию</translation>
    </message>
</context>
<context>
    <name>helpline::TimelineDelegate</name>
    <message>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
</context>
<context>
    <name>helpline::TimelineModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>helpline::WaitingReferralsModel</name>
    <message>
        <source>No name given</source>
        <translation>Имя не указано</translation>
    </message>
    <message>
        <source>No news since</source>
        <translation>Нет новостей с</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>helpline::WorkArea</name>
    <message>
        <source>Intake</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник служб</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Мои отзывы</translation>
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
    <name>helpline::YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Очистить ответ</translation>
    </message>
</context>
<context>
    <name>helpline::main</name>
    <message>
        <source>Counsellor and supervisor workstation for child helplines.</source>
        <translation>Рабочее место консультанта и супервизора детского телефона доверия.</translation>
    </message>
    <message>
        <source>Use the case store in &lt;folder&gt; instead of the configured one (demonstrations, tests). Also: HELPLINE_STORE.</source>
        <translation>Использовать хранилище дел в папке &lt;папка&gt; вместо настроенного (демонстрация, тесты). Также: HELPLINE_STORE.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
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
