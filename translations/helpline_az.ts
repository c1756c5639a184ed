<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>helpline::AuditLog</name>
    <message>
        <source>Verifying the audit trail</source>
        <translation>Audit jurnalının yoxlanılması</translation>
    </message>
    <message>
        <source>Audit entry %1 was removed (the next entry present is %2).</source>
        <translation>Audit qeydi %1 silinib (ondan sonra mövcud olan qeyd: %2).</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were removed or reordered.</source>
        <translation>Audit qeydi %1 %2 nömrəli qeyddən sonra gəlmir: qeydlər silinib və ya onların sırası dəyişdirilib.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>Audit qeydi %1 dəyişdirilib.</translation>
    </message>
    <message>
        <source>Audit entries after entry %1 were removed.</source>
        <translation>%1 nömrəli qeyddən sonrakı audit qeydləri silinib.</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Audit jurnalının oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::CallType</name>
    <message>
        <source>Child about themselves</source>
        <translation>Uşaq özü haqqında</translation>
    </message>
    <message>
        <source>Someone about a child</source>
        <translation>Başqası uşaq haqqında</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Səssiz zəng</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Dəstəyi asdı</translation>
    </message>
    <message>
        <source>Prank or testing</source>
        <translation>Zarafat və ya yoxlama</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>Təhqiramiz</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Səhv nömrə</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Təşəkkür</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Yalnız məlumat</translation>
    </message>
</context>
<context>
    <name>helpline::CallerRelationship</name>
    <message>
        <source>Parent</source>
        <translation>Valideyn</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Baxıcı</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nənə və ya baba</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Bacı və ya qardaş</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Digər qohum</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Dost</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Qonşu</translation>
    </message>
    <message>
        <source>Teacher or school staff</source>
        <translation>Müəllim və ya məktəb işçisi</translation>
    </message>
    <message>
        <source>Professional (social worker, doctor, police)</source>
        <translation>Mütəxəssis (sosial işçi, həkim, polis)</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>Tanımadığı şəxs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
