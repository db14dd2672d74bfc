<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Badge</name>
    <message>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>NON intacte</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NON fiable</translation>
    </message>
    <message>
        <source>permitted</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>changes NOT permitted</source>
        <translation>modifications NON autorisées</translation>
    </message>
    <message>
        <source>{field}: {signer} — {states}</source>
        <translation>{field} : {signer} — {states}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>✘ Not a verifiable memo</source>
        <translation>✘ Note non vérifiable</translation>
    </message>
    <message>
        <source>Unsigned memo: sign it to make it official</source>
        <translation>Note non signée : signez-la pour la rendre officielle</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>✔ Valid: signed by {names}</source>
        <translation>✔ Valide : signée par {names}</translation>
    </message>
    <message>
        <source>✘ Not valid</source>
        <translation>✘ Non valide</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>{signer}: identity file</source>
        <translation>{signer} : fichier d&apos;identité</translation>
    </message>
    <message>
        <source>identity file (.p12)</source>
        <translation>fichier d&apos;identité (.p12)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>{signer}: choose the identity file</source>
        <translation>{signer} : choisir le fichier d&apos;identité</translation>
    </message>
    <message>
        <source>{signer}: passphrase</source>
        <translation>{signer} : phrase secrète</translation>
    </message>
    <message>
        <source>{signer}: whether the key is unlocked</source>
        <translation>{signer} : clé déverrouillée ou non</translation>
    </message>
    <message>
        <source>{signer}: key on a smart card or token</source>
        <translation>{signer} : clé sur une carte à puce ou un jeton</translation>
    </message>
    <message>
        <source>an identity file (above)</source>
        <translation>un fichier d&apos;identité (ci-dessus)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>or token key</source>
        <translation>ou clé de jeton</translation>
    </message>
    <message>
        <source>Passphrase / PIN</source>
        <translation>Phrase secrète / code PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minute: no passphrase needed.</source>
        <translation>
            <numerusform>{name} est déverrouillée pour encore %n minute : aucune phrase secrète n&apos;est nécessaire.</numerusform>
            <numerusform>{name} est déverrouillée pour encore %n minutes : aucune phrase secrète n&apos;est nécessaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is unlocked for %n more minutes: no passphrase needed.</source>
        <translation>
            <numerusform>{name} est déverrouillée pour encore %n minute : aucune phrase secrète n&apos;est nécessaire.</numerusform>
            <numerusform>{name} est déverrouillée pour encore %n minutes : aucune phrase secrète n&apos;est nécessaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed: the key is unlocked</source>
        <translation>inutile : la clé est déverrouillée</translation>
    </message>
</context>
<context>
    <name>IssueWorker</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>une erreur inattendue ; voir le rapport</translation>
    </message>
    <message>
        <source>Collecting the decided record…</source>
        <translation>Rassemblement du dossier décidé…</translation>
    </message>
    <message>
        <source>the playbook this assessment was decided under ({playbook} {version}) is neither installed nor kept in the record; add its file on the Playbooks page</source>
        <translation>le guide d&apos;évaluation sous lequel cette évaluation a été décidée ({playbook} {version}) n&apos;est ni installé ni conservé dans le registre ; ajoutez son fichier dans la page Guides d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>Vérification de la note</translation>
    </message>
    <message>
        <source>Looking for keys on smart cards and tokens…</source>
        <translation>Recherche de clés sur les cartes à puce et les jetons…</translation>
    </message>
    <message>
        <source>Issued {reference} ({stage}).</source>
        <translation>{reference} émise ({stage}).</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>Rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The memo was not issued</source>
        <translation>La note n&apos;a pas été émise</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <source>Export memo</source>
        <translation>Exporter la note</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The memo was not exported</source>
        <translation>La note n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>Memo exported</source>
        <translation>Note exportée</translation>
    </message>
    <message>
        <source>{reference} was written to {path}.</source>
        <translation>{reference} a été écrite dans {path}.</translation>
    </message>
