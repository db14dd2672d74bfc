<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Badge</name>
    <message>
        <source>intact</source>
        <translation>שלמה</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>לא שלמה</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>מהימנה</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>לא מהימנה</translation>
    </message>
    <message>
        <source>permitted</source>
        <translation>מורשית</translation>
    </message>
    <message>
        <source>changes NOT permitted</source>
        <translation>שינויים לא מורשים</translation>
    </message>
    <message>
        <source>{field}: {signer} — {states}</source>
        <translation>⁨{field}⁩: ⁨{signer}⁩ — {states}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>✘ Not a verifiable memo</source>
        <translation>✘ אינו תזכיר שניתן לאמת</translation>
    </message>
    <message>
        <source>Unsigned memo: sign it to make it official</source>
        <translation>תזכיר לא חתום: חתמו עליו כדי להפוך אותו לרשמי</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ו</translation>
    </message>
    <message>
        <source>✔ Valid: signed by {names}</source>
        <translation>✔ תקף: נחתם על ידי ⁨{names}⁩</translation>
    </message>
    <message>
        <source>✘ Not valid</source>
        <translation>✘ לא תקף</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>{signer}: identity file</source>
        <translation>⁨{signer}⁩: קובץ זהות</translation>
    </message>
    <message>
        <source>identity file (.p12)</source>
        <translation>קובץ זהות (p12)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>{signer}: choose the identity file</source>
        <translation>⁨{signer}⁩: בחירת קובץ הזהות</translation>
    </message>
    <message>
        <source>{signer}: passphrase</source>
        <translation>⁨{signer}⁩: ביטוי סיסמה</translation>
    </message>
    <message>
        <source>{signer}: whether the key is unlocked</source>
        <translation>⁨{signer}⁩: האם המפתח פתוח</translation>
    </message>
    <message>
        <source>{signer}: key on a smart card or token</source>
        <translation>⁨{signer}⁩: מפתח בכרטיס חכם או באסימון</translation>
    </message>
    <message>
        <source>an identity file (above)</source>
        <translation>קובץ זהות (לעיל)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>זהות</translation>
    </message>
    <message>
        <source>or token key</source>
        <translation>או מפתח אסימון</translation>
    </message>
    <message>
        <source>Passphrase / PIN</source>
        <translation>ביטוי סיסמה / PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ביטוי סיסמה</translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minute: no passphrase needed.</source>
        <translation>
            <numerusform>⁨{name}⁩ פתוח לדקה נוספת: אין צורך בביטוי סיסמה.</numerusform>
            <numerusform>⁨{name}⁩ פתוח עוד %n דקות: אין צורך בביטוי סיסמה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minutes: no passphrase needed.</source>
        <translation>
            <numerusform>⁨{name}⁩ פתוח לדקה נוספת: אין צורך בביטוי סיסמה.</numerusform>
            <numerusform>⁨{name}⁩ פתוח עוד %n דקות: אין צורך בביטוי סיסמה.</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed: the key is unlocked</source>
        <translation>לא נדרש: המפתח פתוח</translation>
    </message>
