<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook 2024-34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median annual wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published by BLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment (May 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected growth 2024-34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET job zone: varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS publishes no wage or projection figures for this occupation (for example, military occupations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database %s is in use by another program, which is holding a lock on it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Nothing is wrong with the file. Try again when the other program has finished (for example a long import), or open it read-only to look.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database %s cannot be changed by your account.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>You can open it read-only to look and print, or open another database. To work in it, copy it to a folder you can write to.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database %s was made by a newer version of Career Pathway Planner.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Update the app to open it. The file has not been changed.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database %s %s.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Restore its newest backup, %s: the app updates it properly and the current file is kept among the backups. Or open another database, or create a new one.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>No backup of it was found. Open another database or create a new one; the file is kept as it is for repair.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The file has not been changed. You can restore the newest backup (the damaged file is kept), open another database, or create a new one.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The file has not been changed. You can open another database or create a new one.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Retry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Open read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Restore newest backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Open another…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Create new…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Open database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Databases (*.db);;All files (*)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>New database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Databases (*.db)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>%s changed %s after you opened it, so your change was not saved. The newest version is shown now.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>Someone else</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>this record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>The change was not saved: the database is in use by another program (for example a long import). Try again in a moment.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>The change was not saved: the disk is full. Free some space and try again.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>The change was not saved: this database is open read-only.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>The change was not saved: the database could not be written (%s). Check the disk or network folder and try again.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WriteErrors</source>
        <comment>The change was not saved (%s).</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <source>Approve this plan: keeps a copy of it, its checks and the printed PDF</source>
        <translation>Aprobar este plan: se guarda una copia del plan, de sus revisiones y del PDF impreso</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Approved versions, sign-offs, reprint and compare</source>
        <translation>Versiones aprobadas, firmas, reimpresión y comparación</translation>
    </message>
    <message>
        <source>Version %d; PDF checksum %s</source>
        <translation>Versión %d; suma de verificación del PDF %s</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as it prints on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Settings (Counselor name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet: it is saved in Settings as your counselor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have gone over these problems and approve the plan anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The checks show %d problem(s).&lt;/b&gt; They are kept with the approved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The checks show no errors and no shortfalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving keeps a copy of this plan, its checks and the printed PDF, with your name and today&apos;s date. Any later change starts a new draft; the approved copy can always be reprinted from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks changed; look again before approving: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChecksPanel</name>
    <message>
        <source>Plan checks</source>
        <translation>Revisiones del plan</translation>
    </message>
    <message>
        <source>Problems found in the plan; click a course to select it. Checks never block saving.</source>
        <translation>Problemas encontrados en el plan; haga clic en un curso para seleccionarlo. Las revisiones nunca impiden guardar.</translation>
    </message>
    <message>
        <source>Diploma requirement set of this plan</source>
        <translation>Requisitos de diploma de este plan</translation>
    </message>
    <message>
        <source>The diploma this plan is audited against; the district default comes from Settings</source>
        <translation>El diploma con el que se revisa este plan; el predeterminado del distrito se fija en Configuración</translation>
    </message>
    <message>
        <source>&amp;Diploma:</source>
        <translation>&amp;Diploma:</translation>
    </message>
    <message>
        <source>Also &amp;check…</source>
        <translation>Revisar &amp;también…</translation>
    </message>
    <message>
        <source>Endorsements, A-G, NCAA and other sets audited beside the diploma</source>
        <translation>Reconocimientos (endorsements), A-G, NCAA y otros requisitos revisados junto con el diploma</translation>
    </message>
    <message>
        <source>Graduation audit</source>
        <translation>Revisión de graduación</translation>
    </message>
    <message>
        <source>Each requirement with what counts toward it; select one to see what could fill it</source>
        <translation>Cada requisito con lo que cuenta para cumplirlo; seleccione uno para ver qué podría completarlo</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>District default (%s)</source>
        <translation>Predeterminado del distrito (%s)</translation>
    </message>
    <message>
        <source>No other sets are loaded</source>
        <translation>No hay otros conjuntos de requisitos cargados</translation>
    </message>
    <message>
        <source>Also check (%d)…</source>
        <translation>Revisar también (%d)…</translation>
    </message>
    <message>
        <source>Show in plan</source>
        <translation>Mostrar en el plan</translation>
    </message>
</context>
<context>
    <name>AuditTreeModel</name>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No se necesita</translation>
    </message>
    <message>
        <source>no program of study yet</source>
        <translation>todavía sin programa de estudios</translation>
    </message>
    <message>
        <source>CTE concentrator: %s</source>
        <translation>Concentrador de CTE: %s</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>&amp;Skip students without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who have no plan yet get no file; the result says how many were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) without a plan were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Course catalog</source>
        <translation>Catálogo de cursos</translation>
    </message>
    <message>
        <source>Search code or title…</source>
        <translation>Buscar código o título…</translation>
    </message>
    <message>
        <source>Search the course catalog</source>
        <translation>Buscar en el catálogo de cursos</translation>
    </message>
    <message>
        <source>Type part of a course code or title (accents and case do not matter); Down moves to the list</source>
        <translation>Escriba parte del código o del título de un curso (no importan los acentos ni las mayúsculas); Abajo pasa a la lista</translation>
    </message>
    <message>
        <source>Subject area filter</source>
        <translation>Filtro por área de materias</translation>
    </message>
    <message>
        <source>Show courses of one subject area</source>
        <translation>Mostrar los cursos de un área de materias</translation>
    </message>
    <message>
        <source>Drag a course onto a grade, or press Enter to add it</source>
        <translation>Arrastre un curso a un grado, o pulse Intro para agregarlo</translation>
    </message>
    <message>
        <source>Add to plan…</source>
        <translation>Agregar al plan…</translation>
    </message>
    <message>
        <source>Add the selected course to a grade (Enter)</source>
        <translation>Agregar el curso seleccionado a un grado (Intro)</translation>
    </message>
    <message>
        <source>All subject areas</source>
        <translation>Todas las áreas de materias</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>¿Qué desea importar?</translation>
    </message>
    <message>
        <source>Choose the kind of data and the file: CSV or Excel, or for students a OneRoster zip or folder. The next page shows how each column is read.</source>
        <translation>Elija el tipo de datos y el archivo: CSV o Excel o, para estudiantes, un zip o una carpeta de OneRoster. La página siguiente muestra cómo se lee cada columna.</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Text &amp;encoding</source>
        <translation>&amp;Codificación del texto</translation>
    </message>
    <message>
        <source>Choose O*NET&apos;s &quot;Occupation Data.txt&quot;, &quot;Job Zones.txt&quot; and/or the career cluster export (CSV), as downloaded; several files are separated by ;.</source>
        <translation>Elija los archivos de O*NET «Occupation Data.txt», «Job Zones.txt» o la exportación de clústeres profesionales (CSV), tal como se descargaron; separe varios archivos con ;.</translation>
    </message>
    <message>
        <source>CSV files may be UTF-8 or Windows-1252 (Excel&apos;s &quot;CSV (Comma delimited)&quot;); Automatic tells them apart.</source>
        <translation>Los archivos CSV pueden ser UTF-8 o Windows-1252 («CSV (delimitado por comas)» de Excel); Automático los distingue.</translation>
    </message>
    <message>
        <source>Exports from PowerSchool, Infinite Campus, Skyward, Aeries and Synergy are read as they are. For OneRoster, choose the zip, the folder (type its path) or users.csv.</source>
        <translation>Las exportaciones de PowerSchool, Infinite Campus, Skyward, Aeries y Synergy se leen tal cual. Para OneRoster, elija el zip, la carpeta (escriba su ruta) o users.csv.</translation>
    </message>
    <message>
        <source>O*NET files</source>
        <translation>Archivos de O*NET</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importa</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cuál?</translation>
    </message>
    <message>
        <source>The planner&apos;s guess for each column of the file. Change a choice if it is wrong; fields marked * are required. Your choices are remembered for files with the same columns.</source>
        <translation>Lo que el planificador supone de cada columna del archivo. Cambie la elección si no es correcta; los campos marcados con * son obligatorios. Sus elecciones se recuerdan para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>The columns could not be read: %s</source>
        <translation>No se pudieron leer las columnas: %s</translation>
    </message>
    <message>
        <source>The file&apos;s columns cannot be read; the next page says why.</source>
        <translation>No se pueden leer las columnas del archivo; la página siguiente explica por qué.</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(no usar)</translation>
    </message>
    <message>
        <source>Read column %s as</source>
        <translation>Leer la columna %s como</translation>
    </message>
    <message>
        <source>Choose the columns that hold the required fields: %s.</source>
        <translation>Elija las columnas que contienen los campos obligatorios: %s.</translation>
    </message>
    <message>
        <source>%s is chosen for more than one column (%s); keep one.</source>
        <translation>%s está elegido para más de una columna (%s); deje solo una.</translation>
    </message>
    <message>
        <source>The columns you chose last time for a file laid out like this one are selected.</source>
        <translation>Están seleccionadas las columnas que eligió la última vez para un archivo organizado como este.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Counselor comments</source>
        <translation>Comentarios del consejero/a</translation>
    </message>
    <message>
        <source>Dated comments on this plan, oldest first</source>
        <translation>Comentarios fechados sobre este plan, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Escriba un comentario y pulse Intro</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>A dated comment signed with your counselor name</source>
        <translation>Un comentario fechado y firmado con su nombre de consejero/a</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Agregar &amp;comentario</translation>
    </message>
    <message>
        <source>Add the comment to the plan</source>
        <translation>Agregar el comentario al plan</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Todavía no hay comentarios.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %d, approved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d difference(s); changed courses are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Otra persona hizo cambios</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>%1 changed %2 of this %3 at %4, after you opened it.</source>
        <translation>%1 cambió %2 de este %3 a las %4, después de que usted lo abrió.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed is copied to the clipboard first, so you can paste it back. Overwrite saves yours over theirs.</source>
        <translation>Recargar muestra su versión; lo que usted escribió se copia antes al portapapeles para que pueda pegarlo de nuevo. Sobrescribir guarda la suya en lugar de la otra.</translation>
    </message>
    <message>
        <source>What you typed</source>
        <translation>Lo que usted escribió</translation>
    </message>
    <message>
        <source>&amp;Copy what I typed</source>
        <translation>&amp;Copiar lo que escribí</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>What you typed:</source>
        <translation>Lo que usted escribió:</translation>
    </message>
</context>
<context>
    <name>CourseMatchDialog</name>
    <message>
        <source>Courses not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseMatchPanel</name>
    <message>
        <source>Courses not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as the &amp;catalog course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as &amp;transfer credit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, e.g. world-language; ag:e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d course number(s) on transcripts are not in the catalog and count nowhere until matched. Each match is remembered for later imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course on the transcripts is in the catalog or matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the catalog course it counts as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseRequestsDialog</name>
    <message>
        <source>Export next year&apos;s course requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save course requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exportar</translation>
    </message>
    <message>
        <source>Nothing was written to %s:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %s:
%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the 2024 framework or the legacy 16-cluster framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clusters, pathways, programs, courses, occupations or codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a plan from this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a plan for a student, pre-filled with this program&apos;s courses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Clusters, pathways and programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeColumn</name>
    <message>
        <source>(done)</source>
        <translation>(terminado)</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(en curso)</translation>
    </message>
    <message>
        <source>A past year: courses come from the transcript or are marked completed</source>
        <translation>Un año pasado: los cursos vienen del expediente académico o se marcan como terminados</translation>
    </message>
    <message>
        <source>The current school year</source>
        <translation>El año escolar en curso</translation>
    </message>
</context>
<context>
    <name>GradeColumnModel</name>
    <message>
        <source>HS credit</source>
        <translation>Crédito de prepa</translation>
    </message>
    <message>
        <source>Taken before grade 9 for high-school credit; the graduation audit says where it counts</source>
        <translation>Cursado antes del grado 9 con crédito de preparatoria; la revisión de graduación indica dónde cuenta</translation>
    </message>
    <message>
        <source>still planned</source>
        <translation>aún planeado</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>%s — User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Plan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF exactly as it was printed at approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scanned &amp;page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has not been approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %d, approved by %s on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scanned page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %s (read-only)</source>
        <translation>Base de datos: %s (solo lectura)</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de datos: %s</translation>
    </message>
    <message>
        <source>&amp;New student…</source>
        <translation>&amp;Nuevo estudiante…</translation>
    </message>
    <message>
        <source>Add a student record</source>
        <translation>Agregar el expediente de un estudiante</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import students, courses, programs or occupations from CSV or Excel</source>
        <translation>Importar estudiantes, cursos, programas u ocupaciones desde CSV o Excel</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Guardar &amp;plantilla de importación…</translation>
    </message>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>&amp;Exportar el plan como PDF…</translation>
    </message>
    <message>
        <source>Save the open plan as a PDF</source>
        <translation>Guardar el plan abierto como PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view plan…</source>
        <translation>&amp;Vista previa del plan…</translation>
    </message>
    <message>
        <source>See the printed plan</source>
        <translation>Ver el plan tal como se imprime</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Imp&amp;rimir el plan…</translation>
    </message>
    <message>
        <source>Print the open plan</source>
        <translation>Imprimir el plan abierto</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>Exportación por &amp;lotes…</translation>
    </message>
    <message>
        <source>Export the active plans of many students</source>
        <translation>Exportar los planes activos de muchos estudiantes</translation>
    </message>
    <message>
        <source>Export &amp;all students and plans (JSON)…</source>
        <translation>Exportar &amp;todos los estudiantes y planes (JSON)…</translation>
    </message>
    <message>
        <source>Move students and plans to another copy of the planner</source>
        <translation>Llevar estudiantes y planes a otra copia del planificador</translation>
    </message>
    <message>
        <source>Export selected &amp;student (JSON)…</source>
        <translation>Exportar el &amp;estudiante seleccionado (JSON)…</translation>
    </message>
    <message>
        <source>Export open &amp;plan (JSON)…</source>
        <translation>Exportar el &amp;plan abierto (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Import students and plans (JSON)…</source>
        <translation>&amp;Importar estudiantes y planes (JSON)…</translation>
    </message>
    <message>
        <source>Export for the &amp;SIS (CSV)…</source>
        <translation>Exportar para el &amp;SIS (CSV)…</translation>
    </message>
    <message>
        <source>Students with their active plans, for your student information system</source>
        <translation>Estudiantes con sus planes activos, para su sistema de información estudiantil</translation>
    </message>
    <message>
        <source>Export next year&apos;s course &amp;requests (CSV)…</source>
        <translation>Exportar las &amp;solicitudes de cursos del próximo año (CSV)…</translation>
    </message>
    <message>
        <source>Course requests from the active plans, for PowerSchool, Infinite Campus or another system</source>
        <translation>Solicitudes de cursos tomadas de los planes activos, para PowerSchool, Infinite Campus u otro sistema</translation>
    </message>
    <message>
        <source>Export plans for another &amp;platform…</source>
        <translation>Exportar planes para otra p&amp;lataforma…</translation>
    </message>
    <message>
        <source>The active plans in a portable layout for other planning platforms</source>
        <translation>Los planes activos en un formato portátil para otras plataformas de planificación</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Guardar una copia de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Courses &amp;not in the catalog…</source>
        <translation>Cursos &amp;fuera del catálogo…</translation>
    </message>
    <message>
        <source>Match transcript courses to catalog courses or keep them as transfer credit</source>
        <translation>Emparejar los cursos del expediente académico con los del catálogo o conservarlos como créditos de transferencia</translation>
    </message>
    <message>
        <source>Start school &amp;year %s…</source>
        <translation>Empezar el año &amp;escolar %s…</translation>
    </message>
    <message>
        <source>Move every active student up a grade (with a preview and a backup first)</source>
        <translation>Pasar a cada estudiante activo al grado siguiente (con vista previa y copia de seguridad antes)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the framework (Ctrl+F)</source>
        <translation>Buscar en el marco de clústeres (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>E&amp;xplorar</translation>
    </message>
    <message>
        <source>Browse the career clusters framework</source>
        <translation>Recorrer el marco de clústeres profesionales</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Estudiantes</translation>
    </message>
    <message>
        <source>Students and their plans</source>
        <translation>Los estudiantes y sus planes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the user guide (F1)</source>
        <translation>Abrir la guía del usuario (F1)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Select one student on the Students page first.</source>
        <translation>Primero seleccione un estudiante en la página Estudiantes.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be written:
%s</source>
        <translation>No se pudo escribir la copia de seguridad:
%s</translation>
    </message>
    <message>
        <source>Backup saved: %s</source>
        <translation>Copia de seguridad guardada: %s</translation>
    </message>
    <message>
        <source>School year %s started. The backup taken first is
%s

To undo, restore it with File &gt; Restore from backup.</source>
        <translation>Empezó el año escolar %s. La copia de seguridad hecha antes es
%s

Para deshacerlo, restáurela con Archivo &gt; Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>(none: not a database file)</source>
        <translation>(ninguna: no es un archivo de base de datos)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>A name for this plan, e.g. Main plan or What-if: nursing</source>
        <translation>Un nombre para este plan, p. ej., Plan principal o Hipotético: enfermería</translation>
    </message>
    <message>
        <source>From a &amp;program of study</source>
        <translation>A partir de un &amp;programa de estudios</translation>
    </message>
    <message>
        <source>Pre-fill the plan with the program&apos;s courses, grade by grade</source>
        <translation>Llenar el plan con los cursos del programa, grado por grado</translation>
    </message>
    <message>
        <source>&amp;Blank plan</source>
        <translation>Plan en &amp;blanco</translation>
    </message>
    <message>
        <source>Start with no courses</source>
        <translation>Empezar sin cursos</translation>
    </message>
    <message>
        <source>Search programs…</source>
        <translation>Buscar programas…</translation>
    </message>
    <message>
        <source>Search programs of study</source>
        <translation>Buscar programas de estudios</translation>
    </message>
    <message>
        <source>Type part of a program or pathway name; Down moves to the list</source>
        <translation>Escriba parte del nombre de un programa o de una trayectoria; Abajo pasa a la lista</translation>
    </message>
    <message>
        <source>Programs of study</source>
        <translation>Programas de estudios</translation>
    </message>
    <message>
        <source>The program whose courses start the plan</source>
        <translation>El programa cuyos cursos dan inicio al plan</translation>
    </message>
    <message>
        <source>No programs of study are loaded; start a blank plan.</source>
        <translation>No hay programas de estudios cargados; empiece un plan en blanco.</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crear el plan</translation>
    </message>
    <message>
        <source>Create the plan and open it (Enter)</source>
        <translation>Crear el plan y abrirlo (Intro)</translation>
    </message>
    <message>
        <source>Plan &amp;name</source>
        <translation>&amp;Nombre del plan</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>Plain words families read, e.g. “Algebra I”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers name the requirement by this; set it before renaming a label that students already have waivers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (count credits instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject areas, comma-separated: Science, Fine Arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course tags: lab-science, cte, ag:d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any course counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C (empty: any passing mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electives: only courses no other requirement used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its courses still count toward other requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One course per line; alternatives on one line: 04151 or 04157</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many: all, any, or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short key: fafsa, state-assessment, service-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of another set, e.g. tx-foundation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Final mark</source>
        <translation>Calificación final</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Counselor-only notes</source>
        <translation>Notas solo para el consejero/a</translation>
    </message>
    <message>
        <source>Notes for the family</source>
        <translation>Notas para la familia</translation>
    </message>
    <message>
        <source>Career goal (occupation code)</source>
        <translation>Meta profesional (código de ocupación)</translation>
    </message>
    <message>
        <source>Career goal</source>
        <translation>Meta profesional</translation>
    </message>
    <message>
        <source>After high school</source>
        <translation>Después de la preparatoria</translation>
    </message>
    <message>
        <source>Institution / program</source>
        <translation>Institución / programa</translation>
    </message>
</context>
<context>
    <name>PlanCourseActions</name>
    <message>
        <source>Add to grade</source>
        <translation>Agregar al grado</translation>
    </message>
    <message>
        <source>(for high-school credit)</source>
        <translation>(con crédito de preparatoria)</translation>
    </message>
    <message>
        <source>(outside its grades)</source>
        <translation>(fuera de sus grados)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Final &amp;mark…</source>
        <translation>&amp;Calificación final…</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>Mo&amp;ver a</translation>
    </message>
    <message>
        <source>Move one grade earlier</source>
        <translation>Pasar a un grado anterior</translation>
    </message>
    <message>
        <source>Move one grade later</source>
        <translation>Pasar a un grado posterior</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>&amp;Quitar del plan</translation>
    </message>
    <message>
        <source>Final mark</source>
        <translation>Calificación final</translation>
    </message>
    <message>
        <source>Final mark for %s (e.g. A, B+, 92, P):</source>
        <translation>Calificación final de %s (p. ej., A, B+, 92, P):</translation>
    </message>
</context>
<context>
    <name>PlanDetailsPanel</name>
    <message>
        <source>Pick an occupation or type a goal in your own words</source>
        <translation>Elija una ocupación o escriba una meta con sus propias palabras</translation>
    </message>
    <message>
        <source>Career goal</source>
        <translation>Meta profesional</translation>
    </message>
    <message>
        <source>An occupation from the data (type to search) or any goal in free text</source>
        <translation>Una ocupación de los datos (escriba para buscar) o cualquier meta en texto libre</translation>
    </message>
    <message>
        <source>Postsecondary goal type</source>
        <translation>Tipo de meta postsecundaria</translation>
    </message>
    <message>
        <source>What the student plans after high school</source>
        <translation>Lo que el estudiante planea después de la preparatoria</translation>
    </message>
    <message>
        <source>Institution and program, e.g. Valley Community College — Welding AAS</source>
        <translation>Institución y programa, p. ej., Valley Community College — AAS en Soldadura</translation>
    </message>
    <message>
        <source>Postsecondary institution and program</source>
        <translation>Institución y programa postsecundarios</translation>
    </message>
    <message>
        <source>Where and what the student plans to study</source>
        <translation>Dónde y qué planea estudiar el estudiante</translation>
    </message>
    <message>
        <source>Only counselors see these; they never print (saved as you type)</source>
        <translation>Solo las ven los consejeros; nunca se imprimen (se guardan mientras escribe)</translation>
    </message>
    <message>
        <source>Counselor-only notes</source>
        <translation>Notas solo para el consejero/a</translation>
    </message>
    <message>
        <source>Never printed. Saved automatically after a short pause</source>
        <translation>Nunca se imprimen. Se guardan solas tras una breve pausa</translation>
    </message>
    <message>
        <source>Printed on the family&apos;s copy (saved as you type)</source>
        <translation>Se imprimen en la copia de la familia (se guardan mientras escribe)</translation>
    </message>
    <message>
        <source>Notes for the family</source>
        <translation>Notas para la familia</translation>
    </message>
    <message>
        <source>Printed on the plan. Saved automatically after a short pause</source>
        <translation>Se imprimen en el plan. Se guardan solas tras una breve pausa</translation>
    </message>
    <message>
        <source>Grade %d</source>
        <translation>Grado %d</translation>
    </message>
    <message>
        <source>Plan starts in grade</source>
        <translation>El plan empieza en el grado</translation>
    </message>
    <message>
        <source>Start in grade 6, 7 or 8 to plan middle-school years and courses taken for high-school credit</source>
        <translation>Empiece en el grado 6, 7 u 8 para planificar los años de secundaria y los cursos tomados con créditos de preparatoria</translation>
    </message>
    <message>
        <source>Plan &amp;starts in</source>
        <translation>El plan &amp;empieza en</translation>
    </message>
    <message>
        <source>Career &amp;goal</source>
        <translation>Meta &amp;profesional</translation>
    </message>
    <message>
        <source>&amp;After high school</source>
        <translation>&amp;Después de la preparatoria</translation>
    </message>
    <message>
        <source>&amp;Institution / program</source>
        <translation>&amp;Institución / programa</translation>
    </message>
    <message>
        <source>Wages and outlook of the career goal</source>
        <translation>Salarios y perspectivas de la meta profesional</translation>
    </message>
    <message>
        <source>Notes for the &amp;family (printed)</source>
        <translation>Notas para la &amp;familia (se imprimen)</translation>
    </message>
    <message>
        <source>C&amp;ounselor-only notes (never printed)</source>
        <translation>Notas solo para el c&amp;onsejero/a (nunca se imprimen)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>← Students</source>
        <translation>← Estudiantes</translation>
    </message>
    <message>
        <source>Back to the student list (Esc)</source>
        <translation>Volver a la lista de estudiantes (Esc)</translation>
    </message>
    <message>
        <source>Back to students</source>
        <translation>Volver a los estudiantes</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Name of this plan; press Enter to rename</source>
        <translation>Nombre de este plan; pulse Intro para cambiarlo</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Draft, reviewed or approved; records your name and the time</source>
        <translation>Borrador, revisado o aprobado; se registran su nombre y la hora</translation>
    </message>
    <message>
        <source>Every change is saved at once; Ctrl+Z undoes, Ctrl+Shift+Z redoes</source>
        <translation>Cada cambio se guarda al instante; Ctrl+Z deshace, Ctrl+Mayús+Z rehace</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Courses still planned in a past year</source>
        <translation>Cursos aún planeados en un año pasado</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Goals &amp;&amp; notes</source>
        <translation>Metas y notas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Plan checks and details</source>
        <translation>Revisiones y detalles del plan</translation>
    </message>
    <message>
        <source>Total, grades 9–12: %s</source>
        <translation>Total, grados 9–12: %s</translation>
    </message>
    <message>
        <source>Before grade 9: %s</source>
        <translation>Antes del grado 9: %s</translation>
    </message>
    <message>
        <source>Postsecondary: %s</source>
        <translation>Postsecundaria: %s</translation>
    </message>
    <message>
        <source>%1 is still planned in %2: mark it completed, or move it.</source>
        <translation>%1 sigue planeado en %2: márquelo como completado o muévalo.</translation>
    </message>
    <message>
        <source>%1 courses are still planned in %2: mark them completed, or move them.</source>
        <translation>%1 cursos siguen planeados en %2: márquelos como completados o muévalos.</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Plan en blanco</translation>
    </message>
    <message>
        <source>Active plan</source>
        <translation>Plan activo</translation>
    </message>
    <message>
        <source>What-if plan</source>
        <translation>Plan hipotético</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <source>Saved · last change %s</source>
        <translation>Guardado · último cambio %s</translation>
    </message>
</context>
<context>
    <name>PlanFieldActions</name>
    <message>
        <source>BLS: %s</source>
        <translation>BLS: %s</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Inicio del plan</translation>
    </message>
    <message>
        <source>The plan has courses in grade %d; move them before starting the plan in grade %d.</source>
        <translation>El plan tiene cursos en el grado %d; muévalos antes de empezar el plan en el grado %d.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>{have} of {needed} credits toward graduation</source>
        <translation>{have} de {needed} créditos para la graduación</translation>
    </message>
    <message>
        <source>{have} credits toward graduation ({needed} needed)</source>
        <translation>{have} créditos para la graduación (se necesitan {needed})</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Revisiones (%1)</translation>
    </message>
    <message>
        <source>Checks ✓</source>
        <translation>Revisiones ✓</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>What the import adds and changes, and every problem by row and column.</source>
        <translation>Lo que la importación agrega y cambia, y cada problema por fila y columna.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Revisar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Volver a leer el archivo después de corregirlo</translation>
    </message>
    <message>
        <source>Import the rows without errors now; the others are written, with the reasons, to a CSV file beside the source so they can be fixed and imported later</source>
        <translation>Importar ahora las filas sin errores; las demás se escriben, con los motivos, en un archivo CSV junto al original para corregirlas e importarlas después</translation>
    </message>
    <message>
        <source>The file could not be checked: %s</source>
        <translation>No se pudo revisar el archivo: %s</translation>
    </message>
    <message>
        <source>Import the %d good rows and skip %d</source>
        <translation>Importar las %d filas correctas y omitir %d</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Importar las filas correctas</translation>
    </message>
    <message>
        <source>Import %d rows and skip the %d rows with errors?

The skipped rows are written, with the reasons, to a CSV file beside %s. A backup is made first.</source>
        <translation>¿Importar %d filas y omitir las %d filas con errores?

Las filas omitidas se escriben, con los motivos, en un archivo CSV junto a %s. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Fix the errors listed below in the file, save it, then click Check again. Nothing is imported while there are errors.</source>
        <translation>Corrija en el archivo los errores de la lista, guárdelo y haga clic en Revisar de nuevo. No se importa nada mientras haya errores.</translation>
    </message>
    <message>
        <source>Or import the rows without errors now: the others are saved, with the reasons, in a CSV file beside yours.</source>
        <translation>O importe ahora las filas sin errores: las demás se guardan, con los motivos, en un archivo CSV junto al suyo.</translation>
    </message>
    <message>
        <source>Everything in the file is already in the planner.</source>
        <translation>Todo lo que hay en el archivo ya está en el planificador.</translation>
    </message>
    <message>
        <source>A backup is made before importing; the import is all or nothing.</source>
        <translation>Antes de importar se hace una copia de seguridad; la importación se hace completa o no se hace.</translation>
    </message>
    <message>
        <source>Left out, %s: %d</source>
        <translation>Omitidos, %s: %d</translation>
    </message>
    <message>
        <source>Ignored columns: %s</source>
        <translation>Columnas no usadas: %s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>No se importó nada: %s</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>RequirementDetail</name>
    <message>
        <source>Selected requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive this requirement (or some of its credits) for this student, with who, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubstitute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a course of the plan count toward this requirement or as a named course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date this checklist item was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the waiver or substitution shown here (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this course in the grade columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could &amp;fill this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses that could fill this requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog courses that would count here; double-click or press Enter to add the course to the chosen grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade to add the course to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade the course is added to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected course to the chosen grade (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: another choice already fills the requirement above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog course would count here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementNodeModel</name>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>District default diploma set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans without their own choice are audited against this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets also audited by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsements, A-G, NCAA: ticked sets are audited beside the diploma on every plan that has not chosen others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;default diploma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;audit by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py and edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the district&apos;s own set from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the district&apos;s set (built-in sets are copied first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a set file (TOML or JSON); it is checked first and refused whole if anything is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected set as a file to share or keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the district&apos;s set (built-in sets stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the set %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a requirement set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement sets (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the requirement set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement sets (*.json *.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the district&apos;s set “%s”? Plans that chose it go back to the district default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to put back. The current database is kept in the list first, so a restore can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged; kept for repair and cannot be restored: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backups yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation type="unfinished">Copias de la base de datos (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Warnings of the import</source>
        <translation>Advertencias de la importación</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <source>The %d rows that were not imported are in %s, with the reason for each.</source>
        <translation>Las %d filas que no se importaron están en %s, con el motivo de cada una.</translation>
    </message>
    <message>
        <source>The data as it was before the import is saved in %s.</source>
        <translation>Los datos tal como estaban antes de la importación se guardaron en %s.</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start school year %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start school year %s&lt;/b&gt;&lt;br&gt;%d student(s) move up a grade; %d finished grade 12 and are archived; %d course(s) in progress become completed from the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students moving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans without next year&apos;s courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans without next year&apos;s courses (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is backed up first. To undo, restore that backup (File &gt; Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %s was already started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEditorDialog</name>
    <message>
        <source>Requirement set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and -; plans refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter state (TX), district or national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board policy, state rule or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a requirement after the selected one (or inside a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of the set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Printed at the top of every plan</source>
        <translation>Se imprime en la parte superior de cada plan</translation>
    </message>
    <message>
        <source>Optional PNG or JPEG</source>
        <translation>PNG o JPEG opcional</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Recorded when you review or approve a plan</source>
        <translation>Se registra cuando usted revisa o aprueba un plan</translation>
    </message>
    <message>
        <source>Printed on every plan for the family</source>
        <translation>Se imprime en cada plan para la familia</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>CTE courses in one program</source>
        <translation>Cursos de CTE en un mismo programa</translation>
    </message>
    <message>
        <source>CTE credits in one program</source>
        <translation>Créditos de CTE en un mismo programa</translation>
    </message>
    <message>
        <source>Perkins V: two CTE courses in one program of study. Some states ask for more (for example three courses, or four credits).</source>
        <translation>Perkins V: dos cursos de CTE en un mismo programa de estudios. Algunos estados piden más (por ejemplo, tres cursos o cuatro créditos).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The change applies the next time the program starts.</source>
        <translation>El cambio se aplica la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>Applies the next time the program starts.</source>
        <translation>Se aplica la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>Nombre de la &amp;escuela:</translation>
    </message>
    <message>
        <source>School &amp;logo:</source>
        <translation>&amp;Logotipo de la escuela:</translation>
    </message>
    <message>
        <source>&amp;Counselor name:</source>
        <translation>Nombre del &amp;consejero/a:</translation>
    </message>
    <message>
        <source>Counselor &amp;email:</source>
        <translation>Correo &amp;electrónico del consejero/a:</translation>
    </message>
    <message>
        <source>Counselor p&amp;hone:</source>
        <translation>Telé&amp;fono del consejero/a:</translation>
    </message>
    <message>
        <source>School a&amp;ddress:</source>
        <translation>&amp;Dirección de la escuela:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>&amp;Maximum credits per year:</source>
        <translation>Créditos &amp;máximos por año:</translation>
    </message>
    <message>
        <source>CTE concentrator &amp;counts:</source>
        <translation>Concentrador de CTE: &amp;qué se cuenta:</translation>
    </message>
    <message>
        <source>CTE concentrator &amp;threshold:</source>
        <translation>Concentrador de CTE: &amp;umbral:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Copias de seguridad &amp;guardadas:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Graduation requirements</source>
        <translation>Requisitos de graduación</translation>
    </message>
    <message>
        <source>School logo</source>
        <translation>Logotipo de la escuela</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>School logo: the file %s does not exist.</source>
        <translation>Logotipo de la escuela: el archivo %s no existe.</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>Record sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;signed page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan or photo of the signed page: PDF, PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %d, approved by %s on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The backup could not be restored: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made:
%s

Your work is saved as usual; use File &gt; Back up now once the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Nuevo estudiante</translation>
    </message>
    <message>
        <source>The school&apos;s own ID, e.g. 204518</source>
        <translation>El número que usa la escuela, p. ej., 204518</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Not recorded (plans print in English)</source>
        <translation>Sin registrar (los planes se imprimen en inglés)</translation>
    </message>
    <message>
        <source>Private notes for counselors</source>
        <translation>Notas privadas para los consejeros</translation>
    </message>
    <message>
        <source>Student &amp;ID</source>
        <translation>&amp;Número de estudiante</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Grado</translation>
    </message>
    <message>
        <source>Graduation &amp;year</source>
        <translation>Año de gra&amp;duación</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escuela</translation>
    </message>
    <message>
        <source>&amp;Counselor</source>
        <translation>&amp;Consejero/a</translation>
    </message>
    <message>
        <source>Family &amp;language</source>
        <translation>&amp;Idioma de la familia</translation>
    </message>
    <message>
        <source>The school&apos;s own student ID; must be unique</source>
        <translation>El número de estudiante que usa la escuela; no puede repetirse</translation>
    </message>
    <message>
        <source>Legal first name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name the student goes by, if different</source>
        <translation>El nombre con el que se conoce al estudiante, si es otro</translation>
    </message>
    <message>
        <source>Current grade (6-12)</source>
        <translation>Grado actual (6-12)</translation>
    </message>
    <message>
        <source>Expected year of high-school graduation</source>
        <translation>Año previsto de graduación de la preparatoria</translation>
    </message>
    <message>
        <source>School the student attends</source>
        <translation>La escuela a la que asiste el estudiante</translation>
    </message>
    <message>
        <source>Counselor responsible for this student</source>
        <translation>El consejero/a a cargo de este estudiante</translation>
    </message>
    <message>
        <source>The language the family reads; the printed plan goes home in it</source>
        <translation>El idioma que lee la familia; el plan impreso se envía a casa en ese idioma</translation>
    </message>
    <message>
        <source>Career clusters the student is interested in</source>
        <translation>Los clústeres profesionales que le interesan al estudiante</translation>
    </message>
    <message>
        <source>Notes about the student</source>
        <translation>Notas sobre el estudiante</translation>
    </message>
    <message>
        <source>Career &amp;interests</source>
        <translation>&amp;Intereses profesionales</translation>
    </message>
    <message>
        <source>Clusters of the 2024 framework; Space checks one.</source>
        <translation>Clústeres del marco de 2024; la barra espaciadora marca uno.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Save the student (Ctrl+Enter)</source>
        <translation>Guardar el estudiante (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>This student no longer exists.</source>
        <translation>Este estudiante ya no existe.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Grad year</source>
        <translation>Año de graduación</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Active plan cluster</source>
        <translation>Clúster del plan activo</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Search by name or student ID</source>
        <translation>Buscar por nombre o número de estudiante</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Buscar estudiantes</translation>
    </message>
    <message>
        <source>Type part of a name or ID; accents and case do not matter. Enter moves to the table.</source>
        <translation>Escriba parte de un nombre o número; no importan los acentos ni las mayúsculas. Intro pasa a la tabla.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>Include archived students in the list</source>
        <translation>Incluir en la lista a los estudiantes archivados</translation>
    </message>
    <message>
        <source>&amp;New student</source>
        <translation>&amp;Nuevo estudiante</translation>
    </message>
    <message>
        <source>Add a student (Ctrl+N)</source>
        <translation>Agregar un estudiante (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected student (F2)</source>
        <translation>Editar el estudiante seleccionado (F2)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Archive the selected student: hidden from the list, nothing deleted</source>
        <translation>Archivar el estudiante seleccionado: se oculta de la lista, no se borra nada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected student for good (only without an approved plan)</source>
        <translation>Eliminar definitivamente el estudiante seleccionado (solo si no tiene un plan aprobado)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Enter opens the active plan; F2 edits the student</source>
        <translation>Intro abre el plan activo; F2 edita el estudiante</translation>
    </message>
    <message>
        <source>Selected student</source>
        <translation>Estudiante seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plans of the selected student</source>
        <translation>Planes del estudiante seleccionado</translation>
    </message>
    <message>
        <source>Enter or double-click opens a plan; ★ marks the active plan</source>
        <translation>Intro o doble clic abre un plan; ★ señala el plan activo</translation>
    </message>
    <message>
        <source>New &amp;plan…</source>
        <translation>Nuevo &amp;plan…</translation>
    </message>
    <message>
        <source>Start a plan from a program of study or blank (Ctrl+Shift+N)</source>
        <translation>Empezar un plan a partir de un programa de estudios o en blanco (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected plan in the editor (Enter)</source>
        <translation>Abrir el plan seleccionado en el editor (Intro)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected plan as a what-if plan</source>
        <translation>Copiar el plan seleccionado como plan hipotético</translation>
    </message>
    <message>
        <source>Set ac&amp;tive</source>
        <translation>Marcar como ac&amp;tivo</translation>
    </message>
    <message>
        <source>Make the selected plan the student&apos;s active plan</source>
        <translation>Hacer del plan seleccionado el plan activo del estudiante</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Eliminar el plan…</translation>
    </message>
    <message>
        <source>Delete the selected plan (asks first)</source>
        <translation>Eliminar el plan seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>%d of %d students</source>
        <translation>%d de %d estudiantes</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 estudiante</translation>
    </message>
    <message>
        <source>%d students</source>
        <translation>%d estudiantes</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>Bring the student back to the list</source>
        <translation>Devolver el estudiante a la lista</translation>
    </message>
    <message>
        <source>Archive the selected student: hidden from the list, nothing deleted (Delete)</source>
        <translation>Archivar el estudiante seleccionado: se oculta de la lista, no se borra nada (Supr)</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>Eliminar estudiante</translation>
    </message>
    <message>
        <source>Delete {name} ({id}) and all of their plans for good? This cannot be undone.

Archiving keeps the record but hides it.</source>
        <translation>¿Eliminar definitivamente a {name} ({id}) y todos sus planes? Esto no se puede deshacer.

Si lo archiva, el expediente se conserva pero queda oculto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans (%d)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planes (%d)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt; — none yet: press &lt;i&gt;New plan…&lt;/i&gt;</source>
        <translation>&lt;b&gt;Planes&lt;/b&gt;: todavía ninguno; pulse &lt;i&gt;Nuevo plan…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%d students selected.</source>
        <translation>%d estudiantes seleccionados.</translation>
    </message>
    <message>
        <source>Select a student to see their plans, or press &lt;b&gt;New student&lt;/b&gt;.</source>
        <translation>Seleccione un estudiante para ver sus planes, o pulse &lt;b&gt;Nuevo estudiante&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” with all its courses and comments? This cannot be undone.</source>
        <translation>¿Eliminar el plan «{name}» con todos sus cursos y comentarios? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Student not deleted</source>
        <translation>No se eliminó el estudiante</translation>
    </message>
    <message>
        <source>Choose a student</source>
        <translation>Elija un estudiante</translation>
    </message>
    <message>
        <source>Select the student this plan is for, then choose New plan: the program of study is chosen for you.</source>
        <translation>Seleccione el estudiante de este plan y luego elija Nuevo plan: el programa de estudios se elige por usted.</translation>
    </message>
    <message>
        <source>Plan not created</source>
        <translation>No se creó el plan</translation>
    </message>
    <message>
        <source>It is the active plan; the most recently changed other plan becomes active.</source>
        <translation>Es el plan activo; el otro plan modificado más recientemente pasa a ser el activo.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar el plan</translation>
    </message>
</context>
<context>
    <name>SubstitutionDialog</name>
    <message>
        <source>Substitute a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a course count toward “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts toward this &amp;requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts &amp;as the named course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named course it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &amp;taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course taken: choose the course that counts instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Waive a requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive “%s” for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some &amp;credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive part of the credits; the rest must still be earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits waived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %s</source>
        <translation>Bienvenido/a a %s</translation>
    </message>
    <message>
        <source>Plan each student&apos;s path from high school courses to a credential and a career. Everything stays on this computer; no internet connection is needed.</source>
        <translation>Planifique la trayectoria de cada estudiante, desde los cursos de la preparatoria hasta una credencial y una carrera. Todo queda en esta computadora; no se necesita conexión a internet.</translation>
    </message>
    <message>
        <source>Explore the framework</source>
        <translation>Explorar el marco</translation>
    </message>
    <message>
        <source>Browse career clusters, pathways, programs of study and occupations</source>
        <translation>Recorrer clústeres profesionales, trayectorias, programas de estudios y ocupaciones</translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation>Agregar un estudiante</translation>
    </message>
    <message>
        <source>Create a student record and start an educational plan</source>
        <translation>Crear el expediente de un estudiante y empezar un plan de estudios</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de estudiantes</translation>
    </message>
    <message>
        <source>Load students from your SIS export (CSV or Excel)</source>
        <translation>Cargar estudiantes desde la exportación de su SIS (CSV o Excel)</translation>
    </message>
    <message>
        <source>Read the user guide (F1)</source>
        <translation>Leer la guía del usuario (F1)</translation>
    </message>
    <message>
        <source>Short, task-by-task help</source>
        <translation>Ayuda breve, tarea por tarea</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DecisionDialog</name>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counselor name from Settings; change it if someone else decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (printed on the plan), e.g. the board decision or the transfer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: write who made the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: write the reason; it is printed on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the decision cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TemplateDialog</name>
    <message>
        <source>Save import template</source>
        <translation>Guardar la plantilla de importación</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) with instructions</source>
        <translation>Libro de Excel (.xlsx) con instrucciones</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>&amp;Template for</source>
        <translation>&amp;Plantilla para</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Save import template</source>
        <translation type="unfinished">Guardar la plantilla de importación</translation>
    </message>
    <message>
        <source>The template could not be saved:
%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exportar</translation>
    </message>
    <message>
        <source>Nothing was written to %s:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %d students and %d plans to
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importar</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %s is already here; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %s?

%s

A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the SIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %d students to
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was written, but no font available draws some characters; they print as their names in brackets. Check the spelling with the family or choose another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plans for another platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %d active plans to
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Restaurar</translation>
    </message>
    <message>
        <source>Restore works for database files only.</source>
        <translation type="unfinished">Solo se pueden restaurar archivos de base de datos.</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?

%s

The current database is kept as a backup first.</source>
        <translation type="unfinished">¿Reemplazar la base de datos actual por esta copia de seguridad?

%s

Antes se guarda la base de datos actual como copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing was replaced:
%s</source>
        <translation type="unfinished">No se reemplazó nada:
%s</translation>
    </message>
</context>
</TS>
