<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Letters to &amp;Recipients…</source>
        <translation>Cartas a los &amp;destinatarios…</translation>
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
        <source>Review &amp; export</source>
        <translation>Revisar y exportar</translation>
    </message>
</context>
</TS>
