<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AnswerSaver</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>אירעה שגיאה בלתי צפויה; ראו את הדוח</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Another official changed this assessment meanwhile; your edits here are not saved yet.</source>
        <translation>בינתיים שינה גורם אחר הערכה זו; העריכות שלך כאן טרם נשמרו.</translation>
    </message>
    <message>
        <source>This assessment may have changed elsewhere while the connection was lost; your edits here are not saved yet.</source>
        <translation>ייתכן שהערכה זו שונתה במקום אחר בזמן שהחיבור נותק; העריכות שלך כאן טרם נשמרו.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>מצב ההערכה</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>מצב השמירה</translation>
    </message>
    <message>
        <source>Start a revision</source>
        <translation>התחלת גרסה מתוקנת</translation>
    </message>
    <message>
        <source>Start a new revision of this assessment</source>
        <translation>התחלת גרסה מתוקנת חדשה של הערכה זו</translation>
    </message>
    <message>
        <source>Move to playbook &amp;version…</source>
        <translation>מעבר לגרסה אחרת של המדריך (&amp;V)…</translation>
    </message>
    <message>
        <source>Move this draft to another version of its playbook</source>
        <translation>העברת טיוטה זו לגרסה אחרת של מדריך ההערכה שלה</translation>
    </message>
    <message>
        <source>Changed by another official</source>
        <translation>שונתה בידי גורם אחר</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>טעינה מחדש (&amp;R)</translation>
    </message>
    <message>
        <source>Reload the assessment as stored (edits not yet saved here are dropped)</source>
        <translation>טעינה מחדש של ההערכה כפי שנשמרה (עריכות שטרם נשמרו כאן יבוטלו)</translation>
    </message>
    <message>
        <source>Compare &amp;options</source>
        <translation>השוואת אפשרויות (&amp;O)</translation>
    </message>
    <message>
        <source>Compare courses of action: the proposed action and no action, then more</source>
        <translation>השוואת דרכי פעולה: הפעולה המוצעת והימנעות מפעולה, ולאחר מכן דרכים נוספות</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>שלבים</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ הקודם</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>השלב הקודם (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>הבא ›</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>השלב הבא (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Step and verdict so far</source>
        <translation>השלב וההכרעה עד כה</translation>
    </message>
    <message>
        <source>Verdict pane&amp;l</source>
        <translation>חלונית ההכרעה (&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>הצגה או הסתרה של חלונית ההכרעה</translation>
    </message>
    <message>
        <source>Cannot open this assessment</source>
        <translation>לא ניתן לפתוח הערכה זו</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are frozen. Start a revision to change them; the record stays as it was.</source>
        <translation>מצב הערכה זו: {status}. תשובותיה מוקפאות. כדי לשנותן יש להתחיל גרסה מתוקנת; הרישום נשאר כפי שהיה.</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>הפעולה המוצעת</translation>
    </message>
    <message>
        <source>Cannot compare options</source>
        <translation>לא ניתן להשוות אפשרויות</translation>
    </message>
    <message>
        <source>{state}: {message}</source>
        <translation>{state}: {message}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>שונתה במקום אחר</translation>
    </message>
    <message>
        <source>{message}

Reload the assessment now? Your last change was not saved.</source>
        <translation>{message}

לטעון את ההערכה מחדש כעת? השינוי האחרון שלך לא נשמר.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>שלב {number} מתוך {count}</translation>
    </message>
    <message>
        <source>{step} · verdict so far: {verdict}</source>
        <translation>{step} · ההכרעה עד כה: {verdict}</translation>
    </message>
    <message>
        <source>Cannot move to another version</source>
        <translation>לא ניתן לעבור לגרסה אחרת</translation>
    </message>
    <message>
        <source>No other version</source>
        <translation>אין גרסה אחרת</translation>
    </message>
    <message>
        <source>No other version of {playbook} is installed or kept in the record. Add one on the Playbooks page.</source>
        <translation>אין גרסה אחרת של {playbook} מותקנת או שמורה ברישום. ניתן להוסיף גרסה בדף מדריכי ההערכה.</translation>
    </message>
</context>
<context>
    <name>CriterionStep</name>
    <message>
        <source>(gate)</source>
        <translation>(תנאי סף)</translation>
    </message>
    <message>
        <source>Result of {criterion}</source>
        <translation>התוצאה של {criterion}</translation>
    </message>
    <message>
        <source>Answered for each option</source>
        <translation>תשובות לכל אפשרות</translation>
    </message>
    <message>
        <source>Result of {criterion} per option</source>
        <translation>התוצאה של {criterion} לפי אפשרות</translation>
    </message>
    <message>
        <source>Options answered on {criterion}, one tab each</source>
        <translation>האפשרויות שנענו עבור {criterion}, לשונית לכל אחת</translation>
    </message>
    <message>
        <source>Questions on {criterion}</source>
        <translation>שאלות בנושא {criterion}</translation>
    </message>
    <message>
        <source>Guidance for {criterion}</source>
        <translation>הנחיות עבור {criterion}</translation>
    </message>
    <message>
        <source>Guidance on {criterion}</source>
        <translation>הנחיות: {criterion}</translation>
    </message>
    <message>
        <source>Show or hide the guidance on {criterion}</source>
        <translation>הצגה או הסתרה של ההנחיות עבור {criterion}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>הנחיות</translation>
    </message>
    <message>
        <source>This criterion is a gate: if it fails, the action cannot be legitimate whatever the other criteria say.</source>
        <translation>קריטריון זה הוא תנאי סף: אם אינו מתקיים, הפעולה אינה יכולה להיות לגיטימית, יהיו שאר הקריטריונים אשר יהיו.</translation>
    </message>
    <message>
        <source>Passes at a weighted score of {threshold} or more.</source>
        <translation>עומד בקריטריון בציון משוקלל של {threshold} ומעלה.</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>אין עדיין ציון</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>ציון {score}</translation>
    </message>
    <message>
        <source>{status} · {score} (passes at {threshold})</source>
        <translation>{status} · {score} (סף: {threshold})</translation>
    </message>
    <message>
        <source>best-judged option: {result}</source>
        <translation>האפשרות שהוערכה כטובה ביותר: {result}</translation>
    </message>
    <message>
        <source>The answers for the option “{option}”</source>
        <translation>התשובות עבור האפשרות „{option}”</translation>
    </message>
    <message>
        <source>{option}: {status} · {score}</source>
        <translation>{option}: {status} · {score}</translation>
    </message>
</context>
<context>
    <name>DeciderChoice</name>
    <message>
        <source>The minister&apos;s certificate</source>
        <translation>תעודת השר</translation>
    </message>
    <message>
        <source>None: the minister is named by name only</source>
        <translation>ללא: השר מזוהה בשמו בלבד</translation>
    </message>
    <message>
        <source>My signing identity: {identity}</source>
        <translation>זהות החתימה שלי: {identity}</translation>
    </message>
    <message>
        <source>Choose a fi&amp;le…</source>
        <translation>בחירת קובץ (&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate or identity file</source>
        <translation>בחירת התעודה או קובץ הזהות של השר</translation>
    </message>
    <message>
        <source>Passphrase of the minister&apos;s identity file</source>
        <translation>ביטוי הסיסמה של קובץ הזהות של השר</translation>
    </message>
    <message>
        <source>its passphrase (only to read the certificate)</source>
        <translation>ביטוי הסיסמה שלו (רק לקריאת התעודה)</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate</source>
        <translation>בחירת תעודת השר</translation>
    </message>
    <message>
        <source>Certificates and identities ({patterns})</source>
        <translation>תעודות וזהויות ({patterns})</translation>
    </message>
</context>
<context>
    <name>DecisionCertificate</name>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint} (only this certificate can countersign the memo)</source>
        <translation>תעודת השר: {subject}, SHA-256 {fingerprint} (רק תעודה זו יכולה לחתום חתימת קיום על התזכיר)</translation>
    </message>
</context>
<context>
    <name>DecisionConditions</name>
    <message>
        <source>next review {date}</source>
        <translation>הבדיקה הבאה ב-{date}</translation>
    </message>
    <message>
        <source>; tripwire: {tripwire}</source>
        <translation>; סף התרעה: {tripwire}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — {owner}; checked by: {how_checked}; {state}</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — {owner}; אופן הבדיקה: {how_checked}; {state}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>תנאים</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>The assessment is incomplete (insufficient information): it can only be deferred or rejected. Answer the missing questions listed above first.</source>
        <translation>ההערכה חלקית (מידע לא מספיק): ניתן רק לדחות את מועדה או לדחותה. יש להשיב תחילה על השאלות החסרות המפורטות לעיל.</translation>
    </message>
    <message>
        <source>This decision departs from the verdict ({verdict}): write a justification to record it.</source>
        <translation>החלטה זו חורגת מההכרעה ({verdict}): יש לכתוב הצדקה כדי לרשום אותה.</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <source>Decision step</source>
        <translation>שלב ההחלטה</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <source>Verdict and reasons</source>
        <translation>ההכרעה ונימוקיה</translation>
    </message>
    <message>
        <source>Required answers still missing</source>
        <translation>תשובות חובה שעדיין חסרות</translation>
    </message>
    <message>
        <source>Required answers still missing; press Enter to go there</source>
        <translation>תשובות חובה שעדיין חסרות; הקישו Enter כדי לעבור אליהן</translation>
    </message>
    <message>
        <source>The minister&apos;s decision</source>
        <translation>החלטת השר</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>החלטה: {decision}</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>הוחלט על ידי</translation>
    </message>
    <message>
        <source>Minister&apos;s cert&amp;ificate</source>
        <translation>תעודת השר (&amp;I)</translation>
    </message>
    <message>
        <source>Optional, recommended. Name the minister&apos;s certificate and only that certificate can countersign the memo; another person of the same name cannot. Without it, the minister who countersigns must only have the same name.</source>
        <translation>רשות, מומלץ. אם תצוין תעודת השר, רק תעודה זו תוכל לחתום חתימת קיום על התזכיר; אדם אחר בעל אותו שם לא יוכל. בלעדיה, די בכך שלשר החותם יהיה אותו שם.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>הצדקה</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict or from the best-judged option.</source>
        <translation>מדוע החלטה זו? חובה כאשר היא חורגת מההכרעה או מהאפשרות שהוערכה כטובה ביותר.</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict.</source>
        <translation>מדוע החלטה זו? חובה כאשר היא חורגת מההכרעה.</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>תנאים (&amp;C)</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>רישום ההחלטה</translation>
    </message>
    <message>
        <source>Record the decision (freezes the answers)</source>
        <translation>רישום ההחלטה (מקפיא את התשובות)</translation>
    </message>
    <message>
        <source>Why the decision cannot be recorded yet</source>
        <translation>מדוע עדיין לא ניתן לרשום את ההחלטה</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>אפשרות</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>הוחלט על ידי (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>הצדקה (&amp;J)</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>יש לבחור החלטה.</translation>
    </message>
    <message>
        <source>Say who decides.</source>
        <translation>יש לציין מי מחליט.</translation>
    </message>
    <message>
        <source>Type the passphrase of the minister&apos;s identity file (it reads its certificate).</source>
        <translation>יש להקליד את ביטוי הסיסמה של קובץ הזהות של השר (הוא משמש לקריאת התעודה).</translation>
    </message>
    <message>
        <source>Waiting for the evaluation…</source>
        <translation>ממתין לתוצאות ההערכה…</translation>
    </message>
    <message>
        <source>This decision departs from the verdict: write a justification.</source>
        <translation>החלטה זו חורגת מההכרעה: יש לכתוב הצדקה.</translation>
    </message>
    <message>
        <source>Record “{decision}”? The answers are then frozen; later changes need a revision.</source>
        <translation>לרשום „{decision}”? התשובות יוקפאו; שינויים מאוחרים יותר יחייבו גרסה מתוקנת.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>ברישום…</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>ההחלטה לא נרשמה</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>ההחלטה שנרשמה</translation>
    </message>
    <message>
        <source>Departs from the verdict.</source>
        <translation>חורגת מההכרעה.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {name} on {when}</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; על ידי {name} ב-{when}</translation>
    </message>
    <message>
        <source>Record hash {hash}</source>
        <translation>גיבוב הרישום {hash}</translation>
    </message>
    <message>
        <source>The recorded decision</source>
        <translation>ההחלטה שנרשמה</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>דעת מיעוט</translation>
    </message>
    <message>
        <source>Dissent recorded</source>
        <translation>דעות מיעוט שנרשמו</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>הבודק הרושם דעת מיעוט</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>בודק</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>נוסח דעת המיעוט</translation>
    </message>
    <message>
        <source>Record dissent</source>
        <translation>רישום דעת מיעוט</translation>
    </message>
    <message>
        <source>Record the reviewer&apos;s dissent (it cannot be changed afterwards)</source>
        <translation>רישום דעת המיעוט של הבודק (לא ניתן לשנותה לאחר מכן)</translation>
    </message>
    <message>
        <source>{reviewer}: {text}</source>
        <translation>{reviewer}: {text}</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name and the dissent.</source>
        <translation>יש לציין את שם הבודק ואת דעת המיעוט.</translation>
    </message>
    <message>
        <source>Verdict at the decision</source>
        <translation>ההכרעה בעת ההחלטה</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>{prompt} (option: {option})</source>
        <translation>{prompt} (אפשרות: {option})</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>אישור בתנאים</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>דחיית מועד</translation>
    </message>
</context>
<context>
    <name>MemoLine</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{signer} ({field})</source>
        <translation>{signer} ({field})</translation>
    </message>
    <message>
        <source>{reference} — {stage}</source>
        <translation>{reference} — {stage}</translation>
    </message>
    <message>
        <source>{memo}: {signers}</source>
        <translation>{memo}: {signers}</translation>
    </message>
</context>
<context>
    <name>MemoSection</name>
    <message>
        <source>Decision memo</source>
        <translation>תזכיר ההחלטה</translation>
    </message>
    <message>
        <source>Memos issued for this decision</source>
        <translation>תזכירים שהופקו להחלטה זו</translation>
    </message>
    <message>
        <source>&amp;Issue memo…</source>
        <translation>הפקת תזכיר (&amp;I)…</translation>
    </message>
    <message>
        <source>Issue the decision memo (sign it or issue unsigned)</source>
        <translation>הפקת תזכיר ההחלטה (בחתימה או ללא חתימה)</translation>
    </message>
    <message>
        <source>View memo</source>
        <translation>הצגת התזכיר</translation>
    </message>
    <message>
        <source>View the selected memo</source>
        <translation>הצגת התזכיר שנבחר</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>חתימה (&amp;S)…</translation>
    </message>
    <message>
        <source>Add the next signature to the selected memo</source>
        <translation>הוספת החתימה הבאה לתזכיר שנבחר</translation>
    </message>
    <message>
        <source>Issuing progress</source>
        <translation>התקדמות ההפקה</translation>
    </message>
    <message>
        <source>Issuing progress bar</source>
        <translation>סרגל התקדמות ההפקה</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record, signed by the drafting official and countersigned by the minister, and stored in the record.</source>
        <translation>התזכיר מופק מן הרישום המוקפא, נחתם בידי הגורם המנסח ובחתימת קיום של השר, ונשמר ברישום.</translation>
    </message>
    <message>
        <source>This decision&apos;s memo is issued: view, sign or export it</source>
        <translation>התזכיר של החלטה זו כבר הופק: ניתן להציגו, לחתום עליו או לייצאו</translation>
    </message>
</context>
<context>
    <name>MoveVersionDialog</name>
    <message>
        <source>Move to another playbook version</source>
        <translation>מעבר לגרסה אחרת של מדריך ההערכה</translation>
    </message>
    <message>
        <source>Playbook version to move to</source>
        <translation>גרסת מדריך ההערכה שאליה עוברים</translation>
    </message>
    <message>
        <source>{title} — version {version} ({origin})</source>
        <translation>{title} — גרסה {version} ({origin})</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>גרסה (&amp;V):</translation>
    </message>
    <message>
        <source>This draft follows {playbook} version {version}. Moving it makes a new draft revision under the version chosen; this one is kept, superseded, exactly as it is.</source>
        <translation>טיוטה זו פועלת לפי {playbook} בגרסה {version}. המעבר יוצר גרסה מתוקנת חדשה של הטיוטה לפי הגרסה שנבחרה; טיוטה זו נשמרת בדיוק כפי שהיא, כמוחלפת.</translation>
    </message>
    <message>
        <source>What happens to each answer</source>
        <translation>מה יקרה לכל תשובה</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>העברה (&amp;M)</translation>
    </message>
    <message>
        <source>What happens to the answers:</source>
        <translation>מה יקרה לתשובות:</translation>
    </message>
</context>
<context>
    <name>OptionChoice</name>
    <message>
        <source>Option chosen</source>
        <translation>האפשרות שנבחרה</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>אף אחת מהן</translation>
    </message>
    <message>
        <source>(best-judged)</source>
        <translation>(הוערכה כטובה ביותר)</translation>
    </message>
    <message>
        <source>Choose no option</source>
        <translation>לא לבחור באף אפשרות</translation>
    </message>
    <message>
        <source>Choose the option: {option}</source>
        <translation>בחירת האפשרות: {option}</translation>
    </message>
    <message>
        <source>Waiting for the options to be judged…</source>
        <translation>ממתין להערכת האפשרויות…</translation>
    </message>
    <message>
        <source>Choose an option, or “None of them”.</source>
        <translation>יש לבחור אפשרות, או „אף אחת מהן”.</translation>
    </message>
    <message>
        <source>Choosing “{chosen}” departs from the best-judged option “{best}”: write a justification to record it.</source>
        <translation>בחירה ב„{chosen}” חורגת מהאפשרות שהוערכה כטובה ביותר, „{best}”: יש לכתוב הצדקה כדי לרשום אותה.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Verdict of the option chosen, {option}</source>
        <translation>ההכרעה לגבי האפשרות שנבחרה, {option}</translation>
    </message>
    <message>
        <source>Verdict of the best-judged option, {option}</source>
        <translation>ההכרעה לגבי האפשרות שהוערכה כטובה ביותר, {option}</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <source>Options compared side by side</source>
        <translation>השוואת האפשרויות זו לצד זו</translation>
    </message>
    <message>
        <source>Option chosen: {option}</source>
        <translation>האפשרות שנבחרה: {option}</translation>
    </message>
    <message>
        <source>No option chosen</source>
        <translation>לא נבחרה אפשרות</translation>
    </message>
    <message>
        <source>; best-judged: {option}</source>
        <translation>; זו שהוערכה כטובה ביותר: {option}</translation>
    </message>
    <message>
        <source>departs from the best-judged option.</source>
        <translation>חורגת מהאפשרות שהוערכה כטובה ביותר.</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <source>Options step</source>
        <translation>שלב האפשרויות</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>אפשרות</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Options compared: edit a title or description with F2 or by typing</source>
        <translation>האפשרויות המושוות: עריכת כותרת או תיאור ב-F2 או בהקלדה</translation>
    </message>
    <message>
        <source>Title of a new option, e.g. Naval blockade</source>
        <translation>כותרת של אפשרות חדשה, למשל מצור ימי</translation>
    </message>
    <message>
        <source>Title of a new option</source>
        <translation>כותרת של אפשרות חדשה</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>הוספת אפשרות (&amp;A)</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>הוספת האפשרות</translation>
    </message>
    <message>
        <source>Re&amp;move option</source>
        <translation>הסרת אפשרות (&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected option and its answers</source>
        <translation>הסרת האפשרות שנבחרה ותשובותיה</translation>
    </message>
    <message>
        <source>About the options</source>
        <translation>אודות האפשרויות</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>The courses of action this case compares: {least} to {most}, “No action” always among them. The questions about the situation are answered once; those about the means and the prospects once per option, in the steps that ask them. Each option is judged on its own and the best-judged is named at the decision.</source>
        <translation>דרכי הפעולה שתיק זה משווה: בין {least} ל-{most}, ו„אי-נקיטת פעולה” תמיד ביניהן. על השאלות בדבר המצב משיבים פעם אחת; על השאלות בדבר האמצעים והסיכויים משיבים לכל אפשרות בנפרד, בשלבים שבהם הן נשאלות. כל אפשרות נבחנת לגופה, והאפשרות שהוערכה כטובה ביותר מצוינת בשלב ההחלטה.</translation>
    </message>
    <message>
        <source>Not acting: always one of the options, never removed.</source>
        <translation>הימנעות מפעולה: תמיד אחת האפשרויות, ולעולם אינה מוסרת.</translation>
    </message>
    <message>
        <source>An option needs a title: the old one is kept.</source>
        <translation>לכל אפשרות נדרשת כותרת: הכותרת הקודמת נשמרת.</translation>
    </message>
    <message numerus="yes">
        <source>%n options: remove one to add another.</source>
        <translation>
            <numerusform>%n אפשרות: יש להסיר אחת כדי להוסיף אחרת.</numerusform>
            <numerusform>%n אפשרויות: יש להסיר אחת כדי להוסיף אחרת.</numerusform>
        </translation>
    </message>
    <message>
        <source>“No action” is always an option: it cannot be removed.</source>
        <translation>„אי-נקיטת פעולה” היא תמיד אחת האפשרויות: לא ניתן להסירה.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n options: add one before removing one.</source>
        <translation>
            <numerusform>לפחות %n אפשרות: יש להוסיף אחת לפני הסרת אחת.</numerusform>
            <numerusform>לפחות %n אפשרויות: יש להוסיף אחת לפני הסרת אחת.</numerusform>
        </translation>
    </message>
    <message>
        <source>The options are frozen with the decision.</source>
        <translation>האפשרויות הוקפאו עם ההחלטה.</translation>
    </message>
</context>
<context>
    <name>PlaybookOrigin</name>
    <message>
        <source>built-in</source>
        <translation>מובנה</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>תיקיית המשתמש</translation>
    </message>
    <message>
        <source>kept in the record</source>
        <translation>שמור ברישום</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question: {prompt}</source>
        <translation>שאלה: {prompt}</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(רשות)</translation>
    </message>
    <message>
        <source>How the answer to &apos;{prompt}&apos; counts</source>
        <translation>כיצד נספרת התשובה ל„{prompt}”</translation>
    </message>
</context>
<context>
    <name>ResolutionControls</name>
    <message>
        <source>The resolution date was not set</source>
        <translation>מועד ההכרעה לא נקבע</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>✔ Saved</source>
        <translation>✔ נשמר</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>בשמירה…</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>בעריכה…</translation>
    </message>
    <message>
        <source>✘ Not saved</source>
        <translation>✘ לא נשמר</translation>
    </message>
</context>
<context>
    <name>VerdictHtml</name>
    <message>
        <source>{title}: {verdict}</source>
        <translation>{title}: {verdict}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal basis&lt;/b&gt; (judged apart): {summary}</source>
        <translation>&lt;b&gt;בסיס משפטי&lt;/b&gt; (נבחן בנפרד): {summary}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fragility:&lt;/b&gt; {description}</source>
        <translation>&lt;b&gt;שבריריות:&lt;/b&gt; {description}</translation>
    </message>
</context>
</TS>
