<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Badge</name>
    <message>
        <source>intact</source>
        <translation>改ざんなし</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>改ざんあり</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>permitted</source>
        <translation>許可済み</translation>
    </message>
    <message>
        <source>changes NOT permitted</source>
        <translation>許可されていない変更あり</translation>
    </message>
    <message>
        <source>{field}: {signer} — {states}</source>
        <translation>{field}: {signer} — {states}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>✘ Not a verifiable memo</source>
        <translation>✘ 検証できるメモではありません</translation>
    </message>
    <message>
        <source>Unsigned memo: sign it to make it official</source>
        <translation>未署名のメモ: 正式なものにするには署名してください</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>✔ Valid: signed by {names}</source>
        <translation>✔ 有効: {names} が署名</translation>
    </message>
    <message>
        <source>✘ Not valid</source>
        <translation>✘ 無効</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>{signer}: identity file</source>
        <translation>{signer}: IDファイル</translation>
    </message>
    <message>
        <source>identity file (.p12)</source>
        <translation>IDファイル(.p12)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>{signer}: choose the identity file</source>
        <translation>{signer}: IDファイルを選択</translation>
    </message>
    <message>
        <source>{signer}: passphrase</source>
        <translation>{signer}: パスフレーズ</translation>
    </message>
    <message>
        <source>{signer}: whether the key is unlocked</source>
        <translation>{signer}: 鍵のロック解除の状態</translation>
    </message>
    <message>
        <source>{signer}: key on a smart card or token</source>
        <translation>{signer}: スマートカードまたはトークン上の鍵</translation>
    </message>
    <message>
        <source>an identity file (above)</source>
        <translation>IDファイル(上記)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>or token key</source>
        <translation>またはトークンの鍵</translation>
    </message>
    <message>
        <source>Passphrase / PIN</source>
        <translation>パスフレーズ / PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minute: no passphrase needed.</source>
        <translation>
            <numerusform>{name} はあと %n 分間ロック解除されています。パスフレーズは不要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minutes: no passphrase needed.</source>
        <translation>
            <numerusform>{name} はあと %n 分間ロック解除されています。パスフレーズは不要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed: the key is unlocked</source>
        <translation>不要: 鍵はロック解除されています</translation>
    </message>
</context>
<context>
    <name>IssueWorker</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>予期しないエラー。報告を参照してください</translation>
    </message>
    <message>
        <source>Collecting the decided record…</source>
        <translation>決定済みの記録を収集しています…</translation>
    </message>
    <message>
        <source>the playbook this assessment was decided under ({playbook} {version}) is neither installed nor kept in the record; add its file on the Playbooks page</source>
        <translation>この評価の決定に用いたプレイブック({playbook} {version})はインストールされておらず、記録にも保存されていません。プレイブックのページでそのファイルを追加してください</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>メモの検証</translation>
    </message>
    <message>
        <source>Looking for keys on smart cards and tokens…</source>
        <translation>スマートカードとトークン上の鍵を探しています…</translation>
    </message>
    <message>
        <source>Issued {reference} ({stage}).</source>
        <translation>{reference} を発行しました({stage})。</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>何も発行されませんでした。</translation>
    </message>
    <message>
        <source>The memo was not issued</source>
        <translation>メモは発行されませんでした</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <source>Export memo</source>
        <translation>メモのエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The memo was not exported</source>
        <translation>メモはエクスポートされませんでした</translation>
    </message>
    <message>
        <source>Memo exported</source>
        <translation>メモをエクスポートしました</translation>
    </message>
    <message>
        <source>{reference} was written to {path}.</source>
        <translation>{reference} を {path} に書き込みました。</translation>
    </message>
