<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name is recorded with every change you make, and printed as the sender of the memos you issue. Role and unit are optional; you can change all of this later (File &gt; Profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role and unit are recorded with every change you make from now on, and printed as the sender of the memos you issue. Changes already recorded keep the name they were made under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Concert Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Crisis Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: identity file (.p12) or pkcs11: URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the default signing identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default signing &amp;identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your changes will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will speak the language you chose when Concert Desk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: changes are recorded as {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be recorded as: {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
