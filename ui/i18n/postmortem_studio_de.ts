<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionItemsFilter</name>
    <message>
        <source>All items</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Promised to customers</source>
        <translation>Kunden zugesagt</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2</source>
        <translation>Überfällig: fällig am %1 und noch %2</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Maßnahme löschen</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter: owner, words…</source>
        <translation>Filtern: Verantwortliche, Wörter…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column heading to sort.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; ein Klick auf eine Spaltenüberschrift sortiert.</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Ausgewählte Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Empty: no date is promised.</source>
        <translation>Leer: Es wird kein Termin zugesagt.</translation>
    </message>
    <message>
        <source>Due date of the selected action item</source>
        <translation>Fälligkeitsdatum der ausgewählten Maßnahme</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>Fälligkeitsdatum leeren</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Fälligkeitsdatum leeren</translation>
    </message>
    <message>
        <source>Select an action item to describe it: what done looks like</source>
        <translation>Wählen Sie eine Maßnahme, um sie zu beschreiben: woran man sieht, dass sie erledigt ist</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description of the selected action item</source>
        <translation>Beschreibung der ausgewählten Maßnahme</translation>
    </message>
    <message>
        <source>the action items</source>
        <translation>die Maßnahmen</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past due.</source>
        <translation>
            <numerusform>%n offene Maßnahme ist überfällig.</numerusform>
            <numerusform>%n offene Maßnahmen sind überfällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>logo.png, in the same folder as the document</source>
        <translation>logo.png, im selben Ordner wie das Dokument</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Save the document first: images must sit in its folder.</source>
        <translation>Speichern Sie das Dokument zuerst: Bilder müssen in seinem Ordner liegen.</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; copy it there first.</source>
        <translation>%1 liegt außerhalb des Dokumentordners; kopieren Sie die Datei zuerst dorthin.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>What will be done, as a short imperative</source>
        <translation>Was getan wird, als kurze Aufforderung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>One named person, not a team</source>
        <translation>Eine namentlich genannte Person, kein Team</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>Wann es erledigt sein wird</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Prevent, detect, mitigate, or improve the process</source>
        <translation>Verhindern, erkennen, eindämmen oder den Ablauf verbessern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Ticket-Link</translation>
    </message>
    <message>
        <source>https:// link to the ticket</source>
        <translation>https://-Link zum Ticket</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Promised to customers: the letter lists it</source>
        <translation>Kunden zugesagt: Der Brief führt es auf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Printed under the signer&apos;s name in the letter</source>
        <translation>Steht im Brief unter dem Namen der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>Kurzbiografie</translation>
    </message>
    <message>
        <source>Printed under the letter when the signer&apos;s bio is included</source>
        <translation>Steht unter dem Brief, wenn die Kurzbiografie aufgenommen wird</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Weil…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When it happened, in the document&apos;s time zone</source>
        <translation>Wann es geschah, in der Zeitzone des Dokuments</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Trigger, detection, mitigation and resolution give the key durations</source>
        <translation>Auslöser, Erkennung, Eindämmung und Behebung ergeben die wichtigen Dauern</translation>
    </message>
    <message>
        <source>Customer-visible</source>
        <translation>Für Kunden sichtbar</translation>
    </message>
    <message>
        <source>Checked events may appear in the letter</source>
        <translation>Angehakte Ereignisse können im Brief erscheinen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>What the letter covers</source>
        <translation>Was der Brief abdeckt</translation>
    </message>
    <message>
        <source>Insert a sentence starter</source>
        <translation>Satzanfang einfügen</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>Abgedeckt.</translation>
    </message>
    <message>
        <source>Click an open topic to see what it needs.</source>
        <translation>Klicken Sie auf ein offenes Thema, um zu sehen, was fehlt.</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type or paste a date such as %1.</source>
        <translation>Geben Sie ein Datum wie %1 ein oder fügen Sie es ein.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source> Select all and press Delete to empty it.</source>
        <translation> Alles markieren und Entf drücken, um es zu leeren.</translation>
    </message>
    <message>
        <source>The clipboard holds no date. Paste one such as %1.</source>
        <translation>Die Zwischenablage enthält kein Datum. Fügen Sie eines wie %1 ein.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>opened read-only; Save As makes an editable copy</source>
        <translation>schreibgeschützt geöffnet; Speichern unter erstellt eine bearbeitbare Kopie</translation>
    </message>
    <message>
        <source>another window of Postmortem Studio is editing this file</source>
        <translation>ein anderes Fenster von Postmortem Studio bearbeitet diese Datei</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Your changes are still here, unsaved; Save As can put them somewhere else.</source>
        <translation>„%1“ wurde nicht gespeichert: %2. Ihre Änderungen sind noch da, ungespeichert; mit Speichern unter können Sie sie woanders ablegen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. It is still open here; save it to write it back.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben. Hier ist es noch geöffnet; speichern Sie, um es zurückzuschreiben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>Diese Version kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That version says the same as the document.</source>
        <translation>Diese Version sagt dasselbe wie das Dokument.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>Saved. The version it replaced could not be kept: %1</source>
        <translation>Gespeichert. Die ersetzte Version konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The file on disk cannot be read, so yours is kept: %1</source>
        <translation>Die Datei auf dem Datenträger kann nicht gelesen werden, daher bleibt Ihre Fassung: %1</translation>
    </message>
    <message>
        <source>Autosave is not working (%1). Save your work to keep it safe.</source>
        <translation>Die automatische Sicherung funktioniert nicht (%1). Speichern Sie Ihre Arbeit, um sie zu sichern.</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>Version von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>this copy cannot be changed</source>
        <translation>diese Kopie kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Entwurf aus der Analyse</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Ihr Brief</translation>
    </message>
    <message>
        <source>Draft paragraphs</source>
        <translation>Absätze des Entwurfs</translation>
    </message>
    <message>
        <source>The draft: tick what to add</source>
        <translation>Der Entwurf: Haken Sie an, was hinzukommen soll</translation>
    </message>
    <message>
        <source>Add chosen paragraphs</source>
        <translation>Gewählte Absätze hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF-Dokument (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>E-mail draft with the letter attached (.eml)</source>
        <translation>E-Mail-Entwurf mit dem Brief als Anhang (.eml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Kundenbrief</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Interner Bericht</translation>
    </message>
    <message>
        <source>Only what customers may read: no internal notes, owners or unpromised actions</source>
        <translation>Nur, was Kunden lesen dürfen: keine internen Notizen, Verantwortlichen oder nicht zugesagten Maßnahmen</translation>
    </message>
    <message>
        <source>The full analysis, marked &apos;Internal: do not forward to customers&apos;</source>
        <translation>Die vollständige Analyse, gekennzeichnet mit „Intern: nicht an Kunden weitergeben“</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Leserschaft</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Exporting the letter…</source>
        <translation>Brief wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Bericht wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>The customer letter still has %n error(s).</source>
        <translation>
            <numerusform>Der Kundenbrief hat noch %n Fehler.</numerusform>
            <numerusform>Der Kundenbrief hat noch %n Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers would read the letter as it is.</source>
        <translation>Kunden würden den Brief so lesen, wie er ist.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>Probleme ansehen</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfende Person</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>customer-visible</source>
        <translation>Sichtbarkeit für Kunden</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>Begünstigenden Faktor</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>detection analysis</source>
        <translation>Analyse der Erkennung</translation>
    </message>
    <message>
        <source>response analysis</source>
        <translation>Analyse der Reaktion</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>tracker link</source>
        <translation>Ticket-Link</translation>
    </message>
    <message>
        <source>customer-promised</source>
        <translation>Zusage an Kunden</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>„Lief gut“</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>„Lief schlecht“</translation>
    </message>
    <message>
        <source>got lucky</source>
        <translation>„Glück gehabt“</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>Schritt für Kunden</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Gruß</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichnende Person</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>recipients file</source>
        <translation>Empfängerdatei</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Choose an author…</source>
        <translation>Autor oder Autorin wählen…</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>undo step</comment>
        <translation>„%2“ leeren</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>„%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>„%2“ entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>„%2“ verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The changes that keep this from happening again, or make it shorter: each with one owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.</source>
        <translation>Die Änderungen, die eine Wiederholung verhindern oder den Ausfall verkürzen – jede mit einer verantwortlichen Person, einem Termin und einer Priorität. Markieren Sie, was Kunden zugesagt wird; der Brief zählt es auf.</translation>
    </message>
    <message>
        <source>Few, specific, owned by a person, dated, and linked to the tracker. A promise to customers is a commitment: only mark what will really be done.</source>
        <translation>Wenige, konkrete Maßnahmen, jeweils einer Person zugeordnet, mit Termin und mit dem Ticket verknüpft. Eine Zusage an Kunden ist eine Verpflichtung: Markieren Sie nur, was wirklich umgesetzt wird.</translation>
    </message>
    <message>
        <source>Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November.</source>
        <translation>Speicher-Alarme an die Rufbereitschaft statt an ein Postfach senden – Dana Ruiz, bis 15. November.</translation>
    </message>
    <message>
        <source>What customers experienced: the window of impact, the services affected, how many customers, whether data was or may have been lost, and what they need to do.</source>
        <translation>Was Kunden erlebt haben: der Zeitraum der Auswirkungen, die betroffenen Dienste, wie viele Kunden, ob Daten verloren gingen oder verloren sein könnten und was sie tun müssen.</translation>
    </message>
    <message>
        <source>Plain words a customer would use, exact times with the zone, numbers where you have them, and an honest data-loss statement, even when the answer is &apos;possibly&apos;.</source>
        <translation>Einfache Worte, wie Kunden sie benutzen, genaue Zeiten mit Zeitzone, Zahlen, wo Sie welche haben, und eine ehrliche Aussage zum Datenverlust, auch wenn die Antwort „möglicherweise“ lautet.</translation>
    </message>
    <message>
        <source>Customers could not load the web site or open support tickets; 12,400 accounts.</source>
        <translation>Kunden konnten die Website nicht laden und keine Support-Tickets eröffnen; 12.400 Konten.</translation>
    </message>
    <message>
        <source>What the team learned, in three lists. Luck matters: it is what hides the next outage.</source>
        <translation>Was das Team gelernt hat, in drei Listen. Glück zählt: Es verdeckt den nächsten Ausfall.</translation>
    </message>
    <message>
        <source>Specific and blameless; each &apos;went wrong&apos; either has an action item or a reason it does not.</source>
        <translation>Konkret und ohne Schuldzuweisung; zu jedem „lief schlecht“ gibt es eine Maßnahme oder einen Grund, warum nicht.</translation>
    </message>
    <message>
        <source>We got lucky: the second drive failed after the nightly backup had finished.</source>
        <translation>Wir hatten Glück: Die zweite Festplatte fiel erst nach Ende der nächtlichen Sicherung aus.</translation>
    </message>
    <message>
        <source>The facts a reader needs first: what the incident is called, how severe it was, who is writing about it, and a short summary.</source>
        <translation>Die Fakten, die Lesende zuerst brauchen: wie der Vorfall heißt, wie schwer er war, wer darüber schreibt, und eine kurze Zusammenfassung.</translation>
    </message>
    <message>
        <source>A title a customer would recognise, a severity everyone agrees on, and a summary of three or four sentences: what happened, to whom, for how long, and how it ended.</source>
        <translation>Ein Titel, den Kunden wiedererkennen, ein Schweregrad, auf den sich alle einigen, und eine Zusammenfassung in drei oder vier Sätzen: was geschah, wen es traf, wie lange und wie es endete.</translation>
    </message>
    <message>
        <source>Web site and support desk unavailable for 31 hours after a storage failure.</source>
        <translation>Website und Support 31 Stunden lang nicht erreichbar nach einem Speicherausfall.</translation>
    </message>
    <message>
        <source>A last look before the letter and the report leave your hands: what the checks still find, and the exports.</source>
        <translation>Ein letzter Blick, bevor Brief und Bericht Ihre Hände verlassen: was die Prüfungen noch finden, und die Exporte.</translation>
    </message>
    <message>
        <source>No errors; warnings read and either fixed or accepted on purpose; the preview read through once as a customer would.</source>
        <translation>Keine Fehler; Warnungen gelesen und behoben oder bewusst akzeptiert; die Vorschau einmal so gelesen, wie Kunden sie lesen.</translation>
    </message>
    <message>
        <source>0 errors, 1 warning: &apos;Rotate backup disks&apos; has no due date (accepted: date set next week).</source>
        <translation>0 Fehler, 1 Warnung: „Sicherungsplatten tauschen“ hat keinen Termin (akzeptiert: Termin folgt nächste Woche).</translation>
    </message>
    <message>
        <source>Why it happened: the trigger that set it off, the conditions that let it become an outage, and what slowed detection or response. Blameless: systems and decisions, not people.</source>
        <translation>Warum es geschah: der Auslöser, die Bedingungen, die daraus einen Ausfall machten, und was Erkennung oder Reaktion verlangsamt hat. Ohne Schuldzuweisung: Systeme und Entscheidungen, nicht Personen.</translation>
    </message>
    <message>
        <source>Each root cause is a condition you can change; the five whys end at something an action item fixes, not at &apos;human error&apos;.</source>
        <translation>Jede Ursache ist ein Zustand, den Sie ändern können; die fünf Warums enden bei etwas, das eine Maßnahme behebt, nicht bei „menschlichem Versagen“.</translation>
    </message>
    <message>
        <source>The array ran degraded for six days because the drive alert went to a retired inbox.</source>
        <translation>Das Speicher-Array lief sechs Tage im eingeschränkten Zustand, weil der Festplatten-Alarm an ein stillgelegtes Postfach ging.</translation>
    </message>
    <message>
        <source>Every moment that matters, in order: what triggered the incident, when it was detected, escalated, mitigated and resolved, and what customers were told.</source>
        <translation>Jeder wichtige Moment in zeitlicher Reihenfolge: was den Vorfall auslöste, wann er erkannt, eskaliert, eingedämmt und behoben wurde, und was Kunden mitgeteilt wurde.</translation>
    </message>
    <message>
        <source>Times from logs and chat, not memory; one event per line; the trigger, detection, mitigation and resolution marked, so the report can show how long each took.</source>
        <translation>Zeiten aus Logs und Chat, nicht aus dem Gedächtnis; ein Ereignis pro Zeile; Auslöser, Erkennung, Eindämmung und Behebung markiert, damit der Bericht zeigen kann, wie lange jedes dauerte.</translation>
    </message>
    <message>
        <source>2026-10-27 03:10  trigger  Primary drive in the storage array failed</source>
        <translation>2026-10-27 03:10  trigger  Primäre Festplatte im Speicher-Array ausgefallen</translation>
    </message>
    <message>
        <source>The letter customers receive: what happened in their terms, what it meant for them, an apology, what you are changing, and what they should do. It never shows internal notes.</source>
        <translation>Der Brief, den Kunden erhalten: was geschah, in ihren Worten, was es für sie bedeutete, eine Entschuldigung, was Sie ändern und was sie tun sollten. Interne Notizen zeigt er nie.</translation>
    </message>
    <message>
        <source>Short paragraphs, no jargon, times with their zone, one plain apology without &apos;we apologise for any inconvenience&apos;, and a named person who signs.</source>
        <translation>Kurze Absätze, kein Fachjargon, Zeiten mit Zeitzone, eine schlichte Entschuldigung ohne „Wir bitten um Entschuldigung für etwaige Unannehmlichkeiten“ und eine namentlich genannte Person, die unterschreibt.</translation>
    </message>
    <message>
        <source>We are sorry. For 31 hours you could not reach us, and some of your messages were lost.</source>
        <translation>Es tut uns leid. 31 Stunden lang konnten Sie uns nicht erreichen, und einige Ihrer Nachrichten sind verloren gegangen.</translation>
    </message>
    <message>
        <source>Who receives the letter. Each recipient gets their own copy, with their name and, when the file gives them, their own outage window and what they lost.</source>
        <translation>Wer den Brief erhält. Jeder Empfänger bekommt ein eigenes Exemplar mit seinem Namen und, wenn die Datei sie enthält, seinem eigenen Ausfallzeitraum und dem, was er verloren hat.</translation>
    </message>
    <message>
        <source>Every row ready: a real address, once each, and every column the letter&apos;s {{ recipient.x }} fields use filled in. Read two or three letters before you write them all.</source>
        <translation>Jede Zeile bereit: eine echte Adresse, jede nur einmal, und jede Spalte ausgefüllt, die die Felder {{ recipient.x }} des Briefs verwenden. Lesen Sie zwei oder drei Briefe, bevor Sie alle schreiben.</translation>
    </message>
    <message>
        <source>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 support requests</source>
        <translation>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 Support-Anfragen</translation>
    </message>
</context>
<context>
    <name>GuideBox</name>
    <message>
        <source>%1 step</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Anleitung ausblenden</translation>
    </message>
    <message>
        <source>Show or hide this step&apos;s guide (F1)</source>
        <translation>Anleitung zu diesem Schritt zeigen oder ausblenden (F1)</translation>
    </message>
    <message>
        <source>Good looks like:</source>
        <translation>Gut ist:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Guide to the %1 step</source>
        <translation>Anleitung zum Schritt %1</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>Anleitung zeigen</translation>
    </message>
</context>
<context>
    <name>ImpactStep</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From the first moment customers were affected to the last.</source>
        <translation>Vom ersten bis zum letzten Moment, in dem Kunden betroffen waren.</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Beginn der Auswirkungen</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>Ende der Auswirkungen</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Wer und was</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Web site, Support desk</source>
        <translation>Website, Support</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>All customers using the web site</source>
        <translation>Alle Kunden, die die Website nutzen</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Anzahl der Kunden</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> Kunden</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <source>What customers experienced</source>
        <translation>Was Kunden erlebt haben</translation>
    </message>
    <message>
        <source>Pages did not load; e-mails to support bounced or were not answered…</source>
        <translation>Seiten luden nicht; E-Mails an den Support kamen zurück oder blieben unbeantwortet…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The letter puts the data-loss statement in its own box, so it cannot be missed.</source>
        <translation>Der Brief setzt die Aussage zum Datenverlust in einen eigenen Kasten, damit sie niemand übersieht.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>What was or may have been lost</source>
        <translation>Was verloren ging oder verloren sein könnte</translation>
    </message>
    <message>
        <source>Support messages sent between … and … may not have reached us.</source>
        <translation>Support-Nachrichten, die zwischen … und … gesendet wurden, haben uns möglicherweise nicht erreicht.</translation>
    </message>
    <message>
        <source>Data at risk from</source>
        <translation>Daten gefährdet ab</translation>
    </message>
    <message>
        <source>Data at risk until</source>
        <translation>Daten gefährdet bis</translation>
    </message>
    <message>
        <source>What customers must do</source>
        <translation>Was Kunden tun müssen</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Schritte für Kunden</translation>
    </message>
    <message>
        <source>If you wrote to support between … and …, please write again. If nothing is needed, say so.</source>
        <translation>Wenn Sie zwischen … und … an den Support geschrieben haben, schreiben Sie bitte erneut. Ist nichts zu tun, sagen Sie das.</translation>
    </message>
    <message>
        <source>SLA and credits</source>
        <translation>SLA und Gutschriften</translation>
    </message>
    <message>
        <source>Whether the SLA was breached and what credit customers receive</source>
        <translation>Ob das SLA verletzt wurde und welche Gutschrift Kunden erhalten</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>die Auswirkungen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)</source>
        <translation>Zeitverläufe und Postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Am Inhalt erkennen</translation>
    </message>
    <message>
        <source>Markdown postmortem</source>
        <translation>Postmortem in Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV timeline</source>
        <translation>Zeitverlauf als CSV oder TSV</translation>
    </message>
    <message>
        <source>Slack channel export</source>
        <translation>Slack-Kanalexport</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>PagerDuty-Protokolleinträge</translation>
    </message>
    <message>
        <source>Statuspage incident</source>
        <translation>Statuspage-Vorfall</translation>
    </message>
    <message>
        <source>Chat or notes, one line each</source>
        <translation>Chat oder Notizen, je eine Zeile</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;. Untick what should stay out; times without an offset are read in the zone below. Edit ▸ Undo takes the whole import back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird importiert. Entfernen Sie den Haken bei allem, was draußen bleiben soll; Zeiten ohne Abstand zu UTC gelten in der Zeitzone unten. Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Lesen als:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>For times written without an offset, unless the source names its zone; choosing one here wins over the source.</source>
        <translation>Für Zeiten ohne Abstand zu UTC, sofern die Quelle ihre Zeitzone nicht nennt; eine Auswahl hier hat Vorrang vor der Quelle.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>Zeiten ohne Abstand zu UTC gelten in %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile &amp;importieren</numerusform>
            <numerusform>%n Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>, customer-visible</source>
        <translation>, für Kunden sichtbar</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>note → %1 internal notes</source>
        <translation>Notiz → interne Notizen von %1</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>%1 – the original</source>
        <translation>%1 – das Original</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>New translation&apos;s language code</source>
        <translation>Sprachcode der neuen Übersetzung</translation>
    </message>
    <message>
        <source>Language code, e.g. de or pt-BR</source>
        <translation>Sprachcode, z. B. de oder pt-BR</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add translation…</source>
        <translation>Übersetzung hinzufügen…</translation>
    </message>
    <message>
        <source>Give a language code such as de, fr or pt-BR</source>
        <translation>Geben Sie einen Sprachcode wie de, fr oder pt-BR an</translation>
    </message>
    <message>
        <source>The letter is already in %1</source>
        <translation>Den Brief gibt es schon auf %1</translation>
    </message>
    <message>
        <source>Add %1 translation</source>
        <translation>Übersetzung (%1) hinzufügen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>Postmortem Studio will be in %1 from the next time it starts.</source>
        <translation>Postmortem Studio erscheint ab dem nächsten Start auf %1.</translation>
    </message>
</context>
<context>
    <name>LessonsStep</name>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The on-call engineer had a tested restore runbook</source>
        <translation>Die Rufbereitschaft hatte ein erprobtes Runbook für die Wiederherstellung</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Lief schlecht</translation>
    </message>
    <message>
        <source>Status updates stopped during the restore</source>
        <translation>Während der Wiederherstellung gab es keine Status-Updates mehr</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Glück gehabt</translation>
    </message>
    <message>
        <source>The failure began outside business hours</source>
        <translation>Der Ausfall begann außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>the lessons</source>
        <translation>die Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>LetterStep</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Entwurf aus der Analyse</translation>
    </message>
    <message>
        <source>Write a first draft from the customer-visible events, the impact and the promised actions, with fields for the facts. It replaces only an empty letter or the template&apos;s prompts.</source>
        <translation>Schreibt einen ersten Entwurf aus den für Kunden sichtbaren Ereignissen, den Auswirkungen und den zugesagten Maßnahmen, mit Feldern für die Fakten. Er ersetzt nur einen leeren Brief oder die Platzhalter der Vorlage.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Empty: the write-up&apos;s date.</source>
        <translation>Leer: das Datum des Berichts.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Re: Service outage of 27 October</source>
        <translation>Betreff: Dienstausfall am 27. Oktober</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Dear customers,</source>
        <translation>Liebe Kundinnen und Kunden,</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>The whole letter between greeting and closing, in your order. Facts print where you put a field such as {{ impact_window }}; everything else is your own words.</source>
        <translation>Der ganze Brief zwischen Anrede und Gruß, in Ihrer Reihenfolge. Fakten erscheinen dort, wo Sie ein Feld wie {{ impact_window }} setzen; alles andere sind Ihre eigenen Worte.</translation>
    </message>
    <message>
        <source>I am writing to tell you what happened on …</source>
        <translation>Ich schreibe Ihnen, um Ihnen zu sagen, was am … geschehen ist</translation>
    </message>
    <message>
        <source>What your letter covers</source>
        <translation>Was Ihr Brief abdeckt</translation>
    </message>
    <message>
        <source>Ticked from the checks on your letter.</source>
        <translation>Abgehakt anhand der Prüfungen Ihres Briefs.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Gruß</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>One of the authors (Overview step); the letter prints their job title.</source>
        <translation>Eine der Personen, die schreiben (Schritt Überblick); der Brief druckt ihre Funktion.</translation>
    </message>
    <message>
        <source>Signer&apos;s bio</source>
        <translation>Kurzbiografie</translation>
    </message>
    <message>
        <source>Print the signer&apos;s short bio under the letter</source>
        <translation>Die Kurzbiografie der unterzeichnenden Person unter den Brief drucken</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Bild der Unterschrift</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>Bild der Unterschrift</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>den Brief</translation>
    </message>
    <message>
        <source>Add draft paragraphs</source>
        <translation>Absätze aus dem Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Your letter has your own words: choose draft paragraphs to add.</source>
        <translation>Ihr Brief enthält Ihre eigenen Worte: Wählen Sie Absätze aus dem Entwurf, die hinzukommen sollen.</translation>
    </message>
    <message>
        <source>Draft letter from analysis</source>
        <translation>Brief aus der Analyse entwerfen</translation>
    </message>
    <message>
        <source>Drafted the letter; [[prompts]] mark what only you can say.</source>
        <translation>Brief entworfen; [[Hinweise]] markieren, was nur Sie sagen können.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export E-mail &amp;Draft…</source>
        <translation>E-Mail-&amp;Entwurf exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>&amp;Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>Guide to This &amp;Step</source>
        <translation>Anleitung zu diesem &amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;About Postmortem Studio</source>
        <translation>Ü&amp;ber Postmortem Studio</translation>
    </message>
    <message>
        <source>Spell checking needs the pyspellchecker package: pip install pyspellchecker</source>
        <translation>Für die Rechtschreibprüfung wird das Paket pyspellchecker gebraucht: pip install pyspellchecker</translation>
    </message>
    <message>
        <source>Postmortem Studio: write a postmortem once; export a customer letter and an internal report.</source>
        <translation>Postmortem Studio: Den Postmortem einmal schreiben – daraus einen Kundenbrief und einen internen Bericht exportieren.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>🔒  Internal notes — never sent to customers</source>
        <translation>🔒  Interne Notizen – gehen nie an Kunden</translation>
    </message>
    <message>
        <source>Only the internal report shows these notes about %1; the customer letter never does.</source>
        <translation>Nur der interne Bericht zeigt diese Notizen über %1, der Kundenbrief nie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Names, links, raw data, open questions…</source>
        <translation>Namen, Links, Rohdaten, offene Fragen…</translation>
    </message>
    <message>
        <source>Internal notes about %1 (never sent to customers)</source>
        <translation>Interne Notizen über %1 (gehen nie an Kunden)</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>From the timeline and the impact window; the report prints the same chart.</source>
        <translation>Aus dem Zeitverlauf und dem Zeitraum der Auswirkungen; der Bericht druckt dasselbe Diagramm.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>Der Vorfall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Web site unavailable after a storage failure</source>
        <translation>Website nach Speicherausfall nicht erreichbar</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>INC-2026-042</source>
        <translation>INC-2026-042</translation>
    </message>
    <message>
        <source>The id in your incident tracker; the report prints it.</source>
        <translation>Die ID in Ihrem Ticketsystem; der Bericht druckt sie.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set it to Final only when the checks find no errors.</source>
        <translation>Erst auf „Endfassung“ setzen, wenn die Prüfungen keine Fehler mehr finden.</translation>
    </message>
    <message>
        <source>Date of this write-up</source>
        <translation>Datum dieses Berichts</translation>
    </message>
    <message>
        <source>Exports carry this date, so they come out the same every time.</source>
        <translation>Exporte tragen dieses Datum und fallen deshalb jedes Mal gleich aus.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The zone customers live in; every time is shown in it, zone named.</source>
        <translation>Die Zeitzone Ihrer Kunden; jede Zeit wird darin angezeigt, mit Namen der Zone.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Printed on the letterhead and in the report&apos;s footer.</source>
        <translation>Wird im Briefkopf und in der Fußzeile des Berichts gedruckt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Example Software Ltd</source>
        <translation>Beispiel Software GmbH</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>An image in the same folder as this document.</source>
        <translation>Ein Bild im selben Ordner wie dieses Dokument.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Markenfarbe</translation>
    </message>
    <message>
        <source>Used sparingly: the letterhead rule and headings.</source>
        <translation>Sparsam eingesetzt: die Linie im Briefkopf und Überschriften.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Authors write the postmortem; one of them signs the letter.</source>
        <translation>Autorinnen und Autoren schreiben den Postmortem; eine Person davon unterschreibt den Brief.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Autor hinzufügen</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Autor entfernen</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfende</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Prüfende Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Prüfende Person entfernen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>On 27 October our web site and support desk were unavailable for 31 hours after a storage failure. Messages sent to support in that time may have been lost…</source>
        <translation>Am 27. Oktober waren unsere Website und unser Support nach einem Speicherausfall 31 Stunden lang nicht erreichbar. In dieser Zeit an den Support gesendete Nachrichten sind möglicherweise verloren gegangen…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>storage, backup</source>
        <translation>Speicher, Sicherung</translation>
    </message>
    <message>
        <source>the overview and summary</source>
        <translation>den Überblick und die Zusammenfassung</translation>
    </message>
    <message>
        <source>Notes on the summary</source>
        <translation>Notizen zur Zusammenfassung</translation>
    </message>
    <message>
        <source>What the summary leaves out on purpose, and why</source>
        <translation>Was die Zusammenfassung bewusst weglässt, und warum</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add author</source>
        <translation>Autor hinzufügen</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Prüfende Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Customer letter</source>
        <translation>Kundenbrief</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Interner Bericht</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Waiting for the renderer…</source>
        <translation>Warte auf den Renderer…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>The preview appears here a moment after you stop typing.</source>
        <translation>Die Vorschau erscheint hier einen Moment, nachdem Sie aufhören zu tippen.</translation>
    </message>
    <message>
        <source>Starting the renderer…</source>
        <translation>Renderer wird gestartet…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The renderer returned a PDF that cannot be displayed.</source>
        <translation>Der Renderer hat ein PDF geliefert, das nicht angezeigt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · up to date</source>
        <translation>
            <numerusform>%n Seite · aktuell</numerusform>
            <numerusform>%n Seiten · aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Render failed</source>
        <translation>Darstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Postmortems (*.postmortem);;All files (*)</source>
        <translation>Postmortems (*.postmortem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a postmortem</source>
        <translation>Postmortem öffnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Save the postmortem</source>
        <translation>Postmortem speichern</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>“%1” is already open by %2.</source>
        <translation>„%1“ ist bereits von %2 geöffnet.</translation>
    </message>
    <message>
        <source>Two people saving the same file overwrite each other&apos;s work. You can open it read-only to read it; close it there first to edit it here.</source>
        <translation>Wenn zwei Personen dieselbe Datei speichern, überschreiben sie gegenseitig ihre Arbeit. Sie können sie schreibgeschützt öffnen, um sie zu lesen; schließen Sie sie dort zuerst, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“%1” is already open in another Postmortem Studio window.</source>
        <translation>„%1“ ist bereits in einem anderen Fenster von Postmortem Studio geöffnet.</translation>
    </message>
    <message>
        <source>Edit it there, or open a read-only copy here.</source>
        <translation>Bearbeiten Sie die Datei dort oder öffnen Sie hier eine schreibgeschützte Kopie.</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>Dieses Fenster zeigen</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours (the file as it is now is kept under File ▸ Versions). Save As keeps both.</source>
        <translation>Speichern ersetzt diese Änderungen durch Ihre (die Datei, wie sie jetzt ist, bleibt unter Datei ▸ Versionen erhalten). Speichern unter behält beide.</translation>
    </message>
    <message>
        <source>Overwrite the Other Change</source>
        <translation>Andere Änderung überschreiben</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Reload “%1” from disk?</source>
        <translation>„%1“ neu von der Festplatte laden?</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.</source>
        <translation>Ihre nicht gespeicherten Änderungen werden durch den jetzigen Inhalt der Datei ersetzt. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Discard the unsaved work in “%1”?</source>
        <translation>Die nicht gespeicherte Arbeit in „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>The autosaved copy is deleted. This cannot be undone.</source>
        <translation>Die automatisch gesicherte Kopie wird gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>RecipientLetter</name>
    <message>
        <source>Select a recipient to read their letter.</source>
        <translation>Wählen Sie einen Empfänger, um seinen Brief zu lesen.</translation>
    </message>
    <message>
        <source>Recipient letter status</source>
        <translation>Status des Empfängerbriefs</translation>
    </message>
    <message>
        <source>Letter for the selected recipient</source>
        <translation>Brief an den ausgewählten Empfänger</translation>
    </message>
    <message>
        <source>Their letter appears here, as the merge will write it.</source>
        <translation>Hier erscheint sein Brief, so wie ihn der Serienbrief schreiben wird.</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>Brief an %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>the PDF cannot be shown</source>
        <translation>das PDF kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Their letter could not be written: %1</source>
        <translation>Sein Brief konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The letter to %1 (%2), %n page(s), as the merge writes it</source>
        <translation>
            <numerusform>Der Brief an %1 (%2), %n Seite, so wie ihn der Serienbrief schreibt</numerusform>
            <numerusform>Der Brief an %1 (%2), %n Seiten, so wie ihn der Serienbrief schreibt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Their window</source>
        <translation>Ausfallzeitraum</translation>
    </message>
    <message>
        <source>Lost items</source>
        <translation>Verlorenes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>as in the letter</source>
        <translation>wie im Brief</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <source>One row per recipient; columns email and name, and as you need company, salutation, language, impact_start and impact_end (their own window, e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} field uses.</source>
        <translation>Eine Zeile pro Empfänger; die Spalten email und name und nach Bedarf company, salutation, language, impact_start und impact_end (sein eigener Ausfallzeitraum, z. B. 2026-10-28T22:45:00-04:00), lost_items, note oder jede andere Spalte, die ein Feld {{ recipient.x }} verwendet.</translation>
    </message>
    <message>
        <source>Recipients file</source>
        <translation>Empfängerdatei</translation>
    </message>
    <message>
        <source>Import Recipients…</source>
        <translation>Empfänger importieren…</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Read the file again after changing it in a spreadsheet</source>
        <translation>Die Datei erneut lesen, nachdem Sie sie in einer Tabellenkalkulation geändert haben</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>Noch keine Empfänger.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>Sein Brief</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Briefe schreiben</translation>
    </message>
    <message>
        <source>One PDF and one e-mail per ready row, and manifest.csv listing them. Writing again redoes only what changed.</source>
        <translation>Ein PDF und eine E-Mail pro bereiter Zeile, dazu manifest.csv als Liste. Erneutes Schreiben erstellt nur neu, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Write Letters</source>
        <translation>Briefe schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Schreiben nach</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Geschriebene Briefe</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Status des Serienbriefs</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Briefe senden</translation>
    </message>
    <message>
        <source>Through your organisation&apos;s mail server, each letter once: sending again sends only what has not gone yet.</source>
        <translation>Über den Mailserver Ihrer Organisation, jeden Brief einmal: Erneutes Senden schickt nur, was noch nicht gegangen ist.</translation>
    </message>
    <message>
        <source>This document names %1; save it in the folder that holds that file.</source>
        <translation>Dieses Dokument nennt %1; speichern Sie es in dem Ordner, der diese Datei enthält.</translation>
    </message>
    <message>
        <source>Import Recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>Recipients (*.csv *.xlsx)</source>
        <translation>Empfänger (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Use recipients file</source>
        <translation>Empfängerdatei verwenden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>; %n with problems (see the Problems column)</source>
        <translation>
            <numerusform>; %n mit Problemen (siehe Spalte „Probleme“)</numerusform>
            <numerusform>; %n mit Problemen (siehe Spalte „Probleme“)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s), %2 ready</source>
        <translation>
            <numerusform>%1: %n Empfänger, %2 bereit</numerusform>
            <numerusform>%1: %n Empfänger, %2 bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>The document remembers this file: reopened, it shows these recipients, read afresh.</source>
        <translation>Das Dokument merkt sich diese Datei: Wieder geöffnet, zeigt es diese Empfänger, frisch gelesen.</translation>
    </message>
    <message>
        <source>Not remembered: save the document in the folder that holds this file to keep it.</source>
        <translation>Nicht gemerkt: Speichern Sie das Dokument in dem Ordner, der diese Datei enthält, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Not remembered: %1 is outside the document&apos;s folder. Move it next to the document and import it from there to have it come back when you reopen.</source>
        <translation>Nicht gemerkt: %1 liegt außerhalb des Ordners des Dokuments. Legen Sie die Datei neben das Dokument und importieren Sie sie von dort, damit sie beim erneuten Öffnen wieder erscheint.</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
    <message>
        <source>Import recipients and choose a folder for the letters first.</source>
        <translation>Importieren Sie zuerst Empfänger und wählen Sie einen Ordner für die Briefe.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Briefe werden geschrieben…</translation>
    </message>
    <message>
        <source>Stopping after the letters being written now…</source>
        <translation>Wird nach den gerade geschriebenen Briefen angehalten…</translation>
    </message>
    <message>
        <source>Writing the letters: %1 of %2…</source>
        <translation>Briefe werden geschrieben: %1 von %2…</translation>
    </message>
    <message>
        <source>the merge stopped</source>
        <translation>der Serienbrief wurde abgebrochen</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>Die Briefe konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>“%1” could not be opened for editing, so its work stays kept.</source>
        <translation>„%1“ konnte nicht zum Bearbeiten geöffnet werden; die Arbeit daran bleibt aufbewahrt.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>“%1” is open by %2; its work stays kept.</source>
        <translation>„%1“ ist von %2 geöffnet; die Arbeit daran bleibt aufbewahrt.</translation>
    </message>
    <message>
        <source>the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions</source>
        <translation>die Version von „%1“, gespeichert um %2. Um sie zurückzuholen, verwenden Sie Wiederherstellen unter Datei ▸ Versionen</translation>
    </message>
    <message>
        <source>read-only, version of %1</source>
        <translation>schreibgeschützt, Version von %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCard</name>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem ohne Titel</translation>
    </message>
    <message>
        <source>A new document, never saved</source>
        <translation>Ein neues, nie gespeichertes Dokument</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the unsaved work in %1</source>
        <translation>Nicht gespeicherte Arbeit in %1 verwerfen</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved %1 (%2)</source>
        <translation>Automatisch gesichert %1 (%2)</translation>
    </message>
    <message>
        <source>Never saved. Written so far: %1.</source>
        <translation>Nie gespeichert. Bisher geschrieben: %1.</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>Nie gespeichert.</translation>
    </message>
    <message>
        <source>Cannot compare with the saved file: %1.</source>
        <translation>Vergleich mit der gespeicherten Datei nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Same as the saved file.</source>
        <translation>Wie die gespeicherte Datei.</translation>
    </message>
    <message>
        <source>Changed since saved: %1.</source>
        <translation>Seit dem Speichern geändert: %1.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Postmortem Studio closed before these changes were saved. Their last autosaved copies are here; recover them to keep writing.</source>
        <translation>Postmortem Studio wurde beendet, bevor diese Änderungen gespeichert waren. Hier sind ihre letzten automatisch gesicherten Kopien; stellen Sie sie wieder her, um weiterzuschreiben.</translation>
    </message>
    <message>
        <source>Not now keeps the autosaved copies; they are offered again next time.</source>
        <translation>„Nicht jetzt“ behält die automatisch gesicherten Kopien; sie werden beim nächsten Mal wieder angeboten.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <source>The renderer stopped unexpectedly (%1).</source>
        <translation>Der Renderer wurde unerwartet beendet (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Both exports</source>
        <translation>Beide Exporte</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Kundenbrief</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Interner Bericht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its field.</source>
        <translation>Doppelklicken Sie auf einen Befund oder drücken Sie die Eingabetaste, um zu seinem Feld zu gelangen.</translation>
    </message>
    <message>
        <source>Show findings for</source>
        <translation>Befunde anzeigen für</translation>
    </message>
    <message>
        <source>Errors first, then warnings and hints</source>
        <translation>Zuerst Fehler, dann Warnungen und Hinweise</translation>
    </message>
    <message>
        <source>Export customer letter…</source>
        <translation>Kundenbrief exportieren…</translation>
    </message>
    <message>
        <source>Export internal report…</source>
        <translation>Internen Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ready to publish: no errors.</source>
        <translation>Bereit zur Veröffentlichung: keine Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>%n Warnung zu lesen.</numerusform>
            <numerusform>%n Warnungen zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n error(s)</source>
        <translation>
            <numerusform>Noch nicht bereit: %n Fehler</numerusform>
            <numerusform>Noch nicht bereit: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform> und %n Warnung.</numerusform>
            <numerusform> und %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export a draft.</source>
        <translation>Einen Entwurf können Sie trotzdem exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>The recipients file has %n problem(s); its rows with errors get no letter.</source>
        <translation>
            <numerusform>Die Empfängerdatei hat %n Problem; ihre Zeilen mit Fehlern erhalten keinen Brief.</numerusform>
            <numerusform>Die Empfängerdatei hat %n Probleme; ihre Zeilen mit Fehlern erhalten keinen Brief.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file was not used: %1</source>
        <translation>Die Einstellungsdatei wurde nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>RootCauseStep</name>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>The event that started the incident</source>
        <translation>Das Ereignis, mit dem der Vorfall begann</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <source>A condition that, fixed, prevents a repeat</source>
        <translation>Ein Zustand, dessen Behebung eine Wiederholung verhindert</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Begünstigende Faktoren</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Something that made it worse or longer</source>
        <translation>Etwas, das es schlimmer oder länger gemacht hat</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warums</translation>
    </message>
    <message>
        <source>Ask why, answer, and ask why again about the answer, until the answer is something you can fix.</source>
        <translation>Fragen Sie warum, antworten Sie, und fragen Sie erneut warum zur Antwort, bis die Antwort etwas ist, das Sie beheben können.</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>Warum entfernen</translation>
    </message>
    <message>
        <source>Ask why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Add the next &apos;why?&apos; row</source>
        <translation>Die nächste Warum-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Detection and response</source>
        <translation>Erkennung und Reaktion</translation>
    </message>
    <message>
        <source>How we noticed</source>
        <translation>Wie wir es bemerkt haben</translation>
    </message>
    <message>
        <source>Who or what noticed first, and how long after the trigger</source>
        <translation>Wer oder was es zuerst bemerkt hat, und wie lange nach dem Auslöser</translation>
    </message>
    <message>
        <source>How the response went</source>
        <translation>Wie die Reaktion verlief</translation>
    </message>
    <message>
        <source>What helped, what got in the way</source>
        <translation>Was geholfen hat, was im Weg stand</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>die Ursache</translation>
    </message>
</context>
<context>
    <name>SendForm</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine)</source>
        <translation>Keine (ein Relay auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>Leer: Der Server braucht keine Anmeldung</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Benutzer am Mailserver</translation>
    </message>
    <message>
        <source>Empty: the certificate authorities the system trusts</source>
        <translation>Leer: die Zertifizierungsstellen, denen das System vertraut</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>From the system keyring, or asked for when you send; never saved.</source>
        <translation>Aus dem Schlüsselbund des Systems oder beim Senden erfragt; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Send Letters…</source>
        <translation>Briefe senden…</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Briefe senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The letters in %1 are ready to send.</source>
        <translation>Die Briefe in %1 sind bereit zum Senden.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Mailservers an.</translation>
    </message>
    <message>
        <source>Nothing sent: choose a certificate authority file that can be used, or empty the field.</source>
        <translation>Nichts gesendet: Wählen Sie eine verwendbare Datei der Zertifizierungsstelle, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Briefe werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>All %n letter(s) in this folder have been sent already.</source>
        <translation>
            <numerusform>%n Brief in diesem Ordner wurde bereits gesendet.</numerusform>
            <numerusform>Alle %n Briefe in diesem Ordner wurden bereits gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Nichts gesendet.</translation>
    </message>
    <message>
        <source>Asking the system keyring for the password…</source>
        <translation>Passwort wird beim Schlüsselbund des Systems erfragt…</translation>
    </message>
    <message numerus="yes">
        <source> (%n were sent before)</source>
        <translation>
            <numerusform> (%n wurde schon früher gesendet)</numerusform>
            <numerusform> (%n wurden schon früher gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n recipient(s)%1 through %2?</source>
        <translation>
            <numerusform>Den Brief an %n Empfänger%1 über %2 senden?</numerusform>
            <numerusform>Den Brief an %n Empfänger%1 über %2 senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>Send the Letters</source>
        <translation>Briefe senden</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Passwort für den Mailserver</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (not saved):</source>
        <translation>Passwort für %1 auf %2 (wird nicht gespeichert):</translation>
    </message>
    <message>
        <source>Nothing sent: no password.</source>
        <translation>Nichts gesendet: kein Passwort.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Wird über %1 gesendet…</translation>
    </message>
    <message>
        <source>Sent %1, skipped %2, failed %3.</source>
        <translation>Gesendet: %1, übersprungen: %2, fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Senden abgebrochen: %1</translation>
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
        <translation>Den Vorfall einmal aufschreiben: eine angeleitete Analyse für Ihr Team und ein ehrlicher Brief an Ihre Kunden, exportiert als PDF, Markdown oder HTML.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Aus Vorlage erstellen</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the example: storage outage letter and report</source>
        <translation>Beispiel öffnen: Brief und Bericht zu einem Speicherausfall</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Start a new postmortem</source>
        <translation>Neuen Postmortem beginnen</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>See a finished one</source>
        <translation>Ein fertiges Beispiel ansehen</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Noch keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1 step</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>diesen Schritt</translation>
    </message>
    <message>
        <source>To finish this step</source>
        <translation>Um diesen Schritt abzuschließen</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Hat Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to fix</source>
        <translation>
            <numerusform>%1 · %n zu beheben</numerusform>
            <numerusform>%1 · %n zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Kundenbrief</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Prüfen &amp; exportieren</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>The chart appears once the timeline has a trigger, detection, mitigation or resolution, or the impact has a start and an end.</source>
        <translation>Das Diagramm erscheint, sobald der Zeitverlauf einen Auslöser, eine Erkennung, Eindämmung oder Behebung hat oder die Auswirkungen einen Beginn und ein Ende haben.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Zeitverlaufsdiagramm</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Edit time</source>
        <translation>Zeit bearbeiten</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Insert event</source>
        <translation>Ereignis einfügen</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Ereignis verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis einfügen</numerusform>
            <numerusform>%n Ereignisse einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <source>Timeline events</source>
        <translation>Ereignisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>Ein Ereignis nach dem letzten hinzufügen</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Darüber einfügen</translation>
    </message>
    <message>
        <source>Insert an event at the selected event&apos;s time, above it</source>
        <translation>Ein Ereignis zur Zeit des ausgewählten einfügen, darüber</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Reorder events that happened in the same minute</source>
        <translation>Ereignisse derselben Minute umordnen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Paste events</source>
        <translation>Ereignisse einfügen</translation>
    </message>
    <message>
        <source>Add events from copied lines such as &apos;2026-10-27 03:10 Primary drive failed&apos; or CSV rows (Ctrl+V in the table)</source>
        <translation>Ereignisse aus kopierten Zeilen wie „2026-10-27 03:10 Primäre Festplatte ausgefallen“ oder CSV-Zeilen hinzufügen (Strg+V in der Tabelle)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Times are in the document&apos;s time zone (set on the Overview step). Paste lines from a chat log or a spreadsheet to add many events at once.</source>
        <translation>Zeiten gelten in der Zeitzone des Dokuments (im Schritt Überblick festgelegt). Fügen Sie Zeilen aus einem Chatprotokoll oder einer Tabelle ein, um viele Ereignisse auf einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>Key durations</source>
        <translation>Wichtige Dauern</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>den Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines were not added — %1.</source>
        <translation>Einige Zeilen wurden nicht hinzugefügt – %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no lines that start with a time.</source>
        <translation>Die Zwischenablage enthält keine Zeilen, die mit einer Uhrzeit beginnen.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Bis zur Behebung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>%1: check the times and their UTC offsets.</source>
        <translation>%1: Prüfen Sie die Zeiten und ihre UTC-Abstände.</translation>
    </message>
</context>
<context>
    <name>TranslationSheet</name>
    <message>
        <source>Not translated yet</source>
        <translation>Noch nicht übersetzt</translation>
    </message>
    <message>
        <source>The original changed after this was translated: check the translation</source>
        <translation>Das Original hat sich nach der Übersetzung geändert: Prüfen Sie die Übersetzung</translation>
    </message>
    <message>
        <source>The original no longer has this paragraph; the letter leaves it out</source>
        <translation>Das Original enthält diesen Absatz nicht mehr; der Brief lässt ihn weg</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Als aktuell markieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The original on the left, read-only; the %1 translation on the right.</source>
        <translation>Links das Original (nur lesbar), rechts die Übersetzung (%1).</translation>
    </message>
    <message>
        <source>Everything is translated.</source>
        <translation>Alles ist übersetzt.</translation>
    </message>
    <message>
        <source>%1 of %2 texts need your attention.</source>
        <translation>%1 von %2 Texten brauchen Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%2 (%1) bearbeiten</translation>
    </message>
    <message>
        <source>Remove left-over paragraph</source>
        <translation>Übrig gebliebenen Absatz entfernen</translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Übersetzung als aktuell markieren</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versionen von „%1“</translation>
    </message>
    <message>
        <source>Each save keeps the version it replaces (the last 20). Open one to read it, or restore it: restoring is one step that Edit ▸ Undo takes back.</source>
        <translation>Jedes Speichern behält die Version, die es ersetzt (die letzten 20). Öffnen Sie eine zum Lesen oder stellen Sie sie wieder her: Das Wiederherstellen ist ein Schritt, den Bearbeiten ▸ Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>No earlier versions yet: one is kept each time you save.</source>
        <translation>Noch keine früheren Versionen: Bei jedem Speichern wird eine aufbewahrt.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Saved %1; replaced %2</source>
        <translation>Gespeichert %1; ersetzt %2</translation>
    </message>
</context>
<context>
    <name>WhysModel</name>
    <message>
        <source>Ask why</source>
        <translation>Warum fragen</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>%1, original</source>
        <translation>%1, Original</translation>
    </message>
    <message>
        <source>%1, translation</source>
        <translation>%1, Übersetzung</translation>
    </message>
</context>
</TS>
