<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Verify the whole archive</source>
        <translation>Vérifier l&apos;ensemble des archives</translation>
    </message>
    <message>
        <source>Recomputes the audit chain and checks every stored memo: its bytes against its SHA-256, its signatures against the record and the trust roots, and the audit head printed on it against the chain. Nothing is changed.</source>
        <translation>Recalcule la chaîne d&apos;audit et contrôle chaque note conservée : ses octets par rapport à son empreinte SHA-256, ses signatures par rapport au registre et aux racines de confiance, et la tête d&apos;audit qui y est imprimée par rapport à la chaîne. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Archive check status</source>
        <translation>État du contrôle des archives</translation>
    </message>
    <message>
        <source>Archive check progress</source>
        <translation>Avancement du contrôle des archives</translation>
    </message>
    <message>
        <source>Problems found in the archive</source>
        <translation>Problèmes relevés dans les archives</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop checking the archive</source>
        <translation>Arrêter le contrôle des archives</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Contrôle de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Checked {done} of {total} stored memos…</source>
        <translation>{done} notes conservées contrôlées sur {total}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memo</source>
        <translation>
            <numerusform>%Ln note conservée</numerusform>
            <numerusform>%Ln notes conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored memos</source>
        <translation>
            <numerusform>%Ln note conservée</numerusform>
            <numerusform>%Ln notes conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ %n problème relevé après contrôle de {entries} et de {memos} :</numerusform>
            <numerusform>⚠ %n problèmes relevés après contrôle de {entries} et de {memos} :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problems found after checking {entries} and {memos}:</source>
        <translation>
            <numerusform>⚠ %n problème relevé après contrôle de {entries} et de {memos} :</numerusform>
            <numerusform>⚠ %n problèmes relevés après contrôle de {entries} et de {memos} :</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} audit entries</source>
        <translation>{count} entrées d&apos;audit</translation>
    </message>
    <message>
        <source>✔ The archive is intact: {entries} and {memos} checked; no problems found.</source>
        <translation>✔ Les archives sont intactes : {entries} et {memos} contrôlées ; aucun problème relevé.</translation>
    </message>
    <message>
        <source>Stopped: the archive was not checked in full.</source>
        <translation>Arrêté : les archives n&apos;ont pas été contrôlées en totalité.</translation>
    </message>
    <message>
        <source>The archive could not be checked: {error}</source>
        <translation>Les archives n&apos;ont pas pu être contrôlées : {error}</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Bundle exported</source>
        <translation>Lot exporté</translation>
    </message>
    <message>
        <source>Written and signed: {path}</source>
        <translation>Écrit et signé : {path}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n de plus</numerusform>
            <numerusform>…et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation>Le lot n’a pas été importé</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Lot importé</translation>
    </message>
    <message numerus="yes">
        <source>Problems the check found: %n. Nothing was written.</source>
        <translation>
            <numerusform>Problèmes relevés par la vérification : %n. Rien n’a été écrit.</numerusform>
            <numerusform>Problèmes relevés par la vérification : %n. Rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This record already holds every assessment of the bundle (%n); nothing was written.</source>
        <translation>
            <numerusform>Ce registre contient déjà toutes les évaluations du lot (%n) ; rien n’a été écrit.</numerusform>
            <numerusform>Ce registre contient déjà toutes les évaluations du lot (%n) ; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments imported: %n, from record {origin}…, exported by {signer}.</source>
        <translation>
            <numerusform>Évaluations importées : %n, du registre {origin}…, exporté par {signer}.</numerusform>
            <numerusform>Évaluations importées : %n, du registre {origin}…, exporté par {signer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already held here: %n.</source>
        <translation>
            <numerusform>Déjà présentes ici : %n.</numerusform>
            <numerusform>Déjà présentes ici : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>Exportation du lot</translation>
    </message>
    <message>
        <source>Unlocking your identity</source>
        <translation>Déverrouillage de votre identité</translation>
    </message>
    <message>
        <source>Reading and signing the cases</source>
        <translation>Lecture et signature des dossiers</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Le lot n’a pas été exporté</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation>Importation du lot</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <source>The chosen assessment, with all its revisions: {title}</source>
        <translation>L’évaluation choisie, avec toutes ses révisions : {title}</translation>
    </message>
    <message>
        <source>The whole record (every assessment)</source>
        <translation>Le registre entier (toutes les évaluations)</translation>
    </message>
    <message>
        <source>The chosen assessment (none is open or selected)</source>
        <translation>L’évaluation choisie (aucune n’est ouverte ni sélectionnée)</translation>
    </message>
    <message>
        <source>Identity file that signs the bundle</source>
        <translation>Fichier d’identité qui signe le lot</translation>
    </message>
    <message>
        <source>your identity file (.p12)</source>
        <translation>votre fichier d’identité (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>Phrase secrète de l’identité</translation>
    </message>
    <message>
        <source>The bundle carries the cases, their decisions, dissents, notes, outcomes and memos as stored, with this record&apos;s whole audit chain (so the receiver can check every row), signed by you. Anyone who receives it can read the titles and authors of every case in the chain.</source>
        <translation>Le lot contient les dossiers, leurs décisions, opinions divergentes, notes, résultats et notes de décision tels qu’enregistrés, avec toute la chaîne d’audit de ce registre (pour que le destinataire puisse vérifier chaque ligne), signés par vous. Quiconque le reçoit peut lire les titres et les auteurs de tous les dossiers de la chaîne.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>Choisir votre identité de signature</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>cancelled before anything was written</source>
        <translation>annulé avant que rien ne soit écrit</translation>
    </message>
</context>
<context>
    <name>BundleSteps</name>
    <message>
        <source>Checking the bundle&apos;s signature</source>
        <translation>Vérification de la signature du lot</translation>
    </message>
    <message>
        <source>Checking the audit chain</source>
        <translation>Vérification de la chaîne d’audit</translation>
    </message>
    <message>
        <source>Checking the cases against it</source>
        <translation>Vérification des dossiers au regard de la chaîne</translation>
    </message>
    <message>
        <source>Comparing with this record</source>
        <translation>Comparaison avec ce registre</translation>
    </message>
    <message>
        <source>Writing the cases</source>
        <translation>Écriture des dossiers</translation>
    </message>
    <message>
        <source>Indexing the cases for search</source>
        <translation>Indexation des dossiers pour la recherche</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Case files (*.yaml *.yml)</source>
        <translation>Dossiers (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation>Le dossier n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>The example cases were not opened</source>
        <translation>Les dossiers d&apos;exemple n&apos;ont pas été ouverts</translation>
    </message>
    <message>
        <source>Export a case file</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Select an assessment in History, or open one, then export it.</source>
        <translation>Sélectionnez une évaluation dans l&apos;historique, ou ouvrez-en une, puis exportez-la.</translation>
    </message>
    <message>
        <source>The case file was not exported</source>
        <translation>Le dossier n&apos;a pas été exporté</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>{path}: too large to be a certificate (a CA certificate is a few kilobytes); choose the certificate file (.pem, .crt, .cer or .der)</source>
        <translation>{path} : trop volumineux pour être un certificat (un certificat d&apos;autorité pèse quelques kilo-octets) ; choisissez le fichier du certificat (.pem, .crt, .cer ou .der)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>this is a signing identity (PKCS#12, with a private key), not a certificate; choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>il s&apos;agit d&apos;une identité de signature (PKCS#12, avec une clé privée), et non d&apos;un certificat ; choisissez le certificat de l&apos;autorité de certification (.pem, .crt ou .cer)</translation>
    </message>
    <message>
        <source>this file holds a private key, not a certificate; keep it private and choose the certification authority&apos;s certificate (.pem, .crt or .cer)</source>
        <translation>ce fichier contient une clé privée, et non un certificat ; gardez-le confidentiel et choisissez le certificat de l&apos;autorité de certification (.pem, .crt ou .cer)</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER expected)</source>
        <translation>pas un certificat X.509 (PEM ou DER attendu)</translation>
    </message>
</context>
<context>
    <name>ChainStatus</name>
    <message>
        <source>Audit chain: checking…</source>
        <translation>Chaîne d&apos;audit : contrôle en cours…</translation>
    </message>
    <message>
        <source>Audit chain state</source>
        <translation>État de la chaîne d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: intact (%n entries)</source>
        <translation>
            <numerusform>Chaîne d&apos;audit : intacte (%n entrée)</numerusform>
            <numerusform>Chaîne d&apos;audit : intacte (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at entry {entry}: {problem}</source>
        <translation>Chaîne d&apos;audit : ROMPUE à l&apos;entrée {entry} : {problem}</translation>
    </message>
    <message>
        <source>Audit chain: could not be checked ({error})</source>
        <translation>Chaîne d&apos;audit : contrôle impossible ({error})</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un incident est survenu</translation>
    </message>
    <message>
        <source>Concert Desk hit an unexpected problem. Everything you entered before it has been saved, and you can carry on working.

{summary}

A report was written to {log}.</source>
        <translation>Concert Desk a rencontré un problème inattendu. Tout ce que vous aviez saisi auparavant a été enregistré, et vous pouvez poursuivre votre travail.

{summary}

Un rapport a été écrit dans {log}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy error details to the clipboard</source>
        <translation>Copier les détails de l&apos;erreur dans le presse-papiers</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <source>Name on the TEST identity</source>
        <translation>Nom figurant sur l&apos;identité de TEST</translation>
    </message>
    <message>
        <source>Role the TEST identity grants</source>
        <translation>Rôle conféré par l&apos;identité de TEST</translation>
    </message>
    <message>
        <source>Passphrase of the new identity</source>
        <translation>Phrase secrète de la nouvelle identité</translation>
    </message>
    <message>
        <source>The new identity&apos;s passphrase again</source>
        <translation>Phrase secrète de la nouvelle identité, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase of the test CA&apos;s key</source>
        <translation>Phrase secrète de la clé de l&apos;AC de test</translation>
    </message>
    <message>
        <source>set now if the test CA is new</source>
        <translation>à définir maintenant si l&apos;AC de test est nouvelle</translation>
    </message>
    <message>
        <source>Create &amp;TEST identity</source>
        <translation>Créer une identité de &amp;TEST</translation>
    </message>
    <message>
        <source>A TEST identity, for trying the app (never for real decisions)</source>
        <translation>Une identité de TEST, pour essayer l&apos;application (jamais pour de vraies décisions)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>&amp;Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Test CA&apos;s &amp;key passphrase</source>
        <translation>Phrase secrète de la clé de l&apos;&amp;AC de test</translation>
    </message>
    <message>
        <source>Identity file to import</source>
        <translation>Fichier d&apos;identité à importer</translation>
    </message>
    <message>
        <source>the .p12 file from your security office</source>
        <translation>le fichier .p12 remis par votre service de sécurité</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the identity file to import</source>
        <translation>Choisir le fichier d&apos;identité à importer</translation>
    </message>
    <message>
        <source>Passphrase of the identity file to import</source>
        <translation>Phrase secrète du fichier d&apos;identité à importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>An identity file issued to you</source>
        <translation>Un fichier d&apos;identité qui vous a été délivré</translation>
    </message>
    <message>
        <source>Identity &amp;file</source>
        <translation>&amp;Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Its pa&amp;ssphrase</source>
        <translation>&amp;Sa phrase secrète</translation>
    </message>
    <message>
        <source>Key on a smart card or token</source>
        <translation>Clé sur une carte à puce ou un jeton</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <source>A key on your smart card or token</source>
        <translation>Une clé sur votre carte à puce ou votre jeton</translation>
    </message>
    <message>
        <source>Token ke&amp;y</source>
        <translation>Clé du &amp;jeton</translation>
    </message>
    <message>
        <source>Make it my &amp;default signing identity</source>
        <translation>En faire mon i&amp;dentité de signature par défaut</translation>
    </message>
    <message>
        <source>What was done, or why not</source>
        <translation>Ce qui a été fait, ou pourquoi rien ne l&apos;a été</translation>
    </message>
    <message>
        <source>Identity files are kept in {folder}, readable by you only; a file there is never replaced. The record accepts a signature only from an identity issued by one of its trust roots (Record &gt; Trust roots…) for the signer&apos;s role.</source>
        <translation>Les fichiers d&apos;identité sont conservés dans {folder}, lisibles par vous seul ; un fichier qui s&apos;y trouve n&apos;est jamais remplacé. Le registre n&apos;accepte une signature que d&apos;une identité délivrée par l&apos;une de ses racines de confiance (Registre &gt; Racines de confiance…) pour le rôle du signataire.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new identity&apos;s passphrase again.</source>
        <translation>Les deux phrases secrètes diffèrent : saisissez à nouveau la phrase secrète de la nouvelle identité.</translation>
    </message>
    <message>
        <source>Created {path}: a TEST identity of {name} as {role}. To sign with it, this record must trust the test CA ({ca}) under Record &gt; Trust roots….</source>
        <translation>{path} a été créé : une identité de TEST de {name} en qualité de {role}. Pour signer avec elle, ce registre doit faire confiance à l&apos;AC de test ({ca}) sous Registre &gt; Racines de confiance….</translation>
    </message>
    <message>
        <source>Choose the identity file to import.</source>
        <translation>Choisissez le fichier d&apos;identité à importer.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Imported the identity of {name}, {roles}, as {path}.</source>
        <translation>L&apos;identité de {name}, {roles}, a été importée sous {path}.</translation>
    </message>
    <message>
        <source>Chosen: {key}.</source>
        <translation>Choisie : {key}.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Rien n&apos;a été écrit : {reason}</translation>
    </message>
    <message>
        <source> To make it your default signing identity, give your name under File &gt; Profile… first.</source>
        <translation> Pour en faire votre identité de signature par défaut, indiquez d&apos;abord votre nom sous Fichier &gt; Profil….</translation>
    </message>
    <message>
        <source> It is now your default signing identity.</source>
        <translation> C&apos;est désormais votre identité de signature par défaut.</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (processus {pid} sur {host})</translation>
    </message>
    <message>
        <source>Concert Desk is already open on this database{holder}. Switch to that window, or close it first.</source>
        <translation>Concert Desk est déjà ouvert sur cette base de données{holder}. Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guides d&apos;évaluation</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>Conditions à réexaminer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan des prévisions</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Concert Desk</source>
        <translation>Concert Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Ouverture du registre</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>Aucune évaluation ouverte</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>Base de données : ouverture…</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Opening check: running…</source>
        <translation>Contrôle d&apos;ouverture : en cours…</translation>
    </message>
    <message>
        <source>Checks made on opening the record</source>
        <translation>Contrôles effectués à l&apos;ouverture du registre</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>The case file was written to {path}.</source>
        <translation>Le dossier a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>The open assessment</source>
        <translation>L&apos;évaluation ouverte</translation>
    </message>
    <message>
        <source>What-if scenario</source>
        <translation>Scénario hypothétique</translation>
    </message>
    <message>
        <source>Open an assessment first: the scenario starts from its answers.</source>
        <translation>Ouvrez d&apos;abord une évaluation : le scénario part de ses réponses.</translation>
    </message>
    <message>
        <source>Verify a memo file</source>
        <translation>Vérifier un fichier de note</translation>
    </message>
    <message>
        <source>Memos (*.pdf)</source>
        <translation>Notes (*.pdf)</translation>
    </message>
    <message>
        <source>Memo verification</source>
        <translation>Vérification de la note</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>About Concert Desk</source>
        <translation>À propos de Concert Desk</translation>
    </message>
    <message>
        <source>Database: {name} · {login}</source>
        <translation>Base de données : {name} · {login}</translation>
    </message>
    <message>
        <source>{database} — ⚠ not your profile&apos;s name</source>
        <translation>{database} — ⚠ ce n&apos;est pas le nom de votre profil</translation>
    </message>
    <message>
        <source>{status} — writes refused</source>
        <translation>{status} — écritures refusées</translation>
    </message>
    <message>
        <source>The record was rolled back</source>
        <translation>Le registre a été ramené en arrière</translation>
    </message>
    <message>
        <source>Accept the record as it is now</source>
        <translation>Accepter le registre dans son état actuel</translation>
    </message>
    <message>
        <source>The record needs attention</source>
        <translation>Le registre requiert votre attention</translation>
    </message>
    <message>
        <source>Verify the archive now</source>
        <translation>Vérifier les archives maintenant</translation>
    </message>
    <message>
        <source>Accept the record</source>
        <translation>Accepter le registre</translation>
    </message>
    <message>
        <source>Opening check: ⚠ could not run</source>
        <translation>Contrôle d&apos;ouverture : ⚠ impossible à exécuter</translation>
    </message>
    <message>
        <source>The record could not be checked</source>
        <translation>Le registre n&apos;a pas pu être contrôlé</translation>
    </message>
    <message>
        <source>The checks made on opening could not run: {message}

You can carry on working; verify the whole archive (Record menu) when the database is reachable.</source>
        <translation>Les contrôles effectués à l&apos;ouverture n&apos;ont pas pu être exécutés : {message}

Vous pouvez poursuivre votre travail ; vérifiez l&apos;ensemble des archives (menu Registre) lorsque la base de données sera accessible.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>{version} (from source)</source>
        <translation>{version} (depuis les sources)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Concert Desk {version}
Legitimacy assessments of joint actions, decisions and signed decision memos.

Database: {database} ({engine})

Python {python}, PySide6 {pyside}
Works offline: the app never makes a network connection.</source>
        <translation>Concert Desk {version}
Évaluations de la légitimité des actions conjointes, décisions et notes de décision signées.

Base de données : {database} ({engine})

Python {python}, PySide6 {pyside}
Fonctionne hors ligne : l&apos;application n&apos;établit jamais de connexion réseau.</translation>
    </message>
    <message>
        <source>Next step of an assessment</source>
        <translation>Étape suivante d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Previous step of an assessment</source>
        <translation>Étape précédente d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>Afficher ou masquer le panneau du verdict</translation>
    </message>
    <message>
        <source>Member positions: move, select rows</source>
        <translation>Positions des membres : se déplacer, sélectionner des lignes</translation>
    </message>
    <message>
        <source>Member positions: endorse, oppose, abstain, not consulted (selected rows)</source>
        <translation>Positions des membres : soutenir, s&apos;opposer, s&apos;abstenir, non consulté (lignes sélectionnées)</translation>
    </message>
    <message>
        <source>Member positions: no position (selected rows)</source>
        <translation>Positions des membres : aucune position (lignes sélectionnées)</translation>
    </message>
    <message>
        <source>Down (in History&apos;s search)</source>
        <translation>Down (dans la recherche de l&apos;historique)</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Aller aux résultats</translation>
    </message>
    <message>
        <source>Enter (in History&apos;s results)</source>
        <translation>Enter (dans les résultats de l&apos;historique)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Memo viewer: scroll the pages</source>
        <translation>Visionneuse de notes : faire défiler les pages</translation>
    </message>
    <message>
        <source>Memo viewer: zoom</source>
        <translation>Visionneuse de notes : zoom</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>The control or menu whose label has that letter underlined</source>
        <translation>La commande ou le menu dont le libellé comporte cette lettre soulignée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Create a draft from a case file (YAML)</source>
        <translation>Créer un projet à partir d&apos;un dossier (YAML)</translation>
    </message>
    <message>
        <source>&amp;Export case file…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment as a case file</source>
        <translation>Écrire l&apos;évaluation ouverte ou sélectionnée sous forme de dossier</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Importer un &amp;lot…</translation>
    </message>
    <message>
        <source>Check a bundle another record exported, then add the cases it carries with their proof</source>
        <translation>Vérifier un lot exporté par un autre registre, puis ajouter les dossiers qu’il contient avec leur preuve</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Exporter un lo&amp;t…</translation>
    </message>
    <message>
        <source>Write the open or selected assessment, or the whole record, as one signed bundle with its audit chain</source>
        <translation>Écrire l’évaluation ouverte ou sélectionnée, ou le registre entier, en un lot signé avec sa chaîne d’audit</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>Your name, role, unit and default signing identity, recorded with each change and printed on the memos you issue</source>
        <translation>Vos nom, rôle, service et identité de signature par défaut, consignés avec chaque modification et imprimés sur les notes que vous émettez</translation>
    </message>
    <message>
        <source>&amp;Signing identities…</source>
        <translation>Identités de &amp;signature…</translation>
    </message>
    <message>
        <source>Create a TEST identity, import your identity file or choose a key on your smart card, and make it your default</source>
        <translation>Créer une identité de TEST, importer votre fichier d&apos;identité ou choisir une clé sur votre carte à puce, et en faire votre identité par défaut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Concert Desk (nothing is lost)</source>
        <translation>Fermer Concert Desk (rien n&apos;est perdu)</translation>
    </message>
    <message>
        <source>Verify a &amp;memo file…</source>
        <translation>Vérifier un fichier de &amp;note…</translation>
    </message>
    <message>
        <source>Check the signatures of a memo PDF and compare it with the record</source>
        <translation>Contrôler les signatures d&apos;une note PDF et la comparer au registre</translation>
    </message>
    <message>
        <source>Verify the whole &amp;archive…</source>
        <translation>Vérifier l&apos;&amp;ensemble des archives…</translation>
    </message>
    <message>
        <source>Check the audit chain and every stored memo</source>
        <translation>Contrôler la chaîne d&apos;audit et chaque note conservée</translation>
    </message>
    <message>
        <source>&amp;Trust roots…</source>
        <translation>&amp;Racines de confiance…</translation>
    </message>
    <message>
        <source>The certification authorities whose signers are trusted</source>
        <translation>Les autorités de certification dont les signataires sont dignes de confiance</translation>
    </message>
    <message>
        <source>&amp;Lock signing keys</source>
        <translation>&amp;Verrouiller les clés de signature</translation>
    </message>
    <message>
        <source>Forget the signing keys unlocked in this session; the next memo asks for the passphrases again</source>
        <translation>Oublier les clés de signature déverrouillées pendant cette session ; la prochaine note redemandera les phrases secrètes</translation>
    </message>
    <message>
        <source>&amp;What-if scenario…</source>
        <translation>&amp;Scénario hypothétique…</translation>
    </message>
    <message>
        <source>Try other answers and member positions on the open assessment, beside the record (nothing is changed)</source>
        <translation>Essayer d&apos;autres réponses et positions des membres sur l&apos;évaluation ouverte, en regard du registre (rien n&apos;est modifié)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Guides d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Conditions due</source>
        <translation>&amp;Conditions à réexaminer</translation>
    </message>
    <message>
        <source>Conditions of standing approvals whose review is due</source>
        <translation>Conditions des approbations en vigueur dont le réexamen est dû</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan des prévisions</translation>
    </message>
    <message>
        <source>How well past likelihood calls matched what happened, and the calls due to be judged</source>
        <translation>Dans quelle mesure les estimations de probabilité passées ont correspondu aux faits, et les estimations à juger</translation>
    </message>
    <message>
        <source>&amp;Search history</source>
        <translation>R&amp;echercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;About Concert Desk</source>
        <translation>À &amp;propos de Concert Desk</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to assess, decide, sign and check, shipped with the app</source>
        <translation>Comment évaluer, décider, signer et vérifier ; fourni avec l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Toutes les touches auxquelles la fenêtre répond</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Navi&amp;gation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>OpeningCheckWords</name>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problem</source>
        <translation>
            <numerusform>Contrôle d&apos;ouverture : ⚠ %n problème</numerusform>
            <numerusform>Contrôle d&apos;ouverture : ⚠ %n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening check: ⚠ %n problems</source>
        <translation>
            <numerusform>Contrôle d&apos;ouverture : ⚠ %n problème</numerusform>
            <numerusform>Contrôle d&apos;ouverture : ⚠ %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>Opening check: ✔ sound</source>
        <translation>Contrôle d&apos;ouverture : ✔ sain</translation>
    </message>
    <message>
        <source>Quick integrity check passed; the audit chain (entry {entry}) continues the one this installation saw last.</source>
        <translation>Contrôle rapide d&apos;intégrité réussi ; la chaîne d&apos;audit (entrée {entry}) prolonge celle que cette installation a vue en dernier.</translation>
    </message>
    <message>
        <source>The checks made when the record was opened found a problem with {database}:

{problems}

You can carry on working: nothing was changed and nothing is blocked. But tell the official responsible for the record, and verify the whole archive (Record menu) to see whether any memo or audit entry was altered. This warning comes back at every opening until they have looked into it and accepted the record as it is now (python main.py audit verify --accept-head).

Verify the whole archive now?</source>
        <translation>Les contrôles effectués à l&apos;ouverture du registre ont relevé un problème dans {database} :

{problems}

Vous pouvez poursuivre votre travail : rien n&apos;a été modifié et rien n&apos;est bloqué. Informez toutefois l&apos;agent responsable du registre, et vérifiez l&apos;ensemble des archives (menu Registre) pour savoir si une note ou une entrée d&apos;audit a été altérée. Cet avertissement réapparaît à chaque ouverture jusqu&apos;à ce que cet agent ait examiné la situation et accepté le registre dans son état actuel (python main.py audit verify --accept-head).

Vérifier l&apos;ensemble des archives maintenant ?</translation>
    </message>
    <message>
        <source>The record {database} is not the one this installation saw last:

{problems}

Until someone responsible for the record has looked into it, nothing can be saved, decided or issued: anything written on top would bury what happened, and a memo issued now could repeat one issued before. You can still read, search and verify (Record &gt; Verify the whole archive; memo files exported before can be checked against it with `main.py audit verify --archive --memos DIR`).

Accept the record as it is now, and allow writes again?</source>
        <translation>Le registre {database} n&apos;est pas celui que cette installation a vu en dernier :

{problems}

Tant qu&apos;un responsable du registre n&apos;a pas examiné la situation, rien ne peut être enregistré, décidé ou émis : toute écriture par-dessus masquerait ce qui s&apos;est produit, et une note émise maintenant pourrait répéter une note émise auparavant. Vous pouvez toujours consulter, rechercher et vérifier (Registre &gt; Vérifier l&apos;ensemble des archives ; les fichiers de notes exportés auparavant peuvent être contrôlés par rapport au registre avec `main.py audit verify --archive --memos DIR`).

Accepter le registre dans son état actuel et autoriser de nouveau les écritures ?</translation>
    </message>
    <message>
        <source>Memo reference: {reference}</source>
        <translation>Référence de la note : {reference}</translation>
    </message>
    <message>
        <source>No memo reference in the file.</source>
        <translation>Aucune référence de note dans le fichier.</translation>
    </message>
</context>
<context>
    <name>RecordOpening</name>
    <message>
        <source>the record could not be opened: {error}</source>
        <translation>le registre n&apos;a pas pu être ouvert : {error}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to the drafter</source>
        <translation>Renvoyer au rédacteur</translation>
    </message>
    <message>
        <source>Comment to the drafter</source>
        <translation>Commentaire au rédacteur</translation>
    </message>
    <message>
        <source>What the drafter should change, and why</source>
        <translation>Ce que le rédacteur doit modifier, et pourquoi</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Return the draft with this comment (kept in the record)</source>
        <translation>Renvoyer le projet avec ce commentaire (conservé dans le registre)</translation>
    </message>
    <message>
        <source>“{title}” goes back to its drafter with your comment. The comment is kept in the record and cannot be changed later.</source>
        <translation>« {title} » est renvoyé à son rédacteur avec votre commentaire. Le commentaire est conservé dans le registre et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; {stage}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Étape :&lt;/b&gt; {stage}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Routing&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Circuit de validation&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{when} {done} by {actor}</source>
        <translation>{when} {done} par {actor}</translation>
    </message>
    <message>
        <source>Stage: {stage} by {actor} on {when}: “{comment}”</source>
        <translation>Étape : {stage} par {actor} le {when} : « {comment} »</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Étape : {stage}</translation>
    </message>
</context>
<context>
    <name>RoutingBar</name>
    <message>
        <source>Routing stage</source>
        <translation>Étape du circuit</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>So&amp;umettre pour examen</translation>
    </message>
    <message>
        <source>Submit this draft for review</source>
        <translation>Soumettre ce projet pour examen</translation>
    </message>
    <message>
        <source>Pa&amp;ss to the minister</source>
        <translation>Tran&amp;smettre au ministre</translation>
    </message>
    <message>
        <source>Pass this draft to the minister</source>
        <translation>Transmettre ce projet au ministre</translation>
    </message>
    <message>
        <source>Re&amp;turn to the drafter…</source>
        <translation>Renvoyer au rédac&amp;teur…</translation>
    </message>
    <message>
        <source>Return this draft to its drafter with a comment</source>
        <translation>Renvoyer ce projet à son rédacteur avec un commentaire</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Non transmis</translation>
    </message>
</context>
<context>
    <name>RoutingWords</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>projet, pas encore soumis pour examen</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>soumise pour examen</translation>
    </message>
    <message>
        <source>returned to the drafter</source>
        <translation>renvoyée au rédacteur</translation>
    </message>
    <message>
        <source>with the minister</source>
        <translation>auprès du ministre</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidée</translation>
    </message>
    <message>
        <source>superseded by a later revision</source>
        <translation>remplacée par une révision ultérieure</translation>
    </message>
    <message>
        <source>passed to the minister</source>
        <translation>transmise au ministre</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>What-if scenario</source>
        <translation>Scénario hypothétique</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Scenario of</source>
        <translation>Scénario de</translation>
    </message>
    <message>
        <source>A sandbox: change answers and member positions on the left. Nothing here changes the record&apos;s answers, its verdict or the audit chain.</source>
        <translation>Un bac à sable : modifiez les réponses et les positions des membres à gauche. Rien ici ne modifie les réponses du registre, son verdict ni la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>Scenario problem</source>
        <translation>Problème du scénario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scenario answers</source>
        <translation>Réponses du scénario</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Scenario member positions</source>
        <translation>Positions des membres dans le scénario</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>Member &amp;positions</source>
        <translation>&amp;Positions des membres</translation>
    </message>
    <message>
        <source>&amp;Reset to the record</source>
        <translation>Re&amp;venir au registre</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Verdict, record and scenario</source>
        <translation>Verdict, registre et scénario</translation>
    </message>
    <message>
        <source>Changes that flip the verdict</source>
        <translation>Modifications qui renversent le verdict</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criteria, record and scenario</source>
        <translation>Critères, registre et scénario</translation>
    </message>
    <message>
        <source>What it would take</source>
        <translation>Ce qu&apos;il faudrait</translation>
    </message>
    <message>
        <source>Try &amp;these endorsements</source>
        <translation>Essayer ces &amp;soutiens</translation>
    </message>
    <message>
        <source>Set the members named above to endorse in the scenario</source>
        <translation>Faire soutenir, dans le scénario, les membres nommés ci-dessus</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>Nombre de tirages</translation>
    </message>
    <message>
        <source>Seed of the draws</source>
        <translation>Graine des tirages</translation>
    </message>
    <message>
        <source>&amp;Draw the likelihoods</source>
        <translation>&amp;Tirer les probabilités</translation>
    </message>
    <message>
        <source>Each likelihood answer drawn within its ICD 203 range; the same seed gives the same shares</source>
        <translation>Chaque réponse de probabilité est tirée dans sa plage ICD 203 ; la même graine donne les mêmes proportions</translation>
    </message>
    <message>
        <source>Likelihood draws</source>
        <translation>Tirages des probabilités</translation>
    </message>
    <message>
        <source>Dra&amp;ws:</source>
        <translation>&amp;Nombre de tirages :</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Scenario beside the record</source>
        <translation>Scénario en regard du registre</translation>
    </message>
    <message>
        <source>Save as &amp;note</source>
        <translation>Enregistrer comme n&amp;ote</translation>
    </message>
    <message>
        <source>Keep this scenario&apos;s summary as a note on the case (answers, verdict and decision stay as they are)</source>
        <translation>Conserver le résumé de ce scénario comme note au dossier (les réponses, le verdict et la décision restent inchangés)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>décidé : {decision}</translation>
    </message>
    <message>
        <source>What-if on {title} ({state})</source>
        <translation>Hypothèse sur {title} ({state})</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Expected: {expected}; empty for unanswered</source>
        <translation>Attendu : {expected} ; vide si sans réponse</translation>
    </message>
    <message>
        <source>Scenario position of {member}</source>
        <translation>Position de {member} dans le scénario</translation>
    </message>
    <message>
        <source>“{question}”: “{text}” is not an answer (expected {expected}; empty for unanswered)</source>
        <translation>« {question} » : « {text} » n&apos;est pas une réponse (attendu : {expected} ; vide si sans réponse)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Verdict: record &lt;b&gt;{record}&lt;/b&gt; · scenario &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt; ({changed})</source>
        <translation>Verdict : registre &lt;b&gt;{record}&lt;/b&gt; · scénario &lt;b style=&apos;color:{colour}&apos;&gt;{scenario}&lt;/b&gt; ({changed})</translation>
    </message>
    <message>
        <source>The playbook asks no member positions.</source>
        <translation>Le guide d&apos;évaluation ne demande aucune position des membres.</translation>
    </message>
    <message>
        <source>{status} {score}</source>
        <translation>{status} {score}</translation>
    </message>
    <message>
        <source>{status} {score} ({margin})</source>
        <translation>{status} {score} ({margin})</translation>
    </message>
    <message>
        <source>Changes tried: none (the record as it stands).</source>
        <translation>Modifications essayées : aucune (le registre tel qu&apos;il est).</translation>
    </message>
    <message>
        <source>none alone (only together, if at all)</source>
        <translation>aucune à elle seule (seulement combinées, le cas échéant)</translation>
    </message>
    <message>
        <source>Changes tried:&lt;br&gt;{changes}&lt;br&gt;Alone flipping the verdict: &lt;b&gt;{flips}&lt;/b&gt;</source>
        <translation>Modifications essayées :&lt;br&gt;{changes}&lt;br&gt;Renversant à elles seules le verdict : &lt;b&gt;{flips}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawing {draws} times (seed {seed})…</source>
        <translation>{draws} tirages en cours (graine {seed})…</translation>
    </message>
    <message>
        <source>Scenario saved</source>
        <translation>Scénario enregistré</translation>
    </message>
    <message>
        <source>The scenario was saved as a note on the case.</source>
        <translation>Le scénario a été enregistré comme note au dossier.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
</context>
<context>
    <name>SigningRole</name>
    <message>
        <source>Drafting official</source>
        <translation>Agent rédacteur</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>signed by a certificate this record does not trust. Ask your security officer whether it should be; if so, add the authority that issued it under Record &gt; Trust roots…</source>
        <translation>signé par un certificat auquel ce registre ne fait pas confiance. Demandez à votre responsable de la sécurité s&apos;il devrait l&apos;être ; si oui, ajoutez l&apos;autorité qui l&apos;a délivré sous Registre &gt; Racines de confiance…</translation>
    </message>
    <message>
        <source>ask your security officer for the certificate of the authority that issues your ministry&apos;s signing identities, and add it under Record &gt; Trust roots…</source>
        <translation>demandez à votre responsable de la sécurité le certificat de l&apos;autorité qui délivre les identités de signature de votre ministère, et ajoutez-le sous Registre &gt; Racines de confiance…</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Concert Desk user guide</source>
        <translation>Guide de l&apos;utilisateur de Concert Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>Cannot start a revision</source>
        <translation>Impossible d&apos;ouvrir une révision</translation>
    </message>
    <message>
        <source>The dissent was not recorded</source>
        <translation>L&apos;opinion divergente n&apos;a pas été consignée</translation>
    </message>
</context>
</TS>
