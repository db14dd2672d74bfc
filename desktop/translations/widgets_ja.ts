<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswerChoices</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>AnswerLimits</name>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>{minimum}～{maximum}</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <translation>{minimum}以上</translation>
    </message>
    <message>
        <source>at most {maximum}</source>
        <translation>{maximum}以下</translation>
    </message>
</context>
<context>
    <name>AnswerPicker</name>
    <message>
        <source>(unanswered)</source>
        <translation>(未回答)</translation>
    </message>
    <message>
        <source>Scenario answer to: {question}</source>
        <translation>シナリオでの回答: {question}</translation>
    </message>
</context>
<context>
    <name>AuthorityTally</name>
    <message>
        <source>Double majority met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>二重多数を満たしています: {counted}加盟国中{endorsing}か国が支持({share}、必要 {needed})、{population}人中{people}人({people_share}、必要 {people_needed})。</translation>
    </message>
    <message>
        <source>Double majority not met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>二重多数を満たしていません: {counted}加盟国中{endorsing}か国が支持({share}、必要 {needed})、{population}人中{people}人({people_share}、必要 {people_needed})。</translation>
    </message>
    <message>
        <source>Double majority: no positions recorded yet.</source>
        <translation>二重多数: まだ立場が記録されていません。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{position} {count}</source>
        <translation>{position} {count}</translation>
    </message>
    <message>
        <source>Positions: {counts}.</source>
        <translation>立場: {counts}。</translation>
    </message>
    <message>
        <source> — lacks {what}</source>
        <translation> — 不足: {what}</translation>
    </message>
    <message>
        <source>Authority met by the route “{route}”.</source>
        <translation>「{route}」の経路により権限が満たされています。</translation>
    </message>
    <message>
        <source>Authority not met: no route is met.</source>
        <translation>権限は満たされていません: 満たされた経路はありません。</translation>
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
        <translation>回答を消去</translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation>回答を消去: {question}</translation>
    </message>
    <message>
        <source>{question}: answer</source>
        <translation>{question}: 回答</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>What must hold</source>
        <translation>満たすべき事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>How it is checked</source>
        <translation>確認方法</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>Tripwire (optional)</source>
        <translation>警戒条件(任意)</translation>
    </message>
    <message>
        <source>Conditions of the approval, one row each</source>
        <translation>承認の条件(1行に1件)</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>条件を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a condition row</source>
        <translation>条件の行を追加します</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>条件を削除</translation>
    </message>
    <message>
        <source>Remove the selected condition rows</source>
        <translation>選択した条件の行を削除します</translation>
    </message>
    <message>
        <source>Add at least one condition: what must hold, owner, how it is checked, review date.</source>
        <translation>条件を少なくとも1件追加してください: 満たすべき事項、担当者、確認方法、見直し日。</translation>
    </message>
    <message>
        <source>Condition {number}: fill in “{column}”.</source>
        <translation>条件{number}: 「{column}」を入力してください。</translation>
    </message>
    <message>
        <source>Condition {number}: write the review date as YYYY-MM-DD.</source>
        <translation>条件{number}: 見直し日はYYYY-MM-DDの形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>DissentDialog</name>
    <message>
        <source>Record dissent</source>
        <translation>反対意見を記録</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>反対意見を記録する審査担当者</translation>
    </message>
    <message>
        <source>Name and role, e.g. Legal adviser J. Mensah</source>
        <translation>氏名と役職(例: 法律顧問 J. Mensah)</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>反対意見の本文</translation>
    </message>
    <message>
        <source>What the reviewer disagrees with, and why</source>
        <translation>審査担当者が同意しない点とその理由</translation>
    </message>
    <message>
        <source>Record the dissent (it cannot be changed afterwards)</source>
        <translation>反対意見を記録します(記録後は変更できません)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>審査担当者(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>反対意見(&amp;D)</translation>
    </message>
    <message>
        <source>Dissent from the decision on “{title}”. It is kept in the record and printed on memos issued from now on; it cannot be edited or removed later.</source>
        <translation>「{title}」の決定に対する反対意見です。記録に保存され、今後発行されるメモに記載されます。後から編集や削除はできません。</translation>
    </message>
</context>
<context>
    <name>EvidenceItem</name>
    <message>
        <source>What the evidence shows</source>
        <translation>証拠が示す内容</translation>
    </message>
    <message>
        <source>Evidence summary for: {question}</source>
        <translation>証拠の要約: {question}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Evidence source for: {question}</source>
        <translation>証拠の情報源: {question}</translation>
    </message>
    <message>
        <source>{grade} — {meaning}</source>
        <translation>{grade} — {meaning}</translation>
    </message>
    <message>
        <source>Source reliability (Admiralty A–F)</source>
        <translation>情報源の信頼性(アドミラルティ A～F)</translation>
    </message>
    <message>
        <source>Information credibility (Admiralty 1–6)</source>
        <translation>情報の確度(アドミラルティ 1～6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this evidence item for: {question}</source>
        <translation>この証拠を削除: {question}</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Add evidence</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <source>Add an evidence item for: {question}</source>
        <translation>証拠を追加: {question}</translation>
    </message>
</context>
<context>
    <name>MemberPositionsInput</name>
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
        <source>Standing</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>投票力</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>{question}: member positions</source>
        <translation>{question}: 加盟国の立場</translation>
    </message>
    <message>
        <source>Arrow keys move, Shift+arrows select; E endorse, O oppose, A abstain, N not consulted, Delete clears, for every selected member.</source>
        <translation>矢印キーで移動、Shift+矢印キーで選択します。選択したすべての加盟国に対し、E 支持、O 反対、A 棄権、N 協議対象外、Delete で消去します。</translation>
    </message>
    <message>
        <source>E endorse · O oppose · A abstain · N not consulted · Delete: no position — for the selected members</source>
        <translation>E 支持 · O 反対 · A 棄権 · N 協議対象外 · Delete: 立場なし — 選択した加盟国に適用</translation>
    </message>
    <message>
        <source>Double-majority tally</source>
        <translation>二重多数の集計</translation>
    </message>
    <message>
        <source>Position to give</source>
        <translation>付与する立場</translation>
    </message>
    <message>
        <source>Give to the selected</source>
        <translation>選択した加盟国に付与</translation>
    </message>
    <message>
        <source>Give the selected members the chosen position</source>
        <translation>選択した加盟国に選んだ立場を付与します</translation>
    </message>
    <message>
        <source>Give to every member without a position</source>
        <translation>立場のないすべての加盟国に付与</translation>
    </message>
    <message>
        <source>Give every member without a position the chosen one</source>
        <translation>立場のないすべての加盟国に選んだ立場を付与します</translation>
    </message>
    <message>
        <source>Keys on the table: E endorse · O oppose · A abstain · N not consulted · Delete none; Shift+arrows select rows.</source>
        <translation>表のキー: E 支持 · O 反対 · A 棄権 · N 協議対象外 · Delete なし。Shift+矢印キーで行を選択します。</translation>
    </message>
    <message>
        <source>square-root weight {weight}; normalised Banzhaf index</source>
        <translation>平方根ウェイト {weight}、正規化バンザフ指数</translation>
    </message>
    <message>
        <source>voting power is shown under a playbook&apos;s authority rule</source>
        <translation>投票力はプレイブックの権限規則の下で表示されます</translation>
    </message>
    <message>
        <source>pivotal in the current tally</source>
        <translation>現在の集計で決定的な加盟国</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>No position</source>
        <translation>立場なし</translation>
    </message>
</context>
<context>
    <name>RationaleEditor</name>
    <message>
        <source>Why this answer? What would change it?</source>
        <translation>この回答の理由は何ですか。何があれば変わりますか。</translation>
    </message>
    <message>
        <source>Rationale for: {question}</source>
        <translation>根拠: {question}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Confidence in the answer to: {question}</source>
        <translation>回答の確信度: {question}</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
</context>
<context>
    <name>ResolutionDateEdit</name>
    <message>
        <source>Judge what happened on:</source>
        <translation>結果を判定する日:</translation>
    </message>
    <message>
        <source>Judge the decision on:</source>
        <translation>決定を判定する日:</translation>
    </message>
    <message>
        <source>Resolution date of: {what}</source>
        <translation>判定日: {what}</translation>
    </message>
    <message>
        <source>Resolution date of the decision</source>
        <translation>決定の判定日</translation>
    </message>
    <message>
        <source>Where the resolution date comes from</source>
        <translation>判定日の出典</translation>
    </message>
    <message>
        <source>Set on this draft.</source>
        <translation>この草案で設定されました。</translation>
    </message>
    <message>
        <source>The playbook&apos;s default: {days} days after the decision.</source>
        <translation>プレイブックの既定値: 決定から {days} 日後。</translation>
    </message>
    <message>
        <source>Fixed when the assessment was decided.</source>
        <translation>評価の決定時に確定しました。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ 合格</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ 不合格</translation>
    </message>
    <message>
        <source>… incomplete</source>
        <translation>… 未完了</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>判定パネル</translation>
    </message>
    <message>
        <source>Where the verdict stands</source>
        <translation>判定の現状</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Criteria results</source>
        <translation>基準ごとの結果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Fragility</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Missing required answers</source>
        <translation>未回答の必須質問</translation>
    </message>
    <message>
        <source>Estimative flags</source>
        <translation>推定上の注意</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Best-judged option: {option}</source>
        <translation>最も評価の高い選択肢: {option}</translation>
    </message>
    <message>
        <source>(judged apart): {summary}</source>
        <translation>(別途判断): {summary}</translation>
    </message>
    <message>
        <source>(gate)</source>
        <translation>(必須条件)</translation>
    </message>
    <message>
        <source>knife-edge</source>
        <translation>僅差</translation>
    </message>
    <message numerus="yes">
        <source>Required answers missing (%n)</source>
        <translation>
            <numerusform>未回答の必須質問(%n件)</numerusform>
        </translation>
    </message>
    <message>
        <source>All required questions are answered.</source>
        <translation>すべての必須質問に回答済みです。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>legitimate</source>
        <translation>正当</translation>
    </message>
    <message>
        <source>legitimate with conditions</source>
        <translation>条件付きで正当</translation>
    </message>
    <message>
        <source>justified in substance; authority short</source>
        <translation>実質的には正当だが権限が不足</translation>
    </message>
    <message>
        <source>not legitimate</source>
        <translation>正当でない</translation>
    </message>
    <message>
        <source>insufficient information</source>
        <translation>情報不足</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>改訂により失効</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>条件付き承認</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>endorse</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>反対</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>棄権</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>協議対象外</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>almost no chance</source>
        <translation>ほぼ可能性なし</translation>
    </message>
    <message>
        <source>very unlikely</source>
        <translation>可能性は非常に低い</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>可能性は低い</translation>
    </message>
    <message>
        <source>roughly even chance</source>
        <translation>ほぼ五分五分</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能性が高い</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>可能性は非常に高い</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>ほぼ確実</translation>
    </message>
    <message>
        <source>authorised by the Security Council</source>
        <translation>安全保障理事会が承認</translation>
    </message>
    <message>
        <source>blocked by a veto</source>
        <translation>拒否権により阻止</translation>
    </message>
    <message>
        <source>not sought</source>
        <translation>求めていない</translation>
    </message>
    <message>
        <source>rejected on its merits</source>
        <translation>実質的理由で否決</translation>
    </message>
    <message>
        <source>veto threatened, no draft put to a vote</source>
        <translation>拒否権行使の示唆があり、決議案は採決に付されていない</translation>
    </message>
    <message>
        <source>relies on earlier resolutions</source>
        <translation>過去の決議に依拠</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>完全に信頼できる</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>通常は信頼できる</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>おおむね信頼できる</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>通常は信頼できない</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>信頼できない</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>信頼性を判断できない</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>他の情報源により確認済み</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>おそらく真実</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>真実の可能性あり</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>疑わしい</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>ありそうにない</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>真偽を判断できない</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>full</source>
        <translation>正加盟国</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>資格停止中</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>加盟候補</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>脱退</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>秘密指定なし</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>部内限り</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>極秘</translation>
    </message>
    <message>
        <source>TOP SECRET</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>unsigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>未署名</translation>
    </message>
    <message>
        <source>drafted</source>
        <comment>a memo&apos;s stage</comment>
        <translation>起案者署名済み</translation>
    </message>
    <message>
        <source>countersigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>副署済み</translation>
    </message>
    <message>
        <source>drafting official</source>
        <comment>who signs a memo</comment>
        <translation>起案担当官</translation>
    </message>
    <message>
        <source>minister</source>
        <comment>who signs a memo</comment>
        <translation>大臣</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an approval&apos;s condition</comment>
        <translation>未完了</translation>
    </message>
    <message>
        <source>met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>充足</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>未充足</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>an approval&apos;s condition</comment>
        <translation>撤回</translation>
    </message>
    <message>
        <source>tripwire breached</source>
        <comment>an approval&apos;s condition</comment>
        <translation>警戒条件に抵触</translation>
    </message>
</context>
</TS>
