<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnswerSaver</name>
    <message>
        <source>an unexpected error; see the report</source>
        <translation>une erreur inattendue ; voir le rapport</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Another official changed this assessment meanwhile; your edits here are not saved yet.</source>
        <translation>Un autre agent a modifié cette évaluation entre-temps ; vos modifications ici ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>This assessment may have changed elsewhere while the connection was lost; your edits here are not saved yet.</source>
        <translation>Cette évaluation a pu être modifiée ailleurs pendant la perte de connexion ; vos modifications ici ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>État d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Start a revision</source>
        <translation>Commencer une révision</translation>
    </message>
    <message>
        <source>Start a new revision of this assessment</source>
        <translation>Commencer une nouvelle révision de cette évaluation</translation>
    </message>
    <message>
        <source>Move to playbook &amp;version…</source>
        <translation>Passer à une autre &amp;version du guide…</translation>
    </message>
    <message>
        <source>Move this draft to another version of its playbook</source>
        <translation>Transférer ce projet vers une autre version de son guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>Changed by another official</source>
        <translation>Modifiée par un autre agent</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload the assessment as stored (edits not yet saved here are dropped)</source>
        <translation>Recharger l&apos;évaluation telle qu&apos;enregistrée (les modifications non encore enregistrées ici sont abandonnées)</translation>
    </message>
    <message>
        <source>Compare &amp;options</source>
        <translation>Comparer des &amp;options</translation>
    </message>
    <message>
        <source>Compare courses of action: the proposed action and no action, then more</source>
        <translation>Comparer des lignes d&apos;action : l&apos;action proposée et l&apos;absence d&apos;action, puis d&apos;autres</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Étape précédente (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Étape suivante (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Step and verdict so far</source>
        <translation>Étape et verdict à ce stade</translation>
    </message>
    <message>
        <source>Verdict pane&amp;l</source>
        <translation>Vo&amp;let du verdict</translation>
    </message>
    <message>
        <source>Show or hide the verdict panel</source>
        <translation>Afficher ou masquer le volet du verdict</translation>
    </message>
    <message>
        <source>Cannot open this assessment</source>
        <translation>Impossible d&apos;ouvrir cette évaluation</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are frozen. Start a revision to change them; the record stays as it was.</source>
        <translation>Statut de cette évaluation : {status}. Ses réponses sont figées. Commencez une révision pour les modifier ; le registre reste en l&apos;état.</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Action proposée</translation>
    </message>
    <message>
        <source>Cannot compare options</source>
        <translation>Impossible de comparer des options</translation>
    </message>
    <message>
        <source>{state}: {message}</source>
        <translation>{state} : {message}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifiée ailleurs</translation>
    </message>
    <message>
        <source>{message}

Reload the assessment now? Your last change was not saved.</source>
        <translation>{message}

Recharger l&apos;évaluation maintenant ? Votre dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>{step} · verdict so far: {verdict}</source>
        <translation>{step} · verdict à ce stade : {verdict}</translation>
    </message>
    <message>
        <source>Cannot move to another version</source>
        <translation>Impossible de passer à une autre version</translation>
    </message>
    <message>
        <source>No other version</source>
        <translation>Aucune autre version</translation>
    </message>
    <message>
        <source>No other version of {playbook} is installed or kept in the record. Add one on the Playbooks page.</source>
        <translation>Aucune autre version de {playbook} n&apos;est installée ni conservée au registre. Ajoutez-en une depuis la page Guides d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>CriterionStep</name>
    <message>
        <source>(gate)</source>
        <translation>(éliminatoire)</translation>
    </message>
    <message>
        <source>Result of {criterion}</source>
        <translation>Résultat : {criterion}</translation>
    </message>
    <message>
        <source>Answered for each option</source>
        <translation>Réponses pour chaque option</translation>
    </message>
    <message>
        <source>Result of {criterion} per option</source>
        <translation>Résultat par option : {criterion}</translation>
    </message>
    <message>
        <source>Options answered on {criterion}, one tab each</source>
        <translation>Options renseignées pour {criterion}, un onglet chacune</translation>
    </message>
    <message>
        <source>Questions on {criterion}</source>
        <translation>Questions sur {criterion}</translation>
    </message>
    <message>
        <source>Guidance for {criterion}</source>
        <translation>Orientations pour {criterion}</translation>
    </message>
    <message>
        <source>Guidance on {criterion}</source>
        <translation>Orientations : {criterion}</translation>
    </message>
    <message>
        <source>Show or hide the guidance on {criterion}</source>
        <translation>Afficher ou masquer les orientations pour {criterion}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>This criterion is a gate: if it fails, the action cannot be legitimate whatever the other criteria say.</source>
        <translation>Ce critère est éliminatoire : s&apos;il n&apos;est pas satisfait, l&apos;action ne peut être légitime, quels que soient les autres critères.</translation>
    </message>
    <message>
        <source>Passes at a weighted score of {threshold} or more.</source>
        <translation>Satisfait à partir d&apos;une note pondérée de {threshold}.</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>note {score}</translation>
    </message>
    <message>
        <source>{status} · {score} (passes at {threshold})</source>
        <translation>{status} · {score} (seuil : {threshold})</translation>
    </message>
    <message>
        <source>best-judged option: {result}</source>
        <translation>option la mieux jugée : {result}</translation>
    </message>
    <message>
        <source>The answers for the option “{option}”</source>
        <translation>Les réponses pour l&apos;option « {option} »</translation>
    </message>
    <message>
        <source>{option}: {status} · {score}</source>
        <translation>{option} : {status} · {score}</translation>
    </message>
</context>
<context>
    <name>DeciderChoice</name>
    <message>
        <source>The minister&apos;s certificate</source>
        <translation>Le certificat du ministre</translation>
    </message>
    <message>
        <source>None: the minister is named by name only</source>
        <translation>Aucun : le ministre est désigné par son seul nom</translation>
    </message>
    <message>
        <source>My signing identity: {identity}</source>
        <translation>Mon identité de signature : {identity}</translation>
    </message>
    <message>
        <source>Choose a fi&amp;le…</source>
        <translation>Sé&amp;lectionner un fichier…</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate or identity file</source>
        <translation>Choisir le certificat ou le fichier d&apos;identité du ministre</translation>
    </message>
    <message>
        <source>Passphrase of the minister&apos;s identity file</source>
        <translation>Phrase secrète du fichier d&apos;identité du ministre</translation>
    </message>
    <message>
        <source>its passphrase (only to read the certificate)</source>
        <translation>sa phrase secrète (uniquement pour lire le certificat)</translation>
    </message>
    <message>
        <source>Choose the minister&apos;s certificate</source>
        <translation>Choisir le certificat du ministre</translation>
    </message>
    <message>
        <source>Certificates and identities ({patterns})</source>
        <translation>Certificats et identités ({patterns})</translation>
    </message>
</context>
<context>
    <name>DecisionCertificate</name>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint} (only this certificate can countersign the memo)</source>
        <translation>Certificat du ministre : {subject}, SHA-256 {fingerprint} (seul ce certificat peut contresigner la note)</translation>
    </message>
</context>
<context>
    <name>DecisionConditions</name>
    <message>
        <source>next review {date}</source>
        <translation>prochain réexamen le {date}</translation>
    </message>
    <message>
        <source>; tripwire: {tripwire}</source>
        <translation> ; seuil d&apos;alerte : {tripwire}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — {owner}; checked by: {how_checked}; {state}</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — {owner} ; vérification : {how_checked} ; {state}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>The assessment is incomplete (insufficient information): it can only be deferred or rejected. Answer the missing questions listed above first.</source>
        <translation>L&apos;évaluation est incomplète (informations insuffisantes) : elle ne peut être que reportée ou rejetée. Répondez d&apos;abord aux questions manquantes énumérées ci-dessus.</translation>
    </message>
    <message>
        <source>This decision departs from the verdict ({verdict}): write a justification to record it.</source>
        <translation>Cette décision s&apos;écarte du verdict ({verdict}) : rédigez une justification pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <source>Decision step</source>
        <translation>Étape de la décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Verdict and reasons</source>
        <translation>Verdict et motifs</translation>
    </message>
    <message>
        <source>Required answers still missing</source>
        <translation>Réponses obligatoires encore manquantes</translation>
    </message>
    <message>
        <source>Required answers still missing; press Enter to go there</source>
        <translation>Réponses obligatoires encore manquantes ; appuyez sur Entrée pour y accéder</translation>
    </message>
    <message>
        <source>The minister&apos;s decision</source>
        <translation>La décision du ministre</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Décision : {decision}</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Minister&apos;s cert&amp;ificate</source>
        <translation>Cert&amp;ificat du ministre</translation>
    </message>
    <message>
        <source>Optional, recommended. Name the minister&apos;s certificate and only that certificate can countersign the memo; another person of the same name cannot. Without it, the minister who countersigns must only have the same name.</source>
        <translation>Facultatif, recommandé. Si vous désignez le certificat du ministre, seul ce certificat pourra contresigner la note ; une autre personne portant le même nom ne le pourra pas. À défaut, il suffit que le ministre qui contresigne porte le même nom.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict or from the best-judged option.</source>
        <translation>Pourquoi cette décision ? Obligatoire lorsqu&apos;elle s&apos;écarte du verdict ou de l&apos;option la mieux jugée.</translation>
    </message>
    <message>
        <source>Why this decision? Required when it departs from the verdict.</source>
        <translation>Pourquoi cette décision ? Obligatoire lorsqu&apos;elle s&apos;écarte du verdict.</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Record the decision (freezes the answers)</source>
        <translation>Enregistrer la décision (fige les réponses)</translation>
    </message>
    <message>
        <source>Why the decision cannot be recorded yet</source>
        <translation>Pourquoi la décision ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Décidé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Choisissez une décision.</translation>
    </message>
    <message>
        <source>Say who decides.</source>
        <translation>Indiquez qui décide.</translation>
    </message>
    <message>
        <source>Type the passphrase of the minister&apos;s identity file (it reads its certificate).</source>
        <translation>Saisissez la phrase secrète du fichier d&apos;identité du ministre (elle permet d&apos;en lire le certificat).</translation>
    </message>
    <message>
        <source>Waiting for the evaluation…</source>
        <translation>En attente de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>This decision departs from the verdict: write a justification.</source>
        <translation>Cette décision s&apos;écarte du verdict : rédigez une justification.</translation>
    </message>
    <message>
        <source>Record “{decision}”? The answers are then frozen; later changes need a revision.</source>
        <translation>Enregistrer « {decision} » ? Les réponses seront alors figées ; toute modification ultérieure nécessitera une révision.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La décision n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Departs from the verdict.</source>
        <translation>S&apos;écarte du verdict.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {name} on {when}</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; par {name} le {when}</translation>
    </message>
    <message>
        <source>Record hash {hash}</source>
        <translation>Empreinte de l&apos;enregistrement {hash}</translation>
    </message>
    <message>
        <source>The recorded decision</source>
        <translation>La décision enregistrée</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Opinion divergente</translation>
    </message>
    <message>
        <source>Dissent recorded</source>
        <translation>Opinions divergentes consignées</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>Examinateur qui consigne l&apos;opinion divergente</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>Texte de l&apos;opinion divergente</translation>
    </message>
    <message>
        <source>Record dissent</source>
        <translation>Consigner une opinion divergente</translation>
    </message>
    <message>
        <source>Record the reviewer&apos;s dissent (it cannot be changed afterwards)</source>
        <translation>Consigner l&apos;opinion divergente de l&apos;examinateur (elle ne pourra plus être modifiée)</translation>
    </message>
    <message>
        <source>{reviewer}: {text}</source>
        <translation>{reviewer} : {text}</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name and the dissent.</source>
        <translation>Indiquez le nom de l&apos;examinateur et l&apos;opinion divergente.</translation>
    </message>
    <message>
        <source>Verdict at the decision</source>
        <translation>Verdict au moment de la décision</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>{prompt} (option: {option})</source>
        <translation>{prompt} (option : {option})</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>MemoLine</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{signer} ({field})</source>
        <translation>{signer} ({field})</translation>
    </message>
    <message>
        <source>{reference} — {stage}</source>
        <translation>{reference} — {stage}</translation>
    </message>
    <message>
        <source>{memo}: {signers}</source>
        <translation>{memo} : {signers}</translation>
    </message>
</context>
<context>
    <name>MemoSection</name>
    <message>
        <source>Decision memo</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Memos issued for this decision</source>
        <translation>Notes émises pour cette décision</translation>
    </message>
    <message>
        <source>&amp;Issue memo…</source>
        <translation>Établ&amp;ir la note…</translation>
    </message>
    <message>
        <source>Issue the decision memo (sign it or issue unsigned)</source>
        <translation>Établir la note de décision (la signer ou l&apos;émettre sans signature)</translation>
    </message>
    <message>
        <source>View memo</source>
        <translation>Afficher la note</translation>
    </message>
    <message>
        <source>View the selected memo</source>
        <translation>Afficher la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>Add the next signature to the selected memo</source>
        <translation>Apposer la signature suivante sur la note sélectionnée</translation>
    </message>
    <message>
        <source>Issuing progress</source>
        <translation>Avancement de l&apos;émission</translation>
    </message>
    <message>
        <source>Issuing progress bar</source>
        <translation>Barre d&apos;avancement de l&apos;émission</translation>
    </message>
    <message>
        <source>The memo is rendered from the frozen record, signed by the drafting official and countersigned by the minister, and stored in the record.</source>
        <translation>La note est établie à partir du registre figé, signée par l&apos;agent rédacteur, contresignée par le ministre et conservée au registre.</translation>
    </message>
    <message>
        <source>This decision&apos;s memo is issued: view, sign or export it</source>
        <translation>La note de cette décision est émise : vous pouvez l&apos;afficher, la signer ou l&apos;exporter</translation>
    </message>
</context>
<context>
    <name>MoveVersionDialog</name>
    <message>
        <source>Move to another playbook version</source>
        <translation>Passer à une autre version du guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>Playbook version to move to</source>
        <translation>Version du guide d&apos;évaluation de destination</translation>
    </message>
    <message>
        <source>{title} — version {version} ({origin})</source>
        <translation>{title} — version {version} ({origin})</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>This draft follows {playbook} version {version}. Moving it makes a new draft revision under the version chosen; this one is kept, superseded, exactly as it is.</source>
        <translation>Ce projet suit {playbook}, version {version}. Le transférer crée une nouvelle révision en projet selon la version choisie ; celui-ci est conservé tel quel, comme remplacé.</translation>
    </message>
    <message>
        <source>What happens to each answer</source>
        <translation>Ce qu&apos;il advient de chaque réponse</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>What happens to the answers:</source>
        <translation>Ce qu&apos;il advient des réponses :</translation>
    </message>
</context>
<context>
    <name>OptionChoice</name>
    <message>
        <source>Option chosen</source>
        <translation>Option retenue</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Aucune d&apos;entre elles</translation>
    </message>
    <message>
        <source>(best-judged)</source>
        <translation>(la mieux jugée)</translation>
    </message>
    <message>
        <source>Choose no option</source>
        <translation>Ne retenir aucune option</translation>
    </message>
    <message>
        <source>Choose the option: {option}</source>
        <translation>Retenir l&apos;option : {option}</translation>
    </message>
    <message>
        <source>Waiting for the options to be judged…</source>
        <translation>En attente de l&apos;évaluation des options…</translation>
    </message>
    <message>
        <source>Choose an option, or “None of them”.</source>
        <translation>Choisissez une option, ou « Aucune d&apos;entre elles ».</translation>
    </message>
    <message>
        <source>Choosing “{chosen}” departs from the best-judged option “{best}”: write a justification to record it.</source>
        <translation>Retenir « {chosen} » s&apos;écarte de l&apos;option la mieux jugée, « {best} » : rédigez une justification pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verdict of the option chosen, {option}</source>
        <translation>Verdict de l&apos;option retenue, {option}</translation>
    </message>
    <message>
        <source>Verdict of the best-judged option, {option}</source>
        <translation>Verdict de l&apos;option la mieux jugée, {option}</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <source>Options compared side by side</source>
        <translation>Options comparées côte à côte</translation>
    </message>
    <message>
        <source>Option chosen: {option}</source>
        <translation>Option retenue : {option}</translation>
    </message>
    <message>
        <source>No option chosen</source>
        <translation>Aucune option retenue</translation>
    </message>
    <message>
        <source>; best-judged: {option}</source>
        <translation> ; la mieux jugée : {option}</translation>
    </message>
    <message>
        <source>departs from the best-judged option.</source>
        <translation>s&apos;écarte de l&apos;option la mieux jugée.</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <source>Options step</source>
        <translation>Étape des options</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Options compared: edit a title or description with F2 or by typing</source>
        <translation>Options comparées : modifiez un titre ou une description avec F2 ou en saisissant du texte</translation>
    </message>
    <message>
        <source>Title of a new option, e.g. Naval blockade</source>
        <translation>Titre d&apos;une nouvelle option, par exemple Blocus naval</translation>
    </message>
    <message>
        <source>Title of a new option</source>
        <translation>Titre d&apos;une nouvelle option</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Ajouter l&apos;option</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>Ajouter l&apos;option</translation>
    </message>
    <message>
        <source>Re&amp;move option</source>
        <translation>Suppri&amp;mer l&apos;option</translation>
    </message>
    <message>
        <source>Remove the selected option and its answers</source>
        <translation>Supprimer l&apos;option sélectionnée et ses réponses</translation>
    </message>
    <message>
        <source>About the options</source>
        <translation>À propos des options</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>The courses of action this case compares: {least} to {most}, “No action” always among them. The questions about the situation are answered once; those about the means and the prospects once per option, in the steps that ask them. Each option is judged on its own and the best-judged is named at the decision.</source>
        <translation>Les lignes d&apos;action que compare ce dossier : de {least} à {most}, « Aucune action » toujours comprise. Les questions sur la situation reçoivent une seule réponse ; celles sur les moyens et les perspectives, une réponse par option, aux étapes qui les posent. Chaque option est jugée séparément et la mieux jugée est indiquée lors de la décision.</translation>
    </message>
    <message>
        <source>Not acting: always one of the options, never removed.</source>
        <translation>Ne pas agir : toujours l&apos;une des options, jamais supprimée.</translation>
    </message>
    <message>
        <source>An option needs a title: the old one is kept.</source>
        <translation>Une option doit avoir un titre : l&apos;ancien est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n options: remove one to add another.</source>
        <translation>
            <numerusform>%n option : supprimez-en une pour en ajouter une autre.</numerusform>
            <numerusform>%n options : supprimez-en une pour en ajouter une autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>“No action” is always an option: it cannot be removed.</source>
        <translation>« Aucune action » est toujours une option : elle ne peut pas être supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n options: add one before removing one.</source>
        <translation>
            <numerusform>Au moins %n option : ajoutez-en une avant d&apos;en supprimer une.</numerusform>
            <numerusform>Au moins %n options : ajoutez-en une avant d&apos;en supprimer une.</numerusform>
        </translation>
    </message>
    <message>
        <source>The options are frozen with the decision.</source>
        <translation>Les options sont figées avec la décision.</translation>
    </message>
</context>
<context>
    <name>PlaybookOrigin</name>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>dossier de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>kept in the record</source>
        <translation>conservé au registre</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question: {prompt}</source>
        <translation>Question : {prompt}</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>How the answer to &apos;{prompt}&apos; counts</source>
        <translation>Prise en compte de la réponse à « {prompt} »</translation>
    </message>
</context>
<context>
    <name>ResolutionControls</name>
    <message>
        <source>The resolution date was not set</source>
        <translation>La date de résolution n’a pas été fixée</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>✘ Not saved</source>
        <translation>✘ Non enregistré</translation>
    </message>
</context>
<context>
    <name>VerdictHtml</name>
    <message>
        <source>{title}: {verdict}</source>
        <translation>{title} : {verdict}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal basis&lt;/b&gt; (judged apart): {summary}</source>
        <translation>&lt;b&gt;Fondement juridique&lt;/b&gt; (apprécié séparément) : {summary}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fragility:&lt;/b&gt; {description}</source>
        <translation>&lt;b&gt;Fragilité :&lt;/b&gt; {description}</translation>
    </message>
</context>
</TS>
