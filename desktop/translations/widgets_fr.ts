<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnswerChoices</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>AnswerLimits</name>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>de {minimum} à {maximum}</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <translation>au moins {minimum}</translation>
    </message>
    <message>
        <source>at most {maximum}</source>
        <translation>au plus {maximum}</translation>
    </message>
</context>
<context>
    <name>AnswerPicker</name>
    <message>
        <source>(unanswered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Scenario answer to: {question}</source>
        <translation>Réponse du scénario à : {question}</translation>
    </message>
</context>
<context>
    <name>AuthorityTally</name>
    <message>
        <source>Double majority met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>Double majorité atteinte : {endorsing} membres sur {counted} approuvent ({share}, seuil {needed}) ; {people} personnes sur {population} ({people_share}, seuil {people_needed}).</translation>
    </message>
    <message>
        <source>Double majority not met: {endorsing} of {counted} members endorse ({share}, needs {needed}); {people} of {population} people ({people_share}, needs {people_needed}).</source>
        <translation>Double majorité non atteinte : {endorsing} membres sur {counted} approuvent ({share}, seuil {needed}) ; {people} personnes sur {population} ({people_share}, seuil {people_needed}).</translation>
    </message>
    <message>
        <source>Double majority: no positions recorded yet.</source>
        <translation>Double majorité : aucune position enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{position} {count}</source>
        <translation>{position} : {count}</translation>
    </message>
    <message>
        <source>Positions: {counts}.</source>
        <translation>Positions : {counts}.</translation>
    </message>
    <message>
        <source> — lacks {what}</source>
        <translation> — manque : {what}</translation>
    </message>
    <message>
        <source>Authority met by the route “{route}”.</source>
        <translation>Autorité établie par la voie « {route} ».</translation>
    </message>
    <message>
        <source>Authority not met: no route is met.</source>
        <translation>Autorité non établie : aucune voie n&apos;est remplie.</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question} : {answer}</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation>Effacer la réponse à : {question}</translation>
    </message>
    <message>
        <source>{question}: answer</source>
        <translation>{question} : réponse</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>What must hold</source>
        <translation>Ce qui doit être respecté</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>How it is checked</source>
        <translation>Mode de vérification</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Tripwire (optional)</source>
        <translation>Seuil d&apos;alerte (facultatif)</translation>
    </message>
    <message>
        <source>Conditions of the approval, one row each</source>
        <translation>Conditions de l&apos;approbation, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter une condition</translation>
    </message>
    <message>
        <source>Add a condition row</source>
        <translation>Ajouter une ligne de condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Remove the selected condition rows</source>
        <translation>Supprimer les lignes de condition sélectionnées</translation>
    </message>
    <message>
        <source>Add at least one condition: what must hold, owner, how it is checked, review date.</source>
        <translation>Ajoutez au moins une condition : ce qui doit être respecté, le responsable, le mode de vérification, la date de réexamen.</translation>
    </message>
    <message>
        <source>Condition {number}: fill in “{column}”.</source>
        <translation>Condition {number} : remplissez « {column} ».</translation>
    </message>
    <message>
        <source>Condition {number}: write the review date as YYYY-MM-DD.</source>
        <translation>Condition {number} : indiquez la date de réexamen au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>DissentDialog</name>
    <message>
        <source>Record dissent</source>
        <translation>Consigner une opinion divergente</translation>
    </message>
    <message>
        <source>Reviewer recording dissent</source>
        <translation>Examinateur qui consigne l&apos;opinion divergente</translation>
    </message>
    <message>
        <source>Name and role, e.g. Legal adviser J. Mensah</source>
        <translation>Nom et fonction, p. ex. Conseiller juridique J. Mensah</translation>
    </message>
    <message>
        <source>Dissent text</source>
        <translation>Texte de l&apos;opinion divergente</translation>
    </message>
    <message>
        <source>What the reviewer disagrees with, and why</source>
        <translation>Ce que l&apos;examinateur conteste, et pourquoi</translation>
    </message>
    <message>
        <source>Record the dissent (it cannot be changed afterwards)</source>
        <translation>Consigner l&apos;opinion divergente (elle ne pourra plus être modifiée)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Examinateur</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>&amp;Opinion divergente</translation>
    </message>
    <message>
        <source>Dissent from the decision on “{title}”. It is kept in the record and printed on memos issued from now on; it cannot be edited or removed later.</source>
        <translation>Opinion divergente sur la décision relative à « {title} ». Elle est conservée au registre et figurera sur les notes émises désormais ; elle ne pourra être ni modifiée ni supprimée par la suite.</translation>
    </message>
