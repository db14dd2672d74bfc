<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailView</name>
    <message>
        <source>Selected assessment in full</source>
        <translation>Évaluation sélectionnée en intégralité</translation>
    </message>
    <message>
        <source>Select an assessment to see it in full; Enter or a double click opens it.</source>
        <translation>Sélectionnez une évaluation pour l&apos;afficher en intégralité ; Entrée ou un double-clic l&apos;ouvre.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Start a revi&amp;sion</source>
        <translation>Commencer une ré&amp;vision</translation>
    </message>
    <message>
        <source>Start a revision of the selected assessment</source>
        <translation>Commencer une révision de l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Record &amp;dissent…</source>
        <translation>Consigner une opinion &amp;divergente…</translation>
    </message>
    <message>
        <source>Record a reviewer&apos;s dissent from the decision</source>
        <translation>Consigner l&apos;opinion divergente d&apos;un examinateur sur la décision</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>Vér&amp;ifier</translation>
    </message>
    <message>
        <source>View the chosen memo</source>
        <translation>Afficher la note choisie</translation>
    </message>
    <message>
        <source>Export the chosen memo to a PDF file</source>
        <translation>Exporter la note choisie dans un fichier PDF</translation>
    </message>
    <message>
        <source>Verify the chosen memo&apos;s signatures</source>
        <translation>Vérifier les signatures de la note choisie</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>{reference} ({stage})</source>
        <translation>{reference} ({stage})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>{title}  (revision {revision})</source>
        <translation>{title}  (révision {revision})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No assessments yet: start one with New assessment (Ctrl+N).</source>
        <translation>Aucune évaluation pour l&apos;instant : commencez-en une avec Nouvelle évaluation (Ctrl+N).</translation>
    </message>
    <message>
        <source>No assessment matches this search and these filters.</source>
        <translation>Aucune évaluation ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>Search titles, answers, rationale, evidence… (Ctrl+F)</source>
        <translation>Rechercher dans les titres, réponses, justifications, preuves… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>Any playbook</source>
        <translation>Tout guide d&apos;évaluation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Toute décision</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Number of matching assessments</source>
        <translation>Nombre d&apos;évaluations correspondantes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>An outcome or a retrospective is recorded</source>
        <translation>Un résultat ou un retour d’expérience est enregistré</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>The resolution date has passed and no outcome is recorded</source>
        <translation>La date de résolution est passée et aucun résultat n’est enregistré</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>A call of 80 % or more that did not occur, or of 20 % or less that did</source>
        <translation>Une estimation de 80 % ou plus qui ne s’est pas réalisée, ou de 20 % ou moins qui s’est réalisée</translation>
    </message>
    <message>
        <source>Filter by date: {bound}</source>
        <translation>Filtrer par date : {bound}</translation>
    </message>
    <message>
        <source>Date {bound}</source>
        <translation>Date : {bound}</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>La recherche a échoué : {message}</translation>
    </message>
    <message>
        <source>{count}+ assessments</source>
        <translation>{count}+ évaluations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
