<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>CalibrationView</name>
    <message>
        <source>Calibration diagram: how often what was called happened</source>
        <translation>תרשים כיול: באיזו תדירות התרחש מה שנאמד</translation>
    </message>
    <message>
        <source>what the call said</source>
        <translation>ההסתברות שנאמדה</translation>
    </message>
    <message>
        <source>how often it happened</source>
        <translation>התדירות שבה התרחש</translation>
    </message>
</context>
<context>
    <name>ConditionReviewDialog</name>
    <message>
        <source>Met</source>
        <translation>התקיים</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>לא התקיים</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Record a review of a condition</source>
        <translation>רישום בדיקה של תנאי</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;Owner: {owner}&lt;br&gt;Checked by: {checked}&lt;br&gt;Tripwire: {tripwire}</source>
        <translation>הערכה: {title}&lt;br&gt;אחראי: {owner}&lt;br&gt;אופן הבדיקה: {checked}&lt;br&gt;תנאי מפסיק: {tripwire}</translation>
    </message>
    <message>
        <source>Outcome of the review</source>
        <translation>תוצאת הבדיקה</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>הערת בדיקה</translation>
    </message>
    <message>
        <source>What was checked, on what evidence, and what was found</source>
        <translation>מה נבדק, על סמך אילו ראיות, ומה נמצא</translation>
    </message>
    <message>
        <source>Review again &amp;on</source>
        <translation>בדיקה חוזרת בתאריך (&amp;O)</translation>
    </message>
    <message>
        <source>Set a next review date</source>
        <translation>קביעת מועד לבדיקה הבאה</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>מועד הבדיקה הבאה</translation>
    </message>
    <message>
        <source>The &amp;tripwire was breached: the approval no longer stands</source>
        <translation>התנאי המפסיק התקיים: האישור אינו עומד עוד בתוקף (&amp;T)</translation>
    </message>
    <message>
        <source>The tripwire was breached</source>
        <translation>התנאי המפסיק התקיים</translation>
    </message>
    <message>
        <source>What recording this review will do</source>
        <translation>מה יקרה עם רישום הבדיקה</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>רישום הבדיקה (&amp;R)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>תוצאה (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>הערה (&amp;N)</translation>
    </message>
    <message>
        <source>Write a note: a review says what was checked and found.</source>
        <translation>יש לכתוב הערה: בדיקה מציינת מה נבדק ומה נמצא.</translation>
    </message>
    <message>
        <source>Recording this ends the approval: a new draft revision of the decision is opened, to be assessed and decided again.</source>
        <translation>רישום זה מסיים את האישור: נפתחת טיוטת גרסה חדשה של ההחלטה, להערכה ולהחלטה מחדש.</translation>
    </message>
    <message>
        <source>Recording this closes the condition: it takes no further review.</source>
        <translation>רישום זה סוגר את התנאי: הוא לא ייבדק עוד.</translation>
    </message>
    <message>
        <source>Recording this closes the condition as fulfilled.</source>
        <translation>רישום זה סוגר את התנאי כתנאי שקוים.</translation>
    </message>
    <message>
        <source>The condition is next due on {day}.</source>
        <translation>מועד הבדיקה הבא של התנאי: {day}.</translation>
    </message>
    <message>
        <source>The condition stays due: set a next review date, or it remains on the list of conditions due.</source>
        <translation>מועד התנאי עדיין חל: יש לקבוע מועד לבדיקה הבאה, אחרת הוא יישאר ברשימת התנאים שמועדם הגיע.</translation>
    </message>
    <message>
        <source>{consequence} A review is kept as recorded; it cannot be changed.</source>
        <translation>{consequence} בדיקה נשמרת כפי שנרשמה; לא ניתן לשנותה.</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Review</source>
        <translation>מועד בדיקה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>What must hold</source>
        <translation>מה שחייב להתקיים</translation>
    </message>
    <message>
        <source>Tripwire</source>
        <translation>תנאי מפסיק</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>תנאים שמועדם הגיע</translation>
    </message>
    <message>
        <source>How many conditions are due</source>
        <translation>מספר התנאים שמועדם הגיע</translation>
    </message>
    <message>
        <source>Conditions due; press Enter to open the assessment</source>
        <translation>תנאים שמועדם הגיע; יש להקיש Enter לפתיחת ההערכה</translation>
    </message>
    <message>
        <source>Record a re&amp;view…</source>
        <translation>רישום בדיקה (&amp;V)…</translation>
    </message>
    <message>
        <source>Record a review of the selected condition</source>
        <translation>רישום בדיקה של התנאי הנבחר</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>מועדו היום</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>No condition of a standing approval is due today.</source>
        <translation>אין היום תנאי של אישור בתוקף שמועדו הגיע.</translation>
    </message>
    <message>
        <source>1 condition due, {overdue} overdue.</source>
        <translation>תנאי אחד שמועדו הגיע, {overdue} מהם באיחור.</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions due, {overdue} overdue.</source>
        <translation>
            <numerusform>תנאי אחד שמועדו הגיע, {overdue} מהם באיחור.</numerusform>
            <numerusform>%n תנאים שמועדם הגיע, {overdue} מהם באיחור.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} Enter opens the case&apos;s decision; Record a review… records what was found.</source>
        <translation>{count} מקש Enter פותח את ההחלטה בתיק; „רישום בדיקה…” רושם את מה שנמצא.</translation>
    </message>
    <message>
        <source>The review was not recorded</source>
        <translation>הבדיקה לא נרשמה</translation>
    </message>
    <message>
        <source>The approval no longer stands</source>
        <translation>האישור אינו עומד עוד בתוקף</translation>
    </message>
    <message>
        <source>The tripwire was recorded as breached. A new draft revision of the decision was opened; it is listed in History, to be assessed and decided again.</source>
        <translation>נרשם שהתנאי המפסיק התקיים. נפתחה טיוטת גרסה חדשה של ההחלטה; היא מופיעה בהיסטוריה, להערכה ולהחלטה מחדש.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Member</source>
        <translation>מדינה חברה</translation>
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
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>מעמד</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>משקל</translation>
    </message>
    <message>
        <source>Voting power %</source>
        <translation>כוח הצבעה (%)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>נבדק בתאריך</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Member registry</source>
        <translation>מרשם החברוּת</translation>
    </message>
    <message>
        <source>Registry version</source>
        <translation>גרסת המרשם</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>סיכום המרשם</translation>
    </message>
    <message>
        <source>&amp;Import YAML…</source>
        <translation>ייבוא YAML (&amp;I)…</translation>
    </message>
    <message>
        <source>Import a member registry file</source>
        <translation>ייבוא קובץ מרשם חברות</translation>
    </message>
    <message>
        <source>&amp;Export YAML…</source>
        <translation>ייצוא YAML (&amp;E)…</translation>
    </message>
    <message>
        <source>Export the member registry to a file</source>
        <translation>ייצוא מרשם החברות לקובץ</translation>
    </message>
    <message>
        <source>Member hist&amp;ory…</source>
        <translation>היסטוריית החברה (&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected member&apos;s entry and history</source>
        <translation>הצגת הרשומה וההיסטוריה של החברה הנבחרת</translation>
    </message>
    <message>
        <source>&amp;Apply a decided review…</source>
        <translation>החלת בדיקה שהוחלט עליה (&amp;A)…</translation>
    </message>
    <message>
        <source>Apply a decided membership review to the registry</source>
        <translation>החלת בדיקת חברוּת שהוחלט עליה על המרשם</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>מדינות חברות</translation>
    </message>
    <message>
        <source>Only members in full standing count in the double-majority tally. Standings follow the registry rule (Freedom in the World 2024: Free, and Free in each of the last ten editions; see docs/method.md) until a decided membership review is applied. Every change is an audited registry revision; members are never deleted. * marks a borderline entry. Weight and voting power (normalised Banzhaf index) follow the Concert rule: weight √population, the Jagiellonian quota, 55% of members, a blocking minority of at least four (docs/method.md, Authority).</source>
        <translation>רק מדינות חברות במעמד מלא נספרות בספירת הרוב הכפול. המעמד נקבע לפי כלל המרשם (Freedom in the World 2024: ‏Free, וכן Free בכל אחת מעשר המהדורות האחרונות; ראו docs/method.md) עד להחלת בדיקת חברוּת שהוחלט עליה. כל שינוי הוא גרסה מבוקרת של המרשם; מדינות חברות אינן נמחקות לעולם. הסימן * מציין רשומה גבולית. המשקל וכוח ההצבעה (מדד בנצף מנורמל) נקבעים לפי כלל הקונצרט: משקל ‎√‎אוכלוסייה, מכסת יאגלון, ‏55% מהחברות, ומיעוט חוסם של ארבע חברות לפחות (docs/method.md, ‏Authority).</translation>
    </message>
    <message numerus="yes">
        <source>%n members, {full} in full standing ({people} people)</source>
        <translation>
            <numerusform>חברה אחת, {full} במעמד מלא ({people} תושבים)</numerusform>
            <numerusform>%n חברות, {full} מהן במעמד מלא ({people} תושבים)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; the largest voting power {share}</source>
        <translation>{summary}; כוח ההצבעה הגדול ביותר: {share}</translation>
    </message>
    <message>
        <source>Member registry: no revision recorded yet</source>
        <translation>מרשם החברוּת: טרם נרשמה גרסה</translation>
    </message>
    <message>
        <source>Member registry {label}, SHA-256 {hash}</source>
        <translation>מרשם החברוּת {label}, SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Member history</source>
        <translation>היסטוריית החברה</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>יש לבחור תחילה מדינה חברה.</translation>
    </message>
    <message>
        <source>Member history: {code}</source>
        <translation>היסטוריית החברה: {code}</translation>
    </message>
    <message>
        <source>Membership review</source>
        <translation>בדיקת חברוּת</translation>
    </message>
    <message>
        <source>Apply a decided review</source>
        <translation>החלת בדיקה שהוחלט עליה</translation>
    </message>
    <message>
        <source>No decided membership review is waiting to be applied (a deferred review changes no standing; each review is applied once).</source>
        <translation>אין בדיקת חברוּת שהוחלט עליה הממתינה להחלה (בדיקה שנדחתה אינה משנה מעמד; כל בדיקה מוחלת פעם אחת בלבד).</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: {code}, the selected member):</source>
        <translation>מעמד המדינה שנבדקה נקבע לפי ההחלטה (מדינה: {code}, החברה הנבחרת):</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: the member the review&apos;s title names):</source>
        <translation>מעמד המדינה שנבדקה נקבע לפי ההחלטה (מדינה: החברה ששמה מופיע בכותרת הבדיקה):</translation>
    </message>
    <message>
        <source>Membership review applied</source>
        <translation>בדיקת החברוּת הוחלה</translation>
    </message>
    <message>
        <source>Import member registry</source>
        <translation>ייבוא מרשם החברות</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>קובצי YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>הייבוא הושלם.</translation>
    </message>
    <message>
        <source>Member registry imported</source>
        <translation>מרשם החברות יובא</translation>
    </message>
    <message>
        <source>Export member registry</source>
        <translation>ייצוא מרשם החברות</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>יוצא אל {path}</translation>
    </message>
    <message>
        <source>{index} · {editions} ed.</source>
        <translation>{index} · {editions} מהד׳</translation>
    </message>