</context>
<context>
    <name>helpline::CaseItems</name>
    <message>
        <source>There is no such case.</source>
        <translation>Belə iş tapılmadı.</translation>
    </message>
    <message>
        <source>Reading the case's notes</source>
        <translation>İşə aid qeydlərin oxunması</translation>
    </message>
    <message>
        <source>Reading the case's referrals</source>
        <translation>İşə aid yönləndirmələrin oxunması</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>Sonrakı əlaqələrin oxunması</translation>
    </message>
    <message>
        <source>Reading the case's follow-ups</source>
        <translation>İşə aid sonrakı əlaqələrin oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::CaseRecord</name>
    <message>
        <source>Unknown case status.</source>
        <translation>Naməlum iş statusu.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>Başlıq çox uzundur (ən çoxu 300 simvol).</translation>
    </message>
    <message>
        <source>A case flag is empty or too long.</source>
        <translation>İş işarələrindən biri boşdur və ya çox uzundur.</translation>
    </message>
    <message>
        <source>A note belongs to a case.</source>
        <translation>Qeyd bir işə aid olmalıdır.</translation>
    </message>
    <message>
        <source>Unknown kind of note.</source>
        <translation>Naməlum qeyd növü.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Qeyd boşdur.</translation>
    </message>
    <message>
        <source>The note is too long (at most 200,000 characters).</source>
        <translation>Qeyd çox uzundur (ən çoxu 200 000 simvol).</translation>
    </message>
    <message>
        <source>A referral belongs to a case.</source>
        <translation>Yönləndirmə bir işə aid olmalıdır.</translation>
    </message>
    <message>
        <source>Choose the service the child is referred to.</source>
        <translation>Uşağın yönləndirildiyi xidməti seçin.</translation>
    </message>
    <message>
        <source>Say why the child is referred.</source>
        <translation>Uşağın nə üçün yönləndirildiyini qeyd edin.</translation>
    </message>
    <message>
        <source>Choose how urgent the referral is.</source>
        <translation>Yönləndirmənin təcililik dərəcəsini seçin.</translation>
    </message>
    <message>
        <source>Choose how the referral is made.</source>
        <translation>Yönləndirmə üsulunu seçin.</translation>
    </message>
    <message>
        <source>Record whether the child or caller consented.</source>
        <translation>Uşağın və ya müraciət edənin razılıq verib-vermədiyini qeyd edin.</translation>
    </message>
    <message>
        <source>Say why the referral is made without consent (for example imminent danger).</source>
        <translation>Yönləndirmənin nə üçün razılıq olmadan edildiyini qeyd edin (məsələn, birbaşa təhlükə).</translation>
    </message>
    <message>
        <source>Unknown referral status.</source>
        <translation>Naməlum yönləndirmə statusu.</translation>
    </message>
    <message>
        <source>A follow-up belongs to a case.</source>
        <translation>Sonrakı əlaqə bir işə aid olmalıdır.</translation>
    </message>
    <message>
        <source>Choose when the follow-up is due.</source>
        <translation>Sonrakı əlaqənin vaxtını seçin.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Nə edilməli olduğunu qeyd edin.</translation>
    </message>
    <message>
        <source>Unknown follow-up status.</source>
        <translation>Sonrakı əlaqənin statusu naməlumdur.</translation>
    </message>
    <message>
        <source>A completed follow-up needs the time it was done.</source>
        <translation>Tamamlanmış sonrakı əlaqə üçün onun yerinə yetirildiyi vaxtı göstərin.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseRepository</name>
    <message>
        <source>Reading the case</source>
        <translation>İşin oxunması</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Belə iş tapılmadı.</translation>
    </message>
    <message>
        <source>Listing cases</source>
        <translation>İşlərin siyahısının alınması</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>İşlərin sayılması</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Waiting for closure approval</source>
        <translation>Bağlanma təsdiqini gözləyir</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStore</name>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: disk doludur. Heç nə yadda saxlanılmadı; diskdə yer boşaldın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>%1: the case store's folder %2 is read-only. Nothing was saved.</source>
        <translation>%1: işlər anbarının %2 qovluğu yalnız oxumaq üçündür. Heç nə yadda saxlanılmadı.</translation>
    </message>
    <message>
        <source>%1: the case database %2 is damaged. Stop using this desk and ask an administrator to restore it from a backup.</source>
        <translation>%1: işlər bazası %2 zədələnib. Bu iş yerindən istifadəni dayandırın və administratordan bazanı ehtiyat nüsxədən bərpa etməsini xahiş edin.</translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (it may be full, removed or failing). Nothing was saved.</source>
        <translation>%1: diskə yazmaq və ya diskdən oxumaq mümkün olmadı (disk dolu, çıxarılmış və ya nasaz ola bilər). Heç nə yadda saxlanılmadı.</translation>
    </message>
    <message>
        <source>%1 failed because of an internal error.</source>
        <translation>%1: daxili xəta səbəbindən əməliyyat yerinə yetirilmədi.</translation>
    </message>
    <message>
        <source>The case store's folder %1 is read-only.</source>
        <translation>İşlər anbarının %1 qovluğu yalnız oxumaq üçündür.</translation>
    </message>
    <message>
        <source>Opening the case store</source>
        <translation>İşlər anbarının açılması</translation>
    </message>
    <message>
        <source>The case store could not be keyed.</source>
        <translation>İşlər anbarına şifrələmə açarını tətbiq etmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation>Axtarış funksiyalarını qeydiyyata almaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>This program was built without SQLCipher; refusing to store case data unencrypted.</source>
        <translation>Bu proqram SQLCipher olmadan yığılıb; iş məlumatları şifrələnmədən saxlanılmayacaq.</translation>
    </message>
    <message>
        <source>Configuring encryption</source>
        <translation>Şifrələmənin tənzimlənməsi</translation>
    </message>
    <message>
        <source>The case database %1 is truncated and cannot be read. Restore it from a backup; nothing was changed.</source>
        <translation>İşlər bazası %1 natamamdır (faylın sonu yoxdur) və oxuna bilmir. Bazanı ehtiyat nüsxədən bərpa edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The case database %1 is damaged and cannot be read. Restore it from a backup; nothing was changed.</source>
        <translation>İşlər bazası %1 zədələnib və oxuna bilmir. Bazanı ehtiyat nüsxədən bərpa edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Hesabın oxunması</translation>
    </message>
    <message>
        <source>This account has been removed from this desk.</source>
        <translation>Bu hesab bu iş yerindən silinib.</translation>
    </message>
    <message>
        <source>Reading the store settings</source>
        <translation>Anbar parametrlərinin oxunması</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>İstifadəçi adını daxil edin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Parol ən azı 8 simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>A case store already exists in %1; it was not changed.</source>
        <translation>%1 qovluğunda artıq işlər anbarı var; o dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 qovluğunu yaratmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>The case database %1 is missing. Restore it from a backup; a new empty store is not created in its place.</source>
        <translation>İşlər bazası %1 yoxdur. Bazanı ehtiyat nüsxədən bərpa edin; onun yerinə yeni boş anbar yaradılmır.</translation>
    </message>
    <message>
        <source>This account is not on this desk.</source>
        <translation>Bu hesab bu iş yerində yoxdur.</translation>
    </message>
    <message>
        <source>The case database %1 is truncated (%2 bytes). Restore it from a backup; nothing was changed.</source>
        <translation>İşlər bazası %1 natamamdır (ölçüsü %2 bayt). Bazanı ehtiyat nüsxədən bərpa edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The case database %1 does not belong to this desk's keyring (it was replaced or copied from another desk). Nothing was changed.</source>
        <translation>İşlər bazası %1 bu iş yerinin açarlar faylına uyğun gəlmir (o, dəyişdirilib və ya başqa iş yerindən köçürülüb). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Only an administrator can add accounts.</source>
        <translation>Hesabları yalnız administrator əlavə edə bilər.</translation>
    </message>
    <message>
        <source>Only an administrator can remove accounts.</source>
        <translation>Hesabları yalnız administrator silə bilər.</translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation>Hazırda daxil olduğunuz hesabı silə bilməzsiniz.</translation>
    </message>
    <message>
        <source>Checking the case store</source>
        <translation>İşlər anbarının yoxlanılması</translation>
    </message>
