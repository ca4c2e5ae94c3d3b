<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionItemsFilter</name>
    <message>
        <source>All items</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Promised to customers</source>
        <translation>Prometidas a los clientes</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2</source>
        <translation>Vencida: vencía el %1 y sigue %2</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar acción</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Filter: owner, words…</source>
        <translation>Filtrar: responsable, palabras…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column heading to sort.</source>
        <translation>Haga doble clic en una celda para editarla; haga clic en el encabezado de una columna para ordenar.</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Acción seleccionada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Empty: no date is promised.</source>
        <translation>Vacío: no se promete ninguna fecha.</translation>
    </message>
    <message>
        <source>Due date of the selected action item</source>
        <translation>Fecha de vencimiento de la acción seleccionada</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>Borrar la fecha de vencimiento</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Borrar vencimiento</translation>
    </message>
    <message>
        <source>Select an action item to describe it: what done looks like</source>
        <translation>Seleccione una acción para describirla: cómo se sabe que está hecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Description of the selected action item</source>
        <translation>Descripción de la acción seleccionada</translation>
    </message>
    <message>
        <source>the action items</source>
        <translation>las acciones</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past due.</source>
        <translation>
            <numerusform>%n acción abierta está vencida.</numerusform>
            <numerusform>%n acciones abiertas están vencidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>logo.png, in the same folder as the document</source>
        <translation>logo.png, en la misma carpeta que el documento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <source>Save the document first: images must sit in its folder.</source>
        <translation>Guarde primero el documento: las imágenes deben estar en su carpeta.</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; copy it there first.</source>
        <translation>%1 está fuera de la carpeta del documento; cópielo allí primero.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What will be done, as a short imperative</source>
        <translation>Lo que se hará, en una frase breve en infinitivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>One named person, not a team</source>
        <translation>Una persona con nombre, no un equipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>Cuándo estará hecho</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Prevent, detect, mitigate, or improve the process</source>
        <translation>Prevenir, detectar, mitigar o mejorar el proceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Enlace al ticket</translation>
    </message>
    <message>
        <source>https:// link to the ticket</source>
        <translation>Enlace https:// al ticket</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometida</translation>
    </message>
    <message>
        <source>Promised to customers: the letter lists it</source>
        <translation>Prometida a los clientes: la carta la enumera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Printed under the signer&apos;s name in the letter</source>
        <translation>Se imprime bajo el nombre del firmante en la carta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>Biografía breve</translation>
    </message>
    <message>
        <source>Printed under the letter when the signer&apos;s bio is included</source>
        <translation>Se imprime bajo la carta cuando se incluye la biografía del firmante</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Porque…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>When it happened, in the document&apos;s time zone</source>
        <translation>Cuándo ocurrió, en la zona horaria del documento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trigger, detection, mitigation and resolution give the key durations</source>
        <translation>Desencadenante, detección, mitigación y resolución dan las duraciones clave</translation>
    </message>
    <message>
        <source>Customer-visible</source>
        <translation>Visible para clientes</translation>
    </message>
    <message>
        <source>Checked events may appear in the letter</source>
        <translation>Los eventos marcados pueden aparecer en la carta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>What the letter covers</source>
        <translation>Lo que cubre la carta</translation>
    </message>
    <message>
        <source>Insert a sentence starter</source>
        <translation>Insertar un inicio de frase</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>Cubierto.</translation>
    </message>
    <message>
        <source>Click an open topic to see what it needs.</source>
        <translation>Haga clic en un tema abierto para ver lo que necesita.</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type or paste a date such as %1.</source>
        <translation>Escriba o pegue una fecha como %1.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source> Select all and press Delete to empty it.</source>
        <translation> Seleccione todo y pulse Supr para vaciarla.</translation>
    </message>
    <message>
        <source>The clipboard holds no date. Paste one such as %1.</source>
        <translation>El portapapeles no contiene ninguna fecha. Pegue una como %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>opened read-only; Save As makes an editable copy</source>
        <translation>abierto en solo lectura; Guardar como crea una copia editable</translation>
    </message>
    <message>
        <source>another window of Postmortem Studio is editing this file</source>
        <translation>otra ventana de Postmortem Studio está editando este archivo</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Your changes are still here, unsaved; Save As can put them somewhere else.</source>
        <translation>«%1» no se guardó: %2. Sus cambios siguen aquí, sin guardar; Guardar como puede ponerlos en otro sitio.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. It is still open here; save it to write it back.</source>
        <translation>«%1» fue eliminado o movido por otro programa. Sigue abierto aquí; guárdelo para volver a escribirlo.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>«%1» fue modificado por otro programa.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>No se puede leer esa versión: %1</translation>
    </message>
    <message>
        <source>That version says the same as the document.</source>
        <translation>Esa versión dice lo mismo que el documento.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Solo lectura: %1.</translation>
    </message>
    <message>
        <source>Saved. The version it replaced could not be kept: %1</source>
        <translation>Guardado. No se pudo conservar la versión sustituida: %1</translation>
    </message>
    <message>
        <source>The file on disk cannot be read, so yours is kept: %1</source>
        <translation>No se puede leer el archivo del disco, así que se conserva el suyo: %1</translation>
    </message>
    <message>
        <source>Autosave is not working (%1). Save your work to keep it safe.</source>
        <translation>El autoguardado no funciona (%1). Guarde su trabajo para no perderlo.</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>Restaurar la versión de %1</translation>
    </message>
    <message>
        <source>this copy cannot be changed</source>
        <translation>esta copia no se puede cambiar</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Borrador a partir del análisis</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>Draft paragraphs</source>
        <translation>Párrafos del borrador</translation>
    </message>
    <message>
        <source>The draft: tick what to add</source>
        <translation>El borrador: marque lo que quiere añadir</translation>
    </message>
    <message>
        <source>Add chosen paragraphs</source>
        <translation>Añadir los párrafos elegidos</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Documento PDF (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>E-mail draft with the letter attached (.eml)</source>
        <translation>Borrador de correo con la carta adjunta (.eml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Carta a los clientes</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Informe interno</translation>
    </message>
    <message>
        <source>Only what customers may read: no internal notes, owners or unpromised actions</source>
        <translation>Solo lo que pueden leer los clientes: sin notas internas, responsables ni acciones no prometidas</translation>
    </message>
    <message>
        <source>The full analysis, marked &apos;Internal: do not forward to customers&apos;</source>
        <translation>El análisis completo, marcado «Interno: no reenviar a clientes»</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>Elegir destino</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Exporting the letter…</source>
        <translation>Exportando la carta…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>The customer letter still has %n error(s).</source>
        <translation>
            <numerusform>La carta a los clientes aún tiene %n error.</numerusform>
            <numerusform>La carta a los clientes aún tiene %n errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers would read the letter as it is.</source>
        <translation>Los clientes leerían la carta tal como está.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>Revisar los problemas</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>id. del incidente</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>customer-visible</source>
        <translation>visibilidad para clientes</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>clientes afectados</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>pérdida de datos</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>causa raíz</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>desencadenante</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>factor contribuyente</translation>
    </message>
    <message>
        <source>why</source>
        <translation>porqué</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>detection analysis</source>
        <translation>análisis de la detección</translation>
    </message>
    <message>
        <source>response analysis</source>
        <translation>análisis de la respuesta</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>tracker link</source>
        <translation>enlace al ticket</translation>
    </message>
    <message>
        <source>customer-promised</source>
        <translation>promesa a los clientes</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>«Salió bien»</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>«Salió mal»</translation>
    </message>
    <message>
        <source>got lucky</source>
        <translation>«Tuvimos suerte»</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notas internas</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>acción de los clientes</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>despedida</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo de la carta</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>firmante</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>recipients file</source>
        <translation>archivo de destinatarios</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Choose an author…</source>
        <translation>Elegir un autor…</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>undo step</comment>
        <translation>Borrar: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar: %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The changes that keep this from happening again, or make it shorter: each with one owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.</source>
        <translation>Los cambios que evitan que vuelva a ocurrir, o que acortan la caída: cada uno con un responsable, una fecha y una prioridad. Marque los prometidos a los clientes; la carta los enumera.</translation>
    </message>
    <message>
        <source>Few, specific, owned by a person, dated, and linked to the tracker. A promise to customers is a commitment: only mark what will really be done.</source>
        <translation>Pocas, concretas, con una persona responsable, con fecha y enlazadas al gestor de incidencias. Una promesa a los clientes es un compromiso: marque solo lo que de verdad se hará.</translation>
    </message>
    <message>
        <source>Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November.</source>
        <translation>Enviar las alertas de almacenamiento a la guardia, no a un buzón — Dana Ruiz, antes del 15 de noviembre.</translation>
    </message>
    <message>
        <source>What customers experienced: the window of impact, the services affected, how many customers, whether data was or may have been lost, and what they need to do.</source>
        <translation>Lo que vivieron los clientes: el periodo de impacto, los servicios afectados, cuántos clientes, si se perdieron o pudieron perderse datos y qué deben hacer.</translation>
    </message>
    <message>
        <source>Plain words a customer would use, exact times with the zone, numbers where you have them, and an honest data-loss statement, even when the answer is &apos;possibly&apos;.</source>
        <translation>Palabras sencillas, las que usaría un cliente, horas exactas con la zona, cifras cuando las tenga y una declaración honesta sobre la pérdida de datos, aunque la respuesta sea «posiblemente».</translation>
    </message>
    <message>
        <source>Customers could not load the web site or open support tickets; 12,400 accounts.</source>
        <translation>Los clientes no podían cargar el sitio web ni abrir tickets de soporte; 12.400 cuentas.</translation>
    </message>
    <message>
        <source>What the team learned, in three lists. Luck matters: it is what hides the next outage.</source>
        <translation>Lo que aprendió el equipo, en tres listas. La suerte importa: es lo que oculta la próxima caída.</translation>
    </message>
    <message>
        <source>Specific and blameless; each &apos;went wrong&apos; either has an action item or a reason it does not.</source>
        <translation>Concreto y sin culpas; cada «salió mal» tiene una acción o una razón para no tenerla.</translation>
    </message>
    <message>
        <source>We got lucky: the second drive failed after the nightly backup had finished.</source>
        <translation>Tuvimos suerte: el segundo disco falló después de terminar la copia de seguridad nocturna.</translation>
    </message>
    <message>
        <source>The facts a reader needs first: what the incident is called, how severe it was, who is writing about it, and a short summary.</source>
        <translation>Los datos que el lector necesita primero: cómo se llama el incidente, qué gravedad tuvo, quién lo redacta y un breve resumen.</translation>
    </message>
    <message>
        <source>A title a customer would recognise, a severity everyone agrees on, and a summary of three or four sentences: what happened, to whom, for how long, and how it ended.</source>
        <translation>Un título que el cliente reconozca, una gravedad en la que todos estén de acuerdo y un resumen de tres o cuatro frases: qué pasó, a quién, durante cuánto tiempo y cómo terminó.</translation>
    </message>
    <message>
        <source>Web site and support desk unavailable for 31 hours after a storage failure.</source>
        <translation>Sitio web y soporte no disponibles durante 31 horas tras un fallo de almacenamiento.</translation>
    </message>
    <message>
        <source>A last look before the letter and the report leave your hands: what the checks still find, and the exports.</source>
        <translation>Un último vistazo antes de que la carta y el informe salgan de sus manos: lo que aún encuentran las comprobaciones y las exportaciones.</translation>
    </message>
    <message>
        <source>No errors; warnings read and either fixed or accepted on purpose; the preview read through once as a customer would.</source>
        <translation>Sin errores; advertencias leídas y corregidas o aceptadas a propósito; la vista previa leída una vez como la leería un cliente.</translation>
    </message>
    <message>
        <source>0 errors, 1 warning: &apos;Rotate backup disks&apos; has no due date (accepted: date set next week).</source>
        <translation>0 errores, 1 advertencia: «Rotar los discos de copia» no tiene fecha (aceptado: se fija la próxima semana).</translation>
    </message>
    <message>
        <source>Why it happened: the trigger that set it off, the conditions that let it become an outage, and what slowed detection or response. Blameless: systems and decisions, not people.</source>
        <translation>Por qué ocurrió: el desencadenante, las condiciones que lo convirtieron en una caída y lo que retrasó la detección o la respuesta. Sin culpas: sistemas y decisiones, no personas.</translation>
    </message>
    <message>
        <source>Each root cause is a condition you can change; the five whys end at something an action item fixes, not at &apos;human error&apos;.</source>
        <translation>Cada causa raíz es una condición que se puede cambiar; los cinco porqués terminan en algo que una acción corrige, no en «error humano».</translation>
    </message>
    <message>
        <source>The array ran degraded for six days because the drive alert went to a retired inbox.</source>
        <translation>La cabina funcionó degradada durante seis días porque la alerta del disco iba a un buzón en desuso.</translation>
    </message>
    <message>
        <source>Every moment that matters, in order: what triggered the incident, when it was detected, escalated, mitigated and resolved, and what customers were told.</source>
        <translation>Cada momento que importa, en orden: qué desencadenó el incidente, cuándo se detectó, escaló, mitigó y resolvió, y qué se dijo a los clientes.</translation>
    </message>
    <message>
        <source>Times from logs and chat, not memory; one event per line; the trigger, detection, mitigation and resolution marked, so the report can show how long each took.</source>
        <translation>Horas de los registros y del chat, no de memoria; un evento por línea; desencadenante, detección, mitigación y resolución marcados, para que el informe muestre cuánto tardó cada uno.</translation>
    </message>
    <message>
        <source>2026-10-27 03:10  trigger  Primary drive in the storage array failed</source>
        <translation>2026-10-27 03:10  trigger  Falló el disco principal de la cabina de almacenamiento</translation>
    </message>
    <message>
        <source>The letter customers receive: what happened in their terms, what it meant for them, an apology, what you are changing, and what they should do. It never shows internal notes.</source>
        <translation>La carta que reciben los clientes: qué pasó, en sus palabras, qué supuso para ellos, una disculpa, qué va a cambiar y qué deben hacer. Nunca muestra las notas internas.</translation>
    </message>
    <message>
        <source>Short paragraphs, no jargon, times with their zone, one plain apology without &apos;we apologise for any inconvenience&apos;, and a named person who signs.</source>
        <translation>Párrafos cortos, sin jerga, horas con su zona, una disculpa sencilla sin «lamentamos las molestias ocasionadas» y una persona con nombre que firma.</translation>
    </message>
    <message>
        <source>We are sorry. For 31 hours you could not reach us, and some of your messages were lost.</source>
        <translation>Lo sentimos. Durante 31 horas no pudo contactar con nosotros y algunos de sus mensajes se perdieron.</translation>
    </message>
    <message>
        <source>Who receives the letter. Each recipient gets their own copy, with their name and, when the file gives them, their own outage window and what they lost.</source>
        <translation>Quién recibe la carta. Cada destinatario recibe su propia copia, con su nombre y, cuando el archivo los da, su propio periodo de caída y lo que perdió.</translation>
    </message>
    <message>
        <source>Every row ready: a real address, once each, and every column the letter&apos;s {{ recipient.x }} fields use filled in. Read two or three letters before you write them all.</source>
        <translation>Cada fila lista: una dirección real, una sola vez, y rellenas todas las columnas que usan los campos {{ recipient.x }} de la carta. Lea dos o tres cartas antes de escribirlas todas.</translation>
    </message>
    <message>
        <source>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 support requests</source>
        <translation>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 solicitudes de soporte</translation>
    </message>
</context>
<context>
    <name>GuideBox</name>
    <message>
        <source>%1 step</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Ocultar la guía</translation>
    </message>
    <message>
        <source>Show or hide this step&apos;s guide (F1)</source>
        <translation>Mostrar u ocultar la guía de este paso (F1)</translation>
    </message>
    <message>
        <source>Good looks like:</source>
        <translation>Bien hecho es:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Guide to the %1 step</source>
        <translation>Guía del paso %1</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>Mostrar la guía</translation>
    </message>
</context>
<context>
    <name>ImpactStep</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From the first moment customers were affected to the last.</source>
        <translation>Desde el primer momento en que los clientes se vieron afectados hasta el último.</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Inicio del impacto</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>Fin del impacto</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Quién y qué</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Añadir servicio</translation>
    </message>
    <message>
        <source>Web site, Support desk</source>
        <translation>Sitio web, Soporte</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>All customers using the web site</source>
        <translation>Todos los clientes que usan el sitio web</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Número de clientes</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> clientes</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Porcentaje de clientes</translation>
    </message>
    <message>
        <source>What customers experienced</source>
        <translation>Lo que vivieron los clientes</translation>
    </message>
    <message>
        <source>Pages did not load; e-mails to support bounced or were not answered…</source>
        <translation>Las páginas no cargaban; los correos al soporte rebotaban o no recibían respuesta…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The letter puts the data-loss statement in its own box, so it cannot be missed.</source>
        <translation>La carta pone la declaración sobre pérdida de datos en un recuadro propio, para que no pase desapercibida.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Pérdida de datos</translation>
    </message>
    <message>
        <source>What was or may have been lost</source>
        <translation>Lo que se perdió o pudo perderse</translation>
    </message>
    <message>
        <source>Support messages sent between … and … may not have reached us.</source>
        <translation>Es posible que los mensajes enviados al soporte entre … y … no nos hayan llegado.</translation>
    </message>
    <message>
        <source>Data at risk from</source>
        <translation>Datos en riesgo desde</translation>
    </message>
    <message>
        <source>Data at risk until</source>
        <translation>Datos en riesgo hasta</translation>
    </message>
    <message>
        <source>What customers must do</source>
        <translation>Lo que deben hacer los clientes</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Acciones de los clientes</translation>
    </message>
    <message>
        <source>If you wrote to support between … and …, please write again. If nothing is needed, say so.</source>
        <translation>Si escribió al soporte entre … y …, vuelva a escribirnos. Si no hace falta nada, dígalo.</translation>
    </message>
    <message>
        <source>SLA and credits</source>
        <translation>SLA y créditos</translation>
    </message>
    <message>
        <source>Whether the SLA was breached and what credit customers receive</source>
        <translation>Si se incumplió el SLA y qué crédito reciben los clientes</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>el impacto</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)</source>
        <translation>Cronologías y postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar por el contenido</translation>
    </message>
    <message>
        <source>Markdown postmortem</source>
        <translation>Postmortem en Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV timeline</source>
        <translation>Cronología CSV o TSV</translation>
    </message>
    <message>
        <source>Slack channel export</source>
        <translation>Exportación de canal de Slack</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>Entradas de registro de PagerDuty</translation>
    </message>
    <message>
        <source>Statuspage incident</source>
        <translation>Incidente de Statuspage</translation>
    </message>
    <message>
        <source>Chat or notes, one line each</source>
        <translation>Chat o notas, una línea cada uno</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;. Untick what should stay out; times without an offset are read in the zone below. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importando &lt;b&gt;%1&lt;/b&gt;. Desmarque lo que deba quedar fuera; las horas sin desfase se leen en la zona de abajo. Editar ▸ Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Leer como:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>For times written without an offset, unless the source names its zone; choosing one here wins over the source.</source>
        <translation>Para las horas escritas sin desfase, salvo que la fuente indique su zona; elegir una aquí prevalece sobre la fuente.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>Las horas sin desfase se leen en %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Importar %n fila</numerusform>
            <numerusform>&amp;Importar %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>, customer-visible</source>
        <translation>, visible para clientes</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>evento: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>campo: %1</translation>
    </message>
    <message>
        <source>note → %1 internal notes</source>
        <translation>nota → notas internas de %1</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>%1 – the original</source>
        <translation>%1 – el original</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>New translation&apos;s language code</source>
        <translation>Código de idioma de la nueva traducción</translation>
    </message>
    <message>
        <source>Language code, e.g. de or pt-BR</source>
        <translation>Código de idioma, p. ej. de o pt-BR</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add translation…</source>
        <translation>Añadir traducción…</translation>
    </message>
    <message>
        <source>Give a language code such as de, fr or pt-BR</source>
        <translation>Indique un código de idioma como de, fr o pt-BR</translation>
    </message>
    <message>
        <source>The letter is already in %1</source>
        <translation>La carta ya está en %1</translation>
    </message>
    <message>
        <source>Add %1 translation</source>
        <translation>Añadir la traducción (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Postmortem Studio will be in %1 from the next time it starts.</source>
        <translation>Postmortem Studio estará en %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LessonsStep</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The on-call engineer had a tested restore runbook</source>
        <translation>La ingeniera de guardia tenía un runbook de restauración probado</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Salió mal</translation>
    </message>
    <message>
        <source>Status updates stopped during the restore</source>
        <translation>Las actualizaciones de estado se detuvieron durante la restauración</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Tuvimos suerte</translation>
    </message>
    <message>
        <source>The failure began outside business hours</source>
        <translation>El fallo empezó fuera del horario laboral</translation>
    </message>
    <message>
        <source>the lessons</source>
        <translation>las lecciones</translation>
    </message>
</context>
<context>
    <name>LetterStep</name>
    <message>
        <source>Draft from analysis</source>
        <translation>Borrador a partir del análisis</translation>
    </message>
    <message>
        <source>Write a first draft from the customer-visible events, the impact and the promised actions, with fields for the facts. It replaces only an empty letter or the template&apos;s prompts.</source>
        <translation>Escribe un primer borrador a partir de los eventos visibles para los clientes, el impacto y las acciones prometidas, con campos para los datos. Solo sustituye una carta vacía o las indicaciones de la plantilla.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Empty: the write-up&apos;s date.</source>
        <translation>Vacío: la fecha del informe.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Re: Service outage of 27 October</source>
        <translation>Asunto: interrupción del servicio del 27 de octubre</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Dear customers,</source>
        <translation>Estimados clientes:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>The whole letter between greeting and closing, in your order. Facts print where you put a field such as {{ impact_window }}; everything else is your own words.</source>
        <translation>Toda la carta entre el saludo y la despedida, en su orden. Los datos se imprimen donde ponga un campo como {{ impact_window }}; todo lo demás son sus propias palabras.</translation>
    </message>
    <message>
        <source>I am writing to tell you what happened on …</source>
        <translation>Le escribo para contarle lo que ocurrió el …</translation>
    </message>
    <message>
        <source>What your letter covers</source>
        <translation>Lo que cubre su carta</translation>
    </message>
    <message>
        <source>Ticked from the checks on your letter.</source>
        <translation>Marcados según las comprobaciones de su carta.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>One of the authors (Overview step); the letter prints their job title.</source>
        <translation>Uno de los autores (paso Resumen); la carta imprime su cargo.</translation>
    </message>
    <message>
        <source>Signer&apos;s bio</source>
        <translation>Biografía del firmante</translation>
    </message>
    <message>
        <source>Print the signer&apos;s short bio under the letter</source>
        <translation>Imprimir la biografía breve del firmante bajo la carta</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>la imagen de la firma</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>la carta</translation>
    </message>
    <message>
        <source>Add draft paragraphs</source>
        <translation>Añadir párrafos del borrador</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
    <message>
        <source>Your letter has your own words: choose draft paragraphs to add.</source>
        <translation>Su carta tiene sus propias palabras: elija los párrafos del borrador que quiere añadir.</translation>
    </message>
    <message>
        <source>Draft letter from analysis</source>
        <translation>Redactar la carta a partir del análisis</translation>
    </message>
    <message>
        <source>Drafted the letter; [[prompts]] mark what only you can say.</source>
        <translation>Carta redactada; las [[indicaciones]] marcan lo que solo usted puede decir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nueva &amp;ventana</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export E-mail &amp;Draft…</source>
        <translation>Exportar &amp;borrador de correo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Revisar la &amp;ortografía</translation>
    </message>
    <message>
        <source>Guide to This &amp;Step</source>
        <translation>Guía de este &amp;paso</translation>
    </message>
    <message>
        <source>&amp;About Postmortem Studio</source>
        <translation>&amp;Acerca de Postmortem Studio</translation>
    </message>
    <message>
        <source>Spell checking needs the pyspellchecker package: pip install pyspellchecker</source>
        <translation>La revisión ortográfica necesita el paquete pyspellchecker: pip install pyspellchecker</translation>
    </message>
    <message>
        <source>Postmortem Studio: write a postmortem once; export a customer letter and an internal report.</source>
        <translation>Postmortem Studio: escriba el postmortem una sola vez y exporte una carta a los clientes y un informe interno.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>texto del enlace</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>🔒  Internal notes — never sent to customers</source>
        <translation>🔒  Notas internas: nunca se envían a los clientes</translation>
    </message>
    <message>
        <source>Only the internal report shows these notes about %1; the customer letter never does.</source>
        <translation>Solo el informe interno muestra estas notas sobre %1; la carta a los clientes nunca.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Names, links, raw data, open questions…</source>
        <translation>Nombres, enlaces, datos en bruto, preguntas abiertas…</translation>
    </message>
    <message>
        <source>Internal notes about %1 (never sent to customers)</source>
        <translation>Notas internas sobre %1 (nunca se envían a los clientes)</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>From the timeline and the impact window; the report prints the same chart.</source>
        <translation>A partir de la cronología y del periodo de impacto; el informe imprime el mismo gráfico.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>El incidente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Web site unavailable after a storage failure</source>
        <translation>Sitio web no disponible tras un fallo de almacenamiento</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Id. del incidente</translation>
    </message>
    <message>
        <source>INC-2026-042</source>
        <translation>INC-2026-042</translation>
    </message>
    <message>
        <source>The id in your incident tracker; the report prints it.</source>
        <translation>El id. en su gestor de incidentes; el informe lo imprime.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Set it to Final only when the checks find no errors.</source>
        <translation>Póngalo en «Definitivo» solo cuando las comprobaciones no encuentren errores.</translation>
    </message>
    <message>
        <source>Date of this write-up</source>
        <translation>Fecha de este informe</translation>
    </message>
    <message>
        <source>Exports carry this date, so they come out the same every time.</source>
        <translation>Las exportaciones llevan esta fecha, así que salen siempre iguales.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The zone customers live in; every time is shown in it, zone named.</source>
        <translation>La zona en la que viven los clientes; cada hora se muestra en ella, con la zona indicada.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Printed on the letterhead and in the report&apos;s footer.</source>
        <translation>Se imprime en el membrete y en el pie de página del informe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Example Software Ltd</source>
        <translation>Software de Ejemplo S.L.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>An image in the same folder as this document.</source>
        <translation>Una imagen en la misma carpeta que este documento.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>Correo de soporte</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Color de marca</translation>
    </message>
    <message>
        <source>Used sparingly: the letterhead rule and headings.</source>
        <translation>Se usa con moderación: la línea del membrete y los títulos.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Authors write the postmortem; one of them signs the letter.</source>
        <translation>Los autores redactan el postmortem; uno de ellos firma la carta.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Añadir autor</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Quitar autor</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Añadir revisor</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Quitar revisor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>On 27 October our web site and support desk were unavailable for 31 hours after a storage failure. Messages sent to support in that time may have been lost…</source>
        <translation>El 27 de octubre, nuestro sitio web y nuestro soporte no estuvieron disponibles durante 31 horas tras un fallo de almacenamiento. Es posible que se perdieran los mensajes enviados al soporte en ese tiempo…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>storage, backup</source>
        <translation>almacenamiento, copia de seguridad</translation>
    </message>
    <message>
        <source>the overview and summary</source>
        <translation>el resumen y la visión general</translation>
    </message>
    <message>
        <source>Notes on the summary</source>
        <translation>Notas sobre el resumen</translation>
    </message>
    <message>
        <source>What the summary leaves out on purpose, and why</source>
        <translation>Lo que el resumen omite a propósito, y por qué</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add author</source>
        <translation>Añadir autor</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Añadir revisor</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Customer letter</source>
        <translation>Carta a los clientes</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Informe interno</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Waiting for the renderer…</source>
        <translation>Esperando al renderizador…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>The preview appears here a moment after you stop typing.</source>
        <translation>La vista previa aparece aquí un momento después de que deje de escribir.</translation>
    </message>
    <message>
        <source>Starting the renderer…</source>
        <translation>Iniciando el renderizador…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The renderer returned a PDF that cannot be displayed.</source>
        <translation>El renderizador devolvió un PDF que no se puede mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · up to date</source>
        <translation>
            <numerusform>%n página · al día</numerusform>
            <numerusform>%n páginas · al día</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>No se pudo generar la vista previa: %1</translation>
    </message>
    <message>
        <source>Render failed</source>
        <translation>Error al renderizar</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Postmortems (*.postmortem);;All files (*)</source>
        <translation>Postmortems (*.postmortem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a postmortem</source>
        <translation>Abrir un postmortem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Save the postmortem</source>
        <translation>Guardar el postmortem</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Sus cambios se perderán si no los guarda.</translation>
    </message>
    <message>
        <source>“%1” is already open by %2.</source>
        <translation>«%1» ya está abierto por %2.</translation>
    </message>
    <message>
        <source>Two people saving the same file overwrite each other&apos;s work. You can open it read-only to read it; close it there first to edit it here.</source>
        <translation>Si dos personas guardan el mismo archivo, una sobrescribe el trabajo de la otra. Puede abrirlo en solo lectura para leerlo; ciérrelo allí primero para editarlo aquí.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>“%1” is already open in another Postmortem Studio window.</source>
        <translation>«%1» ya está abierto en otra ventana de Postmortem Studio.</translation>
    </message>
    <message>
        <source>Edit it there, or open a read-only copy here.</source>
        <translation>Edítelo allí o abra aquí una copia de solo lectura.</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>Mostrar esa ventana</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>«%1» fue modificado por otro programa desde que lo abrió.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours (the file as it is now is kept under File ▸ Versions). Save As keeps both.</source>
        <translation>Guardar sustituye esos cambios por los suyos (el archivo tal como está ahora se conserva en Archivo ▸ Versiones). Guardar como conserva ambos.</translation>
    </message>
    <message>
        <source>Overwrite the Other Change</source>
        <translation>Sobrescribir el otro cambio</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Reload “%1” from disk?</source>
        <translation>¿Volver a cargar «%1» desde el disco?</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.</source>
        <translation>Sus cambios sin guardar se sustituyen por lo que dice ahora el archivo. Editar ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Discard the unsaved work in “%1”?</source>
        <translation>¿Descartar el trabajo sin guardar de «%1»?</translation>
    </message>
    <message>
        <source>The autosaved copy is deleted. This cannot be undone.</source>
        <translation>Se elimina la copia guardada automáticamente. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RecipientLetter</name>
    <message>
        <source>Select a recipient to read their letter.</source>
        <translation>Seleccione un destinatario para leer su carta.</translation>
    </message>
    <message>
        <source>Recipient letter status</source>
        <translation>Estado de la carta del destinatario</translation>
    </message>
    <message>
        <source>Letter for the selected recipient</source>
        <translation>Carta para el destinatario seleccionado</translation>
    </message>
    <message>
        <source>Their letter appears here, as the merge will write it.</source>
        <translation>Aquí aparece su carta, tal como la escribirá la combinación.</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>Escribiendo la carta para %1…</translation>
    </message>
    <message>
        <source>the PDF cannot be shown</source>
        <translation>el PDF no se puede mostrar</translation>
    </message>
    <message>
        <source>Their letter could not be written: %1</source>
        <translation>No se pudo escribir su carta: %1</translation>
    </message>
    <message numerus="yes">
        <source>The letter to %1 (%2), %n page(s), as the merge writes it</source>
        <translation>
            <numerusform>La carta para %1 (%2), %n página, tal como la escribe la combinación</numerusform>
            <numerusform>La carta para %1 (%2), %n páginas, tal como la escribe la combinación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Their window</source>
        <translation>Periodo de caída</translation>
    </message>
    <message>
        <source>Lost items</source>
        <translation>Elementos perdidos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>as in the letter</source>
        <translation>como en la carta</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <source>One row per recipient; columns email and name, and as you need company, salutation, language, impact_start and impact_end (their own window, e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} field uses.</source>
        <translation>Una fila por destinatario; las columnas email y name y, según haga falta, company, salutation, language, impact_start e impact_end (su propio periodo de caída, p. ej. 2026-10-28T22:45:00-04:00), lost_items, note o cualquier otra columna que use un campo {{ recipient.x }}.</translation>
    </message>
    <message>
        <source>Recipients file</source>
        <translation>Archivo de destinatarios</translation>
    </message>
    <message>
        <source>Import Recipients…</source>
        <translation>Importar destinatarios…</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importar destinatarios</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Read the file again after changing it in a spreadsheet</source>
        <translation>Volver a leer el archivo después de cambiarlo en una hoja de cálculo</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>Aún no hay destinatarios.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Escribir las cartas</translation>
    </message>
    <message>
        <source>One PDF and one e-mail per ready row, and manifest.csv listing them. Writing again redoes only what changed.</source>
        <translation>Un PDF y un correo por fila lista, y manifest.csv que los enumera. Volver a escribir solo rehace lo que cambió.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Write Letters</source>
        <translation>Escribir cartas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Escribir en</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Cartas escritas</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Estado de la combinación</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Enviar las cartas</translation>
    </message>
    <message>
        <source>Through your organisation&apos;s mail server, each letter once: sending again sends only what has not gone yet.</source>
        <translation>A través del servidor de correo de su organización, cada carta una vez: volver a enviar solo envía lo que aún no ha salido.</translation>
    </message>
    <message>
        <source>This document names %1; save it in the folder that holds that file.</source>
        <translation>Este documento nombra %1; guárdelo en la carpeta que contiene ese archivo.</translation>
    </message>
    <message>
        <source>Import Recipients</source>
        <translation>Importar destinatarios</translation>
    </message>
    <message>
        <source>Recipients (*.csv *.xlsx)</source>
        <translation>Destinatarios (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Use recipients file</source>
        <translation>Usar el archivo de destinatarios</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>; %n with problems (see the Problems column)</source>
        <translation>
            <numerusform>; con problemas: %n (vea la columna Problemas)</numerusform>
            <numerusform>; con problemas: %n (vea la columna Problemas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s), %2 ready</source>
        <translation>
            <numerusform>%1: %n destinatario, listos: %2</numerusform>
            <numerusform>%1: %n destinatarios, listos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The document remembers this file: reopened, it shows these recipients, read afresh.</source>
        <translation>El documento recuerda este archivo: al reabrirlo, muestra estos destinatarios, leídos de nuevo.</translation>
    </message>
    <message>
        <source>Not remembered: save the document in the folder that holds this file to keep it.</source>
        <translation>No se recuerda: guarde el documento en la carpeta que contiene este archivo para conservarlo.</translation>
    </message>
    <message>
        <source>Not remembered: %1 is outside the document&apos;s folder. Move it next to the document and import it from there to have it come back when you reopen.</source>
        <translation>No se recuerda: %1 está fuera de la carpeta del documento. Muévalo junto al documento e impórtelo desde allí para que vuelva al reabrirlo.</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <source>Import recipients and choose a folder for the letters first.</source>
        <translation>Primero importe los destinatarios y elija una carpeta para las cartas.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Escribiendo las cartas…</translation>
    </message>
    <message>
        <source>Stopping after the letters being written now…</source>
        <translation>Deteniendo tras las cartas que se escriben ahora…</translation>
    </message>
    <message>
        <source>Writing the letters: %1 of %2…</source>
        <translation>Escribiendo las cartas: %1 de %2…</translation>
    </message>
    <message>
        <source>the merge stopped</source>
        <translation>la combinación se detuvo</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>No se pudieron escribir las cartas: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>“%1” could not be opened for editing, so its work stays kept.</source>
        <translation>«%1» no se pudo abrir para editarlo, así que su trabajo se conserva.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar los cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” is open by %2; its work stays kept.</source>
        <translation>«%1» está abierto por %2; su trabajo se conserva.</translation>
    </message>
    <message>
        <source>the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions</source>
        <translation>la versión de «%1» guardada a las %2. Para recuperarla, use Restaurar en Archivo ▸ Versiones</translation>
    </message>
    <message>
        <source>read-only, version of %1</source>
        <translation>solo lectura, versión de las %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCard</name>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sin título</translation>
    </message>
    <message>
        <source>A new document, never saved</source>
        <translation>Un documento nuevo, nunca guardado</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Discard the unsaved work in %1</source>
        <translation>Descartar el trabajo sin guardar de %1</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>Recuperar %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>hace menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved %1 (%2)</source>
        <translation>Guardado automáticamente %1 (%2)</translation>
    </message>
    <message>
        <source>Never saved. Written so far: %1.</source>
        <translation>Nunca guardado. Escrito hasta ahora: %1.</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>Nunca guardado.</translation>
    </message>
    <message>
        <source>Cannot compare with the saved file: %1.</source>
        <translation>No se puede comparar con el archivo guardado: %1.</translation>
    </message>
    <message>
        <source>Same as the saved file.</source>
        <translation>Igual que el archivo guardado.</translation>
    </message>
    <message>
        <source>Changed since saved: %1.</source>
        <translation>Cambiado desde que se guardó: %1.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Postmortem Studio closed before these changes were saved. Their last autosaved copies are here; recover them to keep writing.</source>
        <translation>Postmortem Studio se cerró antes de guardar estos cambios. Aquí están sus últimas copias guardadas automáticamente; recupérelas para seguir escribiendo.</translation>
    </message>
    <message>
        <source>Not now keeps the autosaved copies; they are offered again next time.</source>
        <translation>«Ahora no» conserva las copias guardadas automáticamente; se ofrecerán de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <source>The renderer stopped unexpectedly (%1).</source>
        <translation>El motor de renderizado se detuvo inesperadamente (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Both exports</source>
        <translation>Ambas exportaciones</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Carta a los clientes</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Informe interno</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its field.</source>
        <translation>Haga doble clic en un hallazgo o pulse Intro para ir a su campo.</translation>
    </message>
    <message>
        <source>Show findings for</source>
        <translation>Mostrar hallazgos de</translation>
    </message>
    <message>
        <source>Errors first, then warnings and hints</source>
        <translation>Primero los errores, luego las advertencias y las sugerencias</translation>
    </message>
    <message>
        <source>Export customer letter…</source>
        <translation>Exportar la carta a los clientes…</translation>
    </message>
    <message>
        <source>Export internal report…</source>
        <translation>Exportar el informe interno…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Ready to publish: no errors.</source>
        <translation>Listo para publicar: sin errores.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>%n advertencia por leer.</numerusform>
            <numerusform>%n advertencias por leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n error(s)</source>
        <translation>
            <numerusform>Aún no está listo: %n error</numerusform>
            <numerusform>Aún no está listo: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform> y %n advertencia.</numerusform>
            <numerusform> y %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export a draft.</source>
        <translation>Aun así puede exportar un borrador.</translation>
    </message>
    <message numerus="yes">
        <source>The recipients file has %n problem(s); its rows with errors get no letter.</source>
        <translation>
            <numerusform>El archivo de destinatarios tiene %n problema; sus filas con errores no reciben carta.</numerusform>
            <numerusform>El archivo de destinatarios tiene %n problemas; sus filas con errores no reciben carta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file was not used: %1</source>
        <translation>No se usó el archivo de ajustes: %1</translation>
    </message>
</context>
<context>
    <name>RootCauseStep</name>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>The event that started the incident</source>
        <translation>El evento que inició el incidente</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causas raíz</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>Añadir causa raíz</translation>
    </message>
    <message>
        <source>A condition that, fixed, prevents a repeat</source>
        <translation>Una condición que, corregida, evita que se repita</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Añadir factor</translation>
    </message>
    <message>
        <source>Something that made it worse or longer</source>
        <translation>Algo que lo empeoró o lo alargó</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinco porqués</translation>
    </message>
    <message>
        <source>Ask why, answer, and ask why again about the answer, until the answer is something you can fix.</source>
        <translation>Pregunte por qué, responda y vuelva a preguntar por qué sobre la respuesta, hasta que la respuesta sea algo que pueda corregir.</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>Quitar porqué</translation>
    </message>
    <message>
        <source>Ask why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Add the next &apos;why?&apos; row</source>
        <translation>Añadir la siguiente fila «¿por qué?»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Detection and response</source>
        <translation>Detección y respuesta</translation>
    </message>
    <message>
        <source>How we noticed</source>
        <translation>Cómo nos dimos cuenta</translation>
    </message>
    <message>
        <source>Who or what noticed first, and how long after the trigger</source>
        <translation>Quién o qué se dio cuenta primero, y cuánto tiempo después del desencadenante</translation>
    </message>
    <message>
        <source>How the response went</source>
        <translation>Cómo fue la respuesta</translation>
    </message>
    <message>
        <source>What helped, what got in the way</source>
        <translation>Qué ayudó, qué estorbó</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>la causa raíz</translation>
    </message>
</context>
<context>
    <name>SendForm</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine)</source>
        <translation>Ninguno (un relé de correo en este equipo)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Puerto del servidor de correo</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>Vacío: el servidor no necesita inicio de sesión</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Usuario del servidor de correo</translation>
    </message>
    <message>
        <source>Empty: the certificate authorities the system trusts</source>
        <translation>Vacío: las autoridades de certificación en las que confía el sistema</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>From the system keyring, or asked for when you send; never saved.</source>
        <translation>Del llavero del sistema, o se pide al enviar; nunca se guarda.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Send Letters…</source>
        <translation>Enviar cartas…</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>Enviar las cartas</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>The letters in %1 are ready to send.</source>
        <translation>Las cartas de %1 están listas para enviar.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>Indique primero el nombre del servidor de correo.</translation>
    </message>
    <message>
        <source>Nothing sent: choose a certificate authority file that can be used, or empty the field.</source>
        <translation>No se ha enviado nada: elija un archivo de autoridad de certificación que se pueda usar, o vacíe el campo.</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Leyendo las cartas…</translation>
    </message>
    <message numerus="yes">
        <source>All %n letter(s) in this folder have been sent already.</source>
        <translation>
            <numerusform>%n carta de esta carpeta ya se ha enviado.</numerusform>
            <numerusform>Las %n cartas de esta carpeta ya se han enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Asking the system keyring for the password…</source>
        <translation>Pidiendo la contraseña al llavero del sistema…</translation>
    </message>
    <message numerus="yes">
        <source> (%n were sent before)</source>
        <translation>
            <numerusform> (%n ya enviada antes)</numerusform>
            <numerusform> (%n ya enviadas antes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n recipient(s)%1 through %2?</source>
        <translation>
            <numerusform>¿Enviar la carta a %n destinatario%1 a través de %2?</numerusform>
            <numerusform>¿Enviar la carta a %n destinatarios%1 a través de %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>Send the Letters</source>
        <translation>Enviar las cartas</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (not saved):</source>
        <translation>Contraseña de %1 en %2 (no se guarda):</translation>
    </message>
    <message>
        <source>Nothing sent: no password.</source>
        <translation>No se envió nada: no hay contraseña.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Enviando a través de %1…</translation>
    </message>
    <message>
        <source>Sent %1, skipped %2, failed %3.</source>
        <translation>Enviadas: %1, omitidas: %2, fallidas: %3.</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envío detenido: %1</translation>
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
        <translation>Escriba el incidente una sola vez: un análisis guiado para su equipo y una carta honesta para sus clientes, exportados como PDF, Markdown o HTML.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Crear a partir de la plantilla</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Open the example: storage outage letter and report</source>
        <translation>Abrir el ejemplo: carta e informe de un fallo de almacenamiento</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Abrir el ejemplo</translation>
    </message>
    <message>
        <source>Start a new postmortem</source>
        <translation>Empezar un nuevo postmortem</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <source>See a finished one</source>
        <translation>Ver uno terminado</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Aún no hay archivos recientes</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1 step</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>este paso</translation>
    </message>
    <message>
        <source>To finish this step</source>
        <translation>Para terminar este paso</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Con problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to fix</source>
        <translation>
            <numerusform>%1 · %n por corregir</numerusform>
            <numerusform>%1 · %n por corregir</numerusform>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Carta a los clientes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Revisar y exportar</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>The chart appears once the timeline has a trigger, detection, mitigation or resolution, or the impact has a start and an end.</source>
        <translation>El gráfico aparece en cuanto la cronología tiene un desencadenante, una detección, una mitigación o una resolución, o el impacto tiene un inicio y un final.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Edit time</source>
        <translation>Editar hora</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Insert event</source>
        <translation>Insertar evento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Mover evento</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <translation>
            <numerusform>Pegar %n evento</numerusform>
            <numerusform>Pegar %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <source>Timeline events</source>
        <translation>Eventos de la cronología</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>Añadir un evento después del último</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Insertar encima</translation>
    </message>
    <message>
        <source>Insert an event at the selected event&apos;s time, above it</source>
        <translation>Insertar un evento a la hora del evento seleccionado, encima de él</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Reorder events that happened in the same minute</source>
        <translation>Reordenar eventos ocurridos en el mismo minuto</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Paste events</source>
        <translation>Pegar eventos</translation>
    </message>
    <message>
        <source>Add events from copied lines such as &apos;2026-10-27 03:10 Primary drive failed&apos; or CSV rows (Ctrl+V in the table)</source>
        <translation>Añadir eventos desde líneas copiadas como «2026-10-27 03:10 Falló el disco principal» o filas CSV (Ctrl+V en la tabla)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Times are in the document&apos;s time zone (set on the Overview step). Paste lines from a chat log or a spreadsheet to add many events at once.</source>
        <translation>Las horas están en la zona horaria del documento (definida en el paso Resumen). Pegue líneas de un chat o de una hoja de cálculo para añadir muchos eventos a la vez.</translation>
    </message>
    <message>
        <source>Key durations</source>
        <translation>Duraciones clave</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>la cronología</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines were not added — %1.</source>
        <translation>Algunas líneas no se añadieron: %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no lines that start with a time.</source>
        <translation>El portapapeles no contiene líneas que empiecen por una hora.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta detectar</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Tiempo hasta mitigar</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo hasta resolver</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Impacto en clientes</translation>
    </message>
    <message>
        <source>%1: check the times and their UTC offsets.</source>
        <translation>%1: revise las horas y sus desfases UTC.</translation>
    </message>
</context>
<context>
    <name>TranslationSheet</name>
    <message>
        <source>Not translated yet</source>
        <translation>Aún sin traducir</translation>
    </message>
    <message>
        <source>The original changed after this was translated: check the translation</source>
        <translation>El original cambió después de traducirse: revise la traducción</translation>
    </message>
    <message>
        <source>The original no longer has this paragraph; the letter leaves it out</source>
        <translation>El original ya no tiene este párrafo; la carta lo omite</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marcar como al día</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The original on the left, read-only; the %1 translation on the right.</source>
        <translation>A la izquierda el original, de solo lectura; a la derecha la traducción (%1).</translation>
    </message>
    <message>
        <source>Everything is translated.</source>
        <translation>Todo está traducido.</translation>
    </message>
    <message>
        <source>%1 of %2 texts need your attention.</source>
        <translation>%1 de %2 textos necesitan su atención.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Editar %2 (%1)</translation>
    </message>
    <message>
        <source>Remove left-over paragraph</source>
        <translation>Quitar el párrafo sobrante</translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Marcar la traducción como al día</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versiones de «%1»</translation>
    </message>
    <message>
        <source>Each save keeps the version it replaces (the last 20). Open one to read it, or restore it: restoring is one step that Edit ▸ Undo takes back.</source>
        <translation>Cada vez que guarda se conserva la versión que se sustituye (las últimas 20). Abra una para leerla o restáurela: restaurar es un paso que Editar ▸ Deshacer revierte.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>No earlier versions yet: one is kept each time you save.</source>
        <translation>Aún no hay versiones anteriores: se guarda una cada vez que guarda.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Saved %1; replaced %2</source>
        <translation>Guardada el %1; sustituida a las %2</translation>
    </message>
</context>
<context>
    <name>WhysModel</name>
    <message>
        <source>Ask why</source>
        <translation>Preguntar por qué</translation>
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
        <translation>%1, traducción</translation>
    </message>
</context>
</TS>
