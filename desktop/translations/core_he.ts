<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
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
</TS>