</context>
<context>
    <name>helpline::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-poçt</translation>
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
        <translation>Tətbiq çatı</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Veb çat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Şəxsən gəlib</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Məktub</translation>
    </message>
</context>
<context>
    <name>helpline::Contact</name>
    <message>
        <source>Choose the channel the contact came in on.</source>
        <translation>Müraciətin daxil olduğu kanalı seçin.</translation>
    </message>
    <message>
        <source>Choose the type of contact.</source>
        <translation>Müraciətin növünü seçin.</translation>
    </message>
    <message>
        <source>The contact has no start time.</source>
        <translation>Müraciətin başlama vaxtı göstərilməyib.</translation>
    </message>
    <message>
        <source>The start time is in the future.</source>
        <translation>Başlama vaxtı gələcəkdədir.</translation>
    </message>
    <message>
        <source>The duration must be between 0 seconds and 24 hours.</source>
        <translation>Davametmə müddəti 0 saniyə ilə 24 saat arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The contact has no counsellor.</source>
        <translation>Müraciət üçün məsləhətçi göstərilməyib.</translation>
    </message>
    <message>
        <source>Unknown risk level.</source>
        <translation>Naməlum risk səviyyəsi.</translation>
    </message>
    <message>
        <source>The summary is too long (at most 100,000 characters).</source>
        <translation>Xülasə çox uzundur (ən çoxu 100 000 simvol).</translation>
    </message>
    <message>
        <source>Choose at least one reason for the contact.</source>
        <translation>Müraciətin ən azı bir səbəbini seçin.</translation>
    </message>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>Müraciətin qısa xülasəsini yazın.</translation>
    </message>
    <message>
        <source>Choose how the caller is related to the child.</source>
        <translation>Müraciət edənin uşağa kim olduğunu seçin.</translation>
    </message>
    <message>
        <source>Unknown category "%1".</source>
        <translation>Naməlum kateqoriya: “%1”.</translation>
    </message>
    <message>
        <source>Say why the contact is being corrected.</source>
        <translation>Müraciətə düzəlişin səbəbini qeyd edin.</translation>
    </message>
</context>
<context>
    <name>helpline::ContactRepository</name>
    <message>
        <source>Choose the case this contact belongs to.</source>
        <translation>Bu müraciətin aid olduğu işi seçin.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Belə iş tapılmadı.</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>Müraciətin oxunması</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Belə müraciət tapılmadı.</translation>
    </message>
    <message>
        <source>Reading the case's contacts</source>
        <translation>İşə aid müraciətlərin oxunması</translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation>Şəxs haqqında məlumatların oxunması</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Belə şəxs tapılmadı.</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Edildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edildi</translation>
    </message>
