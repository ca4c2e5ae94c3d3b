<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Postmortem Studio will be in %1 from the next time it starts.</source>
        <translation>Postmortem Studio sera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>Ouvrir l’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export E-mail &amp;Draft…</source>
        <translation>Exporter un &amp;brouillon d’e-mail…</translation>
    </message>
    <message>
        <source>Letters to &amp;Recipients…</source>
        <translation>Lettres aux &amp;destinataires…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’a&amp;perçu</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Guide to This &amp;Step</source>
        <translation>Guide de cette &amp;étape</translation>
    </message>
    <message>
        <source>&amp;About Postmortem Studio</source>
        <translation>À &amp;propos de Postmortem Studio</translation>
    </message>
    <message>
        <source>Spell checking needs the pyspellchecker package: pip install pyspellchecker</source>
        <translation>La vérification orthographique nécessite le paquet pyspellchecker : pip install pyspellchecker</translation>
    </message>
    <message>
        <source>Postmortem Studio: write a postmortem once; export a customer letter and an internal report.</source>
        <translation>Postmortem Studio : rédigez le postmortem une fois, exportez-en une lettre aux clients et un rapport interne.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1 step</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>À corriger</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to fix</source>
        <translation>
            <numerusform>%1 · %n à corriger</numerusform>
            <numerusform>%1 · %n à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Lettre aux clients</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Relire et exporter</translation>
    </message>
</context>
</TS>
