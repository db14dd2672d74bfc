<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>הוחלט</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>הוחלפה</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <source>high</source>
        <translation>גבוהה</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>אישור בתנאים</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>השהיה</translation>
    </message>
</context>
<context>
    <name>InformationCredibility</name>
    <message>
        <source>confirmed by other sources</source>
        <translation>אושר על ידי מקורות אחרים</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>כנראה נכון</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>ייתכן שנכון</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>מפוקפק</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>בלתי סביר</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>לא ניתן להעריך את אמיתותו</translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <source>almost no chance</source>
        <translation>כמעט אין סיכוי</translation>
    </message>
    <message>
        <source>very unlikely</source>
        <translation>בלתי סביר מאוד</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>בלתי סביר</translation>
    </message>
    <message>
        <source>roughly even chance</source>
        <translation>סיכוי שקול בערך</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>סביר</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>סביר מאוד</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>כמעט ודאי</translation>
    </message>
    <message>
        <source>{term} ({low}–{high}%)</source>
        <translation>{term} ({low}%–{high}%)</translation>
    </message>
</context>
<context>
    <name>MemberPosition</name>
    <message>
        <source>endorse</source>
        <translation>תמיכה</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>התנגדות</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>הימנעות</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>לא נשאל</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name is recorded with every change you make, and printed as the sender of the memos you issue. Role and unit are optional; you can change all of this later (File &gt; Profile…).</source>
        <translation>שמך נרשם עם כל שינוי שתבצע ומודפס כשולח המזכרים שתנפיק. התפקיד והיחידה הם רשות; ניתן לשנות את כל אלה מאוחר יותר (קובץ &gt; פרופיל…).</translation>
    </message>
    <message>
        <source>Your name, role and unit are recorded with every change you make from now on, and printed as the sender of the memos you issue. Changes already recorded keep the name they were made under.</source>
        <translation>שמך, תפקידך ויחידתך יירשמו מעתה עם כל שינוי שתבצע ויודפסו כשולח המזכרים שתנפיק. שינויים שכבר נרשמו שומרים את השם שתחתיו בוצעו.</translation>
    </message>
    <message>
        <source>Welcome to Concert Desk</source>
        <translation>ברוכים הבאים ל-Concert Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>הפרופיל שלך</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>שמך</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>תפקידך</translation>
    </message>
    <message>
        <source>optional, e.g. Desk officer</source>
        <translation>רשות, לדוגמה: רפרנט</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>יחידתך</translation>
    </message>
    <message>
        <source>optional, e.g. Crisis Unit</source>
        <translation>רשות, לדוגמה: יחידת משברים</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>זהות חתימה ברירת מחדל</translation>
    </message>
    <message>
        <source>optional: identity file (.p12) or pkcs11: URI</source>
        <translation>רשות: קובץ זהות (‎.p12) או URI של pkcs11:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>עיון…(&amp;B)</translation>
    </message>
    <message>
        <source>Choose the default signing identity file</source>
        <translation>בחירת קובץ זהות החתימה ברירת המחדל</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>שם(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>תפקיד(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>יחידה(&amp;U)</translation>
    </message>
    <message>
        <source>Default signing &amp;identity</source>
        <translation>זהות חתימה ברירת מחדל(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>שפת החלון(&amp;L)</translation>
    </message>
    <message>
        <source>How your changes will be recorded</source>
        <translation>האופן שבו שינוייך יירשמו</translation>
    </message>
    <message>
        <source>The window will speak the language you chose when Concert Desk next starts.</source>
        <translation>השפה שבחרת תחול בהפעלה הבאה של Concert Desk.</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>מתי השפה משתנה</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>מה חסר או שגוי</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>שמירת הפרופיל</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>לא עכשיו</translation>
    </message>
    <message>
        <source>Not now: changes are recorded as {user}</source>
        <translation>לא עכשיו: השינויים נרשמים בשם {user}</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>שפת החלון</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
    <message>
        <source>Your changes will be recorded as: {actor}</source>
        <translation>שינוייך יירשמו בשם: {actor}</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>בחירת זהות החתימה שלך</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>זהויות (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>RoutingStage</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>טיוטה שטרם הוגשה לבדיקה</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>הוגשה לבדיקה</translation>
    </message>
    <message>
        <source>returned to the drafter</source>
        <translation>הוחזרה לכותב</translation>
    </message>
    <message>
        <source>with the minister</source>
        <translation>אצל השר</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>הוחלט</translation>
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
    <name>SourceReliability</name>
    <message>
        <source>completely reliable</source>
        <translation>אמין לחלוטין</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>אמין בדרך כלל</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>אמין למדי</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>בדרך כלל אינו אמין</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>אינו אמין</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>לא ניתן להעריך את האמינות</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the record…</source>
        <translation>פותח את הרשומה…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>פותח את הרשומה</translation>
    </message>
    <message>
        <source>The record could not be opened: {error}</source>
        <translation>לא ניתן היה לפתוח את הרשומה: {error}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>legitimate</source>
        <translation>לגיטימי</translation>
    </message>
    <message>
        <source>legitimate with conditions</source>
        <translation>לגיטימי בתנאים</translation>
    </message>
    <message>
        <source>justified in substance; authority short</source>
        <translation>מוצדק לגופו; הסמכות אינה מספקת</translation>
    </message>
    <message>
        <source>not legitimate</source>
        <translation>לא לגיטימי</translation>
    </message>
    <message>
        <source>insufficient information</source>
        <translation>אין די מידע</translation>
    </message>
</context>
</TS>
