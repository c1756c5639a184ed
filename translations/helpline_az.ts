<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>SyncMessages</name>
    <message>
        <source>The escrow key is not 32 bytes of base64.</source>
        <translation>Açar deposu açarı base64 ilə 32 bayt deyil.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Naməlum rol.</translation>
    </message>
</context>
<context>
    <name>helpline::AccessPolicy</name>
    <message>
        <source>This case belongs to another office.</source>
        <translation>Bu iş başqa ofisə aiddir.</translation>
    </message>
    <message>
        <source>This case is not assigned to you. Ask a supervisor to assign it to you if you need to work on it.</source>
        <translation>Bu iş sizə təyin edilməyib. Onunla işləməlisinizsə, supervayzerdən onu sizə təyin etməsini xahiş edin.</translation>
    </message>
    <message>
        <source>An administrator reads case content only with a stated reason.</source>
        <translation>Administrator işin məzmununu yalnız səbəb göstərməklə oxuyur.</translation>
    </message>
</context>
<context>
    <name>helpline::AcuteAlertBar</name>
    <message>
        <source>The alerts could not be read again. %1</source>
        <translation>Xəbərdarlıqları yenidən oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved. %1</source>
        <translation>Qəbul etmə qeydini yadda saxlamaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>İşi aç</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Qəbul et</translation>
    </message>
    <message>
        <source>This desk has no sound device: the alert is silent here. Keep an eye on this bar.</source>
        <translation>Bu iş yerində səs qurğusu yoxdur: xəbərdarlıq burada səssizdir. Bu zolağı izləyin.</translation>
    </message>
    <message>
        <source>Acute risk: %1 spoke with a child at %2 (case %3). A supervisor must look at it now.</source>
        <translation>Kəskin risk: %1 uşaqla danışıb (%2, iş %3). Supervayzer buna indi baxmalıdır.</translation>
    </message>
    <message numerus="yes">
        <source>%n more acute-risk contact(s) wait.</source>
        <translation>
            <numerusform>Kəskin riskli daha %n müraciət gözləyir.</numerusform>
            <numerusform>Kəskin riskli daha %n müraciət gözləyir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::AcuteBanner</name>
    <message>
        <source>Stay on the line with the child.</source>
        <translation>Uşaqla danışmağa davam edin, xətti kəsməyin.</translation>
    </message>
    <message>
        <source>Do not leave the child alone: ask where they are and who is with them.</source>
        <translation>Uşağı tək qoymayın: harada olduğunu və yanında kimin olduğunu soruşun.</translation>
    </message>
    <message>
        <source>Emergency referral: call 112 (emergency), 103 (ambulance) or 102 (police).</source>
        <translation>Təcili yönləndirmə: 112 (fövqəladə hallar), 103 (təcili tibbi yardım) və ya 102 (polis) nömrəsinə zəng edin.</translation>
    </message>
    <message>
        <source>Tell your supervisor now.</source>
        <translation>Dərhal supervayzerinizə xəbər verin.</translation>
    </message>
    <message>
        <source>Acute risk: follow the emergency protocol now</source>
        <translation>Kəskin risk: dərhal təcili müdaxilə protokoluna əməl edin</translation>
    </message>
    <message>
        <source>Emergency protocol: acute risk</source>
        <translation>Təcili müdaxilə protokolu: kəskin risk</translation>
    </message>
</context>
<context>
    <name>helpline::AppController</name>
    <message>
        <source>A case store already exists in %1. Sign in to it.</source>
        <translation>%1 qovluğunda artıq işlər anbarı var. Ona daxil olun.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Həddən artıq yanlış parol daxil edilib. %n saniyədən sonra yenidən cəhd edə bilərsiniz.</numerusform>
            <numerusform>Həddən artıq yanlış parol daxil edilib. %n saniyədən sonra yenidən cəhd edə bilərsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone is already signed in.</source>
        <translation>Artıq kimsə sistemə daxil olub.</translation>
    </message>
    <message>
        <source>The workstation is not locked.</source>
        <translation>İş yeri kilidli deyil.</translation>
    </message>
    <message>
        <source>The keyring of this desk was replaced while it was locked. Sign out and sign in again.</source>
        <translation>İş yeri kilidli olarkən onun açarlar faylı dəyişdirilib. Sistemdən çıxın və yenidən daxil olun.</translation>
    </message>
    <message>
        <source>Unsaved case note</source>
        <translation>Yadda saxlanılmamış qeyd</translation>
    </message>
    <message>
        <source>A case note you are writing is not saved. Discard it and sign out?</source>
        <translation>Yazdığınız qeyd yadda saxlanılmayıb. Qeyd silinsin və sistemdən çıxılsın?</translation>
    </message>
    <message>
        <source>A sign-in is being checked with the server. Wait for it.</source>
        <translation>Giriş serverdə yoxlanılır. Bir az gözləyin.</translation>
    </message>
    <message>
        <source>This account is no longer on this desk.</source>
        <translation>Bu hesab artıq bu iş yerində yoxdur.</translation>
    </message>
    <message>
        <source>There is no account with this user name on this desk.</source>
        <translation>Bu iş yerində bu istifadəçi adı ilə hesab yoxdur.</translation>
    </message>
    <message>
        <source>This account is not on this desk yet, and the desk&apos;s server settings cannot be used: %1</source>
        <translation>Bu hesab hələ bu iş yerində yoxdur, iş yerinin server ayarlarından isə istifadə etmək mümkün deyil: %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the desk&apos;s server settings cannot be used to check a new one: %1</source>
        <translation>Parol bu iş yeri üçün düzgün deyil, yeni parolu yoxlamaq üçün isə iş yerinin server ayarlarından istifadə etmək mümkün deyil: %1</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Parol düzgün deyil.</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the helpline server did not accept it either. %1</source>
        <translation>Parol bu iş yeri üçün düzgün deyil, qaynar xəttin serveri də onu qəbul etmədi. %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk, and the helpline server could not check it now. %1</source>
        <translation>Parol bu iş yeri üçün düzgün deyil, qaynar xəttin serveri isə hazırda onu yoxlaya bilmədi. %1</translation>
    </message>
    <message>
        <source>The password is not correct for this desk. A password changed on the helpline server works here only once the desk reaches the server. %1</source>
        <translation>Parol bu iş yeri üçün düzgün deyil. Qaynar xəttin serverində dəyişdirilmiş parol burada yalnız iş yeri serverlə əlaqə qurduqdan sonra işləyir. %1</translation>
    </message>
    <message>
        <source>This account is not on this desk yet. Its first sign-in needs a connection to the helpline server. %1</source>
        <translation>Bu hesab hələ bu iş yerində yoxdur. İlk dəfə daxil olmaq üçün qaynar xəttin serveri ilə əlaqə lazımdır. %1</translation>
    </message>
</context>
<context>
    <name>helpline::AssignEditor</name>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Heç kim (həvalə edilməyib)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>İşin həvalə edilməsi</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>&amp;Məsləhətçi</translation>
    </message>
    <message>
        <source>Counsellor to assign</source>
        <translation>İşin həvalə ediləcəyi məsləhətçi</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Həvalə et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>helpline::AttachmentRepository</name>
    <message>
        <source>An attachment belongs to a case.</source>
        <translation>Qoşma bir işə aid olmalıdır.</translation>
    </message>
    <message>
        <source>The file needs a name of at most 255 characters.</source>
        <translation>Faylın adı olmalıdır və ad 255 simvoldan uzun olmamalıdır.</translation>
    </message>
    <message>
        <source>The file is empty or larger than 20 MB.</source>
        <translation>Fayl boşdur və ya 20 MB-dan böyükdür.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Belə iş tapılmadı.</translation>
    </message>
    <message>
        <source>Reading attachments</source>
        <translation>Qoşmaların oxunması</translation>
    </message>
    <message>
        <source>Reading an attachment</source>
        <translation>Qoşmanın oxunması</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Belə qoşma tapılmadı.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditExport</name>
    <message>
        <source>The audit trail could not be written to the file: %1</source>
        <translation>Audit jurnalını fayla yazmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The file to export to is not open for writing.</source>
        <translation>İxrac üçün fayl yazmaq üçün açılmayıb.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditLog</name>
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
    <message>
        <source>Only supervisors and administrators can read the audit trail.</source>
        <translation>Audit jurnalını yalnız supervayzerlər və administratorlar oxuya bilər.</translation>
    </message>
