<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
</context>
<context>
    <name>Decision</name>
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
        <translation>ajourner</translation>
    </message>
</context>
<context>
    <name>InformationCredibility</name>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d’autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>possiblement vraie</translation>
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
</context>
<context>
    <name>Likelihood</name>
    <message>
        <source>almost no chance</source>
        <translation>quasi aucune chance</translation>
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
        <translation>quasi certain</translation>
    </message>
    <message>
        <source>{term} ({low}–{high}%)</source>
        <translation>{term} ({low} à {high} %)</translation>
    </message>
</context>
<context>
    <name>MemberPosition</name>
    <message>
        <source>endorse</source>
        <translation>soutien</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>opposition</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstention</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>non consulté</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name is recorded with every change you make, and printed as the sender of the memos you issue. Role and unit are optional; you can change all of this later (File &gt; Profile…).</source>
        <translation>Votre nom est enregistré avec chacune de vos modifications et imprimé comme expéditeur des notes que vous émettez. La fonction et le service sont facultatifs ; vous pourrez modifier ces informations ultérieurement (Fichier &gt; Profil…).</translation>
    </message>
    <message>
        <source>Your name, role and unit are recorded with every change you make from now on, and printed as the sender of the memos you issue. Changes already recorded keep the name they were made under.</source>
        <translation>Votre nom, votre fonction et votre service seront enregistrés avec chacune de vos modifications à compter de maintenant, et imprimés comme expéditeur des notes que vous émettez. Les modifications déjà enregistrées conservent le nom sous lequel elles ont été faites.</translation>
    </message>
    <message>
        <source>Welcome to Concert Desk</source>
        <translation>Bienvenue dans Concert Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre fonction</translation>
    </message>
    <message>
        <source>optional, e.g. Desk officer</source>
        <translation>facultatif, p. ex. Chargé de dossier</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Votre service</translation>
    </message>
    <message>
        <source>optional, e.g. Crisis Unit</source>
        <translation>facultatif, p. ex. Cellule de crise</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>Identité de signature par défaut</translation>
    </message>
    <message>
        <source>optional: identity file (.p12) or pkcs11: URI</source>
        <translation>facultatif : fichier d’identité (.p12) ou URI pkcs11:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the default signing identity file</source>
        <translation>Choisir le fichier d’identité de signature par défaut</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Default signing &amp;identity</source>
        <translation>&amp;Identité de signature par défaut</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <source>How your changes will be recorded</source>
        <translation>Nom sous lequel vos modifications seront enregistrées</translation>
    </message>
    <message>
        <source>The window will speak the language you chose when Concert Desk next starts.</source>
        <translation>La langue choisie s’appliquera au prochain démarrage de Concert Desk.</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Quand la langue change</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>Ce qui manque ou est incorrect</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Not now: changes are recorded as {user}</source>
        <translation>Plus tard : les modifications sont enregistrées au nom de {user}</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Your changes will be recorded as: {actor}</source>
        <translation>Vos modifications seront enregistrées au nom de : {actor}</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>Choisir votre identité de signature</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>RoutingStage</name>
    <message>
        <source>a draft, not yet submitted for review</source>
        <translation>un brouillon, pas encore soumis pour examen</translation>
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
    <name>SourceReliability</name>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the record…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Ouverture du registre</translation>
    </message>
    <message>
        <source>The record could not be opened: {error}</source>
        <translation>Le registre n’a pas pu être ouvert : {error}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
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
</context>
</TS>