</context>
<context>
    <name>helpline::Gender</name>
    <message>
        <source>Girl</source>
        <translation>Qız</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Oğlan</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Qeyri-binar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
</context>
<context>
    <name>helpline::Keyring</name>
    <message>
        <source>There is no keyring file at %1.</source>
        <translation>%1 yolunda açarlar faylı yoxdur.</translation>
    </message>
    <message>
        <source>The keyring file %1 cannot be read: %2.</source>
        <translation>Açarlar faylı %1 oxuna bilmir: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>fayl həddən artıq böyükdür</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>fayl düzgün JSON deyil (%1)</translation>
    </message>
    <message>
        <source>it is not a Helpline keyring</source>
        <translation>bu, Helpline açarlar faylı deyil</translation>
    </message>
    <message>
        <source>its format version %1 is not supported</source>
        <translation>faylın format versiyası (%1) dəstəklənmir</translation>
    </message>
    <message>
        <source>The keyring file %1 was changed outside Helpline Workstation (its checksum does not match). Restore it from a backup.</source>
        <translation>Açarlar faylı %1 Helpline Workstation proqramından kənarda dəyişdirilib (yoxlama cəmi uyğun gəlmir). Faylı ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>it has no store id</source>
        <translation>faylda anbarın identifikatoru yoxdur</translation>
    </message>
    <message>
        <source>an account entry is incomplete</source>
        <translation>hesablardan birinin məlumatları natamamdır</translation>
    </message>
    <message>
        <source>The keyring file %1 cannot be written: %2.</source>
        <translation>Açarlar faylı %1 yazıla bilmir: %2.</translation>
    </message>
    <message>
        <source>The keyring file %1 could not be saved: %2.</source>
        <translation>Açarlar faylı %1 yadda saxlanıla bilmədi: %2.</translation>
    </message>
    <message>
        <source>Invalid key or key parameters.</source>
        <translation>Açar və ya açarın parametrləri yanlışdır.</translation>
    </message>
    <message>
        <source>This account is not on this desk.</source>
        <translation>Bu hesab bu iş yerində yoxdur.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Parol düzgün deyil.</translation>
    </message>
    <message>
        <source>An account with this name already exists on this desk.</source>
        <translation>Bu iş yerində bu adda hesab artıq mövcuddur.</translation>
    </message>
    <message>
        <source>The keyring file %1 is damaged: %2.</source>
        <translation>Açarlar faylı %1 zədələnib: %2.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Paroldan açarı əldə etmək üçün yaddaş kifayət etmir.</translation>
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
        <translation>Sistemə daxil olunmayıb</translation>
    </message>
</context>
<context>
    <name>helpline::Migrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Sxem versiyasını oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Helpline Workstation (schema %1; this version knows up to %2). Install the newer version; the store was not changed.</source>
        <translation>Bu işlər anbarı Helpline Workstation proqramının daha yeni versiyası ilə yazılıb (sxem %1; bu versiya ən çoxu %2 sxemini tanıyır). Daha yeni versiyanı quraşdırın; anbar dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Updating the case store to schema %1 failed; the store was left as it was.</source>
        <translation>İşlər anbarını %1 sxeminə yeniləmək alınmadı; anbar əvvəlki vəziyyətində qaldı.</translation>
    </message>
</context>
<context>
    <name>helpline::NoteKind</name>
    <message>
        <source>Case note</source>
        <translation>İş üzrə qeyd</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Növbə təhvili qeydi</translation>
    </message>
    <message>
        <source>Supervisor review comment</source>
        <translation>Supervayzerin rəyi</translation>
    </message>