</context>
<context>
    <name>OptionsComparison</name>
    <message>
        <source>best-judged</source>
        <translation>la mieux jugée</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Weakest margin</source>
        <translation>Marge la plus faible</translation>
    </message>
    <message>
        <source>Options compared (as judged when decided)</source>
        <translation>Options comparées (telles que jugées lors de la décision)</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>Options comparées</translation>
    </message>
    <message>
        <source>Best-judged option: &lt;b&gt;{option}&lt;/b&gt; ({verdict}).</source>
        <translation>Option la mieux jugée : &lt;b&gt;{option}&lt;/b&gt; ({verdict}).</translation>
    </message>
    <message>
        <source>What would turn each verdict:</source>
        <translation>Ce qui renverserait chaque verdict :</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>For me (drafter)</source>
        <translation>Pour moi (rédacteur)</translation>
    </message>
    <message>
        <source>For me (reviewer)</source>
        <translation>Pour moi (examinateur)</translation>
    </message>
    <message>
        <source>For me (minister)</source>
        <translation>Pour moi (ministre)</translation>
    </message>
    <message>
        <source>For me as drafter</source>
        <translation>Pour moi en tant que rédacteur</translation>
    </message>
    <message>
        <source>For me as reviewer</source>
        <translation>Pour moi en tant qu&apos;examinateur</translation>
    </message>
    <message>
        <source>For me as minister</source>
        <translation>Pour moi en tant que ministre</translation>
    </message>
    <message>
        <source>Waiting for the drafter</source>
        <translation>En attente du rédacteur</translation>
    </message>
    <message>
        <source>Waiting for the reviewer</source>
        <translation>En attente de l&apos;examinateur</translation>
    </message>
    <message>
        <source>Waiting for the minister</source>
        <translation>En attente du ministre</translation>
    </message>
    <message>
        <source>Nothing waits for the drafter.</source>
        <translation>Rien n&apos;attend le rédacteur.</translation>
    </message>
    <message>
        <source>Nothing waits for the reviewer.</source>
        <translation>Rien n&apos;attend l&apos;examinateur.</translation>
    </message>
    <message>
        <source>Nothing waits for the minister.</source>
        <translation>Rien n&apos;attend le ministre.</translation>
    </message>
    <message>
        <source>For me: the drafts waiting for a role</source>
        <translation>Pour moi : les projets en attente d&apos;un rôle</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>Projets en attente</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <source>{title} — {stage} by {who}, {when}</source>
        <translation>{title} — {stage} par {who}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the drafter</source>
        <translation>
            <numerusform>%n en attente du rédacteur</numerusform>
            <numerusform>%n en attente du rédacteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the reviewer</source>
        <translation>
            <numerusform>%n en attente de l&apos;examinateur</numerusform>
            <numerusform>%n en attente de l&apos;examinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the minister</source>
        <translation>
            <numerusform>%n en attente du ministre</numerusform>
            <numerusform>%n en attente du ministre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>unsigned</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>Scenario note</source>
        <translation>Note de scénario</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>open, next review {date}</source>
        <translation>en cours, prochain réexamen le {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requirement}&lt;/b&gt; — owner {owner}; checked by {how_checked}; tripwire: {tripwire}.</source>
        <translation>&lt;b&gt;{requirement}&lt;/b&gt; — responsable : {owner} ; vérification : {how_checked} ; seuil d&apos;alerte : {tripwire}.</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Review {date} by {reviewer}: &lt;b&gt;{outcome}&lt;/b&gt;</source>
        <translation>Réexamen du {date} par {reviewer} : &lt;b&gt;{outcome}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (tripwire breached)</source>
        <translation> (seuil d&apos;alerte franchi)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes au dossier</translation>
    </message>
    <message>
        <source>{kind} note</source>
        <translation>Note ({kind})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{note}&lt;/b&gt; by {author}, {when}</source>
        <translation>&lt;b&gt;{note}&lt;/b&gt; de {author}, {when}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; by {decided_by}, {when}; verdict &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; par {decided_by}, {when} ; verdict &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;i&gt;departs from the verdict&lt;/i&gt;</source>
        <translation> — &lt;i&gt;s&apos;écarte du verdict&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Minister&apos;s certificate: {subject}, SHA-256 {fingerprint}</source>
        <translation>Certificat du ministre : {subject}, SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Fragility:</source>
        <translation>Fragilité :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dissent&lt;/b&gt; ({reviewer}): {text}</source>
        <translation>&lt;b&gt;Opinion divergente&lt;/b&gt; ({reviewer}) : {text}</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The playbook this was assessed under is not installed; answers are shown by question id.</source>
        <translation>Le guide d&apos;évaluation utilisé pour cette évaluation n&apos;est pas installé ; les réponses sont présentées par identifiant de question.</translation>
    </message>
    <message>
        <source>(confidence {level})</source>
        <translation>(confiance {level})</translation>
    </message>
    <message>
        <source>Evidence [{grade}]: {summary}</source>
        <translation>Élément de preuve [{grade}] : {summary}</translation>
    </message>
    <message>
        <source>Revision {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;Playbook {playbook} {version} · created {when} by {author}</source>
        <translation>Révision {revision} · &lt;b&gt;{status}&lt;/b&gt; · {classification}&lt;br&gt;Guide d&apos;évaluation {playbook} {version} · créée le {when} par {author}</translation>
    </message>
    <message>
        <source>Proposed action:</source>
        <translation>Action proposée :</translation>
    </message>
    <message>
        <source>Crisis:</source>
        <translation>Crise :</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Revision {revision}: {status}, {when}</source>
        <translation>Révision {revision} : {status}, {when}</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (celle-ci)</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{signer} ({role})</source>
        <translation>{signer} ({role})</translation>
    </message>
    <message>
        <source>Who acted (database logins)</source>
        <translation>Intervenants (identifiants de base de données)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>{actor}, login &lt;b&gt;{login}&lt;/b&gt;</source>
        <translation>{actor}, identifiant &lt;b&gt;{login}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>&lt;h3&gt;Welcome to Concert Desk&lt;/h3&gt;&lt;p&gt;This record holds no assessment yet. Concert Desk takes a proposed joint action through four steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assess&lt;/b&gt; it against the playbook&apos;s criteria, each answer with its reasons, confidence and graded evidence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;read the verdict&lt;/b&gt;, how fragile it is, and whether the member democracies&apos; positions give it authority;&lt;/li&gt;&lt;li&gt;&lt;b&gt;decide and sign&lt;/b&gt;: the minister&apos;s decision, in a memo signed by the drafting official and countersigned by the minister;&lt;/li&gt;&lt;li&gt;&lt;b&gt;review&lt;/b&gt; it later: every assessment, decision and memo stays searchable and verifiable here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see it at work first, open the four example cases (invented; one legitimate, one just short of authority, one early draft, one comparing three options). They come in as drafts you can change or leave.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans Concert Desk&lt;/h3&gt;&lt;p&gt;Ce registre ne contient encore aucune évaluation. Concert Desk conduit une action commune proposée en quatre étapes :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;l&apos;évaluer&lt;/b&gt; au regard des critères du guide d&apos;évaluation, chaque réponse étant assortie de ses motifs, de son degré de confiance et d&apos;éléments de preuve cotés ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;prendre connaissance du verdict&lt;/b&gt;, de sa fragilité et de la question de savoir si les positions des démocraties membres lui confèrent l&apos;autorité nécessaire ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;décider et signer&lt;/b&gt; : la décision du ministre, dans une note signée par l&apos;agent rédacteur et contresignée par le ministre ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;la réexaminer&lt;/b&gt; ultérieurement : chaque évaluation, décision et note reste consultable et vérifiable ici.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Pour voir d&apos;abord l&apos;application à l&apos;œuvre, ouvrez les quatre cas d&apos;exemple (fictifs : l&apos;un légitime, l&apos;un à la limite de l&apos;autorité requise, l&apos;un à l&apos;état de premier projet, l&apos;un comparant trois options). Ils sont importés comme projets que vous pouvez modifier ou laisser en l&apos;état.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Open the example &amp;cases</source>
        <translation>Ouvrir les &amp;cas d&apos;exemple</translation>
    </message>
    <message>
        <source>Open the example cases</source>
        <translation>Ouvrir les cas d&apos;exemple</translation>
    </message>
    <message>
        <source>Start a ne&amp;w assessment</source>
        <translation>Commencer une nou&amp;velle évaluation</translation>
    </message>
    <message>
        <source>Read the &amp;user guide (F1)</source>
        <translation>Lire le guide de l&apos;&amp;utilisateur (F1)</translation>
    </message>
</context>
</TS>
