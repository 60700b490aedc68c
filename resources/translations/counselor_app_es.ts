<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Approved versions, sign-offs, reprint and compare</source>
        <translation>Versiones aprobadas, firmas, reimpresión y comparación</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>%d changes</source>
        <translation>%d cambios</translation>
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
        <translation>Aprobar el plan</translation>
    </message>
    <message>
        <source>Approve “%s”</source>
        <translation>Aprobar «%s»</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Your name as it prints on the plan</source>
        <translation>Su nombre tal como se imprime en el plan</translation>
    </message>
    <message>
        <source>From Settings (Counselor name)</source>
        <translation>De Configuración (Nombre del consejero/a)</translation>
    </message>
    <message>
        <source>Not set yet: it is saved in Settings as your counselor name</source>
        <translation>Todavía sin fijar: se guarda en Configuración como su nombre de consejero/a</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Aprobado &amp;por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Problems in the checks</source>
        <translation>Problemas en las revisiones</translation>
    </message>
    <message>
        <source>I have gone over these problems and approve the plan anyway</source>
        <translation>Revisé estos problemas y apruebo el plan de todos modos</translation>
    </message>
    <message>
        <source>&lt;b&gt;The checks show %d problem(s).&lt;/b&gt; They are kept with the approved version.</source>
        <translation>&lt;b&gt;Las revisiones muestran %d problema(s).&lt;/b&gt; Se guardan con la versión aprobada.</translation>
    </message>
    <message>
        <source>✓ The checks show no errors and no shortfalls.</source>
        <translation>✓ Las revisiones no muestran errores ni requisitos pendientes.</translation>
    </message>
    <message>
        <source>Approving keeps a copy of this plan, its checks and the printed PDF, with your name and today&apos;s date. Any later change starts a new draft; the approved copy can always be reprinted from the history.</source>
        <translation>Al aprobar se guarda una copia de este plan, de sus revisiones y del PDF impreso, con su nombre y la fecha de hoy. Cualquier cambio posterior empieza un nuevo borrador; la copia aprobada siempre se puede volver a imprimir desde el historial.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>The checks changed; look again before approving: %s</source>
        <translation>Las revisiones cambiaron; vuelva a mirarlas antes de aprobar: %s</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>&amp;Approve it as it is now</source>
        <translation>&amp;Aprobarlo tal como está ahora</translation>
    </message>
    <message>
        <source>Nothing was approved. Reload shows the plan as it is now, so you can look it over before approving it; or approve it as it is now, with the changes listed above.</source>
        <translation>No se aprobó nada. Recargar muestra el plan tal como está ahora, para que lo revise antes de aprobarlo; o apruébelo tal como está ahora, con los cambios de la lista.</translation>
    </message>
</context>
<context>
    <name>ArchiveNotice</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring back what was just archived (Ctrl+Z)</source>
        <translation>Recuperar lo que se acaba de archivar (Ctrl+Z)</translation>
    </message>
    <message>
        <source>%s archived: hidden from the list, nothing deleted.</source>
        <translation>%s: archivado; ya no aparece en la lista y no se eliminó nada.</translation>
    </message>
    <message>
        <source>%s is back in the list.</source>
        <translation>%s vuelve a aparecer en la lista.</translation>
    </message>
    <message>
        <source>%s are back in the list.</source>
        <translation>%s vuelven a aparecer en la lista.</translation>
    </message>
</context>
<context>
    <name>ArchiveStudents</name>
    <message>
        <source>%d students</source>
        <translation>%d estudiantes</translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation>Archivar a %s</translation>
    </message>
    <message>
        <source>Unarchive %s</source>
        <translation>Desarchivar a %s</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Waive %s</source>
        <translation>Dispensar %s</translation>
    </message>
    <message>
        <source>Substitute %1 for %2</source>
        <translation>Sustituir %2 por %1</translation>
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
        <translation>Menciones (endorsements), A-G, NCAA y otros requisitos revisados junto con el diploma</translation>
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
        <source>✓ No problems found.</source>
        <translation>✓ No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Prerequisites, grade limits and credit loads all check out. The graduation audit is beside this list.</source>
        <translation>Los requisitos previos, los límites de grado y las cargas de créditos están en orden. La revisión de graduación está junto a esta lista.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
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
        <source>%1 (%2, %3). Rules checked %4 against %5. %6</source>
        <translation>%1 (%2, %3). Reglas revisadas el %4 según %5. %6</translation>
    </message>
    <message>
        <source>no program of study yet</source>
        <translation>todavía sin programa de estudios</translation>
    </message>
    <message>
        <source>CTE concentrator: %s</source>
        <translation>Concentrador de CTE: %s</translation>
    </message>
    <message>
        <source>Program counted: %s.</source>
        <translation>Programa que se cuenta: %s.</translation>
    </message>
    <message>
        <source>Perkins V: a concentrator has completed the courses; planned ones make a student on track.</source>
        <translation>Perkins V: un concentrador ya terminó los cursos; los cursos planeados solo ponen al estudiante en camino.</translation>
    </message>
    <message>
        <source>counts as %s</source>
        <translation>cuenta como %s</translation>
    </message>
    <message>
        <source>%1 (%2), %3: counts %4 here. Double-click or press Enter to select it in the plan.</source>
        <translation>%1 (%2), %3: cuenta %4 aquí. Haga doble clic o pulse Intro para seleccionarlo en el plan.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export plans as PDF</source>
        <translation>Exportar planes como PDF</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Selected students (%d)</source>
        <translation>Estudiantes seleccionados (%d)</translation>
    </message>
    <message>
        <source>All students in grade</source>
        <translation>Todos los estudiantes del grado</translation>
    </message>
    <message>
        <source>All students of counselor</source>
        <translation>Todos los estudiantes del consejero/a</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>One PDF per student, in a folder</source>
        <translation>Un PDF por estudiante, en una carpeta</translation>
    </message>
    <message>
        <source>One combined PDF file (for printing)</source>
        <translation>Un solo archivo PDF combinado (para imprimir)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Print a blank planning &amp;sheet for students without a plan</source>
        <translation>Imprimir una &amp;hoja de planificación en blanco para los estudiantes sin plan</translation>
    </message>
    <message>
        <source>Off: students who have no plan yet get no file. On: each gets a blank sheet titled &quot;Course planning sheet&quot; to plan on together, never counted as a plan. Either way the result lists them.</source>
        <translation>Desactivado: los estudiantes que aún no tienen plan no reciben archivo. Activado: cada uno recibe una hoja en blanco titulada «Hoja de planificación de cursos» para planificar juntos, que nunca cuenta como plan. En ambos casos el resultado los enumera.</translation>
    </message>
    <message>
        <source>Students without a plan</source>
        <translation>Estudiantes sin plan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Abrir el &amp;archivo</translation>
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
        <source>Combined PDF</source>
        <translation>PDF combinado</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Carpeta para los archivos PDF</translation>
    </message>
    <message>
        <source>Choose where to save the PDF files.</source>
        <translation>Elija dónde guardar los archivos PDF.</translation>
    </message>
    <message>
        <source>%s is a folder. Enter a file name for the combined PDF.</source>
        <translation>%s es una carpeta. Escriba un nombre de archivo para el PDF combinado.</translation>
    </message>
    <message>
        <source>The folder %s does not exist.</source>
        <translation>La carpeta %s no existe.</translation>
    </message>
    <message>
        <source>%s is a file. Choose a folder, or save one combined PDF.</source>
        <translation>%s es un archivo. Elija una carpeta, o guarde un solo PDF combinado.</translation>
    </message>
    <message>
        <source>No students match this choice.</source>
        <translation>Ningún estudiante corresponde a esta elección.</translation>
    </message>
    <message>
        <source>Exporting %d plans…</source>
        <translation>Exportando %d planes…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Exporting plans</source>
        <translation>Exportando planes</translation>
    </message>
    <message>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <source>%d plans</source>
        <translation>%d planes</translation>
    </message>
    <message>
        <source>Saved %1 in one file:
%2</source>
        <translation>Guardado en un solo archivo (%1):
%2</translation>
    </message>
    <message>
        <source>Saved %1 (one file each) in:
%2</source>
        <translation>Guardado un archivo por plan (%1) en:
%2</translation>
    </message>
    <message>
        <source>%d students were deleted meanwhile and skipped.</source>
        <translation>%d estudiantes se eliminaron mientras tanto y se omitieron.</translation>
    </message>
    <message>
        <source>1 student has no plan yet: a blank planning sheet was saved (not counted as a plan):</source>
        <translation>1 estudiante aún no tiene plan: se guardó una hoja de planificación en blanco (no cuenta como plan):</translation>
    </message>
    <message>
        <source>%d students have no plan yet: a blank planning sheet was saved for each (not counted as a plan):</source>
        <translation>%d estudiantes aún no tienen plan: se guardó una hoja de planificación en blanco para cada uno (no cuentan como planes):</translation>
    </message>
    <message>
        <source>1 student has no plan yet and got no file:</source>
        <translation>1 estudiante aún no tiene plan y no recibió archivo:</translation>
    </message>
    <message>
        <source>%d students have no plan yet and got no file:</source>
        <translation>%d estudiantes aún no tienen plan y no recibieron archivo:</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>La exportación se detuvo.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelado. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelled. %1 of %2 files were written to %3.</source>
        <translation>Cancelado. Se escribieron %1 de %2 archivos en %3.</translation>
    </message>