</context>
<context>
    <name>helpline::Person</name>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Ad çox uzundur (ən çoxu 200 simvol).</translation>
    </message>
    <message>
        <source>Choose a gender from the list.</source>
        <translation>Siyahıdan cinsi seçin.</translation>
    </message>
    <message>
        <source>Choose an age from 0 to 25, over 25, unborn or unknown.</source>
        <translation>Yaşı seçin: 0-dan 25-ə qədər, 25-dən yuxarı, hələ doğulmayıb və ya naməlum.</translation>
    </message>
    <message>
        <source>Enter the caller's age in years, or leave it empty.</source>
        <translation>Müraciət edənin neçə yaşında olduğunu daxil edin və ya xananı boş saxlayın.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Doğum tarixi gələcəkdədir.</translation>
    </message>
    <message>
        <source>Enter a phone number with 5 to 15 digits, for example +994 50 123 45 67.</source>
        <translation>5–15 rəqəmdən ibarət telefon nömrəsi daxil edin, məsələn: +994 50 123 45 67.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferenceFile</name>
    <message>
        <source>English (en)</source>
        <translation>ingilis dili (en)</translation>
    </message>
    <message>
        <source>Azerbaijani (az)</source>
        <translation>azərbaycan dili (az)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>rus dili (ru)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 düzgün JSON deyil: %2 (%3-cü bayt).</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 JSON obyekti deyil.</translation>
    </message>
    <message>
        <source>%1 has the wrong format: "%2" instead of "%3".</source>
        <translation>%1 yanlış formatdadır: “%3” əvəzinə “%2”.</translation>
    </message>
    <message>
        <source>%1 has no valid version: it must be a whole number of 1 or more.</source>
        <translation>%1 düzgün versiyaya malik deyil: versiya 1 və ya daha böyük tam ədəd olmalıdır.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralMethod</name>
    <message>
        <source>By phone</source>
        <translation>Telefonla</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Məktubla</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>E-poçtla</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Müşayiət edilməklə</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralStatus</name>
    <message>
        <source>Made</source>
        <translation>Edilib</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlanıb</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>İmtina edilib</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gəlməyib</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralUrgency</name>
    <message>
        <source>Routine</source>
        <translation>Adi</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Təcili</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Fövqəladə</translation>
    </message>
</context>
<context>
    <name>helpline::Regions</name>
    <message>
        <source>%1 has no names.</source>
        <translation>%1: adlar göstərilməyib.</translation>
    </message>
    <message>
        <source>%1 has no name in %2.</source>
        <translation>%1: ad göstərilməyib (dil: %2).</translation>
    </message>
    <message>
        <source>The code %1 is used more than once.</source>
        <translation>%1 kodu bir dəfədən çox istifadə olunub.</translation>
    </message>
    <message>
        <source>The ISO code "%1" of %2 is not valid: it must look like AZ-SAK (AZ-, then one to three capital letters or digits).</source>
        <translation>ISO kodu “%1” (%2) yanlışdır: kod AZ-SAK kimi olmalıdır (AZ-, sonra birdən üçədək böyük latın hərfi və ya rəqəm).</translation>
    </message>
    <message>
        <source>The ISO code %1 is used more than once.</source>
        <translation>ISO kodu %1 bir dəfədən çox istifadə olunub.</translation>
    </message>
    <message>
        <source>A place in %1 has no code.</source>
        <translation>%1: ərazi vahidlərindən birinin kodu yoxdur.</translation>
    </message>
    <message>
        <source>The code "%1" is not valid: use letters a-z or A-Z, digits, dots, hyphens and underscores.</source>
        <translation>“%1” kodu yanlışdır: a-z və ya A-Z hərflərindən, rəqəmlərdən, nöqtələrdən, defislərdən və alt xətlərdən istifadə edin.</translation>
    </message>
    <message>
        <source>%1 has the kind "%2"; here it must be one of: %3.</source>
        <translation>%1: növ “%2” göstərilib, burada isə yalnız bunlardan biri ola bilər: %3.</translation>
    </message>
    <message>
        <source>The aliases of %1 are not a list.</source>
        <translation>%1: alternativ adlar siyahı şəklində deyil.</translation>
    </message>
    <message>
        <source>%1 has an empty alias.</source>
        <translation>%1: alternativ adlardan biri boşdur.</translation>
    </message>
    <message>
        <source>%1 has districts, but only a city can have a list of them.</source>
        <translation>%1: rayonlar göstərilib, lakin rayonların siyahısı yalnız şəhər üçün ola bilər.</translation>
    </message>
    <message>
        <source>The regions file has no economic regions.</source>
        <translation>Regionlar faylında iqtisadi rayon yoxdur.</translation>
    </message>
    <message>
        <source>Economic region number %1 has no code.</source>
        <translation>%1 nömrəli iqtisadi rayonun kodu yoxdur.</translation>
    </message>
    <message>
        <source>The economic region code "%1" is not valid: it must look like er.shaki_zagatala (er., then lower-case letters a-z, digits and underscores).</source>
        <translation>İqtisadi rayon kodu “%1” yanlışdır: kod er.shaki_zagatala kimi olmalıdır (er., sonra kiçik a-z hərfləri, rəqəmlər və alt xətlər).</translation>
    </message>
    <message>
        <source>The economic region %1 has no places.</source>
        <translation>%1 iqtisadi rayonunda ərazi vahidi yoxdur.</translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation>Ərazilər faylı</translation>
    </message>
