<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionItemsFilter</name>
    <message>
        <source>All items</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Promised to customers</source>
        <translation>Promises aux clients</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2</source>
        <translation>En retard : échéance le %1 et toujours %2</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Supprimer l’action</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter: owner, words…</source>
        <translation>Filtrer : responsable, mots…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Filtrer les actions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column heading to sort.</source>
        <translation>Double-cliquez sur une cellule pour la modifier ; cliquez sur un en-tête de colonne pour trier.</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Empty: no date is promised.</source>
        <translation>Vide : aucune date n’est promise.</translation>
    </message>
    <message>
        <source>Due date of the selected action item</source>
        <translation>Échéance de l’action sélectionnée</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>Effacer l’échéance</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Effacer l’échéance</translation>
    </message>
    <message>
        <source>Select an action item to describe it: what done looks like</source>
        <translation>Sélectionnez une action pour la décrire : à quoi on reconnaît qu’elle est faite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description of the selected action item</source>
        <translation>Description de l’action sélectionnée</translation>
    </message>
    <message>
        <source>the action items</source>
        <translation>les actions</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past due.</source>
        <translation>
            <numerusform>%n action ouverte est en retard.</numerusform>
            <numerusform>%n actions ouvertes sont en retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>logo.png, in the same folder as the document</source>
        <translation>logo.png, dans le même dossier que le document</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <source>Save the document first: images must sit in its folder.</source>
        <translation>Enregistrez d’abord le document : les images doivent se trouver dans son dossier.</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; copy it there first.</source>
        <translation>%1 se trouve hors du dossier du document ; copiez-le d’abord dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What will be done, as a short imperative</source>
        <translation>Ce qui sera fait, en une courte phrase à l’infinitif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>One named person, not a team</source>
        <translation>Une personne nommée, pas une équipe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>Quand ce sera fait</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Prevent, detect, mitigate, or improve the process</source>
        <translation>Prévenir, détecter, atténuer ou améliorer le processus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Lien du ticket</translation>
    </message>
    <message>
        <source>https:// link to the ticket</source>
        <translation>Lien https:// vers le ticket</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Promised to customers: the letter lists it</source>
        <translation>Promis aux clients : la lettre l’énumère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Printed under the signer&apos;s name in the letter</source>
        <translation>Imprimé sous le nom du signataire dans la lettre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>Courte biographie</translation>
    </message>
    <message>
        <source>Printed under the letter when the signer&apos;s bio is included</source>
        <translation>Imprimée sous la lettre quand la biographie du signataire est incluse</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Parce que…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>When it happened, in the document&apos;s time zone</source>
        <translation>Quand c’est arrivé, dans le fuseau du document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trigger, detection, mitigation and resolution give the key durations</source>
        <translation>Déclencheur, détection, atténuation et résolution donnent les durées clés</translation>
    </message>
    <message>
        <source>Customer-visible</source>
        <translation>Visible des clients</translation>
    </message>
    <message>
        <source>Checked events may appear in the letter</source>
        <translation>Les événements cochés peuvent figurer dans la lettre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>What the letter covers</source>
        <translation>Ce que couvre la lettre</translation>
    </message>
    <message>
        <source>Insert a sentence starter</source>
        <translation>Insérer un début de phrase</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>Couvert.</translation>
    </message>
    <message>
        <source>Click an open topic to see what it needs.</source>
        <translation>Cliquez sur un sujet ouvert pour voir ce qu’il lui faut.</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type or paste a date such as %1.</source>
        <translation>Saisissez ou collez une date comme %1.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source> Select all and press Delete to empty it.</source>
        <translation> Sélectionnez tout et appuyez sur Suppr pour le vider.</translation>
    </message>
    <message>
        <source>The clipboard holds no date. Paste one such as %1.</source>
        <translation>Le presse-papiers ne contient pas de date. Collez-en une comme %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>opened read-only; Save As makes an editable copy</source>
        <translation>ouvert en lecture seule ; Enregistrer sous crée une copie modifiable</translation>
    </message>
    <message>
        <source>another window of Postmortem Studio is editing this file</source>
        <translation>une autre fenêtre de Postmortem Studio modifie ce fichier</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Your changes are still here, unsaved; Save As can put them somewhere else.</source>
        <translation>« %1 » n’a pas été enregistré : %2. Vos modifications sont toujours là, non enregistrées ; Enregistrer sous peut les placer ailleurs.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. It is still open here; save it to write it back.</source>
        <translation>« %1 » a été supprimé ou déplacé par un autre programme. Il est toujours ouvert ici ; enregistrez-le pour le réécrire.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>« %1 » a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>Impossible de lire cette version : %1</translation>
    </message>
    <message>
        <source>That version says the same as the document.</source>
        <translation>Cette version dit la même chose que le document.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Lecture seule : %1.</translation>
    </message>
    <message>
        <source>Saved. The version it replaced could not be kept: %1</source>
        <translation>Enregistré. La version remplacée n’a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>The file on disk cannot be read, so yours is kept: %1</source>
        <translation>Le fichier sur le disque est illisible, la version affichée est donc conservée : %1</translation>
    </message>
    <message>
        <source>Autosave is not working (%1). Save your work to keep it safe.</source>
        <translation>L’enregistrement automatique ne fonctionne pas (%1). Enregistrez votre travail pour le protéger.</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>Restaurer la version de %1</translation>
    </message>
    <message>
        <source>this copy cannot be changed</source>
        <translation>cette copie ne peut pas être modifiée</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Brouillon à partir de l’analyse</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Votre lettre</translation>
    </message>
    <message>
        <source>Draft paragraphs</source>
        <translation>Paragraphes du brouillon</translation>
    </message>
    <message>
        <source>The draft: tick what to add</source>
        <translation>Le brouillon : cochez ce qu’il faut ajouter</translation>
    </message>
    <message>
        <source>Add chosen paragraphs</source>
        <translation>Ajouter les paragraphes choisis</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <source>E-mail draft with the letter attached (.eml)</source>
        <translation>Brouillon d’e-mail avec la lettre en pièce jointe (.eml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Lettre aux clients</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Rapport interne</translation>
    </message>
    <message>
        <source>Only what customers may read: no internal notes, owners or unpromised actions</source>
        <translation>Seulement ce que les clients peuvent lire : ni notes internes, ni responsables, ni actions non promises</translation>
    </message>
    <message>
        <source>The full analysis, marked &apos;Internal: do not forward to customers&apos;</source>
        <translation>L’analyse complète, marquée « Interne : ne pas transmettre aux clients »</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>Choisir la destination</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Exporting the letter…</source>
        <translation>Export de la lettre…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>The customer letter still has %n error(s).</source>
        <translation>
            <numerusform>La lettre aux clients contient encore %n erreur.</numerusform>
            <numerusform>La lettre aux clients contient encore %n erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers would read the letter as it is.</source>
        <translation>Les clients liraient la lettre telle quelle.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>Revoir les problèmes</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>identifiant de l’incident</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>customer-visible</source>
        <translation>visibilité pour les clients</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>clients touchés</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>perte de données</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>cause première</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>facteur aggravant</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>detection analysis</source>
        <translation>analyse de la détection</translation>
    </message>
    <message>
        <source>response analysis</source>
        <translation>analyse de la réponse</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>tracker link</source>
        <translation>lien du ticket</translation>
    </message>
    <message>
        <source>customer-promised</source>
        <translation>promesse aux clients</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>« A bien fonctionné »</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>« A mal fonctionné »</translation>
    </message>
    <message>
        <source>got lucky</source>
        <translation>« Coups de chance »</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notes internes</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>action des clients</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>formule d’appel</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>formule de politesse</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps de la lettre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>recipients file</source>
        <translation>fichier des destinataires</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Choose an author…</source>
        <translation>Choisir un auteur…</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer : %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>undo step</comment>
        <translation>Effacer : %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer : %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer : %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The changes that keep this from happening again, or make it shorter: each with one owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.</source>
        <translation>Les changements qui empêchent que cela se reproduise, ou qui raccourcissent la panne : chacun avec un responsable, une échéance et une priorité. Marquez ceux promis aux clients ; la lettre les énumère.</translation>
    </message>
    <message>
        <source>Few, specific, owned by a person, dated, and linked to the tracker. A promise to customers is a commitment: only mark what will really be done.</source>
        <translation>Peu nombreuses, précises, confiées à une personne, datées et reliées au suivi des tickets. Une promesse aux clients est un engagement : ne marquez que ce qui sera vraiment fait.</translation>
    </message>
    <message>
        <source>Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November.</source>
        <translation>Envoyer les alertes de stockage à l’astreinte, pas à une boîte mail — Dana Ruiz, d’ici le 15 novembre.</translation>
    </message>
    <message>
        <source>What customers experienced: the window of impact, the services affected, how many customers, whether data was or may have been lost, and what they need to do.</source>
        <translation>Ce que les clients ont vécu : la période d’impact, les services touchés, combien de clients, si des données ont été ou ont pu être perdues, et ce qu’ils doivent faire.</translation>
    </message>
    <message>
        <source>Plain words a customer would use, exact times with the zone, numbers where you have them, and an honest data-loss statement, even when the answer is &apos;possibly&apos;.</source>
        <translation>Des mots simples, ceux d’un client, des heures exactes avec le fuseau, des chiffres quand vous en avez, et une déclaration honnête sur la perte de données, même si la réponse est « peut-être ».</translation>
    </message>
    <message>
        <source>Customers could not load the web site or open support tickets; 12,400 accounts.</source>
        <translation>Les clients ne pouvaient ni charger le site web ni ouvrir de ticket de support ; 12 400 comptes.</translation>
    </message>
    <message>
        <source>What the team learned, in three lists. Luck matters: it is what hides the next outage.</source>
        <translation>Ce que l’équipe a appris, en trois listes. La chance compte : c’est elle qui cache la prochaine panne.</translation>
    </message>
    <message>
        <source>Specific and blameless; each &apos;went wrong&apos; either has an action item or a reason it does not.</source>
        <translation>Précis et sans reproche ; chaque « a mal fonctionné » a une action, ou une raison de ne pas en avoir.</translation>
    </message>
    <message>
        <source>We got lucky: the second drive failed after the nightly backup had finished.</source>
        <translation>Nous avons eu de la chance : le second disque a lâché après la fin de la sauvegarde nocturne.</translation>
    </message>
    <message>
        <source>The facts a reader needs first: what the incident is called, how severe it was, who is writing about it, and a short summary.</source>
        <translation>Les faits dont le lecteur a besoin d’abord : le nom de l’incident, sa gravité, qui en rédige le compte rendu, et un bref résumé.</translation>
    </message>
    <message>
        <source>A title a customer would recognise, a severity everyone agrees on, and a summary of three or four sentences: what happened, to whom, for how long, and how it ended.</source>
        <translation>Un titre que le client reconnaîtrait, une gravité sur laquelle tout le monde s’accorde, et un résumé de trois ou quatre phrases : ce qui s’est passé, pour qui, pendant combien de temps, et comment cela s’est terminé.</translation>
    </message>
    <message>
        <source>Web site and support desk unavailable for 31 hours after a storage failure.</source>
        <translation>Site web et support indisponibles pendant 31 heures après une panne de stockage.</translation>
    </message>
    <message>
        <source>A last look before the letter and the report leave your hands: what the checks still find, and the exports.</source>
        <translation>Un dernier regard avant que la lettre et le rapport ne partent : ce que les vérifications trouvent encore, et les exports.</translation>
    </message>
    <message>
        <source>No errors; warnings read and either fixed or accepted on purpose; the preview read through once as a customer would.</source>
        <translation>Aucune erreur ; les avertissements lus, corrigés ou acceptés en connaissance de cause ; l’aperçu lu une fois comme le lirait un client.</translation>
    </message>
    <message>
        <source>0 errors, 1 warning: &apos;Rotate backup disks&apos; has no due date (accepted: date set next week).</source>
        <translation>0 erreur, 1 avertissement : « Faire tourner les disques de sauvegarde » n’a pas d’échéance (accepté : date fixée la semaine prochaine).</translation>
    </message>
    <message>
        <source>Why it happened: the trigger that set it off, the conditions that let it become an outage, and what slowed detection or response. Blameless: systems and decisions, not people.</source>
        <translation>Pourquoi c’est arrivé : le déclencheur, les conditions qui en ont fait une panne, et ce qui a ralenti la détection ou la réponse. Sans reproche : des systèmes et des décisions, pas des personnes.</translation>
    </message>
    <message>
        <source>Each root cause is a condition you can change; the five whys end at something an action item fixes, not at &apos;human error&apos;.</source>
        <translation>Chaque cause première est une condition que vous pouvez changer ; les cinq pourquoi aboutissent à quelque chose qu’une action corrige, pas à « l’erreur humaine ».</translation>
    </message>
    <message>
        <source>The array ran degraded for six days because the drive alert went to a retired inbox.</source>
        <translation>La baie a fonctionné en mode dégradé pendant six jours, car l’alerte disque arrivait dans une boîte mail abandonnée.</translation>
    </message>
    <message>
        <source>Every moment that matters, in order: what triggered the incident, when it was detected, escalated, mitigated and resolved, and what customers were told.</source>
        <translation>Chaque moment qui compte, dans l’ordre : ce qui a déclenché l’incident, quand il a été détecté, escaladé, atténué et résolu, et ce qui a été dit aux clients.</translation>
    </message>
    <message>
        <source>Times from logs and chat, not memory; one event per line; the trigger, detection, mitigation and resolution marked, so the report can show how long each took.</source>
        <translation>Des heures tirées des journaux et du chat, pas de mémoire ; un événement par ligne ; déclencheur, détection, atténuation et résolution marqués, pour que le rapport montre la durée de chacun.</translation>
    </message>
    <message>
        <source>2026-10-27 03:10  trigger  Primary drive in the storage array failed</source>
        <translation>2026-10-27 03:10  trigger  Le disque principal de la baie de stockage est tombé en panne</translation>
    </message>
    <message>
        <source>The letter customers receive: what happened in their terms, what it meant for them, an apology, what you are changing, and what they should do. It never shows internal notes.</source>
        <translation>La lettre que reçoivent les clients : ce qui s’est passé, dans leurs mots, ce que cela a signifié pour eux, des excuses, ce que vous changez et ce qu’ils doivent faire. Elle n’affiche jamais les notes internes.</translation>
    </message>
    <message>
        <source>Short paragraphs, no jargon, times with their zone, one plain apology without &apos;we apologise for any inconvenience&apos;, and a named person who signs.</source>
        <translation>Des paragraphes courts, sans jargon, des heures avec leur fuseau, des excuses simples sans « nous nous excusons pour la gêne occasionnée », et une personne nommée qui signe.</translation>
    </message>
    <message>
        <source>We are sorry. For 31 hours you could not reach us, and some of your messages were lost.</source>
        <translation>Nous sommes désolés. Pendant 31 heures, vous n’avez pas pu nous joindre, et certains de vos messages ont été perdus.</translation>
    </message>
    <message>
        <source>Who receives the letter. Each recipient gets their own copy, with their name and, when the file gives them, their own outage window and what they lost.</source>
        <translation>Qui reçoit la lettre. Chaque destinataire a son propre exemplaire, à son nom et, quand le fichier les donne, avec sa propre période de panne et ce qu’il a perdu.</translation>
    </message>
    <message>
        <source>Every row ready: a real address, once each, and every column the letter&apos;s {{ recipient.x }} fields use filled in. Read two or three letters before you write them all.</source>
        <translation>Chaque ligne prête : une vraie adresse, une seule fois, et chaque colonne qu’utilisent les champs {{ recipient.x }} de la lettre remplie. Lisez deux ou trois lettres avant de les écrire toutes.</translation>
    </message>
    <message>
        <source>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 support requests</source>
        <translation>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 demandes de support</translation>
    </message>
</context>
<context>
    <name>GuideBox</name>
    <message>
        <source>%1 step</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Masquer le guide</translation>
    </message>
    <message>
        <source>Show or hide this step&apos;s guide (F1)</source>
        <translation>Afficher ou masquer le guide de cette étape (F1)</translation>
    </message>
    <message>
        <source>Good looks like:</source>
        <translation>Ce qui est réussi :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>Guide to the %1 step</source>
        <translation>Guide de l’étape %1</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>Afficher le guide</translation>
    </message>
</context>
<context>
    <name>ImpactStep</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From the first moment customers were affected to the last.</source>
        <translation>Du premier au dernier moment où des clients ont été touchés.</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Début de l’impact</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>Fin de l’impact</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Qui et quoi</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Web site, Support desk</source>
        <translation>Site web, Support</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Clients touchés</translation>
    </message>
    <message>
        <source>All customers using the web site</source>
        <translation>Tous les clients utilisant le site web</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Nombre de clients</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> clients</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>What customers experienced</source>
        <translation>Ce que les clients ont vécu</translation>
    </message>
    <message>
        <source>Pages did not load; e-mails to support bounced or were not answered…</source>
        <translation>Les pages ne se chargeaient pas ; les e-mails au support étaient rejetés ou restaient sans réponse…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The letter puts the data-loss statement in its own box, so it cannot be missed.</source>
        <translation>La lettre place la déclaration sur la perte de données dans un encadré, pour qu’on ne puisse pas la manquer.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Perte de données</translation>
    </message>
    <message>
        <source>What was or may have been lost</source>
        <translation>Ce qui a été ou a pu être perdu</translation>
    </message>
    <message>
        <source>Support messages sent between … and … may not have reached us.</source>
        <translation>Les messages envoyés au support entre … et … ne nous sont peut-être pas parvenus.</translation>
    </message>
    <message>
        <source>Data at risk from</source>
        <translation>Données à risque depuis</translation>
    </message>
    <message>
        <source>Data at risk until</source>
        <translation>Données à risque jusqu’à</translation>
    </message>
    <message>
        <source>What customers must do</source>
        <translation>Ce que les clients doivent faire</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions des clients</translation>
    </message>
    <message>
        <source>If you wrote to support between … and …, please write again. If nothing is needed, say so.</source>
        <translation>Si vous avez écrit au support entre … et …, merci de nous réécrire. S’il n’y a rien à faire, dites-le.</translation>
    </message>
    <message>
        <source>SLA and credits</source>
        <translation>SLA et avoirs</translation>
    </message>
    <message>
        <source>Whether the SLA was breached and what credit customers receive</source>
        <translation>Si le SLA a été enfreint et quel avoir les clients reçoivent</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>l’impact</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)</source>
        <translation>Chronologies et postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Détecter d’après le contenu</translation>
    </message>
    <message>
        <source>Markdown postmortem</source>
        <translation>Postmortem en Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV timeline</source>
        <translation>Chronologie CSV ou TSV</translation>
    </message>
    <message>
        <source>Slack channel export</source>
        <translation>Export de canal Slack</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>Entrées de journal PagerDuty</translation>
    </message>
    <message>
        <source>Statuspage incident</source>
        <translation>Incident Statuspage</translation>
    </message>
    <message>
        <source>Chat or notes, one line each</source>
        <translation>Chat ou notes, une ligne chacun</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;. Untick what should stay out; times without an offset are read in the zone below. Edit ▸ Undo takes the whole import back.</source>
        <translation>Import de &lt;b&gt;%1&lt;/b&gt;. Décochez ce qui doit rester dehors ; les heures sans décalage sont lues dans le fuseau ci-dessous. Édition ▸ Annuler défait tout l’import.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Lire comme :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>For times written without an offset, unless the source names its zone; choosing one here wins over the source.</source>
        <translation>Pour les heures écrites sans décalage, sauf si la source nomme son fuseau ; un choix ici l’emporte sur la source.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>Les heures sans décalage sont lues en %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Importer %n ligne</numerusform>
            <numerusform>&amp;Importer %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>, customer-visible</source>
        <translation>, visible des clients</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement : %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>champ : %1</translation>
    </message>
    <message>
        <source>note → %1 internal notes</source>
        <translation>note → notes internes de %1</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>%1 – the original</source>
        <translation>%1 – l’original</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>New translation&apos;s language code</source>
        <translation>Code de langue de la nouvelle traduction</translation>
    </message>
    <message>
        <source>Language code, e.g. de or pt-BR</source>
        <translation>Code de langue, p. ex. de ou pt-BR</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add translation…</source>
        <translation>Ajouter une traduction…</translation>
    </message>
    <message>
        <source>Give a language code such as de, fr or pt-BR</source>
        <translation>Indiquez un code de langue comme de, fr ou pt-BR</translation>
    </message>
    <message>
        <source>The letter is already in %1</source>
        <translation>La lettre existe déjà en %1</translation>
    </message>
    <message>
        <source>Add %1 translation</source>
        <translation>Ajouter la traduction (%1)</translation>
    </message>
