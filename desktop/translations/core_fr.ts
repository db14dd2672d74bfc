<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</TS>