</context>
<context>
    <name>helpline::AuditScreen</name>
    <message>
        <source>Sign-ins, locks and sign-outs</source>
        <translation>Daxilolmalar, kilidləmələr və çıxışlar</translation>
    </message>
    <message>
        <source>Refusals and openings with a reason</source>
        <translation>Girişin rədd edilməsi və səbəb göstərilərək açılışlar</translation>
    </message>
    <message>
        <source>Everything done to cases</source>
        <translation>İşlərlə bağlı bütün əməliyyatlar</translation>
    </message>
    <message>
        <source>Changes to accounts</source>
        <translation>Hesablarda dəyişikliklər</translation>
    </message>
    <message>
        <source>Readings and exports of the trail</source>
        <translation>Jurnalın oxunması və ixracı</translation>
    </message>
    <message>
        <source>Review decisions and requests</source>
        <translation>Yoxlama qərarları və sorğuları</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Serverlə sinxronizasiya</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>Audit jurnalını oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>There is no case numbered %1 on this desk.</source>
        <translation>Bu iş yerində %1 nömrəli iş yoxdur.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Bu filtrlərə uyğun qeyd yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln matching entries are shown.</source>
        <translation>
            <numerusform>Uyğun gələn ən yeni %Ln qeyd göstərilir.</numerusform>
            <numerusform>Uyğun gələn ən yeni %Ln qeyd göstərilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching entries are shown.</source>
        <translation>
            <numerusform>Uyğun gələn bütün %Ln qeyd göstərilir.</numerusform>
            <numerusform>Uyğun gələn bütün %Ln qeyd göstərilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be verified. %1</source>
        <translation>Audit jurnalını yoxlamaq mümkün olmadı. %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Audit jurnalı bütövdür: %Ln qeyd yoxlanıldı.</numerusform>
            <numerusform>Audit jurnalı bütövdür: %Ln qeyd yoxlanıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is damaged: %1 Entries from there on may not be as they were written.</source>
        <translation>Audit jurnalı zədələnib: %1 Həmin yerdən etibarən qeydlər ilkin yazıldığı kimi olmaya bilər.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 faylına yazmaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>The audit trail was not exported. %1</source>
        <translation>Audit jurnalı ixrac edilmədi. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <translation>
            <numerusform>%Ln qeyd %1 faylına ixrac edildi.</numerusform>
            <numerusform>%Ln qeyd %1 faylına ixrac edildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit jurnalını ixrac et</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>İstənilən hesab</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>İstənilən əməliyyat</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Yenidən yoxla</translation>
    </message>
    <message>
        <source>Check every entry of the audit trail against its hash chain</source>
        <translation>Audit jurnalının hər qeydini heş zəncirinə əsasən yoxla</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV-yə &amp;ixrac et…</translation>
    </message>
    <message>
        <source>Save every entry matching the filters as a CSV file</source>
        <translation>Filtrlərə uyğun bütün qeydləri CSV faylı kimi saxla</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Hesab</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Hesab filtri</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ə&amp;məliyyat</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Əməliyyat filtri</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>İş &amp;nömrəsi</translation>
    </message>
    <message>
        <source>Case number filter</source>
        <translation>İş nömrəsi filtri</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>İstənilən iş</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Tarixdən</translation>
    </message>
    <message>
        <source>Only entries from a date</source>
        <translation>Yalnız müəyyən tarixdən başlayan qeydlər</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Tarixə&amp;dək</translation>
    </message>
    <message>
        <source>Only entries until a date</source>
        <translation>Yalnız müəyyən tarixədək olan qeydlər</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Filtrləri &amp;sıfırla</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Qeydlər, əvvəlcə ən yeniləri</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit jurnalının qeydləri</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Daha çox yük&amp;lə</translation>
    </message>
    <message>
        <source>Show the next older entries</source>
        <translation>Növbəti, daha köhnə qeydləri göstər</translation>
    </message>
    <message>
        <source>No copy of this trail has reached the helpline server yet: it is sent with each sync.</source>
        <translation>Bu jurnalın surəti hələ qaynar xəttin serverinə çatmayıb: o, hər sinxronizasiya ilə göndərilir.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this trail shows a problem at entry %1 (checked %2): %3</source>
        <translation>Bu jurnalın serverdəki surətində %1 nömrəli qeyddə problem var (yoxlanılıb: %2): %3</translation>
    </message>
    <message>
        <source>The server holds this desk&apos;s entries up to entry %1, but the desk has only %2: entries were removed from this desk.</source>
        <translation>Serverdə bu iş yerinin %1 nömrəli qeydə qədər qeydləri var, iş yerində isə yalnız %2: qeydlər bu iş yerindən silinib.</translation>
    </message>
    <message>
        <source>The server&apos;s copy is intact up to entry %1 (checked %2).</source>
        <translation>Serverdəki surət %1 nömrəli qeydə qədər zədəsizdir (yoxlanılıb: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries go with the next sync.</source>
        <translation>
            <numerusform>%Ln yeni qeyd növbəti sinxronizasiya ilə göndəriləcək.</numerusform>
            <numerusform>%Ln yeni qeyd növbəti sinxronizasiya ilə göndəriləcək.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail… %1 of %2 entries</source>
        <translation>Audit jurnalı yoxlanılır… %2 qeyddən %1</translation>
    </message>
</context>
<context>
    <name>helpline::AuditTrailModel</name>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation>Qeyd %1, %2 (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>İş %1</translation>
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
        <translation>Girişə icazə verilmədi</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Hesab əlavə edildi</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>Öz parolu dəyişdirildi</translation>
    </message>
    <message>
        <source>Removed an account</source>
        <translation>Hesab silindi</translation>
    </message>
    <message>
        <source>Acknowledged an acute-risk alert</source>
        <translation>Kəskin risk xəbərdarlığı qəbul edildi</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Fayl qoşuldu</translation>
    </message>
    <message>
        <source>Opened an attachment</source>
        <translation>Qoşma açıldı</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Audit jurnalı ixrac edildi</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Audit jurnalı oxundu</translation>
    </message>
    <message>
        <source>Assigned a case</source>
        <translation>İş təyin edildi</translation>
    </message>
    <message>
        <source>Settled a conflict between two desks</source>
        <translation>İki iş yeri arasındakı ziddiyyət həll edildi</translation>
    </message>
    <message>
        <source>Opened a new case</source>
        <translation>Yeni iş açıldı</translation>
    </message>
    <message>
        <source>Changed a case&apos;s status</source>
        <translation>İşin statusu dəyişdirildi</translation>
    </message>
    <message>
        <source>Changed a case</source>
        <translation>İş dəyişdirildi</translation>
    </message>
    <message>
        <source>Viewed a case</source>
        <translation>İşə baxıldı</translation>
    </message>
    <message>
        <source>Recorded a contact</source>
        <translation>Müraciət qeydə alındı</translation>
    </message>
    <message>
        <source>Viewed a contact</source>
        <translation>Müraciətə baxıldı</translation>
    </message>
    <message>
        <source>Discarded an intake draft</source>
        <translation>Qeydiyyat qaralaması silindi</translation>
    </message>
    <message>
        <source>Cancelled a follow-up</source>
        <translation>Təkrar əlaqə ləğv edildi</translation>
    </message>
    <message>
        <source>Completed a follow-up</source>
        <translation>Təkrar əlaqə tamamlandı</translation>
    </message>
    <message>
        <source>Planned a follow-up</source>
        <translation>Təkrar əlaqə planlaşdırıldı</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Qeyd yazıldı</translation>
    </message>
    <message>
        <source>Recorded a person</source>
        <translation>Şəxs qeydə alındı</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Yönləndirmə edildi</translation>
    </message>
    <message>
        <source>Changed a referral&apos;s status</source>
        <translation>Yönləndirmənin vəziyyəti dəyişdirildi</translation>
    </message>
    <message>
        <source>Approved in review</source>
        <translation>Yoxlamada təsdiqləndi</translation>
    </message>
    <message>
        <source>Asked for a review</source>
        <translation>Yoxlama istənildi</translation>
    </message>
    <message>
        <source>Returned in review</source>
        <translation>Yoxlamada geri qaytarıldı</translation>
    </message>
    <message>
        <source>Wrong passwords before signing in</source>
        <translation>Daxil olmazdan əvvəl yanlış parollar</translation>
    </message>
    <message>
        <source>Locked the desk</source>
        <translation>İş yeri kilidləndi</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sistemə daxil olundu</translation>
    </message>
    <message>
        <source>Signed in through the server</source>
        <translation>Server vasitəsilə daxil olundu</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sistemdən çıxış edildi</translation>
    </message>
    <message>
        <source>Unlocked the desk</source>
        <translation>İş yerinin kilidi açıldı</translation>
    </message>
    <message>
        <source>Created the case store</source>
        <translation>İşlər anbarı yaradıldı</translation>
    </message>
    <message>
        <source>Received records from the server</source>
        <translation>Serverdən qeydlər alındı</translation>
    </message>
    <message>
        <source>Sent records to the server</source>
        <translation>Qeydlər serverə göndərildi</translation>
    </message>
    <message>
        <source>Queued a refused record again</source>
        <translation>Rədd edilmiş qeyd yenidən növbəyə qoyuldu</translation>
    </message>
    <message>
        <source>Began a server session</source>
        <translation>Server seansı başladıldı</translation>
    </message>
    <message>
        <source>Ended a server session</source>
        <translation>Server seansı başa çatdırıldı</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Qoşma</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>İş hadisəsi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>Intake draft</source>
        <translation>Qeydiyyat qaralaması</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Təkrar əlaqə</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Yönləndirmə</translation>
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
    <name>helpline::CaseFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Bağlı olmayanlar</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>İstənilən risk</translation>
    </message>
    <message>
        <source>High or acute</source>
        <translation>Yüksək və ya kəskin</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Skrininq aparılmayıb</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>İstənilən kateqoriya</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>İstənilən region</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>İstənilən vaxt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>Son 7 gündə</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>Son 30 gündə</translation>
    </message>
    <message>
        <source>In the last 12 months</source>
        <translation>Son 12 ayda</translation>
    </message>
    <message>
        <source>Between chosen dates…</source>
        <translation>Seçilmiş tarixlər arasında…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filtri</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Risk filtri</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;teqoriya</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kateqoriya filtri</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Region filtri</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>&amp;Mənə həvalə edilənlər</translation>
    </message>
    <message>
        <source>Only cases assigned to me</source>
        <translation>Yalnız mənə həvalə edilmiş işlər</translation>
    </message>
    <message>
        <source>Last &amp;contact</source>
        <translation>Son müra&amp;ciət</translation>
    </message>
    <message>
        <source>When the last contact was</source>
        <translation>Son müraciətin vaxtı</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;başlanğıc</translation>
    </message>
    <message>
        <source>Last contact from</source>
        <translation>Son müraciət, dövrün başlanğıcı</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>so&amp;n</translation>
    </message>
    <message>
        <source>Last contact until</source>
        <translation>Son müraciət, dövrün sonu</translation>
    </message>
    <message>
        <source>Cl&amp;ear filters</source>
        <translation>&amp;Filtrləri təmizlə</translation>
    </message>
</context>
<context>
    <name>helpline::CaseItems</name>
    <message>
        <source>There is no such case.</source>
        <translation>Belə iş tapılmadı.</translation>
    </message>
    <message>
        <source>Reading the case&apos;s notes</source>
        <translation>İşə aid qeydlərin oxunması</translation>
    </message>
    <message>
        <source>Reading the case&apos;s referrals</source>
        <translation>İşə aid yönləndirmələrin oxunması</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>Təkrar əlaqələrin oxunması</translation>
    </message>
    <message>
        <source>Reading the case&apos;s follow-ups</source>
        <translation>İşə aid təkrar əlaqələrin oxunması</translation>
    </message>
    <message>
        <source>The corrected note is not a note of this case.</source>
        <translation>Düzəliş edilən qeyd bu işə aid deyil.</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Qeydin oxunması</translation>
    </message>
    <message>
        <source>There is no such note.</source>
        <translation>Belə qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Reading a referral</source>
        <translation>Yönləndirmənin oxunması</translation>
    </message>
    <message>
        <source>There is no such referral.</source>
        <translation>Belə yönləndirmə yoxdur.</translation>
    </message>
    <message>
        <source>Reading a follow-up</source>
        <translation>Təkrar əlaqənin oxunması</translation>
    </message>
    <message>
        <source>There is no such follow-up.</source>
        <translation>Belə təkrar əlaqə yoxdur.</translation>
    </message>
    <message>
        <source>Reading referrals</source>
        <translation>Yönləndirmələrin oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::CaseLinkDialog</name>
    <message>
        <source>Save the contact to a case</source>
        <translation>Müraciətin işə əlavə edilməsi</translation>
    </message>
    <message>
        <source>Which case does this contact belong to? A new child gets a new case; press Enter to open one.</source>
        <translation>Bu müraciət hansı işə aiddir? Yeni uşaq üçün yeni iş açılır; yeni iş açmaq üçün Enter düyməsini basın.</translation>
    </message>
    <message>
        <source>Open a &amp;new case</source>
        <translation>&amp;Yeni iş aç</translation>
    </message>
    <message>
        <source>Link to an &amp;existing case</source>
        <translation>&amp;Mövcud işə əlavə et</translation>
    </message>
    <message>
        <source>Find a &amp;case (case number, phone or child&apos;s name):</source>
        <translation>İş a&amp;xtar (iş nömrəsi, telefon və ya uşağın adı):</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>İş axtar</translation>
    </message>
    <message>
        <source>2026-7F3A-00012, 050 123 45 67, Aysel</source>
        <translation>2026-7F3A-00012, 050 123 45 67, Aysel</translation>
    </message>
    <message>
        <source>Cases &amp;found:</source>
        <translation>&amp;Tapılan işlər:</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Tapılan işlər</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Müraciəti yadda &amp;saxla</translation>
    </message>
    <message>
        <source>&amp;Back to the intake</source>
        <translation>Qeydiyyata &amp;qayıt</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(ad göstərilməyib)</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>son müraciət: %1</translation>
    </message>
    <message>
        <source>No case found.</source>
        <translation>Heç bir iş tapılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n iş tapıldı.</numerusform>
            <numerusform>%n iş tapıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::CaseListIndex</name>
    <message>
        <source>Preparing the case list failed.</source>
        <translation>İşlərin siyahısını hazırlamaq alınmadı.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseListModel</name>
    <message>
        <source>No name given</source>
        <translation>Ad göstərilməyib</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Həvalə edilməyib</translation>
    </message>
    <message>
        <source>Flagged for supervisor attention</source>
        <translation>Supervayzerin diqqəti üçün işarələnib</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Uşaq</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Məsləhətçi</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Son müraciət</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Təkrar əlaqə</translation>
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
        <translation>Qeyd çox uzundur (ən çoxu 200&#xa0;000 simvol).</translation>
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
        <translation>Təkrar əlaqə bir işə aid olmalıdır.</translation>
    </message>
    <message>
        <source>Choose when the follow-up is due.</source>
        <translation>Təkrar əlaqənin vaxtını seçin.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Nə edilməli olduğunu qeyd edin.</translation>
    </message>
    <message>
        <source>Unknown follow-up status.</source>
        <translation>Təkrar əlaqənin statusu naməlumdur.</translation>
    </message>
    <message>
        <source>A completed follow-up needs the time it was done.</source>
        <translation>Tamamlanmış təkrar əlaqə üçün onun yerinə yetirildiyi vaxtı göstərin.</translation>
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
    <message>
        <source>Say why the case is closed.</source>
        <translation>İşin nə üçün bağlandığını qeyd edin.</translation>
    </message>
    <message>
        <source>Unknown case status.</source>
        <translation>Naməlum iş statusu.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 2,000 characters).</source>
        <translation>Səbəb çox uzundur (ən çoxu 2000 simvol).</translation>
    </message>
    <message>
        <source>Choose an active account of this desk.</source>
        <translation>Bu iş yerinin aktiv hesablarından birini seçin.</translation>
    </message>
    <message>
        <source>Finding a case</source>
        <translation>İşin axtarılması</translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation>Hesabların oxunması</translation>
    </message>
    <message>
        <source>Reading the case&apos;s history</source>
        <translation>İşin tarixçəsinin oxunması</translation>
    </message>
    <message>
        <source>Reading a case event</source>
        <translation>İş hadisəsinin oxunması</translation>
    </message>
    <message>
        <source>There is no such case event.</source>
        <translation>Belə iş hadisəsi yoxdur.</translation>
    </message>
    <message>
        <source>Write why you open this case (at least %1 characters, at most 2,000).</source>
        <translation>Bu işi niyə açdığınızı yazın (ən azı %1, ən çoxu 2000 simvol).</translation>
    </message>
    <message>
        <source>In this office a supervisor approves every closure. Choose &quot;Waiting for closure approval&quot; and say why the case can close.</source>
        <translation>Bu ofisdə hər bağlanmanı supervayzer təsdiqləyir. &quot;Bağlanmanın təsdiqi gözlənilir&quot; vəziyyətini seçin və işin niyə bağlana biləcəyini yazın.</translation>
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
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Xidmətə yönləndirilib</translation>
    </message>
</context>
<context>
    <name>helpline::CaseStore</name>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: disk doludur. Heç nə yadda saxlanılmadı; diskdə yer boşaldın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>%1: the case store&apos;s folder %2 is read-only. Nothing was saved.</source>
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
        <source>The case store&apos;s folder %1 is read-only.</source>
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
        <source>The case database %1 does not belong to this desk&apos;s keyring (it was replaced or copied from another desk). Nothing was changed.</source>
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
    <message>
        <source>The server&apos;s account id is not a valid id.</source>
        <translation>Serverin hesab identifikatoru düzgün deyil.</translation>
    </message>
    <message>
        <source>The server&apos;s account is not valid.</source>
        <translation>Serverin hesabı düzgün deyil.</translation>
    </message>
</context>
<context>
    <name>helpline::CaseTimeline</name>
    <message>
        <source>Correction of an earlier note</source>
        <translation>Əvvəlki qeydə düzəliş</translation>
    </message>
    <message>
        <source>Referral to %1 (%2)</source>
        <translation>Yönləndirmə: %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Təkrar əlaqə planlaşdırıldı</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Təkrar əlaqə yerinə yetirildi</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>Təkrar əlaqə ləğv edildi</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Case unassigned</source>
        <translation>İşin həvaləsi ləğv edildi</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Həvalə edildi: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Həvalə edilən şəxs</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk səviyyəsi</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>İşarələr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Restricted access</source>
        <translation>Məhdud giriş</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Yerinə yetirilmə vaxtı</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Yerinə yetirən</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Təcililik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Conflicting edits to a referral: %1</source>
        <translation>Yönləndirmədə ziddiyyətli dəyişikliklər: %1</translation>
    </message>
    <message>
        <source>Conflicting edits to a follow-up: %1</source>
        <translation>Təkrar əlaqədə ziddiyyətli dəyişikliklər: %1</translation>
    </message>
    <message>
        <source>Conflicting edits to a person: %1</source>
        <translation>Şəxs haqqında məlumatlarda ziddiyyətli dəyişikliklər: %1</translation>
    </message>
    <message>
        <source>Conflicting edits: %1</source>
        <translation>Ziddiyyətli dəyişikliklər: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
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
        <source>Kept: %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>Kept: %1 (changed %2)</source>
        <translation>Saxlanıldı: %1 (dəyişdirilib: %2)</translation>
    </message>
    <message>
        <source>Lost: %1 (changed %2)</source>
        <translation>Saxlanılmadı: %1 (dəyişdirilib: %2)</translation>
    </message>
    <message>
        <source>Review asked for</source>
        <translation>Yoxlama istənilib</translation>
    </message>
    <message>
        <source>Opening approved by a supervisor</source>
        <translation>Açılma supervayzer tərəfindən təsdiqlənib</translation>
    </message>
    <message>
        <source>Opening questioned by a supervisor</source>
        <translation>Açılma supervayzer tərəfindən sual altına alınıb</translation>
    </message>
    <message>
        <source>Acute-risk alert acknowledged</source>
        <translation>Kəskin risk xəbərdarlığı qəbul edilib</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Bağlanma təsdiqlənib</translation>
    </message>
    <message>
        <source>Contact approved</source>
        <translation>Müraciət təsdiqlənib</translation>
    </message>
    <message>
        <source>Case approved</source>
        <translation>İş təsdiqlənib</translation>
    </message>
    <message>
        <source>Closure not approved</source>
        <translation>Bağlanma təsdiqlənməyib</translation>
    </message>
    <message>
        <source>Contact returned</source>
        <translation>Müraciət geri qaytarılıb</translation>
    </message>
    <message>
        <source>Case returned</source>
        <translation>İş geri qaytarılıb</translation>
    </message>
    <message>
        <source>Restricted case opened (break glass)</source>
        <translation>Məhdud iş açılıb (təcili giriş)</translation>
    </message>
    <message>
        <source>Opened by an administrator</source>
        <translation>Administrator tərəfindən açılıb</translation>
    </message>
    <message>
        <source>Opened with a reason</source>
        <translation>Səbəb göstərilməklə açılıb</translation>
    </message>
</context>
<context>
    <name>helpline::CaseView</name>
    <message>
        <source>Needs supervisor attention</source>
        <translation>Supervayzerin diqqəti tələb olunur</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Yoxlanılmalıdır</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Yadda saxlanılmamış mətn</translation>
    </message>
    <message>
        <source>What you typed in case %1 is not saved. Discard it and open the other case?</source>
        <translation>%1 nömrəli işdə yazdıqlarınız yadda saxlanılmayıb. Onlar silinsin və digər iş açılsın?</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>İşi açmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>What you typed is not saved. Discard it and leave the case?</source>
        <translation>Yazdıqlarınız yadda saxlanılmayıb. Onlar silinsin və işin səhifəsindən çıxılsın?</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Qeydə düzəliş</translation>
    </message>
    <message>
        <source>Choose the note to correct in the timeline first.</source>
        <translation>Əvvəlcə xronologiyada düzəliş ediləcək qeydi seçin.</translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation>Təkrar əlaqənin tamamlanması</translation>
    </message>
    <message>
        <source>Choose an open follow-up in the timeline first.</source>
        <translation>Əvvəlcə xronologiyada açıq təkrar əlaqəni seçin.</translation>
    </message>
    <message>
        <source>The follow-up was not completed</source>
        <translation>Təkrar əlaqə tamamlanmadı</translation>
    </message>
    <message>
        <source>This follow-up is no longer open.</source>
        <translation>Bu təkrar əlaqə artıq açıq deyil.</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Qeyd yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Status dəyişdirilmədi</translation>
    </message>
    <message>
        <source>The case was not assigned</source>
        <translation>İş həvalə edilmədi</translation>
    </message>
    <message>
        <source>The follow-up was not added</source>
        <translation>Təkrar əlaqə əlavə edilmədi</translation>
    </message>
    <message>
        <source>What you typed is not saved. Discard it?</source>
        <translation>Yazdıqlarınız yadda saxlanılmayıb. Onlar silinsin?</translation>
    </message>
    <message>
        <source>The list of counsellors could not be read</source>
        <translation>Məsləhətçilərin siyahısını oxumaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Case number %1</source>
        <translation>İş nömrəsi %1</translation>
    </message>
    <message>
        <source>Child&apos;s name not given</source>
        <translation>Uşağın adı göstərilməyib</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Həvalə edilməyib</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>Məsləhətçi: %1</translation>
    </message>
    <message>
        <source>The timeline could not be read. %1</source>
        <translation>Xronologiyanı oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this case yet.</source>
        <translation>Bu işdə hələ heç nə qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>İşlər siyahısına &amp;qayıt</translation>
    </message>
    <message>
        <source>Back to the case list (Escape)</source>
        <translation>İşlər siyahısına qayıt (Escape)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Qeyd əlavə &amp;et</translation>
    </message>
    <message>
        <source>Write a note in this case. Ctrl+Enter saves it.</source>
        <translation>Bu işə qeyd yazın. Ctrl+Enter qeydi yadda saxlayır.</translation>
    </message>
    <message>
        <source>C&amp;orrect note</source>
        <translation>Qeydə &amp;düzəliş et</translation>
    </message>
    <message>
        <source>Notes are never changed: a correction is a new note that refers to the note selected in the timeline.</source>
        <translation>Qeydlər heç vaxt dəyişdirilmir: düzəliş xronologiyada seçilmiş qeydə istinad edən yeni qeyddir.</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Statusu dəyiş</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Həvalə et</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>&amp;Təkrar əlaqə əlavə et</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Təkrar əlaqə yerinə yetiri&amp;ldi</translation>
    </message>
    <message>
        <source>Completes the open follow-up selected in the timeline.</source>
        <translation>Xronologiyada seçilmiş açıq təkrar əlaqəni yerinə yetirilmiş kimi qeyd edir.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Xronologiya</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>İşin xronologiyası</translation>
    </message>
    <message>
        <source>Contacts, notes, referrals, follow-ups and status changes, oldest first.</source>
        <translation>Müraciətlər, qeydlər, yönləndirmələr, təkrar əlaqələr və status dəyişiklikləri; əvvəlcə ən köhnələri.</translation>
    </message>
    <message>
        <source>The case is handed over</source>
        <translation>İş təhvil verildi</translation>
    </message>
    <message>
        <source>Case %1 is now assigned to someone else, so it is no longer shown to you. The contacts you wrote in it stay yours.</source>
        <translation>%1 nömrəli iş indi başqasına təyin edilib, ona görə də artıq sizə göstərilmir. Onda yazdığınız müraciətlər sizdə qalır.</translation>
    </message>
    <message>
        <source>The referral was not saved</source>
        <translation>Yönləndirmə saxlanılmadı</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Yönləndirmənin vəziyyəti</translation>
    </message>
    <message>
        <source>Choose a referral in the timeline first.</source>
        <translation>Əvvəlcə xronologiyada yönləndirməni seçin.</translation>
    </message>
    <message>
        <source>The referral could not be read</source>
        <translation>Yönləndirməni oxumaq mümkün olmadı</translation>
    </message>
    <message>
        <source>The referral status was not saved</source>
        <translation>Yönləndirmənin vəziyyəti saxlanılmadı</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Yönləndir…</translation>
    </message>
    <message>
        <source>Refer the child to a service of the directory.</source>
        <translation>Uşağı kataloqdakı xidmətə yönləndirin.</translation>
    </message>
    <message>
        <source>Referral stat&amp;us</source>
        <translation>Yönləndirmənin vəziyy&amp;əti</translation>
    </message>
    <message>
        <source>Record what became of the referral selected in the timeline.</source>
        <translation>Xronologiyada seçilmiş yönləndirmənin nəticəsini qeyd edin.</translation>
    </message>
    <message>
        <source>The review could not be started</source>
        <translation>Yoxlamanı başlatmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Yoxlama yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Restrict case %1</source>
        <translation>İş %1: girişi məhdudlaşdır</translation>
    </message>
    <message>
        <source>Only its counsellor and the supervisors will read this case. Anyone else must break glass, with a reason that supervisors review.</source>
        <translation>Bu işi yalnız onun məsləhətçisi və supervayzerlər oxuyacaq. Başqa hər kəs təcili girişdən istifadə etməli və səbəb göstərməlidir. Bu səbəbi supervayzerlər yoxlayır.</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>İş dəyişdirilmədi</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Məhdud</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Məhdudiyyəti götür</translation>
    </message>
    <message>
        <source>Restric&amp;t</source>
        <translation>Məh&amp;dudlaşdır</translation>
    </message>
    <message>
        <source>Let every account that may see the office&apos;s cases see it again.</source>
        <translation>Ofisin işlərini görə bilən bütün hesablar bu işi yenidən görsün.</translation>
    </message>
    <message>
        <source>Only its counsellor and the supervisors read a restricted case (for example one about a staff member&apos;s relative). Anyone else must break glass, with a reason.</source>
        <translation>Məhdud işi yalnız onun məsləhətçisi və supervayzerlər oxuyur (məsələn, əməkdaşın qohumu ilə bağlı iş). Başqa hər kəs səbəb göstərərək təcili girişdən istifadə etməlidir.</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Yoxla…</translation>
    </message>
    <message>
        <source>Comment on this case, approve it or return it to the counsellor.</source>
        <translation>Bu işə şərh yazın, onu təsdiqləyin və ya məsləhətçiyə geri qaytarın.</translation>
    </message>
    <message>
        <source>Ask for re&amp;view</source>
        <translation>Yoxlama &amp;istə</translation>
    </message>
    <message>
        <source>Ask a supervisor to look at this case.</source>
        <translation>Supervayzerdən bu işə baxmağı xahiş edin.</translation>
    </message>
    <message>
        <source>You opened this case with a reason: you can read it, not change it. Ask a supervisor to assign it to you to work on it.</source>
        <translation>Bu işi səbəb göstərərək açmısınız: onu oxuya bilərsiniz, amma dəyişə bilməzsiniz. Onun üzərində işləmək üçün supervayzerdən işi sizə təyin etməyi xahiş edin.</translation>
    </message>
</context>
<context>
    <name>helpline::CasesScreen</name>
    <message>
        <source>The search did not work. %1</source>
        <translation>Axtarış alınmadı. %1</translation>
    </message>
    <message>
        <source>The case list could not be read. %1</source>
        <translation>İşlərin siyahısını oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Bu filtrlərə uyğun iş yoxdur.</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>Hələ heç bir iş yoxdur.</translation>
    </message>
    <message>
        <source>One case</source>
        <translation>Bir iş</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n iş</numerusform>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>“%1” sorğusuna uyğun iş tapılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n search results</source>
        <translation>
            <numerusform>%n axtarış nəticəsi</numerusform>
            <numerusform>%n axtarış nəticəsi</numerusform>
        </translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Axtarış</translation>
    </message>
    <message>
        <source>Search cases, notes, names…</source>
        <translation>İşlər, qeydlər, adlar üzrə axtarış…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>İşlərdə axtarış</translation>
    </message>
    <message>
        <source>Ctrl+F. Down moves into the results; Enter opens the case.</source>
        <translation>Ctrl+F. Aşağı ox nəticələrə keçir; Enter işi açır.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>İşlərin siya&amp;hısı</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>İşlərin siyahısı</translation>
    </message>
    <message>
        <source>Enter or double-click opens a case. Click a heading to sort.</source>
        <translation>Enter və ya iki dəfə klik işi açır. Çeşidləmək üçün sütun başlığına klikləyin.</translation>
    </message>
    <message>
        <source>Case %1 is restricted. Open it only in an emergency, with a reason that supervisors will review.</source>
        <translation>İş %1 məhduddur. Onu yalnız təcili halda açın və səbəb göstərin. Bu səbəbi supervayzerlər yoxlayacaq.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you. You can read it if you give a reason.</source>
        <translation>İş %1 sizə təyin edilməyib. Səbəb göstərsəniz, onu oxuya bilərsiniz.</translation>
    </message>
    <message>
        <source>&amp;Break glass…</source>
        <translation>&amp;Təcili giriş…</translation>
    </message>
    <message>
        <source>Open with a &amp;reason…</source>
        <translation>&amp;Səbəb göstərərək aç…</translation>
    </message>
    <message>
        <source>Asking the helpline server to open case %1…</source>
        <translation>Qaynar xəttin serverindən %1 işini açması xahiş olunur…</translation>
    </message>
    <message>
        <source>The server did not open case %1. %2</source>
        <translation>Server %1 işini açmadı. %2</translation>
    </message>
    <message numerus="yes">
        <source>The server opened case %1 for you to read for %n hour(s). It appears here once this desk has synced.</source>
        <translation>
            <numerusform>Server %1 işini %n saat oxumağınız üçün açdı. İş yeri sinxronizasiya olunan kimi iş burada görünəcək.</numerusform>
            <numerusform>Server %1 işini %n saat oxumağınız üçün açdı. İş yeri sinxronizasiya olunan kimi iş burada görünəcək.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You opened case %1 with a reason: you can read it for up to %n hour(s) from then.</source>
        <translation>
            <numerusform>Siz %1 işini səbəb göstərərək açdınız: onu o vaxtdan etibarən %n saata qədər oxuya bilərsiniz.</numerusform>
            <numerusform>Siz %1 işini səbəb göstərərək açdınız: onu o vaxtdan etibarən %n saata qədər oxuya bilərsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read the case</source>
        <translation>İşi &amp;oxu</translation>
    </message>
    <message>
        <source>Case %1 is not on this desk. If you must read it now, the helpline server can open it for you with a reason, which supervisors see.</source>
        <translation>%1 işi bu iş yerində yoxdur. Onu indi oxumalısınızsa, qaynar xəttin serveri onu səbəb göstərməklə sizin üçün aça bilər; supervayzerlər bunu görür.</translation>
    </message>
    <message>
        <source>Ask the &amp;server…</source>
        <translation>&amp;Serverdən xahiş et…</translation>
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
    <name>helpline::ConnectDeskForm</name>
    <message>
        <source>Type the helpline server&apos;s address, for example https://helpline.example.org:8443.</source>
        <translation>Qaynar xəttin serverinin ünvanını yazın, məsələn, https://helpline.example.org:8443.</translation>
    </message>
    <message>
        <source>Type the enrolment code an administrator gave you.</source>
        <translation>Administratorun sizə verdiyi qeydiyyat kodunu yazın.</translation>
    </message>
    <message>
        <source>Type your user name on the helpline server.</source>
        <translation>Qaynar xəttin serverindəki istifadəçi adınızı yazın.</translation>
    </message>
    <message>
        <source>Type your password on the helpline server.</source>
        <translation>Qaynar xəttin serverindəki parolunuzu yazın.</translation>
    </message>
    <message>
        <source>There is no readable file at %1.</source>
        <translation>%1 yolunda oxuna bilən fayl yoxdur.</translation>
    </message>
    <message>
        <source>The key&apos;s SHA-256 is 64 hexadecimal characters (0-9, a-f); colons or spaces may separate them.</source>
        <translation>Açarın SHA-256 dəyəri 64 on altılıq simvoldan (0-9, a-f) ibarətdir; onlar iki nöqtə və ya boşluqla ayrıla bilər.</translation>
    </message>
    <message>
        <source>The advanced settings are shown.</source>
        <translation>Əlavə ayarlar göstərilir.</translation>
    </message>
    <message>
        <source>The advanced settings are hidden.</source>
        <translation>Əlavə ayarlar gizlədilib.</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>Sertifikatlaşdırma mərkəzinin faylını seçin (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sertifikatlar (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server ü&amp;nvanı</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server ünvanı</translation>
    </message>
    <message>
        <source>https://helpline.example.org:8443</source>
        <translation>https://helpline.example.org:8443</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>Qeydiyyat &amp;kodu</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Qeydiyyat kodu</translation>
    </message>
    <message>
        <source>For example 7KQ4-MNPX-29HD</source>
        <translation>Məsələn, 7KQ4-MNPX-29HD</translation>
    </message>
    <message>
        <source>Not needed again: this desk is enrolled already. Sign in with your server account to finish setting it up.</source>
        <translation>Yenidən lazım deyil: bu iş yeri artıq qeydiyyatdan keçib. Quraşdırmanı başa çatdırmaq üçün server hesabınızla daxil olun.</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>İş &amp;yerinin adı</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>İş yerinin adı</translation>
    </message>
    <message>
        <source>How administrators see this desk in the server&apos;s list of desks.</source>
        <translation>Administratorlar bu iş yerini serverdəki iş yerləri siyahısında bu adla görür.</translation>
    </message>
    <message>
        <source>Then your own account on the helpline server:</source>
        <translation>Sonra qaynar xəttin serverindəki öz hesabınız:</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>İstifadəçi a&amp;dı</translation>
    </message>
    <message>
        <source>User name on the helpline server</source>
        <translation>Qaynar xəttin serverindəki istifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>Password on the helpline server</source>
        <translation>Qaynar xəttin serverindəki parol</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: how this desk trusts the server</source>
        <translation>Əlavə: bu iş yeri serverə necə &amp;etibar edir</translation>
    </message>
    <message>
        <source>Only when the server&apos;s certificate is not signed by an authority this computer trusts. The helpline&apos;s IT person gives you one of these.</source>
        <translation>Yalnız serverin sertifikatı bu kompüterin etibar etdiyi mərkəz tərəfindən imzalanmayıbsa lazımdır. Bunlardan birini sizə qaynar xəttin İT işçisi verir.</translation>
    </message>
    <message>
        <source>Certificate authority &amp;file (PEM)</source>
        <translation>Sertifikatlaşdırma mərkəzinin &amp;faylı (PEM)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Sertifikatlaşdırma mərkəzinin faylı</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Sertifikatlaşdırma mərkəzinin faylını seçin</translation>
    </message>
    <message>
        <source>Pinned server &amp;key (SHA-256, hexadecimal)</source>
        <translation>Bə&amp;rkidilmiş server açarı (SHA-256, on altılıq)</translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation>Bərkidilmiş server açarı</translation>
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
        <translation>Xülasə çox uzundur (ən çoxu 100&#xa0;000 simvol).</translation>
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
        <source>Unknown category &quot;%1&quot;.</source>
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
        <source>Reading the case&apos;s contacts</source>
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
    <message>
        <source>Reading a case member</source>
        <translation>İş iştirakçısının oxunması</translation>
    </message>
    <message>
        <source>There is no such case member.</source>
        <translation>Belə iş iştirakçısı yoxdur.</translation>
    </message>
</context>
<context>
    <name>helpline::CredentialsPanel</name>
    <message numerus="yes">
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Həddən artıq yanlış parol daxil edilib. %n saniyədən sonra yenidən cəhd edə bilərsiniz.</numerusform>
            <numerusform>Həddən artıq yanlış parol daxil edilib. %n saniyədən sonra yenidən cəhd edə bilərsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Hesab</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Another account (first sign-in on this desk)</source>
        <translation>Başqa hesab (bu iş yerində ilk giriş)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>İstifadəçi a&amp;dı</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Your user name on the helpline server</source>
        <translation>Qaynar xəttin serverindəki istifadəçi adınız</translation>
    </message>
</context>
<context>
    <name>helpline::DateFieldEditor</name>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Təqvimdən tarix seçin</translation>
    </message>
    <message>
        <source>Date, as %1</source>
        <translation>Tarix, formatı: %1</translation>
    </message>
</context>
<context>
    <name>helpline::DeskIdentity</name>
    <message>
        <source>The desk&apos;s server settings in %1 cannot be used (%2). Enrol the desk again.</source>
        <translation>%1 yolundakı iş yerinin server ayarlarından istifadə etmək mümkün deyil (%2). İş yerini yenidən qeydiyyatdan keçirin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 qovluğunu yaratmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>The desk&apos;s server settings cannot be saved in %1: %2.</source>
        <translation>İş yerinin server ayarlarını %1 yolunda yadda saxlamaq mümkün deyil: %2.</translation>
    </message>
</context>
<context>
    <name>helpline::DeskSetup</name>
    <message>
        <source>This desk is already set up; it was not changed.</source>
        <translation>Bu iş yeri artıq quraşdırılıb; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The server checked the password but did not release this desk&apos;s key. Ask an admin whether the desk is still enrolled.</source>
        <translation>Server parolu yoxladı, lakin bu iş yerinin açarını vermədi. Administratordan iş yerinin hələ də qeydiyyatda olub-olmadığını soruşun.</translation>
    </message>
</context>
<context>
    <name>helpline::DeskSync</name>
    <message>
        <source>Sign in while connected to resume sync.</source>
        <translation>Sinxronizasiyanı davam etdirmək üçün şəbəkəyə qoşulu olarkən daxil olun.</translation>
    </message>
    <message>
        <source>This account belongs to this desk only: the helpline server&apos;s account with the same user name is someone else&apos;s. This account&apos;s work stays on this desk.</source>
        <translation>Bu hesab yalnız bu iş yerinə aiddir: qaynar xəttin serverində eyni istifadəçi adlı hesab başqa birinə məxsusdur. Bu hesabla görülən iş bu iş yerində qalır.</translation>
    </message>
    <message>
        <source>The helpline server did not accept this account&apos;s user name and password. If your password was changed on the server, sign out and sign in with the new one while connected. An account made on this desk only does not sync.</source>
        <translation>Qaynar xəttin serveri bu hesabın istifadəçi adını və parolunu qəbul etmədi. Parolunuz serverdə dəyişdirilibsə, sistemdən çıxın və şəbəkəyə qoşulu olarkən yeni parolla daxil olun. Yalnız bu iş yerində yaradılmış hesab sinxronlaşdırılmır.</translation>
    </message>
    <message>
        <source>The helpline server could not be reached when you signed in. Sign in again while connected to resume sync. (%1)</source>
        <translation>Daxil olduğunuz zaman qaynar xəttin serveri ilə əlaqə qurulmadı. Sinxronizasiyanı davam etdirmək üçün şəbəkəyə qoşulu olarkən yenidən daxil olun. (%1)</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryBrowser</name>
    <message>
        <source>Search services: name, place, what they do…</source>
        <translation>Xidmət axtarın: ad, yer, nə edirlər…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Kataloqda axtarış</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age</source>
        <translation>Uşağın &amp;yaşı</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>İstənilən yaş</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Uşağın yaşı</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Yalnız &amp;pulsuz</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>&amp;İndi açıqdır</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Xidmətlər</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>İstənilən cins</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Qızlar</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Oğlanlar</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>İstənilən dil</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilis dili</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Xidmət növü</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>İstənilən xidmət</translation>
    </message>
    <message>
        <source>Suggested for this contact</source>
        <translation>Bu müraciət üçün təklif olunanlar</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Hər yerdə</translation>
    </message>
    <message>
        <source>Services found: %1</source>
        <translation>Tapılan xidmətlər: %1</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryDetailPanel</name>
    <message>
        <source>Choose a service in the list to see its details.</source>
        <translation>Təfərrüatları görmək üçün siyahıdan xidmət seçin.</translation>
    </message>
    <message>
        <source>Not verified for more than 12 months: check the details with the service before referring.</source>
        <translation>12 aydan çoxdur yoxlanılmayıb: yönləndirməzdən əvvəl məlumatları xidmətlə dəqiqləşdirin.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Köçür</translation>
    </message>
    <message>
        <source>Copy the number (Ctrl+Shift+C)</source>
        <translation>Nömrəni köçür (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Nömrəni köçür</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 köçür</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>İndi açıqdır</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>İndi bağlıdır</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>İş saatları</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Məlum deyil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sayt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Əhatə</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>İstənilən yaş</translation>
    </message>
    <message>
        <source>Up to %1 years</source>
        <translation>%1 yaşadək</translation>
    </message>
    <message>
        <source>From %1 years</source>
        <translation>%1 yaşdan</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1–%2 yaş</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Hamı</translation>
    </message>
    <message>
        <source>Girls and women only</source>
        <translation>Yalnız qızlar və qadınlar</translation>
    </message>
    <message>
        <source>Boys and men only</source>
        <translation>Yalnız oğlanlar və kişilər</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Kimi qəbul edir</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Şərtlər</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Pulsuz</translation>
    </message>
    <message>
        <source>May charge a fee</source>
        <translation>Ödənişli ola bilər</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Yoxlanılıb</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryEntry</name>
    <message>
        <source>Legal aid</source>
        <translation>Hüquqi yardım</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Reabilitasiya</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Sığınacaq</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Psixoloji dəstək</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosial xidmətlər</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Tibbi yardım</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Təhsil</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Qaynar xətt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Çox uzundur: ən çoxu %1 simvol.</translation>
    </message>
    <message>
        <source>Write this on one line.</source>
        <translation>Bunu bir sətirdə yazın.</translation>
    </message>
    <message>
        <source>Text may not begin with “=” or “@”: spreadsheets would run it as a formula.</source>
        <translation>Mətn “=” və ya “@” ilə başlaya bilməz: cədvəl proqramları onu düstur kimi icra edərdi.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 iki dəfə göstərilib.</translation>
    </message>
    <message>
        <source>Enter the name in Azerbaijani.</source>
        <translation>Adı azərbaycanca yazın.</translation>
    </message>
    <message>
        <source>Choose at least one service type.</source>
        <translation>Ən azı bir xidmət növü seçin.</translation>
    </message>
    <message>
        <source>%1 is not a service type: use %2.</source>
        <translation>%1 xidmət növü deyil; bunlardan birini yazın: %2.</translation>
    </message>
    <message>
        <source>A nationwide service has no region list: leave the regions empty or make it not nationwide.</source>
        <translation>Bütün ölkə üzrə xidmətin region siyahısı olmur: regionları boş saxlayın və ya “bütün ölkə üzrə” qeydini götürün.</translation>
    </message>
    <message>
        <source>Choose the regions it serves, or mark it nationwide.</source>
        <translation>Xidmət göstərdiyi regionları seçin və ya onu bütün ölkə üzrə kimi qeyd edin.</translation>
    </message>
    <message>
        <source>At most %1 regions.</source>
        <translation>Ən çoxu %1 region.</translation>
    </message>
    <message>
        <source>%1 is not a place a service can serve: choose a city, a rayon or an economic region.</source>
        <translation>%1 xidmət göstərilə bilən yer deyil: şəhər, rayon və ya iqtisadi rayon seçin.</translation>
    </message>
    <message>
        <source>%1 is an old or other code: use %2.</source>
        <translation>%1 köhnə və ya başqa koddur: %2 yazın.</translation>
    </message>
    <message>
        <source>%1 is not a region code: use the codes of the regions file, such as AZ-GA or AZ-BA.nasimi.</source>
        <translation>%1 region kodu deyil: regionlar faylındakı kodları yazın, məsələn AZ-GA və ya AZ-BA.nasimi.</translation>
    </message>
    <message>
        <source>The age must be from 0 to %1, or empty for no limit.</source>
        <translation>Yaş 0 ilə %1 arasında olmalıdır; məhdudiyyət yoxdursa, boş saxlayın.</translation>
    </message>
    <message>
        <source>The highest age is below the lowest age.</source>
        <translation>Ən böyük yaş ən kiçik yaşdan azdır.</translation>
    </message>
    <message>
        <source>%1 is not a gender here: use female or male, or leave it empty for everyone.</source>
        <translation>%1 burada cins deyil: female və ya male yazın, hamı üçündürsə, boş saxlayın.</translation>
    </message>
    <message>
        <source>At most %1 languages.</source>
        <translation>Ən çoxu %1 dil.</translation>
    </message>
    <message>
        <source>%1 is not a language code: use two or three small letters, such as az, ru or en.</source>
        <translation>%1 dil kodu deyil: iki və ya üç kiçik hərf yazın, məsələn az, ru və ya en.</translation>
    </message>
    <message>
        <source>At most %1 phone numbers.</source>
        <translation>Ən çoxu %1 telefon nömrəsi.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: use digits, spaces, dashes and a leading +, with 5 to 20 digits (or a short number of 3 or 4 digits).</source>
        <translation>%1 telefon nömrəsi deyil: rəqəmlər, boşluq, tire və əvvəldə + işlədin, 5–20 rəqəm olsun (və ya 3–4 rəqəmli qısa nömrə).</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, starting with https://.</source>
        <translation>%1 veb-ünvan deyil: onu tam yazın, https:// ilə başlayaraq.</translation>
    </message>
    <message>
        <source>Enter the date the details were last checked.</source>
        <translation>Məlumatların sonuncu dəfə yoxlandığı tarixi yazın.</translation>
    </message>
    <message>
        <source>The date the details were checked is in the future.</source>
        <translation>Məlumatların yoxlanma tarixi gələcəkdədir.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryImport</name>
    <message>
        <source>A quoted cell starts on this line but its closing quote is missing.</source>
        <translation>Dırnaq içində olan xana bu sətirdə başlayır, amma bağlayan dırnaq yoxdur.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of a cell: put the whole cell in quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>Xananın bağlayan dırnağından sonra mətn var: bütün xananı dırnağa alın, içindəki dırnağı isə iki dırnaq (&quot;&quot;) kimi yazın.</translation>
    </message>
    <message>
        <source>A cell has a quote inside it: put the whole cell in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>Xananın içində dırnaq var: bütün xananı dırnağa alın, dırnağı isə iki dırnaq (&quot;&quot;) kimi yazın.</translation>
    </message>
    <message>
        <source>The file is too big: at most %1 MiB.</source>
        <translation>Fayl çox böyükdür: ən çoxu %1 MiB.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as “CSV UTF-8”.</source>
        <translation>Fayl UTF-8 mətni deyil: onu “CSV UTF-8” kimi saxlayın.</translation>
    </message>
    <message>
        <source>The file has no entries.</source>
        <translation>Faylda heç bir qeyd yoxdur.</translation>
    </message>
    <message>
        <source>The file has %1 entries: at most %2 can be imported at once.</source>
        <translation>Faylda %1 qeyd var: bir dəfəyə ən çoxu %2 qeyd idxal etmək olar.</translation>
    </message>
    <message>
        <source>The columns are separated by semicolons: save the file as “CSV UTF-8 (comma delimited)” so that commas separate them.</source>
        <translation>Sütunlar nöqtəli vergüllə ayrılıb: faylı “CSV UTF-8 (comma delimited)” kimi saxlayın ki, onları vergül ayırsın.</translation>
    </message>
    <message>
        <source>%1 is not a column of the directory: use %2.</source>
        <translation>%1 xidmətlər kataloqunun sütunu deyil; bunları yazın: %2.</translation>
    </message>
    <message>
        <source>The column %1 is there twice.</source>
        <translation>%1 sütunu iki dəfə var.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>%1 sütunu yoxdur.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2 columns.</source>
        <translation>Bu sətirdə xanaların sayı %1, başlıqda isə sütunların sayı %2-dir.</translation>
    </message>
    <message>
        <source>The id %1 is also used on line %2.</source>
        <translation>%1 identifikatoru %2 nömrəli sətirdə də işlənib.</translation>
    </message>
    <message>
        <source>“%1” is not an entry id: leave it empty for a new entry, or keep the id an export wrote.</source>
        <translation>“%1” qeydin identifikatoru deyil: yeni qeyd üçün boş saxlayın və ya ixracın yazdığı identifikatoru dəyişməyin.</translation>
    </message>
    <message>
        <source>Write yes or no, not “%1”.</source>
        <translation>“%1” yox, yes və ya no yazın.</translation>
    </message>
    <message>
        <source>Write the age as a whole number of years, or leave it empty for no limit, not “%1”.</source>
        <translation>Yaşı “%1” kimi yox, tam illərlə yazın; məhdudiyyət yoxdursa, boş saxlayın.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-15, not “%1”.</source>
        <translation>Tarixi “%1” kimi yox, YYYY-MM-DD şəklində yazın, məsələn 2026-03-15.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 yoxdur.</translation>
    </message>
    <message>
        <source>%1 is not a field of a directory entry.</source>
        <translation>%1 kataloq qeydinin sahəsi deyil.</translation>
    </message>
    <message>
        <source>%1 should be text or null.</source>
        <translation>%1 mətn və ya null olmalıdır.</translation>
    </message>
    <message>
        <source>%1 should be a UTC time such as 2026-03-15T09:30:00.000Z.</source>
        <translation>%1 UTC vaxtı olmalıdır, məsələn 2026-03-15T09:30:00.000Z.</translation>
    </message>
    <message>
        <source>%1 should be a whole number, 0 or more.</source>
        <translation>%1 sıfır və ya daha böyük tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <source>%1 should be true or false.</source>
        <translation>%1 true və ya false olmalıdır.</translation>
    </message>
    <message>
        <source>Item %1 of %2 should be text.</source>
        <translation>%2 siyahısının %1 nömrəli elementi mətn olmalıdır.</translation>
    </message>
    <message>
        <source>%1 should be a list of text: [&quot;…&quot;, &quot;…&quot;].</source>
        <translation>%1 mətnlər siyahısı olmalıdır: [&quot;…&quot;, &quot;…&quot;].</translation>
    </message>
    <message>
        <source>%1 should be a whole number of years, or null for no limit.</source>
        <translation>%1 tam illərlə yaş olmalıdır; məhdudiyyət yoxdursa, null.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>Fayl düzgün JSON deyil: %2 nömrəli sətirdə %1.</translation>
    </message>
    <message>
        <source>The file must be a JSON array of entries: [{…}, {…}].</source>
        <translation>Fayl qeydlərdən ibarət JSON massivi olmalıdır: [{…}, {…}].</translation>
    </message>
    <message>
        <source>Each entry must be an object: {…}.</source>
        <translation>Hər qeyd obyekt olmalıdır: {…}.</translation>
    </message>
    <message>
        <source>The id %1 is also used by entry %2.</source>
        <translation>%1 identifikatoru %2 nömrəli qeyddə də işlənib.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryListModel</name>
    <message>
        <source>not verified</source>
        <translation>yoxlanılmayıb</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Bütün ölkə</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryRepository</name>
    <message>
        <source>Reading the referral directory</source>
        <translation>Xidmətlər kataloqunun oxunması</translation>
    </message>
    <message>
        <source>There is no such entry in the directory.</source>
        <translation>Kataloqda belə xidmət yoxdur.</translation>
    </message>
</context>
<context>
    <name>helpline::DirectoryScreen</name>
    <message>
        <source>Referral directory</source>
        <translation>Xidmətlər kataloqu</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Kataloqu oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>This desk holds no directory yet. It arrives with the next sync with the helpline server.</source>
        <translation>Bu iş yerində hələ kataloq yoxdur. O, qaynar xətt serveri ilə növbəti sinxronizasiya ilə gələcək.</translation>
    </message>
</context>
<context>
    <name>helpline::DraftRecoveryDialog</name>
    <message numerus="yes">
        <source>Started %1 · %2 on the timer · %n field(s) filled</source>
        <translation>
            <numerusform>Başlanıb: %1 · taymerdə %2 · %n sahə doldurulub</numerusform>
            <numerusform>Başlanıb: %1 · taymerdə %2 · %n sahə doldurulub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>%n simvol yazılıb</numerusform>
            <numerusform>%n simvol yazılıb</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved intakes</source>
        <translation>Yadda saxlanılmamış qeydiyyatlar</translation>
    </message>
    <message>
        <source>These intakes were not saved (the workstation closed or was signed out while they were open). Restore one to carry on where you left off.</source>
        <translation>Bu qeydiyyatlar yadda saxlanılmayıb (onlar açıq olarkən proqram bağlanıb və ya sistemdən çıxış edilib). Qaldığınız yerdən davam etmək üçün birini bərpa edin.</translation>
    </message>
    <message>
        <source>&amp;Unsaved intakes:</source>
        <translation>&amp;Yadda saxlanılmamış qeydiyyatlar:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>So&amp;nra</translation>
    </message>
</context>
<context>
    <name>helpline::DraftRepository</name>
    <message>
        <source>This draft belongs to another account.</source>
        <translation>Bu qaralama başqa hesaba aiddir.</translation>
    </message>
    <message>
        <source>Reading drafts</source>
        <translation>Qaralamaların oxunması</translation>
    </message>
    <message>
        <source>There is no such draft of yours.</source>
        <translation>Sizin belə qaralamanız yoxdur.</translation>
    </message>
</context>
<context>
    <name>helpline::FeedbackModel</name>
    <message>
        <source>%1 (one contact)</source>
        <translation>%1 (bir müraciət)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimdən</translation>
    </message>
    <message>
        <source>Supervisor&apos;s words</source>
        <translation>Supervayzerin sözləri</translation>
    </message>
</context>
<context>
    <name>helpline::FirstRunScreen</name>
    <message>
        <source>At least 8 characters. A few words together are easy to remember and hard to guess.</source>
        <translation>Ən azı 8 simvol. Bir neçə sözdən ibarət parolu yadda saxlamaq asan, təxmin etmək isə çətindir.</translation>
    </message>
    <message>
        <source>Choose where the case store is kept</source>
        <translation>İşlər anbarının saxlanacağı yeri seçin</translation>
    </message>
    <message>
        <source>Choose a folder for the case store (a full path).</source>
        <translation>İşlər anbarı üçün qovluq seçin (tam yol).</translation>
    </message>
    <message>
        <source>Enter a user name for the administrator.</source>
        <translation>Administrator üçün istifadəçi adını daxil edin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Parol ən azı 8 simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Daxil edilən parollar eyni deyil. Parolu yenidən yazın.</translation>
    </message>
    <message>
        <source>Set up this workstation</source>
        <translation>İş yerinin quraşdırılması</translation>
    </message>
    <message>
        <source>Store &amp;location</source>
        <translation>&amp;Anbarın yeri</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Anbarın yeri</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>Choose the store location</source>
        <translation>Anbarın yerini seçin</translation>
    </message>
    <message>
        <source>Administrator &amp;user name</source>
        <translation>Administratorun istifadəçi a&amp;dı</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administratorun istifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Tam adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Tam adı</translation>
    </message>
    <message>
        <source>As colleagues should see it</source>
        <translation>Həmkarların görəcəyi kimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Parolu tə&amp;krarlayın</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Parolu təkrarlayın</translation>
    </message>
    <message>
        <source>Protecting the password: measuring this computer and encrypting the store. This takes a few seconds…</source>
        <translation>Parol qorunur: kompüterin sürəti ölçülür və anbar şifrələnir. Bu, bir neçə saniyə çəkir…</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>Anbarı &amp;yarat</translation>
    </message>
    <message>
        <source>This folder belongs to a desk enrolled with the helpline server. Finish connecting it, or choose another folder.</source>
        <translation>Bu qovluq qaynar xəttin serverində qeydiyyatdan keçmiş iş yerinə aiddir. Onun qoşulmasını başa çatdırın və ya başqa qovluq seçin.</translation>
    </message>
    <message>
        <source>Case data on this computer is kept in an encrypted store. Choose how this desk starts.</source>
        <translation>Bu kompüterdəki iş məlumatları şifrələnmiş anbarda saxlanılır. Bu iş yerini necə quracağınızı seçin.</translation>
    </message>
    <message>
        <source>Create a store for this desk &amp;only</source>
        <translation>Yalnız &amp;bu iş yeri üçün anbar yaratmaq</translation>
    </message>
    <message>
        <source>A local administrator adds counsellors&apos; accounts on this desk.</source>
        <translation>Məsləhətçilərin hesablarını bu iş yerində yerli administrator əlavə edir.</translation>
    </message>
    <message>
        <source>Connect this desk to the helpline &amp;server</source>
        <translation>Bu iş yerini qaynar &amp;xəttin serverinə qoşmaq</translation>
    </message>
    <message>
        <source>Accounts come from the server. You need an enrolment code from an administrator.</source>
        <translation>Hesablar serverdən gəlir. Administratordan qeydiyyat kodu almalısınız.</translation>
    </message>
    <message>
        <source>Connecting to the helpline server and setting up the encrypted store. This takes a few seconds…</source>
        <translation>Qaynar xəttin serverinə qoşulur və şifrələnmiş anbar qurulur. Bu, bir neçə saniyə çəkir…</translation>
    </message>
    <message>
        <source>&amp;Connect desk</source>
        <translation>İş yerini &amp;qoş</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpEditor</name>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (mən)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mən</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Yeni təkrar əlaqə</translation>
    </message>
    <message>
        <source>&amp;When is it due</source>
        <translation>Nə &amp;vaxta qədər</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Son tarix və vaxt</translation>
    </message>
    <message>
        <source>W&amp;hat is to be done</source>
        <translation>&amp;Nə edilməlidir</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Nə edilməlidir</translation>
    </message>
    <message>
        <source>Who does &amp;it</source>
        <translation>&amp;Məsul şəxs</translation>
    </message>
    <message>
        <source>Who does the follow-up</source>
        <translation>Təkrar əlaqəyə məsul şəxs</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Təkrar əlaqə əlavə et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>helpline::FollowUpsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vaxtı keçib)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Ad göstərilməyib</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Uşaq</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Nə edilməlidir</translation>
    </message>
</context>
<context>
    <name>helpline::FollowUpsScreen</name>
    <message>
        <source>The follow-ups could not be read. %1</source>
        <translation>Təkrar əlaqələri oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>The follow-up was not completed</source>
        <translation>Təkrar əlaqə tamamlanmadı</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Bu gün üçün təkrar əlaqə yoxdur.</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Bu həftə üçün təkrar əlaqə yoxdur.</translation>
    </message>
    <message>
        <source>%1 due, of which %2 overdue.</source>
        <translation>Vaxtı çatan: %1, onlardan vaxtı keçmiş: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>Vaxtı çatan: %n</numerusform>
            <numerusform>Vaxtı çatan: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Təkrar əlaqələr</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Göstər</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Bu gün üçün və vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Due this week and overdue</source>
        <translation>Bu həftə üçün və vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Hansı təkrar əlaqələr göstərilsin</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Vaxtı çatan təkrar əlaqələr</translation>
    </message>
    <message>
        <source>Enter opens the case.</source>
        <translation>Enter işi açır.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>İşi &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Edildi</translation>
    </message>
    <message>
        <source>Marks the selected follow-up as done.</source>
        <translation>Seçilmiş təkrar əlaqəni yerinə yetirilmiş kimi qeyd edir.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message numerus="yes">
        <source>No referral has been waiting for news for more than %n day(s).</source>
        <translation>
            <numerusform>%n gündən çox xəbər gözləyən yönləndirmə yoxdur.</numerusform>
            <numerusform>%n gündən çox xəbər gözləyən yönləndirmə yoxdur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals without news for more than %n day(s): call the service or the family.</source>
        <translation>
            <numerusform>%n gündən çox xəbəri olmayan yönləndirmələr: xidmətə və ya ailəyə zəng edin.</numerusform>
            <numerusform>%n gündən çox xəbəri olmayan yönləndirmələr: xidmətə və ya ailəyə zəng edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals waiting for news</source>
        <translation>Xəbər gözləyən yönləndirmələr</translation>
    </message>
    <message>
        <source>The referrals could not be read. %1</source>
        <translation>Yönləndirmələri oxumaq mümkün olmadı. %1</translation>
    </message>
</context>
<context>
    <name>helpline::FormDefinition</name>
    <message>
        <source>The form definition has an unknown key &quot;%1&quot;.</source>
        <translation>Forma təsvirində naməlum açar var: “%1”.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>“%1” bölməsində naməlum açar var: “%2”.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot have the key &quot;%2&quot;: it is unknown or does not apply to its type.</source>
        <translation>“%1” sahəsində “%2” açarı ola bilməz: bu açar naməlumdur və ya sahənin növünə aid deyil.</translation>
    </message>
    <message>
        <source>An option of the field &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>“%1” sahəsinin variantlarından birində naməlum açar var: “%2”.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; has an unknown key &quot;%2&quot;.</source>
        <translation>“%1” üçün şərtdə naməlum açar var: “%2”.</translation>
    </message>
    <message>
        <source>The form definition has no valid formId: use lower-case letters, digits, dots, dashes and underscores, starting with a letter (for example &quot;intake&quot;).</source>
        <translation>Forma təsvirində düzgün formId yoxdur: kiçik hərflərdən, rəqəmlərdən, nöqtələrdən, defislərdən və alt xətlərdən istifadə edin; identifikator hərflə başlamalıdır (məsələn, “intake”).</translation>
    </message>
    <message>
        <source>The form&apos;s title (&quot;labels&quot;) must map en, az and ru to text.</source>
        <translation>Formanın başlığında (“labels”) en, az və ru dillərinin hər biri üçün mətn olmalıdır.</translation>
    </message>
    <message>
        <source>The form&apos;s title has no text in %1.</source>
        <translation>Formanın başlığında mətn yoxdur (dil: %1).</translation>
    </message>
    <message>
        <source>The form definition has no sections.</source>
        <translation>Forma təsvirində bölmə yoxdur.</translation>
    </message>
    <message>
        <source>Section number %1 is not a JSON object.</source>
        <translation>%1 nömrəli bölmə JSON obyekti deyil.</translation>
    </message>
    <message>
        <source>The fields &quot;%1&quot; and &quot;%2&quot; are both bound to &quot;%3&quot;; a value can only come from one field.</source>
        <translation>“%1” və “%2” sahələrinin hər ikisi “%3” ilə bağlanıb; dəyər yalnız bir sahədən gələ bilər.</translation>
    </message>
    <message>
        <source>No field is bound to &quot;contact.callType&quot;: the form must ask for the type of contact.</source>
        <translation>Heç bir sahə “contact.callType” ilə bağlanmayıb: forma müraciətin növünü soruşmalıdır.</translation>
    </message>
    <message>
        <source>Section number %1 has no valid id: start with a lower-case letter, then letters and digits only (for example &quot;caller&quot;).</source>
        <translation>%1 nömrəli bölmənin düzgün id-si yoxdur: kiçik hərflə başlayın, sonra yalnız hərf və rəqəmlərdən istifadə edin (məsələn, “caller”).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used more than once: every field and section needs its own.</source>
        <translation>“%1” id-si bir dəfədən çox istifadə olunub: hər sahənin və bölmənin öz id-si olmalıdır.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no labels.</source>
        <translation>“%1” bölməsi üçün adlar göstərilməyib.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no label in %2.</source>
        <translation>“%1” bölməsi üçün ad göstərilməyib (dil: %2).</translation>
    </message>
    <message>
        <source>The help of the section &quot;%1&quot; must map en, az and ru to text.</source>
        <translation>“%1” bölməsinin yardım mətnində en, az və ru dillərinin hər biri üçün mətn olmalıdır.</translation>
    </message>
    <message>
        <source>The help of the section &quot;%1&quot; has no text in %2.</source>
        <translation>“%1” bölməsinin yardım mətni yoxdur (dil: %2).</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no fields.</source>
        <translation>“%1” bölməsində sahə yoxdur.</translation>
    </message>
    <message>
        <source>Field number %1 of the section &quot;%2&quot; is not a JSON object.</source>
        <translation>“%2” bölməsinin %1 nömrəli sahəsi JSON obyekti deyil.</translation>
    </message>
    <message>
        <source>Field number %1 of the section &quot;%2&quot; has no valid id: start with a lower-case letter, then letters and digits only (for example &quot;childName&quot;).</source>
        <translation>“%2” bölməsinin %1 nömrəli sahəsinin düzgün id-si yoxdur: kiçik hərflə başlayın, sonra yalnız hərf və rəqəmlərdən istifadə edin (məsələn, “childName”).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no type.</source>
        <translation>“%1” sahəsinin növü göstərilməyib.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type &quot;%2&quot;. Known types: text, multiline, number, date, singleChoice, multipleChoice, taxonomy, region, yesNo, screening.</source>
        <translation>“%1” sahəsinin növü naməlumdur: “%2”. Məlum növlər: text, multiline, number, date, singleChoice, multipleChoice, taxonomy, region, yesNo, screening.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no labels.</source>
        <translation>“%1” sahəsi üçün adlar göstərilməyib.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no label in %2.</source>
        <translation>“%1” sahəsi üçün ad göstərilməyib (dil: %2).</translation>
    </message>
    <message>
        <source>The help of the field &quot;%1&quot; must map en, az and ru to text.</source>
        <translation>“%1” sahəsinin yardım mətnində en, az və ru dillərinin hər biri üçün mətn olmalıdır.</translation>
    </message>
    <message>
        <source>The help of the field &quot;%1&quot; has no text in %2.</source>
        <translation>“%1” sahəsinin yardım mətni yoxdur (dil: %2).</translation>
    </message>
    <message>
        <source>&quot;required&quot; of the field &quot;%1&quot; must be true or false.</source>
        <translation>“%1” sahəsinin “required” dəyəri true və ya false olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;bind&quot; of the field &quot;%1&quot; must be text, such as &quot;child.name&quot; or &quot;data.%1&quot;.</source>
        <translation>“%1” sahəsinin “bind” dəyəri mətn olmalıdır, məsələn, “child.name” və ya “data.%1”.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is bound to &quot;%2&quot;, which is not a place a value can go. Use one of the targets in docs/forms.md or &quot;data.&lt;key&gt;&quot;.</source>
        <translation>“%1” sahəsi “%2” ilə bağlanıb, lakin ora dəyər yazmaq olmaz. docs/forms.md faylındakı hədəflərdən birini və ya “data.&lt;key&gt;” istifadə edin.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is of type %2, which cannot be bound to &quot;%3&quot;.</source>
        <translation>“%1” sahəsinin növü (%2) “%3” ilə bağlana bilməz.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; offers &quot;%2&quot;, which &quot;%3&quot; does not accept.</source>
        <translation>“%1” sahəsi “%2” variantını təklif edir, lakin “%3” bu dəyəri qəbul etmir.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; of the field &quot;%1&quot; must be whole numbers, with min not above max.</source>
        <translation>“%1” sahəsinin “min” və “max” dəyərləri tam ədəd olmalıdır və min max-dan böyük olmamalıdır.</translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; of the field &quot;%1&quot; must be a whole number from 1 to 100000.</source>
        <translation>“%1” sahəsinin “maxLength” dəyəri 1-dən 100000-ə qədər tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>dəyər boşdur.</translation>
    </message>
    <message>
        <source>The default value of the field &quot;%1&quot; is not valid: %2</source>
        <translation>“%1” sahəsinin standart dəyəri yanlışdır: %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has both &quot;optionsFrom&quot; and &quot;options&quot;; use one of them.</source>
        <translation>“%1” sahəsində həm “optionsFrom”, həm də “options” var; onlardan yalnız birini istifadə edin.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; takes its options from &quot;%2&quot;, which is not a known code list. Known lists: %3.</source>
        <translation>“%1” sahəsi variantları “%2” siyahısından götürür, lakin belə kod siyahısı məlum deyil. Məlum siyahılar: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; needs options: a code list in &quot;optionsFrom&quot; or a list in &quot;options&quot;.</source>
        <translation>“%1” sahəsi üçün variantlar lazımdır: “optionsFrom” açarında kod siyahısı və ya “options” açarında siyahı.</translation>
    </message>
    <message>
        <source>Option number %1 of the field &quot;%2&quot; has no valid code: use lower-case letters, digits, dots, dashes and underscores.</source>
        <translation>“%2” sahəsinin %1 nömrəli variantının düzgün kodu yoxdur: kiçik hərflərdən, rəqəmlərdən, nöqtələrdən, defislərdən və alt xətlərdən istifadə edin.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; offers the option &quot;%2&quot; twice.</source>
        <translation>“%1” sahəsində “%2” variantı iki dəfə təklif olunur.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the field &quot;%2&quot; has no labels.</source>
        <translation>“%2” sahəsinin “%1” variantı üçün adlar göstərilməyib.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the field &quot;%2&quot; has no label in %3.</source>
        <translation>“%2” sahəsinin “%1” variantı üçün ad göstərilməyib (dil: %3).</translation>
    </message>
    <message>
        <source>The condition (&quot;visibleWhen&quot;) of &quot;%1&quot; must be a JSON object such as {&quot;field&quot;: &quot;callType&quot;, &quot;equals&quot;: &quot;caller_about_child&quot;}.</source>
        <translation>“%1” üçün şərt (“visibleWhen”) JSON obyekti olmalıdır, məsələn, {&quot;field&quot;: &quot;callType&quot;, &quot;equals&quot;: &quot;caller_about_child&quot;}.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names no field.</source>
        <translation>“%1” üçün şərtdə sahə göstərilməyib.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names the field &quot;%2&quot;, which the form does not have.</source>
        <translation>“%1” üçün şərtdə “%2” sahəsi göstərilib, lakin formada belə sahə yoxdur.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; names the field &quot;%2&quot;, which does not come before it: a condition can only depend on fields above it.</source>
        <translation>“%1” üçün şərtdə “%2” sahəsi göstərilib, lakin bu sahə ondan əvvəl gəlmir: şərt yalnız yuxarıdakı sahələrdən asılı ola bilər.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; cannot depend on the screening field &quot;%2&quot;.</source>
        <translation>“%1” üçün şərt “%2” skrininq sahəsindən asılı ola bilməz.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; in the condition of &quot;%1&quot; must be a list of one or more values.</source>
        <translation>“%1” üçün şərtdə “%2” bir və ya daha çox dəyərdən ibarət siyahı olmalıdır.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; needs exactly one of &quot;equals&quot;, &quot;notEquals&quot;, &quot;in&quot; and &quot;notIn&quot;.</source>
        <translation>“%1” üçün şərtdə “equals”, “notEquals”, “in” və “notIn” açarlarından dəqiq biri olmalıdır.</translation>
    </message>
    <message>
        <source>The condition of &quot;%1&quot; compares the field &quot;%2&quot; with %3, a value that field can never hold.</source>
        <translation>“%1” üçün şərt “%2” sahəsini %3 ilə müqayisə edir, lakin bu sahə heç vaxt belə dəyər ala bilməz.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; can never be shown: its condition contradicts the conditions it depends on.</source>
        <translation>“%1” bölməsi heç vaxt göstərilə bilməz: onun şərti asılı olduğu şərtlərə ziddir.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; can never be shown: its conditions contradict each other, so the form could never be completed.</source>
        <translation>Mütləq doldurulmalı olan “%1” sahəsi heç vaxt göstərilə bilməz: onun şərtləri bir-birinə ziddir, buna görə forma heç vaxt tamamlana bilməz.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; can never be shown: its conditions contradict each other.</source>
        <translation>“%1” sahəsi heç vaxt göstərilə bilməz: onun şərtləri bir-birinə ziddir.</translation>
    </message>
    <message>
        <source>The form definition</source>
        <translation>Forma təsviri</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Mətn daxil edin.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Ən çoxu %n simvol istifadə edin.</numerusform>
            <numerusform>Ən çoxu %n simvol istifadə edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Tam ədəd daxil edin.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1 ilə %2 arasında ədəd daxil edin.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Ən azı %1 olan ədəd daxil edin.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Ən çoxu %1 olan ədəd daxil edin.</translation>
    </message>
    <message>
        <source>Enter a valid date, for example 07.07.2021.</source>
        <translation>Düzgün tarix daxil edin, məsələn, 07.07.2021.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Variantlardan birini seçin.</translation>
    </message>
    <message>
        <source>Choose from the options.</source>
        <translation>Təklif olunan variantlardan seçin.</translation>
    </message>
    <message>
        <source>Choose categories from the list.</source>
        <translation>Kateqoriyaları siyahıdan seçin.</translation>
    </message>
    <message>
        <source>Choose a subcategory of &quot;%1&quot;, not only the category.</source>
        <translation>Yalnız kateqoriyanı deyil, “%1” kateqoriyasının alt kateqoriyasını seçin.</translation>
    </message>
    <message>
        <source>Choose a place from the list.</source>
        <translation>Siyahıdan şəhər və ya rayon seçin.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>“Bəli” və ya “Xeyr” cavabını seçin.</translation>
    </message>
    <message>
        <source>The screening answers are not valid.</source>
        <translation>Skrininq cavabları yanlışdır.</translation>
    </message>
    <message>
        <source>Choose an option.</source>
        <translation>Variant seçin.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Ən azı birini seçin.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Tarix daxil edin.</translation>
    </message>
    <message>
        <source>Choose a place.</source>
        <translation>Şəhər və ya rayon seçin.</translation>
    </message>
    <message>
        <source>Complete the screening.</source>
        <translation>Skrininqi tamamlayın.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Bu sahəni doldurun.</translation>
    </message>
</context>
<context>
    <name>helpline::FormDefinitionRegistry</name>
    <message>
        <source>The form definition &quot;%1&quot; version %2 is older than version %3, which is in use.</source>
        <translation>“%1” forma təsvirinin %2 versiyası istifadədə olan %3 versiyasından köhnədir.</translation>
    </message>
</context>
<context>
    <name>helpline::FormOptions</name>
    <message>
        <source>Age not known</source>
        <translation>Yaşı məlum deyil</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>Hələ doğulmayıb</translation>
    </message>
    <message>
        <source>Over 25</source>
        <translation>25-dən yuxarı</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilis dili</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Başqa dil</translation>
    </message>
</context>
<context>
    <name>helpline::FormView</name>
    <message>
        <source>Problem: %1</source>
        <translation>Xəta: %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Doldurulması mütləqdir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then its problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Xətalar: %1</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* ilə işarələnmiş sahələrin doldurulması mütləqdir.</translation>
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
    <name>helpline::IntakeMapping</name>
    <message>
        <source>Follow up on the contact of %1.</source>
        <translation>%1 tarixli müraciət üzrə təkrar əlaqə saxlayın.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>Təkrar əlaqə tarixi keçmişdədir.</translation>
    </message>
</context>
<context>
    <name>helpline::IntakeScreen</name>
    <message>
        <source>There are no other unsaved intakes.</source>
        <translation>Başqa yadda saxlanılmamış qeydiyyat yoxdur.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Müraciətin qeydiyyatı</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Contact time:</source>
        <translation>Müraciətin müddəti:</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Müraciətin müddəti</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Not a counselling contact? One key records it and starts a new intake:</source>
        <translation>Məsləhət tələb etməyən müraciətdir? Bir düymə ilə onu qeydə alın və yeni qeydiyyata başlayın:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Records a complete &quot;%1&quot; contact at once. Key: %2.</source>
        <translation>“%1” müraciətini dərhal tam qeydə alır. Düymə: %2.</translation>
    </message>
    <message>
        <source>Record a &quot;%1&quot; contact now (%2)</source>
        <translation>“%1” müraciətini indi qeydə al (%2)</translation>
    </message>
    <message>
        <source>Intake status</source>
        <translation>Qeydiyyatın vəziyyəti</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>Qaralamalar…</translation>
    </message>
    <message>
        <source>Unsaved intakes of your account</source>
        <translation>Hesabınızın yadda saxlanılmamış qeydiyyatları</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Throw this intake away (asks first; Escape does the same)</source>
        <translation>Bu qeydiyyatı sil (əvvəlcə təsdiq istənilir; Escape də eyni işi görür)</translation>
    </message>
    <message>
        <source>New intake (%1)</source>
        <translation>Yeni qeydiyyat (%1)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Yadda saxla (%1)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Müraciəti yadda saxla</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Yeni qeydiyyat</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>Qeydiyyatı sil</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Qeydiyyat forması</translation>
    </message>
    <message>
        <source>The draft could not be written: %1 It will be tried again in a few seconds; keep this intake open.</source>
        <translation>Qaralamanı yazmaq mümkün olmadı: %1 Bir neçə saniyədən sonra yenidən cəhd ediləcək; bu qeydiyyatı açıq saxlayın.</translation>
    </message>
    <message>
        <source>Start a new intake?</source>
        <translation>Yeni qeydiyyata başlanılsın?</translation>
    </message>
    <message>
        <source>What you typed in this intake will be thrown away, with its draft. This cannot be undone.</source>
        <translation>Bu qeydiyyatda yazdıqlarınız qaralaması ilə birlikdə silinəcək. Bunu geri qaytarmaq mümkün olmayacaq.</translation>
    </message>
    <message>
        <source>A new intake has started.</source>
        <translation>Yeni qeydiyyat başladı.</translation>
    </message>
    <message>
        <source>Nothing has been typed in this intake; there is nothing to discard.</source>
        <translation>Bu qeydiyyatda heç nə yazılmayıb; silinəcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Bu qeydiyyat silinsin?</translation>
    </message>
    <message>
        <source>Everything typed in this intake will be thrown away, with its draft. This cannot be undone.</source>
        <translation>Bu qeydiyyatda yazılan hər şey qaralaması ilə birlikdə silinəcək. Bunu geri qaytarmaq mümkün olmayacaq.</translation>
    </message>
    <message>
        <source>The intake was kept.</source>
        <translation>Qeydiyyat silinmədi.</translation>
    </message>
    <message>
        <source>The intake was discarded. A new intake has started.</source>
        <translation>Qeydiyyat silindi. Yeni qeydiyyat başladı.</translation>
    </message>
    <message>
        <source>Record as &quot;%1&quot;?</source>
        <translation>“%1” kimi qeydə alınsın?</translation>
    </message>
    <message>
        <source>This intake has typed text. Recording the contact as &quot;%1&quot; throws that text away.</source>
        <translation>Bu qeydiyyatda yazılmış mətn var. Müraciəti “%1” kimi qeydə aldıqda bu mətn silinəcək.</translation>
    </message>
    <message>
        <source>The contact was not recorded: %1</source>
        <translation>Müraciət qeydə alınmadı: %1</translation>
    </message>
    <message>
        <source>The contact was not recorded</source>
        <translation>Müraciət qeydə alınmadı</translation>
    </message>
    <message>
        <source>Recorded: %1, %2, %3. A new intake has started.</source>
        <translation>Qeydə alındı: %1, %2, %3. Yeni qeydiyyat başladı.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n sahəyə diqqət yetirin; heç nə yadda saxlanılmadı.</numerusform>
            <numerusform>%n sahəyə diqqət yetirin; heç nə yadda saxlanılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: the intake is still open.</source>
        <translation>Hələ yadda saxlanılmayıb: qeydiyyat açıq qalır.</translation>
    </message>
    <message>
        <source>%1 Nothing is lost: the intake stays open and its draft is kept.</source>
        <translation>%1 Heç nə itirilməyib: qeydiyyat açıq qalır və onun qaralaması saxlanılır.</translation>
    </message>
    <message>
        <source>The contact was not saved. %1</source>
        <translation>Müraciət yadda saxlanılmadı. %1</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Müraciət yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Müraciət yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>Contact saved to case %1.</source>
        <translation>Müraciət %1 nömrəli işdə yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>The case is flagged for supervisor attention.</source>
        <translation>İş supervayzerin diqqəti üçün işarələndi.</translation>
    </message>
    <message>
        <source>Unsaved intakes could not be read: %1</source>
        <translation>Yadda saxlanılmamış qeydiyyatları oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The intake you had open was kept as a draft.</source>
        <translation>Açıq olan qeydiyyatınız qaralama kimi saxlanıldı.</translation>
    </message>
    <message>
        <source>The intake started %1 was restored.</source>
        <translation>%1 tarixində başlanmış qeydiyyat bərpa edildi.</translation>
    </message>
    <message>
        <source>Discard this unsaved intake?</source>
        <translation>Bu yadda saxlanılmamış qeydiyyat silinsin?</translation>
    </message>
    <message>
        <source>%1

It will be thrown away and cannot be restored.</source>
        <translation>%1

O silinəcək və bərpa edilə bilməyəcək.</translation>
    </message>
    <message>
        <source>The unsaved intake was not discarded: %1</source>
        <translation>Yadda saxlanılmamış qeydiyyat silinmədi: %1</translation>
    </message>
    <message>
        <source>The unsaved intake was discarded.</source>
        <translation>Yadda saxlanılmamış qeydiyyat silindi.</translation>
    </message>
    <message>
        <source>Refer… (%1)</source>
        <translation>Yönləndir… (%1)</translation>
    </message>
    <message>
        <source>Refer the child to a service of the directory; the referral is saved with the contact</source>
        <translation>Uşağı kataloqdakı xidmətə yönləndirin; yönləndirmə müraciətlə birlikdə saxlanılır</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Yönləndir</translation>
    </message>
    <message>
        <source>Referred to: %1. Saved with the contact.</source>
        <translation>Yönləndirildi: %1. Müraciətlə birlikdə saxlanılacaq.</translation>
    </message>
    <message>
        <source>Referral added: it is saved with the contact.</source>
        <translation>Yönləndirmə əlavə edildi: müraciətlə birlikdə saxlanılacaq.</translation>
    </message>
</context>
<context>
    <name>helpline::JsonReader</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; tələb olunur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; sətir olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>&quot;%1&quot; çox uzundur (ən çoxu %2 simvol).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; boş ola bilməz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; %2 ilə %3 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; true və ya false olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>&quot;%1&quot; true, false və ya null olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UTC time such as 2026-11-28T09:15:02.123Z.</source>
        <translation>&quot;%1&quot; 2026-11-28T09:15:02.123Z kimi UTC vaxtı olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date such as 2026-11-28.</source>
        <translation>&quot;%1&quot; 2026-11-28 kimi tarix olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>&quot;%1&quot; sətirlər massivi olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many items (at most %2).</source>
        <translation>&quot;%1&quot; çox elementdən ibarətdir (ən çoxu %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; obyekt olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>&quot;%1&quot; massiv olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known field.</source>
        <translation>&quot;%1&quot; məlum sahə deyil.</translation>
    </message>
    <message>
        <source>The request is too large (at most %1 bytes).</source>
        <translation>Sorğu çox böyükdür (ən çoxu %1 bayt).</translation>
    </message>
    <message>
        <source>The request is not valid UTF-8.</source>
        <translation>Sorğu düzgün UTF-8 deyil.</translation>
    </message>
    <message>
        <source>The request is nested too deeply (at most %1 levels).</source>
        <translation>Sorğu çox dərin iç-içədir (ən çoxu %1 səviyyə).</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>Sorğu düzgün JSON deyil (%2-ci baytda: %1).</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Sorğu JSON obyekti olmalıdır.</translation>
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
    <message>
        <source>the escrow entry is incomplete</source>
        <translation>ehtiyat açarının məlumatları natamamdır</translation>
    </message>
    <message>
        <source>Another account with this name is on this desk.</source>
        <translation>Bu iş yerində bu adda başqa hesab var.</translation>
    </message>
    <message>
        <source>Invalid escrow key.</source>
        <translation>Ehtiyat açarı yanlışdır.</translation>
    </message>
    <message>
        <source>This desk&apos;s store has no escrow: it was not set up with the helpline server.</source>
        <translation>Bu iş yerinin anbarı üçün ehtiyat açarı yoxdur: anbar qaynar xəttin serveri ilə qurulmayıb.</translation>
    </message>
    <message>
        <source>The server&apos;s escrow key does not open this desk&apos;s store (was the desk enrolled again?).</source>
        <translation>Serverin ehtiyat açarı bu iş yerinin anbarını açmır (iş yeri yenidən qeydiyyatdan keçirilib?).</translation>
    </message>
</context>
<context>
    <name>helpline::LockScreen</name>
    <message>
        <source>Unlocking…</source>
        <translation>Kilid açılır…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Daxil olunur…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilidlənib</translation>
    </message>
    <message>
        <source>The workstation is locked and case data is hidden. %1 (%2) can unlock it with their password.</source>
        <translation>İş yeri kilidlənib və iş məlumatları gizlədilib. %1 (%2) öz parolu ilə kilidi aça bilər.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sistemdən çı&amp;x</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Someone else can choose their own account to sign in; that signs %1 out.</source>
        <translation>Başqa istifadəçi öz hesabını seçib daxil ola bilər; bu zaman %1 sistemdən çıxarılacaq.</translation>
    </message>
    <message>
        <source>Sign in and sign %1 out</source>
        <translation>Daxil ol və seansı bağla: %1</translation>
    </message>
    <message>
        <source>Signing in signs %1 out. Their unsaved intake is kept as a draft for their next sign-in.</source>
        <translation>Daxil olduqda %1 sistemdən çıxarılacaq. Onun yadda saxlanılmamış qeydiyyatı növbəti girişinədək qaralama kimi saxlanılacaq.</translation>
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
    <message>
        <source>&amp;Workstation</source>
        <translation>İş &amp;yeri</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Yeni qeydiyyat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sistemdən çı&amp;x</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Proqramı &amp;bağla</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilidlənib</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Daxil olan istifadəçi: %1</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Serverə qoşulmayıb</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
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
    <name>helpline::NoteEditor</name>
    <message>
        <source>New note</source>
        <translation>Yeni qeyd</translation>
    </message>
    <message>
        <source>Correction of the note from %1. The earlier note stays as it was.</source>
        <translation>%1 tarixli qeydə düzəliş. Əvvəlki qeyd olduğu kimi qalır.</translation>
    </message>
    <message>
        <source>Note te&amp;xt</source>
        <translation>Qeydin &amp;mətni</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Qeydin mətni</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Escape cancels</source>
        <translation>Ctrl+Enter — yadda saxla · Escape — ləğv et</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Qeydi yadda saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>helpline::OfficeRules</name>
    <message>
        <source>Reading the office&apos;s review rules</source>
        <translation>Ofisin yoxlama qaydalarının oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::OpenWithReasonDialog</name>
    <message>
        <source>Break glass: case %1</source>
        <translation>Təcili giriş: iş %1</translation>
    </message>
    <message>
        <source>Open case %1 with a reason</source>
        <translation>İş %1: səbəb göstərərək aç</translation>
    </message>
    <message numerus="yes">
        <source>This case is restricted: only its counsellor and the supervisors read it. Open it only when a child&apos;s safety depends on it now. Your reason is recorded, shown on the case and reviewed by a supervisor. You can read the case for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Bu iş məhduddur: onu yalnız məsləhətçisi və supervayzerlər oxuyur. Onu yalnız uşağın təhlükəsizliyi indi bundan asılı olduqda açın. Səbəbiniz qeydə alınır, işdə göstərilir və supervayzer tərəfindən yoxlanılır. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
            <numerusform>Bu iş məhduddur: onu yalnız məsləhətçisi və supervayzerlər oxuyur. Onu yalnız uşağın təhlükəsizliyi indi bundan asılı olduqda açın. Səbəbiniz qeydə alınır, işdə göstərilir və supervayzer tərəfindən yoxlanılır. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrators read case content only with a stated reason, such as a data protection request. Your reason is recorded and shown on the case. You can read it for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Administratorlar işin məzmununu yalnız səbəb göstərməklə oxuyur, məsələn, məlumatların qorunması ilə bağlı sorğu olduqda. Səbəbiniz qeydə alınır və işdə göstərilir. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
            <numerusform>Administratorlar işin məzmununu yalnız səbəb göstərməklə oxuyur, məsələn, məlumatların qorunması ilə bağlı sorğu olduqda. Səbəbiniz qeydə alınır və işdə göstərilir. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This case is assigned to another counsellor. Say why you need to read it (for example: the child called again and their counsellor is not on shift). Your reason is recorded and shown on the case. You can read it for %n hour(s), not change it.</source>
        <translation>
            <numerusform>Bu iş başqa məsləhətçiyə təyin edilib. Onu niyə oxumalı olduğunuzu yazın (məsələn: uşaq yenidən zəng edib, onun məsləhətçisi isə növbədə deyil). Səbəbiniz qeydə alınır və işdə göstərilir. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
            <numerusform>Bu iş başqa məsləhətçiyə təyin edilib. Onu niyə oxumalı olduğunuzu yazın (məsələn: uşaq yenidən zəng edib, onun məsləhətçisi isə növbədə deyil). Səbəbiniz qeydə alınır və işdə göstərilir. İşi %n saat ərzində oxuya bilərsiniz, amma dəyişə bilməzsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reason (at least %n characters):</source>
        <translation>
            <numerusform>&amp;Səbəb (ən azı %n simvol):</numerusform>
            <numerusform>&amp;Səbəb (ən azı %n simvol):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>İşi &amp;aç</translation>
    </message>
</context>
<context>
    <name>helpline::OpeningHours</name>
    <message>
        <source>Enter the opening hours, for example “mon-fri 09:00-18:00; sat 10:00-14:00”, or “24/7”.</source>
        <translation>İş saatlarını yazın, məsələn “mon-fri 09:00-18:00; sat 10:00-14:00” və ya “24/7”.</translation>
    </message>
    <message>
        <source>“24/7” cannot be combined with other hours.</source>
        <translation>“24/7” başqa saatlarla birlikdə yazıla bilməz.</translation>
    </message>
    <message>
        <source>“%1” should be days and then times, for example “mon-fri 09:00-18:00”.</source>
        <translation>“%1” əvvəlcə günlərdən, sonra saatlardan ibarət olmalıdır, məsələn “mon-fri 09:00-18:00”.</translation>
    </message>
    <message>
        <source>“%1” is not a day: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>“%1” gün deyil: mon, tue, wed, thu, fri, sat və ya sun yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a time range: write it as 09:00-18:00.</source>
        <translation>“%1” vaxt aralığı deyil: onu 09:00-18:00 kimi yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 00:00 to 23:59, and 24:00 only as an end.</source>
        <translation>“%1” vaxt deyil: 00:00–23:59 arası yazın, 24:00 isə yalnız bitmə vaxtı ola bilər.</translation>
    </message>
    <message>
        <source>“%1” starts and ends at the same time; for a whole day write 00:00-24:00.</source>
        <translation>“%1” eyni vaxtda başlayır və bitir; bütün gün üçün 00:00-24:00 yazın.</translation>
    </message>
</context>
<context>
    <name>helpline::OutboxEntriesModel</name>
    <message>
        <source>Contact</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Person in a case</source>
        <translation>İşdəki şəxs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>İşdə dəyişiklik</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Yönləndirmə</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Təkrar əlaqə</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Qoşma</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Server tərəfindən rədd edilib</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <source>After “Send again”</source>
        <translation>“Yenidən göndər” düyməsindən sonra</translation>
    </message>
    <message>
        <source>With the next sync</source>
        <translation>Növbəti sinxronizasiya ilə</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, versiya %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Qeydin identifikatoru</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Serverin səbəbi</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Növbəyə qoyulub</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Növbəti cəhd</translation>
    </message>
</context>
<context>
    <name>helpline::OutboxQueue</name>
    <message>
        <source>Reading the sync queue</source>
        <translation>Sinxronizasiya növbəsinin oxunması</translation>
    </message>
    <message>
        <source>This record is no longer in this desk&apos;s store, so it cannot be sent.</source>
        <translation>Bu qeyd artıq bu masanın anbarında yoxdur, ona görə göndərilə bilməz.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match what was sent.</source>
        <translation>Serverin cavabı göndərilənə uyğun gəlmir.</translation>
    </message>
    <message>
        <source>There is no such rejected record in the sync queue.</source>
        <translation>Sinxronizasiya növbəsində belə rədd edilmiş qeyd yoxdur.</translation>
    </message>
</context>
<context>
    <name>helpline::OverdueDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
</context>
<context>
    <name>helpline::PasswordStrength</name>
    <message>
        <source>Too short: use at least 8 characters</source>
        <translation>Çox qısadır: ən azı 8 simvol istifadə edin</translation>
    </message>
    <message>
        <source>Weak: a longer password is safer</source>
        <translation>Zəif: daha uzun parol daha etibarlıdır</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Güclü</translation>
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
        <source>Enter the caller&apos;s age in years, or leave it empty.</source>
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
    <name>helpline::PulledRecords</name>
    <message>
        <source>Reading the sync position</source>
        <translation>Sinxronizasiya mövqeyinin oxunması</translation>
    </message>
    <message>
        <source>The server sent records of another kind than were asked for; nothing was saved.</source>
        <translation>Server istəniləndən başqa növ qeydlər göndərdi; heç nə yadda saxlanılmadı.</translation>
    </message>
    <message>
        <source>The server sent records this desk already has (its position went back); nothing was saved.</source>
        <translation>Server bu iş yerində artıq olan qeydləri göndərdi (onun mövqeyi geri qayıtdı); heç nə yadda saxlanılmadı.</translation>
    </message>
</context>
<context>
    <name>helpline::RecordDecoder</name>
    <message>
        <source>&quot;%1&quot; must be a UUID such as 0192d3a4-5b6c-7d8e-9f01-23456789abcd.</source>
        <translation>&quot;%1&quot; 0192d3a4-5b6c-7d8e-9f01-23456789abcd kimi UUID olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>&quot;%1&quot; bunlardan biri olmalıdır: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one JSON value written without spaces, such as &quot;open&quot;, null or [&quot;a&quot;,&quot;b&quot;].</source>
        <translation>&quot;%1&quot; boşluqsuz yazılmış bir JSON dəyəri olmalıdır, məsələn, &quot;open&quot;, null və ya [&quot;a&quot;,&quot;b&quot;].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say why the case is opened.</source>
        <translation>&quot;%1&quot; işin niyə açıldığını göstərməlidir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say why the work is returned.</source>
        <translation>&quot;%1&quot; işin niyə geri qaytarıldığını göstərməlidir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be risk, new_counsellor, needs_review, closure or break_glass.</source>
        <translation>&quot;%1&quot; bunlardan biri olmalıdır: risk, new_counsellor, needs_review, closure və ya break_glass.</translation>
    </message>
</context>
<context>
    <name>helpline::RecordReader</name>
    <message>
        <source>Records of type &quot;%1&quot; are not synced with the server.</source>
        <translation>&quot;%1&quot; tipli qeydlər serverlə sinxronlaşdırılmır.</translation>
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
        <source>%1 has the wrong format: &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation>%1 yanlış formatdadır: “%3” əvəzinə “%2”.</translation>
    </message>
    <message>
        <source>%1 has no valid version: it must be a whole number of 1 or more.</source>
        <translation>%1 düzgün versiyaya malik deyil: versiya 1 və ya daha böyük tam ədəd olmalıdır.</translation>
    </message>
</context>
<context>
    <name>helpline::ReferralDialog</name>
    <message>
        <source>Refer</source>
        <translation>Yönləndir</translation>
    </message>
    <message>
        <source>Choose the service (Enter), then say why and how.</source>
        <translation>Xidməti seçin (Enter), sonra səbəbini və necə edildiyini yazın.</translation>
    </message>
    <message>
        <source>&amp;Choose this service</source>
        <translation>Bu xidməti &amp;seç</translation>
    </message>
    <message>
        <source>Service &amp;not in the directory</source>
        <translation>Xidmət kataloqda &amp;yoxdur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Dəyiş</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Səbəb</translation>
    </message>
    <message>
        <source>What the service should do for the child</source>
        <translation>Xidmət uşaq üçün nə etməlidir</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Təcililik</translation>
    </message>
    <message>
        <source>&amp;Made</source>
        <translation>&amp;Necə</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <source>The child or caller &amp;agreed</source>
        <translation>Uşaq və ya zəng edən &amp;razıdır</translation>
    </message>
    <message>
        <source>&amp;Without consent</source>
        <translation>Razılıq&amp;sız</translation>
    </message>
    <message>
        <source>Why without &amp;consent</source>
        <translation>Niyə razılıq&amp;sız</translation>
    </message>
    <message>
        <source>For example: imminent danger to the child</source>
        <translation>Məsələn: uşaq üçün qaçılmaz təhlükə</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>Yönləndirməni &amp;saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>helpline::ReferralStatusEditor</name>
    <message>
        <source>Referral status</source>
        <translation>Yönləndirmənin vəziyyəti</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>%1 xidmətinə yönləndirmə</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;İndi</translation>
    </message>
    <message>
        <source>What became of the referral</source>
        <translation>Yönləndirmənin nəticəsi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>helpline::RegionModel</name>
    <message>
        <source>(not chosen)</source>
        <translation>(seçilməyib)</translation>
    </message>
    <message>
        <source>(rayon or city not known)</source>
        <translation>(rayon və ya şəhər məlum deyil)</translation>
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
        <translation>Şəhər və ya rayon axtarın, məsələn, Şəki</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Şəhər və ya rayon axtarışı</translation>
    </message>
    <message>
        <source>%1: search</source>
        <translation>%1: axtarış</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Tapılan yerlər</translation>
    </message>
    <message>
        <source>Economic region</source>
        <translation>İqtisadi rayon</translation>
    </message>
    <message>
        <source>%1: economic region</source>
        <translation>%1: iqtisadi rayon</translation>
    </message>
    <message>
        <source>Rayon or city</source>
        <translation>Rayon və ya şəhər</translation>
    </message>
    <message>
        <source>%1: rayon or city</source>
        <translation>%1: rayon və ya şəhər</translation>
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
        <source>The ISO code &quot;%1&quot; of %2 is not valid: it must look like AZ-SAK (AZ-, then one to three capital letters or digits).</source>
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
        <source>The code &quot;%1&quot; is not valid: use letters a-z or A-Z, digits, dots, hyphens and underscores.</source>
        <translation>“%1” kodu yanlışdır: a-z və ya A-Z hərflərindən, rəqəmlərdən, nöqtələrdən, defislərdən və alt xətlərdən istifadə edin.</translation>
    </message>
    <message>
        <source>%1 has the kind &quot;%2&quot;; here it must be one of: %3.</source>
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
        <source>The economic region code &quot;%1&quot; is not valid: it must look like er.shaki_zagatala (er., then lower-case letters a-z, digits and underscores).</source>
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
    <name>helpline::Review</name>
    <message>
        <source>Acute risk</source>
        <translation>Kəskin risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Yüksək risk</translation>
    </message>
    <message>
        <source>Review asked for</source>
        <translation>Yoxlama istənilib</translation>
    </message>
    <message>
        <source>Closure to approve</source>
        <translation>Təsdiqlənəcək bağlanma</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>Yeni məsləhətçi</translation>
    </message>
    <message>
        <source>Restricted case opened</source>
        <translation>Məhdud iş açılıb</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Təsdiqlənib</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Geri qaytarılıb</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Bağlanma təsdiqlənib</translation>
    </message>
    <message>
        <source>Closure not approved</source>
        <translation>Bağlanma təsdiqlənməyib</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewEditor</name>
    <message>
        <source>Write the comment first.</source>
        <translation>Əvvəlcə şərhi yazın.</translation>
    </message>
    <message>
        <source>Say what the counsellor should change.</source>
        <translation>Məsləhətçinin nəyi dəyişməli olduğunu yazın.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Ask for a review</source>
        <translation>Yoxlama istə</translation>
    </message>
    <message>
        <source>&amp;Comment, or the reason for approving or returning:</source>
        <translation>Şə&amp;rh, yaxud təsdiqləmə və ya geri qaytarma səbəbi:</translation>
    </message>
    <message>
        <source>&amp;What should a supervisor look at?</source>
        <translation>Supervayzer &amp;nəyə baxmalıdır?</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Şərhi yadda saxla</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Sorğu göndər</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Nothing of this case waits for review. Approve records that you read it.</source>
        <translation>Bu işdə yoxlama gözləyən heç nə yoxdur. &quot;Təsdiqlə&quot; işi oxuduğunuzu qeydə alır.</translation>
    </message>
    <message>
        <source>Waiting for your review:</source>
        <translation>Yoxlamanızı gözləyir:</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewQueueModel</name>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Məsləhətçi</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Nə vaxtdan gözləyir</translation>
    </message>
    <message>
        <source>Counsellor&apos;s words</source>
        <translation>Məsləhətçinin sözləri</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewRepository</name>
    <message>
        <source>Only supervisors review cases.</source>
        <translation>İşləri yalnız supervayzerlər yoxlayır.</translation>
    </message>
    <message>
        <source>Reading the review queue</source>
        <translation>Yoxlama növbəsinin oxunması</translation>
    </message>
    <message>
        <source>Say what the counsellor should change.</source>
        <translation>Məsləhətçinin nəyi dəyişməli olduğunu yazın.</translation>
    </message>
    <message>
        <source>Closure approved by a supervisor.</source>
        <translation>Bağlanma supervayzer tərəfindən təsdiqlənib.</translation>
    </message>
    <message>
        <source>Reading your feedback</source>
        <translation>Rəylərinizin oxunması</translation>
    </message>
    <message>
        <source>Reading the alerts</source>
        <translation>Xəbərdarlıqların oxunması</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Belə müraciət yoxdur.</translation>
    </message>
</context>
<context>
    <name>helpline::ReviewScreen</name>
    <message>
        <source>This list could not be read. %1</source>
        <translation>Bu siyahını oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Yoxlama gözləyən heç nə yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for review. Open a case (Enter) to read it whole, comment, approve or return it.</source>
        <translation>
            <numerusform>Yoxlama gözləyən %n qeyd var. İşi tam oxumaq, şərh yazmaq, təsdiqləmək və ya geri qaytarmaq üçün onu açın (Enter).</numerusform>
            <numerusform>Yoxlama gözləyən %n qeyd var. İşi tam oxumaq, şərh yazmaq, təsdiqləmək və ya geri qaytarmaq üçün onu açın (Enter).</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Supervayzerdən hələ rəy yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and decision(s) from supervisors on your work. Enter opens the case.</source>
        <translation>
            <numerusform>İşiniz üzrə supervayzerlərdən %n şərh və qərar var. Enter işi açır.</numerusform>
            <numerusform>İşiniz üzrə supervayzerlərdən %n şərh və qərar var. Enter işi açır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisors review cases here, and counsellors read their feedback. An administrator&apos;s account does neither.</source>
        <translation>Burada supervayzerlər işləri yoxlayır, məsləhətçilər isə onlara verilən rəyləri oxuyur. Administrator hesabı bunların heç birini etmir.</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Rəylərim</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Yoxlama növbəsi</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>İşi aç</translation>
    </message>
</context>
<context>
    <name>helpline::RiskStyle</name>
    <message>
        <source>Not screened</source>
        <translation>Skrininq aparılmayıb</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask directly, in these words.</source>
        <translation>Birbaşa, məhz bu sözlərlə soruşun.</translation>
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
        <translation>Cavab bəlidirsə, necə və nə vaxt olduğunu soruşun və bunu qeydlərə yazın.</translation>
    </message>
    <message>
        <source>Are you having thoughts of killing yourself right now?</source>
        <extracomment>ASQ question 5 (acuity). Validated translation only.</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Wish to be dead.</source>
        <translation>Son bir ay. Ölmək arzusu.</translation>
    </message>
    <message>
        <source>Have you actually had any thoughts of killing yourself?</source>
        <extracomment>C-SSRS screener question 2. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. If yes, ask questions 3, 4 and 5. If no, go to question 6.</source>
        <translation>Son bir ay. Cavab bəlidirsə, 3, 4 və 5-ci sualları verin. Cavab xeyrdirsə, 6-cı suala keçin.</translation>
    </message>
    <message>
        <source>Have you been thinking about how you might do this?</source>
        <extracomment>C-SSRS screener question 3. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Thoughts of a method, without a specific plan or intent to act.</source>
        <translation>Son bir ay. Konkret plan və ya hərəkət etmək niyyəti olmadan üsul barədə düşüncələr.</translation>
    </message>
    <message>
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <extracomment>C-SSRS screener question 4. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Intent to act, without a specific plan.</source>
        <translation>Son bir ay. Konkret plan olmadan hərəkət etmək niyyəti.</translation>
    </message>
    <message>
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <extracomment>C-SSRS screener question 5. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past month. Intent with a specific plan.</source>
        <translation>Son bir ay. Konkret planla birlikdə niyyət.</translation>
    </message>
    <message>
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life?</source>
        <extracomment>C-SSRS screener question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime. For example: collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn&apos;t swallow any, held a gun but changed their mind or it was grabbed from their hand, went to the roof but didn&apos;t jump; or actually took pills, tried to shoot themselves, cut themselves, tried to hang themselves.</source>
        <translation>Bütün həyatı boyu. Məsələn: həb toplayıb, silah əldə edib, qiymətli əşyalarını başqalarına paylayıb, vəsiyyətnamə və ya intihar məktubu yazıb, həbləri çıxarıb, amma udmayıb, silahı əlində tutub, amma fikrindən dönüb və ya silahı əlindən alıblar, dama çıxıb, amma tullanmayıb; yaxud həqiqətən həb qəbul edib, özünü güllələməyə cəhd edib, özünü kəsib, özünü asmağa cəhd edib.</translation>
    </message>
    <message>
        <source>Was it within the past 3 months?</source>
        <extracomment>C-SSRS screener follow-up to question 6. Official Columbia translation only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only if the answer to question 6 was yes.</source>
        <translation>Yalnız 6-cı suala cavab “bəli” olubsa soruşun.</translation>
    </message>
</context>
<context>
    <name>helpline::ScreeningPanel</name>
    <message>
        <source>Screening instrument:</source>
        <translation>Skrininq metodikası:</translation>
    </message>
    <message>
        <source>ASQ (Ask Suicide-Screening Questions)</source>
        <translation>ASQ (intihar riskinin skrininqi üçün suallar)</translation>
    </message>
    <message>
        <source>C-SSRS screener (Columbia Protocol)</source>
        <translation>C-SSRS, skrininq versiyası (Kolumbiya protokolu)</translation>
    </message>
    <message>
        <source>Screening instrument</source>
        <translation>Skrininq metodikası</translation>
    </message>
    <message>
        <source>Read each question to the child word for word. With the focus on a question, the underlined letter answers it and moves to the next; Delete clears an answer.</source>
        <translation>Hər sualı uşağa sözbəsöz oxuyun. Sual seçili olduqda altından xətt çəkilmiş hərf cavabı qeyd edir və növbəti suala keçir; Delete cavabı silir.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Nəticə:</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk səviyyəsi</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Skrininqin nəticəsi</translation>
    </message>
    <message>
        <source>Suicide risk screening</source>
        <translation>İntihar riskinin skrininqi</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Sual %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Cavab verilməyib</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>&amp;Declined to answer</source>
        <translation>&amp;Cavab verməkdən imtina etdi</translation>
    </message>
    <message>
        <source>%1. Still to ask: %2</source>
        <translation>%1. Hələ verilməli suallar: %2</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Tamamlanmayıb</translation>
    </message>
</context>
<context>
    <name>helpline::ScreeningPlaceholderEditor</name>
    <message>
        <source>The screening panel is not available here; answers kept: %1.</source>
        <translation>Skrininq paneli burada əlçatan deyil; saxlanılan cavablar: %1.</translation>
    </message>
    <message>
        <source>The screening panel is not available here.</source>
        <translation>Skrininq paneli burada əlçatan deyil.</translation>
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
    <name>helpline::SearchResultDelegate</name>
    <message>
        <source>In a note:</source>
        <translation>Qeyddə:</translation>
    </message>
    <message>
        <source>In a name:</source>
        <translation>Adda:</translation>
    </message>
    <message>
        <source>In a contact:</source>
        <translation>Müraciətdə:</translation>
    </message>
</context>
<context>
    <name>helpline::SearchResultsModel</name>
    <message>
        <source>No name given</source>
        <translation>Ad göstərilməyib</translation>
    </message>
</context>
<context>
    <name>helpline::ServerSession</name>
    <message>
        <source>Sign in once with this desk connected to the server to start sync.</source>
        <translation>Sinxronizasiyanı başlatmaq üçün iş yeri serverə qoşulu olarkən bir dəfə daxil olun.</translation>
    </message>
    <message>
        <source>The server ended this desk&apos;s session (%1). Sign in again while connected to resume sync.</source>
        <translation>Server bu iş yerinin seansını bitirdi (%1). Sinxronizasiyanı davam etdirmək üçün şəbəkəyə qoşulu olarkən yenidən daxil olun.</translation>
    </message>
</context>
<context>
    <name>helpline::ServerSignIn</name>
    <message>
        <source>The enrolment code is not valid: it may be mistyped, used already or expired. Ask an admin for a new one.</source>
        <translation>Qeydiyyat kodu etibarlı deyil: səhv yazılmış, artıq istifadə olunmuş və ya vaxtı bitmiş ola bilər. Administratordan yeni kod istəyin.</translation>
    </message>
    <message>
        <source>The user name or the password is not right (the helpline server checked them).</source>
        <translation>İstifadəçi adı və ya parol düzgün deyil (qaynar xəttin serveri onları yoxladı).</translation>
    </message>
    <message>
        <source>The helpline server has locked this account&apos;s sign-in after too many wrong passwords. An admin can unlock it by resetting the password.</source>
        <translation>Həddən artıq yanlış parol daxil edildiyi üçün qaynar xəttin serveri bu hesaba girişi kilidləyib. Administrator parolu sıfırlamaqla kilidi aça bilər.</translation>
    </message>
    <message numerus="yes">
        <source>The helpline server had too many wrong passwords for this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>Qaynar xəttin serverində bu hesab üçün həddən artıq yanlış parol qeydə alınıb. %n saniyədən sonra yenidən cəhd edin.</numerusform>
            <numerusform>Qaynar xəttin serverində bu hesab üçün həddən artıq yanlış parol qeydə alınıb. %n saniyədən sonra yenidən cəhd edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk is not enrolled with the helpline server (an admin may have revoked it). Ask an admin for a new enrolment code.</source>
        <translation>Bu iş yeri qaynar xəttin serverində qeydiyyatda deyil (ola bilsin, administrator qeydiyyatı ləğv edib). Administratordan yeni qeydiyyat kodu istəyin.</translation>
    </message>
    <message>
        <source>The helpline server has a problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Qaynar xəttin serverində problem var (HTTP %1). Bir neçə dəqiqədən sonra yenidən cəhd edin.</translation>
    </message>
</context>
<context>
    <name>helpline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>İnterfeys &amp;dili</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüş</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sistemdəki kimi</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tünd</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>Fəaliyyətsizlikdən sonra &amp;kilidlə</translation>
    </message>
    <message>
        <source>Lock after idle, in minutes</source>
        <translation>Fəaliyyətsizlikdən sonra kilidləmə, dəqiqə ilə</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>The desk locks itself when nobody has used it for this long. Applies to every account on this desk.</source>
        <translation>Bu müddət ərzində heç kim istifadə etmədikdə iş yeri avtomatik kilidlənir. Bu iş yerindəki bütün hesablara aiddir.</translation>
    </message>
    <message>
        <source>Set by an administrator for every account on this desk.</source>
        <translation>Bu iş yerindəki bütün hesablar üçün administrator tərəfindən təyin edilir.</translation>
    </message>
    <message>
        <source>&amp;Store location</source>
        <translation>&amp;Anbarın yeri</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Anbarın yeri</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Not encrypted: the server runs on this computer.</source>
        <translation>Şifrələnmir: server bu kompüterdə işləyir.</translation>
    </message>
    <message>
        <source>Pinned key: only the server whose public key has this SHA-256 fingerprint is trusted, whoever signed its certificate.
%1</source>
        <translation>Bərkidilmiş açar: sertifikatı kimin imzalamasından asılı olmayaraq, yalnız açıq açarının SHA-256 barmaq izi bu olan serverə etibar edilir.
%1</translation>
    </message>
    <message>
        <source>The certificate authorities this computer trusts, and the CA file %1.</source>
        <translation>Bu kompüterin etibar etdiyi sertifikatlaşdırma mərkəzləri və CA faylı %1.</translation>
    </message>
    <message>
        <source>The certificate authorities this computer trusts.</source>
        <translation>Bu kompüterin etibar etdiyi sertifikatlaşdırma mərkəzləri.</translation>
    </message>
    <message>
        <source>Helpline server</source>
        <translation>Qaynar xəttin serveri</translation>
    </message>
    <message>
        <source>This desk&apos;s server settings (desk.json) cannot be read. The desk&apos;s own accounts still sign in; restore desk.json from a backup to sync again.</source>
        <translation>Bu iş yerinin server ayarları (desk.json) oxuna bilmir. İş yerinin öz hesabları yenə də daxil ola bilir; yenidən sinxronizasiya üçün desk.json faylını ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>Server add&amp;ress</source>
        <translation>Server ü&amp;nvanı</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server ünvanı</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>İş &amp;yerinin adı</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>İş yerinin adı</translation>
    </message>
    <message>
        <source>&amp;Device id</source>
        <translation>&amp;Cihazın identifikatoru</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Cihazın identifikatoru</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>&amp;Ofis</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <source>How it is trusted</source>
        <translation>Serverə necə etibar edilir</translation>
    </message>
</context>
<context>
    <name>helpline::SignInScreen</name>
    <message>
        <source>Signing in…</source>
        <translation>Daxil olunur…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <source>Choose your account and enter your password.</source>
        <translation>Hesabınızı seçin və parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>Type your user name on the helpline server.</source>
        <translation>Qaynar xəttin serverindəki istifadəçi adınızı yazın.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Serverdə yoxlanılır…</translation>
    </message>
    <message>
        <source>Choose your account and enter your password. Signing in on this desk for the first time? Choose “Another account” and use your helpline server account.</source>
        <translation>Hesabınızı seçin və parolunuzu daxil edin. Bu iş yerinə ilk dəfə daxil olursunuz? “Başqa hesab” variantını seçin və qaynar xəttin serverindəki hesabınızdan istifadə edin.</translation>
    </message>
</context>
<context>
    <name>helpline::SingleChoiceEditor</name>
    <message>
        <source>(not chosen)</source>
        <translation>(seçilməyib)</translation>
    </message>
</context>
<context>
    <name>helpline::StatusEditor</name>
    <message>
        <source>Closing a case needs a reason: say why it can be closed.</source>
        <translation>İşi bağlamaq üçün səbəb göstərilməlidir: işin nə üçün bağlana biləcəyini qeyd edin.</translation>
    </message>
    <message>
        <source>&amp;Reason (required to close)</source>
        <translation>Sə&amp;bəb (bağlamaq üçün mütləqdir)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>Sə&amp;bəb (istəyə görə)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Statusu dəyiş</translation>
    </message>
    <message>
        <source>New stat&amp;us</source>
        <translation>Yeni stat&amp;us</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Yeni status</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Dəyişikliyin səbəbi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>helpline::SyncClient</name>
    <message>
        <source>The server address is not a web address (https://server.example:8443).</source>
        <translation>Server ünvanı veb ünvan deyil (https://server.example:8443).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a password, a query or a fragment.</source>
        <translation>Server ünvanında istifadəçi adı, parol, sorğu və ya fraqment olmamalıdır.</translation>
    </message>
    <message>
        <source>Case data may only travel encrypted: use https:// (plain http:// is allowed only to this computer).</source>
        <translation>İş məlumatları yalnız şifrələnmiş ötürülə bilər: https:// istifadə edin (adi http:// yalnız bu kompüterə icazəlidir).</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Server ünvanı https:// ilə başlamalıdır.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no certificate.</source>
        <translation>CA faylı %1 oxunmur və ya sertifikat saxlamır.</translation>
    </message>
    <message>
        <source>The pinned server key must be a SHA-256 hash (32 bytes).</source>
        <translation>Bərkidilmiş server açarı SHA-256 heşi (32 bayt) olmalıdır.</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>%1 MiB-dan böyükdür</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one this desk was set up to trust. Someone may be between this desk and the server; tell the helpline&apos;s IT person.</source>
        <translation>Serverin açarı bu masanın etibar etmək üçün qurulduğu açar deyil. Bu masa ilə server arasında kimsə ola bilər; qaynar xəttin İT işçisinə bildirin.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Sinxronizasiya dayandırıldı.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1). Sync stays off until the helpline&apos;s IT person fixes the certificate or the desk&apos;s settings.</source>
        <translation>Serverin sertifikatına etibar etmək olmur (%1). Qaynar xəttin İT işçisi sertifikatı və ya masanın ayarlarını düzəldənə qədər sinxronizasiya dayanır.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found: this desk seems to be offline.</source>
        <translation>Serverin adı tapılmır: bu masa oflayn görünür.</translation>
    </message>
    <message>
        <source>The server is not answering (connection refused).</source>
        <translation>Server cavab vermir (bağlantı rədd edildi).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Server vaxtında cavab vermədi.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>Serverlə bağlantı alınmadı (%1).</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>JSON deyil</translation>
    </message>
    <message>
        <source>The server asks for a new sign-in (%1).</source>
        <translation>Server yenidən daxil olmağı tələb edir (%1).</translation>
    </message>
    <message>
        <source>The server asks this desk to wait before trying again.</source>
        <translation>Server bu masadan yenidən cəhd etməzdən əvvəl gözləməyi xahiş edir.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1); sync will try again.</source>
        <translation>Serverdə problem var (HTTP %1); sinxronizasiya yenidən cəhd edəcək.</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Server bunu rədd etdi: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>%1 results for %2 records</source>
        <translation>%2 qeyd üçün %1 nəticə</translation>
    </message>
    <message>
        <source>result %1 answers another record than the one pushed</source>
        <translation>%1 nəticəsi göndəriləndən başqa qeydə aiddir</translation>
    </message>
    <message>
        <source>a page of stream %1 for %2</source>
        <translation>%2 üçün %1 axınının səhifəsi</translation>
    </message>
    <message>
        <source>more items than asked for</source>
        <translation>istəniləndən çox element</translation>
    </message>
    <message>
        <source>its cursor goes backwards</source>
        <translation>kursoru geri gedir</translation>
    </message>
    <message>
        <source>its items are out of sequence</source>
        <translation>elementləri ardıcıllıqda deyil</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (%1). Nothing was changed on this desk.</source>
        <translation>Serverin cavabından istifadə etmək olmadı (%1). Bu masada heç nə dəyişmədi.</translation>
    </message>
    <message>
        <source>The connection to the server broke before the whole answer arrived.</source>
        <translation>Bütün cavab gəlməmiş serverlə bağlantı qırıldı.</translation>
    </message>
    <message>
        <source>the audit copy of another desk</source>
        <translation>başqa iş yerinin audit surəti</translation>
    </message>
    <message>
        <source>the server holds entries up to %1 after %2 were sent</source>
        <translation>%2 qeyd göndərildikdən sonra serverdə yalnız %1 nömrəli qeydə qədər qeydlər var</translation>
    </message>
</context>
<context>
    <name>helpline::SyncCredentials</name>
    <message>
        <source>Reading the sync session</source>
        <translation>Sinxronizasiya seansının oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::SyncEngine</name>
    <message>
        <source>This desk&apos;s case store could not be read or written during sync: %1</source>
        <translation>Sinxronizasiya zamanı bu iş yerinin işlər anbarını oxumaq və ya ona yazmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>Reading the sync log</source>
        <translation>Sinxronizasiya jurnalının oxunması</translation>
    </message>
</context>
<context>
    <name>helpline::SyncLogScreen</name>
    <message>
        <source>The sync log could not be read. %1</source>
        <translation>Sinxronizasiya jurnalını oxumaq mümkün olmadı. %1</translation>
    </message>
    <message>
        <source>Not every record was queued again</source>
        <translation>Bütün qeydlər yenidən növbəyə qoyulmadı</translation>
    </message>
    <message numerus="yes">
        <source>Queued to be sent again with the next sync: %n.</source>
        <translation>
            <numerusform>Növbəti sinxronizasiyada yenidən göndərilmək üçün növbəyə qoyuldu: %n.</numerusform>
            <numerusform>Növbəti sinxronizasiyada yenidən göndərilmək üçün növbəyə qoyuldu: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued to be sent again when a counsellor or supervisor syncs on this desk: %n.</source>
        <translation>
            <numerusform>Bu iş yerində məsləhətçi və ya supervayzer sinxronizasiya etdikdə yenidən göndərilmək üçün növbəyə qoyuldu: %n.</numerusform>
            <numerusform>Bu iş yerində məsləhətçi və ya supervayzer sinxronizasiya etdikdə yenidən göndərilmək üçün növbəyə qoyuldu: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 · this desk: %2</source>
        <translation>Server %1 · bu iş yeri: %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Diqqət tələb edən heç nə yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: %n.</source>
        <translation>
            <numerusform>Server tərəfindən rədd edilib: %n.</numerusform>
            <numerusform>Server tərəfindən rədd edilib: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1. Failing to send: %2.</source>
        <translation>Server tərəfindən rədd edilib: %1. Göndərilə bilmir: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Failing to send: %n. They are tried again by themselves.</source>
        <translation>
            <numerusform>Göndərilə bilmir: %n. Onlar avtomatik olaraq yenidən göndəriləcək.</numerusform>
            <numerusform>Göndərilə bilmir: %n. Onlar avtomatik olaraq yenidən göndəriləcək.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sinxronizasiya jurnalı</translation>
    </message>
    <message>
        <source>Recent &amp;runs</source>
        <translation>Son &amp;sinxronizasiyalar</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Son sinxronizasiyalar</translation>
    </message>
    <message>
        <source>Records that need &amp;attention</source>
        <translation>Diqqət tələb edən &amp;qeydlər</translation>
    </message>
    <message>
        <source>Records that need attention</source>
        <translation>Diqqət tələb edən qeydlər</translation>
    </message>
    <message>
        <source>A record the server refused stays here until you send it again, after fixing what the server said. Records that failed to send are tried again by themselves.</source>
        <translation>Serverin rədd etdiyi qeyd, serverin göstərdiyi problemi düzəldib onu yenidən göndərənədək burada qalır. Göndərilə bilməyən qeydlər avtomatik olaraq yenidən göndərilir.</translation>
    </message>
    <message>
        <source>A record the server refused stays here until an administrator sends it again. Records that failed to send are tried again by themselves.</source>
        <translation>Serverin rədd etdiyi qeyd administrator onu yenidən göndərənədək burada qalır. Göndərilə bilməyən qeydlər avtomatik olaraq yenidən göndərilir.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Yenidən göndər</translation>
    </message>
    <message>
        <source>Queue the selected refused records to be sent again</source>
        <translation>Seçilmiş rədd edilmiş qeydləri yenidən göndərmək üçün növbəyə qoy</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Yeni&amp;lə</translation>
    </message>
</context>
<context>
    <name>helpline::SyncMessages</name>
    <message>
        <source>A push may hold at most %1 records.</source>
        <translation>Bir göndərişdə ən çoxu %1 qeyd ola bilər.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once.</source>
        <translation>&quot;%1&quot; bir dəfədən çox verilib.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 64 lowercase hexadecimal digits.</source>
        <translation>&quot;%1&quot; 64 kiçik onaltılıq rəqəmdən ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>An audit upload may hold at most %1 entries.</source>
        <translation>Audit göndərişində ən çoxu %1 qeyd ola bilər.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be greater than the seq of the entry before it.</source>
        <translation>&quot;%1&quot; özündən əvvəlki qeydin seq dəyərindən böyük olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given exactly when the copy is not intact.</source>
        <translation>&quot;%1&quot; yalnız surət zədəli olduqda verilir.</translation>
    </message>
</context>
<context>
    <name>helpline::SyncRunsModel</name>
    <message>
        <source>Sign-in</source>
        <translation>Daxil olarkən</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Cədvəl üzrə</translation>
    </message>
    <message>
        <source>After a save</source>
        <translation>Yadda saxladıqdan sonra</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <source>Network back</source>
        <translation>Şəbəkə bərpa olundu</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Təkrar cəhd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached</source>
        <translation>Oflayn: serverlə əlaqə qurulmadı</translation>
    </message>
    <message>
        <source>The server was busy</source>
        <translation>Server məşğul idi</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Daxil olmaq lazımdır</translation>
    </message>
    <message>
        <source>The server refused part of it</source>
        <translation>Server bir hissəsini rədd etdi</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used</source>
        <translation>Serverin cavabından istifadə etmək olmadı</translation>
    </message>
    <message>
        <source>The server could not be trusted</source>
        <translation>Serverə etibar etmək olmadı</translation>
    </message>
    <message>
        <source>A problem on this desk</source>
        <translation>Bu iş yerində problem</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Başlanıb: %1, bitib: %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlanıb</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınıb</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
</context>
<context>
    <name>helpline::SyncStatusText</name>
    <message>
        <source>Sign in while connected to resume sync</source>
        <translation>Sinxronizasiyanı davam etdirmək üçün şəbəkəyə qoşulu olarkən daxil olun</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Oflayn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Hələ sinxronlaşdırılmayıb</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n qeyd göndərilməyi gözləyir</numerusform>
            <numerusform>%n qeyd göndərilməyi gözləyir</numerusform>
        </translation>
    </message>
    <message>
        <source>everything sent</source>
        <translation>hamısı göndərilib</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n qeyd server tərəfindən rədd edilib</numerusform>
            <numerusform>%n qeyd server tərəfindən rədd edilib</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>son sinxronizasiya: %1</translation>
    </message>
    <message>
        <source>Sending and receiving records now.</source>
        <translation>Qeydlər indi göndərilir və alınır.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Növbəti cəhd: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Növbəti sinxronizasiya: %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s session receives records but does not send case records: they go when a counsellor or supervisor is signed in on this desk.</source>
        <translation>Administrator seansında qeydlər alınır, lakin iş qeydləri göndərilmir: onlar bu iş yerinə məsləhətçi və ya supervayzer daxil olduqda göndəriləcək.</translation>
    </message>
    <message>
        <source>Records the server refused wait in the sync log until an administrator sends them again.</source>
        <translation>Serverin rədd etdiyi qeydlər administrator onları yenidən göndərənədək sinxronizasiya jurnalında gözləyir.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Son sinxronizasiya: %1</translation>
    </message>
    <message>
        <source>Not synced yet on this desk.</source>
        <translation>Bu iş yerində hələ sinxronizasiya olmayıb.</translation>
    </message>
</context>
<context>
    <name>helpline::SyncStatusWidget</name>
    <message>
        <source>Sync starts when someone signs in</source>
        <translation>Sinxronizasiya kimsə daxil olduqda başlayır</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinxronizasiya gedir</translation>
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
        <source>The category code &quot;%1&quot; is not valid: use lower-case letters a-z, digits and underscores, starting with a letter.</source>
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
        <source>The subcategory code %1 does not start with the code of its category, &quot;%2&quot;.</source>
        <translation>Alt kateqoriya kodu %1 öz kateqoriyasının kodu (“%2”) ilə başlamır.</translation>
    </message>
    <message>
        <source>The subcategory code &quot;%1&quot; is not valid: after &quot;%2&quot; use lower-case letters a-z, digits and underscores, starting with a letter.</source>
        <translation>Alt kateqoriya kodu “%1” yanlışdır: “%2” hissəsindən sonra kiçik a-z hərflərindən, rəqəmlərdən və alt xətlərdən istifadə edin; bu hissə hərflə başlamalıdır.</translation>
    </message>
    <message>
        <source>The taxonomy file</source>
        <translation>Təsnifat faylı</translation>
    </message>
</context>
<context>
    <name>helpline::TaxonomyModel</name>
    <message numerus="yes">
        <source>%1 (%n chosen)</source>
        <translation>
            <numerusform>%1 (%n seçilib)</numerusform>
            <numerusform>%1 (%n seçilib)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpline::TaxonomyPicker</name>
    <message>
        <source>Press Delete to remove</source>
        <translation>Silmək üçün Delete düyməsini basın</translation>
    </message>
    <message>
        <source>Type to filter, for example &quot;bully&quot;</source>
        <translation>Süzmək üçün yazın, məsələn, “zorbalıq”</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>Kateqoriyaların filtri</translation>
    </message>
    <message>
        <source>%1: filter</source>
        <translation>%1: filtr</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <source>Space chooses or removes a category</source>
        <translation>Boşluq düyməsi kateqoriyanı seçir və ya seçimi ləğv edir</translation>
    </message>
    <message>
        <source>Chosen categories</source>
        <translation>Seçilmiş kateqoriyalar</translation>
    </message>
    <message>
        <source>%1: chosen</source>
        <translation>%1: seçilənlər</translation>
    </message>
    <message>
        <source>Delete removes the current one</source>
        <translation>Delete cari elementi silir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Remove the chosen category</source>
        <translation>Seçilmiş kateqoriyanı sil</translation>
    </message>
</context>
<context>
    <name>helpline::TimelineDelegate</name>
    <message>
        <source>Contact</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Düzəliş</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Yönləndirmə</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Təkrar əlaqə</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status dəyişikliyi</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Həvalə</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ziddiyyət</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Giriş</translation>
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
        <translation>Ad göstərilməyib</translation>
    </message>
    <message>
        <source>No news since</source>
        <translation>Son xəbər</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Uşaq</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönləndirildiyi yer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>helpline::WorkArea</name>
    <message>
        <source>Intake</source>
        <translation>Qeydiyyat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Təkrar əlaqələr</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Xidmətlər kataloqu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Naviqasiya</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sinxronizasiya jurnalı</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Rəylərim</translation>
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
    <name>helpline::YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Cavabı sil</translation>
    </message>
</context>
<context>
    <name>helpline::main</name>
    <message>
        <source>Counsellor and supervisor workstation for child helplines.</source>
        <translation>Uşaq qaynar xətləri üçün məsləhətçi və supervayzer iş yeri.</translation>
    </message>
    <message>
        <source>Use the case store in &lt;folder&gt; instead of the configured one (demonstrations, tests). Also: HELPLINE_STORE.</source>
        <translation>Tənzimlənmiş anbarın əvəzinə &lt;qovluq&gt; qovluğundakı işlər anbarından istifadə et (nümayiş, testlər). Həmçinin: HELPLINE_STORE.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>qovluq</translation>
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
