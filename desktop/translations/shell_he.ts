<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Verify the whole archive</source>
        <translation>אימות הארכיון כולו</translation>
    </message>
    <message>
        <source>Recomputes the audit chain and checks every stored memo: its bytes against its SHA-256, its signatures against the record and the trust roots, and the audit head printed on it against the chain. Nothing is changed.</source>
        <translation>מחשב מחדש את שרשרת הביקורת ובודק כל תזכיר שמור: את הבתים שלו מול ה-SHA-256 שלו, את חתימותיו מול הרישום ושורשי האמון, ואת ראש הביקורת המודפס עליו מול השרשרת. דבר אינו משתנה.</translation>
    </message>
    <message>
        <source>Archive check status</source>
        <translation>מצב בדיקת הארכיון</translation>
    </message>
    <message>
        <source>Archive check progress</source>
        <translation>התקדמות בדיקת הארכיון</translation>
    </message>
    <message>
        <source>Problems found in the archive</source>
        <translation>בעיות שנמצאו בארכיון</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>עצירה (&amp;S)</translation>
    </message>
    <message>
        <source>Stop checking the archive</source>
        <translation>עצירת בדיקת הארכיון</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>בודק את שרשרת הביקורת…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצר…</translation>
    </message>
    <message>
        <source>Checked {done} of {total} stored memos…</source>
        <translation>נבדקו ⁨{done}⁩ מתוך {total} תזכירים שמורים…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memo</source>
        <translation>
            <numerusform>תזכיר שמור אחד</numerusform>
            <numerusform>%Ln תזכירים שמורים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memos</source>
        <translation>
            <numerusform>תזכיר שמור אחד</numerusform>
            <numerusform>%Ln תזכירים שמורים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ נמצאה בעיה אחת לאחר בדיקת {entries} ו-{memos}:</numerusform>
            <numerusform>⚠ נמצאו %n בעיות לאחר בדיקת {entries} ו-{memos}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problems found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ נמצאה בעיה אחת לאחר בדיקת {entries} ו-{memos}:</numerusform>
            <numerusform>⚠ נמצאו %n בעיות לאחר בדיקת {entries} ו-{memos}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} audit entries</source>
        <translation>{count} רשומות ביקורת</translation>
    </message>
    <message>
        <source>✔ The archive is intact: {entries} and {memos} checked; no problems found.</source>
        <translation>✔ הארכיון שלם: נבדקו {entries} ו-{memos}; לא נמצאו בעיות.</translation>
    </message>
    <message>
        <source>Stopped: the archive was not checked in full.</source>
        <translation>נעצר: הארכיון לא נבדק במלואו.</translation>
    </message>
    <message>
        <source>The archive could not be checked: {error}</source>
        <translation>לא ניתן היה לבדוק את הארכיון: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Bundle exported</source>
        <translation>החבילה יוצאה</translation>
    </message>
    <message>
        <source>Written and signed: {path}</source>
        <translation>נכתבה ונחתמה: {path}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ועוד %n</numerusform>
            <numerusform>…ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation>החבילה לא יובאה</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>אין מה לייבא</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>החבילה יובאה</translation>
    </message>
    <message numerus="yes">
        <source>Problems the check found: %n. Nothing was written.</source>
        <translation>
            <numerusform>בעיות שנמצאו בבדיקה: %n. דבר לא נכתב.</numerusform>
            <numerusform>בעיות שנמצאו בבדיקה: %n. דבר לא נכתב.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This record already holds every assessment of the bundle (%n); nothing was written.</source>
        <translation>
            <numerusform>רישום זה כבר מחזיק בכל ההערכות שבחבילה (%n); דבר לא נכתב.</numerusform>
            <numerusform>רישום זה כבר מחזיק בכל ההערכות שבחבילה (%n); דבר לא נכתב.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments imported: %n, from record {origin}…, exported by {signer}.</source>
        <translation>
            <numerusform>הערכות שיובאו: %n, מהרישום {origin}…, ייצא: {signer}.</numerusform>
            <numerusform>הערכות שיובאו: %n, מהרישום {origin}…, ייצא: {signer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already held here: %n.</source>
        <translation>
            <numerusform>כבר קיימות כאן: %n.</numerusform>
            <numerusform>כבר קיימות כאן: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>ייצוא חבילה</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>מייצא חבילה</translation>
    </message>
    <message>
        <source>Unlocking your identity</source>
        <translation>פותח את הזהות שלך</translation>
    </message>
    <message>
        <source>Reading and signing the cases</source>
        <translation>קורא וחותם על התיקים</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>החבילה לא יוצאה</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>ייבוא חבילה</translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation>מייבא חבילה</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>ייצוא חבילה</translation>
    </message>
    <message>
        <source>The chosen assessment, with all its revisions: {title}</source>
        <translation>ההערכה שנבחרה, על כל גרסאותיה: {title}</translation>
    </message>
    <message>
        <source>The whole record (every assessment)</source>
        <translation>הרישום כולו (כל ההערכות)</translation>
    </message>
    <message>
        <source>The chosen assessment (none is open or selected)</source>
        <translation>ההערכה שנבחרה (אין הערכה פתוחה או מסומנת)</translation>
    </message>
    <message>
        <source>Identity file that signs the bundle</source>
        <translation>קובץ הזהות שחותם על החבילה</translation>
    </message>
    <message>
        <source>your identity file (.p12)</source>
        <translation>קובץ הזהות שלך (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>עיון (&amp;B)…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>משפט הסיסמה של הזהות</translation>
    </message>
    <message>
        <source>The bundle carries the cases, their decisions, dissents, notes, outcomes and memos as stored, with this record&apos;s whole audit chain (so the receiver can check every row), signed by you. Anyone who receives it can read the titles and authors of every case in the chain.</source>
        <translation>החבילה נושאת את התיקים, החלטותיהם, דעות המיעוט, ההערות, התוצאות והתזכירים כפי שנשמרו, עם שרשרת הביקורת המלאה של רישום זה (כדי שהמקבל יוכל לבדוק כל שורה), חתומים על ידך. כל מי שמקבל אותה יכול לקרוא את הכותרות והמחברים של כל התיקים בשרשרת.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ייצוא (&amp;E)…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>חתום על ידי:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>משפט סיסמה (&amp;P):</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>בחירת זהות החתימה שלך</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <source>cancelled before anything was written</source>
        <translation>בוטל לפני שנכתב דבר</translation>
    </message>
</context>
<context>
    <name>BundleSteps</name>
    <message>
        <source>Checking the bundle&apos;s signature</source>
        <translation>בודק את חתימת החבילה</translation>
    </message>
    <message>
        <source>Checking the audit chain</source>
        <translation>בודק את שרשרת הביקורת</translation>
    </message>
    <message>
        <source>Checking the cases against it</source>
        <translation>בודק את התיקים מול השרשרת</translation>
    </message>
    <message>
        <source>Comparing with this record</source>
        <translation>משווה לרישום זה</translation>
    </message>
    <message>
        <source>Writing the cases</source>
        <translation>כותב את התיקים</translation>
    </message>
    <message>
        <source>Indexing the cases for search</source>
        <translation>מאנדקס את התיקים לחיפוש</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>מאשר את הכתיבה</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Case files (*.yaml *.yml)</source>
        <translation>קובצי תיק (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>ייבוא קובץ תיק</translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation>קובץ התיק לא יובא</translation>
    </message>
    <message>
        <source>The example cases were not opened</source>
        <translation>תיקי הדוגמה לא נפתחו</translation>
    </message>
    <message>
        <source>Export a case file</source>
        <translation>ייצוא קובץ תיק</translation>
    </message>
    <message>
        <source>Select an assessment in History, or open one, then export it.</source>
        <translation>בחרו הערכה בהיסטוריה, או פתחו אחת, ולאחר מכן ייצאו אותה.</translation>
    </message>
    <message>
        <source>The case file was not exported</source>
        <translation>קובץ התיק לא יוצא</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>{path}: too large to be a certificate (a CA certificate is a few kilobytes); choose the certificate file (.pem, .crt, .cer or .der)</source>
        <translation>⁨{path}⁩: גדול מכדי להיות תעודה (תעודת CA היא בגודל של קילובייטים ספורים); בחרו את קובץ התעודה (⁦.pem⁩, ⁦.crt⁩, ⁦.cer⁩ או ⁦.der⁩)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>⁨{path}⁩: לא ניתן לקרוא (⁨{reason}⁩)</translation>
    </message>
    <message>
        <source>this is a signing identity (PKCS#12, with a private key), not a certificate; choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>זוהי זהות חתימה (PKCS#12, עם מפתח פרטי), לא תעודה; בחרו את תעודת רשות האישורים (⁦.pem⁩, ⁦.crt⁩ או ⁦.cer⁩)</translation>
    </message>
    <message>
        <source>this file holds a private key, not a certificate; keep it private and choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>קובץ זה מכיל מפתח פרטי, לא תעודה; שמרו אותו בסוד ובחרו את תעודת רשות האישורים (⁦.pem⁩, ⁦.crt⁩ או ⁦.cer⁩)</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER expected)</source>
        <translation>אינה תעודת X.509 (נדרש PEM או DER)</translation>
    </message>
</context>
<context>
    <name>ChainStatus</name>
    <message>
        <source>Audit chain: checking…</source>
        <translation>שרשרת הביקורת: בבדיקה…</translation>
    </message>
    <message>
        <source>Audit chain state</source>
        <translation>מצב שרשרת הביקורת</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: intact (%n entries)</source>
        <translation>
            <numerusform>שרשרת הביקורת: שלמה (רשומה אחת)</numerusform>
            <numerusform>שרשרת הביקורת: שלמה (%n רשומות)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at entry {entry}: {problem}</source>
        <translation>שרשרת הביקורת: שבורה ברשומה {entry}: {problem}</translation>
    </message>
    <message>
        <source>Audit chain: could not be checked ({error})</source>
        <translation>שרשרת הביקורת: לא ניתן היה לבדוק (⁨{error}⁩)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>אירעה תקלה</translation>
    </message>
    <message>
        <source>Concert Desk hit an unexpected problem. Everything you entered before it has been saved, and you can carry on working.

{summary}

A report was written to {log}.</source>
        <translation>ב-Concert Desk אירעה בעיה בלתי צפויה. כל מה שהוזן לפניה נשמר, וניתן להמשיך לעבוד.

⁨{summary}⁩

דוח נכתב אל ⁨{log}⁩.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>פרטי השגיאה</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>העתקת הפרטים (&amp;C)</translation>
    </message>
    <message>
        <source>Copy error details to the clipboard</source>
        <translation>העתקת פרטי השגיאה ללוח</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Later</source>
        <translation>מאוחר יותר</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Signing identities</source>
        <translation>זהויות חתימה</translation>
    </message>
    <message>
        <source>Name on the TEST identity</source>
        <translation>השם שעל זהות הבדיקה (TEST)</translation>
    </message>
    <message>
        <source>Role the TEST identity grants</source>
        <translation>התפקיד שמקנה זהות הבדיקה (TEST)</translation>
    </message>
    <message>
        <source>Passphrase of the new identity</source>
        <translation>ביטוי הסיסמה של הזהות החדשה</translation>
    </message>
    <message>
        <source>The new identity&apos;s passphrase again</source>
        <translation>ביטוי הסיסמה של הזהות החדשה, שוב</translation>
    </message>
    <message>
        <source>Passphrase of the test CA&apos;s key</source>
        <translation>ביטוי הסיסמה של מפתח ה-CA לבדיקות</translation>
    </message>
    <message>
        <source>set now if the test CA is new</source>
        <translation>יש לקבוע כעת אם ה-CA לבדיקות חדש</translation>
    </message>
    <message>
        <source>Create &amp;TEST identity</source>
        <translation>יצירת זהות בדיקה (TEST) (&amp;T)</translation>
    </message>
    <message>
        <source>A TEST identity, for trying the app (never for real decisions)</source>
        <translation>זהות בדיקה (TEST), לניסיון היישום (לעולם לא להחלטות אמיתיות)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>שם (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>תפקיד (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ביטוי סיסמה (&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>ביטוי סיסמה שוב (&amp;A)</translation>
    </message>
    <message>
        <source>Test CA&apos;s &amp;key passphrase</source>
        <translation>ביטוי הסיסמה של מפתח ה-CA לבדיקות (&amp;K)</translation>
    </message>
    <message>
        <source>Identity file to import</source>
        <translation>קובץ הזהות לייבוא</translation>
    </message>
    <message>
        <source>the .p12 file from your security office</source>
        <translation>קובץ ה-p12 מיחידת אבטחת המידע שלכם</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>עיון (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the identity file to import</source>
        <translation>בחירת קובץ הזהות לייבוא</translation>
    </message>
    <message>
        <source>Passphrase of the identity file to import</source>
        <translation>ביטוי הסיסמה של קובץ הזהות לייבוא</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ייבוא (&amp;I)</translation>
    </message>
    <message>
        <source>An identity file issued to you</source>
        <translation>קובץ זהות שהונפק לכם</translation>
    </message>
    <message>
        <source>Identity &amp;file</source>
        <translation>קובץ זהות (&amp;F)</translation>
    </message>
    <message>
        <source>Its pa&amp;ssphrase</source>
        <translation>ביטוי הסיסמה שלו (&amp;S)</translation>
    </message>
    <message>
        <source>Key on a smart card or token</source>
        <translation>מפתח בכרטיס חכם או באסימון</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>שימוש במפתח זה (&amp;U)</translation>
    </message>
    <message>
        <source>A key on your smart card or token</source>
        <translation>מפתח בכרטיס החכם או באסימון שלכם</translation>
    </message>
    <message>
        <source>Token ke&amp;y</source>
        <translation>מפתח אסימון (&amp;Y)</translation>
    </message>
    <message>
        <source>Make it my &amp;default signing identity</source>
        <translation>הגדרה כזהות החתימה ברירת המחדל שלי (&amp;D)</translation>
    </message>
    <message>
        <source>What was done, or why not</source>
        <translation>מה נעשה, או מדוע לא</translation>
    </message>
    <message>
        <source>Identity files are kept in {folder}, readable by you only; a file there is never replaced. The record accepts a signature only from an identity issued by one of its trust roots (Record &gt; Trust roots…) for the signer&apos;s role.</source>
        <translation>קובצי הזהות נשמרים ב-⁨{folder}⁩, וניתנים לקריאה רק על ידיכם; קובץ שנמצא שם לעולם אינו מוחלף. הרישום מקבל חתימה רק מזהות שהונפקה על ידי אחד משורשי האמון שלו (רישום &gt; שורשי אמון…) לתפקיד החותם.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new identity&apos;s passphrase again.</source>
        <translation>שני ביטויי הסיסמה שונים: הקלידו שוב את ביטוי הסיסמה של הזהות החדשה.</translation>
    </message>
    <message>
        <source>Created {path}: a TEST identity of {name} as {role}. To sign with it, this record must trust the test CA ({ca}) under Record &gt; Trust roots….</source>
        <translation>נוצר ⁨{path}⁩: זהות בדיקה (TEST) של ⁨{name}⁩ בתפקיד {role}. כדי לחתום בה, רישום זה חייב לתת אמון ב-CA לבדיקות (⁨{ca}⁩) תחת רישום &gt; שורשי אמון….</translation>
    </message>
    <message>
        <source>Choose the identity file to import.</source>
        <translation>בחרו את קובץ הזהות לייבוא.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ו</translation>
    </message>
    <message>
        <source>Imported the identity of {name}, {roles}, as {path}.</source>
        <translation>הזהות של ⁨{name}⁩, {roles}, יובאה בתור ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Chosen: {key}.</source>
        <translation>נבחר: ⁨{key}⁩.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>מעבד…</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>דבר לא נכתב: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source> To make it your default signing identity, give your name under File &gt; Profile… first.</source>
        <translation> כדי להגדיר אותה כזהות החתימה ברירת המחדל שלכם, הזינו תחילה את שמכם תחת קובץ &gt; פרופיל….</translation>
    </message>
    <message>
        <source> It is now your default signing identity.</source>
        <translation> זוהי כעת זהות החתימה ברירת המחדל שלכם.</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>זהויות (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (תהליך {pid} במחשב ⁨{host}⁩)</translation>
    </message>
    <message>
        <source>Concert Desk is already open on this database{holder}. Switch to that window, or close it first.</source>
        <translation>Concert Desk כבר פתוח על מסד נתונים זה{holder}. עברו לאותו חלון, או סגרו אותו תחילה.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>הערכה חדשה</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>מדריכי הערכה</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>שורשי אמון</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>תנאים לבדיקה</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>סקירת תחזיות</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>Concert Desk</source>
        <translation>Concert Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ניווט</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>פותח את הרישום…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>פתיחת הרישום</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>אין הערכה פתוחה</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>מסד נתונים: נפתח…</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>מסד הנתונים שבשימוש</translation>
    </message>
    <message>
        <source>Opening check: running…</source>
        <translation>בדיקת פתיחה: פועלת…</translation>
    </message>
    <message>
        <source>Checks made on opening the record</source>
        <translation>הבדיקות שבוצעו בפתיחת הרישום</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>קובץ התיק יוצא</translation>
    </message>
    <message>
        <source>The case file was written to {path}.</source>
        <translation>קובץ התיק נכתב אל ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>מסד נתונים: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>The open assessment</source>
        <translation>ההערכה הפתוחה</translation>
    </message>
    <message>
        <source>What-if scenario</source>
        <translation>תרחיש מה-אם</translation>
    </message>
    <message>
        <source>Open an assessment first: the scenario starts from its answers.</source>
        <translation>פתחו תחילה הערכה: התרחיש מתחיל מתשובותיה.</translation>
    </message>
    <message>
        <source>Verify a memo file</source>
        <translation>אימות קובץ תזכיר</translation>
    </message>
    <message>
        <source>Memos (*.pdf)</source>
        <translation>תזכירים (*.pdf)</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>אימות התזכיר</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>זהויות</translation>
    </message>
    <message>
        <source>About Concert Desk</source>
        <translation>אודות Concert Desk</translation>
    </message>
    <message>
        <source>Database: {name} · {login}</source>
        <translation>מסד נתונים: ⁨{name}⁩ · ⁨{login}⁩</translation>
    </message>
    <message>
        <source>{database} — ⚠ not your profile&apos;s name</source>
        <translation>⁨{database}⁩ — ⚠ אינו השם שבפרופיל שלכם</translation>
    </message>
    <message>
        <source>{status} — writes refused</source>
        <translation>⁨{status}⁩ — כתיבה נדחית</translation>
    </message>
    <message>
        <source>The record was rolled back</source>
        <translation>הרישום הוחזר לאחור</translation>
    </message>
    <message>
        <source>Accept the record as it is now</source>
        <translation>קבלת הרישום במצבו הנוכחי</translation>
    </message>
    <message>
        <source>The record needs attention</source>
        <translation>הרישום דורש תשומת לב</translation>
    </message>
    <message>
        <source>Verify the archive now</source>
        <translation>אימות הארכיון כעת</translation>
    </message>
    <message>
        <source>Accept the record</source>
        <translation>קבלת הרישום</translation>
    </message>
    <message>
        <source>Opening check: ⚠ could not run</source>
        <translation>בדיקת פתיחה: ⚠ לא ניתן היה להריץ</translation>
    </message>
    <message>
        <source>The record could not be checked</source>
        <translation>לא ניתן היה לבדוק את הרישום</translation>
    </message>
    <message>
        <source>The checks made on opening could not run: {message}

You can carry on working; verify the whole archive (Record menu) when the database is reachable.</source>
        <translation>הבדיקות שבעת הפתיחה לא הצליחו לרוץ: ⁨{message}⁩

ניתן להמשיך לעבוד; אמתו את הארכיון כולו (תפריט רישום) כאשר מסד הנתונים יהיה זמין.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>{version} (from source)</source>
        <translation>⁨{version}⁩ (מקוד המקור)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידועה</translation>
    </message>
    <message>
        <source>Concert Desk {version}
Legitimacy assessments of joint actions, decisions and signed decision memos.

Database: {database} ({engine})

Python {python}, PySide6 {pyside}
Works offline: the app never makes a network connection.</source>
        <translation>Concert Desk ⁨{version}⁩
הערכות לגיטימיות של פעולות משותפות, החלטות ותזכירי החלטה חתומים.

מסד נתונים: ⁨{database}⁩ ({engine})

Python {python}, PySide6 {pyside}
פועל ללא רשת: היישום אינו יוצר לעולם חיבור רשת.</translation>
    </message>
    <message>
        <source>Next step of an assessment</source>
        <translation>השלב הבא של הערכה</translation>
    </message>
    <message>
        <source>Previous step of an assessment</source>
        <translation>השלב הקודם של הערכה</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>הצגה או הסתרה של חלונית ההכרעה</translation>
    </message>
    <message>
        <source>Member positions: move, select rows</source>
        <translation>עמדות החברים: מעבר, בחירת שורות</translation>
    </message>
    <message>
        <source>Member positions: endorse, oppose, abstain, not consulted (selected rows)</source>
        <translation>עמדות החברים: תמיכה, התנגדות, הימנעות, לא נשאל (השורות שנבחרו)</translation>
    </message>
    <message>
        <source>Member positions: no position (selected rows)</source>
        <translation>עמדות החברים: ללא עמדה (השורות שנבחרו)</translation>
    </message>
    <message>
        <source>Down (in History&apos;s search)</source>
        <translation>Down (בחיפוש ההיסטוריה)</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>מעבר לתוצאות</translation>
    </message>
    <message>
        <source>Enter (in History&apos;s results)</source>
        <translation>Enter (בתוצאות ההיסטוריה)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>פתיחת ההערכה שנבחרה</translation>
    </message>
    <message>
        <source>Memo viewer: scroll the pages</source>
        <translation>מציג התזכירים: גלילת העמודים</translation>
    </message>
    <message>
        <source>Memo viewer: zoom</source>
        <translation>מציג התזכירים: מרחק מתצוגה</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+האות המסומנת בקו תחתון</translation>
    </message>
    <message>
        <source>The control or menu whose label has that letter underlined</source>
        <translation>הפקד או התפריט שבתוויתו אות זו מסומנת בקו תחתון</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>הערכה חדשה (&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>התחלת הערכה חדשה</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>ייבוא קובץ תיק (&amp;I)…</translation>
    </message>
    <message>
        <source>Create a draft from a case file (YAML)</source>
        <translation>יצירת טיוטה מקובץ תיק (YAML)</translation>
    </message>
    <message>
        <source>&amp;Export case file…</source>
        <translation>ייצוא קובץ תיק (&amp;E)…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment as a case file</source>
        <translation>כתיבת ההערכה הפתוחה או שנבחרה כקובץ תיק</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>ייבוא חבילה (&amp;U)…</translation>
    </message>
    <message>
        <source>Check a bundle another record exported, then add the cases it carries with their proof</source>
        <translation>בדיקת חבילה שיוצאה מרישום אחר, ואז הוספת התיקים שבה עם הוכחתם</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>ייצוא חבילה (&amp;B)…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment, or the whole record, as one signed bundle with its audit chain</source>
        <translation>כתיבת ההערכה הפתוחה או המסומנת, או הרישום כולו, כחבילה חתומה אחת עם שרשרת הביקורת שלה</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>פרופיל (&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, role, unit and default signing identity, recorded with each change and printed on the memos you issue</source>
        <translation>שמכם, תפקידכם, יחידתכם וזהות החתימה ברירת המחדל, הנרשמים עם כל שינוי ומודפסים על התזכירים שאתם מנפיקים</translation>
    </message>
    <message>
        <source>&amp;Signing identities…</source>
        <translation>זהויות חתימה (&amp;S)…</translation>
    </message>
    <message>
        <source>Create a TEST identity, import your identity file or choose a key on your smart card, and make it your default</source>
        <translation>יצירת זהות בדיקה (TEST), ייבוא קובץ הזהות שלכם או בחירת מפתח בכרטיס החכם, והגדרתה כברירת המחדל</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>יציאה (&amp;Q)</translation>
    </message>
    <message>
        <source>Close Concert Desk (nothing is lost)</source>
        <translation>סגירת Concert Desk (דבר אינו אובד)</translation>
    </message>
    <message>
        <source>Verify a &amp;memo file…</source>
        <translation>אימות קובץ תזכיר (&amp;M)…</translation>
    </message>
    <message>
        <source>Check the signatures of a memo PDF and compare it with the record</source>
        <translation>בדיקת החתימות של תזכיר PDF והשוואתו לרישום</translation>
    </message>
    <message>
        <source>Verify the whole &amp;archive…</source>
        <translation>אימות הארכיון כולו (&amp;A)…</translation>
    </message>
    <message>
        <source>Check the audit chain and every stored memo</source>
        <translation>בדיקת שרשרת הביקורת וכל תזכיר שמור</translation>
    </message>
    <message>
        <source>&amp;Trust roots…</source>
        <translation>שורשי אמון (&amp;T)…</translation>
    </message>
    <message>
        <source>The certification authorities whose signers are trusted</source>
        <translation>רשויות האישורים שבחותמים מטעמן יש אמון</translation>
    </message>
    <message>
        <source>&amp;Lock signing keys</source>
        <translation>נעילת מפתחות החתימה (&amp;L)</translation>
    </message>
    <message>
        <source>Forget the signing keys unlocked in this session; the next memo asks for the passphrases again</source>
        <translation>שכחת מפתחות החתימה שנפתחו בהפעלה זו; התזכיר הבא יבקש שוב את ביטויי הסיסמה</translation>
    </message>
    <message>
        <source>&amp;What-if scenario…</source>
        <translation>תרחיש מה-אם (&amp;W)…</translation>
    </message>
    <message>
        <source>Try other answers and member positions on the open assessment, beside the record (nothing is changed)</source>
        <translation>ניסוי תשובות ועמדות חברים אחרות בהערכה הפתוחה, לצד הרישום (דבר אינו משתנה)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>היסטוריה (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>חברים (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>מדריכי הערכה (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Conditions due</source>
        <translation>תנאים לבדיקה (&amp;C)</translation>
    </message>
    <message>
        <source>Conditions of standing approvals whose review is due</source>
        <translation>תנאים של אישורים בתוקף שמועד בדיקתם הגיע</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>סקירת תחזיות (&amp;R)</translation>
    </message>
    <message>
        <source>How well past likelihood calls matched what happened, and the calls due to be judged</source>
        <translation>עד כמה הערכות הסבירות בעבר תאמו את מה שקרה, וההערכות הממתינות לשיפוט</translation>
    </message>
    <message>
        <source>&amp;Search history</source>
        <translation>חיפוש בהיסטוריה (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Concert Desk</source>
        <translation>אודות Concert Desk (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>מדריך למשתמש (&amp;U)</translation>
    </message>
    <message>
        <source>How to assess, decide, sign and check, shipped with the app</source>
        <translation>כיצד להעריך, להחליט, לחתום ולבדוק; מצורף ליישום</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>קיצורי מקלדת (&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>כל המקשים שהחלון מגיב להם</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>קובץ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>רישום (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>מעבר (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>עזרה (&amp;H)</translation>
    </message>
</context>
<context>
    <name>OpeningCheckWords</name>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problem</source>
        <translation>
            <numerusform>בדיקת פתיחה: ⚠ בעיה אחת</numerusform>
            <numerusform>בדיקת פתיחה: ⚠ %n בעיות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problems</source>
        <translation>
            <numerusform>בדיקת פתיחה: ⚠ בעיה אחת</numerusform>
            <numerusform>בדיקת פתיחה: ⚠ %n בעיות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>Opening check: ✔ sound</source>
        <translation>בדיקת פתיחה: ✔ תקין</translation>
    </message>
    <message>
        <source>Quick integrity check passed; the audit chain (entry {entry}) continues the one this installation saw last.</source>
        <translation>בדיקת השלמות המהירה עברה; שרשרת הביקורת (רשומה {entry}) ממשיכה את זו שהתקנה זו ראתה לאחרונה.</translation>
    </message>
    <message>
        <source>The checks made when the record was opened found a problem with {database}:

{problems}

You can carry on working: nothing was changed and nothing is blocked. But tell the official responsible for the record, and verify the whole archive (Record menu) to see whether any memo or audit entry was altered. This warning comes back at every opening until they have looked into it and accepted the record as it is now (python main.py audit verify --accept-head).

Verify the whole archive now?</source>
        <translation>הבדיקות שבוצעו בעת פתיחת הרישום מצאו בעיה ב-⁨{database}⁩:

{problems}

ניתן להמשיך לעבוד: דבר לא שונה ודבר אינו חסום. עם זאת, יש להודיע לגורם האחראי על הרישום, ולאמת את הארכיון כולו (תפריט רישום) כדי לבדוק אם תזכיר או רשומת ביקורת כלשהם שונו. אזהרה זו תחזור בכל פתיחה עד שהגורם האחראי יבדוק את העניין ויקבל את הרישום במצבו הנוכחי (⁦python main.py audit verify --accept-head⁩).

לאמת את הארכיון כולו כעת?</translation>
    </message>
    <message>
        <source>The record {database} is not the one this installation saw last:

{problems}

Until someone responsible for the record has looked into it, nothing can be saved, decided or issued: anything written on top would bury what happened, and a memo issued now could repeat one issued before. You can still read, search and verify (Record &gt; Verify the whole archive; memo files exported before can be checked against it with `main.py audit verify --archive --memos DIR`).

Accept the record as it is now, and allow writes again?</source>
        <translation>הרישום ⁨{database}⁩ אינו זה שהתקנה זו ראתה לאחרונה:

{problems}

עד שגורם האחראי על הרישום יבדוק את העניין, לא ניתן לשמור, להחליט או להנפיק דבר: כל כתיבה מעל תקבור את מה שקרה, ותזכיר שיונפק כעת עלול לחזור על תזכיר שהונפק קודם. עדיין ניתן לקרוא, לחפש ולאמת (רישום &gt; אימות הארכיון כולו; קובצי תזכירים שיוצאו קודם ניתנים לבדיקה מולו באמצעות `⁦main.py audit verify --archive --memos DIR⁩`).

לקבל את הרישום במצבו הנוכחי ולאפשר שוב כתיבה?</translation>
    </message>
    <message>
        <source>Memo reference: {reference}</source>
        <translation>סימוכין התזכיר: ⁨{reference}⁩</translation>
    </message>
    <message>
        <source>No memo reference in the file.</source>
        <translation>אין בקובץ סימוכין של תזכיר.</translation>
    </message>
</context>
<context>
    <name>RecordOpening</name>
    <message>
        <source>the record could not be opened: {error}</source>
        <translation>לא ניתן היה לפתוח את הרישום: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to the drafter</source>
        <translation>החזרה למנסח</translation>
    </message>
    <message>
        <source>Comment to the drafter</source>
        <translation>הערה למנסח</translation>
    </message>
    <message>
        <source>What the drafter should change, and why</source>
        <translation>מה על המנסח לשנות, ומדוע</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>Return the draft with this comment (kept in the record)</source>
        <translation>החזרת הטיוטה עם הערה זו (נשמרת ברישום)</translation>
    </message>
    <message>
        <source>“{title}” goes back to its drafter with your comment. The comment is kept in the record and cannot be changed later.</source>
        <translation>&quot;⁨{title}⁩&quot; חוזרת למנסח שלה עם הערתכם. ההערה נשמרת ברישום ולא ניתן לשנותה בהמשך.</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>הערה (&amp;C)</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; {stage}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;שלב:&lt;/b&gt; {stage}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Routing&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ניתוב&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} {done} by {actor}</source>
        <translation>⁨{when}⁩ ⁨{done}⁩ על ידי ⁨{actor}⁩</translation>
    </message>
    <message>
        <source>Stage: {stage} by {actor} on {when}: “{comment}”</source>
        <translation>שלב: {stage} על ידי ⁨{actor}⁩ ב-⁨{when}⁩: &quot;⁨{comment}⁩&quot;</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>שלב: {stage}</translation>
    </message>
</context>
<context>
    <name>RoutingBar</name>
    <message>
        <source>Routing stage</source>
        <translation>שלב הניתוב</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>הגשה לעיון (&amp;U)</translation>
    </message>
    <message>
        <source>Submit this draft for review</source>
        <translation>הגשת טיוטה זו לעיון</translation>
    </message>
    <message>
        <source>Pa&amp;ss to the minister</source>
        <translation>העברה לשר (&amp;S)</translation>
    </message>
    <message>
        <source>Pass this draft to the minister</source>
        <translation>העברת טיוטה זו לשר</translation>
    </message>
    <message>
        <source>Re&amp;turn to the drafter…</source>
        <translation>החזרה למנסח (&amp;T)…</translation>
    </message>
    <message>
        <source>Return this draft to its drafter with a comment</source>
        <translation>החזרת טיוטה זו למנסח שלה עם הערה</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>לא נותב</translation>
    </message>
</context>
<context>
    <name>RoutingWords</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>טיוטה, טרם הוגשה לבדיקה</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>הוגשה לבדיקה</translation>
    </message>
    <message>
        <source>returned to the drafter</source>
        <translation>הוחזרה למנסח</translation>
    </message>
    <message>
        <source>with the minister</source>
        <translation>אצל השר</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>הוחלטה</translation>
    </message>
    <message>
        <source>superseded by a later revision</source>
        <translation>הוחלפה בגרסה מאוחרת יותר</translation>
    </message>
    <message>
        <source>passed to the minister</source>
        <translation>הועברה לשר</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>What-if scenario</source>
        <translation>תרחיש מה-אם</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>מה-אם</translation>
    </message>
    <message>
        <source>Scenario of</source>
        <translation>תרחיש של</translation>
    </message>
    <message>
        <source>A sandbox: change answers and member positions on the left. Nothing here changes the record&apos;s answers, its verdict or the audit chain.</source>
        <translation>ארגז חול: שנו תשובות ועמדות חברים בצד ימין. דבר כאן אינו משנה את תשובות הרישום, את ההכרעה או את שרשרת הביקורת.</translation>
    </message>
    <message>
        <source>Scenario problem</source>
        <translation>בעיה בתרחיש</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>תרחיש</translation>
    </message>
    <message>
        <source>Scenario answers</source>
        <translation>תשובות התרחיש</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>חבר</translation>
    </message>
    <message>
        <source>Scenario member positions</source>
        <translation>עמדות החברים בתרחיש</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>תשובות (&amp;A)</translation>
    </message>
    <message>
        <source>Member &amp;positions</source>
        <translation>עמדות חברים (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset to the record</source>
        <translation>איפוס לפי הרישום (&amp;R)</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>קורא את הרישום…</translation>
    </message>
    <message>
        <source>Verdict, record and scenario</source>
        <translation>הכרעה, רישום ותרחיש</translation>
    </message>
    <message>
        <source>Changes that flip the verdict</source>
        <translation>שינויים שהופכים את ההכרעה</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>קריטריון</translation>
    </message>
    <message>
        <source>Criteria, record and scenario</source>
        <translation>קריטריונים, רישום ותרחיש</translation>
    </message>
    <message>
        <source>What it would take</source>
        <translation>מה נדרש</translation>
    </message>
    <message>
        <source>Try &amp;these endorsements</source>
        <translation>ניסוי תמיכות אלה (&amp;T)</translation>
    </message>
    <message>
        <source>Set the members named above to endorse in the scenario</source>
        <translation>הגדרת החברים שצוינו לעיל כתומכים בתרחיש</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>מספר ההגרלות</translation>
    </message>
    <message>
        <source>Seed of the draws</source>
        <translation>זרע ההגרלות</translation>
    </message>
    <message>
        <source>&amp;Draw the likelihoods</source>
        <translation>הגרלת הסבירויות (&amp;D)</translation>
    </message>
    <message>
        <source>Each likelihood answer drawn within its ICD 203 range; the same seed gives the same shares</source>
        <translation>כל תשובת סבירות מוגרלת בתוך טווח ה-ICD 203 שלה; אותו זרע נותן אותם שיעורים</translation>
    </message>
    <message>
        <source>Likelihood draws</source>
        <translation>הגרלות סבירות</translation>
    </message>
    <message>
        <source>Dra&amp;ws:</source>
        <translation>הגרלות (&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>זרע (&amp;E):</translation>
    </message>
    <message>
        <source>Scenario beside the record</source>
        <translation>התרחיש לצד הרישום</translation>
    </message>
    <message>
        <source>Save as &amp;note</source>
        <translation>שמירה כהערה (&amp;N)</translation>
    </message>
    <message>
        <source>Keep this scenario&apos;s summary as a note on the case (answers, verdict and decision stay as they are)</source>
        <translation>שמירת סיכום תרחיש זה כהערה בתיק (התשובות, ההכרעה וההחלטה נותרות כפי שהן)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>סגירה (&amp;C)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>הוחלט: ⁨{decision}⁩</translation>
    </message>
    <message>
        <source>What-if on {title} ({state})</source>
        <translation>מה-אם על ⁨{title}⁩ ({state})</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>ללא תשובה</translation>
    </message>
    <message>
        <source>Expected: {expected}; empty for unanswered</source>
        <translation>צפוי: ⁨{expected}⁩; ריק אם אין תשובה</translation>
    </message>
    <message>
        <source>Scenario position of {member}</source>
        <translation>העמדה של ⁨{member}⁩ בתרחיש</translation>
    </message>
    <message>
        <source>“{question}”: “{text}” is not an answer (expected {expected}; empty for unanswered)</source>
        <translation>&quot;⁨{question}⁩&quot;: &quot;⁨{text}⁩&quot; אינה תשובה (צפוי: ⁨{expected}⁩; ריק אם אין תשובה)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>השתנתה</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>Verdict: record &lt;b&gt;{record}&lt;/b&gt; · scenario &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt; ({changed})</source>
        <translation>הכרעה: רישום &lt;b&gt;{record}&lt;/b&gt; · תרחיש &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt; ({changed})</translation>
    </message>
    <message>
        <source>The playbook asks no member positions.</source>
        <translation>מדריך ההערכה אינו שואל על עמדות חברים.</translation>
    </message>
    <message>
        <source>{status} {score}</source>
        <translation>{status} {score}</translation>
    </message>
    <message>
        <source>{status} {score} ({margin})</source>
        <translation>{status} {score} ({margin})</translation>
    </message>
    <message>
        <source>Changes tried: none (the record as it stands).</source>
        <translation>שינויים שנוסו: אין (הרישום כפי שהוא).</translation>
    </message>
    <message>
        <source>none alone (only together, if at all)</source>
        <translation>אף אחד לבדו (רק יחד, אם בכלל)</translation>
    </message>
    <message>
        <source>Changes tried:&lt;br&gt;{changes}&lt;br&gt;Alone flipping the verdict: &lt;b&gt;{flips}&lt;/b&gt;</source>
        <translation>שינויים שנוסו:&lt;br&gt;{changes}&lt;br&gt;הופכים לבדם את ההכרעה: &lt;b&gt;{flips}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawing {draws} times (seed {seed})…</source>
        <translation>מגריל {draws} פעמים (זרע {seed})…</translation>
    </message>
    <message>
        <source>Scenario saved</source>
        <translation>התרחיש נשמר</translation>
    </message>
    <message>
        <source>The scenario was saved as a note on the case.</source>
        <translation>התרחיש נשמר כהערה בתיק.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>שמירת התרחיש</translation>
    </message>
</context>
<context>
    <name>SigningRole</name>
    <message>
        <source>Drafting official</source>
        <translation>הגורם המנסח</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>השר</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>signed by a certificate this record does not trust. Ask your security officer whether it should be; if so, add the authority that issued it under Record &gt; Trust roots…</source>
        <translation>נחתם בתעודה שרישום זה אינו נותן בה אמון. שאלו את קצין אבטחת המידע אם יש לתת בה אמון; אם כן, הוסיפו את הרשות שהנפיקה אותה תחת רישום &gt; שורשי אמון…</translation>
    </message>
    <message>
        <source>ask your security officer for the certificate of the authority that issues your ministry&apos;s signing identities, and add it under Record &gt; Trust roots…</source>
        <translation>בקשו מקצין אבטחת המידע את תעודת הרשות המנפיקה את זהויות החתימה של משרדכם, והוסיפו אותה תחת רישום &gt; שורשי אמון…</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Concert Desk user guide</source>
        <translation>מדריך למשתמש של Concert Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>מדריך למשתמש</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>סגירה (&amp;C)</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>Cannot start a revision</source>
        <translation>לא ניתן להתחיל גרסה מתוקנת</translation>
    </message>
    <message>
        <source>The dissent was not recorded</source>
        <translation>דעת המיעוט לא נרשמה</translation>
    </message>
</context>
</TS>
