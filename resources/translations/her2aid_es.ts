<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About her2aid</source>
        <translation>Acerca de her2aid</translation>
    </message>
    <message>
        <source>her2aid</source>
        <translation>her2aid</translation>
    </message>
    <message>
        <source>A decision aid, not a diagnosis. her2aid supports a conversation between a patient and their care team. It does not replace the pathology report, the treating clinician&apos;s judgement or a multidisciplinary team. Nothing leaves this computer unless you print: her2aid connects to nothing but the print service, and only when you print, and stores nothing about a patient unless you save a case file or export a handout.</source>
        <translation>Una ayuda para decidir, no un diagnóstico. her2aid apoya la conversación entre el paciente y su equipo de atención. No sustituye el informe de patología, el criterio del médico tratante ni un comité multidisciplinario. Nada sale de esta computadora salvo que usted imprima: her2aid solo se conecta al servicio de impresión, y solo al imprimir, y no guarda nada sobre un paciente salvo que usted guarde un archivo de caso o exporte una hoja.</translation>
    </message>
    <message>
        <source>Versions and references</source>
        <translation>Versiones y referencias</translation>
    </message>
    <message>
        <source>App, ruleset and content versions with their dates, and every reference the content cites.</source>
        <translation>Versiones de la aplicación, de las reglas y del contenido con sus fechas, y todas las referencias que cita el contenido.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Close the About window.</source>
        <translation>Cerrar la ventana Acerca de.</translation>
    </message>
    <message>
        <source>Ruleset</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Guidelines applied</source>
        <translation>Guías aplicadas</translation>
    </message>
    <message>
        <source>reviewed by {who}</source>
        <translation>revisada por {who}</translation>
    </message>
    <message>
        <source>machine-assisted translation by the development team, not yet reviewed by a qualified medical translator or clinician</source>
        <translation>traducción asistida por computadora, hecha por el equipo de desarrollo; todavía no la ha revisado un traductor médico calificado ni un profesional clínico</translation>
    </message>
    <message>
        <source>the window, the patient view and the patient handout</source>
        <translation>la ventana, la vista del paciente y la hoja para el paciente</translation>
    </message>
    <message>
        <source>The clinician view, these statements and the references are in English.</source>
        <translation>La vista clínica, estas declaraciones y las referencias están en inglés.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case inputs</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>The receptor results and clinical context of the case.</source>
        <translation>Los resultados de los receptores y el contexto clínico del caso.</translation>
    </message>
    <message>
        <source>Estrogen receptor (ER)</source>
        <translation>Receptor de estrógeno (RE)</translation>
    </message>
    <message>
        <source>E&amp;R % of nuclei stained</source>
        <translation>&amp;RE: % de núcleos teñidos</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>ER percent of nuclei stained</source>
        <translation>RE: porcentaje de núcleos teñidos</translation>
    </message>
    <message>
        <source>Percent of tumour nuclei staining for ER, 0 to 100. Leave empty if not known.</source>
        <translation>Porcentaje de núcleos tumorales teñidos para RE, de 0 a 100. Déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>ER positive</source>
        <translation>RE positivo</translation>
    </message>
    <message>
        <source>ER category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.</source>
        <translation>Categoría de RE según el informe. Al escribir un porcentaje se elige la categoría que le corresponde; si elige una categoría que no coincida con el porcentaje, el porcentaje se borra.</translation>
    </message>
    <message>
        <source>Low positive</source>
        <translation>Positivo bajo</translation>
    </message>
    <message>
        <source>ER low positive</source>
        <translation>RE positivo bajo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>ER negative</source>
        <translation>RE negativo</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>ER not known</source>
        <translation>RE desconocido</translation>
    </message>
    <message>
        <source>ER result not known or not recorded yet.</source>
        <translation>Resultado de RE desconocido o aún no registrado.</translation>
    </message>
    <message>
        <source>Progesterone receptor (PR)</source>
        <translation>Receptor de progesterona (RP)</translation>
    </message>
    <message>
        <source>&amp;PR % of nuclei stained</source>
        <translation>R&amp;P: % de núcleos teñidos</translation>
    </message>
    <message>
        <source>PR percent of nuclei stained</source>
        <translation>RP: porcentaje de núcleos teñidos</translation>
    </message>
    <message>
        <source>Percent of tumour nuclei staining for PR, 0 to 100. Leave empty if not known.</source>
        <translation>Porcentaje de núcleos tumorales teñidos para RP, de 0 a 100. Déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>PR positive</source>
        <translation>RP positivo</translation>
    </message>
    <message>
        <source>PR category as reported. Typing a percent selects the category it falls in; choosing a category that disagrees with the percent clears the percent.</source>
        <translation>Categoría de RP según el informe. Al escribir un porcentaje se elige la categoría que le corresponde; si elige una categoría que no coincida con el porcentaje, el porcentaje se borra.</translation>
    </message>
    <message>
        <source>PR negative</source>
        <translation>RP negativo</translation>
    </message>
    <message>
        <source>PR not known</source>
        <translation>RP desconocido</translation>
    </message>
    <message>
        <source>PR result not known or not recorded yet.</source>
        <translation>Resultado de RP desconocido o aún no registrado.</translation>
    </message>
    <message>
        <source>HER2 &amp;IHC score</source>
        <translation>Puntuación &amp;IHC de HER2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>HER2 IHC not done</source>
        <translation>IHC de HER2 no realizada</translation>
    </message>
    <message>
        <source>No HER2 immunohistochemistry result yet.</source>
        <translation>Aún no hay resultado de inmunohistoquímica de HER2.</translation>
    </message>
    <message>
        <source>0, not stated if null or ultralow</source>
        <translation>0, sin decir si es nulo o ultrabajo</translation>
    </message>
    <message>
        <source>HER2 IHC 0, not stated whether null or ultralow</source>
        <translation>IHC de HER2 0, sin decir si es nulo o ultrabajo</translation>
    </message>
    <message>
        <source>IHC 0 reported without saying whether there was no staining (null) or faint staining in up to 10 percent of cells (ultralow).</source>
        <translation>IHC 0 informada sin decir si no hubo tinción (nulo) o si hubo tinción débil en hasta el 10 por ciento de las células (ultrabajo).</translation>
    </message>
    <message>
        <source>0, no staining (null)</source>
        <translation>0, sin tinción (nulo)</translation>
    </message>
    <message>
        <source>HER2 IHC 0, no staining</source>
        <translation>IHC de HER2 0, sin tinción</translation>
    </message>
    <message>
        <source>IHC 0 with no membrane staining at all.</source>
        <translation>IHC 0 sin ninguna tinción de membrana.</translation>
    </message>
    <message>
        <source>0, faint in ≤ 10 % of cells (ultralow)</source>
        <translation>0, débil en ≤ 10 % de células (ultrabajo)</translation>
    </message>
    <message>
        <source>HER2 IHC 0, faint staining in up to 10 percent of cells</source>
        <translation>IHC de HER2 0, tinción débil en hasta el 10 por ciento de las células</translation>
    </message>
    <message>
        <source>IHC 0 with faint, incomplete membrane staining in up to 10 percent of tumour cells.</source>
        <translation>IHC 0 con tinción de membrana débil e incompleta en hasta el 10 por ciento de las células tumorales.</translation>
    </message>
    <message>
        <source>1+</source>
        <translation>1+</translation>
    </message>
    <message>
        <source>HER2 IHC 1+</source>
        <translation>IHC de HER2 1+</translation>
    </message>
    <message>
        <source>IHC score 1+.</source>
        <translation>Puntuación IHC 1+.</translation>
    </message>
    <message>
        <source>2+</source>
        <translation>2+</translation>
    </message>
    <message>
        <source>HER2 IHC 2+</source>
        <translation>IHC de HER2 2+</translation>
    </message>
    <message>
        <source>IHC score 2+ (equivocal until ISH is done).</source>
        <translation>Puntuación IHC 2+ (resultado equívoco hasta que se haga la ISH).</translation>
    </message>
    <message>
        <source>3+</source>
        <translation>3+</translation>
    </message>
    <message>
        <source>HER2 IHC 3+</source>
        <translation>IHC de HER2 3+</translation>
    </message>
    <message>
        <source>IHC score 3+.</source>
        <translation>Puntuación IHC 3+.</translation>
    </message>
    <message>
        <source>HER2 I&amp;SH</source>
        <translation>I&amp;SH de HER2</translation>
    </message>
    <message>
        <source>ISH not done</source>
        <translation>ISH no realizada</translation>
    </message>
    <message>
        <source>No in situ hybridisation ordered or reported.</source>
        <translation>No se ha pedido ni informado una hibridación in situ.</translation>
    </message>
    <message>
        <source>Reported result</source>
        <translation>Resultado informado</translation>
    </message>
    <message>
        <source>ISH reported result</source>
        <translation>Resultado de ISH informado</translation>
    </message>
    <message>
        <source>Enter the laboratory&apos;s conclusion (amplified or not), or pending.</source>
        <translation>Ingrese la conclusión del laboratorio (amplificado o no), o pendiente.</translation>
    </message>
    <message>
        <source>Dual-probe numbers</source>
        <translation>Cifras de sonda doble</translation>
    </message>
    <message>
        <source>ISH dual-probe numbers</source>
        <translation>Cifras de ISH de sonda doble</translation>
    </message>
    <message>
        <source>Enter the HER2/CEP17 ratio and the mean HER2 copies per cell.</source>
        <translation>Ingrese el cociente HER2/CEP17 y la media de copias de HER2 por célula.</translation>
    </message>
    <message>
        <source>Single-probe numbers</source>
        <translation>Cifras de sonda única</translation>
    </message>
    <message>
        <source>ISH single-probe numbers</source>
        <translation>Cifras de ISH de sonda única</translation>
    </message>
    <message>
        <source>Enter the mean HER2 copies per cell.</source>
        <translation>Ingrese la media de copias de HER2 por célula.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Amplified</source>
        <translation>Amplificado</translation>
    </message>
    <message>
        <source>ISH result amplified</source>
        <translation>Resultado de ISH amplificado</translation>
    </message>
    <message>
        <source>The report says HER2 is amplified.</source>
        <translation>El informe dice que HER2 está amplificado.</translation>
    </message>
    <message>
        <source>Not amplified</source>
        <translation>No amplificado</translation>
    </message>
    <message>
        <source>ISH result not amplified</source>
        <translation>Resultado de ISH no amplificado</translation>
    </message>
    <message>
        <source>The report says HER2 is not amplified.</source>
        <translation>El informe dice que HER2 no está amplificado.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>ISH result pending</source>
        <translation>Resultado de ISH pendiente</translation>
    </message>
    <message>
        <source>ISH is ordered but not reported yet.</source>
        <translation>La ISH se pidió pero aún no tiene informe.</translation>
    </message>
    <message>
        <source>HER2/CEP17 r&amp;atio</source>
        <translation>C&amp;ociente HER2/CEP17</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>HER2 to CEP17 ratio</source>
        <translation>Cociente HER2/CEP17</translation>
    </message>
    <message>
        <source>Dual-probe ratio of HER2 to CEP17 signals, more than 0. Leave empty while pending.</source>
        <translation>Cociente de sonda doble entre señales de HER2 y de CEP17, mayor que 0. Déjelo vacío mientras esté pendiente.</translation>
    </message>
    <message>
        <source>&amp;Mean HER2 copies per cell</source>
        <translation>&amp;Media de copias de HER2 por célula</translation>
    </message>
    <message>
        <source>Mean HER2 copies per cell, dual probe</source>
        <translation>Media de copias de HER2 por célula, sonda doble</translation>
    </message>
    <message>
        <source>Average number of HER2 signals per cell, more than 0. Leave empty while pending.</source>
        <translation>Número medio de señales de HER2 por célula, mayor que 0. Déjelo vacío mientras esté pendiente.</translation>
    </message>
    <message>
        <source>&amp;Blinded recount by a second observer</source>
        <translation>Recuento ciego por un segundo o&amp;bservador</translation>
    </message>
    <message>
        <source>Blinded recount</source>
        <translation>Recuento ciego</translation>
    </message>
    <message>
        <source>Check when these numbers come from the blinded recount that ISH groups 2 to 4 call for.</source>
        <translation>Márquelo cuando estas cifras vengan del recuento ciego que piden los grupos 2 a 4 de ISH.</translation>
    </message>
    <message>
        <source>Mean HER2 c&amp;opies per cell</source>
        <translation>Media de copias de &amp;HER2 por célula</translation>
    </message>
    <message>
        <source>Mean HER2 copies per cell, single probe</source>
        <translation>Media de copias de HER2 por célula, sonda única</translation>
    </message>
    <message>
        <source>Proliferation</source>
        <translation>Proliferación</translation>
    </message>
    <message>
        <source>&amp;Ki-67 % of nuclei</source>
        <translation>&amp;Ki-67: % de núcleos</translation>
    </message>
    <message>
        <source>Ki-67 percent of nuclei</source>
        <translation>Ki-67: porcentaje de núcleos</translation>
    </message>
    <message>
        <source>Percent of tumour nuclei staining for Ki-67, 0 to 100. Leave empty if not known.</source>
        <translation>Porcentaje de núcleos tumorales teñidos para Ki-67, de 0 a 100. Déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>Clinical &amp;context</source>
        <translation>Conte&amp;xto clínico</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Temprana</translation>
    </message>
    <message>
        <source>Setting early</source>
        <translation>Enfermedad temprana</translation>
    </message>
    <message>
        <source>Setting: early breast cancer.</source>
        <translation>Enfermedad: cáncer de mama temprano.</translation>
    </message>
    <message>
        <source>Metastatic</source>
        <translation>Metastásica</translation>
    </message>
    <message>
        <source>Setting metastatic</source>
        <translation>Enfermedad metastásica</translation>
    </message>
    <message>
        <source>Setting: metastatic breast cancer.</source>
        <translation>Enfermedad: cáncer de mama metastásico.</translation>
    </message>
    <message>
        <source>Setting not known</source>
        <translation>Enfermedad temprana o metastásica: no se sabe</translation>
    </message>
    <message>
        <source>Setting: not known or not tested.</source>
        <translation>Enfermedad temprana o metastásica: no se sabe o no se ha evaluado.</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopausia</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Premenopausal</source>
        <translation>Premenopáusica</translation>
    </message>
    <message>
        <source>Menopausal status: premenopausal.</source>
        <translation>Estado menopáusico: premenopáusica.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Postmenopausal</source>
        <translation>Posmenopáusica</translation>
    </message>
    <message>
        <source>Menopausal status: postmenopausal.</source>
        <translation>Estado menopáusico: posmenopáusica.</translation>
    </message>
    <message>
        <source>Menopausal status not known</source>
        <translation>Estado menopáusico desconocido</translation>
    </message>
    <message>
        <source>Menopausal status: not known or not tested.</source>
        <translation>Estado menopáusico: desconocido o no evaluado.</translation>
    </message>
    <message>
        <source>Germline BRCA1/2 pathogenic variant</source>
        <translation>Variante patogénica germinal de BRCA1/2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant yes</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: sí</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant: present.</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: presente.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant no</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: no</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant: absent.</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: ausente.</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant not known</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: no se sabe</translation>
    </message>
    <message>
        <source>Germline BRCA1 or BRCA2 pathogenic variant: not known or not tested.</source>
        <translation>Variante patogénica germinal de BRCA1 o BRCA2: no se sabe o no se ha evaluado.</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration yes</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: sí</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration: present.</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: presente.</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration no</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: no</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration: absent.</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: ausente.</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration not known</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: desconocida</translation>
    </message>
    <message>
        <source>PIK3CA, AKT1 or PTEN alteration: not known or not tested.</source>
        <translation>Alteración de PIK3CA, AKT1 o PTEN: desconocida o no evaluada.</translation>
    </message>
    <message>
        <source>ESR1 mutation</source>
        <translation>Mutación de ESR1</translation>
    </message>
    <message>
        <source>ESR1 mutation yes</source>
        <translation>Mutación de ESR1: sí</translation>
    </message>
    <message>
        <source>ESR1 mutation: present.</source>
        <translation>Mutación de ESR1: presente.</translation>
    </message>
    <message>
        <source>ESR1 mutation no</source>
        <translation>Mutación de ESR1: no</translation>
    </message>
    <message>
        <source>ESR1 mutation: absent.</source>
        <translation>Mutación de ESR1: ausente.</translation>
    </message>
    <message>
        <source>ESR1 mutation not known</source>
        <translation>Mutación de ESR1: desconocida</translation>
    </message>
    <message>
        <source>ESR1 mutation: not known or not tested.</source>
        <translation>Mutación de ESR1: desconocida o no evaluada.</translation>
    </message>
    <message>
        <source>P&amp;D-L1 CPS (22C3)</source>
        <translation>CPS de P&amp;D-L1 (22C3)</translation>
    </message>
    <message>
        <source>PD-L1 combined positive score</source>
        <translation>Puntuación positiva combinada (CPS) de PD-L1</translation>
    </message>
    <message>
        <source>PD-L1 combined positive score with the 22C3 assay, 0 to 100. Leave empty if not known.</source>
        <translation>Puntuación positiva combinada de PD-L1 con la prueba 22C3, de 0 a 100. Déjela vacía si no se conoce.</translation>
    </message>
    <message>
        <source>Prognosis after surgery (PREDICT, early cancer)</source>
        <translation>Pronóstico después de la cirugía (PREDICT, cáncer temprano)</translation>
    </message>
    <message>
        <source>Prognosis inputs</source>
        <translation>Datos para el pronóstico</translation>
    </message>
    <message>
        <source>Patient and tumor details and planned treatments for a PREDICT Breast survival estimate. Shown when the setting is early.</source>
        <translation>Datos del paciente y del tumor y tratamientos previstos para una estimación de supervivencia de PREDICT Breast. Se muestran cuando la enfermedad es temprana.</translation>
    </message>
    <message>
        <source>A&amp;ge at diagnosis (years)</source>
        <translation>Edad al dia&amp;gnóstico (años)</translation>
    </message>
    <message>
        <source>Age at diagnosis</source>
        <translation>Edad al diagnóstico</translation>
    </message>
    <message>
        <source>Age at diagnosis in years; PREDICT accepts 25 to 85. Leave empty if not known.</source>
        <translation>Edad al diagnóstico en años; PREDICT acepta de 25 a 85. Déjela vacía si no se conoce.</translation>
    </message>
    <message>
        <source>Invasive si&amp;ze (mm)</source>
        <translation>Tamaño del tumor i&amp;nvasivo (mm)</translation>
    </message>
    <message>
        <source>Invasive tumor size in millimetres</source>
        <translation>Tamaño del tumor invasivo en milímetros</translation>
    </message>
    <message>
        <source>Size of the invasive tumor in millimetres, more than 0. Leave empty if not known.</source>
        <translation>Tamaño del tumor invasivo en milímetros, mayor que 0. Déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>Positive &amp;nodes</source>
        <translation>Gang&amp;lios positivos</translation>
    </message>
    <message>
        <source>Number of positive lymph nodes</source>
        <translation>Número de ganglios linfáticos positivos</translation>
    </message>
    <message>
        <source>Number of lymph nodes with cancer, a whole number, 0 or more. Leave empty if not known.</source>
        <translation>Número de ganglios linfáticos con cáncer, un número entero, 0 o más. Déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Tumor grade 1</source>
        <translation>Grado del tumor 1</translation>
    </message>
    <message>
        <source>Tumor grade: 1.</source>
        <translation>Grado del tumor: 1.</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>Tumor grade 2</source>
        <translation>Grado del tumor 2</translation>
    </message>
    <message>
        <source>Tumor grade: 2.</source>
        <translation>Grado del tumor: 2.</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Tumor grade 3</source>
        <translation>Grado del tumor 3</translation>
    </message>
    <message>
        <source>Tumor grade: 3.</source>
        <translation>Grado del tumor: 3.</translation>
    </message>
    <message>
        <source>Tumor grade not known</source>
        <translation>Grado del tumor desconocido</translation>
    </message>
    <message>
        <source>Tumor grade: not known.</source>
        <translation>Grado del tumor: desconocido.</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Examen de detección</translation>
    </message>
    <message>
        <source>How the cancer was found screen-detected</source>
        <translation>Cómo se detectó el cáncer: en un examen de detección</translation>
    </message>
    <message>
        <source>How the cancer was found: screen-detected.</source>
        <translation>Cómo se detectó el cáncer: en un examen de detección (mamografía de detección).</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>How the cancer was found found with symptoms</source>
        <translation>Cómo se detectó el cáncer: por síntomas</translation>
    </message>
    <message>
        <source>How the cancer was found: found with symptoms.</source>
        <translation>Cómo se detectó el cáncer: por síntomas.</translation>
    </message>
    <message>
        <source>How the cancer was found not known</source>
        <translation>Cómo se detectó el cáncer: desconocido</translation>
    </message>
    <message>
        <source>How the cancer was found: not known.</source>
        <translation>Cómo se detectó el cáncer: desconocido.</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate none</source>
        <translation>Quimioterapia para la estimación: ninguna</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate: none.</source>
        <translation>Quimioterapia para la estimación: ninguna.</translation>
    </message>
    <message>
        <source>2nd generation</source>
        <translation>2.ª generación</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate second generation</source>
        <translation>Quimioterapia para la estimación: segunda generación</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate: second generation.</source>
        <translation>Quimioterapia para la estimación: segunda generación.</translation>
    </message>
    <message>
        <source>3rd generation</source>
        <translation>3.ª generación</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate third generation</source>
        <translation>Quimioterapia para la estimación: tercera generación</translation>
    </message>
    <message>
        <source>Chemotherapy for the estimate: third generation.</source>
        <translation>Quimioterapia para la estimación: tercera generación.</translation>
    </message>
    <message>
        <source>Endocrine therapy</source>
        <translation>Tratamiento hormonal</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate none</source>
        <translation>Tratamiento hormonal para la estimación: ninguno</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate: none.</source>
        <translation>Tratamiento hormonal para la estimación: ninguno.</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 años</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate 5 years</source>
        <translation>Tratamiento hormonal para la estimación: 5 años</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate: 5 years.</source>
        <translation>Tratamiento hormonal para la estimación: 5 años.</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 años</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate 10 years</source>
        <translation>Tratamiento hormonal para la estimación: 10 años</translation>
    </message>
    <message>
        <source>Endocrine therapy for the estimate: 10 years.</source>
        <translation>Tratamiento hormonal para la estimación: 10 años.</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Otros tratamientos</translation>
    </message>
    <message>
        <source>Trastuzumab</source>
        <translation>Trastuzumab</translation>
    </message>
    <message>
        <source>Trastuzumab for the estimate</source>
        <translation>Trastuzumab para la estimación</translation>
    </message>
    <message>
        <source>Include trastuzumab in the estimate (HER2-positive cancer only).</source>
        <translation>Incluir el trastuzumab en la estimación (solo cáncer HER2 positivo).</translation>
    </message>
    <message>
        <source>Bisphosphonates</source>
        <translation>Bisfosfonatos</translation>
    </message>
    <message>
        <source>Bisphosphonates for the estimate</source>
        <translation>Bisfosfonatos para la estimación</translation>
    </message>
    <message>
        <source>Include bisphosphonates in the estimate (benefit for postmenopausal women).</source>
        <translation>Incluir los bisfosfonatos en la estimación (beneficio para mujeres posmenopáusicas).</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versión del modelo</translation>
    </message>
    <message>
        <source>PREDICT v2.2</source>
        <translation>PREDICT v2.2</translation>
    </message>
    <message>
        <source>PREDICT model version v2.2</source>
        <translation>Versión del modelo PREDICT v2.2</translation>
    </message>
    <message>
        <source>PREDICT model version: v2.2.</source>
        <translation>Versión del modelo PREDICT: v2.2.</translation>
    </message>
    <message>
        <source>PREDICT v2.1</source>
        <translation>PREDICT v2.1</translation>
    </message>
    <message>
        <source>PREDICT model version v2.1</source>
        <translation>Versión del modelo PREDICT v2.1</translation>
    </message>
    <message>
        <source>PREDICT model version: v2.1.</source>
        <translation>Versión del modelo PREDICT: v2.1.</translation>
    </message>
    <message>
        <source>What matters most to you (fill in with the patient)</source>
        <translation>Lo que más le importa (para llenar con el paciente)</translation>
    </message>
    <message>
        <source>What matters most to you</source>
        <extracomment>Each choice field: its button group and the value of each button. Each yes/no field and its check box. The values exercise: one row of answers per statement this case shows, built from the classification (the statements depend on the decision). What the undo menu calls the last answer given (the button&apos;s spoken name).</extracomment>
        <translation>Lo que más le importa</translation>
    </message>
    <message>
        <source>The values exercise for this decision: how important each statement is to the patient. The answers print in the handout and are saved only in the case file.</source>
        <translation>El ejercicio de valores de esta decisión: cuánto le importa al paciente cada frase. Las respuestas se imprimen en la hoja y solo se guardan en el archivo del caso.</translation>
    </message>
    <message>
        <source>How important is each of these to the patient? Leave blank to fill in by pen on the handout. Kept only if you save the case.</source>
        <translation>¿Cuánto le importa cada una de estas frases al paciente? Déjelas en blanco para llenarlas a mano en la hoja. Solo se conservan si guarda el caso.</translation>
    </message>
    <message>
        <source>Values statements</source>
        <translation>Frases sobre valores</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>{description} Not valid: {reason}.</source>
        <extracomment>The refusal shown under each text field (None: none), as last shown.</extracomment>
        <translation>{description} No válido: {reason}.</translation>
    </message>
    <message>
        <source>How important this is to the patient. Printed in the handout; saved only in the case file.</source>
        <translation>Cuánto le importa esto al paciente. Se imprime en la hoja; solo se guarda en el archivo del caso.</translation>
    </message>
    <message>
        <source>Not used until corrected:</source>
        <translation>No se usan hasta que se corrijan:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>her2aid: unexpected error</source>
        <translation>her2aid: error inesperado</translation>
    </message>
    <message>
        <source>her2aid ran into an unexpected error. Your inputs are still on screen; save the case if you can, then restart her2aid.</source>
        <translation>her2aid tuvo un error inesperado. Sus datos siguen en la pantalla; guarde el caso si puede y luego vuelva a abrir her2aid.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation>No se pudo escribir el archivo de registro.</translation>
    </message>
    <message>
        <source>Nothing has been sent anywhere.</source>
        <translation>No se ha enviado nada a ninguna parte.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Copy the crash report to the clipboard, to paste into a message to support.</source>
        <translation>Copiar el informe del error al portapapeles, para pegarlo en un mensaje al soporte técnico.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>her2aid case (*.json);;All files (*)</source>
        <translation>Caso de her2aid (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Guardar caso como</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios de {name}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no los guarda, se perderán sus cambios.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;No guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>ER low early</source>
        <translation>RE positivo bajo, temprano</translation>
    </message>
    <message>
        <source>ER negative PR positive</source>
        <translation>RE negativo RP positivo</translation>
    </message>
    <message>
        <source>HER2 null early</source>
        <translation>HER2 nulo temprano</translation>
    </message>
    <message>
        <source>HER2 positive early</source>
        <translation>HER2 positivo temprano</translation>
    </message>
    <message>
        <source>HER2 ultralow metastatic</source>
        <translation>HER2 ultrabajo metastásico</translation>
    </message>
    <message>
        <source>HR positive HER2 low metastatic</source>
        <translation>RH positivo HER2 bajo metastásico</translation>
    </message>
    <message>
        <source>HR positive HER2 positive metastatic</source>
        <translation>RH positivo HER2 positivo metastásico</translation>
    </message>
    <message>
        <source>IHC 2+ pending ISH</source>
        <translation>IHC 2+ con ISH pendiente</translation>
    </message>
    <message>
        <source>ISH group 2 recount needed</source>
        <translation>ISH grupo 2, falta el recuento</translation>
    </message>
    <message>
        <source>ISH group 3 recount positive</source>
        <translation>ISH grupo 3, recuento positivo</translation>
    </message>
    <message>
        <source>ISH group 4 recount negative</source>
        <translation>ISH grupo 4, recuento negativo</translation>
    </message>
    <message>
        <source>Luminal A early</source>
        <translation>Luminal A temprano</translation>
    </message>
    <message>
        <source>TNBC early</source>
        <translation>Triple negativo temprano</translation>
    </message>
    <message>
        <source>TNBC metastatic PD-L1</source>
        <translation>Triple negativo metastásico PD-L1</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>The patient name has characters the handout cannot print ({shown}); they would come out as empty boxes. Remove them or write them out in words.</source>
        <extracomment>Writer resolution. Text and rules are vectors whatever this is; 300 dpi only sets the grid positions snap to, and is plenty for paper. Territories whose paper is US Letter (CLDR&apos;s paperSize data); A4 elsewhere. What the page header calls each part of the handout.</extracomment>
        <translation>El nombre del paciente tiene caracteres que la hoja no puede imprimir ({shown}); saldrían como cuadros vacíos. Quítelos o escríbalos con palabras.</translation>
    </message>
    <message>
        <source>The patient name has characters the PDF cannot keep as text ({shown}); a search, a copy or a screen reader would miss them. Remove them or write them out in words.</source>
        <translation>El nombre del paciente tiene caracteres que el PDF no puede guardar como texto ({shown}); una búsqueda, una copia o un lector de pantalla no los encontraría. Quítelos o escríbalos con palabras.</translation>
    </message>
    <message>
        <source>The clinic name has characters the handout cannot print ({shown}); they would come out as empty boxes. Remove them or write them out in words.</source>
        <translation>El nombre de la clínica tiene caracteres que la hoja no puede imprimir ({shown}); saldrían como cuadros vacíos. Quítelos o escríbalos con palabras.</translation>
    </message>
    <message>
        <source>The clinic name has characters the PDF cannot keep as text ({shown}); a search, a copy or a screen reader would miss them. Remove them or write them out in words.</source>
        <translation>El nombre de la clínica tiene caracteres que el PDF no puede guardar como texto ({shown}); una búsqueda, una copia o un lector de pantalla no los encontraría. Quítelos o escríbalos con palabras.</translation>
    </message>
    <message>
        <source>The care team contact has characters the handout cannot print ({shown}); they would come out as empty boxes. Remove them or write them out in words.</source>
        <translation>El contacto del equipo de atención tiene caracteres que la hoja no puede imprimir ({shown}); saldrían como cuadros vacíos. Quítelos o escríbalos con palabras.</translation>
    </message>
    <message>
        <source>The care team contact has characters the PDF cannot keep as text ({shown}); a search, a copy or a screen reader would miss them. Remove them or write them out in words.</source>
        <translation>El contacto del equipo de atención tiene caracteres que el PDF no puede guardar como texto ({shown}); una búsqueda, una copia o un lector de pantalla no los encontraría. Quítelos o escríbalos con palabras.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handout options</source>
        <translation>Opciones de la hoja</translation>
    </message>
    <message>
        <source>Handout for</source>
        <translation>Hoja para</translation>
    </message>
    <message>
        <source>&amp;Patient (plain language)</source>
        <translation>&amp;Paciente (lenguaje sencillo)</translation>
    </message>
    <message>
        <source>Handout for the patient</source>
        <translation>Hoja para el paciente</translation>
    </message>
    <message>
        <source>The plain-language patient handout.</source>
        <translation>La hoja para el paciente en lenguaje sencillo.</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Equipo &amp;clínico</translation>
    </message>
    <message>
        <source>Handout for the clinician</source>
        <translation>Hoja para el equipo clínico</translation>
    </message>
    <message>
        <source>The clinician summary with the rule trace and references.</source>
        <translation>El resumen clínico con la traza de reglas y las referencias.</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Ambos</translation>
    </message>
    <message>
        <source>Handout for patient and clinician</source>
        <translation>Hoja para el paciente y el equipo clínico</translation>
    </message>
    <message>
        <source>Both parts: the patient pages first, then the clinician summary, each starting on a new page.</source>
        <translation>Las dos partes: primero las páginas del paciente y luego el resumen clínico, cada una en una página nueva.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papel A4</translation>
    </message>
    <message>
        <source>Print on A4 paper (210 by 297 mm).</source>
        <translation>Imprimir en papel A4 (210 por 297 mm).</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>Ca&amp;rta</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papel carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Print on US Letter paper (8.5 by 11 inches).</source>
        <translation>Imprimir en papel carta de EE. UU. (8,5 por 11 pulgadas).</translation>
    </message>
    <message>
        <source>Patient &amp;name (optional)</source>
        <translation>&amp;Nombre del paciente (opcional)</translation>
    </message>
    <message>
        <source>not printed if empty</source>
        <translation>no se imprime si está vacío</translation>
    </message>
    <message>
        <source>Patient name for the handout header</source>
        <translation>Nombre del paciente para el encabezado de la hoja</translation>
    </message>
    <message>
        <source>Printed in the page header of this handout only. her2aid never stores or logs it.</source>
        <translation>Se imprime en el encabezado de esta hoja solamente. her2aid nunca lo guarda ni lo anota en el registro.</translation>
    </message>
    <message>
        <source>Cl&amp;inic name</source>
        <translation>Nom&amp;bre de la clínica</translation>
    </message>
    <message>
        <source>Clinic name for the handout header</source>
        <translation>Nombre de la clínica para el encabezado de la hoja</translation>
    </message>
    <message>
        <source>Printed in the page header. The default comes from Preferences.</source>
        <translation>Se imprime en el encabezado. El valor inicial viene de Preferencias.</translation>
    </message>
    <message>
        <source>Care team cont&amp;act</source>
        <translation>Contacto del e&amp;quipo de atención</translation>
    </message>
    <message>
        <source>a space to write it in if empty</source>
        <translation>si está vacío, queda un espacio para escribirlo</translation>
    </message>
    <message>
        <source>Care team contact for the patient handout</source>
        <translation>Contacto del equipo de atención para la hoja del paciente</translation>
    </message>
    <message>
        <source>A phone number or address printed in the patient handout&apos;s &quot;Your care team&quot; box. The default comes from Preferences.</source>
        <translation>Un teléfono o una dirección que se imprime en el recuadro &quot;Su equipo de atención&quot; de la hoja del paciente. El valor inicial viene de Preferencias.</translation>
    </message>
    <message>
        <source>Lan&amp;guage (patient pages)</source>
        <translation>&amp;Idioma (páginas del paciente)</translation>
    </message>
    <message>
        <source>Language of the patient pages</source>
        <translation>Idioma de las páginas del paciente</translation>
    </message>
    <message>
        <source>The patient pages of this handout are made in this language; the clinician pages stay in English. A translation not yet reviewed says so on every page.</source>
        <translation>Las páginas del paciente de esta hoja se hacen en este idioma; las páginas clínicas quedan en inglés. Una traducción aún no revisada lo dice en cada página.</translation>
    </message>
    <message>
        <source>Leave out &amp;survival figures (patient pages)</source>
        <translation>Omitir las cifras de &amp;supervivencia (páginas del paciente)</translation>
    </message>
    <message>
        <source>Leave out survival figures</source>
        <translation>Omitir las cifras de supervivencia</translation>
    </message>
    <message>
        <source>For a patient who asks not to see them: the patient pages leave out every survival figure and say so. Side effects stay.</source>
        <translation>Para un paciente que pide no verlas: las páginas del paciente omiten todas las cifras de supervivencia y lo dicen. Los efectos secundarios se mantienen.</translation>
    </message>
    <message>
        <source>The patient name is used for this handout only and is not saved.</source>
        <translation>El nombre del paciente se usa solo para esta hoja y no se guarda.</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmar o cancelar</translation>
    </message>
    <message>
        <source>OK goes ahead with these choices; Cancel closes without changes.</source>
        <translation>Aceptar sigue con estas opciones; Cancelar cierra sin cambios.</translation>
    </message>
    <message>
        <source>{language} (not reviewed)</source>
        <extracomment>False when the patient asked not to see survival figures (this handout only).</extracomment>
        <translation>{language} (sin revisar)</translation>
    </message>
    <message>
        <source>{action}: handout options</source>
        <translation>{action}: opciones de la hoja</translation>
    </message>
    <message>
        <source>Problem with a name</source>
        <translation>Problema con un nombre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>her2aid</source>
        <translation>her2aid</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Abrir e&amp;jemplo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>Start a new case with every result not known</source>
        <translation>Empezar un caso nuevo con todos los resultados desconocidos</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <source>Open a her2aid case file</source>
        <translation>Abrir un archivo de caso de her2aid</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Guardar el archivo del caso</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Guardar caso &amp;como…</translation>
    </message>
    <message>
        <source>Save the case under a new name</source>
        <translation>Guardar el caso con otro nombre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Write the handout for the current view as a PDF</source>
        <translation>Escribir la hoja de la vista actual como PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout for the current view</source>
        <translation>Imprimir la hoja de la vista actual</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Preview the printed handout</source>
        <translation>Ver cómo se imprimirá la hoja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit her2aid</source>
        <translation>Salir de her2aid</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Clinic name and logo, paper, handout audience and recent cases</source>
        <translation>Nombre y logotipo de la clínica, papel, destinatario de la hoja y casos recientes</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the inputs</source>
        <translation>Deshacer el último cambio en los datos</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Clinician view</source>
        <translation>Vista &amp;clínica</translation>
    </message>
    <message>
        <source>Show the summary for clinicians</source>
        <translation>Mostrar el resumen para el equipo clínico</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Patient view</source>
        <translation>Vista del &amp;paciente</translation>
    </message>
    <message>
        <source>Show the plain-language summary for the patient</source>
        <translation>Mostrar el resumen en lenguaje sencillo para el paciente</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show rule &amp;trace</source>
        <translation>Mostrar la tra&amp;za de reglas</translation>
    </message>
    <message>
        <source>List every rule applied (clinician view)</source>
        <translation>Listar todas las reglas aplicadas (vista clínica)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;About her2aid</source>
        <translation>&amp;Acerca de her2aid</translation>
    </message>
    <message>
        <source>Versions, dates and references</source>
        <translation>Versiones, fechas y referencias</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Internal error: {error}</source>
        <translation>Error interno: {error}</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Menus that do not fit in the menu bar.</source>
        <translation>Menús que no caben en la barra de menús.</translation>
    </message>
    <message>
        <source>Panel divider</source>
        <translation>Divisor de paneles</translation>
    </message>
    <message>
        <source>Drag to share the width between the inputs and the summary.</source>
        <translation>Arrástrelo para repartir el ancho entre los datos y el resumen.</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Deshacer {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rehacer {change}</translation>
    </message>
    <message>
        <source>Open the shipped example {name}</source>
        <translation>Abrir el ejemplo incluido {name}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>The case on screen is unchanged.</source>
        <translation>El caso en la pantalla no cambió.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <source>Example: {title}</source>
        <translation>Ejemplo: {title}</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
    <message>
        <source>Correct or clear the marked entries, then save again.</source>
        <translation>Corrija o borre los datos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Aún no se puede exportar</translation>
    </message>
    <message>
        <source>Correct or clear the marked entries, then export again.</source>
        <translation>Corrija o borre los datos marcados y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Aún no se puede imprimir</translation>
    </message>
    <message>
        <source>Correct or clear the marked entries, then print again.</source>
        <translation>Corrija o borre los datos marcados y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The summary could not be made for these inputs (an internal error).</source>
        <translation>No se pudo hacer el resumen con estos datos (un error interno).</translation>
    </message>
    <message>
        <source>Change or undo the last input, or start a new case.</source>
        <translation>Cambie o deshaga el último dato, o empiece un caso nuevo.</translation>
    </message>
    <message>
        <source>case.json</source>
        <translation>caso.json</translation>
    </message>
    <message>
        <source>Could not save the case</source>
        <translation>No se pudo guardar el caso</translation>
    </message>
    <message>
        <source>Nothing was lost: the case is still open, and any earlier file is unchanged. Try Save case as… with another folder or name.</source>
        <translation>No se perdió nada: el caso sigue abierto y cualquier archivo anterior no cambió. Pruebe Guardar caso como… con otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>{action}: the case is empty</source>
        <translation>{action}: el caso está vacío</translation>
    </message>
    <message>
        <source>Nothing has been entered, so the handout would have no results in it.</source>
        <translation>No se ha ingresado nada, así que la hoja no tendría ningún resultado.</translation>
    </message>
    <message>
        <source>Make the handout anyway?</source>
        <translation>¿Hacer la hoja de todos modos?</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>No se pudo exportar el PDF</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is the case file that is open; choose another name for the PDF.</source>
        <translation>&quot;{path}&quot; es el archivo del caso abierto; elija otro nombre para el PDF.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Se exportó {path}</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Could not show the preview</source>
        <translation>No se pudo mostrar la vista previa</translation>
    </message>
    <message>
        <source>Preferences saved. The window language changes when her2aid next starts.</source>
        <translation>Preferencias guardadas. El idioma de la ventana cambiará la próxima vez que abra her2aid.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>&amp;No recent cases</source>
        <translation>&amp;No hay casos recientes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Cl&amp;inic name</source>
        <translation>Nom&amp;bre de la clínica</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Printed in the header of every handout.</source>
        <translation>Se imprime en el encabezado de cada hoja.</translation>
    </message>
    <message>
        <source>Care team cont&amp;act</source>
        <translation>Contacto del e&amp;quipo de atención</translation>
    </message>
    <message>
        <source>none: the handout leaves a space to write it in</source>
        <translation>ninguno: la hoja deja un espacio para escribirlo</translation>
    </message>
    <message>
        <source>Care team contact</source>
        <translation>Contacto del equipo de atención</translation>
    </message>
    <message>
        <source>A phone number or address printed in the &quot;Your care team&quot; box of the patient handout.</source>
        <translation>Un teléfono o una dirección que se imprime en el recuadro &quot;Su equipo de atención&quot; de la hoja del paciente.</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo</source>
        <translation>&amp;Logotipo de la clínica</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>sin logotipo</translation>
    </message>
    <message>
        <source>Clinic logo image file</source>
        <translation>Archivo de imagen del logotipo de la clínica</translation>
    </message>
    <message>
        <source>An image (PNG, JPEG or SVG) printed at the left of the handout header. Leave empty for none.</source>
        <translation>Una imagen (PNG, JPEG o SVG) que se imprime a la izquierda del encabezado de la hoja. Déjelo vacío si no hay.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Pick an image file for the handout header.</source>
        <translation>Elegir un archivo de imagen para el encabezado de la hoja.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Remove the clinic logo</source>
        <translation>Quitar el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Print the handout header without a logo.</source>
        <translation>Imprimir el encabezado de la hoja sin logotipo.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>From the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>Paper from the system locale</source>
        <translation>Papel según la configuración regional del sistema</translation>
    </message>
    <message>
        <source>Use Letter where the system locale does (US, Canada, Mexico and others), A4 elsewhere.</source>
        <translation>Usar tamaño carta donde lo use la configuración regional del sistema (EE. UU., Canadá, México y otros) y A4 en los demás casos.</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>A4 paper by default</source>
        <translation>Papel A4 por defecto</translation>
    </message>
    <message>
        <source>Use A4 paper by default.</source>
        <translation>Usar papel A4 por defecto.</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>Ca&amp;rta</translation>
    </message>
    <message>
        <source>Letter paper by default</source>
        <translation>Papel carta por defecto</translation>
    </message>
    <message>
        <source>Use US Letter paper by default.</source>
        <translation>Usar papel carta de EE. UU. por defecto.</translation>
    </message>
    <message>
        <source>Handout for</source>
        <translation>Hoja para</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Patient handout by default</source>
        <translation>Hoja para el paciente por defecto</translation>
    </message>
    <message>
        <source>The handout options start with the patient handout.</source>
        <translation>Las opciones de la hoja empiezan con la hoja para el paciente.</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Equipo &amp;clínico</translation>
    </message>
    <message>
        <source>Clinician handout by default</source>
        <translation>Hoja clínica por defecto</translation>
    </message>
    <message>
        <source>The handout options start with the clinician summary.</source>
        <translation>Las opciones de la hoja empiezan con el resumen clínico.</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Ambos</translation>
    </message>
    <message>
        <source>Both parts by default</source>
        <translation>Las dos partes por defecto</translation>
    </message>
    <message>
        <source>The handout options start with both parts.</source>
        <translation>Las opciones de la hoja empiezan con las dos partes.</translation>
    </message>
    <message>
        <source>Lan&amp;guage (patient pages)</source>
        <translation>&amp;Idioma (páginas del paciente)</translation>
    </message>
    <message>
        <source>Default language of the patient pages</source>
        <translation>Idioma por defecto de las páginas del paciente</translation>
    </message>
    <message>
        <source>The handout options start with this language for the patient pages.</source>
        <translation>Las opciones de la hoja empiezan con este idioma para las páginas del paciente.</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Idioma de la &amp;ventana</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The language of the menus, the form and the patient view. It changes the next time her2aid starts; her2aid --language overrides it.</source>
        <translation>El idioma de los menús, del formulario y de la vista del paciente. Cambia la próxima vez que se abre her2aid; her2aid --language tiene prioridad.</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <source>&amp;Remember recently opened cases</source>
        <translation>Recor&amp;dar los casos abiertos recientemente</translation>
    </message>
    <message>
        <source>Remember recently opened cases</source>
        <translation>Recordar los casos abiertos recientemente</translation>
    </message>
    <message>
        <source>Keep a list of recently opened or saved case files under File, Open recent. On a shared computer, a file name may identify a patient.</source>
        <translation>Mantener una lista de los archivos de caso abiertos o guardados hace poco en Archivo &gt; Abrir reciente. En una computadora compartida, el nombre de un archivo puede identificar a un paciente.</translation>
    </message>
    <message>
        <source>Clear the lis&amp;t</source>
        <translation>Vaciar la lis&amp;ta</translation>
    </message>
    <message>
        <source>Clear the recent cases list</source>
        <translation>Vaciar la lista de casos recientes</translation>
    </message>
    <message>
        <source>Forget every recently opened case file now.</source>
        <translation>Olvidar ahora todos los archivos de caso abiertos hace poco.</translation>
    </message>
    <message>
        <source>Clinical thresholds and rules are part of the versioned ruleset and cannot be changed here.</source>
        <translation>Los umbrales y las reglas clínicas forman parte del conjunto de reglas versionado y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmar o cancelar</translation>
    </message>
    <message>
        <source>OK goes ahead with these choices; Cancel closes without changes.</source>
        <translation>Aceptar sigue con estas opciones; Cancelar cierra sin cambios.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <source>Smaller pages (Ctrl+-)</source>
        <translation>Páginas más pequeñas (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show the pages smaller.</source>
        <translation>Mostrar las páginas más pequeñas.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ac&amp;ercar</translation>
    </message>
    <message>
        <source>Larger pages (Ctrl++)</source>
        <translation>Páginas más grandes (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Show the pages larger.</source>
        <translation>Mostrar las páginas más grandes.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>Pages as wide as the window (Ctrl+0)</source>
        <translation>Páginas tan anchas como la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window.</source>
        <translation>Mostrar las páginas tan anchas como la ventana.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close the preview and open the system print dialog to choose a printer.</source>
        <translation>Cerrar la vista previa y abrir el diálogo de impresión del sistema para elegir una impresora.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview without printing.</source>
        <translation>Cerrar la vista previa sin imprimir.</translation>
    </message>
    <message>
        <source>Handout pages</source>
        <translation>Páginas de la hoja</translation>
    </message>
    <message>
        <source>The handout&apos;s pages as they will print; scroll with the arrow and Page Up/Page Down keys.</source>
        <translation>Las páginas de la hoja tal como se imprimirán; desplácese con las flechas y las teclas Page Up/Page Down (Re Pág/Av Pág).</translation>
    </message>
    <message>
        <source>1 page, {paper}</source>
        <extracomment>True once the user chose &quot;Print…&quot; (the caller then opens the print dialog).</extracomment>
        <translation>1 página, {paper}</translation>
    </message>
    <message>
        <source>{count} pages, {paper}</source>
        <translation>{count} páginas, {paper}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Clinician view</source>
        <translation>Vista clínica</translation>
    </message>
    <message>
        <source>Show the summary for clinicians: classification, alerts, next steps, options with evidence, rule trace and references.</source>
        <translation>Mostrar el resumen para el equipo clínico: clasificación, alertas, pasos siguientes, opciones con su evidencia, traza de reglas y referencias.</translation>
    </message>
    <message>
        <source>Pa&amp;tient</source>
        <translation>Pacien&amp;te</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Vista del paciente</translation>
    </message>
    <message>
        <source>Show the plain-language summary for the patient.</source>
        <translation>Mostrar el resumen en lenguaje sencillo para el paciente.</translation>
    </message>
    <message>
        <source>Show r&amp;ule trace</source>
        <translation>Mostrar la tra&amp;za de reglas</translation>
    </message>
    <message>
        <source>Show rule trace</source>
        <translation>Mostrar la traza de reglas</translation>
    </message>
    <message>
        <source>List every rule the classification applied, in order, with its source. Clinician view only.</source>
        <translation>Listar en orden todas las reglas que aplicó la clasificación, con su fuente. Solo en la vista clínica.</translation>
    </message>
    <message>
        <source>The classification of the entered results, updated on every change. Control+Tab moves between its links and Enter follows one; Tab leaves the summary.</source>
        <translation>La clasificación de los resultados ingresados, actualizada con cada cambio. Control+Tab pasa de un enlace a otro y Enter abre uno; Tab sale del resumen.</translation>
    </message>
    <message>
        <source>Entries left out of the summary</source>
        <translation>Datos que quedaron fuera del resumen</translation>
    </message>
    <message>
        <source>The summary could not be made for these inputs because of an internal error. It has been cleared so that no out-of-date summary is shown. Change or undo the last input, or start a new case.</source>
        <translation>No se pudo hacer el resumen con estos datos por un error interno. Se borró para no mostrar un resumen desactualizado. Cambie o deshaga el último dato, o empiece un caso nuevo.</translation>
    </message>
</context>
</TS>
