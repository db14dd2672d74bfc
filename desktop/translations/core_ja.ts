<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AssessmentStatus</name>
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
        <translation>差し替え済み</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
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
</context>
<context>
    <name>Decision</name>
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
</context>
<context>
    <name>InformationCredibility</name>
    <message>
        <source>confirmed by other sources</source>
        <translation>他の情報源で確認済み</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>おそらく事実</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>事実の可能性あり</translation>
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
</context>
<context>
    <name>Likelihood</name>
    <message>
        <source>almost no chance</source>
        <translation>ほぼ可能性なし</translation>
    </message>
    <message>
        <source>very unlikely</source>
        <translation>可能性が非常に低い</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>可能性が低い</translation>
    </message>
    <message>
        <source>roughly even chance</source>
        <translation>五分五分</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能性が高い</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>可能性が非常に高い</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>ほぼ確実</translation>
    </message>
    <message>
        <source>{term} ({low}–{high}%)</source>
        <translation>{term}（{low}～{high}%）</translation>
    </message>
</context>
<context>
    <name>MemberPosition</name>
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
        <translation>未協議</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name is recorded with every change you make, and printed as the sender of the memos you issue. Role and unit are optional; you can change all of this later (File &gt; Profile…).</source>
        <translation>お名前は、行ったすべての変更とともに記録され、発行するメモの差出人として印刷されます。役職と所属は任意です。これらは後から変更できます（ファイル &gt; プロフィール…）。</translation>
    </message>
    <message>
        <source>Your name, role and unit are recorded with every change you make from now on, and printed as the sender of the memos you issue. Changes already recorded keep the name they were made under.</source>
        <translation>今後、お名前・役職・所属は、行うすべての変更とともに記録され、発行するメモの差出人として印刷されます。記録済みの変更は、その時点の名前のまま保持されます。</translation>
    </message>
    <message>
        <source>Welcome to Concert Desk</source>
        <translation>Concert Desk へようこそ</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>optional, e.g. Desk officer</source>
        <translation>任意（例：担当官）</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>optional, e.g. Crisis Unit</source>
        <translation>任意（例：危機管理室）</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>既定の署名 ID</translation>
    </message>
    <message>
        <source>optional: identity file (.p12) or pkcs11: URI</source>
        <translation>任意：ID ファイル（.p12）または pkcs11: URI</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照…(&amp;B)</translation>
    </message>
    <message>
        <source>Choose the default signing identity file</source>
        <translation>既定の署名 ID ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>役職(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>所属(&amp;U)</translation>
    </message>
    <message>
        <source>Default signing &amp;identity</source>
        <translation>既定の署名 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>画面の言語(&amp;L)</translation>
    </message>
    <message>
        <source>How your changes will be recorded</source>
        <translation>変更の記録名</translation>
    </message>
    <message>
        <source>The window will speak the language you chose when Concert Desk next starts.</source>
        <translation>選択した言語は、次回 Concert Desk を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>言語の切り替え時期</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>不足または誤りのある項目</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>プロフィールを保存</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Not now: changes are recorded as {user}</source>
        <translation>後で：変更は {user} として記録されます</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Your changes will be recorded as: {actor}</source>
        <translation>変更は次の名前で記録されます：{actor}</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>署名 ID を選択</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>ID ファイル (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>RoutingStage</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>下書き（審査未提出）</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>審査に提出済み</translation>
    </message>
    <message>
        <source>returned to the drafter</source>
        <translation>起案者に差し戻し済み</translation>
    </message>
    <message>
        <source>with the minister</source>
        <translation>大臣の手元</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>superseded by a later revision</source>
        <translation>後の改訂により差し替え済み</translation>
    </message>
    <message>
        <source>passed to the minister</source>
        <translation>大臣に回付済み</translation>
    </message>
</context>
<context>
    <name>SourceReliability</name>
    <message>
        <source>completely reliable</source>
        <translation>完全に信頼できる</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>おおむね信頼できる</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>まあまあ信頼できる</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>あまり信頼できない</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>信頼できない</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>信頼性を判断できない</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the record…</source>
        <translation>記録を開いています…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>記録を開いています</translation>
    </message>
    <message>
        <source>The record could not be opened: {error}</source>
        <translation>記録を開けませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
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
        <translation>実質的には正当（権限不足）</translation>
    </message>
    <message>
        <source>not legitimate</source>
        <translation>正当でない</translation>
    </message>
    <message>
        <source>insufficient information</source>
        <translation>情報不足</translation>
    </message>
</context>
</TS>