</context>
<context>
    <name>MemoViewer</name>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Loading the memo…</source>
        <translation>Chargement de la note…</translation>
    </message>
    <message>
        <source>Memo reference and stage</source>
        <translation>Référence et stade de la note</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Contrôle des signatures…</translation>
    </message>
    <message>
        <source>Verification badge</source>
        <translation>Badge de vérification</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export this memo to a PDF file</source>
        <translation>Exporter cette note dans un fichier PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Memo pages</source>
        <translation>Pages de la note</translation>
    </message>
    <message>
        <source>Memo {reference}</source>
        <translation>Note {reference}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot show this memo:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Impossible d&apos;afficher cette note :&lt;/b&gt; {error}</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign as the drafting official, then countersign as the minister</source>
        <translation>Signer en tant qu&apos;agent rédacteur, puis contresigner en tant que ministre</translation>
    </message>
    <message>
        <source>Sign as the drafting official only (the minister countersigns later)</source>
        <translation>Signer uniquement en tant qu&apos;agent rédacteur (le ministre contresigne plus tard)</translation>
    </message>
    <message>
        <source>Issue unsigned (sign later)</source>
        <translation>Émettre sans signature (signer plus tard)</translation>
    </message>
    <message>
        <source>Sign the memo</source>
        <translation>Signer la note</translation>
    </message>
    <message>
        <source>Issue the decision memo</source>
        <translation>Émettre la note de décision</translation>
    </message>
    <message>
        <source>Drafting official</source>
        <translation>Agent rédacteur</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <source>Next signer</source>
        <translation>Signataire suivant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>lock after this memo</source>
        <translation>verrouiller après cette note</translation>
    </message>
    <message>
        <source>Keep the signing keys unlocked for this many minutes</source>
        <translation>Garder les clés de signature déverrouillées pendant ce nombre de minutes</translation>
    </message>
    <message>
        <source>Keep signing keys unlocked for</source>
        <translation>Garder les clés de signature déverrouillées pendant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Language of the memo</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>Second language of a bilingual memo</source>
        <translation>Seconde langue d’une note bilingue</translation>
    </message>
    <message>
        <source>Memo &amp;language:</source>
        <translation>&amp;Langue de la note :</translation>
    </message>
    <message>
        <source>bilin&amp;gual with:</source>
        <translation>bilin&amp;gue avec :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record. Keys stay in their files; an unlocked key is held only by the memo helper process, for the time set below, and locked again when the window closes or with Record &gt; Lock signing keys.</source>
        <translation>La note est produite à partir du dossier figé. Les clés restent dans leurs fichiers ; une clé déverrouillée n&apos;est détenue que par le processus auxiliaire des notes, pendant la durée fixée ci-dessous, puis verrouillée de nouveau à la fermeture de la fenêtre ou avec Registre &gt; Verrouiller les clés de signature.</translation>
    </message>
    <message>
        <source>Choose a signing identity</source>
        <translation>Choisir une identité de signature</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the identity file and passphrase of: {signers}.</source>
        <translation>Indiquez le fichier d&apos;identité et la phrase secrète de : {signers}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The drafting official and the minister must be two different people: choose the minister&apos;s own identity file.</source>
        <translation>L&apos;agent rédacteur et le ministre doivent être deux personnes différentes : choisissez le fichier d&apos;identité propre au ministre.</translation>
    </message>
    <message>
        <source>{signer}: {why} ({name}). Type it again.</source>
        <translation>{signer} : {why} ({name}). Saisissez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>SigningKeysStatus</name>
    <message>
        <source>Signing keys unlocked</source>
        <translation>Clés de signature déverrouillées</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the signing keys now</source>
        <translation>Verrouiller maintenant les clés de signature</translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: {count} (the first locks in %n min)</source>
        <translation>
            <numerusform>Clés de signature déverrouillées : {count} (la première se verrouille dans %n min)</numerusform>
            <numerusform>Clés de signature déverrouillées : {count} (la première se verrouille dans %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing keys unlocked: 1 (locks in %n min)</source>
        <translation>
            <numerusform>Clés de signature déverrouillées : 1 (se verrouille dans %n min)</numerusform>
            <numerusform>Clés de signature déverrouillées : 1 (se verrouille dans %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: unlocked for %n more min</source>
        <translation>
            <numerusform>{name} : déverrouillée pour encore %n min</numerusform>
            <numerusform>{name} : déverrouillée pour encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock them now with Record &gt; Lock signing keys (Ctrl+L).</source>
        <translation>Verrouillez-les maintenant avec Registre &gt; Verrouiller les clés de signature (Ctrl+L).</translation>
    </message>
</context>
</TS>