</context>
<context>
    <name>EvidenceItem</name>
    <message>
        <source>What the evidence shows</source>
        <translation>Ce que montre l&apos;élément de preuve</translation>
    </message>
    <message>
        <source>Evidence summary for: {question}</source>
        <translation>Résumé de l&apos;élément de preuve pour : {question}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence source for: {question}</source>
        <translation>Source de l&apos;élément de preuve pour : {question}</translation>
    </message>
    <message>
        <source>{grade} — {meaning}</source>
        <translation>{grade} — {meaning}</translation>
    </message>
    <message>
        <source>Source reliability (Admiralty A–F)</source>
        <translation>Fiabilité de la source (Admiralty A–F)</translation>
    </message>
    <message>
        <source>Information credibility (Admiralty 1–6)</source>
        <translation>Crédibilité de l&apos;information (Admiralty 1–6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this evidence item for: {question}</source>
        <translation>Supprimer cet élément de preuve pour : {question}</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter un élément de preuve</translation>
    </message>
    <message>
        <source>Add an evidence item for: {question}</source>
        <translation>Ajouter un élément de preuve pour : {question}</translation>
    </message>
</context>
<context>
    <name>MemberPositionsInput</name>
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
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>Poids de vote</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{question}: member positions</source>
        <translation>{question} : positions des membres</translation>
    </message>
    <message>
        <source>Arrow keys move, Shift+arrows select; E endorse, O oppose, A abstain, N not consulted, Delete clears, for every selected member.</source>
        <translation>Les flèches déplacent, Maj+flèches sélectionnent ; E approuver, O s&apos;opposer, A s&apos;abstenir, N non consulté, Suppr efface, pour chaque membre sélectionné.</translation>
    </message>
    <message>
        <source>E endorse · O oppose · A abstain · N not consulted · Delete: no position — for the selected members</source>
        <translation>E approuver · O s&apos;opposer · A s&apos;abstenir · N non consulté · Suppr : aucune position — pour les membres sélectionnés</translation>
    </message>
    <message>
        <source>Double-majority tally</source>
        <translation>Décompte de la double majorité</translation>
    </message>
    <message>
        <source>Position to give</source>
        <translation>Position à attribuer</translation>
    </message>
    <message>
        <source>Give to the selected</source>
        <translation>Attribuer à la sélection</translation>
    </message>
    <message>
        <source>Give the selected members the chosen position</source>
        <translation>Attribuer la position choisie aux membres sélectionnés</translation>
    </message>
    <message>
        <source>Give to every member without a position</source>
        <translation>Attribuer à tous les membres sans position</translation>
    </message>
    <message>
        <source>Give every member without a position the chosen one</source>
        <translation>Attribuer la position choisie à tous les membres qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>Keys on the table: E endorse · O oppose · A abstain · N not consulted · Delete none; Shift+arrows select rows.</source>
        <translation>Touches du tableau : E approuver · O s&apos;opposer · A s&apos;abstenir · N non consulté · Suppr aucune ; Maj+flèches sélectionnent des lignes.</translation>
    </message>
    <message>
        <source>square-root weight {weight}; normalised Banzhaf index</source>
        <translation>poids en racine carrée {weight} ; indice de Banzhaf normalisé</translation>
    </message>
    <message>
        <source>voting power is shown under a playbook&apos;s authority rule</source>
        <translation>le poids de vote s&apos;affiche selon la règle d&apos;autorité d&apos;un guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>pivotal in the current tally</source>
        <translation>décisif dans le décompte actuel</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>No position</source>
        <translation>Aucune position</translation>
    </message>
</context>
<context>
    <name>RationaleEditor</name>
    <message>
        <source>Why this answer? What would change it?</source>
        <translation>Pourquoi cette réponse ? Qu&apos;est-ce qui la ferait changer ?</translation>
    </message>
    <message>
        <source>Rationale for: {question}</source>
        <translation>Justification pour : {question}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Confidence in the answer to: {question}</source>
        <translation>Degré de confiance dans la réponse à : {question}</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
</context>
<context>
    <name>ResolutionDateEdit</name>
    <message>
        <source>Judge what happened on:</source>
        <translation>Juger ce qui s’est passé le :</translation>
    </message>
    <message>
        <source>Judge the decision on:</source>
        <translation>Juger la décision le :</translation>
    </message>
    <message>
        <source>Resolution date of: {what}</source>
        <translation>Date de résolution de : {what}</translation>
    </message>
    <message>
        <source>Resolution date of the decision</source>
        <translation>Date de résolution de la décision</translation>
    </message>
    <message>
        <source>Where the resolution date comes from</source>
        <translation>Origine de la date de résolution</translation>
    </message>
    <message>
        <source>Set on this draft.</source>
        <translation>Fixée sur ce projet.</translation>
    </message>
    <message>
        <source>The playbook&apos;s default: {days} days after the decision.</source>
        <translation>Valeur par défaut du guide d’évaluation : {days} jours après la décision.</translation>
    </message>
    <message>
        <source>Fixed when the assessment was decided.</source>
        <translation>Fixée lorsque l’évaluation a été décidée.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ satisfait</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ non satisfait</translation>
    </message>
    <message>
        <source>… incomplete</source>
        <translation>… incomplet</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Panneau du verdict</translation>
    </message>
    <message>
        <source>Where the verdict stands</source>
        <translation>État du verdict</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Criteria results</source>
        <translation>Résultats par critère</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Fragility</source>
        <translation>Fragilité</translation>
    </message>
    <message>
        <source>Missing required answers</source>
        <translation>Réponses obligatoires manquantes</translation>
    </message>
    <message>
        <source>Estimative flags</source>
        <translation>Signalements d&apos;estimation</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Best-judged option: {option}</source>
        <translation>Option la mieux jugée : {option}</translation>
    </message>
    <message>
        <source>(judged apart): {summary}</source>
        <translation>(appréciée séparément) : {summary}</translation>
    </message>
    <message>
        <source>(gate)</source>
        <translation>(éliminatoire)</translation>
    </message>
    <message>
        <source>knife-edge</source>
        <translation>sur le fil</translation>
    </message>
    <message numerus="yes">
        <source>Required answers missing (%n)</source>
        <translation>
            <numerusform>Réponse obligatoire manquante (%n)</numerusform>
            <numerusform>Réponses obligatoires manquantes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All required questions are answered.</source>
        <translation>Toutes les questions obligatoires ont reçu une réponse.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>legitimate</source>
        <translation>légitime</translation>
    </message>
    <message>
        <source>legitimate with conditions</source>
        <translation>légitime sous conditions</translation>
    </message>
    <message>
        <source>justified in substance; authority short</source>
        <translation>justifiée sur le fond ; autorité insuffisante</translation>
    </message>
    <message>
        <source>not legitimate</source>
        <translation>non légitime</translation>
    </message>
    <message>
        <source>insufficient information</source>
        <translation>informations insuffisantes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>approuver sous conditions</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejeter</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>endorse</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>s&apos;opposer</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>s&apos;abstenir</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>non consulté</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>almost no chance</source>
        <translation>quasiment aucune chance</translation>
    </message>
    <message>
        <source>very unlikely</source>
        <translation>très improbable</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>roughly even chance</source>
        <translation>chances à peu près égales</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>très probable</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>presque certain</translation>
    </message>
    <message>
        <source>authorised by the Security Council</source>
        <translation>autorisée par le Conseil de sécurité</translation>
    </message>
    <message>
        <source>blocked by a veto</source>
        <translation>bloquée par un veto</translation>
    </message>
    <message>
        <source>not sought</source>
        <translation>non sollicitée</translation>
    </message>
    <message>
        <source>rejected on its merits</source>
        <translation>rejetée sur le fond</translation>
    </message>
    <message>
        <source>veto threatened, no draft put to a vote</source>
        <translation>menace de veto, aucun projet mis aux voix</translation>
    </message>
    <message>
        <source>relies on earlier resolutions</source>
        <translation>s&apos;appuie sur des résolutions antérieures</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>entièrement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>généralement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>généralement peu fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>peut-être vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à évaluer</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>full</source>
        <translation>plein droit</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>SANS CLASSIFICATION</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>USAGE OFFICIEL</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>TOP SECRET</source>
        <translation>TRÈS SECRET</translation>
    </message>
    <message>
        <source>unsigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>non signée</translation>
    </message>
    <message>
        <source>drafted</source>
        <comment>a memo&apos;s stage</comment>
        <translation>signée par le rédacteur</translation>
    </message>
    <message>
        <source>countersigned</source>
        <comment>a memo&apos;s stage</comment>
        <translation>contresignée</translation>
    </message>
    <message>
        <source>drafting official</source>
        <comment>who signs a memo</comment>
        <translation>agent rédacteur</translation>
    </message>
    <message>
        <source>minister</source>
        <comment>who signs a memo</comment>
        <translation>ministre</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an approval&apos;s condition</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>an approval&apos;s condition</comment>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>an approval&apos;s condition</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>tripwire breached</source>
        <comment>an approval&apos;s condition</comment>
        <translation>seuil d&apos;alerte franchi</translation>
    </message>
</context>
</TS>
