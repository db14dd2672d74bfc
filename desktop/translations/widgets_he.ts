<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AnswerChoices</name>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>AnswerLimits</name>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>מ־{minimum} עד {maximum}</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <translation>לפחות {minimum}</translation>
    </message>
    <message>
        <source>at most {maximum}</source>
        <translation>לכל היותר {maximum}</translation>
    </message>
</context>
<context>
    <name>AnswerPicker</name>
    <message>
        <source>(unanswered)</source>
        <translation>(ללא תשובה)</translation>
    </message>
    <message>
        <source>Scenario answer to: {question}</source>
        <translation>תשובת התרחיש ל: {question}</translation>
    </message>
</context>
<context>
    <name>AuthorityTally</name>
    <message>
        <source>Double majority met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>רוב כפול הושג: {endorsing} מתוך {counted} חברים תומכים ({share}, נדרש {needed}); {people} מתוך {population} בני אדם ({people_share}, נדרש {people_needed}).</translation>
    </message>
    <message>
        <source>Double majority not met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>רוב כפול לא הושג: {endorsing} מתוך {counted} חברים תומכים ({share}, נדרש {needed}); {people} מתוך {population} בני אדם ({people_share}, נדרש {people_needed}).</translation>
    </message>
    <message>
        <source>Double majority: no positions recorded yet.</source>
        <translation>רוב כפול: טרם נרשמו עמדות.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{position} {count}</source>
        <translation>{position}: {count}</translation>
    </message>
    <message>
        <source>Positions: {counts}.</source>
        <translation>עמדות: {counts}.</translation>
    </message>
    <message>
        <source> — lacks {what}</source>
        <translation> — חסר: {what}</translation>
    </message>
    <message>
        <source>Authority met by the route “{route}”.</source>
        <translation>הסמכות הושגה בדרך „{route}”.</translation>
    </message>
    <message>
        <source>Authority not met: no route is met.</source>
        <translation>הסמכות לא הושגה: אף דרך אינה מתקיימת.</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>ניקוי התשובה</translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation>ניקוי התשובה ל: {question}</translation>
    </message>
    <message>
        <source>{question}: answer</source>
        <translation>{question}: תשובה</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>לא נענתה</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>What must hold</source>
        <translation>מה חייב להתקיים</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>How it is checked</source>
        <translation>אופן הבדיקה</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>מועד בדיקה חוזרת</translation>
    </message>
    <message>
        <source>Tripwire (optional)</source>
        <translation>סף התרעה (רשות)</translation>
    </message>
    <message>
        <source>Conditions of the approval, one row each</source>
        <translation>תנאי האישור, תנאי אחד בכל שורה</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>הוספת תנאי (&amp;A)</translation>
    </message>
    <message>
        <source>Add a condition row</source>
        <translation>הוספת שורת תנאי</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>הסרת תנאי</translation>
    </message>
    <message>
        <source>Remove the selected condition rows</source>
        <translation>הסרת שורות התנאים שנבחרו</translation>
    </message>
    <message>
        <source>Add at least one condition: what must hold, owner, how it is checked, review date.</source>
        <translation>יש להוסיף לפחות תנאי אחד: מה חייב להתקיים, אחראי, אופן הבדיקה ומועד בדיקה חוזרת.</translation>
    </message>
    <message>
        <source>Condition {number}: fill in “{column}”.</source>
        <translation>תנאי {number}: יש למלא את „{column}”.</translation>
    </message>
    <message>
        <source>Condition {number}: write the review date as YYYY-MM-DD.</source>
        <translation>תנאי {number}: יש לכתוב את מועד הבדיקה החוזרת בתבנית YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>DissentDialog</name>
    <message>
        <source>Record dissent</source>
        <translation>רישום דעת מיעוט</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>הבודק הרושם דעת מיעוט</translation>
    </message>
    <message>
        <source>Name and role, e.g. Legal adviser J. Mensah</source>
        <translation>שם ותפקיד, לדוגמה: היועץ המשפטי J. Mensah</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>נוסח דעת המיעוט</translation>
    </message>
    <message>
        <source>What the reviewer disagrees with, and why</source>
        <translation>במה הבודק חולק, ומדוע</translation>
    </message>
    <message>
        <source>Record the dissent (it cannot be changed afterwards)</source>
        <translation>רישום דעת המיעוט (לא ניתן לשנותה לאחר מכן)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>בודק (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>דעת מיעוט (&amp;D)</translation>
    </message>
    <message>
        <source>Dissent from the decision on “{title}”. It is kept in the record and printed on memos issued from now on; it cannot be edited or removed later.</source>
        <translation>דעת מיעוט על ההחלטה בנושא „{title}”. היא נשמרת ברישום ותודפס בתזכירים שיונפקו מעתה; לא ניתן יהיה לערוך או להסיר אותה בהמשך.</translation>
    </message>
</context>
<context>
    <name>EvidenceItem</name>
    <message>
        <source>What the evidence shows</source>
        <translation>מה הראיה מראה</translation>
    </message>
    <message>
        <source>Evidence summary for: {question}</source>
        <translation>תקציר הראיה עבור: {question}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Evidence source for: {question}</source>
        <translation>מקור הראיה עבור: {question}</translation>
    </message>
    <message>
        <source>{grade} — {meaning}</source>
        <translation>{grade} — {meaning}</translation>
    </message>
    <message>
        <source>Source reliability (Admiralty A–F)</source>
        <translation>אמינות המקור (Admiralty A–F)</translation>
    </message>
    <message>
        <source>Information credibility (Admiralty 1–6)</source>
        <translation>מהימנות המידע (Admiralty 1–6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove this evidence item for: {question}</source>
        <translation>הסרת ראיה זו עבור: {question}</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Add evidence</source>
        <translation>הוספת ראיה</translation>
    </message>
    <message>
        <source>Add an evidence item for: {question}</source>
        <translation>הוספת ראיה עבור: {question}</translation>
    </message>
</context>
<context>
    <name>MemberPositionsInput</name>
    <message>
        <source>Member</source>
        <translation>חבר</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>אוכלוסייה</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>מעמד</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>כוח הצבעה</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <source>{question}: member positions</source>
        <translation>{question}: עמדות החברים</translation>
    </message>
    <message>
        <source>Arrow keys move, Shift+arrows select; E endorse, O oppose, A abstain, N not consulted, Delete clears, for every selected member.</source>
        <translation>מקשי החיצים מזיזים, Shift+חיצים בוחרים; E תמיכה, O התנגדות, A הימנעות, N לא נשאל, Delete מנקה – לכל חבר שנבחר.</translation>
    </message>
    <message>
        <source>E endorse · O oppose · A abstain · N not consulted · Delete: no position — for the selected members</source>
        <translation>E תמיכה · O התנגדות · A הימנעות · N לא נשאל · Delete: ללא עמדה — לחברים שנבחרו</translation>
    </message>
    <message>
        <source>Double-majority tally</source>
        <translation>ספירת הרוב הכפול</translation>
    </message>
    <message>
        <source>Position to give</source>
        <translation>העמדה שתינתן</translation>
    </message>
    <message>
        <source>Give to the selected</source>
        <translation>מתן לנבחרים</translation>
    </message>
    <message>
        <source>Give the selected members the chosen position</source>
        <translation>מתן העמדה שנבחרה לחברים שנבחרו</translation>
    </message>
    <message>
        <source>Give to every member without a position</source>
        <translation>מתן לכל חבר ללא עמדה</translation>
    </message>
    <message>
        <source>Give every member without a position the chosen one</source>
        <translation>מתן העמדה שנבחרה לכל חבר שאין לו עמדה</translation>
    </message>
    <message>
        <source>Keys on the table: E endorse · O oppose · A abstain · N not consulted · Delete none; Shift+arrows select rows.</source>
        <translation>מקשים בטבלה: E תמיכה · O התנגדות · A הימנעות · N לא נשאל · Delete ללא; Shift+חיצים בוחרים שורות.</translation>
    </message>
    <message>
        <source>square-root weight {weight}; normalised Banzhaf index</source>
        <translation>משקל שורש ריבועי {weight}; מדד בנצף מנורמל</translation>
    </message>
    <message>
        <source>voting power is shown under a playbook&apos;s authority rule</source>
        <translation>כוח ההצבעה מוצג לפי כלל הסמכות של מדריך הערכה</translation>
    </message>
    <message>
        <source>pivotal in the current tally</source>
        <translation>מכריע בספירה הנוכחית</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>No position</source>
        <translation>ללא עמדה</translation>
    </message>
</context>
<context>
    <name>RationaleEditor</name>
    <message>
        <source>Why this answer? What would change it?</source>
        <translation>מדוע תשובה זו? מה היה משנה אותה?</translation>
    </message>
    <message>
        <source>Rationale for: {question}</source>
        <translation>נימוק עבור: {question}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>Confidence in the answer to: {question}</source>
        <translation>רמת הביטחון בתשובה ל: {question}</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>נימוק</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>רמת ביטחון</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיות</translation>
    </message>
</context>
<context>
    <name>ResolutionDateEdit</name>
    <message>
        <source>Judge what happened on:</source>
        <translation>לשפוט את מה שקרה ב־:</translation>
    </message>
    <message>
        <source>Judge the decision on:</source>
        <translation>לשפוט את ההחלטה ב־:</translation>
    </message>
    <message>
        <source>Resolution date of: {what}</source>
        <translation>מועד ההכרעה של: {what}</translation>
    </message>
    <message>
        <source>Resolution date of the decision</source>
        <translation>מועד ההכרעה של ההחלטה</translation>
    </message>
    <message>
        <source>Where the resolution date comes from</source>
        <translation>מקור מועד ההכרעה</translation>
    </message>
    <message>
        <source>Set on this draft.</source>
        <translation>נקבע בטיוטה זו.</translation>
    </message>
    <message>
        <source>The playbook&apos;s default: {days} days after the decision.</source>
        <translation>ברירת המחדל של מדריך ההערכה: {days} ימים לאחר ההחלטה.</translation>
    </message>
    <message>
        <source>Fixed when the assessment was decided.</source>
        <translation>נקבע כאשר ההערכה הוכרעה.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ עומד</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ לא עומד</translation>
    </message>
    <message>
        <source>… incomplete</source>
        <translation>… חלקי</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>חלונית ההכרעה</translation>
    </message>
    <message>
        <source>Where the verdict stands</source>
        <translation>מצב ההכרעה</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>בסיס משפטי</translation>
    </message>
    <message>
        <source>Criteria results</source>
        <translation>תוצאות הקריטריונים</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>נימוקים</translation>
    </message>
    <message>
        <source>Fragility</source>
        <translation>שבירות</translation>
    </message>
    <message>
        <source>Missing required answers</source>
        <translation>תשובות חובה חסרות</translation>
    </message>
    <message>
        <source>Estimative flags</source>
        <translation>סימוני הערכה</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>טרם הוערך</translation>
    </message>
    <message>
        <source>Best-judged option: {option}</source>
        <translation>האפשרות שהוערכה כטובה ביותר: {option}</translation>
    </message>
    <message>
        <source>(judged apart): {summary}</source>
        <translation>(נבחן בנפרד): {summary}</translation>
    </message>
    <message>
        <source>(gate)</source>
        <translation>(תנאי סף)</translation>
    </message>
    <message>
        <source>knife-edge</source>
        <translation>על חוט השערה</translation>
    </message>
    <message numerus="yes">
        <source>Required answers missing (%n)</source>
        <translation>
            <numerusform>חסרה תשובת חובה (%n)</numerusform>
            <numerusform>חסרות תשובות חובה (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All required questions are answered.</source>
        <translation>כל שאלות החובה נענו.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>legitimate</source>
        <translation>לגיטימית</translation>
    </message>
    <message>
        <source>legitimate with conditions</source>
        <translation>לגיטימית בתנאים</translation>
    </message>
    <message>
        <source>justified in substance; authority short</source>
        <translation>מוצדקת לגופה; הסמכות חסרה</translation>
    </message>
    <message>
        <source>not legitimate</source>
        <translation>לא לגיטימית</translation>
    </message>
    <message>
        <source>insufficient information</source>
        <translation>מידע לא מספיק</translation>
    </message>
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
        <translation>הוחלף</translation>
    </message>
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
        <translation>דחיית מועד</translation>
    </message>
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
    <message>
        <source>almost no chance</source>
        <translation>כמעט אין סיכוי</translation>
    </message>
    <message>
        <source>very unlikely</source>
        <translation>לא סביר מאוד</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>לא סביר</translation>
    </message>
    <message>
        <source>roughly even chance</source>
        <translation>סיכוי שקול בקירוב</translation>
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
        <source>authorised by the Security Council</source>
        <translation>באישור מועצת הביטחון</translation>
    </message>
    <message>
        <source>blocked by a veto</source>
        <translation>נחסמה בווטו</translation>
    </message>
    <message>
        <source>not sought</source>
        <translation>לא התבקשה</translation>
    </message>
    <message>
        <source>rejected on its merits</source>
        <translation>נדחתה לגופה</translation>
    </message>
    <message>
        <source>veto threatened, no draft put to a vote</source>
        <translation>איום בווטו, לא הועמדה טיוטה להצבעה</translation>
    </message>
    <message>
        <source>relies on earlier resolutions</source>
        <translation>נשענת על החלטות קודמות</translation>
    </message>
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
        <translation>אמין במידה סבירה</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>בדרך כלל אינו אמין</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>לא אמין</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>לא ניתן להעריך את האמינות</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>אושר ממקורות אחרים</translation>
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
        <translation>מוטל בספק</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>לא מתקבל על הדעת</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>לא ניתן להעריך את האמיתות</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>עומד</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>לא עומד</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>חלקי</translation>
    </message>
    <message>
        <source>full</source>
        <translation>מלא</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>מושעה</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>מועמד</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>פרש</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>בלמ״ס</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>לשימוש רשמי</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>שמור</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>חסוי</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>סודי</translation>
    </message>
    <message>
        <source>TOP SECRET</source>
        <translation>סודי ביותר</translation>
    </message>
    <message>
        <source>unsigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>לא חתום</translation>
    </message>
    <message>
        <source>drafted</source>
        <comment>a memo&apos;s stage</comment>
        <translation>נחתם על ידי המנסח</translation>
    </message>
    <message>
        <source>countersigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>נחתם בחתימת קיום</translation>
    </message>
    <message>
        <source>drafting official</source>
        <comment>who signs a memo</comment>
        <translation>הפקיד המנסח</translation>
    </message>
    <message>
        <source>minister</source>
        <comment>who signs a memo</comment>
        <translation>שר</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an approval&apos;s condition</comment>
        <translation>פתוח</translation>
    </message>
    <message>
        <source>met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>התקיים</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>לא התקיים</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>an approval&apos;s condition</comment>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>tripwire breached</source>
        <comment>an approval&apos;s condition</comment>
        <translation>סף ההתרעה נחצה</translation>
    </message>
</context>
</TS>
