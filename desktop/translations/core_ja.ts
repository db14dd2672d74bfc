<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</TS>
