<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswerSaver</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>予期しないエラーが発生しました。報告を参照してください</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Another official changed this assessment meanwhile; your edits here are not saved yet.</source>
        <translation>この間に別の担当者がこの評価を変更しました。ここでの編集はまだ保存されていません。</translation>
    </message>
    <message>
        <source>This assessment may have changed elsewhere while the connection was lost; your edits here are not saved yet.</source>
        <translation>接続が切れている間に、この評価が他の場所で変更された可能性があります。ここでの編集はまだ保存されていません。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>評価の状態</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>保存状態</translation>
    </message>
    <message>
        <source>Start a revision</source>
        <translation>改訂を開始</translation>
    </message>
    <message>
        <source>Start a new revision of this assessment</source>
        <translation>この評価の新しい改訂を開始します</translation>
    </message>
    <message>
        <source>Move to playbook &amp;version…</source>
        <translation>プレイブックの別バージョンへ移行(&amp;V)…</translation>
    </message>
    <message>
        <source>Move this draft to another version of its playbook</source>
        <translation>この下書きを、プレイブックの別のバージョンへ移行します</translation>
    </message>
    <message>
        <source>Changed by another official</source>
        <translation>別の担当者による変更</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the assessment as stored (edits not yet saved here are dropped)</source>
        <translation>保存されている評価を再読み込みします(ここで未保存の編集は破棄されます)</translation>
    </message>
    <message>
        <source>Compare &amp;options</source>
        <translation>選択肢を比較(&amp;O)</translation>
    </message>
    <message>
        <source>Compare courses of action: the proposed action and no action, then more</source>
        <translation>行動方針を比較します。まず提案された行動と行動しない場合を比較し、さらに追加できます</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 前へ</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>前のステップ (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>次へ ›</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>次のステップ (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Step and verdict so far</source>
        <translation>現在のステップと判定</translation>
    </message>
    <message>
        <source>Verdict pane&amp;l</source>
        <translation>判定パネル(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>判定パネルの表示・非表示を切り替えます</translation>
    </message>
    <message>
        <source>Cannot open this assessment</source>
        <translation>この評価を開けません</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are frozen. Start a revision to change them; the record stays as it was.</source>
        <translation>この評価は「{status}」の状態です。回答は確定済みです。変更するには改訂を開始してください。記録はそのまま残ります。</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>提案された行動</translation>
    </message>
    <message>
        <source>Cannot compare options</source>
        <translation>選択肢を比較できません</translation>
    </message>
    <message>
        <source>{state}: {message}</source>
        <translation>{state}: {message}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>他の場所で変更されました</translation>
    </message>
    <message>
        <source>{message}

Reload the assessment now? Your last change was not saved.</source>
        <translation>{message}

今すぐ評価を再読み込みしますか?最後の変更は保存されていません。</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>ステップ {number}/{count}</translation>
    </message>
    <message>
        <source>{step} · verdict so far: {verdict}</source>
        <translation>{step} · 現時点の判定: {verdict}</translation>
    </message>
    <message>
        <source>Cannot move to another version</source>
        <translation>別のバージョンへ移行できません</translation>
    </message>
    <message>
        <source>No other version</source>
        <translation>他のバージョンはありません</translation>
    </message>
    <message>
        <source>No other version of {playbook} is installed or kept in the record. Add one on the Playbooks page.</source>
        <translation>{playbook} の他のバージョンはインストールされておらず、記録にも保存されていません。プレイブックのページで追加してください。</translation>
    </message>
</context>
<context>
    <name>CriterionStep</name>
    <message>
        <source>(gate)</source>
        <translation>(必須条件)</translation>
    </message>
    <message>
        <source>Result of {criterion}</source>
        <translation>{criterion} の結果</translation>
    </message>
    <message>
        <source>Answered for each option</source>
        <translation>選択肢ごとの回答</translation>
    </message>
    <message>
        <source>Result of {criterion} per option</source>
        <translation>{criterion} の選択肢ごとの結果</translation>
    </message>
    <message>
        <source>Options answered on {criterion}, one tab each</source>
        <translation>{criterion} について回答した選択肢(選択肢ごとに1タブ)</translation>
    </message>
    <message>
        <source>Questions on {criterion}</source>
        <translation>{criterion} に関する質問</translation>
    </message>
    <message>
        <source>Guidance for {criterion}</source>
        <translation>{criterion} の手引き</translation>
    </message>
    <message>
        <source>Guidance on {criterion}</source>
        <translation>手引き: {criterion}</translation>
    </message>
    <message>
        <source>Show or hide the guidance on {criterion}</source>
        <translation>{criterion} の手引きの表示・非表示を切り替えます</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>手引き</translation>
    </message>
    <message>
        <source>This criterion is a gate: if it fails, the action cannot be legitimate whatever the other criteria say.</source>
        <translation>この基準は必須条件です。不合格の場合、他の基準の結果にかかわらず、その行動は正当とはなりません。</translation>
    </message>
    <message>
        <source>Passes at a weighted score of {threshold} or more.</source>
        <translation>加重スコアが {threshold} 以上で合格です。</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>スコア {score}</translation>
    </message>
    <message>
        <source>{status} · {score} (passes at {threshold})</source>
        <translation>{status} · {score}(合格基準 {threshold})</translation>
    </message>
    <message>
        <source>best-judged option: {result}</source>
        <translation>最も評価の高い選択肢: {result}</translation>
    </message>
    <message>
        <source>The answers for the option “{option}”</source>
        <translation>選択肢「{option}」への回答</translation>
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
        <translation>大臣の証明書</translation>
    </message>
    <message>
        <source>None: the minister is named by name only</source>
        <translation>なし: 大臣は氏名のみで特定されます</translation>
    </message>
    <message>
        <source>My signing identity: {identity}</source>
        <translation>自分の署名用ID: {identity}</translation>
    </message>
    <message>
        <source>Choose a fi&amp;le…</source>
        <translation>ファイルを選択(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate or identity file</source>
        <translation>大臣の証明書またはIDファイルを選択します</translation>
    </message>
    <message>
        <source>Passphrase of the minister&apos;s identity file</source>
        <translation>大臣のIDファイルのパスフレーズ</translation>
    </message>
    <message>
        <source>its passphrase (only to read the certificate)</source>
        <translation>パスフレーズ(証明書の読み取りにのみ使用)</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate</source>
        <translation>大臣の証明書を選択</translation>
    </message>
    <message>
        <source>Certificates and identities ({patterns})</source>
        <translation>証明書とID ({patterns})</translation>
    </message>
</context>
<context>
    <name>DecisionCertificate</name>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint} (only this certificate can countersign the memo)</source>
        <translation>大臣の証明書: {subject}、SHA-256 {fingerprint}(この証明書のみがメモに副署できます)</translation>
    </message>
</context>
<context>
    <name>DecisionConditions</name>
    <message>
        <source>next review {date}</source>
        <translation>次回見直し {date}</translation>
    </message>
    <message>
        <source>; tripwire: {tripwire}</source>
        <translation>。警戒条件: {tripwire}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — {owner}; checked by: {how_checked}; {state}</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — {owner}。確認方法: {how_checked}。{state}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>The assessment is incomplete (insufficient information): it can only be deferred or rejected. Answer the missing questions listed above first.</source>
        <translation>評価が完了していません(情報不足)。保留または却下のみ選択できます。先に上記の未回答の質問に回答してください。</translation>
    </message>
    <message>
        <source>This decision departs from the verdict ({verdict}): write a justification to record it.</source>
        <translation>この決定は判定({verdict})と異なります。記録するには理由を記入してください。</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <source>Decision step</source>
        <translation>決定ステップ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Verdict and reasons</source>
        <translation>判定と理由</translation>
    </message>
    <message>
        <source>Required answers still missing</source>
        <translation>未回答の必須項目</translation>
    </message>
    <message>
        <source>Required answers still missing; press Enter to go there</source>
        <translation>未回答の必須項目。Enter キーでその質問へ移動します</translation>
    </message>
    <message>
        <source>The minister&apos;s decision</source>
        <translation>大臣の決定</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>決定: {decision}</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <source>Minister&apos;s cert&amp;ificate</source>
        <translation>大臣の証明書(&amp;I)</translation>
    </message>
    <message>
        <source>Optional, recommended. Name the minister&apos;s certificate and only that certificate can countersign the memo; another person of the same name cannot. Without it, the minister who countersigns must only have the same name.</source>
        <translation>任意ですが推奨します。大臣の証明書を指定すると、その証明書でのみメモに副署できます。同姓同名の別人は副署できません。指定しない場合、副署する大臣は氏名が一致するだけで足ります。</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict or from the best-judged option.</source>
        <translation>この決定の理由。判定または最も評価の高い選択肢と異なる場合は必須です。</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict.</source>
        <translation>この決定の理由。判定と異なる場合は必須です。</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>条件(&amp;C)</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>決定を記録</translation>
    </message>
    <message>
        <source>Record the decision (freezes the answers)</source>
        <translation>決定を記録します(回答は確定されます)</translation>
    </message>
    <message>
        <source>Why the decision cannot be recorded yet</source>
        <translation>決定をまだ記録できない理由</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>決定者(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>理由(&amp;J)</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>決定を選択してください。</translation>
    </message>
    <message>
        <source>Say who decides.</source>
        <translation>決定者を入力してください。</translation>
    </message>
    <message>
        <source>Type the passphrase of the minister&apos;s identity file (it reads its certificate).</source>
        <translation>大臣のIDファイルのパスフレーズを入力してください(証明書の読み取りに使用します)。</translation>
    </message>
    <message>
        <source>Waiting for the evaluation…</source>
        <translation>評価結果を待っています…</translation>
    </message>
    <message>
        <source>This decision departs from the verdict: write a justification.</source>
        <translation>この決定は判定と異なります。理由を記入してください。</translation>
    </message>
    <message>
        <source>Record “{decision}”? The answers are then frozen; later changes need a revision.</source>
        <translation>「{decision}」を記録しますか?回答は確定され、以後の変更には改訂が必要になります。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>記録中…</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>決定は記録されませんでした</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>記録された決定</translation>
    </message>
    <message>
        <source>Departs from the verdict.</source>
        <translation>判定と異なります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {name} on {when}</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;(決定者: {name}、日時: {when})</translation>
    </message>
    <message>
        <source>Record hash {hash}</source>
        <translation>記録のハッシュ {hash}</translation>
    </message>
    <message>
        <source>The recorded decision</source>
        <translation>記録された決定</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>反対意見</translation>
    </message>
    <message>
        <source>Dissent recorded</source>
        <translation>記録された反対意見</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>反対意見を記録する審査担当者</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審査担当者</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>反対意見の本文</translation>
    </message>
    <message>
        <source>Record dissent</source>
        <translation>反対意見を記録</translation>
    </message>
    <message>
        <source>Record the reviewer&apos;s dissent (it cannot be changed afterwards)</source>
        <translation>審査担当者の反対意見を記録します(後から変更できません)</translation>
    </message>
    <message>
        <source>{reviewer}: {text}</source>
        <translation>{reviewer}: {text}</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name and the dissent.</source>
        <translation>審査担当者の氏名と反対意見を入力してください。</translation>
    </message>
    <message>
        <source>Verdict at the decision</source>
        <translation>決定時の判定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>{prompt} (option: {option})</source>
        <translation>{prompt}(選択肢: {option})</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>条件付き承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>MemoLine</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{signer} ({field})</source>
        <translation>{signer}({field})</translation>
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
        <translation>決定メモ</translation>
    </message>
    <message>
        <source>Memos issued for this decision</source>
        <translation>この決定について発行されたメモ</translation>
    </message>
    <message>
        <source>&amp;Issue memo…</source>
        <translation>メモを発行(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue the decision memo (sign it or issue unsigned)</source>
        <translation>決定メモを発行します(署名するか、署名なしで発行します)</translation>
    </message>
    <message>
        <source>View memo</source>
        <translation>メモを表示</translation>
    </message>
    <message>
        <source>View the selected memo</source>
        <translation>選択したメモを表示します</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>署名(&amp;S)…</translation>
    </message>
    <message>
        <source>Add the next signature to the selected memo</source>
        <translation>選択したメモに次の署名を追加します</translation>
    </message>
    <message>
        <source>Issuing progress</source>
        <translation>発行の進捗</translation>
    </message>
    <message>
        <source>Issuing progress bar</source>
        <translation>発行の進捗バー</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record, signed by the drafting official and countersigned by the minister, and stored in the record.</source>
        <translation>メモは確定した記録から作成され、起案担当者が署名し、大臣が副署したうえで記録に保存されます。</translation>
    </message>
    <message>
        <source>This decision&apos;s memo is issued: view, sign or export it</source>
        <translation>この決定のメモは発行済みです。表示、署名、またはエクスポートできます</translation>
    </message>
</context>
<context>
    <name>MoveVersionDialog</name>
    <message>
        <source>Move to another playbook version</source>
        <translation>プレイブックの別バージョンへ移行</translation>
    </message>
    <message>
        <source>Playbook version to move to</source>
        <translation>移行先のプレイブックのバージョン</translation>
    </message>
    <message>
        <source>{title} — version {version} ({origin})</source>
        <translation>{title} — バージョン {version}({origin})</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>This draft follows {playbook} version {version}. Moving it makes a new draft revision under the version chosen; this one is kept, superseded, exactly as it is.</source>
        <translation>この下書きは {playbook} のバージョン {version} に基づいています。移行すると、選択したバージョンで新しい改訂の下書きが作成されます。この下書きは失効扱いとなり、そのままの状態で保存されます。</translation>
    </message>
    <message>
        <source>What happens to each answer</source>
        <translation>各回答の扱い</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移行(&amp;M)</translation>
    </message>
    <message>
        <source>What happens to the answers:</source>
        <translation>回答の扱い:</translation>
    </message>
</context>
<context>
    <name>OptionChoice</name>
    <message>
        <source>Option chosen</source>
        <translation>選択された選択肢</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>いずれも選択しない</translation>
    </message>
    <message>
        <source>(best-judged)</source>
        <translation>(最も評価が高い)</translation>
    </message>
    <message>
        <source>Choose no option</source>
        <translation>どの選択肢も選ばない</translation>
    </message>
    <message>
        <source>Choose the option: {option}</source>
        <translation>選択肢を選ぶ: {option}</translation>
    </message>
    <message>
        <source>Waiting for the options to be judged…</source>
        <translation>選択肢の評価を待っています…</translation>
    </message>
    <message>
        <source>Choose an option, or “None of them”.</source>
        <translation>選択肢を選ぶか、「いずれも選択しない」を選んでください。</translation>
    </message>
    <message>
        <source>Choosing “{chosen}” departs from the best-judged option “{best}”: write a justification to record it.</source>
        <translation>「{chosen}」を選ぶことは、最も評価の高い選択肢「{best}」と異なります。記録するには理由を記入してください。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Verdict of the option chosen, {option}</source>
        <translation>選択された選択肢「{option}」の判定</translation>
    </message>
    <message>
        <source>Verdict of the best-judged option, {option}</source>
        <translation>最も評価の高い選択肢「{option}」の判定</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <source>Options compared side by side</source>
        <translation>選択肢の比較</translation>
    </message>
    <message>
        <source>Option chosen: {option}</source>
        <translation>選択された選択肢: {option}</translation>
    </message>
    <message>
        <source>No option chosen</source>
        <translation>選択肢は選ばれていません</translation>
    </message>
    <message>
        <source>; best-judged: {option}</source>
        <translation>。最も評価が高い選択肢: {option}</translation>
    </message>
    <message>
        <source>departs from the best-judged option.</source>
        <translation>最も評価の高い選択肢と異なります。</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <source>Options step</source>
        <translation>選択肢ステップ</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Options compared: edit a title or description with F2 or by typing</source>
        <translation>比較する選択肢: F2 キーまたは直接入力で名称や説明を編集できます</translation>
    </message>
    <message>
        <source>Title of a new option, e.g. Naval blockade</source>
        <translation>新しい選択肢の名称(例: 海上封鎖)</translation>
    </message>
    <message>
        <source>Title of a new option</source>
        <translation>新しい選択肢の名称</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>選択肢を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>選択肢を追加します</translation>
    </message>
    <message>
        <source>Re&amp;move option</source>
        <translation>選択肢を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected option and its answers</source>
        <translation>選択した選択肢とその回答を削除します</translation>
    </message>
    <message>
        <source>About the options</source>
        <translation>選択肢について</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>The courses of action this case compares: {least} to {most}, “No action” always among them. The questions about the situation are answered once; those about the means and the prospects once per option, in the steps that ask them. Each option is judged on its own and the best-judged is named at the decision.</source>
        <translation>この案件で比較する行動方針です({least}〜{most}件。「行動しない」は常に含まれます)。状況に関する質問には一度だけ回答し、手段と見通しに関する質問には、それを問うステップで選択肢ごとに回答します。各選択肢は個別に評価され、決定の際に最も評価の高い選択肢が示されます。</translation>
    </message>
    <message>
        <source>Not acting: always one of the options, never removed.</source>
        <translation>行動しないこと: 常に選択肢の一つであり、削除されることはありません。</translation>
    </message>
    <message>
        <source>An option needs a title: the old one is kept.</source>
        <translation>選択肢には名称が必要です。以前の名称を維持します。</translation>
    </message>
    <message numerus="yes">
        <source>%n options: remove one to add another.</source>
        <translation>
            <numerusform>選択肢が %n 件あります。追加するには、いずれかを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>“No action” is always an option: it cannot be removed.</source>
        <translation>「行動しない」は常に選択肢の一つであり、削除できません。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n options: add one before removing one.</source>
        <translation>
            <numerusform>選択肢は %n 件以上必要です。削除する前に、選択肢を追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The options are frozen with the decision.</source>
        <translation>選択肢は決定とともに確定されています。</translation>
    </message>
</context>
<context>
    <name>PlaybookOrigin</name>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>ユーザーフォルダー</translation>
    </message>
    <message>
        <source>kept in the record</source>
        <translation>記録に保存</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question: {prompt}</source>
        <translation>質問: {prompt}</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>How the answer to &apos;{prompt}&apos; counts</source>
        <translation>「{prompt}」への回答の評価</translation>
    </message>
</context>
<context>
    <name>ResolutionControls</name>
    <message>
        <source>The resolution date was not set</source>
        <translation>判定日は設定されませんでした</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>✔ Saved</source>
        <translation>✔ 保存済み</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>✘ Not saved</source>
        <translation>✘ 未保存</translation>
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
        <translation>&lt;b&gt;法的根拠&lt;/b&gt;(別途判断): {summary}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fragility:&lt;/b&gt; {description}</source>
        <translation>&lt;b&gt;脆弱性:&lt;/b&gt; {description}</translation>
    </message>
</context>
</TS>