</context>
<context>
    <name>CareerFacts</name>
    <message>
        <source>median wage %1 a year</source>
        <translation>salario mediano de %1 al año</translation>
    </message>
    <message>
        <source>median wage %1 an hour</source>
        <translation>salario mediano de %1 la hora</translation>
    </message>
    <message>
        <source>outlook 2024-34: %1 (%2%)</source>
        <translation>perspectivas 2024-34: %1 (%2 %)</translation>
    </message>
    <message>
        <source>entry: %1</source>
        <translation>formación para empezar: %1</translation>
    </message>
    <message>
        <source>%1 (BLS %2, projections %3)</source>
        <translation>%1 (BLS %2, proyecciones %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>CaseloadCharts</name>
    <message>
        <source>Plan status by grade</source>
        <translation>Estado del plan por grado</translation>
    </message>
    <message>
        <source>On track vs short, by grade</source>
        <translation>En camino o con pendientes, por grado</translation>
    </message>
    <message>
        <source>CTE concentrators by program</source>
        <translation>Concentradores de CTE por programa</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Sin estudiantes</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Aún no hay planes</translation>
    </message>
    <message>
        <source>No concentrators yet: none has CTE courses of one program</source>
        <translation>Aún no hay concentradores: nadie tiene cursos de CTE de un mismo programa</translation>
    </message>
    <message>
        <source>1 more program not shown</source>
        <translation>1 programa más no se muestra</translation>
    </message>
    <message>
        <source>%1 more programs not shown</source>
        <translation>%1 programas más no se muestran</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Grad year</source>
        <translation>Graduación</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>CTE</source>
        <translation>CTE</translation>
    </message>
    <message>
        <source>Program of study</source>
        <translation>Programa de estudios</translation>
    </message>
    <message>
        <source>Short (%1)</source>
        <translation>Falta (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
    <message>
        <source>1 requirement of the diploma set is short</source>
        <translation>Falta 1 requisito del conjunto del diploma</translation>
    </message>
    <message>
        <source>%1 requirements of the diploma set are short</source>
        <translation>Faltan %1 requisitos del conjunto del diploma</translation>
    </message>
    <message>
        <source>The plan&apos;s checks show errors, or a requirement set it names is gone: open the plan to see them.</source>
        <translation>Las revisiones del plan muestran errores, o ya no existe un conjunto de requisitos que nombra: abra el plan para verlos.</translation>
    </message>
    <message>
        <source>Counted in %1</source>
        <translation>Contado en %1</translation>
    </message>
    <message>
        <source>Double-click to open the plan</source>
        <translation>Doble clic para abrir el plan</translation>
    </message>
    <message>
        <source>No plan yet: double-click to open the student</source>
        <translation>Aún sin plan: doble clic para abrir el estudiante</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Career and technical education course</source>
        <translation>Curso de educación técnica y profesional</translation>
    </message>
    <message>
        <source>Dual credit</source>
        <translation>Crédito doble</translation>
    </message>
    <message>
        <source>Prerequisites: %s</source>
        <translation>Requisitos previos: %s</translation>
    </message>
    <message>
        <source>Drag onto a grade, or press Enter to choose one.</source>
        <translation>Arrástrelo a un grado, o pulse Intro para elegir uno.</translation>
    </message>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>grade %s</source>
        <translation>grado %s</translation>
    </message>
    <message>
        <source>grades %s</source>
        <translation>grados %s</translation>
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
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%d courses</source>
        <translation>%d cursos</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist item</source>
        <translation>Punto de la lista de control</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Fecha en que se hizo</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Hecho &amp;el</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>Marcado &amp;por</translation>
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
        <source>Dated comments on this plan, oldest first; double-click one to edit it</source>
        <translation>Comentarios fechados sobre este plan, del más antiguo al más reciente; haga doble clic en uno para editarlo</translation>
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
        <source>Change the chosen comment&apos;s text</source>
        <translation>Cambiar el texto del comentario elegido</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the chosen comment (Undo puts it back)</source>
        <translation>Eliminar el comentario elegido (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>(edited by %1, %2)</source>
        <translation>(editado por %1, %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
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
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation>El plan actual</translation>
    </message>
    <message>
        <source>Version %d, approved %s</source>
        <translation>Versión %d, aprobada el %s</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message>
        <source>%d difference(s); changed courses are highlighted</source>
        <translation>%d diferencia(s); los cursos que cambiaron aparecen resaltados</translation>
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
        <source>%1 deleted %2 after you opened it.</source>
        <translation>%1 eliminó %2 después de que usted lo abrió.</translation>
    </message>
    <message>
        <source>%1 changed %2 of this %3 at %4, after you opened it.</source>
        <translation>%1 cambió %2 de este %3 a las %4, después de que usted lo abrió.</translation>
    </message>
    <message>
        <source>%1 changed %2 of this %3 after you opened it.</source>
        <translation>%1 cambió %2 de este %3 después de que usted lo abrió.</translation>
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
        <source>Reload shows their version; Overwrite saves yours over theirs.</source>
        <translation>Recargar muestra su versión; Sobrescribir guarda la suya en lugar de la otra.</translation>
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
        <source>Reload shows the record without it; what you typed is copied to the clipboard first, so you can paste it elsewhere.</source>
        <translation>Recargar muestra el registro sin él; lo que usted escribió se copia antes al portapapeles, para que pueda pegarlo en otro lugar.</translation>
    </message>
    <message>
        <source>Nothing was changed. Reload shows what is there now.</source>
        <translation>No se cambió nada. Recargar muestra lo que hay ahora.</translation>
    </message>
    <message>
        <source>What you typed:</source>
        <translation>Lo que usted escribió:</translation>
    </message>
    <message>
        <source>What they changed</source>
        <translation>Lo que cambiaron</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Lo que cambiaron:</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>%1. Click to list these students; click again to list everyone.</source>
        <translation>%1. Haga clic para ver solo estos estudiantes; otro clic los muestra a todos.</translation>
    </message>
</context>
<context>
    <name>CourseMatchDialog</name>
    <message>
        <source>Courses not in the catalog</source>
        <translation>Cursos fuera del catálogo</translation>
    </message>
</context>
<context>
    <name>CourseMatchPanel</name>
    <message>
        <source>Courses not in the catalog</source>
        <translation>Cursos fuera del catálogo</translation>
    </message>
    <message>
        <source>Counts as the &amp;catalog course</source>
        <translation>Cuenta como el curso del &amp;catálogo</translation>
    </message>
    <message>
        <source>Keep as &amp;transfer credit in</source>
        <translation>Conservar como crédito de &amp;transferencia en</translation>
    </message>
    <message>
        <source>Catalog course</source>
        <translation>Curso del catálogo</translation>
    </message>
    <message>
        <source>Subject area</source>
        <translation>Área de materias</translation>
    </message>
    <message>
        <source>Tags, e.g. world-language; ag:e</source>
        <translation>Etiquetas, p. ej., world-language; ag:e</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Save match</source>
        <translation>&amp;Guardar el emparejamiento</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%d rows</source>
        <translation>%d filas</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%d course number(s) on transcripts are not in the catalog and count nowhere until matched. Each match is remembered for later imports.</source>
        <translation>%d número(s) de curso de los expedientes académicos no están en el catálogo y no cuentan en ningún lado hasta emparejarlos. Cada emparejamiento se recuerda para las importaciones siguientes.</translation>
    </message>
    <message>
        <source>Every course on the transcripts is in the catalog or matched.</source>
        <translation>Todos los cursos de los expedientes académicos están en el catálogo o ya emparejados.</translation>
    </message>
    <message>
        <source>Choose the catalog course it counts as</source>
        <translation>Elija el curso del catálogo al que equivale</translation>
    </message>
    <message>
        <source>course number</source>
        <translation>número de curso</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
</context>
<context>
    <name>CourseRequestsDialog</name>
    <message>
        <source>Export next year&apos;s course requests</source>
        <translation>Exportar las solicitudes de cursos del próximo año</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>The requests could not be read: %s</source>
        <translation>No se pudieron leer las solicitudes: %s</translation>
    </message>
    <message>
        <source>Save course requests</source>
        <translation>Guardar las solicitudes de cursos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing was written to %s:
%s</source>
        <translation>No se escribió nada en %s:
%s</translation>
    </message>
    <message>
        <source>Saved to %s:
%s</source>
        <translation>Guardado en %s:
%s</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Create plans from a program</source>
        <translation>Crear planes a partir de un programa</translation>
    </message>
    <message>
        <source>Every selected student already has a plan.</source>
        <translation>Todos los estudiantes seleccionados ya tienen un plan.</translation>
    </message>
    <message>
        <source>Main plan</source>
        <translation>Plan principal</translation>
    </message>
    <message>
        <source>Plans for 1 student</source>
        <translation>Planes para 1 estudiante</translation>
    </message>
    <message>
        <source>Plans for %1 students</source>
        <translation>Planes para %1 estudiantes</translation>
    </message>
    <message>
        <source>Create 1 plan</source>
        <translation>Crear 1 plan</translation>
    </message>
    <message>
        <source>Create %1 plans</source>
        <translation>Crear %1 planes</translation>
    </message>
    <message>
        <source>1 selected student already had a plan and kept it.</source>
        <translation>1 estudiante seleccionado ya tenía un plan y lo conserva.</translation>
    </message>
    <message>
        <source>%1 selected students already had a plan and kept theirs.</source>
        <translation>%1 estudiantes seleccionados ya tenían un plan y lo conservan.</translation>
    </message>
    <message>
        <source>Export list (CSV)</source>
        <translation>Exportar la lista (CSV)</translation>
    </message>
    <message>
        <source>caseload.csv</source>
        <translation>estudiantes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>1 student saved to %2</source>
        <translation>1 estudiante guardado en %2</translation>
    </message>
    <message>
        <source>%1 students saved to %2</source>
        <translation>%1 estudiantes guardados en %2</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Cambió tras aprobarse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>Año de graduación</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Program of study</source>
        <translation>Programa de estudios</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Short requirements</source>
        <translation>Requisitos que faltan</translation>
    </message>
    <message>
        <source>CTE concentrator</source>
        <translation>Concentrador de CTE</translation>
    </message>
    <message>
        <source>CTE program</source>
        <translation>Programa de CTE</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>Año de graduación</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation>C&amp;onsejero:</translation>
    </message>
    <message>
        <source>Graduation &amp;year:</source>
        <translation>Año de gra&amp;duación:</translation>
    </message>
    <message>
        <source>Students of the caseload</source>
        <translation>Estudiantes a cargo</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>List every student of the chosen grade, counselor and graduation year</source>
        <translation>Mostrar todos los estudiantes del grado, consejero y año de graduación elegidos</translation>
    </message>
    <message>
        <source>&amp;Create plans from a program…</source>
        <translation>&amp;Crear planes a partir de un programa…</translation>
    </message>
    <message>
        <source>Start a plan from one program of study for each selected student who has no plan yet</source>
        <translation>Iniciar un plan a partir de un programa de estudios para cada estudiante seleccionado que aún no tiene plan</translation>
    </message>
    <message>
        <source>&amp;Print plans…</source>
        <translation>&amp;Imprimir planes…</translation>
    </message>
    <message>
        <source>Export or print the selected students&apos; plans as PDF</source>
        <translation>Exportar o imprimir como PDF los planes de los estudiantes seleccionados</translation>
    </message>
    <message>
        <source>E&amp;xport list (CSV)…</source>
        <translation>E&amp;xportar la lista (CSV)…</translation>
    </message>
    <message>
        <source>Save the selected students, or the whole list when none is selected, as a CSV file</source>
        <translation>Guardar los estudiantes seleccionados, o toda la lista si no hay selección, como archivo CSV</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>CTE on track</source>
        <translation>CTE en camino</translation>
    </message>
    <message>
        <source>Concentrators</source>
        <translation>Concentradores</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updating… %1 of %2 students audited</source>
        <translation>Actualizando… %1 de %2 estudiantes auditados</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 estudiante</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 estudiantes</translation>
    </message>
    <message>
        <source>CTE: %1</source>
        <translation>CTE: %1</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 seleccionado</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>Select students (Ctrl+A: all) to act on them</source>
        <translation>Seleccione estudiantes (Ctrl+A: todos) para actuar sobre ellos</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>Sub-clusters</source>
        <translation>Subclústeres</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Cross-cutting career cluster</source>
        <translation>Clúster profesional transversal</translation>
    </message>
    <message>
        <source>Career cluster</source>
        <translation>Clúster profesional</translation>
    </message>
    <message>
        <source>%d sub-clusters · %d occupations</source>
        <translation>%d subclústeres · %d ocupaciones</translation>
    </message>
    <message>
        <source>%d pathways · %d occupations</source>
        <translation>%d trayectorias · %d ocupaciones</translation>
    </message>
    <message>
        <source>Sub-cluster</source>
        <translation>Subclúster</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>1 program of study</source>
        <translation>1 programa de estudios</translation>
    </message>
    <message>
        <source>%d programs of study</source>
        <translation>%d programas de estudios</translation>
    </message>
    <message>
        <source>%d occupations</source>
        <translation>%d ocupaciones</translation>
    </message>
    <message>
        <source>Programs of study</source>
        <translation>Programas de estudios</translation>
    </message>
    <message>
        <source>No program of study is defined here yet.</source>
        <translation>Todavía no hay ningún programa de estudios definido aquí.</translation>
    </message>
    <message>
        <source>Linked as O*NET&apos;s career cluster export links them, with some of our own additions.</source>
        <translation>Vinculadas como las vincula la exportación de clústeres profesionales de O*NET, con algunos vínculos que agregamos nosotros.</translation>
    </message>
    <message>
        <source>The official crosswalk links no occupation here; these are our own links.</source>
        <translation>La tabla de equivalencias oficial no vincula ninguna ocupación aquí; estos vínculos son nuestros.</translation>
    </message>
    <message>
        <source>Linked by Advance CTE&apos;s official Framework Crosswalk (September 2025).</source>
        <translation>Vinculadas según la tabla oficial de equivalencias del marco de Advance CTE (septiembre de 2025).</translation>
    </message>
    <message>
        <source>Related 2024 sub-clusters</source>
        <translation>Subclústeres de 2024 relacionados</translation>
    </message>
    <message>
        <source>Related legacy pathways</source>
        <translation>Trayectorias anteriores relacionadas</translation>
    </message>
    <message>
        <source>Crosswalk between the legacy and 2024 frameworks: our own mapping (no official table was available).</source>
        <translation>Equivalencias entre el marco anterior y el de 2024: una correspondencia hecha por nosotros (no había una tabla oficial).</translation>
    </message>
    <message>
        <source>Dual credit</source>
        <translation>Crédito doble</translation>
    </message>
    <message>
        <source>Elective</source>
        <translation>Optativa</translation>
    </message>
    <message>
        <source>%s: choose one of</source>
        <translation>%s: elija uno de</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Servicio militar</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Programa de aprendiz</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Título asociado</translation>
    </message>
    <message>
        <source>Bachelor&apos;s</source>
        <translation>Licenciatura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>2024 sub-cluster</source>
        <translation>subclúster de 2024</translation>
    </message>
    <message>
        <source>Program of study · code %s · legacy pathway</source>
        <translation>Programa de estudios · código %s · trayectoria anterior</translation>
    </message>
    <message>
        <source>Course sequence</source>
        <translation>Secuencia de cursos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>%s college credits</source>
        <translation>%s créditos universitarios</translation>
    </message>
    <message>
        <source>%s credits</source>
        <translation>%s créditos</translation>
    </message>
    <message>
        <source>No courses at this level.</source>
        <translation>No hay cursos en este nivel.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>No hay ninguno en la lista.</translation>
    </message>
    <message>
        <source>Credentials earned in high school</source>
        <translation>Credenciales que se obtienen en la preparatoria</translation>
    </message>
    <message>
        <source>Earned in</source>
        <translation>Se obtiene en</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Otorgada por</translation>
    </message>
    <message>
        <source>After high school</source>
        <translation>Después de la preparatoria</translation>
    </message>
    <message>
        <source>Occupations this program leads to</source>
        <translation>Ocupaciones a las que lleva este programa</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Se puede repetir</translation>
    </message>
    <message>
        <source>NCES SCED v12 code %s</source>
        <translation>código NCES SCED v12 %s</translation>
    </message>
    <message>
        <source>Local course (no NCES SCED equivalent)</source>
        <translation>Curso local (sin equivalente en NCES SCED)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Course %s</source>
        <translation>Curso %s</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Créditos:</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>Grados:</translation>
    </message>
    <message>
        <source>Course code:</source>
        <translation>Código del curso:</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Requisitos previos:</translation>
    </message>
    <message>
        <source>Prerequisite for:</source>
        <translation>Requisito previo de:</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>No requirement tags; it counts in its subject area.</source>
        <translation>Sin etiquetas de requisitos; cuenta en su área de materias.</translation>
    </message>
    <message>
        <source>Programs of study that include it</source>
        <translation>Programas de estudios que lo incluyen</translation>
    </message>
    <message>
        <source>No program of study includes it.</source>
        <translation>Ningún programa de estudios lo incluye.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export to a JSON file</source>
        <translation>Exportar a un archivo JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing was written to %s:
%s</source>
        <translation>No se escribió nada en %s:
%s</translation>
    </message>
    <message>
        <source>Saved %d students and %d plans to
%s</source>
        <translation>Se guardaron %d estudiantes y %d planes en
%s</translation>
    </message>
    <message>
        <source>Import a JSON file</source>
        <translation>Importar un archivo JSON</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%s</source>
        <translation>Este archivo no se puede importar; no se cambió nada.

%s</translation>
    </message>
    <message>
        <source>Everything in %s is already here; nothing to import.</source>
        <translation>Todo lo que contiene %s ya está aquí; no hay nada que importar.</translation>
    </message>
    <message>
        <source>Import %s?

%s

A backup is made first.</source>
        <translation>¿Importar %s?

%s

Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>Importado: %s</translation>
    </message>
    <message>
        <source>Nothing was changed:
%s</source>
        <translation>No se cambió nada:
%s</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Importando %s</translation>
    </message>
    <message>
        <source>Export for the SIS</source>
        <translation>Exportar para el SIS</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %d students to
%s</source>
        <translation>Se guardaron %d estudiantes en
%s</translation>
    </message>
    <message>
        <source>Export plans for another platform</source>
        <translation>Exportar planes para otra plataforma</translation>
    </message>
    <message>
        <source>Saved %d active plans to
%s</source>
        <translation>Se guardaron %d planes activos en
%s</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Choose the 2024 framework or the legacy 16-cluster framework</source>
        <translation>Elija el marco de 2024 o el marco anterior de 16 clústeres</translation>
    </message>
    <message>
        <source>Search clusters, pathways, programs, courses, occupations or codes</source>
        <translation>Buscar clústeres, trayectorias, programas, cursos, ocupaciones o códigos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Framework tree</source>
        <translation>Árbol del marco</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Start a plan from this program</source>
        <translation>Empezar un plan con este programa</translation>
    </message>
    <message>
        <source>Create a plan for a student, pre-filled with this program&apos;s courses</source>
        <translation>Crear un plan para un estudiante, ya lleno con los cursos de este programa</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Cross-cutting cluster</source>
        <translation>Clúster transversal</translation>
    </message>
    <message>
        <source>Career cluster</source>
        <translation>Clúster profesional</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Sub-cluster</source>
        <translation>Subclúster</translation>
    </message>
    <message>
        <source>Program of study</source>
        <translation>Programa de estudios</translation>
    </message>
    <message>
        <source>Clusters, pathways and programs</source>
        <translation>Clústeres, trayectorias y programas</translation>
    </message>
</context>
<context>
    <name>GradeColumn</name>
    <message>
        <source>Drop courses here, or select one in the catalog and press Enter</source>
        <translation>Suelte cursos aquí, o seleccione uno en el catálogo y pulse Intro</translation>
    </message>
    <message>
        <source>Postsecondary courses (dual credit, certificates, college)</source>
        <translation>Cursos postsecundarios (crédito doble, certificados, universidad)</translation>
    </message>
    <message>
        <source>%s courses</source>
        <translation>Cursos de %s</translation>
    </message>
    <message>
        <source>%s: drag courses here. Ctrl+Left/Right moves the selected course a grade; Delete removes it; the menu key edits term, status and final mark.</source>
        <translation>%s: arrastre cursos aquí. Ctrl+Izquierda/Derecha pasa el curso seleccionado a otro grado; Supr lo quita; la tecla de menú edita el periodo, el estado y la calificación final.</translation>
    </message>
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
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>GradeColumnModel</name>
    <message>
        <source>Not in the catalog</source>
        <translation>No está en el catálogo</translation>
    </message>
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
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>expediente</translation>
    </message>
    <message>
        <source>This course code is no longer in the catalog. It stays in the plan but counts no credits.</source>
        <translation>Este código de curso ya no está en el catálogo. Se queda en el plan pero no cuenta créditos.</translation>
    </message>
    <message>
        <source>final mark %s</source>
        <translation>calificación final %s</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>%s — User guide</source>
        <translation>%s — Guía del usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Built-in data version:</source>
        <translation>Versión de los datos incluidos:</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Estudiantes:</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Planes:</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Career clusters, programs of study and educational plans for school counselors. Works fully offline.</source>
        <translation>Clústeres profesionales, programas de estudios y planes de estudios para consejeros escolares. Funciona sin internet.</translation>
    </message>
    <message>
        <source>All descriptions of clusters, pathways, programs and courses are our own writing. The full credits are in the user guide (F1), “Where the data comes from”.</source>
        <translation>Todas las descripciones de clústeres, trayectorias, programas y cursos las escribimos nosotros. Los créditos completos están en la guía del usuario (F1), «De dónde vienen los datos».</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Acerca de %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tutor legal</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Historial del plan</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Cambios desde la aprobación</translation>
    </message>
    <message>
        <source>Approved versions</source>
        <translation>Versiones aprobadas</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Versión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Reprint PDF…</source>
        <translation>&amp;Reimprimir el PDF…</translation>
    </message>
    <message>
        <source>Save the PDF exactly as it was printed at approval</source>
        <translation>Guardar el PDF exactamente como se imprimió al aprobarlo</translation>
    </message>
    <message>
        <source>Record &amp;sign-off…</source>
        <translation>Registrar una &amp;firma…</translation>
    </message>
    <message>
        <source>Save scanned &amp;page…</source>
        <translation>Guardar la &amp;página escaneada…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the plan now</source>
        <translation>Seleccione dos versiones para compararlas, o una para compararla con el plan actual</translation>
    </message>
    <message>
        <source>This plan has not been approved yet.</source>
        <translation>Este plan todavía no se ha aprobado.</translation>
    </message>
    <message>
        <source>Version %d, approved by %s on %s</source>
        <translation>Versión %d, aprobada por %s el %s</translation>
    </message>
    <message>
        <source>Approved with these problems:</source>
        <translation>Aprobado con estos problemas:</translation>
    </message>
    <message>
        <source>Signed by %1 (%2) on %3</source>
        <translation>Firmado por %1 (%2) el %3</translation>
    </message>
    <message>
        <source>scanned page %s</source>
        <translation>página escaneada %s</translation>
    </message>
    <message>
        <source>Reprint PDF</source>
        <translation>Reimprimir el PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save scanned page</source>
        <translation>Guardar la página escaneada</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Student ID</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred Name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Graduation Year</source>
        <translation>Año de graduación</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Home Language</source>
        <translation>Idioma del hogar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Subject Area</source>
        <translation>Área de materias</translation>
    </message>
    <message>
        <source>Lowest Grade</source>
        <translation>Grado más bajo</translation>
    </message>
    <message>
        <source>Highest Grade</source>
        <translation>Grado más alto</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grados</translation>
    </message>
    <message>
        <source>CTE</source>
        <translation>CTE</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Dual Credit</source>
        <translation>Crédito doble</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Se puede repetir</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Título (español)</translation>
    </message>
    <message>
        <source>Title (Vietnamese)</source>
        <translation>Título (vietnamita)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>Título (árabe)</translation>
    </message>
    <message>
        <source>Program Code</source>
        <translation>Código del programa</translation>
    </message>
    <message>
        <source>Program Name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Pathway Code</source>
        <translation>Código de la trayectoria</translation>
    </message>
    <message>
        <source>Grade Level</source>
        <translation>Nivel de grado</translation>
    </message>
    <message>
        <source>Course Code</source>
        <translation>Código del curso</translation>
    </message>
    <message>
        <source>Required or Elective</source>
        <translation>Obligatorio u optativo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Program Description</source>
        <translation>Descripción del programa</translation>
    </message>
    <message>
        <source>SOC Code</source>
        <translation>Código SOC</translation>
    </message>
    <message>
        <source>Typical Entry Education</source>
        <translation>Estudios habituales para empezar</translation>
    </message>
    <message>
        <source>Pathway Codes</source>
        <translation>Códigos de trayectorias</translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation>Zona laboral</translation>
    </message>
    <message>
        <source>Course Title</source>
        <translation>Título del curso</translation>
    </message>
    <message>
        <source>School Year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>TermID</source>
        <translation>TermID</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Credits Earned</source>
        <translation>Créditos obtenidos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
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
    <name>ImportWords</name>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Courses (course catalog)</source>
        <translation>Cursos (catálogo de cursos)</translation>
    </message>
    <message>
        <source>Programs of study</source>
        <translation>Programas de estudios</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>O*NET files</source>
        <translation>Archivos de O*NET</translation>
    </message>
    <message>
        <source>Transcripts (completed courses)</source>
        <translation>Expedientes académicos (cursos terminados)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>PowerSchool schedule requests</source>
        <translation>Solicitudes de horario de PowerSchool</translation>
    </message>
    <message>
        <source>Infinite Campus course requests</source>
        <translation>Solicitudes de cursos de Infinite Campus</translation>
    </message>
    <message>
        <source>Generic (all columns)</source>
        <translation>Genérico (todas las columnas)</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>postsecondary only</source>
        <translation>solo después de la preparatoria</translation>
    </message>
    <message>
        <source>grade %d only</source>
        <translation>solo el grado %d</translation>
    </message>
    <message>
        <source>grade %d through postsecondary</source>
        <translation>del grado %d hasta después de la preparatoria</translation>
    </message>
    <message>
        <source>grades %d-%d</source>
        <translation>los grados %d a %d</translation>
    </message>
    <message>
        <source>%1: course %2 is no longer in the catalog; it counts no credits.</source>
        <translation>%1: el curso %2 ya no está en el catálogo; no cuenta créditos.</translation>
    </message>
    <message>
        <source>%1: %2 is for %3.</source>
        <translation>%1: %2 es para %3.</translation>
    </message>
    <message>
        <source>%1: %2 needs %3, which is not in the plan.</source>
        <translation>%1: %2 necesita %3, que no está en el plan.</translation>
    </message>
    <message>
        <source>%1: %2 needs %3 first, but it is planned in the same grade (%4).</source>
        <translation>%1: %2 necesita antes %3, pero está planeado en el mismo grado (%4).</translation>
    </message>
    <message>
        <source>%1: %2 needs %3 first, but it is planned later, in %4.</source>
        <translation>%1: %2 necesita antes %3, pero está planeado después, en %4.</translation>
    </message>
    <message>
        <source>%1: %2 is already planned in %3.</source>
        <translation>%1: %2 ya está planeado en %3.</translation>
    </message>
    <message>
        <source>%1: %2 is still planned in %3: mark it completed, or move it.</source>
        <translation>%1: %2 sigue planeado en %3: márquelo como completado o muévalo.</translation>
    </message>
    <message>
        <source>%1: %2 planned, more than the %3 allowed in one year.</source>
        <translation>%1: %2 planeados, más de los %3 permitidos en un año.</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Total de créditos</translation>
    </message>
    <message>
        <source>%1: %2 short (%3 of %4).</source>
        <translation>%1: faltan %2 (%3 de %4).</translation>
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
        <source>No matching program</source>
        <translation>Ningún programa coincide</translation>
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
    <message>
        <source>No program of study matches “%s”. Try part of a word or a career area (health, welding, business), or choose Blank plan.</source>
        <translation>Ningún programa de estudios coincide con «%s». Pruebe con parte de una palabra o un área profesional en inglés (health, welding, business), o elija Plan en blanco.</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>Plain words families read, e.g. “Algebra I”</source>
        <translation>Palabras sencillas que leen las familias, p. ej., «Álgebra I»</translation>
    </message>
    <message>
        <source>made from the label</source>
        <translation>se forma a partir de la etiqueta</translation>
    </message>
    <message>
        <source>Waivers name the requirement by this; set it before renaming a label that students already have waivers for</source>
        <translation>Las dispensas nombran el requisito con esta clave; fíjela antes de cambiar el nombre de una etiqueta para la que ya hay estudiantes con dispensas</translation>
    </message>
    <message>
        <source>— (count credits instead)</source>
        <translation>— (contar créditos en su lugar)</translation>
    </message>
    <message>
        <source>Subject areas, comma-separated: Science, Fine Arts</source>
        <translation>Áreas de materias, separadas por comas: Science, Fine Arts</translation>
    </message>
    <message>
        <source>Course tags: lab-science, cte, ag:d</source>
        <translation>Etiquetas de cursos: lab-science, cte, ag:d</translation>
    </message>
    <message>
        <source>Course codes</source>
        <translation>Códigos de cursos</translation>
    </message>
    <message>
        <source>Any course counts</source>
        <translation>Cuenta cualquier curso</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>e.g. C (empty: any passing mark)</source>
        <translation>p. ej., C (vacío: cualquier calificación aprobatoria)</translation>
    </message>
    <message>
        <source>Electives: only courses no other requirement used</source>
        <translation>Optativas: solo cursos que ningún otro requisito usó</translation>
    </message>
    <message>
        <source>Its courses still count toward other requirements</source>
        <translation>Sus cursos siguen contando para otros requisitos</translation>
    </message>
    <message>
        <source>One course per line; alternatives on one line: 04151 or 04157</source>
        <translation>Un curso por línea; las alternativas en la misma línea: 04151 or 04157</translation>
    </message>
    <message>
        <source>How many: all, any, or a number</source>
        <translation>Cuántos: all (todos), any (cualquiera) o un número</translation>
    </message>
    <message>
        <source>A short key: fafsa, state-assessment, service-hours</source>
        <translation>Una clave corta: fafsa, state-assessment, service-hours</translation>
    </message>
    <message>
        <source>Code of another set, e.g. tx-foundation</source>
        <translation>Código de otro conjunto, p. ej., tx-foundation</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>C&amp;réditos</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>C&amp;ursos</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Á&amp;reas</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Cod&amp;es</source>
        <translation>Códi&amp;gos</translation>
    </message>
    <message>
        <source>&amp;Cap</source>
        <translation>&amp;Límite</translation>
    </message>
    <message>
        <source>&amp;Minimum mark</source>
        <translation>Calificación &amp;mínima</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>Curs&amp;os</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Necesita</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Punto</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>Con&amp;junto</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definición</translation>
    </message>
</context>
<context>
    <name>OccupationHtml</name>
    <message>
        <source>No occupations are linked here yet.</source>
        <translation>Todavía no hay ocupaciones vinculadas aquí.</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Median wage</source>
        <translation>Sueldo mediano</translation>
    </message>
    <message>
        <source>Outlook 2024-34</source>
        <translation>Perspectivas 2024-34</translation>
    </message>
    <message>
        <source>Openings a year</source>
        <translation>Vacantes al año</translation>
    </message>
    <message>
        <source>Typical entry education</source>
        <translation>Estudios habituales para empezar</translation>
    </message>
    <message>
        <source>/hr</source>
        <translation>/hora</translation>
    </message>
    <message>
        <source>Wages and outlook: %s. Click a column heading to sort.</source>
        <translation>Sueldos y perspectivas: %s. Haga clic en el encabezado de una columna para ordenar.</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Median annual wage</source>
        <translation>Sueldo anual mediano</translation>
    </message>
    <message>
        <source>%s an hour</source>
        <translation>%s la hora</translation>
    </message>
    <message>
        <source>not published by BLS</source>
        <translation>no publicado por el BLS</translation>
    </message>
    <message>
        <source>Employment (May 2025)</source>
        <translation>Empleo (mayo de 2025)</translation>
    </message>
    <message>
        <source>Projected growth 2024-34</source>
        <translation>Crecimiento previsto 2024-34</translation>
    </message>
    <message>
        <source>Openings each year</source>
        <translation>Vacantes cada año</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Work experience needed</source>
        <translation>Experiencia laboral necesaria</translation>
    </message>
    <message>
        <source>On-the-job training</source>
        <translation>Capacitación en el trabajo</translation>
    </message>
    <message>
        <source>Figures for SOC %s (%s), which includes %s.</source>
        <translation>Cifras del SOC %s (%s), que incluye %s.</translation>
    </message>
    <message>
        <source>Source: %s.</source>
        <translation>Fuente: %s.</translation>
    </message>
    <message>
        <source>Not linked in this framework.</source>
        <translation>Sin vínculos en este marco.</translation>
    </message>
    <message>
        <source>O*NET job zone %s</source>
        <translation>Zona laboral de O*NET %s</translation>
    </message>
    <message>
        <source>O*NET job zone: varies</source>
        <translation>Zona laboral de O*NET: varía</translation>
    </message>
    <message>
        <source>Typical entry education (BLS):</source>
        <translation>Estudios habituales para empezar (BLS):</translation>
    </message>
    <message>
        <source>Wages and outlook</source>
        <translation>Sueldos y perspectivas</translation>
    </message>
    <message>
        <source>BLS publishes no wage or projection figures for this occupation (for example, military occupations).</source>
        <translation>El BLS no publica cifras de sueldos ni proyecciones para esta ocupación (por ejemplo, las ocupaciones militares).</translation>
    </message>
    <message>
        <source>Programs of study that lead here</source>
        <translation>Programas de estudios que llevan a esta ocupación</translation>
    </message>
    <message>
        <source>No program of study leads here yet.</source>
        <translation>Todavía ningún programa de estudios lleva a esta ocupación.</translation>
    </message>
    <message>
        <source>National Career Clusters Framework (2024)</source>
        <translation>Marco Nacional de Clústeres Profesionales (2024)</translation>
    </message>
    <message>
        <source>Legacy career clusters and pathways</source>
        <translation>Clústeres profesionales y trayectorias anteriores</translation>
    </message>
</context>
<context>
    <name>PastYears</name>
    <message>
        <source>Years already over</source>
        <translation>Años ya terminados</translation>
    </message>
    <message>
        <source>This student has finished %s. What should the plan do with the program&apos;s courses for those years?</source>
        <translation>Este estudiante ya terminó %s. ¿Qué debe hacer el plan con los cursos del programa para esos años?</translation>
    </message>
    <message>
        <source>Courses on the student&apos;s transcript show in those years whatever you choose.</source>
        <translation>Los cursos del expediente académico del estudiante aparecen en esos años elija lo que elija.</translation>
    </message>
    <message>
        <source>Leave them &amp;empty</source>
        <translation>Dejarlos &amp;vacíos</translation>
    </message>
    <message>
        <source>Mark them &amp;completed</source>
        <translation>Marcarlos como &amp;terminados</translation>
    </message>
    <message>
        <source>&amp;Place them anyway</source>
        <translation>&amp;Colocarlos de todos modos</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview – %s</source>
        <translation>Vista previa de impresión – %s</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%d pages</source>
        <translation>%d páginas</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Plan – %s</source>
        <translation>Plan – %s</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planes&lt;/b&gt;</translation>
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
        <source>&amp;Make it active anyway</source>
        <translation>&amp;Hacerlo activo de todos modos</translation>
    </message>
    <message>
        <source>It is the active plan; the most recently changed other plan becomes active.</source>
        <translation>Es el plan activo; el otro plan modificado más recientemente pasa a ser el activo.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar el plan</translation>
    </message>
    <message>
        <source>Delete the plan “{name}” with all its courses and comments? This cannot be undone.</source>
        <translation>¿Eliminar el plan «{name}» con todos sus cursos y comentarios? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete it anyway</source>
        <translation>&amp;Eliminarlo de todos modos</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>Nothing was done. Reload shows the plans as they are now, so you can look at their change first.</source>
        <translation>No se hizo nada. Recargar muestra los planes como están ahora, para que pueda revisar primero su cambio.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change the plan&apos;s requirement sets</source>
        <translation>Cambiar los conjuntos de requisitos del plan</translation>
    </message>
    <message>
        <source>the district&apos;s default</source>
        <translation>el predeterminado del distrito</translation>
    </message>
    <message>
        <source>Diploma set</source>
        <translation>Conjunto del diploma</translation>
    </message>
    <message>
        <source>Supplemental sets</source>
        <translation>Conjuntos complementarios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>Remove a waiver or substitution</source>
        <translation>Quitar una dispensa o sustitución</translation>
    </message>
    <message>
        <source>Mark “%s” done</source>
        <translation>Marcar «%s» como hecho</translation>
    </message>
    <message>
        <source>Mark “%s” not done</source>
        <translation>Marcar «%s» como no hecho</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Agregar %1 a %2</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Quitar %s</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation>&amp;Quitar de todos modos</translation>
    </message>
    <message>
        <source>Nothing was removed. Reload shows the course with their change and keeps it. Remove anyway removes it; undo then puts it back as they left it.</source>
        <translation>No se quitó nada. Recargar muestra el curso con su cambio y lo conserva. Quitar de todos modos lo quita; deshacer lo vuelve a poner como lo dejaron.</translation>
    </message>
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
        <source>Move %1 within %2</source>
        <translation>Mover %1 dentro de %2</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Poner %1 en %2</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Marcar %1 como %2</translation>
    </message>
    <message>
        <source>Set final mark of %s</source>
        <translation>Poner la calificación final de %s</translation>
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
    <message>
        <source>Mark plan %s</source>
        <translation>Marcar el plan como %s</translation>
    </message>
    <message>
        <source>Plan starts in</source>
        <translation>El plan empieza en</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar un comentario</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Start the plan in grade %d</source>
        <translation>Empezar el plan en el grado %d</translation>
    </message>
</context>
<context>
    <name>PlanCourseActions</name>
    <message>
        <source>Move %1 courses to %2</source>
        <translation>Mover %1 cursos a %2</translation>
    </message>
    <message>
        <source>Remove %d courses</source>
        <translation>Quitar %d cursos</translation>
    </message>
    <message>
        <source>Add %d courses</source>
        <translation>Agregar %d cursos</translation>
    </message>
    <message>
        <source>Add to grade</source>
        <translation>Agregar al grado</translation>
    </message>
    <message>
        <source>Add %s to…</source>
        <translation>Agregar %s a…</translation>
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
        <source>%1 is for grades %2-%3; it will be flagged</source>
        <translation>%1 es para los grados %2 a %3; se marcará como problema</translation>
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
        <source>Change %d courses</source>
        <translation>Cambiar %d cursos</translation>
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
        <source>Plan starts i&amp;n</source>
        <translation>El plan empieza e&amp;n</translation>
    </message>
    <message>
        <source>Notes for the fa&amp;mily (printed)</source>
        <translation>Notas para la &amp;familia (se imprimen)</translation>
    </message>
    <message>
        <source>Career &amp;goal</source>
        <translation>Meta p&amp;rofesional</translation>
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
        <source>Show</source>
        <translation>Mostrar</translation>
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
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Back to draft by %s</source>
        <translation>Vuelto a borrador por %s</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Vuelto a borrador</translation>
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
    <message>
        <source>Rename plan to %s</source>
        <translation>Cambiar el nombre del plan a %s</translation>
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
        <source>To add</source>
        <translation>Para agregar</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Para actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>Para quitar</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>Para archivar</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>changes: %s</source>
        <translation>cambios: %s</translation>
    </message>
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
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Revisando el archivo</translation>
    </message>
    <message>
        <source>The file could not be checked: %s</source>
        <translation>No se pudo revisar el archivo: %s</translation>
    </message>
    <message>
        <source>Checking was stopped; click Check again to check the whole file.</source>
        <translation>Se detuvo la revisión; haga clic en Revisar de nuevo para revisar todo el archivo.</translation>
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
    <name>Printing</name>
    <message>
        <source>Some characters cannot be printed</source>
        <translation>Algunos caracteres no se pueden imprimir</translation>
    </message>
    <message>
        <source>The PDF was written, but no font available draws some characters; they print as their names in brackets. Check the spelling with the family or choose another character.</source>
        <translation>El PDF se escribió, pero ninguna fuente disponible dibuja algunos caracteres; se imprimen con su nombre entre corchetes. Confirme la ortografía con la familia o elija otro carácter.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <source>Saved the plan as %1
in %2</source>
        <translation>El plan se guardó como %1
en %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Preparando el plan…</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Exportar el plan como PDF</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>The PDF could not be read for printing.</source>
        <translation>No se pudo leer el PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo poner en marcha la impresora.</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>Imprimir el plan</translation>
    </message>
    <message>
        <source>Plan – %s</source>
        <translation>Plan – %s</translation>
    </message>
</context>
<context>
    <name>RequirementDetail</name>
    <message>
        <source>Selected requirement</source>
        <translation>Requisito seleccionado</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Dispensar…</translation>
    </message>
    <message>
        <source>Waive this requirement (or some of its credits) for this student, with who, when and why</source>
        <translation>Dispensar este requisito (o parte de sus créditos) a este estudiante, indicando quién, cuándo y por qué</translation>
    </message>
    <message>
        <source>S&amp;ubstitute…</source>
        <translation>S&amp;ustituir…</translation>
    </message>
    <message>
        <source>Let a course of the plan count toward this requirement or as a named course</source>
        <translation>Hacer que un curso del plan cuente para este requisito o como un curso determinado</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;hecho…</translation>
    </message>
    <message>
        <source>Record the date this checklist item was done</source>
        <translation>Registrar la fecha en que se hizo este punto de la lista de control</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Quitar la decisión</translation>
    </message>
    <message>
        <source>Take back the waiver or substitution shown here (undoable)</source>
        <translation>Retirar la dispensa o la sustitución que se muestra aquí (se puede deshacer)</translation>
    </message>
    <message>
        <source>Show in &amp;plan</source>
        <translation>Mostrar en el &amp;plan</translation>
    </message>
    <message>
        <source>Select this course in the grade columns</source>
        <translation>Seleccionar este curso en las columnas de grados</translation>
    </message>
    <message>
        <source>What could &amp;fill this</source>
        <translation>Qué podría &amp;cumplirlo</translation>
    </message>
    <message>
        <source>Courses that could fill this requirement</source>
        <translation>Cursos que podrían cumplir este requisito</translation>
    </message>
    <message>
        <source>Catalog courses that would count here; double-click or press Enter to add the course to the chosen grade</source>
        <translation>Cursos del catálogo que contarían aquí; haga doble clic o pulse Intro para agregar el curso al grado elegido</translation>
    </message>
    <message>
        <source>Grade to add the course to</source>
        <translation>Grado al que se agrega el curso</translation>
    </message>
    <message>
        <source>The grade the course is added to</source>
        <translation>El grado al que se agrega el curso</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add the selected course to the chosen grade (undoable)</source>
        <translation>Agregar el curso seleccionado al grado elegido (se puede deshacer)</translation>
    </message>
    <message>
        <source>Not needed: another choice already fills the requirement above.</source>
        <translation>No se necesita: otra opción ya cumple el requisito de arriba.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 cr · grades %4</source>
        <translation>%1 (%2) · %3 cr. · grados %4</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>No catalog course would count here.</source>
        <translation>Ningún curso del catálogo contaría aquí.</translation>
    </message>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>Select a requirement to see what fills it.</source>
        <translation>Seleccione un requisito para ver qué lo cumple.</translation>
    </message>
    <message>
        <source>%1, %2. Rules checked %3 against %4.</source>
        <translation>%1, %2. Reglas revisadas el %3 según %4.</translation>
    </message>
    <message>
        <source>Counts %1 here; %2 in %3.</source>
        <translation>Cuenta %1 aquí; %2 en %3.</translation>
    </message>
    <message>
        <source>Counts as %s (substitution).</source>
        <translation>Cuenta como %s (sustitución).</translation>
    </message>
    <message>
        <source>Done on %s.</source>
        <translation>Hecho el %s.</translation>
    </message>
    <message>
        <source>Not marked done yet.</source>
        <translation>Todavía no está marcado como hecho.</translation>
    </message>
    <message>
        <source>Missing: %s.</source>
        <translation>Falta: %s.</translation>
    </message>
    <message>
        <source>CTE concentrator</source>
        <translation>Concentrador de CTE</translation>
    </message>
    <message>
        <source>Program of study: %1 (%2), %3.</source>
        <translation>Programa de estudios: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>No CTE course of a program of study is in the plan yet.</source>
        <translation>Todavía no hay en el plan ningún curso de CTE de un programa de estudios.</translation>
    </message>
    <message>
        <source>Perkins V: a concentrator has completed the courses; planned courses make the student on track.</source>
        <translation>Perkins V: un concentrador ya terminó los cursos; los cursos planeados solo ponen al estudiante en camino.</translation>
    </message>
</context>
<context>
    <name>RequirementNodeModel</name>
    <message>
        <source>Credits from courses</source>
        <translation>Créditos de cursos</translation>
    </message>
    <message>
        <source>Named courses</source>
        <translation>Cursos determinados</translation>
    </message>
    <message>
        <source>Courses from a group</source>
        <translation>Cursos de un grupo</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Todos de</translation>
    </message>
    <message>
        <source>Any one of</source>
        <translation>Uno cualquiera de</translation>
    </message>
    <message>
        <source>Some of</source>
        <translation>Algunos de</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Total de créditos</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punto de la lista de control</translation>
    </message>
    <message>
        <source>Another set</source>
        <translation>Otro conjunto</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>any course</source>
        <translation>cualquier curso</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of: %2</source>
        <translation>%1 de: %2</translation>
    </message>
    <message>
        <source>%s of the requirements below</source>
        <translation>%s de los requisitos de abajo</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Supplemental</source>
        <translation>Complementario</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Distinción</translation>
    </message>
    <message>
        <source>District default diploma set</source>
        <translation>Diploma predeterminado del distrito</translation>
    </message>
    <message>
        <source>Plans without their own choice are audited against this set</source>
        <translation>Los planes que no tienen una elección propia se revisan con este conjunto</translation>
    </message>
    <message>
        <source>Sets also audited by default</source>
        <translation>Conjuntos que también se revisan de forma predeterminada</translation>
    </message>
    <message>
        <source>Endorsements, A-G, NCAA: ticked sets are audited beside the diploma on every plan that has not chosen others</source>
        <translation>Menciones (endorsements), A-G, NCAA: los conjuntos marcados se revisan junto con el diploma en cada plan que no haya elegido otros</translation>
    </message>
    <message>
        <source>District &amp;default diploma:</source>
        <translation>&amp;Diploma predeterminado del distrito:</translation>
    </message>
    <message>
        <source>Also &amp;audit by default:</source>
        <translation>Revisar &amp;también de forma predeterminada:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation>Reglas revisadas</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Requirement sets</source>
        <translation>Conjuntos de requisitos</translation>
    </message>
    <message>
        <source>Co&amp;py and edit…</source>
        <translation>Co&amp;piar y editar…</translation>
    </message>
    <message>
        <source>Start the district&apos;s own set from the selected one</source>
        <translation>Crear el conjunto propio del distrito a partir del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the district&apos;s set (built-in sets are copied first)</source>
        <translation>Editar el conjunto del distrito (los conjuntos incluidos se copian antes)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>Load a set file (TOML or JSON); it is checked first and refused whole if anything is wrong</source>
        <translation>Cargar un archivo de conjunto (TOML o JSON); primero se revisa y se rechaza entero si algo está mal</translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation>E&amp;xportar a un archivo…</translation>
    </message>
    <message>
        <source>Save the selected set as a file to share or keep</source>
        <translation>Guardar el conjunto seleccionado como archivo para compartirlo o conservarlo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the district&apos;s set (built-in sets stay)</source>
        <translation>Eliminar el conjunto del distrito (los conjuntos incluidos se quedan)</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>%1 (%2). Source: %3</source>
        <translation>%1 (%2). Fuente: %3</translation>
    </message>
    <message>
        <source>In the set&apos;s file: %s</source>
        <translation>En el archivo del conjunto: %s</translation>
    </message>
    <message>
        <source>Saved the set %s.</source>
        <translation>Se guardó el conjunto %s.</translation>
    </message>
    <message>
        <source>requirement set</source>
        <translation>conjunto de requisitos</translation>
    </message>
    <message>
        <source>Requirement set</source>
        <translation>Conjunto de requisitos</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this set after you opened it.</source>
        <translation>No se guardó: otra persona guardó este conjunto después de que usted lo abrió.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>Se importó %s.</translation>
    </message>
    <message>
        <source>Import a requirement set</source>
        <translation>Importar un conjunto de requisitos</translation>
    </message>
    <message>
        <source>Requirement sets (*.toml *.json)</source>
        <translation>Conjuntos de requisitos (*.toml *.json)</translation>
    </message>
    <message>
        <source>Exported %s to %s.</source>
        <translation>Se exportó %s a %s.</translation>
    </message>
    <message>
        <source>Export the requirement set</source>
        <translation>Exportar el conjunto de requisitos</translation>
    </message>
    <message>
        <source>Requirement sets (*.json *.toml)</source>
        <translation>Conjuntos de requisitos (*.json *.toml)</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Eliminar el conjunto</translation>
    </message>
    <message>
        <source>Delete the district&apos;s set “%s”? Plans that chose it go back to the district default.</source>
        <translation>¿Eliminar el conjunto del distrito «%s»? Los planes que lo eligieron vuelven al predeterminado del distrito.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the copy to put back. The current database is kept in the list first, so a restore can be undone the same way.</source>
        <translation>Elija la copia que quiere recuperar. Antes, la base de datos actual se guarda en la lista, así que una restauración se puede deshacer de la misma manera.</translation>
    </message>
    <message>
        <source>Damaged; kept for repair and cannot be restored: %s</source>
        <translation>Dañada; se conserva para repararla y no se puede restaurar: %s</translation>
    </message>
    <message>
        <source>(no backups yet)</source>
        <translation>(todavía no hay copias de seguridad)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de la base de datos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore works for database files only.</source>
        <translation>Solo se pueden restaurar archivos de base de datos.</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?

%s

The current database is kept as a backup first.</source>
        <translation>¿Reemplazar la base de datos actual con esta copia de seguridad?

%s

Antes, la base de datos actual se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing was replaced:
%s</source>
        <translation>No se reemplazó nada:
%s</translation>
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
        <translation>Empezar el año escolar %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start school year %s&lt;/b&gt;&lt;br&gt;%d student(s) move up a grade; %d finished grade 12 and are archived; %d course(s) in progress become completed from the transcript.</source>
        <translation>&lt;b&gt;Empezar el año escolar %s&lt;/b&gt;&lt;br&gt;%d estudiante(s) pasan al grado siguiente; %d terminaron el grado 12 y se archivan; %d curso(s) en curso pasan a terminados según el expediente académico.</translation>
    </message>
    <message>
        <source>Students moving up</source>
        <translation>Estudiantes que pasan de grado</translation>
    </message>
    <message>
        <source>graduated (archived)</source>
        <translation>se graduó (archivado)</translation>
    </message>
    <message>
        <source>Plans without next year&apos;s courses</source>
        <translation>Planes sin cursos para el próximo año</translation>
    </message>
    <message>
        <source>“%1” has no courses for %2</source>
        <translation>«%1» no tiene cursos para %2</translation>
    </message>
    <message>
        <source>Students (%d)</source>
        <translation>Estudiantes (%d)</translation>
    </message>
    <message>
        <source>Plans without next year&apos;s courses (%d)</source>
        <translation>Planes sin cursos para el próximo año (%d)</translation>
    </message>
    <message>
        <source>The database is backed up first. To undo, restore that backup (File &gt; Restore from backup).</source>
        <translation>Antes se hace una copia de seguridad de la base de datos. Para deshacerlo, restaure esa copia (Archivo &gt; Restaurar desde una copia de seguridad).</translation>
    </message>
    <message>
        <source>&amp;Start %s</source>
        <translation>&amp;Empezar %s</translation>
    </message>
    <message>
        <source>School year %s was already started.</source>
        <translation>El año escolar %s ya se empezó.</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>2024</source>
        <translation>2024</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Pathways and sub-clusters</source>
        <translation>Trayectorias y subclústeres</translation>
    </message>
    <message>
        <source>Programs of study</source>
        <translation>Programas de estudios</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
</context>
<context>
    <name>SetEditorDialog</name>
    <message>
        <source>Credits from subject areas</source>
        <translation>Créditos de áreas de materias</translation>
    </message>
    <message>
        <source>Named courses</source>
        <translation>Cursos determinados</translation>
    </message>
    <message>
        <source>Courses from a group</source>
        <translation>Cursos de un grupo</translation>
    </message>
    <message>
        <source>All of / any of (a group of requirements)</source>
        <translation>Todos de / uno de (un grupo de requisitos)</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Total de créditos</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punto de la lista de control</translation>
    </message>
    <message>
        <source>Requirement set</source>
        <translation>Conjunto de requisitos</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and -; plans refer to it</source>
        <translation>Letras minúsculas, dígitos y -; los planes lo usan para referirse a él</translation>
    </message>
    <message>
        <source>Two-letter state (TX), district or national</source>
        <translation>Estado de dos letras (TX), district o national</translation>
    </message>
    <message>
        <source>Board policy, state rule or URL</source>
        <translation>Política de la junta escolar, norma estatal o URL</translation>
    </message>
    <message>
        <source>Grade %d</source>
        <translation>Grado %d</translation>
    </message>
    <message>
        <source>High-school courses taken for high-school credit in this middle-school grade count toward this set</source>
        <translation>Los cursos de preparatoria tomados con crédito de preparatoria en este grado de secundaria cuentan para este conjunto</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Rules checked:</source>
        <translation>Reglas revisadas:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Set code</source>
        <translation>Código del conjunto</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Nombre del conjunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind of set</source>
        <translation>Tipo de conjunto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date the rules were checked</source>
        <translation>Fecha en que se revisaron las reglas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Counts high-school credit from:</source>
        <translation>Cuenta crédito de preparatoria de:</translation>
    </message>
    <message>
        <source>Requirements of the set</source>
        <translation>Requisitos del conjunto</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add a requirement after the selected one (or inside a group)</source>
        <translation>Agregar un requisito después del seleccionado (o dentro de un grupo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Check of the set</source>
        <translation>Revisión del conjunto</translation>
    </message>
    <message>
        <source>✓ %d requirements; the set is valid.</source>
        <translation>✓ %d requisitos; el conjunto es válido.</translation>
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
        <source>Under the particle (de la Fuente with the D names)</source>
        <translation>Con la partícula (de la Fuente con los apellidos en D)</translation>
    </message>
    <message>
        <source>Under the name (de la Fuente with the F names)</source>
        <translation>Con el apellido (de la Fuente con los apellidos en F)</translation>
    </message>
    <message>
        <source>Where batch printing files a surname such as de la Fuente or van der Berg among the others.</source>
        <translation>Dónde ordena la impresión por lotes un apellido como de la Fuente o van der Berg entre los demás.</translation>
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
        <source>File surnames with a pa&amp;rticle:</source>
        <translation>Ordenar apellidos con pa&amp;rtícula:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>Counselor name</source>
        <translation>Nombre del consejero/a</translation>
    </message>
    <message>
        <source>Counselor email</source>
        <translation>Correo electrónico del consejero/a</translation>
    </message>
    <message>
        <source>Counselor phone</source>
        <translation>Teléfono del consejero/a</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Dirección de la escuela</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Maximum credits per year</source>
        <translation>Créditos máximos por año</translation>
    </message>
    <message>
        <source>CTE concentrator counts</source>
        <translation>Concentrador de CTE: qué se cuenta</translation>
    </message>
    <message>
        <source>CTE concentrator threshold</source>
        <translation>Concentrador de CTE: umbral</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias de seguridad guardadas</translation>
    </message>
    <message>
        <source>File surnames with a particle</source>
        <translation>Ordenar apellidos con partícula</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
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
        <source>Default requirement sets</source>
        <translation>Conjuntos de requisitos predeterminados</translation>
    </message>
    <message>
        <source>“%s”</source>
        <translation>“%s”</translation>
    </message>
    <message>
        <source>school&apos;s settings</source>
        <translation>ajuste de la escuela</translation>
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
        <translation>Registrar una firma</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Name as signed</source>
        <translation>Nombre tal como firmó</translation>
    </message>
    <message>
        <source>No scanned page</source>
        <translation>Sin página escaneada</translation>
    </message>
    <message>
        <source>Attach &amp;signed page…</source>
        <translation>Adjuntar la página &amp;firmada…</translation>
    </message>
    <message>
        <source>A scan or photo of the signed page: PDF, PNG or JPEG</source>
        <translation>Un escaneo o una foto de la página firmada: PDF, PNG o JPEG</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Printed &amp;name</source>
        <translation>&amp;Nombre en letra de molde</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Parentesco</translation>
    </message>
    <message>
        <source>&amp;Date signed</source>
        <translation>&amp;Fecha de la firma</translation>
    </message>
    <message>
        <source>Scanned page</source>
        <translation>Página escaneada</translation>
    </message>
    <message>
        <source>Version %d, approved by %s on %s</source>
        <translation>Versión %d, aprobada por %s el %s</translation>
    </message>
    <message>
        <source>Signed page</source>
        <translation>Página firmada</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database %s is in use by another program, which is holding a lock on it.</source>
        <translation>La base de datos %s está en uso por otro programa, que la tiene bloqueada.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the file. Try again when the other program has finished (for example a long import), or open it read-only to look.</source>
        <translation>El archivo no tiene ningún problema. Vuelva a intentarlo cuando el otro programa termine (por ejemplo, una importación larga), o ábralo en modo de solo lectura para consultarlo.</translation>
    </message>
    <message>
        <source>The database %s cannot be changed by your account.</source>
        <translation>Su cuenta no puede modificar la base de datos %s.</translation>
    </message>
    <message>
        <source>You can open it read-only to look and print, or open another database. To work in it, copy it to a folder you can write to.</source>
        <translation>Puede abrirla en modo de solo lectura para consultar e imprimir, o abrir otra base de datos. Para trabajar en ella, cópiela a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The database %s was made by a newer version of Career Pathway Planner.</source>
        <translation>La base de datos %s se creó con una versión más reciente de Career Pathway Planner.</translation>
    </message>
    <message>
        <source>Update the app to open it. The file has not been changed.</source>
        <translation>Actualice la aplicación para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>The database %s %s.</source>
        <translation>La base de datos %s %s.</translation>
    </message>
    <message>
        <source>Restore its newest backup, %s: the app updates it properly and the current file is kept among the backups. Or open another database, or create a new one.</source>
        <translation>Restaure su copia de seguridad más reciente, %s: la aplicación la actualiza como corresponde y el archivo actual se guarda entre las copias de seguridad. O abra otra base de datos, o cree una nueva.</translation>
    </message>
    <message>
        <source>No backup of it was found. Open another database or create a new one; the file is kept as it is for repair.</source>
        <translation>No se encontró ninguna copia de seguridad de ella. Abra otra base de datos o cree una nueva; el archivo se conserva tal como está para repararlo.</translation>
    </message>
    <message>
        <source>The file has not been changed. You can restore the newest backup (the damaged file is kept), open another database, or create a new one.</source>
        <translation>El archivo no se modificó. Puede restaurar la copia de seguridad más reciente (el archivo dañado se conserva), abrir otra base de datos o crear una nueva.</translation>
    </message>
    <message>
        <source>The file has not been changed. You can open another database or create a new one.</source>
        <translation>El archivo no se modificó. Puede abrir otra base de datos o crear una nueva.</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, hecha el %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>Create new…</source>
        <translation>Crear una nueva…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Bases de datos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <source>The backup could not be restored: %s</source>
        <translation>No se pudo restaurar la copia de seguridad: %s</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made:
%s

Your work is saved as usual; use File &gt; Back up now once the problem is fixed.</source>
        <translation>No se pudo hacer la copia de seguridad automática de hoy:
%s

Su trabajo se guarda como siempre; use Archivo &gt; Hacer una copia de seguridad ahora cuando se resuelva el problema.</translation>
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
    <name>StudentListActions</name>
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
        <source>Bring the student back to the list</source>
        <translation>Devolver el estudiante a la lista</translation>
    </message>
    <message>
        <source>Una&amp;rchive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Archive the selected student: hidden from the list, nothing deleted (Delete)</source>
        <translation>Archivar el estudiante seleccionado: se oculta de la lista, no se borra nada (Supr)</translation>
    </message>
    <message>
        <source>Archive %s? The student leaves the list (Show archived brings the record back into view); nothing is deleted, and Undo restores it.</source>
        <translation>¿Archivar a %s? El estudiante deja de aparecer en la lista (Mostrar archivados lo vuelve a mostrar); no se elimina nada y Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Archive these %d students? They leave the list; nothing is deleted, and Undo restores them.

%s</source>
        <translation>¿Archivar a estos %d estudiantes? Dejan de aparecer en la lista; no se elimina nada y Deshacer los recupera.

%s</translation>
    </message>
    <message>
        <source>Archive students</source>
        <translation>Archivar estudiantes</translation>
    </message>
    <message>
        <source>Archive student</source>
        <translation>Archivar estudiante</translation>
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
        <source>Student not deleted</source>
        <translation>No se eliminó el estudiante</translation>
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
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Grad year</source>
        <translation>Graduación</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Active plan cluster</source>
        <translation>Clúster del plan activo</translation>
    </message>
    <message>
        <source>Cluster of the active plan: %s</source>
        <translation>Clúster del plan activo: %s</translation>
    </message>
    <message>
        <source>No active plan</source>
        <translation>Sin plan activo</translation>
    </message>
    <message>
        <source>The active plan is not from a program of study</source>
        <translation>El plan activo no viene de un programa de estudios</translation>
    </message>
    <message>
        <source>Legal first name: %s</source>
        <translation>Nombre legal: %s</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
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
        <translation>Mostrar a&amp;rchivados</translation>
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
        <source>Edit the selected student (F2)</source>
        <translation>Editar el estudiante seleccionado (F2)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
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
        <translation>A&amp;brir</translation>
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
        <translation>Hacer ac&amp;tivo</translation>
    </message>
    <message>
        <source>Make the selected plan the student&apos;s active plan</source>
        <translation>Hacer del plan seleccionado el plan activo del estudiante</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Eliminar plan…</translation>
    </message>
    <message>
        <source>Delete the selected plan (asks first)</source>
        <translation>Eliminar el plan seleccionado (pregunta antes)</translation>
    </message>
</context>
<context>
    <name>SubstitutionDialog</name>
    <message>
        <source>Substitute a course</source>
        <translation>Sustituir un curso</translation>
    </message>
    <message>
        <source>Let a course count toward “%s”.</source>
        <translation>Hacer que un curso cuente para «%s».</translation>
    </message>
    <message>
        <source>Course taken</source>
        <translation>Curso tomado</translation>
    </message>
    <message>
        <source>Counts toward this &amp;requirement</source>
        <translation>Cuenta para este &amp;requisito</translation>
    </message>
    <message>
        <source>Counts &amp;as the named course</source>
        <translation>Cuenta &amp;como el curso indicado</translation>
    </message>
    <message>
        <source>Named course it replaces</source>
        <translation>Curso indicado al que reemplaza</translation>
    </message>
    <message>
        <source>Course &amp;taken</source>
        <translation>Curso &amp;tomado</translation>
    </message>
    <message>
        <source>Course taken: choose the course that counts instead.</source>
        <translation>Curso tomado: elija el curso que cuenta en su lugar.</translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>PDF checksum</source>
        <translation>Suma de verificación del PDF</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Waive a requirement</source>
        <translation>Dispensar un requisito</translation>
    </message>
    <message>
        <source>Waive “%s” for this student.</source>
        <translation>Dispensar «%s» a este estudiante.</translation>
    </message>
    <message>
        <source>Only some &amp;credits</source>
        <translation>Solo algunos &amp;créditos</translation>
    </message>
    <message>
        <source>Waive part of the credits; the rest must still be earned</source>
        <translation>Dispensar parte de los créditos; el resto se debe obtener de todos modos</translation>
    </message>
    <message>
        <source>Credits waived</source>
        <translation>Créditos dispensados</translation>
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
    <name>WindowActions</name>
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
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>The caseload at a glance: plans, audits, CTE concentrators (Ctrl+3)</source>
        <translation>Los estudiantes a cargo de un vistazo: planes, auditorías, concentradores de CTE (Ctrl+3)</translation>
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
        <source>Course &amp;catalog panel</source>
        <translation>Panel del &amp;catálogo de cursos</translation>
    </message>
    <message>
        <source>Show or hide the plan editor&apos;s course catalog (F9)</source>
        <translation>Mostrar u ocultar el catálogo de cursos del editor de planes (F9)</translation>
    </message>
    <message>
        <source>C&amp;hecks and notes panel</source>
        <translation>Panel de re&amp;visiones y notas</translation>
    </message>
    <message>
        <source>Show or hide the plan editor&apos;s checks, goals and comments (Shift+F9)</source>
        <translation>Mostrar u ocultar las revisiones, metas y comentarios del editor de planes (Mayús+F9)</translation>
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
    <name>Words</name>
    <message>
        <source>Postsecondary</source>
        <translation>Postsecundaria</translation>
    </message>
    <message>
        <source>Grade %d</source>
        <translation>Grado %d</translation>
    </message>
    <message>
        <source>Full year</source>
        <translation>Todo el año</translation>
    </message>
    <message>
        <source>Semester 1</source>
        <translation>Semestre 1</translation>
    </message>
    <message>
        <source>Semester 2</source>
        <translation>Semestre 2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Sem 1</source>
        <translation>Sem. 1</translation>
    </message>
    <message>
        <source>Sem 2</source>
        <translation>Sem. 2</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Verano</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>%1 counts as %2</source>
        <translation>%1 cuenta como %2</translation>
    </message>
    <message>
        <source>this requirement</source>
        <translation>este requisito</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Dispensado: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Met with completed courses that passed.</source>
        <translation>Cumplido con cursos terminados y aprobados.</translation>
    </message>
    <message>
        <source>Met once the courses under way are finished and passed.</source>
        <translation>Se cumplirá cuando se terminen y aprueben los cursos en curso.</translation>
    </message>
    <message>
        <source>Met only if the planned courses are taken and passed.</source>
        <translation>Se cumplirá solo si se toman y aprueban los cursos planeados.</translation>
    </message>
    <message>
        <source>Not met even if every planned course is finished.</source>
        <translation>No se cumple aunque se terminen todos los cursos planeados.</translation>
    </message>
    <message>
        <source>Waived or exempt by a counselor&apos;s decision.</source>
        <translation>Dispensado o exento por decisión de un consejero/a.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Program of study</source>
        <translation>Programa de estudios</translation>
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
        <source>School or employer</source>
        <translation>Escuela o empleador</translation>
    </message>
    <message>
        <source>Notes for the family</source>
        <translation>Notas para la familia</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>Se agregó %1 a %2</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>Se quitó %1 de %2</translation>
    </message>
    <message>
        <source>Moved %1 from %2 to %3</source>
        <translation>Se movió %1 de %2 a %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1: mark %2 → %3</source>
        <translation>%1: calificación %2 → %3</translation>
    </message>
    <message>
        <source>%1: set to “%2”</source>
        <translation>%1: se puso «%2»</translation>
    </message>
    <message>
        <source>%1: cleared (was “%2”)</source>
        <translation>%1: se borró (era «%2»)</translation>
    </message>
    <message>
        <source>Changed since approval on %s</source>
        <translation>Cambió desde la aprobación del %s</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>el número de estudiante</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>los apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>el nombre preferido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>el grado</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>el año de graduación</translation>
    </message>
    <message>
        <source>School</source>
        <translation>la escuela</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>el consejero/a</translation>
    </message>
    <message>
        <source>Career interests</source>
        <translation>los intereses profesionales</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>el idioma de la familia</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the career goal</source>
        <translation>la meta profesional</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the notes for the family</source>
        <translation>las notas para la familia</translation>
    </message>
    <message>
        <source>the plan after high school</source>
        <translation>el plan para después de la preparatoria</translation>
    </message>
    <message>
        <source>the term</source>
        <translation>el periodo</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>the final mark</source>
        <translation>la calificación final</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>el grado</translation>
    </message>
    <message>
        <source>the courses</source>
        <translation>los cursos</translation>
    </message>
    <message>
        <source>the program of study</source>
        <translation>el programa de estudios</translation>
    </message>
    <message>
        <source>the requirement sets</source>
        <translation>los conjuntos de requisitos</translation>
    </message>
    <message>
        <source>this waiver or substitution</source>
        <translation>esta exención o sustitución</translation>
    </message>
    <message>
        <source>the requirements</source>
        <translation>los requisitos</translation>
    </message>
    <message>
        <source>the match</source>
        <translation>la correspondencia</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>el comentario</translation>
    </message>
    <message>
        <source>this comment</source>
        <translation>este comentario</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>este curso</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>este plan</translation>
    </message>
    <message>
        <source>the start grade</source>
        <translation>el grado inicial</translation>
    </message>
    <message>
        <source>the plan %1</source>
        <translation>el plan %1</translation>
    </message>
    <message>
        <source>the checklist item %1</source>
        <translation>el punto de la lista %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>CTE cluster: %s</source>
        <translation>Clúster de CTE: %s</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (a) history</source>
        <translation>UC/CSU A-G: (a) historia</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (b) English</source>
        <translation>UC/CSU A-G: (b) inglés</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (c) mathematics</source>
        <translation>UC/CSU A-G: (c) matemáticas</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (d) science</source>
        <translation>UC/CSU A-G: (d) ciencias</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (e) language other than English</source>
        <translation>UC/CSU A-G: (e) idioma distinto del inglés</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (f) visual and performing arts</source>
        <translation>UC/CSU A-G: (f) artes visuales y escénicas</translation>
    </message>
    <message>
        <source>UC/CSU A-G: (g) college-preparatory elective</source>
        <translation>UC/CSU A-G: (g) optativa de preparación universitaria</translation>
    </message>
    <message>
        <source>NCAA Division I core: English</source>
        <translation>Materias básicas NCAA División I: inglés</translation>
    </message>
    <message>
        <source>NCAA Division I core: math</source>
        <translation>Materias básicas NCAA División I: matemáticas</translation>
    </message>
    <message>
        <source>NCAA Division I core: science</source>
        <translation>Materias básicas NCAA División I: ciencias</translation>
    </message>
    <message>
        <source>NCAA Division I core: social science</source>
        <translation>Materias básicas NCAA División I: ciencias sociales</translation>
    </message>
    <message>
        <source>NCAA Division I core: world language</source>
        <translation>Materias básicas NCAA División I: idiomas</translation>
    </message>
    <message>
        <source>laboratory science</source>
        <translation>ciencia de laboratorio</translation>
    </message>
    <message>
        <source>Advanced Placement</source>
        <translation>Advanced Placement (AP)</translation>
    </message>
    <message>
        <source>advanced mathematics</source>
        <translation>matemáticas avanzadas</translation>
    </message>
    <message>
        <source>advanced science</source>
        <translation>ciencias avanzadas</translation>
    </message>
    <message>
        <source>career and technical education</source>
        <translation>educación técnica y profesional</translation>
    </message>
    <message>
        <source>dual credit</source>
        <translation>crédito doble</translation>
    </message>
    <message>
        <source>cr</source>
        <translation>cr.</translation>
    </message>
    <message>
        <source>%1 of %2 earned</source>
        <translation>%1 de %2 obtenidos</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 planeados</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>%s changed %s after you opened it, so your change was not saved. The newest version is shown now.</source>
        <translation>%s cambió %s después de que usted lo abrió, así que su cambio no se guardó. Ahora se muestra la versión más reciente.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>%s deleted %s after you opened it, so your change was not saved. The newest version is shown now.</source>
        <translation>%s eliminó %s después de que usted lo abrió, así que su cambio no se guardó. Ahora se muestra la versión más reciente.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>The change was not saved: %s.</source>
        <translation>El cambio no se guardó: %s.</translation>
    </message>
    <message>
        <source>The change was not saved: the database is in use by another program (for example a long import). Try again in a moment.</source>
        <translation>El cambio no se guardó: otro programa está usando la base de datos (por ejemplo, una importación larga). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Free some space and try again.</source>
        <translation>El cambio no se guardó: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change was not saved: this database is open read-only.</source>
        <translation>El cambio no se guardó: esta base de datos está abierta en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The change was not saved: the database could not be written (%s). Check the disk or network folder and try again.</source>
        <translation>El cambio no se guardó: no se pudo escribir en la base de datos (%s). Revise el disco o la carpeta de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change was not saved (%s).</source>
        <translation>El cambio no se guardó (%s).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>_DecisionDialog</name>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Your counselor name from Settings; change it if someone else decided</source>
        <translation>Su nombre de consejero/a en Configuración; cámbielo si decidió otra persona</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Why (printed on the plan), e.g. the board decision or the transfer record</source>
        <translation>Por qué (se imprime en el plan), p. ej., la decisión de la junta escolar o el expediente de transferencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Decidido &amp;por</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;qué</translation>
    </message>
    <message>
        <source>Decided by: write who made the decision.</source>
        <translation>Decidido por: escriba quién tomó la decisión.</translation>
    </message>
    <message>
        <source>Why: write the reason; it is printed on the plan.</source>
        <translation>Por qué: escriba el motivo; se imprime en el plan.</translation>
    </message>
    <message>
        <source>Date: the decision cannot be dated in the future.</source>
        <translation>Fecha: la decisión no puede tener una fecha futura.</translation>
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
    <message>
        <source>The template could not be saved:
%s</source>
        <translation>No se pudo guardar la plantilla:
%s</translation>
    </message>
</context>
</TS>
