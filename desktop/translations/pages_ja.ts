<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CalibrationView</name>
    <message>
        <source>Calibration diagram: how often what was called happened</source>
        <translation>較正図：見立てがどの程度の頻度で実現したか</translation>
    </message>
    <message>
        <source>what the call said</source>
        <translation>見立てが示した確率</translation>
    </message>
    <message>
        <source>how often it happened</source>
        <translation>実際に起きた頻度</translation>
    </message>
</context>
<context>
    <name>ConditionReviewDialog</name>
    <message>
        <source>Met</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未充足</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Record a review of a condition</source>
        <translation>条件の見直しを記録</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;Owner: {owner}&lt;br&gt;Checked by: {checked}&lt;br&gt;Tripwire: {tripwire}</source>
        <translation>評価：{title}&lt;br&gt;担当：{owner}&lt;br&gt;確認方法：{checked}&lt;br&gt;解除条件：{tripwire}</translation>
    </message>
    <message>
        <source>Outcome of the review</source>
        <translation>見直しの結果</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>見直しのメモ</translation>
    </message>
    <message>
        <source>What was checked, on what evidence, and what was found</source>
        <translation>何を、どのような根拠に基づいて確認し、何が判明したか</translation>
    </message>
    <message>
        <source>Review again &amp;on</source>
        <translation>次回の見直し日(&amp;O)</translation>
    </message>
    <message>
        <source>Set a next review date</source>
        <translation>次回の見直し日を設定</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>次回の見直し日</translation>
    </message>
    <message>
        <source>The &amp;tripwire was breached: the approval no longer stands</source>
        <translation>解除条件に該当した：承認は効力を失う(&amp;T)</translation>
    </message>
    <message>
        <source>The tripwire was breached</source>
        <translation>解除条件に該当した</translation>
    </message>
    <message>
        <source>What recording this review will do</source>
        <translation>この見直しを記録した場合の効果</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>見直しを記録(&amp;R)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>結果(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note: a review says what was checked and found.</source>
        <translation>メモを記入してください。見直しには、何を確認し何が判明したかを記します。</translation>
    </message>
    <message>
        <source>Recording this ends the approval: a new draft revision of the decision is opened, to be assessed and decided again.</source>
        <translation>これを記録すると承認は終了します。決定の新しい改訂案が作成され、改めて評価と決定が行われます。</translation>
    </message>
    <message>
        <source>Recording this closes the condition: it takes no further review.</source>
        <translation>これを記録すると条件は終了し、以後の見直しは不要になります。</translation>
    </message>
    <message>
        <source>Recording this closes the condition as fulfilled.</source>
        <translation>これを記録すると、条件は充足済みとして終了します。</translation>
    </message>
    <message>
        <source>The condition is next due on {day}.</source>
        <translation>この条件の次回の見直し期限は {day} です。</translation>
    </message>
    <message>
        <source>The condition stays due: set a next review date, or it remains on the list of conditions due.</source>
        <translation>条件は期限到来のままです。次回の見直し日を設定しない限り、期限到来の条件一覧に残ります。</translation>
    </message>
    <message>
        <source>{consequence} A review is kept as recorded; it cannot be changed.</source>
        <translation>{consequence}見直しは記録されたとおりに保存され、変更できません。</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Review</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>What must hold</source>
        <translation>満たすべき事項</translation>
    </message>
    <message>
        <source>Tripwire</source>
        <translation>解除条件</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>期限到来の条件</translation>
    </message>
    <message>
        <source>How many conditions are due</source>
        <translation>期限到来の条件の数</translation>
    </message>
    <message>
        <source>Conditions due; press Enter to open the assessment</source>
        <translation>期限到来の条件。Enter キーで評価を開きます</translation>
    </message>
    <message>
        <source>Record a re&amp;view…</source>
        <translation>見直しを記録(&amp;V)…</translation>
    </message>
    <message>
        <source>Record a review of the selected condition</source>
        <translation>選択した条件の見直しを記録</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>No condition of a standing approval is due today.</source>
        <translation>有効な承認の条件で、本日期限を迎えるものはありません。</translation>
    </message>
    <message>
        <source>1 condition due, {overdue} overdue.</source>
        <translation>期限到来の条件 1 件（うち期限超過 {overdue} 件）。</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions due, {overdue} overdue.</source>
        <translation>
            <numerusform>期限到来の条件 %n 件（うち期限超過 {overdue} 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} Enter opens the case&apos;s decision; Record a review… records what was found.</source>
        <translation>{count}Enter キーで案件の決定を開き、「見直しを記録…」で判明した事項を記録します。</translation>
    </message>
    <message>
        <source>The review was not recorded</source>
        <translation>見直しは記録されませんでした</translation>
    </message>
    <message>
        <source>The approval no longer stands</source>
        <translation>承認は効力を失いました</translation>
    </message>
    <message>
        <source>The tripwire was recorded as breached. A new draft revision of the decision was opened; it is listed in History, to be assessed and decided again.</source>
        <translation>解除条件への該当が記録されました。決定の新しい改訂案が作成され、履歴に表示されています。改めて評価と決定を行ってください。</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Member</source>
        <translation>加盟国</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Voting power %</source>
        <translation>投票力（%）</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>審査日</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Member registry</source>
        <translation>加盟国名簿</translation>
    </message>
    <message>
        <source>Registry version</source>
        <translation>名簿の版</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>名簿の概要</translation>
    </message>
    <message>
        <source>&amp;Import YAML…</source>
        <translation>YAML を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a member registry file</source>
        <translation>加盟国名簿ファイルを読み込む</translation>
    </message>
    <message>
        <source>&amp;Export YAML…</source>
        <translation>YAML に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the member registry to a file</source>
        <translation>加盟国名簿をファイルに書き出す</translation>
    </message>
    <message>
        <source>Member hist&amp;ory…</source>
        <translation>加盟国の履歴(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected member&apos;s entry and history</source>
        <translation>選択した加盟国の登録内容と履歴を表示</translation>
    </message>
    <message>
        <source>&amp;Apply a decided review…</source>
        <translation>決定済みの審査を適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Apply a decided membership review to the registry</source>
        <translation>決定済みの加盟資格審査を名簿に適用</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟国</translation>
    </message>
    <message>
        <source>Only members in full standing count in the double-majority tally. Standings follow the registry rule (Freedom in the World 2024: Free, and Free in each of the last ten editions; see docs/method.md) until a decided membership review is applied. Every change is an audited registry revision; members are never deleted. * marks a borderline entry. Weight and voting power (normalised Banzhaf index) follow the Concert rule: weight √population, the Jagiellonian quota, 55% of members, a blocking minority of at least four (docs/method.md, Authority).</source>
        <translation>二重多数決の集計に算入されるのは、正規資格を有する加盟国のみです。資格は、決定済みの加盟資格審査が適用されるまで、名簿の規則（Freedom in the World 2024 で「Free」であり、かつ直近 10 版のすべてで「Free」であること。docs/method.md を参照）に従います。変更はすべて監査対象の名簿改訂として記録され、加盟国が削除されることはありません。* は境界的な登録を示します。重みと投票力（正規化バンザフ指数）は Concert の規則に従います。重みは √人口、ヤギェウォ方式の基準値、加盟国の 55%、少なくとも 4 か国による阻止少数です（docs/method.md の Authority）。</translation>
    </message>
    <message numerus="yes">
        <source>%n members, {full} in full standing ({people} people)</source>
        <translation>
            <numerusform>加盟国 %n か国、うち正規資格 {full} か国（人口 {people} 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; the largest voting power {share}</source>
        <translation>{summary}。最大の投票力：{share}</translation>
    </message>
    <message>
        <source>Member registry: no revision recorded yet</source>
        <translation>加盟国名簿：記録された改訂はまだありません</translation>
    </message>
    <message>
        <source>Member registry {label}, SHA-256 {hash}</source>
        <translation>加盟国名簿 {label}、SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Member history</source>
        <translation>加盟国の履歴</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>先に加盟国を選択してください。</translation>
    </message>
    <message>
        <source>Member history: {code}</source>
        <translation>加盟国の履歴：{code}</translation>
    </message>
    <message>
        <source>Membership review</source>
        <translation>加盟資格審査</translation>
    </message>
    <message>
        <source>Apply a decided review</source>
        <translation>決定済みの審査を適用</translation>
    </message>
    <message>
        <source>No decided membership review is waiting to be applied (a deferred review changes no standing; each review is applied once).</source>
        <translation>適用待ちの決定済み加盟資格審査はありません（延期された審査は資格を変更せず、各審査の適用は 1 回限りです）。</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: {code}, the selected member):</source>
        <translation>審査対象国の資格は決定に従います（対象国：選択中の加盟国 {code}）：</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: the member the review&apos;s title names):</source>
        <translation>審査対象国の資格は決定に従います（対象国：審査の表題に記された加盟国）：</translation>
    </message>
    <message>
        <source>Membership review applied</source>
        <translation>加盟資格審査を適用しました</translation>
    </message>
    <message>
        <source>Import member registry</source>
        <translation>加盟国名簿の読み込み</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>読み込みました。</translation>
    </message>
    <message>
        <source>Member registry imported</source>
        <translation>加盟国名簿を読み込みました</translation>
    </message>
    <message>
        <source>Export member registry</source>
        <translation>加盟国名簿の書き出し</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>{index} · {editions} ed.</source>
        <translation>{index}・{editions} 版</translation>
    </message>