</context>
<context>
    <name>helpline::Role</name>
    <message>
        <source>Counsellor</source>
        <translation>Məsləhətçi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervayzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>helpline::Screening</name>
    <message>
        <source>The stored screening answers are not %1 answers.</source>
        <translation>Saxlanmış skrininq cavabları %1 cavabları deyil.</translation>
    </message>
    <message>
        <source>The stored %1 answers contain an unknown question, “%2”.</source>
        <translation>Saxlanmış %1 cavablarında naməlum sual var: “%2”.</translation>
    </message>
    <message>
        <source>The stored %1 answer to question “%2” is not yes, no or refused.</source>
        <translation>“%2” sualına saxlanmış %1 cavabı “bəli”, “xeyr” və ya “imtina” deyil.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Cavab verilməyib</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Cavab verməkdən imtina etdi</translation>
    </message>
    <message>
        <source>No risk identified</source>
        <translation>Risk aşkar edilməyib</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Aşağı risk</translation>
    </message>
    <message>
        <source>Moderate risk</source>
        <translation>Orta risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Yüksək risk</translation>
    </message>
    <message>
        <source>Acute risk</source>
        <translation>Kəskin risk</translation>
    </message>
    <message>
        <source>In the past few weeks, have you wished you were dead?</source>
        <extracomment>ASQ question 1. Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask directly, in these words.</source>
        <translation>Birbaşa, məhz bu sözlərlə soruşun.</translation>
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
        <translation>Cavab bəlidirsə, necə və nə vaxt olduğunu soruşun və bunu qeydlərə yazın.</translation>
    </message>
    <message>
        <source>Are you having thoughts of killing yourself right now?</source>
        <extracomment>ASQ question 5 (acuity). Validated translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask only if the child answered yes to, or declined to answer, any of questions 1 to 4.</source>
        <translation>Yalnız uşaq 1–4-cü suallardan hər hansı birinə “bəli” cavabı veribsə və ya cavab verməkdən imtina edibsə soruşun.</translation>
    </message>
    <message>
        <source>Screen not complete</source>
        <translation>Skrininq tamamlanmayıb</translation>
    </message>
    <message>
        <source>Negative screen</source>
        <translation>Skrininqin nəticəsi mənfidir</translation>
    </message>
    <message>
        <source>Non-acute positive screen</source>
        <translation>Skrininqin nəticəsi müsbətdir (kəskin deyil)</translation>
    </message>
    <message>
        <source>Acute positive screen</source>
        <translation>Skrininqin nəticəsi müsbətdir (kəskin)</translation>
    </message>
    <message>
        <source>Have you wished you were dead or wished you could go to sleep and not wake up?</source>
        <extracomment>C-SSRS screener question 1. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Wish to be dead.</source>
        <translation>Son bir ay. Ölmək arzusu.</translation>
    </message>
    <message>
        <source>Have you actually had any thoughts of killing yourself?</source>
        <extracomment>C-SSRS screener question 2. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. If yes, ask questions 3, 4 and 5. If no, go to question 6.</source>
        <translation>Son bir ay. Cavab bəlidirsə, 3, 4 və 5-ci sualları verin. Cavab xeyrdirsə, 6-cı suala keçin.</translation>
    </message>
    <message>
        <source>Have you been thinking about how you might do this?</source>
        <extracomment>C-SSRS screener question 3. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Thoughts of a method, without a specific plan or intent to act.</source>
        <translation>Son bir ay. Konkret plan və ya hərəkət etmək niyyəti olmadan üsul barədə düşüncələr.</translation>
    </message>
    <message>
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <extracomment>C-SSRS screener question 4. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Intent to act, without a specific plan.</source>
        <translation>Son bir ay. Konkret plan olmadan hərəkət etmək niyyəti.</translation>
    </message>
    <message>
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <extracomment>C-SSRS screener question 5. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past month. Intent with a specific plan.</source>
        <translation>Son bir ay. Konkret planla birlikdə niyyət.</translation>
    </message>
    <message>
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life?</source>
        <extracomment>C-SSRS screener question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime. For example: collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn't swallow any, held a gun but changed their mind or it was grabbed from their hand, went to the roof but didn't jump; or actually took pills, tried to shoot themselves, cut themselves, tried to hang themselves.</source>
        <translation>Bütün həyatı boyu. Məsələn: həb toplayıb, silah əldə edib, qiymətli əşyalarını başqalarına paylayıb, vəsiyyətnamə və ya intihar məktubu yazıb, həbləri çıxarıb, amma udmayıb, silahı əlində tutub, amma fikrindən dönüb və ya silahı əlindən alıblar, dama çıxıb, amma tullanmayıb; yaxud həqiqətən həb qəbul edib, özünü güllələməyə cəhd edib, özünü kəsib, özünü asmağa cəhd edib.</translation>
    </message>
    <message>
        <source>Was it within the past 3 months?</source>
        <extracomment>C-SSRS screener follow-up to question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask only if the answer to question 6 was yes.</source>
        <translation>Yalnız 6-cı suala cavab “bəli” olubsa soruşun.</translation>
    </message>
