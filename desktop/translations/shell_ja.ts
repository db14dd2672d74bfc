<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Verify the whole archive</source>
        <translation>アーカイブ全体の検証</translation>
    </message>
    <message>
        <source>Recomputes the audit chain and checks every stored memo: its bytes against its SHA-256, its signatures against the record and the trust roots, and the audit head printed on it against the chain. Nothing is changed.</source>
        <translation>監査チェーンを再計算し、保存されているすべてのメモを検査します。バイト列をその SHA-256 と、署名を記録および信頼ルートと、メモに印字された監査ヘッドをチェーンと照合します。何も変更されません。</translation>
    </message>
    <message>
        <source>Archive check status</source>
        <translation>アーカイブ検査の状況</translation>
    </message>
    <message>
        <source>Archive check progress</source>
        <translation>アーカイブ検査の進捗</translation>
    </message>
    <message>
        <source>Problems found in the archive</source>
        <translation>アーカイブで見つかった問題</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop checking the archive</source>
        <translation>アーカイブの検査を中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>監査チェーンを検査しています…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Checked {done} of {total} stored memos…</source>
        <translation>保存済みメモ {total} 件中 {done} 件を検査しました…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memo</source>
        <translation>
            <numerusform>保存済みメモ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memos</source>
        <translation>
            <numerusform>保存済みメモ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ {entries}と{memos}を検査し、%n 件の問題が見つかりました:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problems found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ {entries}と{memos}を検査し、%n 件の問題が見つかりました:</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} audit entries</source>
        <translation>監査エントリ {count} 件</translation>
    </message>
    <message>
        <source>✔ The archive is intact: {entries} and {memos} checked; no problems found.</source>
        <translation>✔ アーカイブは完全です。{entries}と{memos}を検査し、問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Stopped: the archive was not checked in full.</source>
        <translation>中止しました。アーカイブはすべては検査されていません。</translation>
    </message>
    <message>
        <source>The archive could not be checked: {error}</source>
        <translation>アーカイブを検査できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Bundle exported</source>
        <translation>バンドルをエクスポートしました</translation>
    </message>
    <message>
        <source>Written and signed: {path}</source>
        <translation>書き出して署名しました: {path}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation>バンドルはインポートされませんでした</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>インポートするものはありません</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>バンドルをインポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Problems the check found: %n. Nothing was written.</source>
        <translation>
            <numerusform>検査で見つかった問題: %n 件。何も書き込まれていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This record already holds every assessment of the bundle (%n); nothing was written.</source>
        <translation>
            <numerusform>この記録にはバンドルのすべての評価(%n 件)がすでにあります。何も書き込まれていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments imported: %n, from record {origin}…, exported by {signer}.</source>
        <translation>
            <numerusform>インポートした評価: %n 件(記録 {origin}… から、エクスポート者 {signer})。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already held here: %n.</source>
        <translation>
            <numerusform>既にこの記録にあるもの: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>バンドルのエクスポート</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>バンドルをエクスポートしています</translation>
    </message>
    <message>
        <source>Unlocking your identity</source>
        <translation>IDのロックを解除しています</translation>
    </message>
    <message>
        <source>Reading and signing the cases</source>
        <translation>案件を読み取り、署名しています</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>バンドルはエクスポートされませんでした</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>バンドルのインポート</translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation>バンドルをインポートしています</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>バンドルのエクスポート</translation>
    </message>
    <message>
        <source>The chosen assessment, with all its revisions: {title}</source>
        <translation>選択した評価(すべての改訂を含む): {title}</translation>
    </message>
    <message>
        <source>The whole record (every assessment)</source>
        <translation>記録全体(すべての評価)</translation>
    </message>
    <message>
        <source>The chosen assessment (none is open or selected)</source>
        <translation>選択した評価(開いている評価も選択中の評価もありません)</translation>
    </message>
    <message>
        <source>Identity file that signs the bundle</source>
        <translation>バンドルに署名するIDファイル</translation>
    </message>
    <message>
        <source>your identity file (.p12)</source>
        <translation>IDファイル(.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>IDのパスフレーズ</translation>
    </message>
    <message>
        <source>The bundle carries the cases, their decisions, dissents, notes, outcomes and memos as stored, with this record&apos;s whole audit chain (so the receiver can check every row), signed by you. Anyone who receives it can read the titles and authors of every case in the chain.</source>
        <translation>バンドルには、案件とその決定、反対意見、注記、結果、メモが保存されたままの形で含まれ、この記録の監査チェーン全体(受領者が各行を検証できるように)とともに、あなたの署名が付されます。受け取った人は、チェーン内のすべての案件の題名と作成者を読むことができます。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>署名用IDを選択</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>cancelled before anything was written</source>
        <translation>何も書き込まれる前に取り消されました</translation>
    </message>
</context>
<context>
    <name>BundleSteps</name>
    <message>
        <source>Checking the bundle&apos;s signature</source>
        <translation>バンドルの署名を検証しています</translation>
    </message>
    <message>
        <source>Checking the audit chain</source>
        <translation>監査チェーンを検証しています</translation>
    </message>
    <message>
        <source>Checking the cases against it</source>
        <translation>案件をチェーンと照合しています</translation>
    </message>
    <message>
        <source>Comparing with this record</source>
        <translation>この記録と比較しています</translation>
    </message>
    <message>
        <source>Writing the cases</source>
        <translation>案件を書き込んでいます</translation>
    </message>
    <message>
        <source>Indexing the cases for search</source>
        <translation>検索用に案件を索引付けしています</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>確定しています</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Case files (*.yaml *.yml)</source>
        <translation>案件ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>案件ファイルのインポート</translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation>案件ファイルはインポートされませんでした</translation>
    </message>
    <message>
        <source>The example cases were not opened</source>
        <translation>サンプル案件は開かれませんでした</translation>
    </message>
    <message>
        <source>Export a case file</source>
        <translation>案件ファイルのエクスポート</translation>
    </message>
    <message>
        <source>Select an assessment in History, or open one, then export it.</source>
        <translation>履歴で評価を選択するか評価を開いてから、エクスポートしてください。</translation>
    </message>
    <message>
        <source>The case file was not exported</source>
        <translation>案件ファイルはエクスポートされませんでした</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>{path}: too large to be a certificate (a CA certificate is a few kilobytes); choose the certificate file (.pem, .crt, .cer or .der)</source>
        <translation>{path}: 証明書としては大きすぎます(CA 証明書は数キロバイトです)。証明書ファイル(.pem、.crt、.cer または .der)を選択してください</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: 読み取れません({reason})</translation>
    </message>
    <message>
        <source>this is a signing identity (PKCS#12, with a private key), not a certificate; choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>これは証明書ではなく署名用ID(秘密鍵を含む PKCS#12)です。認証局の証明書(.pem、.crt または .cer)を選択してください</translation>
    </message>
    <message>
        <source>this file holds a private key, not a certificate; keep it private and choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>このファイルには証明書ではなく秘密鍵が含まれています。秘密に保管し、認証局の証明書(.pem、.crt または .cer)を選択してください</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER expected)</source>
        <translation>X.509 証明書ではありません(PEM または DER が必要です)</translation>
    </message>
</context>
<context>
    <name>ChainStatus</name>
    <message>
        <source>Audit chain: checking…</source>
        <translation>監査チェーン: 検査中…</translation>
    </message>
    <message>
        <source>Audit chain state</source>
        <translation>監査チェーンの状態</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: intact (%n entries)</source>
        <translation>
            <numerusform>監査チェーン: 完全(%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at entry {entry}: {problem}</source>
        <translation>監査チェーン: エントリ {entry} で破損: {problem}</translation>
    </message>
    <message>
        <source>Audit chain: could not be checked ({error})</source>
        <translation>監査チェーン: 検査できませんでした({error})</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Concert Desk hit an unexpected problem. Everything you entered before it has been saved, and you can carry on working.

{summary}

A report was written to {log}.</source>
        <translation>Concert Desk で予期しない問題が発生しました。それまでに入力された内容はすべて保存されており、作業を続けることができます。

{summary}

報告を {log} に書き込みました。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy error details to the clipboard</source>
        <translation>エラーの詳細をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Signing identities</source>
        <translation>署名用ID</translation>
    </message>
    <message>
        <source>Name on the TEST identity</source>
        <translation>テスト用IDの氏名</translation>
    </message>
    <message>
        <source>Role the TEST identity grants</source>
        <translation>テスト用IDが付与する役割</translation>
    </message>
    <message>
        <source>Passphrase of the new identity</source>
        <translation>新しいIDのパスフレーズ</translation>
    </message>
    <message>
        <source>The new identity&apos;s passphrase again</source>
        <translation>新しいIDのパスフレーズ(確認)</translation>
    </message>
    <message>
        <source>Passphrase of the test CA&apos;s key</source>
        <translation>テスト用CAの鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>set now if the test CA is new</source>
        <translation>テスト用CAが新規の場合はここで設定</translation>
    </message>
    <message>
        <source>Create &amp;TEST identity</source>
        <translation>テスト用IDを作成(&amp;T)</translation>
    </message>
    <message>
        <source>A TEST identity, for trying the app (never for real decisions)</source>
        <translation>テスト用ID(アプリの試用のみ。実際の決定には使用しないでください)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>役割(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>パスフレーズ(確認)(&amp;A)</translation>
    </message>
    <message>
        <source>Test CA&apos;s &amp;key passphrase</source>
        <translation>テスト用CAの鍵のパスフレーズ(&amp;K)</translation>
    </message>
    <message>
        <source>Identity file to import</source>
        <translation>インポートするIDファイル</translation>
    </message>
    <message>
        <source>the .p12 file from your security office</source>
        <translation>セキュリティ担当部署から受け取った .p12 ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the identity file to import</source>
        <translation>インポートするIDファイルを選択</translation>
    </message>
    <message>
        <source>Passphrase of the identity file to import</source>
        <translation>インポートするIDファイルのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>An identity file issued to you</source>
        <translation>あなたに発行されたIDファイル</translation>
    </message>
    <message>
        <source>Identity &amp;file</source>
        <translation>IDファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Its pa&amp;ssphrase</source>
        <translation>そのパスフレーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Key on a smart card or token</source>
        <translation>スマートカードまたはトークン上の鍵</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>この鍵を使用(&amp;U)</translation>
    </message>
    <message>
        <source>A key on your smart card or token</source>
        <translation>スマートカードまたはトークン上の鍵</translation>
    </message>
    <message>
        <source>Token ke&amp;y</source>
        <translation>トークンの鍵(&amp;Y)</translation>
    </message>
    <message>
        <source>Make it my &amp;default signing identity</source>
        <translation>既定の署名用IDにする(&amp;D)</translation>
    </message>
    <message>
        <source>What was done, or why not</source>
        <translation>実行した内容、または実行しなかった理由</translation>
    </message>
    <message>
        <source>Identity files are kept in {folder}, readable by you only; a file there is never replaced. The record accepts a signature only from an identity issued by one of its trust roots (Record &gt; Trust roots…) for the signer&apos;s role.</source>
        <translation>IDファイルは {folder} に保管され、あなただけが読み取れます。そこにあるファイルが置き換えられることはありません。記録は、信頼ルート(記録 &gt; 信頼ルート…)のいずれかが署名者の役割に対して発行したIDによる署名のみを受け付けます。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new identity&apos;s passphrase again.</source>
        <translation>2つのパスフレーズが一致しません。新しいIDのパスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Created {path}: a TEST identity of {name} as {role}. To sign with it, this record must trust the test CA ({ca}) under Record &gt; Trust roots….</source>
        <translation>{path} を作成しました: {role}としての {name} のテスト用IDです。これで署名するには、この記録が 記録 &gt; 信頼ルート… でテスト用CA({ca})を信頼している必要があります。</translation>
    </message>
    <message>
        <source>Choose the identity file to import.</source>
        <translation>インポートするIDファイルを選択してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>Imported the identity of {name}, {roles}, as {path}.</source>
        <translation>{name}({roles})のIDを {path} としてインポートしました。</translation>
    </message>
    <message>
        <source>Chosen: {key}.</source>
        <translation>選択しました: {key}。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>何も書き込まれませんでした: {reason}</translation>
    </message>
    <message>
        <source> To make it your default signing identity, give your name under File &gt; Profile… first.</source>
        <translation>既定の署名用IDにするには、まず ファイル &gt; プロファイル… で氏名を入力してください。</translation>
    </message>
    <message>
        <source> It is now your default signing identity.</source>
        <translation>これが既定の署名用IDになりました。</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>ID (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source> (process {pid} on {host})</source>
        <translation>(ホスト {host} のプロセス {pid})</translation>
    </message>
    <message>
        <source>Concert Desk is already open on this database{holder}. Switch to that window, or close it first.</source>
        <translation>Concert Desk はこのデータベースですでに開かれています{holder}。そのウィンドウに切り替えるか、先に閉じてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新規評価</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟国</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>信頼ルート</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>見直し期限の条件</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>予測の検証</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Concert Desk</source>
        <translation>Concert Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>記録を開いています…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>記録を開いています</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>開いている評価はありません</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>データベース: 開いています…</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>使用中のデータベース</translation>
    </message>
    <message>
        <source>Opening check: running…</source>
        <translation>起動時の検査: 実行中…</translation>
    </message>
    <message>
        <source>Checks made on opening the record</source>
        <translation>記録を開く際に行う検査</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>案件ファイルをエクスポートしました</translation>
    </message>
    <message>
        <source>The case file was written to {path}.</source>
        <translation>案件ファイルを {path} に書き込みました。</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>データベース: {name}</translation>
    </message>
    <message>
        <source>The open assessment</source>
        <translation>開いている評価</translation>
    </message>
    <message>
        <source>What-if scenario</source>
        <translation>仮定シナリオ</translation>
    </message>
    <message>
        <source>Open an assessment first: the scenario starts from its answers.</source>
        <translation>まず評価を開いてください。シナリオはその回答から始まります。</translation>
    </message>
    <message>
        <source>Verify a memo file</source>
        <translation>メモファイルの検証</translation>
    </message>
    <message>
        <source>Memos (*.pdf)</source>
        <translation>メモ (*.pdf)</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>メモの検証</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>About Concert Desk</source>
        <translation>Concert Desk について</translation>
    </message>
    <message>
        <source>Database: {name} · {login}</source>
        <translation>データベース: {name} · {login}</translation>
    </message>
    <message>
        <source>{database} — ⚠ not your profile&apos;s name</source>
        <translation>{database} — ⚠ プロファイルの氏名と異なります</translation>
    </message>
    <message>
        <source>{status} — writes refused</source>
        <translation>{status} — 書き込み拒否中</translation>
    </message>
    <message>
        <source>The record was rolled back</source>
        <translation>記録が巻き戻されました</translation>
    </message>
    <message>
        <source>Accept the record as it is now</source>
        <translation>現在の状態の記録を受け入れる</translation>
    </message>
    <message>
        <source>The record needs attention</source>
        <translation>記録に確認が必要です</translation>
    </message>
    <message>
        <source>Verify the archive now</source>
        <translation>今すぐアーカイブを検証</translation>
    </message>
    <message>
        <source>Accept the record</source>
        <translation>記録の受け入れ</translation>
    </message>
    <message>
        <source>Opening check: ⚠ could not run</source>
        <translation>起動時の検査: ⚠ 実行できませんでした</translation>
    </message>
    <message>
        <source>The record could not be checked</source>
        <translation>記録を検査できませんでした</translation>
    </message>
    <message>
        <source>The checks made on opening could not run: {message}

You can carry on working; verify the whole archive (Record menu) when the database is reachable.</source>
        <translation>起動時の検査を実行できませんでした: {message}

作業は続けられます。データベースに接続できるようになったら、アーカイブ全体を検証してください(記録メニュー)。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>{version} (from source)</source>
        <translation>{version}(ソースから実行)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Concert Desk {version}
Legitimacy assessments of joint actions, decisions and signed decision memos.

Database: {database} ({engine})

Python {python}, PySide6 {pyside}
Works offline: the app never makes a network connection.</source>
        <translation>Concert Desk {version}
共同行動の正当性評価、決定、および署名済みの決定メモ。

データベース: {database}({engine})

Python {python}、PySide6 {pyside}
オフラインで動作します。このアプリがネットワークに接続することはありません。</translation>
    </message>
    <message>
        <source>Next step of an assessment</source>
        <translation>評価の次のステップ</translation>
    </message>
    <message>
        <source>Previous step of an assessment</source>
        <translation>評価の前のステップ</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>判定パネルの表示/非表示</translation>
    </message>
    <message>
        <source>Member positions: move, select rows</source>
        <translation>加盟国の立場: 移動、行の選択</translation>
    </message>
    <message>
        <source>Member positions: endorse, oppose, abstain, not consulted (selected rows)</source>
        <translation>加盟国の立場: 支持、反対、棄権、未協議(選択した行)</translation>
    </message>
    <message>
        <source>Member positions: no position (selected rows)</source>
        <translation>加盟国の立場: 立場なし(選択した行)</translation>
    </message>
    <message>
        <source>Down (in History&apos;s search)</source>
        <translation>Down(履歴の検索欄で)</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>結果へ移動</translation>
    </message>
    <message>
        <source>Enter (in History&apos;s results)</source>
        <translation>Enter(履歴の結果で)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>選択した評価を開く</translation>
    </message>
    <message>
        <source>Memo viewer: scroll the pages</source>
        <translation>メモビューアー: ページのスクロール</translation>
    </message>
    <message>
        <source>Memo viewer: zoom</source>
        <translation>メモビューアー: ズーム</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+下線付きの文字</translation>
    </message>
    <message>
        <source>The control or menu whose label has that letter underlined</source>
        <translation>ラベルでその文字に下線が引かれたコントロールまたはメニュー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新規評価(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>新しい評価を開始します</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>案件ファイルのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Create a draft from a case file (YAML)</source>
        <translation>案件ファイル(YAML)から下書きを作成します</translation>
    </message>
    <message>
        <source>&amp;Export case file…</source>
        <translation>案件ファイルのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment as a case file</source>
        <translation>開いている評価または選択した評価を案件ファイルとして書き出します</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>バンドルのインポート(&amp;U)…</translation>
    </message>
    <message>
        <source>Check a bundle another record exported, then add the cases it carries with their proof</source>
        <translation>他の記録がエクスポートしたバンドルを検証し、含まれる案件をその証跡とともに追加します</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>バンドルのエクスポート(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment, or the whole record, as one signed bundle with its audit chain</source>
        <translation>開いている評価または選択中の評価、あるいは記録全体を、監査チェーン付きの署名済みバンドル1つとして書き出します</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, role, unit and default signing identity, recorded with each change and printed on the memos you issue</source>
        <translation>氏名、役割、所属部署、既定の署名用ID。各変更とともに記録され、発行するメモに印字されます</translation>
    </message>
    <message>
        <source>&amp;Signing identities…</source>
        <translation>署名用ID(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a TEST identity, import your identity file or choose a key on your smart card, and make it your default</source>
        <translation>テスト用IDの作成、IDファイルのインポート、またはスマートカード上の鍵の選択を行い、既定として設定します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Concert Desk (nothing is lost)</source>
        <translation>Concert Desk を終了します(何も失われません)</translation>
    </message>
    <message>
        <source>Verify a &amp;memo file…</source>
        <translation>メモファイルの検証(&amp;M)…</translation>
    </message>
    <message>
        <source>Check the signatures of a memo PDF and compare it with the record</source>
        <translation>メモ PDF の署名を検査し、記録と照合します</translation>
    </message>
    <message>
        <source>Verify the whole &amp;archive…</source>
        <translation>アーカイブ全体の検証(&amp;A)…</translation>
    </message>
    <message>
        <source>Check the audit chain and every stored memo</source>
        <translation>監査チェーンと保存済みのすべてのメモを検査します</translation>
    </message>
    <message>
        <source>&amp;Trust roots…</source>
        <translation>信頼ルート(&amp;T)…</translation>
    </message>
    <message>
        <source>The certification authorities whose signers are trusted</source>
        <translation>その署名者が信頼される認証局</translation>
    </message>
    <message>
        <source>&amp;Lock signing keys</source>
        <translation>署名鍵のロック(&amp;L)</translation>
    </message>
    <message>
        <source>Forget the signing keys unlocked in this session; the next memo asks for the passphrases again</source>
        <translation>このセッションでロック解除した署名鍵を破棄します。次のメモでは再度パスフレーズを求められます</translation>
    </message>
    <message>
        <source>&amp;What-if scenario…</source>
        <translation>仮定シナリオ(&amp;W)…</translation>
    </message>
    <message>
        <source>Try other answers and member positions on the open assessment, beside the record (nothing is changed)</source>
        <translation>開いている評価で、記録と並べて別の回答や加盟国の立場を試します(何も変更されません)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>加盟国(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>プレイブック(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Conditions due</source>
        <translation>見直し期限の条件(&amp;C)</translation>
    </message>
    <message>
        <source>Conditions of standing approvals whose review is due</source>
        <translation>見直し期限が来ている、有効な承認の条件</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>予測の検証(&amp;R)</translation>
    </message>
    <message>
        <source>How well past likelihood calls matched what happened, and the calls due to be judged</source>
        <translation>過去の可能性の判断が実際の結果とどの程度一致したか、および判定待ちの判断</translation>
    </message>
    <message>
        <source>&amp;Search history</source>
        <translation>履歴の検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Concert Desk</source>
        <translation>Concert Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>How to assess, decide, sign and check, shipped with the app</source>
        <translation>評価、決定、署名、検証の方法(アプリに同梱)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>ウィンドウが反応するすべてのキー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OpeningCheckWords</name>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problem</source>
        <translation>
            <numerusform>起動時の検査: ⚠ 問題 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problems</source>
        <translation>
            <numerusform>起動時の検査: ⚠ 問題 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>Opening check: ✔ sound</source>
        <translation>起動時の検査: ✔ 正常</translation>
    </message>
    <message>
        <source>Quick integrity check passed; the audit chain (entry {entry}) continues the one this installation saw last.</source>
        <translation>簡易整合性検査に合格しました。監査チェーン(エントリ {entry})は、このインストールが前回確認したチェーンの続きです。</translation>
    </message>
    <message>
        <source>The checks made when the record was opened found a problem with {database}:

{problems}

You can carry on working: nothing was changed and nothing is blocked. But tell the official responsible for the record, and verify the whole archive (Record menu) to see whether any memo or audit entry was altered. This warning comes back at every opening until they have looked into it and accepted the record as it is now (python main.py audit verify --accept-head).

Verify the whole archive now?</source>
        <translation>記録を開く際の検査で、{database} に問題が見つかりました:

{problems}

作業は続けられます。何も変更されておらず、何もブロックされていません。ただし、記録の責任者に知らせ、アーカイブ全体を検証して(記録メニュー)、メモや監査エントリが改変されていないか確認してください。責任者が調査し、現在の状態の記録を受け入れるまで(python main.py audit verify --accept-head)、この警告は開くたびに表示されます。

今すぐアーカイブ全体を検証しますか?</translation>
    </message>
    <message>
        <source>The record {database} is not the one this installation saw last:

{problems}

Until someone responsible for the record has looked into it, nothing can be saved, decided or issued: anything written on top would bury what happened, and a memo issued now could repeat one issued before. You can still read, search and verify (Record &gt; Verify the whole archive; memo files exported before can be checked against it with `main.py audit verify --archive --memos DIR`).

Accept the record as it is now, and allow writes again?</source>
        <translation>記録 {database} は、このインストールが前回確認した記録と異なります:

{problems}

記録の責任者が調査するまで、保存、決定、発行はできません。上書きすると経緯が埋もれてしまい、今発行するメモが以前に発行したメモと重複するおそれがあります。閲覧、検索、検証は引き続き行えます(記録 &gt; アーカイブ全体の検証。以前にエクスポートしたメモファイルは `main.py audit verify --archive --memos DIR` で照合できます)。

現在の状態の記録を受け入れ、書き込みを再び許可しますか?</translation>
    </message>
    <message>
        <source>Memo reference: {reference}</source>
        <translation>メモの参照番号: {reference}</translation>
    </message>
    <message>
        <source>No memo reference in the file.</source>
        <translation>ファイルにメモの参照番号がありません。</translation>
    </message>
</context>
<context>
    <name>RecordOpening</name>
    <message>
        <source>the record could not be opened: {error}</source>
        <translation>記録を開けませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to the drafter</source>
        <translation>起案者への差し戻し</translation>
    </message>
    <message>
        <source>Comment to the drafter</source>
        <translation>起案者へのコメント</translation>
    </message>
    <message>
        <source>What the drafter should change, and why</source>
        <translation>起案者が変更すべき点とその理由</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>差し戻す</translation>
    </message>
    <message>
        <source>Return the draft with this comment (kept in the record)</source>
        <translation>このコメントを付けて下書きを差し戻す(記録に保存されます)</translation>
    </message>
    <message>
        <source>“{title}” goes back to its drafter with your comment. The comment is kept in the record and cannot be changed later.</source>
        <translation>「{title}」をコメント付きで起案者に差し戻します。コメントは記録に保存され、後から変更することはできません。</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>コメント(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; {stage}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;段階:&lt;/b&gt; {stage}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Routing&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;回付&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} {done} by {actor}</source>
        <translation>{when} {done}({actor})</translation>
    </message>
    <message>
        <source>Stage: {stage} by {actor} on {when}: “{comment}”</source>
        <translation>段階: {stage}({actor}、{when}):「{comment}」</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>段階: {stage}</translation>
    </message>
</context>
<context>
    <name>RoutingBar</name>
    <message>
        <source>Routing stage</source>
        <translation>回付の段階</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>レビューに提出(&amp;U)</translation>
    </message>
    <message>
        <source>Submit this draft for review</source>
        <translation>この下書きをレビューに提出</translation>
    </message>
    <message>
        <source>Pa&amp;ss to the minister</source>
        <translation>大臣に回付(&amp;S)</translation>
    </message>
    <message>
        <source>Pass this draft to the minister</source>
        <translation>この下書きを大臣に回付</translation>
    </message>
    <message>
        <source>Re&amp;turn to the drafter…</source>
        <translation>起案者に差し戻す(&amp;T)…</translation>
    </message>
    <message>
        <source>Return this draft to its drafter with a comment</source>
        <translation>この下書きをコメント付きで起案者に差し戻す</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>回付されませんでした</translation>
    </message>
</context>
<context>
    <name>RoutingWords</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>起案中（審査に未提出）</translation>
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
        <translation>大臣決裁待ち</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>superseded by a later revision</source>
        <translation>後の改訂により失効</translation>
    </message>
    <message>
        <source>passed to the minister</source>
        <translation>大臣に回付</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>What-if scenario</source>
        <translation>仮定シナリオ</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>Scenario of</source>
        <translation>シナリオの対象</translation>
    </message>
    <message>
        <source>A sandbox: change answers and member positions on the left. Nothing here changes the record&apos;s answers, its verdict or the audit chain.</source>
        <translation>サンドボックスです。左側で回答や加盟国の立場を変更してください。ここでの操作によって記録の回答、判定、監査チェーンが変更されることはありません。</translation>
    </message>
    <message>
        <source>Scenario problem</source>
        <translation>シナリオの問題</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Scenario answers</source>
        <translation>シナリオの回答</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>加盟国</translation>
    </message>
    <message>
        <source>Scenario member positions</source>
        <translation>シナリオにおける加盟国の立場</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>回答(&amp;A)</translation>
    </message>
    <message>
        <source>Member &amp;positions</source>
        <translation>加盟国の立場(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset to the record</source>
        <translation>記録に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>記録を読み込んでいます…</translation>
    </message>
    <message>
        <source>Verdict, record and scenario</source>
        <translation>判定(記録とシナリオ)</translation>
    </message>
    <message>
        <source>Changes that flip the verdict</source>
        <translation>判定を覆す変更</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Criteria, record and scenario</source>
        <translation>基準(記録とシナリオ)</translation>
    </message>
    <message>
        <source>What it would take</source>
        <translation>必要な条件</translation>
    </message>
    <message>
        <source>Try &amp;these endorsements</source>
        <translation>これらの支持を試す(&amp;T)</translation>
    </message>
    <message>
        <source>Set the members named above to endorse in the scenario</source>
        <translation>上記の加盟国をシナリオで支持に設定します</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Seed of the draws</source>
        <translation>試行のシード</translation>
    </message>
    <message>
        <source>&amp;Draw the likelihoods</source>
        <translation>可能性を抽出(&amp;D)</translation>
    </message>
    <message>
        <source>Each likelihood answer drawn within its ICD 203 range; the same seed gives the same shares</source>
        <translation>各可能性の回答を ICD 203 の範囲内で抽出します。同じシードからは同じ割合が得られます</translation>
    </message>
    <message>
        <source>Likelihood draws</source>
        <translation>可能性の抽出</translation>
    </message>
    <message>
        <source>Dra&amp;ws:</source>
        <translation>試行回数(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <source>Scenario beside the record</source>
        <translation>記録と並べたシナリオ</translation>
    </message>
    <message>
        <source>Save as &amp;note</source>
        <translation>メモとして保存(&amp;N)</translation>
    </message>
    <message>
        <source>Keep this scenario&apos;s summary as a note on the case (answers, verdict and decision stay as they are)</source>
        <translation>このシナリオの要約を案件の注記として保存します(回答、判定、決定はそのまま変わりません)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>決定済み: {decision}</translation>
    </message>
    <message>
        <source>What-if on {title} ({state})</source>
        <translation>{title} の仮定({state})</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Expected: {expected}; empty for unanswered</source>
        <translation>想定される値: {expected}。未回答の場合は空欄</translation>
    </message>
    <message>
        <source>Scenario position of {member}</source>
        <translation>シナリオにおける {member} の立場</translation>
    </message>
    <message>
        <source>“{question}”: “{text}” is not an answer (expected {expected}; empty for unanswered)</source>
        <translation>「{question}」: 「{text}」は回答として無効です(想定される値: {expected}。未回答の場合は空欄)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Verdict: record &lt;b&gt;{record}&lt;/b&gt; · scenario &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt; ({changed})</source>
        <translation>判定: 記録 &lt;b&gt;{record}&lt;/b&gt; · シナリオ &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt;({changed})</translation>
    </message>
    <message>
        <source>The playbook asks no member positions.</source>
        <translation>このプレイブックでは加盟国の立場を問いません。</translation>
    </message>
    <message>
        <source>{status} {score}</source>
        <translation>{status} {score}</translation>
    </message>
    <message>
        <source>{status} {score} ({margin})</source>
        <translation>{status} {score}（{margin}）</translation>
    </message>
    <message>
        <source>Changes tried: none (the record as it stands).</source>
        <translation>試した変更: なし(記録のとおり)。</translation>
    </message>
    <message>
        <source>none alone (only together, if at all)</source>
        <translation>単独ではなし(組み合わせた場合のみ、あるとすれば)</translation>
    </message>
    <message>
        <source>Changes tried:&lt;br&gt;{changes}&lt;br&gt;Alone flipping the verdict: &lt;b&gt;{flips}&lt;/b&gt;</source>
        <translation>試した変更:&lt;br&gt;{changes}&lt;br&gt;単独で判定を覆すもの: &lt;b&gt;{flips}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawing {draws} times (seed {seed})…</source>
        <translation>{draws} 回試行しています(シード {seed})…</translation>
    </message>
    <message>
        <source>Scenario saved</source>
        <translation>シナリオを保存しました</translation>
    </message>
    <message>
        <source>The scenario was saved as a note on the case.</source>
        <translation>シナリオを案件の注記として保存しました。</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>シナリオの保存</translation>
    </message>
</context>
<context>
    <name>SigningRole</name>
    <message>
        <source>Drafting official</source>
        <translation>起案担当者</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>大臣</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>signed by a certificate this record does not trust. Ask your security officer whether it should be; if so, add the authority that issued it under Record &gt; Trust roots…</source>
        <translation>この記録が信頼していない証明書で署名されています。信頼すべきかどうかをセキュリティ担当者に確認し、信頼すべき場合は 記録 &gt; 信頼ルート… で発行元の認証局を追加してください</translation>
    </message>
    <message>
        <source>ask your security officer for the certificate of the authority that issues your ministry&apos;s signing identities, and add it under Record &gt; Trust roots…</source>
        <translation>省の署名用IDを発行する認証局の証明書をセキュリティ担当者から入手し、記録 &gt; 信頼ルート… で追加してください</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Concert Desk user guide</source>
        <translation>Concert Desk ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>Cannot start a revision</source>
        <translation>改訂を開始できません</translation>
    </message>
    <message>
        <source>The dissent was not recorded</source>
        <translation>反対意見は記録されませんでした</translation>
    </message>
</context>
</TS>
