<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalibrationView</name>
    <message>
        <source>Calibration diagram: how often what was called happened</source>
        <translation>Diagramme de calibrage&#xa0;: fréquence de réalisation de ce qui avait été estimé</translation>
    </message>
    <message>
        <source>what the call said</source>
        <translation>probabilité estimée</translation>
    </message>
    <message>
        <source>how often it happened</source>
        <translation>fréquence observée</translation>
    </message>
</context>
<context>
    <name>ConditionReviewDialog</name>
    <message>
        <source>Met</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfaite</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Record a review of a condition</source>
        <translation>Enregistrer l&apos;examen d&apos;une condition</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;Owner: {owner}&lt;br&gt;Checked by: {checked}&lt;br&gt;Tripwire: {tripwire}</source>
        <translation>Évaluation&#xa0;: {title}&lt;br&gt;Responsable&#xa0;: {owner}&lt;br&gt;Vérification&#xa0;: {checked}&lt;br&gt;Condition résolutoire&#xa0;: {tripwire}</translation>
    </message>
    <message>
        <source>Outcome of the review</source>
        <translation>Résultat de l&apos;examen</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note d&apos;examen</translation>
    </message>
    <message>
        <source>What was checked, on what evidence, and what was found</source>
        <translation>Ce qui a été vérifié, sur quels éléments, et ce qui a été constaté</translation>
    </message>
    <message>
        <source>Review again &amp;on</source>
        <translation>Pr&amp;ochain examen le</translation>
    </message>
    <message>
        <source>Set a next review date</source>
        <translation>Fixer la date du prochain examen</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Date du prochain examen</translation>
    </message>
    <message>
        <source>The &amp;tripwire was breached: the approval no longer stands</source>
        <translation>La con&amp;dition résolutoire est réalisée&#xa0;: l&apos;approbation n&apos;est plus valable</translation>
    </message>
    <message>
        <source>The tripwire was breached</source>
        <translation>La condition résolutoire est réalisée</translation>
    </message>
    <message>
        <source>What recording this review will do</source>
        <translation>Effet de l&apos;enregistrement de cet examen</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Enregistrer l&apos;examen</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Write a note: a review says what was checked and found.</source>
        <translation>Rédigez une note&#xa0;: un examen indique ce qui a été vérifié et constaté.</translation>
    </message>
    <message>
        <source>Recording this ends the approval: a new draft revision of the decision is opened, to be assessed and decided again.</source>
        <translation>Cet enregistrement met fin à l&apos;approbation&#xa0;: une nouvelle révision de la décision est ouverte à l&apos;état de projet, pour être évaluée et décidée à nouveau.</translation>
    </message>
    <message>
        <source>Recording this closes the condition: it takes no further review.</source>
        <translation>Cet enregistrement clôt la condition&#xa0;: elle ne fera plus l&apos;objet d&apos;aucun examen.</translation>
    </message>
    <message>
        <source>Recording this closes the condition as fulfilled.</source>
        <translation>Cet enregistrement clôt la condition comme satisfaite.</translation>
    </message>
    <message>
        <source>The condition is next due on {day}.</source>
        <translation>Le prochain examen de la condition est fixé au {day}.</translation>
    </message>
    <message>
        <source>The condition stays due: set a next review date, or it remains on the list of conditions due.</source>
        <translation>La condition reste à échéance&#xa0;: fixez la date du prochain examen, faute de quoi elle demeure dans la liste des conditions à échéance.</translation>
    </message>
    <message>
        <source>{consequence} A review is kept as recorded; it cannot be changed.</source>
        <translation>{consequence} Un examen est conservé tel qu&apos;enregistré&#xa0;; il ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Review</source>
        <translation>Date d&apos;examen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>What must hold</source>
        <translation>Ce qui doit être respecté</translation>
    </message>
    <message>
        <source>Tripwire</source>
        <translation>Condition résolutoire</translation>
    </message>
    <message>
        <source>Conditions due</source>
        <translation>Conditions à échéance</translation>
    </message>
    <message>
        <source>How many conditions are due</source>
        <translation>Nombre de conditions à échéance</translation>
    </message>
    <message>
        <source>Conditions due; press Enter to open the assessment</source>
        <translation>Conditions à échéance&#xa0;; appuyez sur Entrée pour ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Record a re&amp;view…</source>
        <translation>Enregistrer un e&amp;xamen…</translation>
    </message>
    <message>
        <source>Record a review of the selected condition</source>
        <translation>Enregistrer un examen de la condition sélectionnée</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>No condition of a standing approval is due today.</source>
        <translation>Aucune condition d&apos;une approbation en vigueur n&apos;arrive à échéance aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>1 condition due, {overdue} overdue.</source>
        <translation>1 condition à échéance, dont {overdue} en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions due, {overdue} overdue.</source>
        <translation>
            <numerusform>%n condition à échéance, dont {overdue} en retard.</numerusform>
            <numerusform>%n conditions à échéance, dont {overdue} en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} Enter opens the case&apos;s decision; Record a review… records what was found.</source>
        <translation>{count} Entrée ouvre la décision du dossier&#xa0;; «&#xa0;Enregistrer un examen…&#xa0;» consigne ce qui a été constaté.</translation>
    </message>
    <message>
        <source>The review was not recorded</source>
        <translation>L&apos;examen n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The approval no longer stands</source>
        <translation>L&apos;approbation n&apos;est plus valable</translation>
    </message>
    <message>
        <source>The tripwire was recorded as breached. A new draft revision of the decision was opened; it is listed in History, to be assessed and decided again.</source>
        <translation>La réalisation de la condition résolutoire a été enregistrée. Une nouvelle révision de la décision a été ouverte à l&apos;état de projet&#xa0;; elle figure dans l&apos;Historique, pour être évaluée et décidée à nouveau.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Voting power %</source>
        <translation>Pouvoir de vote (%)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Réexaminé le</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Member registry</source>
        <translation>Registre des membres</translation>
    </message>
    <message>
        <source>Registry version</source>
        <translation>Version du registre</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>Synthèse du registre</translation>
    </message>
    <message>
        <source>&amp;Import YAML…</source>
        <translation>&amp;Importer (YAML)…</translation>
    </message>
    <message>
        <source>Import a member registry file</source>
        <translation>Importer un fichier de registre des membres</translation>
    </message>
    <message>
        <source>&amp;Export YAML…</source>
        <translation>&amp;Exporter (YAML)…</translation>
    </message>
    <message>
        <source>Export the member registry to a file</source>
        <translation>Exporter le registre des membres dans un fichier</translation>
    </message>
    <message>
        <source>Member hist&amp;ory…</source>
        <translation>Hist&amp;orique du membre…</translation>
    </message>
    <message>
        <source>Show the selected member&apos;s entry and history</source>
        <translation>Afficher l&apos;inscription et l&apos;historique du membre sélectionné</translation>
    </message>
    <message>
        <source>&amp;Apply a decided review…</source>
        <translation>&amp;Appliquer un réexamen…</translation>
    </message>
    <message>
        <source>Apply a decided membership review to the registry</source>
        <translation>Appliquer au registre un réexamen d&apos;adhésion décidé</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Only members in full standing count in the double-majority tally. Standings follow the registry rule (Freedom in the World 2024: Free, and Free in each of the last ten editions; see docs/method.md) until a decided membership review is applied. Every change is an audited registry revision; members are never deleted. * marks a borderline entry. Weight and voting power (normalised Banzhaf index) follow the Concert rule: weight √population, the Jagiellonian quota, 55% of members, a blocking minority of at least four (docs/method.md, Authority).</source>
        <translation>Seuls les membres de plein droit sont comptés dans le décompte à double majorité. Les statuts suivent la règle du registre (Freedom in the World 2024&#xa0;: «&#xa0;Free&#xa0;», et «&#xa0;Free&#xa0;» dans chacune des dix dernières éditions&#xa0;; voir docs/method.md) jusqu&apos;à l&apos;application d&apos;un réexamen d&apos;adhésion décidé. Toute modification constitue une révision auditée du registre&#xa0;; aucun membre n&apos;est jamais supprimé. * signale une inscription limite. Le poids et le pouvoir de vote (indice de Banzhaf normalisé) suivent la règle du Concert&#xa0;: poids égal à √population, quota jagellonien, 55&#xa0;% des membres, minorité de blocage d&apos;au moins quatre membres (docs/method.md, Authority).</translation>
    </message>
    <message numerus="yes">
        <source>%n members, {full} in full standing ({people} people)</source>
        <translation>
            <numerusform>%n membre, dont {full} de plein droit ({people} habitants)</numerusform>
            <numerusform>%n membres, dont {full} de plein droit ({people} habitants)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; the largest voting power {share}</source>
        <translation>{summary}&#xa0;; pouvoir de vote le plus élevé&#xa0;: {share}</translation>
    </message>
    <message>
        <source>Member registry: no revision recorded yet</source>
        <translation>Registre des membres : aucune révision enregistrée à ce jour</translation>
    </message>
    <message>
        <source>Member registry {label}, SHA-256 {hash}</source>
        <translation>Registre des membres {label}, SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Member history</source>
        <translation>Historique du membre</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Sélectionnez d&apos;abord un membre.</translation>
    </message>
    <message>
        <source>Member history: {code}</source>
        <translation>Historique du membre&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Membership review</source>
        <translation>Réexamen d&apos;adhésion</translation>
    </message>
    <message>
        <source>Apply a decided review</source>
        <translation>Appliquer un réexamen décidé</translation>
    </message>
    <message>
        <source>No decided membership review is waiting to be applied (a deferred review changes no standing; each review is applied once).</source>
        <translation>Aucun réexamen d&apos;adhésion décidé n&apos;est en attente d&apos;application (un réexamen ajourné ne modifie aucun statut&#xa0;; chaque réexamen n&apos;est appliqué qu&apos;une fois).</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: {code}, the selected member):</source>
        <translation>Le statut de l&apos;État réexaminé suit la décision (État&#xa0;: {code}, le membre sélectionné)&#xa0;:</translation>
    </message>
    <message>
        <source>The reviewed state&apos;s standing follows the decision (state: the member the review&apos;s title names):</source>
        <translation>Le statut de l&apos;État réexaminé suit la décision (État&#xa0;: le membre nommé dans le titre du réexamen)&#xa0;:</translation>
    </message>
    <message>
        <source>Membership review applied</source>
        <translation>Réexamen d&apos;adhésion appliqué</translation>
    </message>
    <message>
        <source>Import member registry</source>
        <translation>Importer le registre des membres</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Import effectué.</translation>
    </message>
    <message>
        <source>Member registry imported</source>
        <translation>Registre des membres importé</translation>
    </message>
    <message>
        <source>Export member registry</source>
        <translation>Exporter le registre des membres</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>{index} · {editions} ed.</source>
        <translation>{index} · {editions} éd.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentPage</name>
    <message>
        <source>Playbooks to choose from</source>
        <translation>Guides disponibles</translation>
    </message>
    <message>
        <source>Chosen playbook: description, criteria and sources</source>
        <translation>Guide choisi&#xa0;: description, critères et sources</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Maritime interdiction in the Strait of …</source>
        <translation>p. ex. Interdiction maritime dans le détroit de …</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Action proposée</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Mention de classification</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>Créer et commencer</translation>
    </message>
    <message>
        <source>Create the assessment and start answering</source>
        <translation>Créer l&apos;évaluation et commencer à répondre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Proposed &amp;action</source>
        <translation>&amp;Action proposée</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>Cr&amp;ise</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassification</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>{title}  (v{version})</source>
        <translation>{title}  (v{version})</translation>
    </message>
    <message>
        <source>Choose a playbook and give the assessment a title.</source>
        <translation>Choisissez un guide et donnez un titre à l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création en cours…</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>Impossible de créer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>It occurred</source>
        <translation>L&apos;événement s&apos;est produit</translation>
    </message>
    <message>
        <source>It did not occur</source>
        <translation>L&apos;événement ne s&apos;est pas produit</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à déterminer</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Enregistrer ce qui s&apos;est produit</translation>
    </message>
    <message>
        <source>Assessment: {title}&lt;br&gt;The call: {term}</source>
        <translation>Évaluation&#xa0;: {title}&lt;br&gt;Estimation&#xa0;: {term}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est produit</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>What happened, and how we know</source>
        <translation>Ce qui s&apos;est produit, et comment nous le savons</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>Élément de preuve (facultatif)</translation>
    </message>
    <message>
        <source>e.g. UN situation report of 3 June</source>
        <translation>p. ex. rapport de situation de l&apos;ONU du 3 juin</translation>
    </message>
    <message>
        <source>Source of the evidence</source>
        <translation>Source de l&apos;élément de preuve</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>{grade}: {meaning}</source>
        <translation>{grade} : {meaning}</translation>
    </message>
    <message>
        <source>Credibility of the information</source>
        <translation>Crédibilité de l&apos;information</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Ce qui s&apos;est &amp;produit</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Élément de pre&amp;uve</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Re&amp;liability</source>
        <translation>&amp;Fiabilité</translation>
    </message>
    <message>
        <source>&amp;Credibility</source>
        <translation>&amp;Crédibilité</translation>
    </message>
    <message>
        <source>An outcome is kept as recorded and never changes the decided record; a later outcome of the same call corrects it, and both stay.</source>
        <translation>Un résultat est conservé tel qu&apos;enregistré et ne modifie jamais le dossier décidé&#xa0;; un résultat ultérieur de la même estimation le corrige, et tous deux sont conservés.</translation>
    </message>
    <message>
        <source>Write a note: say what happened and how we know.</source>
        <translation>Rédigez une note&#xa0;: indiquez ce qui s&apos;est produit et comment nous le savons.</translation>
    </message>
</context>
<context>
    <name>PlaybookDescription</name>
    <message>
        <source>{id} · version {version}</source>
        <translation>{id} · version {version}</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>(gate: must pass)</source>
        <translation>(critère éliminatoire&#xa0;: doit être satisfait)</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>PlaybooksPage</name>
    <message>
        <source>Built-in playbook.</source>
        <translation>Guide intégré.</translation>
    </message>
    <message>
        <source>From the user playbook folder.</source>
        <translation>Provient du dossier des guides de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Kept in the record only: no installed file has these bytes. Assessments made with it still read and re-evaluate from this copy.</source>
        <translation>Conservé uniquement dans les archives&#xa0;: aucun fichier installé ne contient ces octets. Les évaluations établies avec ce guide restent lisibles et réévaluables à partir de cette copie.</translation>
    </message>
    <message>
        <source>Playbooks and their versions</source>
        <translation>Guides et leurs versions</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>Détails du guide</translation>
    </message>
    <message>
        <source>Problems with playbook files</source>
        <translation>Problèmes dans les fichiers de guides</translation>
    </message>
    <message>
        <source>&amp;Add playbook file…</source>
        <translation>&amp;Ajouter un fichier de guide…</translation>
    </message>
    <message>
        <source>Add a playbook file</source>
        <translation>Ajouter un fichier de guide</translation>
    </message>
    <message>
        <source>Added playbooks are kept in {folder}</source>
        <translation>Les guides ajoutés sont conservés dans {folder}</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}  (kept in the record)</source>
        <translation>{title}
    {id} · version {version}  (conservé dans les archives)</translation>
    </message>
    <message>
        <source>{title}
    {id} · version {version}</source>
        <translation>{title}
    {id} · version {version}</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>les archives</translation>
    </message>
    <message>
        <source>Playbook files that were not loaded:
{errors}</source>
        <translation>Fichiers de guides non chargés&#xa0;:
{errors}</translation>
    </message>
    <message>
        <source>{origin}&lt;br&gt;File: {file}&lt;br&gt;SHA-256: {hash}</source>
        <translation>{origin}&lt;br&gt;Fichier&#xa0;: {file}&lt;br&gt;SHA-256&#xa0;: {hash}</translation>
    </message>
    <message>
        <source>Add a playbook</source>
        <translation>Ajouter un guide</translation>
    </message>
    <message>
        <source>Playbooks (*.yaml *.yml)</source>
        <translation>Guides (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>{title} (version {version}) is already installed.</source>
        <translation>{title} (version {version}) est déjà installé.</translation>
    </message>
    <message>
        <source>{title} (version {version}) is now available.</source>
        <translation>{title} (version {version}) est désormais disponible.</translation>
    </message>
    <message>
        <source>Playbook added</source>
        <translation>Guide ajouté</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (playbooks check lists them all).</source>
        <translation>
            <numerusform>… et&#xa0;%n autre (la commande playbooks check les énumère tous).</numerusform>
            <numerusform>… et&#xa0;%n autres (la commande playbooks check les énumère tous).</numerusform>
        </translation>
    </message>
    <message>
        <source>See line {line} of {file} first.</source>
        <translation>Consultez d&apos;abord la ligne {line} de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in {file}:</source>
        <translation>
            <numerusform>%n problème dans {file}&#xa0;:</numerusform>
            <numerusform>%n problèmes dans {file}&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook was not added</source>
        <translation>Le guide n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>See line {line} of {file}.</source>
        <translation>Consultez la ligne {line} de {file}.</translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <source>Record a retrospective</source>
        <translation>Enregistrer un retour d&apos;expérience</translation>
    </message>
    <message>
        <source>What we got wrong</source>
        <translation>Ce en quoi nous nous sommes trompés</translation>
    </message>
    <message>
        <source>What we would do again</source>
        <translation>Ce que nous referions</translation>
    </message>
    <message>
        <source>&amp;Record retrospective</source>
        <translation>&amp;Enregistrer le retour d&apos;expérience</translation>
    </message>
    <message>
        <source>What we got &amp;wrong</source>
        <translation>Ce en quoi nous nous sommes &amp;trompés</translation>
    </message>
    <message>
        <source>What we would do &amp;again</source>
        <translation>Ce que nous &amp;referions</translation>
    </message>
    <message>
        <source>A retrospective is kept as recorded and never changes the decided record.</source>
        <translation>Un retour d&apos;expérience est conservé tel qu&apos;enregistré et ne modifie jamais le dossier décidé.</translation>
    </message>
    <message>
        <source>Say both what we got wrong and what we would do again.</source>
        <translation>Indiquez à la fois ce en quoi nous nous sommes trompés et ce que nous referions.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Decided in the last 12 months</source>
        <translation>Décidées au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>Decided in the last 5 years</source>
        <translation>Décidées au cours des 5 dernières années</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est produit</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>s&apos;est produit</translation>
    </message>
    <message>
        <source>did not occur</source>
        <translation>ne s&apos;est pas produit</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>impossible à déterminer</translation>
    </message>
    <message>
        <source>Review: calibration of past calls</source>
        <translation>Bilan&#xa0;: calibrage des estimations passées</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>Tous les guides</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lessons &amp;report (PDF)…</source>
        <translation>&amp;Rapport d&apos;enseignements (PDF)…</translation>
    </message>
    <message>
        <source>Write the lessons report as a PDF</source>
        <translation>Produire le rapport d&apos;enseignements au format PDF</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Terms of the diagram; choose one to see its calls</source>
        <translation>Termes du diagramme&#xa0;; choisissez-en un pour afficher ses estimations</translation>
    </message>
    <message>
        <source>Calls behind the chosen point; Enter opens the case</source>
        <translation>Estimations correspondant au point choisi&#xa0;; Entrée ouvre le dossier</translation>
    </message>
    <message>
        <source>Calls and decisions due to be judged</source>
        <translation>Estimations et décisions à évaluer</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>Enregistrer ce qui s&apos;est &amp;produit…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected call</source>
        <translation>Enregistrer le résultat de l&apos;estimation sélectionnée</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>{occurred} of {calls} happened</source>
        <translation>réalisés&#xa0;: {occurred} sur {calls}</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>aucune estimation</translation>
    </message>
    <message>
        <source>{said}; too few calls</source>
        <translation>{said}&#xa0;; trop peu d&apos;estimations</translation>
    </message>
    <message>
        <source>{term}: {said}</source>
        <translation>{term}&#xa0;: {said}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>(the decision)</source>
        <translation>(la décision)</translation>
    </message>
    <message numerus="yes">
        <source>%n due to be judged, {overdue} overdue.</source>
        <translation>
            <numerusform>%n élément à évaluer, dont {overdue} en retard.</numerusform>
            <numerusform>%n éléments à évaluer, dont {overdue} en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due to be judged today.</source>
        <translation>Rien n&apos;est à évaluer aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The earliest {shown} are listed.</source>
        <translation>Les {shown} plus anciennes sont listées.</translation>
    </message>
    <message>
        <source>all calls: {calls} resolved calls, Brier {brier} = reliability {reliability} − resolution {resolution} + uncertainty {uncertainty}; cannot tell {cannot_tell}</source>
        <translation>Toutes les estimations : {calls} résolues, score de Brier {brier} = fiabilité {reliability} − résolution {resolution} + incertitude {uncertainty} ; impossible à déterminer : {cannot_tell}</translation>
    </message>
    <message>
        <source>{line} — too few calls (under {minimum})</source>
        <translation>{line} — trop peu d’estimations (moins de {minimum})</translation>
    </message>
    <message>
        <source>Record a retrospec&amp;tive…</source>
        <translation>Enregistrer un retour d&apos;e&amp;xpérience…</translation>
    </message>
    <message>
        <source>Record a retrospective of the selected decision</source>
        <translation>Enregistrer un retour d&apos;expérience sur la décision sélectionnée</translation>
    </message>
    <message>
        <source>the playbook of assessment {id} is neither installed nor kept in the record</source>
        <translation>le guide de l&apos;évaluation {id} n&apos;est ni installé ni conservé dans les archives</translation>
    </message>
    <message>
        <source>The outcome was not recorded</source>
        <translation>Le résultat n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The retrospective was not recorded</source>
        <translation>Le retour d&apos;expérience n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Lessons report</source>
        <translation>Rapport d&apos;enseignements</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The lessons report was written to {path}.</source>
        <translation>Le rapport d&apos;enseignements a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The lessons report was not written</source>
        <translation>Le rapport d&apos;enseignements n&apos;a pas été produit</translation>
    </message>
</context>
<context>
    <name>ScoresDescription</name>
    <message>
        <source>Weights and scores</source>
        <translation>Pondérations et scores</translation>
    </message>
    <message>
        <source>Shares are the weights normalised, with every question answered.</source>
        <translation>Les parts correspondent aux pondérations normalisées, toutes les questions ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>gate, weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>critère éliminatoire, pondération {weight} ({share} du score global), satisfait à partir de {threshold}</translation>
    </message>
    <message>
        <source>weight {weight} ({share} of the overall score), passes at {threshold}</source>
        <translation>pondération {weight} ({share} du score global), satisfait à partir de {threshold}</translation>
    </message>
    <message>
        <source>{of_criterion} of the criterion, {overall} overall</source>
        <translation>{of_criterion} du critère, {overall} au total</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non pris en compte</translation>
    </message>
    <message>
        <source>({id}, {kind}; weight {weight}: {counted})&lt;br&gt;scores: {rule}</source>
        <translation>({id}, {kind}&#xa0;; pondération {weight}&#xa0;: {counted})&lt;br&gt;notation&#xa0;: {rule}</translation>
    </message>
</context>
<context>
    <name>TrustRootConfirmation</name>
    <message>
        <source>This certificate is not marked as a certification authority: only memos signed with this very certificate will be trusted.</source>
        <translation>Ce certificat n&apos;est pas désigné comme autorité de certification&#xa0;: seules les notes de décision signées avec ce certificat même seront reconnues comme fiables.</translation>
    </message>
    <message>
        <source>This certificate expired on {day}.</source>
        <translation>Ce certificat a expiré le {day}.</translation>
    </message>
    <message>
        <source>This is a TEST certificate authority: trust it only on a machine used for trying the app, never for real decisions.</source>
        <translation>Il s&apos;agit d&apos;une autorité de certification de TEST&#xa0;: ne lui accordez votre confiance que sur un poste servant à essayer l&apos;application, jamais pour de véritables décisions.</translation>
    </message>
    <message>
        <source>itself (a root)</source>
        <translation>lui-même (certificat racine)</translation>
    </message>
    <message>
        <source>Trust this certificate for verifying memo signatures?</source>
        <translation>Faire confiance à ce certificat pour la vérification des signatures des notes de décision&#xa0;?</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Sujet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>Émis par&#xa0;: {issuer}</translation>
    </message>
    <message>
        <source>Valid: {start} to {end}</source>
        <translation>Validité&#xa0;: du {start} au {end}</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your security office gave you. Every memo signed under this certificate will then show as trusted.</source>
        <translation>Comparez cette empreinte avec celle que vous a communiquée votre service de sécurité. Toute note de décision signée sous ce certificat apparaîtra ensuite comme fiable.</translation>
    </message>
</context>
<context>
    <name>TrustRootsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (début)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajoutée par</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <source>Selected trust root in full</source>
        <translation>Racine de confiance sélectionnée, en détail</translation>
    </message>
    <message>
        <source>Selected trust root</source>
        <translation>Racine de confiance sélectionnée</translation>
    </message>
    <message>
        <source>Number of trust roots</source>
        <translation>Nombre de racines de confiance</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>&amp;Ajouter un certificat…</translation>
    </message>
    <message>
        <source>Add a trust root from a certificate file</source>
        <translation>Ajouter une racine de confiance à partir d&apos;un fichier de certificat</translation>
    </message>
    <message>
        <source>A memo&apos;s signatures count as trusted only when the signer&apos;s certificate was issued by one of these certification authorities. Add the certificate of the authority that issues your ministry&apos;s signing identities (a .pem, .crt, .cer or .der file); your security office can tell you its fingerprint. Roots are never removed: the record keeps what every past verification relied on.</source>
        <translation>Les signatures d&apos;une note de décision ne sont reconnues comme fiables que si le certificat du signataire a été délivré par l&apos;une de ces autorités de certification. Ajoutez le certificat de l&apos;autorité qui délivre les identités de signature de votre ministère (fichier .pem, .crt, .cer ou .der)&#xa0;; votre service de sécurité peut vous en communiquer l&apos;empreinte. Les racines ne sont jamais retirées&#xa0;: les archives conservent ce sur quoi chaque vérification passée s&apos;est fondée.</translation>
    </message>
    <message>
        <source>No trust roots yet: every signed memo reads “not trusted” until one is added. Ask your security officer for your ministry&apos;s certificate authority.</source>
        <translation>Aucune racine de confiance pour l&apos;instant&#xa0;: toute note de décision signée est affichée «&#xa0;non fiable&#xa0;» tant qu&apos;aucune racine n&apos;a été ajoutée. Demandez à votre responsable de la sécurité l&apos;autorité de certification de votre ministère.</translation>
    </message>
    <message>
        <source>1 trust root</source>
        <translation>1 racine de confiance</translation>
    </message>
    <message numerus="yes">
        <source>%n trust roots</source>
        <translation>
            <numerusform>%n racine de confiance</numerusform>
            <numerusform>%n racines de confiance</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Sujet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>itself (a root certificate)</source>
        <translation>lui-même (certificat racine)</translation>
    </message>
    <message>
        <source>Valid from {start} to {end} — &lt;b&gt;expired&lt;/b&gt;</source>
        <translation>Valide du {start} au {end} — &lt;b&gt;expiré&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>Valide du {start} au {end}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>Émis par&#xa0;: {issuer}</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Ajoutée le {when} par {who}</translation>
    </message>
    <message>
        <source>Add a trust root certificate</source>
        <translation>Ajouter un certificat racine de confiance</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>Déjà reconnu comme fiable</translation>
    </message>
    <message>
        <source>{subject} is already a trust root (added {when} by {who}).</source>
        <translation>{subject} est déjà une racine de confiance (ajoutée le {when} par {who}).</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Faire confiance à ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>Trust root added</source>
        <translation>Racine de confiance ajoutée</translation>
    </message>
    <message>
        <source>{subject} is now trusted. Memos signed under it verify as trusted.</source>
        <translation>{subject} est désormais reconnu comme fiable. Les notes de décision signées sous ce certificat sont vérifiées comme fiables.</translation>
    </message>
    <message>
        <source>The certificate was not added</source>
        <translation>Le certificat n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>Trust roots could not be listed: {error}</source>
        <translation>Impossible d&apos;afficher la liste des racines de confiance&#xa0;: {error}</translation>
    </message>
</context>
</TS>