</context>
<context>
    <name>helpline::SearchIndex</name>
    <message>
        <source>Searching</source>
        <translation>Axtarış</translation>
    </message>
</context>
<context>
    <name>helpline::StoreError</name>
    <message>
        <source>Some fields need attention; nothing was saved.</source>
        <translation>Bəzi sahələrə diqqət yetirin; heç nə yadda saxlanılmadı.</translation>
    </message>
</context>
<context>
    <name>helpline::Taxonomy</name>
    <message>
        <source>The entry %1 has no labels.</source>
        <translation>%1 elementi üçün adlar göstərilməyib.</translation>
    </message>
    <message>
        <source>The entry %1 has no label in %2.</source>
        <translation>%1 elementi üçün ad göstərilməyib (dil: %2).</translation>
    </message>
    <message>
        <source>The taxonomy has no categories.</source>
        <translation>Təsnifatda kateqoriya yoxdur.</translation>
    </message>
    <message>
        <source>Category number %1 has no code.</source>
        <translation>%1 nömrəli kateqoriyanın kodu yoxdur.</translation>
    </message>
    <message>
        <source>The category code "%1" is not valid: use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Kateqoriya kodu “%1” yanlışdır: kiçik a-z hərflərindən, rəqəmlərdən və alt xətlərdən istifadə edin; kod hərflə başlamalıdır.</translation>
    </message>
    <message>
        <source>The code %1 is used more than once.</source>
        <translation>%1 kodu bir dəfədən çox istifadə olunub.</translation>
    </message>
    <message>
        <source>The subcategories of %1 are not a list.</source>
        <translation>%1: alt kateqoriyalar siyahı şəklində deyil.</translation>
    </message>
    <message>
        <source>Subcategory number %1 of %2 has no code.</source>
        <translation>%2: %1 nömrəli alt kateqoriyanın kodu yoxdur.</translation>
    </message>
    <message>
        <source>The subcategory code %1 does not start with the code of its category, "%2".</source>
        <translation>Alt kateqoriya kodu %1 öz kateqoriyasının kodu (“%2”) ilə başlamır.</translation>
    </message>
    <message>
        <source>The subcategory code "%1" is not valid: after "%2" use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Alt kateqoriya kodu “%1” yanlışdır: “%2” hissəsindən sonra kiçik a-z hərflərindən, rəqəmlərdən və alt xətlərdən istifadə edin; bu hissə hərflə başlamalıdır.</translation>
    </message>
    <message>
        <source>The taxonomy file</source>
        <translation>Təsnifat faylı</translation>
    </message>
</context>
<context>
    <name>helpline::WriteTransaction</name>
    <message>
        <source>The case store is closed.</source>
        <translation>İşlər anbarı bağlıdır.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Yadda saxlama</translation>
    </message>
</context>
<context>
    <name>helpline::records</name>
    <message>
        <source>This record was changed by someone else in the meantime. Reopen it to see the latest version; nothing was saved.</source>
        <translation>Bu yazı bu arada başqa istifadəçi tərəfindən dəyişdirilib. Son versiyanı görmək üçün onu yenidən açın; heç nə yadda saxlanılmadı.</translation>
    </message>
</context>
</TS>