</context>
<context>
    <name>MemoViewer</name>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Loading the memo…</source>
        <translation>メモを読み込んでいます…</translation>
    </message>
    <message>
        <source>Memo reference and stage</source>
        <translation>メモの参照番号と段階</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>署名を確認しています…</translation>
    </message>
    <message>
        <source>Verification badge</source>
        <translation>検証バッジ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export this memo to a PDF file</source>
        <translation>このメモを PDF ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Memo pages</source>
        <translation>メモのページ</translation>
    </message>
    <message>
        <source>Memo {reference}</source>
        <translation>メモ {reference}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>{count} ページ中 {number} ページ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot show this memo:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;このメモを表示できません:&lt;/b&gt; {error}</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign as the drafting official, then countersign as the minister</source>
        <translation>起案担当者として署名し、続いて大臣として副署する</translation>
    </message>
    <message>
        <source>Sign as the drafting official only (the minister countersigns later)</source>
        <translation>起案担当者としてのみ署名する(大臣は後で副署)</translation>
    </message>
    <message>
        <source>Issue unsigned (sign later)</source>
        <translation>未署名で発行する(後で署名)</translation>
    </message>
    <message>
        <source>Sign the memo</source>
        <translation>メモへの署名</translation>
    </message>
    <message>
        <source>Issue the decision memo</source>
        <translation>決定メモの発行</translation>
    </message>
    <message>
        <source>Drafting official</source>
        <translation>起案担当者</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>大臣</translation>
    </message>
    <message>
        <source>Next signer</source>
        <translation>次の署名者</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>lock after this memo</source>
        <translation>このメモの後にロック</translation>
    </message>
    <message>
        <source>Keep the signing keys unlocked for this many minutes</source>
        <translation>署名鍵をロック解除したままにする時間(分)</translation>
    </message>
    <message>
        <source>Keep signing keys unlocked for</source>
        <translation>署名鍵のロック解除を保持する時間</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Language of the memo</source>
        <translation>メモの言語</translation>
    </message>
    <message>
        <source>Second language of a bilingual memo</source>
        <translation>二言語メモの第二言語</translation>
    </message>
    <message>
        <source>Memo &amp;language:</source>
        <translation>メモの言語(&amp;L):</translation>
    </message>
    <message>
        <source>bilin&amp;gual with:</source>
        <translation>併記する言語(&amp;G):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record. Keys stay in their files; an unlocked key is held only by the memo helper process, for the time set below, and locked again when the window closes or with Record &gt; Lock signing keys.</source>
        <translation>メモは確定済みの記録から作成されます。鍵はファイル内にとどまり、ロック解除された鍵は下で設定した時間だけメモ補助プロセスが保持します。ウィンドウを閉じるか、記録 &gt; 署名鍵のロック で再びロックされます。</translation>
    </message>
    <message>
        <source>Choose a signing identity</source>
        <translation>署名用IDの選択</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>ID (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the identity file and passphrase of: {signers}.</source>
        <translation>次の署名者のIDファイルとパスフレーズを入力してください: {signers}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The drafting official and the minister must be two different people: choose the minister&apos;s own identity file.</source>
        <translation>起案担当者と大臣は別の人物でなければなりません。大臣本人のIDファイルを選択してください。</translation>
    </message>
    <message>
        <source>{signer}: {why} ({name}). Type it again.</source>
        <translation>{signer}: {why}({name})。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>SigningKeysStatus</name>
    <message>
        <source>Signing keys unlocked</source>
        <translation>ロック解除中の署名鍵</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Lock the signing keys now</source>
        <translation>署名鍵を今すぐロック</translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: {count} (the first locks in %n min)</source>
        <translation>
            <numerusform>ロック解除中の署名鍵: {count}(最初の鍵はあと %n 分でロック)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: 1 (locks in %n min)</source>
        <translation>
            <numerusform>ロック解除中の署名鍵: 1(あと %n 分でロック)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: unlocked for %n more min</source>
        <translation>
            <numerusform>{name}: あと %n 分間ロック解除</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock them now with Record &gt; Lock signing keys (Ctrl+L).</source>
        <translation>今すぐロックするには 記録 &gt; 署名鍵のロック(Ctrl+L)を使用してください。</translation>
    </message>
</context>
</TS>
