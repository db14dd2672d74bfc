<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>DetailView</name>
    <message>
        <source>Selected assessment in full</source>
        <translation>ההערכה שנבחרה במלואה</translation>
    </message>
    <message>
        <source>Select an assessment to see it in full; Enter or a double click opens it.</source>
        <translation>יש לבחור הערכה כדי לראותה במלואה; Enter או לחיצה כפולה פותחים אותה.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>פתיחה (&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>פתיחת ההערכה שנבחרה</translation>
    </message>
    <message>
        <source>Start a revi&amp;sion</source>
        <translation>התחלת גרסה מתוקנת (&amp;S)</translation>
    </message>
    <message>
        <source>Start a revision of the selected assessment</source>
        <translation>התחלת גרסה מתוקנת של ההערכה שנבחרה</translation>
    </message>
    <message>
        <source>Record &amp;dissent…</source>
        <translation>רישום דעת מיעוט (&amp;D)…</translation>
    </message>
    <message>
        <source>Record a reviewer&apos;s dissent from the decision</source>
        <translation>רישום דעת המיעוט של בודק על ההחלטה</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>תזכיר</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>הצגה (&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ייצוא (&amp;X)…</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>אימות (&amp;I)</translation>
    </message>
    <message>
        <source>View the chosen memo</source>
        <translation>הצגת התזכיר שנבחר</translation>
    </message>
    <message>
        <source>Export the chosen memo to a PDF file</source>
        <translation>ייצוא התזכיר שנבחר לקובץ PDF</translation>
    </message>
    <message>
        <source>Verify the chosen memo&apos;s signatures</source>
        <translation>אימות החתימות של התזכיר שנבחר</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>תזכיר:</translation>
    </message>
    <message>
        <source>{reference} ({stage})</source>
        <translation>{reference} ({stage})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>מדריך הערכה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <source>{title}  (revision {revision})</source>
        <translation>{title}  (גרסה {revision})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No assessments yet: start one with New assessment (Ctrl+N).</source>
        <translation>אין עדיין הערכות: ניתן להתחיל הערכה באמצעות הערכה חדשה (Ctrl+N).</translation>
    </message>
    <message>
        <source>No assessment matches this search and these filters.</source>
        <translation>אין הערכה התואמת את החיפוש והמסננים האלה.</translation>
    </message>
    <message>
        <source>Search titles, answers, rationale, evidence… (Ctrl+F)</source>
        <translation>חיפוש בכותרות, בתשובות, בנימוקים ובראיות… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>חיפוש ברישום</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>מדריך הערכה</translation>
    </message>
    <message>
        <source>Any playbook</source>
        <translation>כל מדריך הערכה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל מצב</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>כל הכרעה</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>כל החלטה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>הערכות</translation>
    </message>
    <message>
        <source>Number of matching assessments</source>
        <translation>מספר ההערכות התואמות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>כל תוצאה</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>הוכרעו</translation>
    </message>
    <message>
        <source>An outcome or a retrospective is recorded</source>
        <translation>נרשמה תוצאה או תחקיר</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>The resolution date has passed and no outcome is recorded</source>
        <translation>מועד ההכרעה חלף ולא נרשמה תוצאה</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>החטאות</translation>
    </message>
    <message>
        <source>A call of 80 % or more that did not occur, or of 20 % or less that did</source>
        <translation>הערכה של 80% ומעלה שלא התממשה, או של 20% ומטה שהתממשה</translation>
    </message>
    <message>
        <source>Filter by date: {bound}</source>
        <translation>סינון לפי תאריך: {bound}</translation>
    </message>
    <message>
        <source>Date {bound}</source>
        <translation>תאריך: {bound}</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>החיפוש נכשל: {message}</translation>
    </message>
    <message>
        <source>{count}+ assessments</source>
        <translation>{count}+ הערכות</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment</source>
        <translation>
            <numerusform>הערכה אחת</numerusform>
            <numerusform>%Ln הערכות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>הערכה אחת</numerusform>
            <numerusform>%Ln הערכות</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>מתבצעת ספירה…</translation>
    </message>
</context>
<context>
    <name>OptionsComparison</name>
    <message>
        <source>best-judged</source>
        <translation>המוערכת ביותר</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>נבחרה</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>ציון כולל</translation>
    </message>
    <message>
        <source>Weakest margin</source>
        <translation>המרווח הצר ביותר</translation>
    </message>
    <message>
        <source>Options compared (as judged when decided)</source>
        <translation>השוואת האפשרויות (כפי שהוערכו בעת ההחלטה)</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>השוואת האפשרויות</translation>
    </message>
    <message>
        <source>Best-judged option: &lt;b&gt;{option}&lt;/b&gt; ({verdict}).</source>
        <translation>האפשרות שהוערכה כטובה ביותר: &lt;b&gt;{option}&lt;/b&gt; ({verdict}).</translation>
    </message>
    <message>
        <source>What would turn each verdict:</source>
        <translation>מה היה הופך כל הכרעה:</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>For me (drafter)</source>
        <translation>עבורי (מנסח)</translation>
    </message>
    <message>
        <source>For me (reviewer)</source>
        <translation>עבורי (בודק)</translation>
    </message>
    <message>
        <source>For me (minister)</source>
        <translation>עבורי (שר)</translation>
    </message>
    <message>
        <source>For me as drafter</source>
        <translation>עבורי כמנסח</translation>
    </message>
    <message>
        <source>For me as reviewer</source>
        <translation>עבורי כבודק</translation>
    </message>
    <message>
        <source>For me as minister</source>
        <translation>עבורי כשר</translation>
    </message>
    <message>
        <source>Waiting for the drafter</source>
        <translation>ממתינות למנסח</translation>
    </message>
    <message>
        <source>Waiting for the reviewer</source>
        <translation>ממתינות לבודק</translation>
    </message>
    <message>
        <source>Waiting for the minister</source>
        <translation>ממתינות לשר</translation>
    </message>
    <message>
        <source>Nothing waits for the drafter.</source>
        <translation>אין דבר הממתין למנסח.</translation>
    </message>
    <message>
        <source>Nothing waits for the reviewer.</source>
        <translation>אין דבר הממתין לבודק.</translation>
    </message>
    <message>
        <source>Nothing waits for the minister.</source>
        <translation>אין דבר הממתין לשר.</translation>
    </message>
    <message>
        <source>For me: the drafts waiting for a role</source>
        <translation>עבורי: הטיוטות הממתינות לתפקיד</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>טיוטות ממתינות</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>כל ההערכות</translation>
    </message>
    <message>
        <source>{title} — {stage} by {who}, {when}</source>
        <translation>{title} — {stage} על ידי {who}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the drafter</source>
        <translation>
            <numerusform>טיוטה אחת ממתינה למנסח</numerusform>
            <numerusform>%n ממתינות למנסח</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the reviewer</source>
        <translation>
            <numerusform>טיוטה אחת ממתינה לבודק</numerusform>
            <numerusform>%n ממתינות לבודק</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the minister</source>
        <translation>
            <numerusform>טיוטה אחת ממתינה לשר</numerusform>
            <numerusform>%n ממתינות לשר</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>unsigned</source>
        <translation>לא חתום</translation>
    </message>
    <message>
        <source>Scenario note</source>
        <translation>הערת תרחיש</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <source>open, next review {date}</source>
        <translation>פתוח, בדיקה חוזרת הבאה ב־{date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — owner {owner}; checked by {how_checked}; tripwire: {tripwire}.</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — אחראי: {owner}; אופן הבדיקה: {how_checked}; סף התרעה: {tripwire}.</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>Review {date} by {reviewer}: &lt;b&gt;{outcome}&lt;/b&gt;</source>
        <translation>בדיקה חוזרת ב־{date} על ידי {reviewer}: &lt;b&gt;{outcome}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (tripwire breached)</source>
        <translation> (סף ההתרעה נחצה)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>{kind} note</source>
        <translation>הערה ({kind})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{note}&lt;/b&gt; by {author}, {when}</source>
        <translation>&lt;b&gt;{note}&lt;/b&gt; מאת {author}, {when}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {decided_by}, {when}; verdict &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; על ידי {decided_by}, {when}; הכרעה &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;i&gt;departs from the verdict&lt;/i&gt;</source>
        <translation> — &lt;i&gt;חורגת מההכרעה&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint}</source>
        <translation>תעודת השר: {subject}, SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Fragility:</source>
        <translation>שבירות:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dissent&lt;/b&gt; ({reviewer}): {text}</source>
        <translation>&lt;b&gt;דעת מיעוט&lt;/b&gt; ({reviewer}): {text}</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>תשובות</translation>
    </message>
    <message>
        <source>The playbook this was assessed under is not installed; answers are shown by question id.</source>
        <translation>מדריך ההערכה שלפיו נעשתה הערכה זו אינו מותקן; התשובות מוצגות לפי מזהה השאלה.</translation>
    </message>
    <message>
        <source>(confidence {level})</source>
        <translation>(רמת ביטחון {level})</translation>
    </message>
    <message>
        <source>Evidence [{grade}]: {summary}</source>
        <translation>ראיה [{grade}]: {summary}</translation>
    </message>
    <message>
        <source>Revision {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;Playbook {playbook} {version} · created {when} by {author}</source>
        <translation>גרסה {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;מדריך הערכה {playbook} {version} · נוצרה ב־{when} על ידי {author}</translation>
    </message>
    <message>
        <source>Proposed action:</source>
        <translation>הפעולה המוצעת:</translation>
    </message>
    <message>
        <source>Crisis:</source>
        <translation>משבר:</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <source>Revision {revision}: {status}, {when}</source>
        <translation>גרסה {revision}: {status}, {when}</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (גרסה זו)</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>תזכירים</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{signer} ({role})</source>
        <translation>{signer} ({role})</translation>
    </message>
    <message>
        <source>Who acted (database logins)</source>
        <translation>מי פעל (כניסות למסד הנתונים)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <source>{actor}, login &lt;b&gt;{login}&lt;/b&gt;</source>
        <translation>{actor}, שם כניסה &lt;b&gt;{login}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>&lt;h3&gt;Welcome to Concert Desk&lt;/h3&gt;&lt;p&gt;This record holds no assessment yet. Concert Desk takes a proposed joint action through four steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assess&lt;/b&gt; it against the playbook&apos;s criteria, each answer with its reasons, confidence and graded evidence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;read the verdict&lt;/b&gt;, how fragile it is, and whether the member democracies&apos; positions give it authority;&lt;/li&gt;&lt;li&gt;&lt;b&gt;decide and sign&lt;/b&gt;: the minister&apos;s decision, in a memo signed by the drafting official and countersigned by the minister;&lt;/li&gt;&lt;li&gt;&lt;b&gt;review&lt;/b&gt; it later: every assessment, decision and memo stays searchable and verifiable here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see it at work first, open the four example cases (invented; one legitimate, one just short of authority, one early draft, one comparing three options). They come in as drafts you can change or leave.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ברוכים הבאים ל־Concert Desk&lt;/h3&gt;&lt;p&gt;רישום זה אינו מכיל עדיין הערכות. Concert Desk מוביל פעולה משותפת מוצעת בארבעה שלבים:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;הערכתה&lt;/b&gt; מול הקריטריונים של מדריך ההערכה, כשלכל תשובה נימוקיה, רמת הביטחון בה וראיות מדורגות;&lt;/li&gt;&lt;li&gt;&lt;b&gt;קריאת ההכרעה&lt;/b&gt;, מידת שבירותה, והאם עמדות הדמוקרטיות החברות מקנות לה סמכות;&lt;/li&gt;&lt;li&gt;&lt;b&gt;החלטה וחתימה&lt;/b&gt;: החלטת השר, בתזכיר שעליו חותם הפקיד המנסח ושהשר מקיים בחתימתו;&lt;/li&gt;&lt;li&gt;&lt;b&gt;בדיקה חוזרת&lt;/b&gt; בהמשך: כל הערכה, החלטה ותזכיר נשארים כאן ניתנים לחיפוש ולאימות.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;כדי לראות את המערכת בפעולה תחילה, פתחו את ארבעת תיקי הדוגמה (בדויים; אחד לגיטימי, אחד שחסרה לו מעט סמכות, אחד טיוטה ראשונית ואחד המשווה שלוש אפשרויות). הם נטענים כטיוטות שאפשר לשנות או להשאיר כמות שהן.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>צעדים ראשונים</translation>
    </message>
    <message>
        <source>Open the example &amp;cases</source>
        <translation>פתיחת תיקי הדוגמה (&amp;C)</translation>
    </message>
    <message>
        <source>Open the example cases</source>
        <translation>פתיחת תיקי הדוגמה</translation>
    </message>
    <message>
        <source>Start a ne&amp;w assessment</source>
        <translation>התחלת הערכה חדשה (&amp;W)</translation>
    </message>
    <message>
        <source>Read the &amp;user guide (F1)</source>
        <translation>קריאת מדריך המשתמש (&amp;U) (F1)</translation>
    </message>
</context>
</TS>