</context>
<context>
    <name>IssueWorker</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>שגיאה בלתי צפויה; ראו את הדוח</translation>
    </message>
    <message>
        <source>Collecting the decided record…</source>
        <translation>אוסף את הרשומה שהוחלטה…</translation>
    </message>
    <message>
        <source>the playbook this assessment was decided under ({playbook} {version}) is neither installed nor kept in the record; add its file on the Playbooks page</source>
        <translation>מדריך ההערכה שלפיו הוחלטה הערכה זו (⁨{playbook}⁩ ⁨{version}⁩) אינו מותקן ואינו שמור ברישום; הוסיפו את הקובץ שלו בדף מדריכי ההערכה</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>Memo</source>
        <translation>תזכיר</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>אימות התזכיר</translation>
    </message>
    <message>
        <source>Looking for keys on smart cards and tokens…</source>
        <translation>מחפש מפתחות בכרטיסים חכמים ובאסימונים…</translation>
    </message>
    <message>
        <source>Issued {reference} ({stage}).</source>
        <translation>⁨{reference}⁩ הונפק ({stage}).</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>דבר לא הונפק.</translation>
    </message>
    <message>
        <source>The memo was not issued</source>
        <translation>התזכיר לא הונפק</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <source>Export memo</source>
        <translation>ייצוא תזכיר</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The memo was not exported</source>
        <translation>התזכיר לא יוצא</translation>
    </message>
    <message>
        <source>Memo exported</source>
        <translation>התזכיר יוצא</translation>
    </message>
    <message>
        <source>{reference} was written to {path}.</source>
        <translation>⁨{reference}⁩ נכתב אל ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>MemoViewer</name>
    <message>
        <source>Memo</source>
        <translation>תזכיר</translation>
    </message>
    <message>
        <source>Loading the memo…</source>
        <translation>טוען את התזכיר…</translation>
    </message>
    <message>
        <source>Memo reference and stage</source>
        <translation>סימוכין ושלב התזכיר</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>בודק חתימות…</translation>
    </message>
    <message>
        <source>Verification badge</source>
        <translation>תג אימות</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ייצוא (&amp;X)…</translation>
    </message>
    <message>
        <source>Export this memo to a PDF file</source>
        <translation>ייצוא תזכיר זה לקובץ PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Memo pages</source>
        <translation>עמודי התזכיר</translation>
    </message>
    <message>
        <source>Memo {reference}</source>
        <translation>תזכיר ⁨{reference}⁩</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>עמוד {number} מתוך {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot show this memo:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;לא ניתן להציג תזכיר זה:&lt;/b&gt; ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign as the drafting official, then countersign as the minister</source>
        <translation>חתימה כגורם המנסח, ולאחר מכן חתימה נגדית כשר</translation>
    </message>
    <message>
        <source>Sign as the drafting official only (the minister countersigns later)</source>
        <translation>חתימה כגורם המנסח בלבד (השר יחתום חתימה נגדית מאוחר יותר)</translation>
    </message>
    <message>
        <source>Issue unsigned (sign later)</source>
        <translation>הנפקה ללא חתימה (חתימה מאוחר יותר)</translation>
    </message>
    <message>
        <source>Sign the memo</source>
        <translation>חתימה על התזכיר</translation>
    </message>
    <message>
        <source>Issue the decision memo</source>
        <translation>הנפקת תזכיר ההחלטה</translation>
    </message>
    <message>
        <source>Drafting official</source>
        <translation>הגורם המנסח</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>השר</translation>
    </message>
    <message>
        <source>Next signer</source>
        <translation>החותם הבא</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>lock after this memo</source>
        <translation>נעילה לאחר תזכיר זה</translation>
    </message>
    <message>
        <source>Keep the signing keys unlocked for this many minutes</source>
        <translation>השארת מפתחות החתימה פתוחים למשך מספר דקות זה</translation>
    </message>
    <message>
        <source>Keep signing keys unlocked for</source>
        <translation>השארת מפתחות החתימה פתוחים למשך</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Language of the memo</source>
        <translation>שפת התזכיר</translation>
    </message>
    <message>
        <source>Second language of a bilingual memo</source>
        <translation>השפה השנייה של תזכיר דו־לשוני</translation>
    </message>
    <message>
        <source>Memo &amp;language:</source>
        <translation>שפת התזכיר (&amp;L):</translation>
    </message>
    <message>
        <source>bilin&amp;gual with:</source>
        <translation>דו־לשוני עם (&amp;G):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>הנפקה</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record. Keys stay in their files; an unlocked key is held only by the memo helper process, for the time set below, and locked again when the window closes or with Record &gt; Lock signing keys.</source>
        <translation>התזכיר מופק מהרשומה המוקפאת. המפתחות נשארים בקבציהם; מפתח פתוח מוחזק רק על ידי תהליך העזר של התזכירים, למשך הזמן שנקבע להלן, וננעל שוב עם סגירת החלון או באמצעות רישום &gt; נעילת מפתחות החתימה.</translation>
    </message>
    <message>
        <source>Choose a signing identity</source>
        <translation>בחירת זהות חתימה</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>זהויות (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the identity file and passphrase of: {signers}.</source>
        <translation>הזינו את קובץ הזהות וביטוי הסיסמה של: {signers}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The drafting official and the minister must be two different people: choose the minister&apos;s own identity file.</source>
        <translation>הגורם המנסח והשר חייבים להיות שני אנשים שונים: בחרו את קובץ הזהות של השר עצמו.</translation>
    </message>
    <message>
        <source>{signer}: {why} ({name}). Type it again.</source>
        <translation>⁨{signer}⁩: ⁨{why}⁩ (⁨{name}⁩). הקלידו אותו שוב.</translation>
    </message>
</context>
<context>
    <name>SigningKeysStatus</name>
    <message>
        <source>Signing keys unlocked</source>
        <translation>מפתחות חתימה פתוחים</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>נעילה</translation>
    </message>
    <message>
        <source>Lock the signing keys now</source>
        <translation>נעילת מפתחות החתימה כעת</translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: {count} (the first locks in %n min)</source>
        <translation>
            <numerusform>מפתחות חתימה פתוחים: {count} (הראשון ננעל בעוד דקה)</numerusform>
            <numerusform>מפתחות חתימה פתוחים: {count} (הראשון ננעל בעוד %n דק׳)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: 1 (locks in %n min)</source>
        <translation>
            <numerusform>מפתחות חתימה פתוחים: 1 (ננעל בעוד דקה)</numerusform>
            <numerusform>מפתחות חתימה פתוחים: 1 (ננעל בעוד %n דק׳)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: unlocked for %n more min</source>
        <translation>
            <numerusform>⁨{name}⁩: פתוח לעוד דקה</numerusform>
            <numerusform>⁨{name}⁩: פתוח לעוד %n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock them now with Record &gt; Lock signing keys (Ctrl+L).</source>
        <translation>נעלו אותם כעת באמצעות רישום &gt; נעילת מפתחות החתימה (Ctrl+L).</translation>
    </message>
</context>
</TS>