</context>
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
    <name>LessonsStep</name>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>A bien fonctionné</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The on-call engineer had a tested restore runbook</source>
        <translation>L’ingénieur d’astreinte disposait d’une procédure de restauration testée</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>A mal fonctionné</translation>
    </message>
    <message>
        <source>Status updates stopped during the restore</source>
        <translation>Les mises à jour de statut se sont arrêtées pendant la restauration</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Coups de chance</translation>
    </message>
    <message>
        <source>The failure began outside business hours</source>
        <translation>La panne a commencé en dehors des heures ouvrées</translation>
    </message>
    <message>
        <source>the lessons</source>
        <translation>les enseignements</translation>
    </message>
</context>
<context>
    <name>LetterStep</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Brouillon à partir de l’analyse</translation>
    </message>
    <message>
        <source>Write a first draft from the customer-visible events, the impact and the promised actions, with fields for the facts. It replaces only an empty letter or the template&apos;s prompts.</source>
        <translation>Rédige un premier brouillon à partir des événements visibles des clients, de l’impact et des actions promises, avec des champs pour les faits. Il ne remplace qu’une lettre vide ou les invites du modèle.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Empty: the write-up&apos;s date.</source>
        <translation>Vide : la date du compte rendu.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Re: Service outage of 27 October</source>
        <translation>Objet : interruption de service du 27 octobre</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <source>Dear customers,</source>
        <translation>Chers clients,</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>The whole letter between greeting and closing, in your order. Facts print where you put a field such as {{ impact_window }}; everything else is your own words.</source>
        <translation>Toute la lettre entre la formule d’appel et la formule de politesse, dans votre ordre. Les faits s’impriment là où vous placez un champ comme {{ impact_window }} ; tout le reste, ce sont vos mots.</translation>
    </message>
    <message>
        <source>I am writing to tell you what happened on …</source>
        <translation>Je vous écris pour vous dire ce qui s’est passé le …</translation>
    </message>
    <message>
        <source>What your letter covers</source>
        <translation>Ce que couvre votre lettre</translation>
    </message>
    <message>
        <source>Ticked from the checks on your letter.</source>
        <translation>Cochés d’après les vérifications de votre lettre.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>One of the authors (Overview step); the letter prints their job title.</source>
        <translation>L’un des auteurs (étape Vue d’ensemble) ; la lettre imprime sa fonction.</translation>
    </message>
    <message>
        <source>Signer&apos;s bio</source>
        <translation>Biographie du signataire</translation>
    </message>
    <message>
        <source>Print the signer&apos;s short bio under the letter</source>
        <translation>Imprimer la courte biographie du signataire sous la lettre</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>l’image de la signature</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>la lettre</translation>
    </message>
    <message>
        <source>Add draft paragraphs</source>
        <translation>Ajouter des paragraphes du brouillon</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
    <message>
        <source>Your letter has your own words: choose draft paragraphs to add.</source>
        <translation>Votre lettre contient vos propres mots : choisissez les paragraphes du brouillon à ajouter.</translation>
    </message>
    <message>
        <source>Draft letter from analysis</source>
        <translation>Rédiger la lettre à partir de l’analyse</translation>
    </message>
    <message>
        <source>Drafted the letter; [[prompts]] mark what only you can say.</source>
        <translation>Lettre rédigée ; les [[invites]] marquent ce que vous seul pouvez dire.</translation>
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
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>🔒  Internal notes — never sent to customers</source>
        <translation>🔒  Notes internes — jamais envoyées aux clients</translation>
    </message>
    <message>
        <source>Only the internal report shows these notes about %1; the customer letter never does.</source>
        <translation>Seul le rapport interne affiche ces notes sur %1 ; la lettre aux clients, jamais.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Names, links, raw data, open questions…</source>
        <translation>Noms, liens, données brutes, questions ouvertes…</translation>
    </message>
    <message>
        <source>Internal notes about %1 (never sent to customers)</source>
        <translation>Notes internes sur %1 (jamais envoyées aux clients)</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>From the timeline and the impact window; the report prints the same chart.</source>
        <translation>D’après la chronologie et la période d’impact ; le rapport imprime le même graphique.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>L’incident</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Web site unavailable after a storage failure</source>
        <translation>Site web indisponible après une panne de stockage</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Identifiant de l’incident</translation>
    </message>
    <message>
        <source>INC-2026-042</source>
        <translation>INC-2026-042</translation>
    </message>
    <message>
        <source>The id in your incident tracker; the report prints it.</source>
        <translation>L’identifiant dans votre outil de suivi ; le rapport l’imprime.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Set it to Final only when the checks find no errors.</source>
        <translation>Ne le passez à « Définitif » que lorsque les vérifications ne trouvent plus d’erreur.</translation>
    </message>
    <message>
        <source>Date of this write-up</source>
        <translation>Date de ce compte rendu</translation>
    </message>
    <message>
        <source>Exports carry this date, so they come out the same every time.</source>
        <translation>Les exports portent cette date, ils sont donc identiques à chaque fois.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The zone customers live in; every time is shown in it, zone named.</source>
        <translation>Le fuseau de vos clients ; chaque heure y est affichée, fuseau nommé.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Printed on the letterhead and in the report&apos;s footer.</source>
        <translation>Imprimé dans l’en-tête de la lettre et dans le pied de page du rapport.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Example Software Ltd</source>
        <translation>Exemple Logiciels SARL</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>An image in the same folder as this document.</source>
        <translation>Une image dans le même dossier que ce document.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de marque</translation>
    </message>
    <message>
        <source>Used sparingly: the letterhead rule and headings.</source>
        <translation>Utilisée avec parcimonie : le filet de l’en-tête et les titres.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Authors write the postmortem; one of them signs the letter.</source>
        <translation>Les auteurs rédigent le postmortem ; l’un d’eux signe la lettre.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Retirer l’auteur</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Ajouter un relecteur</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Retirer le relecteur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>On 27 October our web site and support desk were unavailable for 31 hours after a storage failure. Messages sent to support in that time may have been lost…</source>
        <translation>Le 27 octobre, notre site web et notre support ont été indisponibles pendant 31 heures après une panne de stockage. Les messages envoyés au support pendant ce temps ont pu être perdus…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <source>storage, backup</source>
        <translation>stockage, sauvegarde</translation>
    </message>
    <message>
        <source>the overview and summary</source>
        <translation>la vue d’ensemble et le résumé</translation>
    </message>
    <message>
        <source>Notes on the summary</source>
        <translation>Notes sur le résumé</translation>
    </message>
    <message>
        <source>What the summary leaves out on purpose, and why</source>
        <translation>Ce que le résumé omet volontairement, et pourquoi</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add author</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Ajouter un relecteur</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Customer letter</source>
        <translation>Lettre aux clients</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Rapport interne</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Waiting for the renderer…</source>
        <translation>En attente du moteur de rendu…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>The preview appears here a moment after you stop typing.</source>
        <translation>L’aperçu s’affiche ici un instant après que vous arrêtez de taper.</translation>
    </message>
    <message>
        <source>Starting the renderer…</source>
        <translation>Démarrage du moteur de rendu…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The renderer returned a PDF that cannot be displayed.</source>
        <translation>Le moteur de rendu a renvoyé un PDF impossible à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · up to date</source>
        <translation>
            <numerusform>%n page · à jour</numerusform>
            <numerusform>%n pages · à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>Impossible de produire l’aperçu : %1</translation>
    </message>
    <message>
        <source>Render failed</source>
        <translation>Échec du rendu</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Postmortems (*.postmortem);;All files (*)</source>
        <translation>Postmortems (*.postmortem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a postmortem</source>
        <translation>Ouvrir un postmortem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Save the postmortem</source>
        <translation>Enregistrer le postmortem</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>“%1” is already open by %2.</source>
        <translation>« %1 » est déjà ouvert par %2.</translation>
    </message>
    <message>
        <source>Two people saving the same file overwrite each other&apos;s work. You can open it read-only to read it; close it there first to edit it here.</source>
        <translation>Deux personnes qui enregistrent le même fichier écrasent le travail l’une de l’autre. Vous pouvez l’ouvrir en lecture seule pour le lire ; fermez-le d’abord là-bas pour le modifier ici.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“%1” is already open in another Postmortem Studio window.</source>
        <translation>« %1 » est déjà ouvert dans une autre fenêtre de Postmortem Studio.</translation>
    </message>
    <message>
        <source>Edit it there, or open a read-only copy here.</source>
        <translation>Modifiez-le là-bas, ou ouvrez ici une copie en lecture seule.</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>Afficher cette fenêtre</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>« %1 » a été modifié par un autre programme depuis son ouverture.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours (the file as it is now is kept under File ▸ Versions). Save As keeps both.</source>
        <translation>Enregistrer remplace ces modifications par les vôtres (le fichier tel qu’il est maintenant est conservé dans Fichier ▸ Versions). Enregistrer sous garde les deux.</translation>
    </message>
    <message>
        <source>Overwrite the Other Change</source>
        <translation>Écraser l’autre modification</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reload “%1” from disk?</source>
        <translation>Recharger « %1 » depuis le disque ?</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.</source>
        <translation>Vos modifications non enregistrées sont remplacées par le contenu actuel du fichier. Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Discard the unsaved work in “%1”?</source>
        <translation>Abandonner le travail non enregistré de « %1 » ?</translation>
    </message>
    <message>
        <source>The autosaved copy is deleted. This cannot be undone.</source>
        <translation>La copie enregistrée automatiquement est supprimée. C’est irréversible.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>RecipientLetter</name>
    <message>
        <source>Select a recipient to read their letter.</source>
        <translation>Sélectionnez un destinataire pour lire sa lettre.</translation>
    </message>
    <message>
        <source>Recipient letter status</source>
        <translation>État de la lettre du destinataire</translation>
    </message>
    <message>
        <source>Letter for the selected recipient</source>
        <translation>Lettre au destinataire sélectionné</translation>
    </message>
    <message>
        <source>Their letter appears here, as the merge will write it.</source>
        <translation>Sa lettre apparaît ici, telle que la fusion l’écrira.</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>Écriture de la lettre à %1…</translation>
    </message>
    <message>
        <source>the PDF cannot be shown</source>
        <translation>le PDF ne peut pas être affiché</translation>
    </message>
    <message>
        <source>Their letter could not be written: %1</source>
        <translation>Sa lettre n’a pas pu être écrite : %1</translation>
    </message>
    <message numerus="yes">
        <source>The letter to %1 (%2), %n page(s), as the merge writes it</source>
        <translation>
            <numerusform>La lettre à %1 (%2), %n page, telle que la fusion l’écrit</numerusform>
            <numerusform>La lettre à %1 (%2), %n pages, telle que la fusion l’écrit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Their window</source>
        <translation>Période de panne</translation>
    </message>
    <message>
        <source>Lost items</source>
        <translation>Éléments perdus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>as in the letter</source>
        <translation>comme dans la lettre</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <source>One row per recipient; columns email and name, and as you need company, salutation, language, impact_start and impact_end (their own window, e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} field uses.</source>
        <translation>Une ligne par destinataire ; les colonnes email et name et, selon les besoins, company, salutation, language, impact_start et impact_end (sa propre période de panne, p. ex. 2026-10-28T22:45:00-04:00), lost_items, note, ou toute autre colonne qu’utilise un champ {{ recipient.x }}.</translation>
    </message>
    <message>
        <source>Recipients file</source>
        <translation>Fichier des destinataires</translation>
    </message>
    <message>
        <source>Import Recipients…</source>
        <translation>Importer les destinataires…</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importer les destinataires</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Read the file again after changing it in a spreadsheet</source>
        <translation>Relire le fichier après l’avoir modifié dans un tableur</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>Aucun destinataire pour l’instant.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>Sa lettre</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Écrire les lettres</translation>
    </message>
    <message>
        <source>One PDF and one e-mail per ready row, and manifest.csv listing them. Writing again redoes only what changed.</source>
        <translation>Un PDF et un e-mail par ligne prête, et manifest.csv qui les liste. Écrire à nouveau ne refait que ce qui a changé.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Write Letters</source>
        <translation>Écrire les lettres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>État de la fusion</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Envoyer les lettres</translation>
    </message>
    <message>
        <source>Through your organisation&apos;s mail server, each letter once: sending again sends only what has not gone yet.</source>
        <translation>Par le serveur de messagerie de votre organisation, chaque lettre une seule fois : un nouvel envoi n’envoie que ce qui n’est pas encore parti.</translation>
    </message>
    <message>
        <source>This document names %1; save it in the folder that holds that file.</source>
        <translation>Ce document désigne %1 ; enregistrez-le dans le dossier qui contient ce fichier.</translation>
    </message>
    <message>
        <source>Import Recipients</source>
        <translation>Importer les destinataires</translation>
    </message>
    <message>
        <source>Recipients (*.csv *.xlsx)</source>
        <translation>Destinataires (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Use recipients file</source>
        <translation>Utiliser le fichier des destinataires</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>; %n with problems (see the Problems column)</source>
        <translation>
            <numerusform> ; avec des problèmes : %n (voir la colonne Problèmes)</numerusform>
            <numerusform> ; avec des problèmes : %n (voir la colonne Problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s), %2 ready</source>
        <translation>
            <numerusform>%1 : %n destinataire, prêts : %2</numerusform>
            <numerusform>%1 : %n destinataires, prêts : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The document remembers this file: reopened, it shows these recipients, read afresh.</source>
        <translation>Le document retient ce fichier : rouvert, il affiche ces destinataires, relus.</translation>
    </message>
    <message>
        <source>Not remembered: save the document in the folder that holds this file to keep it.</source>
        <translation>Non retenu : enregistrez le document dans le dossier qui contient ce fichier pour le garder.</translation>
    </message>
    <message>
        <source>Not remembered: %1 is outside the document&apos;s folder. Move it next to the document and import it from there to have it come back when you reopen.</source>
        <translation>Non retenu : %1 est hors du dossier du document. Placez-le à côté du document et importez-le de là pour le retrouver à la réouverture.</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>Import recipients and choose a folder for the letters first.</source>
        <translation>Importez d’abord des destinataires et choisissez un dossier pour les lettres.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Écriture des lettres…</translation>
    </message>
    <message>
        <source>Stopping after the letters being written now…</source>
        <translation>Arrêt après les lettres en cours d’écriture…</translation>
    </message>
    <message>
        <source>Writing the letters: %1 of %2…</source>
        <translation>Écriture des lettres : %1 sur %2…</translation>
    </message>
    <message>
        <source>the merge stopped</source>
        <translation>la fusion s’est arrêtée</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>Les lettres n’ont pas pu être écrites : %1</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>“%1” could not be opened for editing, so its work stays kept.</source>
        <translation>« %1 » n’a pas pu être ouvert en modification ; son travail reste conservé.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” is open by %2; its work stays kept.</source>
        <translation>« %1 » est ouvert par %2 ; son travail reste conservé.</translation>
    </message>
    <message>
        <source>the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions</source>
        <translation>la version de « %1 » enregistrée à %2. Pour la rétablir, utilisez Restaurer dans Fichier ▸ Versions</translation>
    </message>
    <message>
        <source>read-only, version of %1</source>
        <translation>lecture seule, version de %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCard</name>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sans titre</translation>
    </message>
    <message>
        <source>A new document, never saved</source>
        <translation>Un nouveau document, jamais enregistré</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Discard the unsaved work in %1</source>
        <translation>Abandonner le travail non enregistré de %1</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>Récupérer %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved %1 (%2)</source>
        <translation>Enregistré automatiquement %1 (%2)</translation>
    </message>
    <message>
        <source>Never saved. Written so far: %1.</source>
        <translation>Jamais enregistré. Rédigé jusqu’ici : %1.</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>Jamais enregistré.</translation>
    </message>
    <message>
        <source>Cannot compare with the saved file: %1.</source>
        <translation>Impossible de comparer avec le fichier enregistré : %1.</translation>
    </message>
    <message>
        <source>Same as the saved file.</source>
        <translation>Identique au fichier enregistré.</translation>
    </message>
    <message>
        <source>Changed since saved: %1.</source>
        <translation>Modifié depuis l’enregistrement : %1.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Postmortem Studio closed before these changes were saved. Their last autosaved copies are here; recover them to keep writing.</source>
        <translation>Postmortem Studio s’est fermé avant l’enregistrement de ces modifications. Voici leurs dernières copies enregistrées automatiquement ; récupérez-les pour continuer à écrire.</translation>
    </message>
    <message>
        <source>Not now keeps the autosaved copies; they are offered again next time.</source>
        <translation>« Pas maintenant » garde les copies enregistrées automatiquement ; elles seront proposées la prochaine fois.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <source>The renderer stopped unexpectedly (%1).</source>
        <translation>Le moteur de rendu s’est arrêté de façon inattendue (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Both exports</source>
        <translation>Les deux exports</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Lettre aux clients</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Rapport interne</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its field.</source>
        <translation>Double-cliquez sur un constat ou appuyez sur Entrée pour aller à son champ.</translation>
    </message>
    <message>
        <source>Show findings for</source>
        <translation>Afficher les constats pour</translation>
    </message>
    <message>
        <source>Errors first, then warnings and hints</source>
        <translation>Les erreurs d’abord, puis les avertissements et les conseils</translation>
    </message>
    <message>
        <source>Export customer letter…</source>
        <translation>Exporter la lettre aux clients…</translation>
    </message>
    <message>
        <source>Export internal report…</source>
        <translation>Exporter le rapport interne…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ready to publish: no errors.</source>
        <translation>Prêt à publier : aucune erreur.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>%n avertissement à lire.</numerusform>
            <numerusform>%n avertissements à lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n error(s)</source>
        <translation>
            <numerusform>Pas encore prêt : %n erreur</numerusform>
            <numerusform>Pas encore prêt : %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform> et %n avertissement.</numerusform>
            <numerusform> et %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export a draft.</source>
        <translation>Vous pouvez quand même exporter un brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>The recipients file has %n problem(s); its rows with errors get no letter.</source>
        <translation>
            <numerusform>Le fichier des destinataires a %n problème ; ses lignes en erreur ne reçoivent pas de lettre.</numerusform>
            <numerusform>Le fichier des destinataires a %n problèmes ; ses lignes en erreur ne reçoivent pas de lettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file was not used: %1</source>
        <translation>Le fichier de réglages n’a pas été utilisé : %1</translation>
    </message>
</context>
<context>
    <name>RootCauseStep</name>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>The event that started the incident</source>
        <translation>L’événement qui a déclenché l’incident</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causes premières</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>Ajouter une cause première</translation>
    </message>
    <message>
        <source>A condition that, fixed, prevents a repeat</source>
        <translation>Une condition qui, corrigée, empêche que cela se reproduise</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs aggravants</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Ajouter un facteur</translation>
    </message>
    <message>
        <source>Something that made it worse or longer</source>
        <translation>Quelque chose qui l’a aggravé ou prolongé</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>Ask why, answer, and ask why again about the answer, until the answer is something you can fix.</source>
        <translation>Demandez pourquoi, répondez, puis demandez encore pourquoi à propos de la réponse, jusqu’à ce que la réponse soit quelque chose que vous pouvez corriger.</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>Retirer le pourquoi</translation>
    </message>
    <message>
        <source>Ask why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Add the next &apos;why?&apos; row</source>
        <translation>Ajouter la ligne « pourquoi ? » suivante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Detection and response</source>
        <translation>Détection et réponse</translation>
    </message>
    <message>
        <source>How we noticed</source>
        <translation>Comment nous l’avons remarqué</translation>
    </message>
    <message>
        <source>Who or what noticed first, and how long after the trigger</source>
        <translation>Qui ou quoi l’a remarqué en premier, et combien de temps après le déclencheur</translation>
    </message>
    <message>
        <source>How the response went</source>
        <translation>Comment la réponse s’est déroulée</translation>
    </message>
    <message>
        <source>What helped, what got in the way</source>
        <translation>Ce qui a aidé, ce qui a gêné</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>la cause première</translation>
    </message>
</context>
<context>
    <name>SendForm</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine)</source>
        <translation>Aucun (un relais sur cette machine)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port du serveur de messagerie</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>Vide : le serveur ne demande pas d’identifiant</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Utilisateur du serveur de messagerie</translation>
    </message>
    <message>
        <source>Empty: the certificate authorities the system trusts</source>
        <translation>Vide : les autorités de certification auxquelles le système fait confiance</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>From the system keyring, or asked for when you send; never saved.</source>
        <translation>Depuis le trousseau du système, ou demandé à l’envoi ; jamais enregistré.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Send Letters…</source>
        <translation>Envoyer les lettres…</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Envoyer les lettres</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>The letters in %1 are ready to send.</source>
        <translation>Les lettres de %1 sont prêtes à être envoyées.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>Indiquez d’abord le nom du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Nothing sent: choose a certificate authority file that can be used, or empty the field.</source>
        <translation>Rien n’a été envoyé : choisissez un fichier d’autorité de certification utilisable, ou videz le champ.</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Lecture des lettres…</translation>
    </message>
    <message numerus="yes">
        <source>All %n letter(s) in this folder have been sent already.</source>
        <translation>
            <numerusform>%n lettre de ce dossier a déjà été envoyée.</numerusform>
            <numerusform>Les %n lettres de ce dossier ont déjà été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Asking the system keyring for the password…</source>
        <translation>Demande du mot de passe au trousseau du système…</translation>
    </message>
    <message numerus="yes">
        <source> (%n were sent before)</source>
        <translation>
            <numerusform> (%n déjà envoyée)</numerusform>
            <numerusform> (%n déjà envoyées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n recipient(s)%1 through %2?</source>
        <translation>
            <numerusform>Envoyer la lettre à %n destinataire%1 par %2 ?</numerusform>
            <numerusform>Envoyer la lettre à %n destinataires%1 par %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>Send the Letters</source>
        <translation>Envoyer les lettres</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (not saved):</source>
        <translation>Mot de passe de %1 sur %2 (non enregistré) :</translation>
    </message>
    <message>
        <source>Nothing sent: no password.</source>
        <translation>Rien n’a été envoyé : pas de mot de passe.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Envoi par %1…</translation>
    </message>
    <message>
        <source>Sent %1, skipped %2, failed %3.</source>
        <translation>Envoyées : %1, ignorées : %2, en échec : %3.</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envoi interrompu : %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Postmortem Studio</source>
        <translation>Postmortem Studio</translation>
    </message>
    <message>
        <source>Write the incident once: a guided analysis for your team and an honest letter for your customers, exported as PDF, Markdown or HTML.</source>
        <translation>Décrivez l’incident une seule fois : une analyse guidée pour votre équipe et une lettre honnête pour vos clients, exportées en PDF, Markdown ou HTML.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Créer à partir du modèle</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Open the example: storage outage letter and report</source>
        <translation>Ouvrir l’exemple : lettre et rapport d’une panne de stockage</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Ouvrir l’exemple</translation>
    </message>
    <message>
        <source>Start a new postmortem</source>
        <translation>Commencer un nouveau postmortem</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Reprendre l’écriture</translation>
    </message>
    <message>
        <source>See a finished one</source>
        <translation>Voir un exemple terminé</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Aucun fichier récent pour l’instant</translation>
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
    <message>
        <source>this step</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <source>To finish this step</source>
        <translation>Pour terminer cette étape</translation>
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
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Relire et exporter</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>The chart appears once the timeline has a trigger, detection, mitigation or resolution, or the impact has a start and an end.</source>
        <translation>Le graphique apparaît dès que la chronologie comporte un déclencheur, une détection, une atténuation ou une résolution, ou que l’impact a un début et une fin.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Graphique de la chronologie</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Edit time</source>
        <translation>Modifier l’heure</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Insert event</source>
        <translation>Insérer un événement</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Déplacer l’événement</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <translation>
            <numerusform>Coller %n événement</numerusform>
            <numerusform>Coller %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <source>Timeline events</source>
        <translation>Événements de la chronologie</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>Ajouter un événement après le dernier</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Insérer au-dessus</translation>
    </message>
    <message>
        <source>Insert an event at the selected event&apos;s time, above it</source>
        <translation>Insérer un événement à l’heure de l’événement sélectionné, au-dessus de lui</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Reorder events that happened in the same minute</source>
        <translation>Réordonner des événements survenus dans la même minute</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Paste events</source>
        <translation>Coller des événements</translation>
    </message>
    <message>
        <source>Add events from copied lines such as &apos;2026-10-27 03:10 Primary drive failed&apos; or CSV rows (Ctrl+V in the table)</source>
        <translation>Ajouter des événements à partir de lignes copiées comme « 2026-10-27 03:10 Disque principal en panne » ou de lignes CSV (Ctrl+V dans le tableau)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Times are in the document&apos;s time zone (set on the Overview step). Paste lines from a chat log or a spreadsheet to add many events at once.</source>
        <translation>Les heures sont dans le fuseau du document (réglé à l’étape Vue d’ensemble). Collez des lignes d’un historique de chat ou d’un tableur pour ajouter plusieurs événements d’un coup.</translation>
    </message>
    <message>
        <source>Key durations</source>
        <translation>Durées clés</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines were not added — %1.</source>
        <translation>Certaines lignes n’ont pas été ajoutées — %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no lines that start with a time.</source>
        <translation>Le presse-papiers ne contient aucune ligne commençant par une heure.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impact client</translation>
    </message>
    <message>
        <source>%1: check the times and their UTC offsets.</source>
        <translation>%1 : vérifiez les heures et leur décalage UTC.</translation>
    </message>
</context>
<context>
    <name>TranslationSheet</name>
    <message>
        <source>Not translated yet</source>
        <translation>Pas encore traduit</translation>
    </message>
    <message>
        <source>The original changed after this was translated: check the translation</source>
        <translation>L’original a changé depuis la traduction : vérifiez la traduction</translation>
    </message>
    <message>
        <source>The original no longer has this paragraph; the letter leaves it out</source>
        <translation>L’original n’a plus ce paragraphe ; la lettre l’omet</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The original on the left, read-only; the %1 translation on the right.</source>
        <translation>À gauche l’original, en lecture seule ; à droite la traduction (%1).</translation>
    </message>
    <message>
        <source>Everything is translated.</source>
        <translation>Tout est traduit.</translation>
    </message>
    <message>
        <source>%1 of %2 texts need your attention.</source>
        <translation>%1 textes sur %2 demandent votre attention.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %2 (%1)</translation>
    </message>
    <message>
        <source>Remove left-over paragraph</source>
        <translation>Retirer le paragraphe restant</translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Marquer la traduction comme à jour</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Clear %1</source>
        <translation>Effacer : %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer : %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versions de « %1 »</translation>
    </message>
    <message>
        <source>Each save keeps the version it replaces (the last 20). Open one to read it, or restore it: restoring is one step that Edit ▸ Undo takes back.</source>
        <translation>Chaque enregistrement conserve la version qu’il remplace (les 20 dernières). Ouvrez-en une pour la lire, ou restaurez-la : la restauration est une étape qu’Édition ▸ Annuler défait.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No earlier versions yet: one is kept each time you save.</source>
        <translation>Pas encore de version antérieure : une est conservée à chaque enregistrement.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Saved %1; replaced %2</source>
        <translation>Enregistrée le %1 ; remplacée à %2</translation>
    </message>
</context>
<context>
    <name>WhysModel</name>
    <message>
        <source>Ask why</source>
        <translation>Demander pourquoi</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>%1, original</source>
        <translation>%1, original</translation>
    </message>
    <message>
        <source>%1, translation</source>
        <translation>%1, traduction</translation>
    </message>
</context>
</TS>
