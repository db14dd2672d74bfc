<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DetailView</name>
    <message>
        <source>Selected assessment in full</source>
        <translation>選択した評価の全文</translation>
    </message>
    <message>
        <source>Select an assessment to see it in full; Enter or a double click opens it.</source>
        <translation>評価を選択すると全文が表示されます。Enterキーまたはダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>選択した評価を開く</translation>
    </message>
    <message>
        <source>Start a revi&amp;sion</source>
        <translation>改訂を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start a revision of the selected assessment</source>
        <translation>選択した評価の改訂を開始します</translation>
    </message>
    <message>
        <source>Record &amp;dissent…</source>
        <translation>反対意見を記録(&amp;D)…</translation>
    </message>
    <message>
        <source>Record a reviewer&apos;s dissent from the decision</source>
        <translation>決定に対する審査担当者の反対意見を記録します</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>検証(&amp;I)</translation>
    </message>
    <message>
        <source>View the chosen memo</source>
        <translation>選択したメモを表示します</translation>
    </message>
    <message>
        <source>Export the chosen memo to a PDF file</source>
        <translation>選択したメモをPDFファイルにエクスポートします</translation>
    </message>
    <message>
        <source>Verify the chosen memo&apos;s signatures</source>
        <translation>選択したメモの署名を検証します</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>{reference} ({stage})</source>
        <translation>{reference}({stage})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>{title}  (revision {revision})</source>
        <translation>{title}(改訂 {revision})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No assessments yet: start one with New assessment (Ctrl+N).</source>
        <translation>評価はまだありません。「新規評価」(Ctrl+N)で開始してください。</translation>
    </message>
    <message>
        <source>No assessment matches this search and these filters.</source>
        <translation>この検索条件とフィルターに一致する評価はありません。</translation>
    </message>
    <message>
        <source>Search titles, answers, rationale, evidence… (Ctrl+F)</source>
        <translation>件名、回答、根拠、証拠を検索…(Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>記録を検索</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Any playbook</source>
        <translation>すべてのプレイブック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>すべての決定</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Number of matching assessments</source>
        <translation>一致する評価の件数</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>判定済み</translation>
    </message>
    <message>
        <source>An outcome or a retrospective is recorded</source>
        <translation>結果または振り返りが記録されています</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>The resolution date has passed and no outcome is recorded</source>
        <translation>判定日を過ぎていますが、結果が記録されていません</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>外れた判断</translation>
    </message>
    <message>
        <source>A call of 80 % or more that did not occur, or of 20 % or less that did</source>
        <translation>80 %以上としたが起こらなかった判断、または20 %以下としたが起こった判断</translation>
    </message>
    <message>
        <source>Filter by date: {bound}</source>
        <translation>日付で絞り込み: {bound}</translation>
    </message>
    <message>
        <source>Date {bound}</source>
        <translation>日付: {bound}</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>検索に失敗しました: {message}</translation>
    </message>
    <message>
        <source>{count}+ assessments</source>
        <translation>{count}件以上の評価</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment</source>
        <translation>
            <numerusform>%Ln件の評価</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln件の評価</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>件数を集計しています…</translation>
    </message>
</context>
<context>
    <name>OptionsComparison</name>
    <message>
        <source>best-judged</source>
        <translation>最高評価</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Weakest margin</source>
        <translation>最小マージン</translation>
    </message>
    <message>
        <source>Options compared (as judged when decided)</source>
        <translation>選択肢の比較(決定時の判断)</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>選択肢の比較</translation>
    </message>
    <message>
        <source>Best-judged option: &lt;b&gt;{option}&lt;/b&gt; ({verdict}).</source>
        <translation>最も評価の高い選択肢: &lt;b&gt;{option}&lt;/b&gt;({verdict})。</translation>
    </message>
    <message>
        <source>What would turn each verdict:</source>
        <translation>各判定を覆し得る要因:</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>For me (drafter)</source>
        <translation>自分宛て(起案者)</translation>
    </message>
    <message>
        <source>For me (reviewer)</source>
        <translation>自分宛て(審査担当者)</translation>
    </message>
    <message>
        <source>For me (minister)</source>
        <translation>自分宛て(大臣)</translation>
    </message>
    <message>
        <source>For me as drafter</source>
        <translation>起案者としての自分宛て</translation>
    </message>
    <message>
        <source>For me as reviewer</source>
        <translation>審査担当者としての自分宛て</translation>
    </message>
    <message>
        <source>For me as minister</source>
        <translation>大臣としての自分宛て</translation>
    </message>
    <message>
        <source>Waiting for the drafter</source>
        <translation>起案者の対応待ち</translation>
    </message>
    <message>
        <source>Waiting for the reviewer</source>
        <translation>審査担当者の対応待ち</translation>
    </message>
    <message>
        <source>Waiting for the minister</source>
        <translation>大臣の対応待ち</translation>
    </message>
    <message>
        <source>Nothing waits for the drafter.</source>
        <translation>起案者の対応待ちはありません。</translation>
    </message>
    <message>
        <source>Nothing waits for the reviewer.</source>
        <translation>審査担当者の対応待ちはありません。</translation>
    </message>
    <message>
        <source>Nothing waits for the minister.</source>
        <translation>大臣の対応待ちはありません。</translation>
    </message>
    <message>
        <source>For me: the drafts waiting for a role</source>
        <translation>自分宛て: 役割ごとの対応待ちの下書き</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>対応待ちの下書き</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>{title} — {stage} by {who}, {when}</source>
        <translation>{title} — {stage}({who}、{when})</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the drafter</source>
        <translation>
            <numerusform>起案者の対応待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the reviewer</source>
        <translation>
            <numerusform>審査担当者の対応待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the minister</source>
        <translation>
            <numerusform>大臣の対応待ち %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>unsigned</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>Scenario note</source>
        <translation>シナリオの注記</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>open, next review {date}</source>
        <translation>未完了、次回見直し {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — owner {owner}; checked by {how_checked}; tripwire: {tripwire}.</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — 担当者: {owner}、確認方法: {how_checked}、警戒条件: {tripwire}。</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Review {date} by {reviewer}: &lt;b&gt;{outcome}&lt;/b&gt;</source>
        <translation>{date} {reviewer}による見直し: &lt;b&gt;{outcome}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (tripwire breached)</source>
        <translation>(警戒条件に抵触)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>{kind} note</source>
        <translation>{kind}の注記</translation>
    </message>
    <message>
        <source>&lt;b&gt;{note}&lt;/b&gt; by {author}, {when}</source>
        <translation>&lt;b&gt;{note}&lt;/b&gt;({author}、{when})</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {decided_by}, {when}; verdict &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;({decided_by}、{when})、判定 &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;i&gt;departs from the verdict&lt;/i&gt;</source>
        <translation> — &lt;i&gt;判定と異なる決定&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint}</source>
        <translation>大臣の証明書: {subject}、SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Fragility:</source>
        <translation>脆弱性:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dissent&lt;/b&gt; ({reviewer}): {text}</source>
        <translation>&lt;b&gt;反対意見&lt;/b&gt;({reviewer}): {text}</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The playbook this was assessed under is not installed; answers are shown by question id.</source>
        <translation>この評価に使用されたプレイブックはインストールされていないため、回答を質問IDで表示しています。</translation>
    </message>
    <message>
        <source>(confidence {level})</source>
        <translation>(確信度 {level})</translation>
    </message>
    <message>
        <source>Evidence [{grade}]: {summary}</source>
        <translation>証拠 [{grade}]: {summary}</translation>
    </message>
    <message>
        <source>Revision {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;Playbook {playbook} {version} · created {when} by {author}</source>
        <translation>改訂 {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;プレイブック {playbook} {version} · {when}に{author}が作成</translation>
    </message>
    <message>
        <source>Proposed action:</source>
        <translation>提案された行動:</translation>
    </message>
    <message>
        <source>Crisis:</source>
        <translation>危機:</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Revision {revision}: {status}, {when}</source>
        <translation>改訂 {revision}: {status}、{when}</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation>(この改訂)</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{signer} ({role})</source>
        <translation>{signer}({role})</translation>
    </message>
    <message>
        <source>Who acted (database logins)</source>
        <translation>操作者(データベースのログイン)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>{actor}, login &lt;b&gt;{login}&lt;/b&gt;</source>
        <translation>{actor}、ログイン &lt;b&gt;{login}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>&lt;h3&gt;Welcome to Concert Desk&lt;/h3&gt;&lt;p&gt;This record holds no assessment yet. Concert Desk takes a proposed joint action through four steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assess&lt;/b&gt; it against the playbook&apos;s criteria, each answer with its reasons, confidence and graded evidence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;read the verdict&lt;/b&gt;, how fragile it is, and whether the member democracies&apos; positions give it authority;&lt;/li&gt;&lt;li&gt;&lt;b&gt;decide and sign&lt;/b&gt;: the minister&apos;s decision, in a memo signed by the drafting official and countersigned by the minister;&lt;/li&gt;&lt;li&gt;&lt;b&gt;review&lt;/b&gt; it later: every assessment, decision and memo stays searchable and verifiable here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see it at work first, open the four example cases (invented; one legitimate, one just short of authority, one early draft, one comparing three options). They come in as drafts you can change or leave.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concert Desk へようこそ&lt;/h3&gt;&lt;p&gt;この記録にはまだ評価がありません。Concert Desk は、提案された共同行動を次の4つのステップで扱います。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;プレイブックの基準に照らして&lt;b&gt;評価&lt;/b&gt;します。各回答には理由、確信度、格付けされた証拠を添えます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;判定を確認&lt;/b&gt;します。判定の脆弱性と、加盟民主主義国の立場が行動に権限を与えるかどうかも確認します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;決定して署名&lt;/b&gt;します。大臣の決定を、起案担当官が署名し大臣が副署するメモにまとめます。&lt;/li&gt;&lt;li&gt;後から&lt;b&gt;見直し&lt;/b&gt;ます。すべての評価、決定、メモはここで検索・検証できます。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;まず動作を確認するには、4つの事例(架空のもの。正当なもの、権限にわずかに届かないもの、初期の下書き、3つの選択肢を比較するもの)を開いてください。事例は、変更してもそのままにしてもよい下書きとして取り込まれます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Open the example &amp;cases</source>
        <translation>事例を開く(&amp;C)</translation>
    </message>
    <message>
        <source>Open the example cases</source>
        <translation>事例を開く</translation>
    </message>
    <message>
        <source>Start a ne&amp;w assessment</source>
        <translation>新しい評価を開始(&amp;W)</translation>
    </message>
    <message>
        <source>Read the &amp;user guide (F1)</source>
        <translation>ユーザーガイドを読む(&amp;U)(F1)</translation>
    </message>
</context>
</TS>