</context>
<context>
    <name>NewAssessmentPage</name>
    <message>
        <source>Playbooks to choose from</source>
        <translation>選択できるプレイブック</translation>
    </message>
    <message>
        <source>Chosen playbook: description, criteria and sources</source>
        <translation>選択したプレイブック：説明、評価基準、出典</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>e.g. Maritime interdiction in the Strait of …</source>
        <translation>例：…海峡における海上阻止</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>提案する行動</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危機</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>秘密区分表示</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>作成して開始</translation>
    </message>
    <message>
        <source>Create the assessment and start answering</source>
        <translation>評価を作成して回答を開始</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>表題(&amp;T)</translation>
    </message>
    <message>
        <source>Proposed &amp;action</source>
        <translation>提案する行動(&amp;A)</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>危機(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>秘密区分(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>プレイブック(&amp;P)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新規評価</translation>
    </message>
    <message>
        <source>{title}  (v{version})</source>
        <translation>{title}（v{version}）</translation>
    </message>
    <message>
        <source>Choose a playbook and give the assessment a title.</source>
        <translation>プレイブックを選択し、評価の表題を入力してください。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>評価を作成できません</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>It occurred</source>
        <translation>起きた</translation>
    </message>
    <message>
        <source>It did not occur</source>
        <translation>起きなかった</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>判断できない</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>実際の結果を記録</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;The call: {term}</source>
        <translation>評価：{title}&lt;br&gt;見立て：{term}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>実際の結果</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>結果のメモ</translation>
    </message>
    <message>
        <source>What happened, and how we know</source>
        <translation>何が起きたか、またそれをどのように把握したか</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>根拠（任意）</translation>
    </message>
    <message>
        <source>e.g. UN situation report of 3 June</source>
        <translation>例：6 月 3 日付の国連状況報告</translation>
    </message>
    <message>
        <source>Source of the evidence</source>
        <translation>根拠の情報源</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>情報源の信頼性</translation>
    </message>
    <message>
        <source>{grade}: {meaning}</source>
        <translation>{grade}：{meaning}</translation>
    </message>
    <message>
        <source>Credibility of the information</source>
        <translation>情報の確度</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>結果を記録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>実際の結果(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>根拠(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>情報源(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;liability</source>
        <translation>信頼性(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Credibility</source>
        <translation>確度(&amp;C)</translation>
    </message>
    <message>
        <source>An outcome is kept as recorded and never changes the decided record; a later outcome of the same call corrects it, and both stay.</source>
        <translation>結果は記録されたとおりに保存され、決定済みの記録を変更することはありません。同じ見立てについて後から記録した結果がこれを訂正し、両方が保存されます。</translation>
    </message>
    <message>
        <source>Write a note: say what happened and how we know.</source>
        <translation>メモを記入してください。何が起きたか、またそれをどのように把握したかを記します。</translation>
    </message>
</context>
<context>
    <name>PlaybookDescription</name>
    <message>
        <source>{id} · version {version}</source>
        <translation>{id}・バージョン {version}</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>(gate: must pass)</source>
        <translation>（必須基準：満たす必要があります）</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>設問 1 問</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>設問 %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>PlaybooksPage</name>
    <message>
        <source>Built-in playbook.</source>
        <translation>組み込みのプレイブックです。</translation>
    </message>
    <message>
        <source>From the user playbook folder.</source>
        <translation>ユーザーのプレイブックフォルダーから読み込まれました。</translation>
    </message>
    <message>
        <source>Kept in the record only: no installed file has these bytes. Assessments made with it still read and re-evaluate from this copy.</source>
        <translation>記録にのみ保持されています。この内容と同一のファイルはインストールされていません。これを用いた評価は、引き続きこの写しから読み込みと再評価が行われます。</translation>
    </message>
    <message>
        <source>Playbooks and their versions</source>
        <translation>プレイブックとそのバージョン</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>プレイブックの詳細</translation>
    </message>
    <message>
        <source>Problems with playbook files</source>
        <translation>プレイブックファイルの問題</translation>
    </message>
    <message>
        <source>&amp;Add playbook file…</source>
        <translation>プレイブックファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a playbook file</source>
        <translation>プレイブックファイルを追加</translation>
    </message>
    <message>
        <source>Added playbooks are kept in {folder}</source>
        <translation>追加したプレイブックは {folder} に保存されます</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}  (kept in the record)</source>
        <translation>{title}
    {id}・バージョン {version}（記録に保持）</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}</source>
        <translation>{title}
    {id}・バージョン {version}</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Playbook files that were not loaded:
{errors}</source>
        <translation>読み込まれなかったプレイブックファイル：
{errors}</translation>
    </message>
    <message>
        <source>{origin}&lt;br&gt;File: {file}&lt;br&gt;SHA-256: {hash}</source>
        <translation>{origin}&lt;br&gt;ファイル：{file}&lt;br&gt;SHA-256：{hash}</translation>
    </message>
    <message>
        <source>Add a playbook</source>
        <translation>プレイブックの追加</translation>
    </message>
    <message>
        <source>Playbooks (*.yaml *.yml)</source>
        <translation>プレイブック (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>{title} (version {version}) is already installed.</source>
        <translation>{title}（バージョン {version}）は既にインストールされています。</translation>
    </message>
    <message>
        <source>{title} (version {version}) is now available.</source>
        <translation>{title}（バージョン {version}）が利用可能になりました。</translation>
    </message>
    <message>
        <source>Playbook added</source>
        <translation>プレイブックを追加しました</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (playbooks check lists them all).</source>
        <translation>
            <numerusform>…ほか %n 件（playbooks check ですべて一覧表示できます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>See line {line} of {file} first.</source>
        <translation>まず {file} の {line} 行目を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in {file}:</source>
        <translation>
            <numerusform>{file} に %n 件の問題があります：</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook was not added</source>
        <translation>プレイブックは追加されませんでした</translation>
    </message>
    <message>
        <source>See line {line} of {file}.</source>
        <translation>{file} の {line} 行目を確認してください。</translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <source>Record a retrospective</source>
        <translation>振り返りを記録</translation>
    </message>
    <message>
        <source>What we got wrong</source>
        <translation>誤っていた点</translation>
    </message>
    <message>
        <source>What we would do again</source>
        <translation>今後も続けるべき点</translation>
    </message>
    <message>
        <source>&amp;Record retrospective</source>
        <translation>振り返りを記録(&amp;R)</translation>
    </message>
    <message>
        <source>What we got &amp;wrong</source>
        <translation>誤っていた点(&amp;W)</translation>
    </message>
    <message>
        <source>What we would do &amp;again</source>
        <translation>今後も続けるべき点(&amp;A)</translation>
    </message>
    <message>
        <source>A retrospective is kept as recorded and never changes the decided record.</source>
        <translation>振り返りは記録されたとおりに保存され、決定済みの記録を変更することはありません。</translation>
    </message>
    <message>
        <source>Say both what we got wrong and what we would do again.</source>
        <translation>誤っていた点と今後も続けるべき点の両方を記入してください。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>All decisions</source>
        <translation>すべての決定</translation>
    </message>
    <message>
        <source>Decided in the last 12 months</source>
        <translation>過去 12 か月間の決定</translation>
    </message>
    <message>
        <source>Decided in the last 5 years</source>
        <translation>過去 5 年間の決定</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>設問</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>見立て</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>実際の結果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>判明予定日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>起きた</translation>
    </message>
    <message>
        <source>did not occur</source>
        <translation>起きなかった</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>判断できない</translation>
    </message>
    <message>
        <source>Review: calibration of past calls</source>
        <translation>検証：過去の見立ての較正</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>すべてのプレイブック</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Lessons &amp;report (PDF)…</source>
        <translation>教訓報告書（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the lessons report as a PDF</source>
        <translation>教訓報告書を PDF として書き出す</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Terms of the diagram; choose one to see its calls</source>
        <translation>図の用語。用語を選ぶと、その見立てが表示されます</translation>
    </message>
    <message>
        <source>Calls behind the chosen point; Enter opens the case</source>
        <translation>選択した点に対応する見立て。Enter キーで案件を開きます</translation>
    </message>
    <message>
        <source>Calls and decisions due to be judged</source>
        <translation>検証期限を迎えた見立てと決定</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>実際の結果を記録(&amp;W)…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected call</source>
        <translation>選択した見立ての結果を記録</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>{occurred} of {calls} happened</source>
        <translation>{calls} 件中 {occurred} 件が実現</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>見立てなし</translation>
    </message>
    <message>
        <source>{said}; too few calls</source>
        <translation>{said}（見立てが少なすぎます）</translation>
    </message>
    <message>
        <source>{term}: {said}</source>
        <translation>{term}：{said}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限到来</translation>
    </message>
    <message>
        <source>(the decision)</source>
        <translation>（決定）</translation>
    </message>
    <message numerus="yes">
        <source>%n due to be judged, {overdue} overdue.</source>
        <translation>
            <numerusform>検証期限到来 %n 件（うち期限超過 {overdue} 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due to be judged today.</source>
        <translation>本日検証期限を迎えるものはありません。</translation>
    </message>
    <message>
        <source>The earliest {shown} are listed.</source>
        <translation>期日の早い {shown} 件を表示しています。</translation>
    </message>
    <message>
        <source>all calls: {calls} resolved calls, Brier {brier} = reliability {reliability} − resolution {resolution} + uncertainty {uncertainty}; cannot tell {cannot_tell}</source>
        <translation>すべての見立て：結果判明 {calls} 件、ブライアスコア {brier} = 信頼性 {reliability} − 分解能 {resolution} + 不確実性 {uncertainty}、判断できない {cannot_tell} 件</translation>
    </message>
    <message>
        <source>{line} — too few calls (under {minimum})</source>
        <translation>{line} — 見立てが少なすぎます（{minimum} 件未満）</translation>
    </message>
    <message>
        <source>Record a retrospec&amp;tive…</source>
        <translation>振り返りを記録(&amp;T)…</translation>
    </message>
    <message>
        <source>Record a retrospective of the selected decision</source>
        <translation>選択した決定の振り返りを記録</translation>
    </message>
    <message>
        <source>the playbook of assessment {id} is neither installed nor kept in the record</source>
        <translation>評価 {id} のプレイブックは、インストールされておらず、記録にも保持されていません</translation>
    </message>
    <message>
        <source>The outcome was not recorded</source>
        <translation>結果は記録されませんでした</translation>
    </message>
    <message>
        <source>The retrospective was not recorded</source>
        <translation>振り返りは記録されませんでした</translation>
    </message>
    <message>
        <source>Lessons report</source>
        <translation>教訓報告書</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The lessons report was written to {path}.</source>
        <translation>教訓報告書を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>The lessons report was not written</source>
        <translation>教訓報告書は書き出されませんでした</translation>
    </message>
</context>
<context>
    <name>ScoresDescription</name>
    <message>
        <source>Weights and scores</source>
        <translation>重みとスコア</translation>
    </message>
    <message>
        <source>Shares are the weights normalised, with every question answered.</source>
        <translation>割合は、すべての設問に回答した場合の正規化した重みです。</translation>
    </message>
    <message>
        <source>gate, weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>必須基準、重み {weight}（総合スコアの {share}）、合格基準 {threshold}</translation>
    </message>
    <message>
        <source>weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>重み {weight}（総合スコアの {share}）、合格基準 {threshold}</translation>
    </message>
    <message>
        <source>{of_criterion} of the criterion, {overall} overall</source>
        <translation>基準内 {of_criterion}、全体 {overall}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>算入しない</translation>
    </message>
    <message>
        <source>({id}, {kind}; weight {weight}: {counted})&lt;br&gt;scores: {rule}</source>
        <translation>（{id}、{kind}。重み {weight}：{counted}）&lt;br&gt;配点：{rule}</translation>
    </message>
</context>
<context>
    <name>TrustRootConfirmation</name>
    <message>
        <source>This certificate is not marked as a certification authority: only memos signed with this very certificate will be trusted.</source>
        <translation>この証明書は認証局として指定されていません。この証明書そのもので署名されたメモのみが信頼されます。</translation>
    </message>
    <message>
        <source>This certificate expired on {day}.</source>
        <translation>この証明書は {day} に有効期限が切れています。</translation>
    </message>
    <message>
        <source>This is a TEST certificate authority: trust it only on a machine used for trying the app, never for real decisions.</source>
        <translation>これはテスト用（TEST）の認証局です。アプリケーションの試用に使う端末でのみ信頼し、実際の決定には決して使用しないでください。</translation>
    </message>
    <message>
        <source>itself (a root)</source>
        <translation>自己（ルート）</translation>
    </message>
    <message>
        <source>Trust this certificate for verifying memo signatures?</source>
        <translation>この証明書をメモの署名の検証に信頼しますか？</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>サブジェクト：{subject}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>発行者：{issuer}</translation>
    </message>
    <message>
        <source>Valid: {start} to {end}</source>
        <translation>有効期間：{start}～{end}</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント：</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your security office gave you. Every memo signed under this certificate will then show as trusted.</source>
        <translation>このフィンガープリントを、セキュリティ担当部署から提供されたものと照合してください。以後、この証明書の下で署名されたすべてのメモが信頼済みとして表示されます。</translation>
    </message>
</context>
<context>
    <name>TrustRootsPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256（先頭）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>信頼ルート</translation>
    </message>
    <message>
        <source>Selected trust root in full</source>
        <translation>選択した信頼ルートの全情報</translation>
    </message>
    <message>
        <source>Selected trust root</source>
        <translation>選択した信頼ルート</translation>
    </message>
    <message>
        <source>Number of trust roots</source>
        <translation>信頼ルートの数</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>証明書を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a trust root from a certificate file</source>
        <translation>証明書ファイルから信頼ルートを追加</translation>
    </message>
    <message>
        <source>A memo&apos;s signatures count as trusted only when the signer&apos;s certificate was issued by one of these certification authorities. Add the certificate of the authority that issues your ministry&apos;s signing identities (a .pem, .crt, .cer or .der file); your security office can tell you its fingerprint. Roots are never removed: the record keeps what every past verification relied on.</source>
        <translation>メモの署名が信頼済みとみなされるのは、署名者の証明書がこれらの認証局のいずれかによって発行された場合に限られます。貴省の署名用 ID を発行する認証局の証明書（.pem、.crt、.cer または .der ファイル）を追加してください。フィンガープリントはセキュリティ担当部署から入手できます。ルートが削除されることはありません。過去のすべての検証が依拠した情報は記録に保持されます。</translation>
    </message>
    <message>
        <source>No trust roots yet: every signed memo reads “not trusted” until one is added. Ask your security officer for your ministry&apos;s certificate authority.</source>
        <translation>信頼ルートはまだありません。ルートを追加するまで、署名されたメモはすべて「信頼されていません」と表示されます。貴省の認証局については、セキュリティ担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>1 trust root</source>
        <translation>信頼ルート 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n trust roots</source>
        <translation>
            <numerusform>信頼ルート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>サブジェクト：{subject}</translation>
    </message>
    <message>
        <source>itself (a root certificate)</source>
        <translation>自己（ルート証明書）</translation>
    </message>
    <message>
        <source>Valid from {start} to {end} — &lt;b&gt;expired&lt;/b&gt;</source>
        <translation>有効期間 {start}～{end} — &lt;b&gt;期限切れ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>有効期間 {start}～{end}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>発行者：{issuer}</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>{when} に {who} が追加</translation>
    </message>
    <message>
        <source>Add a trust root certificate</source>
        <translation>信頼ルート証明書の追加</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>既に信頼済み</translation>
    </message>
    <message>
        <source>{subject} is already a trust root (added {when} by {who}).</source>
        <translation>{subject} は既に信頼ルートです（{when} に {who} が追加）。</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>この証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Trust root added</source>
        <translation>信頼ルートを追加しました</translation>
    </message>
    <message>
        <source>{subject} is now trusted. Memos signed under it verify as trusted.</source>
        <translation>{subject} は信頼済みになりました。この証明書の下で署名されたメモは、信頼済みとして検証されます。</translation>
    </message>
    <message>
        <source>The certificate was not added</source>
        <translation>証明書は追加されませんでした</translation>
    </message>
    <message>
        <source>Trust roots could not be listed: {error}</source>
        <translation>信頼ルートの一覧を表示できませんでした：{error}</translation>
    </message>
</context>
</TS>