</context>
<context>
    <name>NewAssessmentPage</name>
    <message>
        <source>Playbooks to choose from</source>
        <translation>מדריכים לבחירה</translation>
    </message>
    <message>
        <source>Chosen playbook: description, criteria and sources</source>
        <translation>המדריך שנבחר: תיאור, אמות מידה ומקורות</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>e.g. Maritime interdiction in the Strait of …</source>
        <translation>לדוגמה: סגר ימי במצר …</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>הפעולה המוצעת</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>משבר</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>סימון סיווג</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>יצירה והתחלה</translation>
    </message>
    <message>
        <source>Create the assessment and start answering</source>
        <translation>יצירת ההערכה ותחילת המענה</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>כותרת (&amp;T)</translation>
    </message>
    <message>
        <source>Proposed &amp;action</source>
        <translation>הפעולה המוצעת (&amp;A)</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>משבר (&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>סיווג (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>מדריך (&amp;P)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>הערכה חדשה</translation>
    </message>
    <message>
        <source>{title}  (v{version})</source>
        <translation>{title}  (גרסה {version})</translation>
    </message>
    <message>
        <source>Choose a playbook and give the assessment a title.</source>
        <translation>יש לבחור מדריך ולתת להערכה כותרת.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>בתהליך יצירה…</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>לא ניתן ליצור את ההערכה</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>It occurred</source>
        <translation>האירוע התרחש</translation>
    </message>
    <message>
        <source>It did not occur</source>
        <translation>האירוע לא התרחש</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>לא ניתן לקבוע</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>רישום מה שהתרחש</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;The call: {term}</source>
        <translation>הערכה: {title}&lt;br&gt;האומדן: {term}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>מה שהתרחש</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>הערה על התוצאה</translation>
    </message>
    <message>
        <source>What happened, and how we know</source>
        <translation>מה התרחש, וכיצד אנו יודעים זאת</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>ראיה (רשות)</translation>
    </message>
    <message>
        <source>e.g. UN situation report of 3 June</source>
        <translation>לדוגמה: דוח מצב של האו״ם מ־3 ביוני</translation>
    </message>
    <message>
        <source>Source of the evidence</source>
        <translation>מקור הראיה</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>מהימנות המקור</translation>
    </message>
    <message>
        <source>{grade}: {meaning}</source>
        <translation>{grade}: {meaning}</translation>
    </message>
    <message>
        <source>Credibility of the information</source>
        <translation>אמינות המידע</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>רישום התוצאה (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>מה שהתרחש (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>הערה (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>ראיה (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>מקור (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;liability</source>
        <translation>מהימנות (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Credibility</source>
        <translation>אמינות (&amp;C)</translation>
    </message>
    <message>
        <source>An outcome is kept as recorded and never changes the decided record; a later outcome of the same call corrects it, and both stay.</source>
        <translation>תוצאה נשמרת כפי שנרשמה ואינה משנה לעולם את הרשומה שהוחלט עליה; תוצאה מאוחרת יותר של אותו אומדן מתקנת אותה, ושתיהן נשמרות.</translation>
    </message>
    <message>
        <source>Write a note: say what happened and how we know.</source>
        <translation>יש לכתוב הערה: מה התרחש וכיצד אנו יודעים זאת.</translation>
    </message>
</context>
<context>
    <name>PlaybookDescription</name>
    <message>
        <source>{id} · version {version}</source>
        <translation>{id} · גרסה {version}</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>אמות מידה</translation>
    </message>
    <message>
        <source>(gate: must pass)</source>
        <translation>(תנאי סף: חובה לעמוד בו)</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>שאלה אחת</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>שאלה אחת</numerusform>
            <numerusform>%n שאלות</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
</context>
<context>
    <name>PlaybooksPage</name>
    <message>
        <source>Built-in playbook.</source>
        <translation>מדריך מובנה.</translation>
    </message>
    <message>
        <source>From the user playbook folder.</source>
        <translation>מתיקיית המדריכים של המשתמש.</translation>
    </message>
    <message>
        <source>Kept in the record only: no installed file has these bytes. Assessments made with it still read and re-evaluate from this copy.</source>
        <translation>נשמר ברשומה בלבד: אין קובץ מותקן בעל בתים אלה. הערכות שנעשו באמצעותו עדיין נקראות ומוערכות מחדש מעותק זה.</translation>
    </message>
    <message>
        <source>Playbooks and their versions</source>
        <translation>מדריכים וגרסאותיהם</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>פרטי המדריך</translation>
    </message>
    <message>
        <source>Problems with playbook files</source>
        <translation>בעיות בקובצי מדריכים</translation>
    </message>
    <message>
        <source>&amp;Add playbook file…</source>
        <translation>הוספת קובץ מדריך (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a playbook file</source>
        <translation>הוספת קובץ מדריך</translation>
    </message>
    <message>
        <source>Added playbooks are kept in {folder}</source>
        <translation>מדריכים שנוספו נשמרים בתיקייה {folder}</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>מדריכים</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}  (kept in the record)</source>
        <translation>{title}
    {id} · גרסה {version}  (נשמר ברשומה)</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}</source>
        <translation>{title}
    {id} · גרסה {version}</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>הרשומה</translation>
    </message>
    <message>
        <source>Playbook files that were not loaded:
{errors}</source>
        <translation>קובצי מדריכים שלא נטענו:
{errors}</translation>
    </message>
    <message>
        <source>{origin}&lt;br&gt;File: {file}&lt;br&gt;SHA-256: {hash}</source>
        <translation>{origin}&lt;br&gt;קובץ: {file}&lt;br&gt;SHA-256: ‏{hash}</translation>
    </message>
    <message>
        <source>Add a playbook</source>
        <translation>הוספת מדריך</translation>
    </message>
    <message>
        <source>Playbooks (*.yaml *.yml)</source>
        <translation>מדריכים (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>{title} (version {version}) is already installed.</source>
        <translation>{title} (גרסה {version}) כבר מותקן.</translation>
    </message>
    <message>
        <source>{title} (version {version}) is now available.</source>
        <translation>{title} (גרסה {version}) זמין כעת.</translation>
    </message>
    <message>
        <source>Playbook added</source>
        <translation>המדריך נוסף</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (playbooks check lists them all).</source>
        <translation>
            <numerusform>… ועוד אחת (הפקודה playbooks check מפרטת את כולן).</numerusform>
            <numerusform>… ועוד %n (הפקודה playbooks check מפרטת את כולן).</numerusform>
        </translation>
    </message>
    <message>
        <source>See line {line} of {file} first.</source>
        <translation>יש לעיין תחילה בשורה {line} בקובץ {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in {file}:</source>
        <translation>
            <numerusform>בעיה אחת בקובץ {file}:</numerusform>
            <numerusform>%n בעיות בקובץ {file}:</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook was not added</source>
        <translation>המדריך לא נוסף</translation>
    </message>
    <message>
        <source>See line {line} of {file}.</source>
        <translation>יש לעיין בשורה {line} בקובץ {file}.</translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <source>Record a retrospective</source>
        <translation>רישום תחקיר</translation>
    </message>
    <message>
        <source>What we got wrong</source>
        <translation>במה טעינו</translation>
    </message>
    <message>
        <source>What we would do again</source>
        <translation>מה היינו עושים שוב</translation>
    </message>
    <message>
        <source>&amp;Record retrospective</source>
        <translation>רישום התחקיר (&amp;R)</translation>
    </message>
    <message>
        <source>What we got &amp;wrong</source>
        <translation>במה טעינו (&amp;W)</translation>
    </message>
    <message>
        <source>What we would do &amp;again</source>
        <translation>מה היינו עושים שוב (&amp;A)</translation>
    </message>
    <message>
        <source>A retrospective is kept as recorded and never changes the decided record.</source>
        <translation>תחקיר נשמר כפי שנרשם ואינו משנה לעולם את הרשומה שהוחלט עליה.</translation>
    </message>
    <message>
        <source>Say both what we got wrong and what we would do again.</source>
        <translation>יש לציין גם במה טעינו וגם מה היינו עושים שוב.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>All decisions</source>
        <translation>כל ההחלטות</translation>
    </message>
    <message>
        <source>Decided in the last 12 months</source>
        <translation>החלטות מ־12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>Decided in the last 5 years</source>
        <translation>החלטות מ־5 השנים האחרונות</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>אומדן</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>מה שהתרחש</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>תאריך ההחלטה</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>מועד ההכרעה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>התרחש</translation>
    </message>
    <message>
        <source>did not occur</source>
        <translation>לא התרחש</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>לא ניתן לקבוע</translation>
    </message>
    <message>
        <source>Review: calibration of past calls</source>
        <translation>סקירה: כיול אומדנים קודמים</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>מדריך</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>כל המדריכים</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Lessons &amp;report (PDF)…</source>
        <translation>דוח לקחים (PDF) (&amp;R)…</translation>
    </message>
    <message>
        <source>Write the lessons report as a PDF</source>
        <translation>הפקת דוח הלקחים כקובץ PDF</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <source>Terms of the diagram; choose one to see its calls</source>
        <translation>מונחי התרשים; יש לבחור מונח כדי לראות את האומדנים שלו</translation>
    </message>
    <message>
        <source>Calls behind the chosen point; Enter opens the case</source>
        <translation>האומדנים שמאחורי הנקודה שנבחרה; מקש Enter פותח את התיק</translation>
    </message>
    <message>
        <source>Calls and decisions due to be judged</source>
        <translation>אומדנים והחלטות שמועד שיפוטם הגיע</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>רישום מה שהתרחש (&amp;W)…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected call</source>
        <translation>רישום התוצאה של האומדן הנבחר</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>{occurred} of {calls} happened</source>
        <translation>{occurred} מתוך {calls} התרחשו</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>אין אומדנים</translation>
    </message>
    <message>
        <source>{said}; too few calls</source>
        <translation>{said}; מעט מדי אומדנים</translation>
    </message>
    <message>
        <source>{term}: {said}</source>
        <translation>{term}: {said}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>due</source>
        <translation>מועדו הגיע</translation>
    </message>
    <message>
        <source>(the decision)</source>
        <translation>(ההחלטה)</translation>
    </message>
    <message numerus="yes">
        <source>%n due to be judged, {overdue} overdue.</source>
        <translation>
            <numerusform>פריט אחד שמועד שיפוטו הגיע, {overdue} מהם באיחור.</numerusform>
            <numerusform>%n פריטים שמועד שיפוטם הגיע, {overdue} מהם באיחור.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due to be judged today.</source>
        <translation>אין היום דבר שמועד שיפוטו הגיע.</translation>
    </message>
    <message>
        <source>The earliest {shown} are listed.</source>
        <translation>מוצגות {shown} המוקדמות ביותר.</translation>
    </message>
    <message>
        <source>all calls: {calls} resolved calls, Brier {brier} = reliability {reliability} − resolution {resolution} + uncertainty {uncertainty}; cannot tell {cannot_tell}</source>
        <translation>כל האומדנים: {calls} הוכרעו, ציון ברייר {brier} = מהימנות {reliability} − רזולוציה {resolution} + אי־ודאות {uncertainty}; לא ניתן לקבוע: {cannot_tell}</translation>
    </message>
    <message>
        <source>{line} — too few calls (under {minimum})</source>
        <translation>{line} — מעט מדי אומדנים (פחות מ־{minimum})</translation>
    </message>
    <message>
        <source>Record a retrospec&amp;tive…</source>
        <translation>רישום תחקיר (&amp;T)…</translation>
    </message>
    <message>
        <source>Record a retrospective of the selected decision</source>
        <translation>רישום תחקיר על ההחלטה הנבחרת</translation>
    </message>
    <message>
        <source>the playbook of assessment {id} is neither installed nor kept in the record</source>
        <translation>המדריך של הערכה {id} אינו מותקן ואינו נשמר ברשומה</translation>
    </message>
    <message>
        <source>The outcome was not recorded</source>
        <translation>התוצאה לא נרשמה</translation>
    </message>
    <message>
        <source>The retrospective was not recorded</source>
        <translation>התחקיר לא נרשם</translation>
    </message>
    <message>
        <source>Lessons report</source>
        <translation>דוח לקחים</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The lessons report was written to {path}.</source>
        <translation>דוח הלקחים נכתב אל {path}.</translation>
    </message>
    <message>
        <source>The lessons report was not written</source>
        <translation>דוח הלקחים לא נכתב</translation>
    </message>
</context>
<context>
    <name>ScoresDescription</name>
    <message>
        <source>Weights and scores</source>
        <translation>משקלות וציונים</translation>
    </message>
    <message>
        <source>Shares are the weights normalised, with every question answered.</source>
        <translation>החלקים הם המשקלות המנורמלים, בהנחה שכל השאלות נענו.</translation>
    </message>
    <message>
        <source>gate, weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>תנאי סף, משקל {weight} ({share} מהציון הכולל), עובר מ־{threshold}</translation>
    </message>
    <message>
        <source>weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>משקל {weight} ({share} מהציון הכולל), עובר מ־{threshold}</translation>
    </message>
    <message>
        <source>{of_criterion} of the criterion, {overall} overall</source>
        <translation>{of_criterion} מאמת המידה, {overall} בסך הכול</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>אינו נספר</translation>
    </message>
    <message>
        <source>({id}, {kind}; weight {weight}: {counted})&lt;br&gt;scores: {rule}</source>
        <translation>({id}, {kind}; משקל {weight}: {counted})&lt;br&gt;ניקוד: {rule}</translation>
    </message>
</context>
<context>
    <name>TrustRootConfirmation</name>
    <message>
        <source>This certificate is not marked as a certification authority: only memos signed with this very certificate will be trusted.</source>
        <translation>תעודה זו אינה מסומנת כרשות מאשרת: רק מזכרים שנחתמו בתעודה זו עצמה ייחשבו מהימנים.</translation>
    </message>
    <message>
        <source>This certificate expired on {day}.</source>
        <translation>תוקפה של תעודה זו פג ב־{day}.</translation>
    </message>
    <message>
        <source>This is a TEST certificate authority: trust it only on a machine used for trying the app, never for real decisions.</source>
        <translation>זוהי רשות מאשרת לבדיקות (TEST): יש לתת בה אמון רק במחשב המשמש לניסיון היישום, ולעולם לא להחלטות אמיתיות.</translation>
    </message>
    <message>
        <source>itself (a root)</source>
        <translation>התעודה עצמה (שורש)</translation>
    </message>
    <message>
        <source>Trust this certificate for verifying memo signatures?</source>
        <translation>לתת אמון בתעודה זו לאימות חתימות על מזכרים?</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>נושא: {subject}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>הונפקה על ידי: {issuer}</translation>
    </message>
    <message>
        <source>Valid: {start} to {end}</source>
        <translation>בתוקף: מ־{start} עד {end}</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>טביעת אצבע SHA-256:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your security office gave you. Every memo signed under this certificate will then show as trusted.</source>
        <translation>יש להשוות את טביעת האצבע לזו שמסר לכם אגף הביטחון. לאחר מכן כל מזכר שנחתם תחת תעודה זו יוצג כמהימן.</translation>
    </message>
</context>
<context>
    <name>TrustRootsPage</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (התחלה)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>נוסף בתאריך</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>נוסף על ידי</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>תעודות (*.pem *.crt *.cer *.der);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>שורשי אמון</translation>
    </message>
    <message>
        <source>Selected trust root in full</source>
        <translation>שורש האמון הנבחר במלואו</translation>
    </message>
    <message>
        <source>Selected trust root</source>
        <translation>שורש האמון הנבחר</translation>
    </message>
    <message>
        <source>Number of trust roots</source>
        <translation>מספר שורשי האמון</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>הוספת תעודה (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a trust root from a certificate file</source>
        <translation>הוספת שורש אמון מקובץ תעודה</translation>
    </message>
    <message>
        <source>A memo&apos;s signatures count as trusted only when the signer&apos;s certificate was issued by one of these certification authorities. Add the certificate of the authority that issues your ministry&apos;s signing identities (a .pem, .crt, .cer or .der file); your security office can tell you its fingerprint. Roots are never removed: the record keeps what every past verification relied on.</source>
        <translation>חתימות על מזכר נחשבות מהימנות רק כאשר תעודת החותם הונפקה על ידי אחת מהרשויות המאשרות הללו. יש להוסיף את התעודה של הרשות המנפיקה את זהויות החתימה של המשרד (קובץ ‎.pem‏, ‎.crt‏, ‎.cer‏ או ‎.der‏); אגף הביטחון יוכל למסור את טביעת האצבע שלה. שורשים אינם מוסרים לעולם: הרשומה שומרת את מה שעליו הסתמך כל אימות בעבר.</translation>
    </message>
    <message>
        <source>No trust roots yet: every signed memo reads “not trusted” until one is added. Ask your security officer for your ministry&apos;s certificate authority.</source>
        <translation>עדיין אין שורשי אמון: כל מזכר חתום יוצג כ„לא מהימן” עד שיתווסף שורש. יש לפנות לממונה הביטחון לקבלת הרשות המאשרת של המשרד.</translation>
    </message>
    <message>
        <source>1 trust root</source>
        <translation>שורש אמון אחד</translation>
    </message>
    <message numerus="yes">
        <source>%n trust roots</source>
        <translation>
            <numerusform>שורש אמון אחד</numerusform>
            <numerusform>%n שורשי אמון</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>נושא: {subject}</translation>
    </message>
    <message>
        <source>itself (a root certificate)</source>
        <translation>התעודה עצמה (תעודת שורש)</translation>
    </message>
    <message>
        <source>Valid from {start} to {end} — &lt;b&gt;expired&lt;/b&gt;</source>
        <translation>בתוקף מ־{start} עד {end} — &lt;b&gt;פג תוקף&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>בתוקף מ־{start} עד {end}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>הונפקה על ידי: {issuer}</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>נוסף ב־{when} על ידי {who}</translation>
    </message>
    <message>
        <source>Add a trust root certificate</source>
        <translation>הוספת תעודת שורש אמון</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>כבר מהימן</translation>
    </message>
    <message>
        <source>{subject} is already a trust root (added {when} by {who}).</source>
        <translation>{subject} כבר מוגדר כשורש אמון (נוסף ב־{when} על ידי {who}).</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>לתת אמון בתעודה זו?</translation>
    </message>
    <message>
        <source>Trust root added</source>
        <translation>שורש האמון נוסף</translation>
    </message>
    <message>
        <source>{subject} is now trusted. Memos signed under it verify as trusted.</source>
        <translation>{subject} מהימן כעת. מזכרים שנחתמו תחתיו יאומתו כמהימנים.</translation>
    </message>
    <message>
        <source>The certificate was not added</source>
        <translation>התעודה לא נוספה</translation>
    </message>
    <message>
        <source>Trust roots could not be listed: {error}</source>
        <translation>לא ניתן היה להציג את רשימת שורשי האמון: {error}</translation>
    </message>
</context>
</TS>
