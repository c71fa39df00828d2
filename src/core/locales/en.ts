/** English texts. Keys are shared with fr.ts, which must translate every one. */
export const en = {
  // Sheet names (at most 31 characters, none of : \ / ? * [ ])
  "sheet.guide": "Guide",
  "sheet.framework": "Framework",
  "sheet.indicators": "Indicators",
  "sheet.actions": "Operational plan",
  "sheet.budget": "Budget",
  "sheet.stakeholders": "Stakeholders",
  "sheet.funding": "Funding sources",
  "sheet.regions": "Regions",
  "sheet.risks": "Risks",
  "sheet.lists": "Lists",
  "sheet.meta": "_NAP",

  // Framework table
  "col.level": "Level",
  "col.code": "Code",
  "col.codeAsPrinted": "Code as printed",
  "col.parent": "Parent",
  "col.pillar": "Pillar",
  "col.name": "Name",
  "col.text": "Text",
  // Indicators table
  "col.indicatorCode": "Indicator code",
  "col.indicator": "Indicator",
  "col.measure": "Measure",
  "col.unit": "Unit",
  "col.direction": "Direction",
  "col.aggregation": "Aggregation",
  "col.disaggregation": "Disaggregation",
  "col.baselineYear": "Baseline year",
  "col.baselineValue": "Baseline value",
  "col.target": "Target {{year}}",
  "col.endTarget": "End-of-plan target",
  "col.actual": "Actual {{year}}",
  "col.verification": "Source of verification",
  "col.frequency": "Frequency",
  "col.responsible": "Responsible",
  "col.sdg": "SDG targets",
  "col.un1325": "UN 1325 global indicators",
  "col.inferred": "Measure inferred",
  "col.comment": "Comment",
  // Actions table
  "col.actionCode": "Action code",
  "col.output": "Output",
  "col.action": "Action",
  "col.lead": "Lead stakeholder",
  "col.partners": "Partners",
  "col.regionsList": "Regions",
  "col.years": "Years",
  "col.status": "Status",
  "col.progress": "Progress (%)",
  "col.total": "Total budget",
  // Budget table
  "col.year": "Year",
  "col.submittedBy": "Submitted by",
  "col.start": "Start",
  "col.end": "End",
  "col.source": "Funding source",
  "col.amount": "Amount planned",
  "col.secured": "Amount secured",
  "col.budgetStatus": "Budget status",
  // Reference tables
  "col.acronym": "Acronym",
  "col.type": "Type",
  "col.committee": "Monitoring Committee member",
  "col.stakeholder": "Stakeholder",
  "col.focalPoint": "Focal point",
  "col.email": "Email",
  // Risks table
  "col.risk": "Risk",
  "col.likelihood": "Likelihood",
  "col.impact": "Impact",
  "col.mitigation": "Mitigation",
  "col.owner": "Owner",
  // Meta
  "col.key": "Key",
  "col.value": "Value",

  // List labels
  "level.pillar": "Pillar",
  "level.objective": "Objective",
  "level.result": "Result",
  "level.output": "Output",
  "level.crosscutting": "Cross-cutting",
  "measure.percent": "Percentage",
  "measure.number": "Number",
  "measure.level": "Level",
  "measure.yesno": "Yes/No",
  "measure.text": "Text",
  "direction.increase": "Increase",
  "direction.decrease": "Decrease",
  "direction.maintain": "Maintain",
  "aggregation.sum": "Sum of years",
  "aggregation.latest": "Latest value",
  "aggregation.average": "Average",
  "aggregation.max": "Highest value",
  "disaggregation.sex": "Sex",
  "disaggregation.region": "Region",
  "disaggregation.age": "Age",
  "frequency.quarterly": "Quarterly",
  "frequency.biannual": "Twice a year",
  "frequency.annual": "Annual",
  "frequency.midterm": "Mid-term",
  "frequency.endline": "End of plan",
  "stakeholderType.ministry": "Ministry",
  "stakeholderType.state": "Other state structure",
  "stakeholderType.parliament": "Parliament",
  "stakeholderType.civil-society": "Civil society",
  "stakeholderType.un": "United Nations",
  "stakeholderType.tfp": "Technical and financial partner",
  "stakeholderType.other": "Other",
  "fundingType.national-budget": "National budget",
  "fundingType.mutual-fund": "Mutual fund",
  "fundingType.partner": "Partner",
  "status.not-started": "Not started",
  "status.in-progress": "In progress",
  "status.completed": "Completed",
  "status.postponed": "Postponed",
  "status.cancelled": "Cancelled",
  "budgetStatus.indicative": "Indicative",
  "budgetStatus.committed": "Committed",
  "rating.low": "Low",
  "rating.medium": "Medium",
  "rating.high": "High",
  yes: "Yes",
  no: "No",
  "crosscutting.coordination": "Leadership and coordination",
  "crosscutting.monitoring": "Monitoring and evaluation",
  "crosscutting.civil-society": "Engagement with civil society",
  "crosscutting.decentralisation": "Decentralisation",
  "crosscutting.communication": "Communication",
  "crosscutting.budget": "Budget",

  // Guide sheet
  "guide.title": "National Action Plan on Resolution 1325: results workbook",
  "guide.plan": "Plan",
  "guide.country": "Country",
  "guide.period": "Period",
  "guide.currency": "Currency",
  "guide.version": "Template version",
  "guide.example":
    "This workbook holds an EXAMPLE operational plan for demonstration: its actions and amounts are fictitious.",
  "guide.workingTranslation":
    "The plan's objectives, results, outputs, indicators and actions are shown here in a working translation of the published text, not an official one: a plan file (nap1325 build --plan) can give the official text. Names (regions, ministries, pillars, funding sources) are their official forms.",
  "guide.workingTranslationMark": "working translation",
  "guide.howTo": "How to use this workbook",
  "guide.step1":
    "Yellow cells are for you to fill in; other cells are written by the template and protected where they must not change.",
  "guide.step2":
    "Indicators: enter the baseline, yearly targets and yearly actuals of each indicator. Percentages are entered as numbers from 0 to 100.",
  "guide.step3":
    'Operational plan: one row per action, under an output of the framework, with its lead stakeholder, partners and regions (codes separated by ";").',
  "guide.step4":
    "Budget: one row per action, year and funding source, with the amount planned and the amount secured, in the plan currency.",
  "guide.step5":
    "Choose codes from the drop-down lists; add stakeholders, funding sources and regions in their sheets first.",
  "guide.step6":
    "Do not rename or move the columns of the tables: the add-in and the TMU read them by their headers.",
  "guide.sheets": "Sheets",
  "guide.sheet.framework":
    "Strategic framework: pillars, objectives, results and outputs, as the plan gives them.",
  "guide.sheet.indicators": "Indicators with baseline, yearly targets and actuals (entry cells).",
  "guide.sheet.actions":
    "Operational plan: priority actions, responsible stakeholders, timeline, status.",
  "guide.sheet.budget": "Costed budget per action, year and funding source.",
  "guide.sheet.stakeholders":
    "Stakeholders: National Monitoring Committee members and other actors.",
  "guide.sheet.funding": "Funding sources: national budget, mutual fund, partners.",
  "guide.sheet.regions": "Regions where actions take place.",
  "guide.sheet.risks": "Risks and their mitigation.",
  "guide.sheet.lists": "Lists that feed the drop-down menus.",
  "guide.legend.entry": "Entry cell",
  "guide.legend.computed": "Computed cell (formula)",

  // Errors and messages (CLI, task pane)
  "error.unknownOption": "unknown option {{option}}",
  "error.missingValue": "option {{option}} needs a value",
  "error.unknownCommand": 'unknown command "{{command}}"; try "nap1325 help"',
  "error.badLang": 'language must be "en" or "fr", not "{{value}}"',
  "error.readFile": "cannot read {{file}}: {{reason}}",
  "error.notJson": "{{file}} is not valid JSON: {{reason}}",
  "error.invalidPlan": "{{file}}: {{reason}}",
  "error.writeFile": "cannot write {{file}}: {{reason}}",
  "error.outIsInput":
    "cannot write {{file}}: it is one of the input files ({{input}}); nothing was written, give another file name",
  "error.badDate": 'option {{option}} takes a date as YYYY-MM-DD or DD/MM/YYYY, not "{{value}}"',
  "error.badNow": 'option --now takes a date and time as YYYY-MM-DDTHH:MM:SSZ, not "{{value}}"',
  "error.badYear": 'option {{option}} takes a year from {{start}} to {{end}}, not "{{value}}"',
  "error.badName":
    "option {{option}} takes a name of at most {{max}} characters, without control characters",
  "error.notWorkbook": "{{file}} is not an .xlsx workbook",
  "error.notNapWorkbook":
    "this is not a NAP 1325 workbook (no valid template version stamp in a {{sheet}} sheet): use a workbook written by nap1325 build or the add-in",
  "error.missingTable": 'the table {{table}} (sheet "{{sheet}}") is missing',
  "error.missingColumn":
    'the table {{table}} has no column "{{column}}" (it may have been renamed or deleted)',
  "error.duplicateColumn": 'the table {{table}} has the column "{{column}}" twice',
  "error.wouldChange": "{{cell}}: {{before}} would become {{after}}",
  "error.planValue": "{{cell}}: {{message}}",
  "error.atMost": "must be at most {{limit}}",
  "error.atLeast": "must be at least {{limit}}",
  "error.belowFixedTable":
    "{{cell}} is typed below a table whose rows the plan fixes: it would be dropped. Move it into the table or clear it.",
  "error.outsideCell_one":
    "{{cell}} ({{value}}) is outside the template's tables: a rewrite would drop it. Move it into a table (a Notes column) or onto a workbook of your own.",
  "error.outsideCell":
    "{{cell}} ({{value}}…) are outside the template's tables: a rewrite would drop them. Move them into a table (a Notes column) or onto a workbook of your own.",
  "error.outsideNote_one":
    "{{cell}} has a comment outside the template's tables: a rewrite would drop it. Move it onto a cell of a table.",
  "error.outsideNote":
    "{{cell}} have comments outside the template's tables: a rewrite would drop them. Move them onto cells of a table.",
  "error.outsideLink_one":
    "{{cell}} has a hyperlink outside the template's tables: a rewrite would drop it. Move it onto a cell of a table.",
  "error.outsideLink":
    "{{cell}} have hyperlinks outside the template's tables: a rewrite would drop them. Move them onto cells of a table.",
  "error.ownName":
    "the defined name {{name}} is not the template's: a rewrite would drop it. Delete it or keep it in a workbook of your own.",
  "error.ownTable":
    "the table {{name}} on {{sheet}} is not the template's: a rewrite would drop it. Move it to a workbook of your own.",
  "error.unplaced":
    "{{cell}}: its {{what}} could not be placed on the rewritten row: nothing was written.",
  "word.note": "comment",
  "word.link": "hyperlink",
  "check.computedMissing":
    "{{cell}}: the computed column {{column}} has no formula in this row; the summaries count the row without it. Refresh the workbook (or copy the formula down).",
  "check.computedTypedOver":
    "{{cell}}: a value is typed over the computed column {{column}}; the summaries count the typed value. Clear it to get the formula back, or keep it on purpose.",
  "check.takenIn_one":
    "{{cell}}: a row typed just below the table (row {{first}}) is outside it; the next refresh takes it into the table.",
  "check.takenIn":
    "{{cell}}: {{count}} rows typed just below the table (rows {{first}}–{{last}}) are outside it; the next refresh takes them into the table.",
  "error.ambiguousNumber":
    '{{cell}}: "{{value}}" can be read as two numbers (a thousands separator or a decimal one): type the number without separators, e.g. 1500 or 1.5',
  "error.nothingWritten": "{{what}}; nothing was written",
  "error.notNumber": '{{cell}}: "{{value}}" is not a number',
  "error.excelError": "{{cell}}: the cell holds the Excel error {{value}}",
  "error.unknownLabel": '{{cell}}: "{{value}}" is not one of the list values',
  "error.newerTemplate":
    "made with a newer version of the add-in (template {{found}}); this version reads up to {{known}}: update the add-in",
  "msg.built":
    "Wrote {{file}}: {{sheets}} sheets, {{indicators}} indicators, {{actions}} actions ({{ms}} ms).",

  // costing
  "col.unitCost": "Unit cost",
  "col.quantity": "Quantity",
  "col.times": "Times a year",
  "col.cost": "Cost (unit × quantity × times)",
  // task pane
  "pane.import.title": "Import focal points’ workbooks",
  "pane.import.year": "Reporting year",
  "pane.import.deadline": "Deadline (YYYY-MM-DD, optional)",
  "pane.import.check": "Check the files (nothing is written)",
  "pane.import.confirm": "Import into this workbook",
  "pane.import.reading": "Reading file {{n}} of {{total}}…",
  "pane.import.writing": "Importing into the workbook…",
  "pane.busy":
    "Another action is still writing to the workbook: wait for it to finish, then try again.",
  "pane.iati": "Export for donors (IATI 2.03 XML)",
  "pane.iatiReady": "The IATI file is ready.",
  "pane.download": "Download {{file}}",
  "pane.check": "Check the workbook",
  "pane.checking": "Checking every entry…",
  "pane.checked":
    "{{errors}} and {{warnings}}, also listed in the sheet “{{sheet}}”. Select one to go to its cell.",
  "pane.findings": "Findings",
  "pane.blankObjective": "(objective to be written)",
  "pane.blankTitle": "National Action Plan on Resolution 1325",
  "pillar.participation": "Participation",
  "pillar.prevention": "Prevention",
  "pillar.protection": "Protection",
  "pillar.relief": "Relief and Recovery",
  "integrity.altered-formula":
    "{{where}}: the computed cell {{detail}} holds a changed formula (only values are read; formulas are never copied)",
  "integrity.duplicate-row": "{{where}}: the same row twice, {{detail}}",
  "integrity.extra-sheet": "a sheet outside the template: {{where}}",
  "integrity.extra-column": "{{where}}: a column outside the template: {{detail}}",
  "integrity.external-link": "the workbook links to other workbooks (their values are not read)",
  "pane.title": "NAP 1325 results workbook",
  "pane.intro":
    "Write the plan’s results framework into this workbook. A workbook that already holds it is updated in place: every entry is kept.",
  "pane.plan": "Plan",
  "pane.plan.mali": "Mali — third NAP 2019-2023",
  "pane.plan.example": "Mali 2019-2023 with an example operational plan (fictitious)",
  "pane.plan.blank": "A blank plan",
  "pane.start": "First year",
  "pane.end": "Last year",
  "pane.language": "Language of the workbook",
  "pane.lang.fr": "Français",
  "pane.lang.en": "English",
  "pane.create": "Create or update the workbook",
  "pane.working": "Writing the workbook…",
  "pane.created":
    "Workbook created: {{sheets}} sheets, {{rows}} table rows, {{indicators}} indicators.",
  "pane.upgraded":
    "Workbook updated in place, every entry kept: {{sheets}} sheets, {{rows}} table rows, {{indicators}} indicators.",
  "pane.skipped": "This version of Excel lacks some features; left out: {{features}}.",
  "pane.feature.validation": "drop-down lists and checks in cells",
  "pane.feature.freeze": "frozen headers",
  "pane.feature.tabColor": "sheet tab colours",
  "pane.feature.suspendCalculation": "pausing calculation while writing",
  "pane.feature.suspendScreen": "pausing screen updates while writing",
  "pane.feature.print": "print settings",
  // the Lists sheet: each list's title
  "listTitle.frameworkLevel": "Framework level",
  "listTitle.indicatorLevel": "Indicator level",
  "listTitle.measure": "Measure",
  "listTitle.direction": "Direction",
  "listTitle.aggregation": "Aggregation",
  "listTitle.frequency": "Frequency",
  "listTitle.stakeholderType": "Stakeholder type",
  "listTitle.fundingType": "Funding type",
  "listTitle.status": "Action status",
  "listTitle.budgetStatus": "Budget status",
  "listTitle.rating": "Rating",
  "listTitle.yesno": "Yes/no",
  "listTitle.crosscutting": "Cross-cutting",
  "listTitle.outcome": "Outcome",
  "listTitle.decision": "Decision",
  "listTitle.mergeTable": "Table",
  "listTitle.pillars": "Pillars",
  "listTitle.outputs": "Outputs",
  "listTitle.years": "Years",
  "listTitle.yesnoValues": "Yes/no values",
  "listTitle.levels": "Levels",
  "pane.error.title": "The workbook was not written",
  "pane.error.not-supported":
    "This version of Excel is too old for the add-in (it needs Excel 2016 with updates, Excel 2019 or later, or Excel on the web). Nothing was changed.",
  "pane.error.protected":
    "A sheet of the workbook is protected with a password. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.",
  "pane.error.too-large":
    "The plan is too large to send to Excel in one piece. Nothing was changed.",
  "pane.error.upgrade-blocked":
    "Some cells hold values the workbook cannot keep through an update; correct them first: {{cells}}",
  "pane.error.not-nap-workbook":
    "This workbook holds tables that are not those of a NAP 1325 workbook. Nothing was changed.",
  "pane.error.invalid-plan": "The plan in this workbook is incomplete: {{details}}",
  "pane.error.unknown":
    "Something went wrong while writing the workbook. Nothing was lost; try again, and if it happens again send the details below to the TMU.",
  "pane.error.changed-meanwhile":
    "Someone changed the workbook while the add-in was preparing to write ({{cells}}). Nothing was written: run it again to take their change into account.",
  "pane.error.write-restored":
    "Excel stopped part way through the write (the network, or a co-author). The tables were put back as they were; titles and formats come back when you run it again.",
  "pane.error.write-half-done":
    "Excel stopped part way through the write and the tables could not be put back. Your previous tables are kept on the hidden sheet {{backup}}: run the action again to finish, or ask the TMU to restore them from that sheet.",
  "pane.error.busy": "Another action is still running: wait for it to finish.",
  "pane.error.details": "Details: {{details}}",
  "pane.badYears": "The last year must be the first year or after it (between 1990 and 2100).",
  // task pane: what a write leaves out or refuses
  "pane.feature.conditionalFormats": "impossible entries marked in red",
  "pane.feature.charts": "charts on the summary sheets",
  "pane.import.choose": "Choose workbooks (.xlsx)…",
  "pane.import.files": "Workbooks (.xlsx)",
  "pane.import.chosen": "Workbooks chosen: {{count}}",
  "pane.error.names-taken":
    "This workbook already has sheets, tables or names that the NAP template uses: {{names}}. Open the add-in in a new blank workbook, or rename them. Nothing was changed.",
  "pane.addedColumn":
    "the column “{{column}}” added to the table {{table}} (move it to a sheet of your own)",
  // validation
  "v.percent": "{{value}} is not a percentage: enter a number from 0 to 100",
  "v.count": "{{value}} is not a count: enter a whole number, 0 or more",
  "v.level": "{{value}} is not on the plan’s level scale: use one of {{scale}}",
  "v.yesno": "{{value}} is not a yes/no value: enter Yes, No, Oui, Non, 1 or 0",
  "v.baselineAfterPeriod":
    "the baseline year {{year}} is after the plan ends ({{end}}): the baseline comes before the plan",
  "v.baselineAfterActual":
    "the baseline year {{baseline}} comes after the first actual ({{first}}): the baseline must come first",
  "v.endTarget":
    "the end-of-plan target {{value}} does not agree with the yearly targets ({{aggregation}}: {{expected}})",
  "v.duplicate": "the code {{code}} is used more than once in {{table}}: each code must be unique",
  "v.unknownParent": "{{what}} {{code}} does not exist in {{table}}: choose an existing one",
  "v.unknownReference":
    '"{{code}}" is not in {{list}}: add it there first, or choose one from the list',
  "v.negative": "{{value}} is negative: amounts are 0 or more",
  "v.targetDirection":
    "the end-of-plan target {{target}} is not beyond the baseline {{baseline}} for an indicator to {{direction}}: progress reads it as a level to hold; check the direction or the target",
  "v.securedIndicative":
    "{{secured}} is secured on a line still marked indicative: mark the line committed, or clear the amount secured",
  "v.securedAbove":
    "the amount secured ({{secured}}) is more than the amount planned ({{planned}})",
  "v.total":
    "the total {{total}} is not the sum of the action’s budget lines ({{sum}}): do not type over the total",
  "v.cost": "unit cost × quantity × times gives {{cost}}, not the amount planned {{amount}}",
  "v.completedProgress": "a completed action should be at 100% progress, not {{value}}",
  "v.notStartedProgress": "an action not started should be at 0% progress, not {{value}}",
  "v.outlierZ":
    "{{value}} is far from this indicator’s other years (z = {{z}}): check it, or explain it in the Comment column",
  "v.outlierRange":
    "{{value}} is outside the usual range of this indicator’s other years ({{min}} to {{max}}): check it, or explain it in the Comment column",
  "v.summary": "{{errors}}, {{warnings}} ({{acknowledged}})",
  "v.none": "No problem found.",
  // issue 17: counts of findings with their plural (never "1 errors")
  "v.errorCount_one": "{{count}} error",
  "v.errorCount": "{{count}} errors",
  "v.warningCount_one": "{{count}} warning",
  "v.warningCount": "{{count}} warnings",
  "v.acknowledgedCount_one": "{{count}} acknowledged",
  "v.acknowledgedCount": "{{count}} acknowledged",
  // issue 17: counts with their plural inside longer messages (i18next nesting), never "1 files read"
  "n.blanksFilled_one": "{{count}} blank filled",
  "n.blanksFilled": "{{count}} blanks filled",
  "n.filesRead_one": "{{count}} file read",
  "n.filesRead": "{{count}} files read",
  "n.newConflicts_one": "{{count}} new conflict",
  "n.newConflicts": "{{count}} new conflicts",
  "n.ownActions_one": "{{count}} own action",
  "n.ownActions": "{{count}} own actions",
  "n.ownIndicators_one": "{{count}} own indicator",
  "n.ownIndicators": "{{count}} own indicators",
  "n.othersActions_one": "{{count}} other's action",
  "n.othersActions": "{{count}} others' actions",
  "n.othersIndicators_one": "{{count}} other's indicator",
  "n.othersIndicators": "{{count}} others' indicators",
  "n.added_one": "{{count}} added",
  "n.added": "{{count}} added",
  "n.unchanged_one": "{{count}} unchanged",
  "n.unchanged": "{{count}} unchanged",
  "n.ignored_one": "{{count}} left alone",
  "n.ignored": "{{count}} left alone",
  "n.refused_one": "{{count}} refused",
  "n.refused": "{{count}} refused",
  "v.acknowledged": "(acknowledged)",
  "v.reportWritten": "Report written to {{file}}.",
  "sheet.report": "Validation report",
  "col.severity": "Severity",
  "col.rule": "Rule",
  "col.cell": "Cell",
  "col.message": "Message",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "v.ambiguousNumber":
    '"{{value}}" can be read as two numbers (thousands or decimals): enter digits only, such as 1500 or 1.5',
  "v.notNumber": '"{{value}}" is not a number: enter digits only, such as 12.5 (no words or units)',
  "v.excelError":
    "the cell holds the Excel error {{value}}: enter the value itself, or correct the formula it comes from",
  "v.unknownLabel": '"{{value}}" is not in the list: choose one of {{labels}}',
  "v.belowFixedTable":
    'typed below a table whose rows the plan fixes ("{{value}}"): a rewrite would drop it; move it into the table or clear it',
  "v.outsidePeriod":
    "{{year}} is not a year of the plan’s period: enter a year from {{start}} to {{end}}",
  "v.unknownArea": '"{{code}}" is not a cross-cutting area: use one of {{areas}}',
  "v.reportIsInput":
    "--report {{file}} is the file checked: the check never changes it; give another file name",
  "v.usage": "usage: nap1325 validate FILE.xlsx [--json] [--lang en|fr] [--report OUT.xlsx]",
  // iati
  "iati.noReporter":
    "no ministry among the stakeholders to report the activity: add the lead ministry to the Stakeholders sheet",
  "iati.noBudget": "action {{code}} has no budget line: it appears in no IATI budget",
  "iati.outsidePeriod":
    "action {{code}} has a budget line for {{year}}, outside the plan’s period {{start}}-{{end}}: correct the year",
  "iati.unknownRef": "{{where}}: {{column}} “{{ref}}” is unknown: correct it before exporting",
  "iati.sourceWithoutOrg":
    "funding source {{code}} ({{name}}) names no stakeholder: it is reported as a funding organisation by its name, without an organisation reference",
  "iati.noSector":
    "pillar {{code}} ({{name}}) matches none of the WPS pillars (participation, prevention, protection, relief and recovery): it is reported under DAC sector 15220 (civilian peace-building, conflict prevention and resolution)",
  "iati.noIndicator":
    "{{count}} framework entries have no indicator and are left out of the IATI results (a result needs one): {{codes}}",
  "iati.example":
    "the plan carries the fictitious example operational plan: do not publish this file",
  // issue 14.6 / 18.3, IATI results from tblValues (iatires helper)
  "iati.evidenceTitle": "Evidence for indicator {{code}}, {{period}}",
  "iati.evidenceNotLink":
    "{{count}} values’ evidence is not a web address and is not linked in the IATI file (a document link needs one); it stays in the workbook",
  "iati.evidenceNotLink_one":
    "{{count}} value’s evidence is not a web address and is not linked in the IATI file (a document link needs one); it stays in the workbook",
  "iati.valuesLeftOut":
    "{{count}} rows of the Values sheet name no indicator of the plan or a year outside its period and are left out of the IATI results (the full check names their cells)",
  "iati.valuesLeftOut_one":
    "{{count}} row of the Values sheet names no indicator of the plan or a year outside its period and is left out of the IATI results (the full check names its cell)",
  "iati.wrote":
    "Wrote {{file}}: {{activities}} activities, {{budgets}} budgets, total {{total}} {{currency}}.",
  "iati.refused": "No IATI file written: {{count}} errors to correct first.",
  "iati.refused_one": "No IATI file written: {{count}} error to correct first.",
  // issue 18, IATI organisation identifiers and transactions (iati helper)
  "col.iatiRef": "IATI organisation identifier",
  "iati.noReporterRef":
    "the reporting organisation {{code}} has no IATI organisation identifier, which IATI requires of the reporter: enter it in the Stakeholders sheet, column “{{column}}” (for a Mali ministry, ML-COA- and its code in the budget’s administrative classification)",
  "iati.badOrgRef":
    "stakeholder {{code}}: {{column}} “{{ref}}” is not an organisation identifier (a registration agency’s prefix such as ML-COA or XM-DAC, a hyphen, the identifier it gives, no space): correct it or clear it",
  "iati.orgWithoutRef":
    "{{count}} organisations have no IATI organisation identifier and are named without one: {{codes}} (enter the identifier in the Stakeholders sheet, column “{{column}}”, where the organisation has one)",
  "iati.orgWithoutRef_one":
    "{{count}} organisation has no IATI organisation identifier and is named without one: {{codes}} (enter the identifier in the Stakeholders sheet, column “{{column}}”, where the organisation has one)",
  "iati.txSecured": "Amount secured for {{year}} in the plan’s budget lines",
  "v.orgId":
    "“{{value}}” is not an IATI organisation identifier: a registration agency’s prefix (ML-COA, XM-DAC...), a hyphen and the identifier it gives, without spaces nor / & | ?; leave the cell empty when the organisation has none",
  // donor (issue 18): IATI organisation types (codelist OrganisationType, labels as the IATI codelist gives them).
  "col.iatiType": "IATI organisation type",
  "listTitle.iatiOrgType": "IATI organisation type",
  "iatiOrgType.10": "10 Government",
  "iatiOrgType.11": "11 Local Government",
  "iatiOrgType.15": "15 Other Public Sector",
  "iatiOrgType.21": "21 International NGO",
  "iatiOrgType.22": "22 National NGO",
  "iatiOrgType.23": "23 Regional NGO",
  "iatiOrgType.24": "24 Partner Country based NGO",
  "iatiOrgType.30": "30 Public Private Partnership",
  "iatiOrgType.40": "40 Multilateral",
  "iatiOrgType.60": "60 Foundation",
  "iatiOrgType.70": "70 Private Sector",
  "iatiOrgType.71": "71 Private Sector in Provider Country",
  "iatiOrgType.72": "72 Private Sector in Aid Recipient Country",
  "iatiOrgType.73": "73 Private Sector in Third Country",
  "iatiOrgType.80": "80 Academic, Training and Research",
  "iatiOrgType.90": "90 Other",
  "iati.orgWithoutType":
    "{{count}} organisations have no IATI organisation type and are named without one: {{codes}} (choose it in the Stakeholders sheet, column “{{column}}”)",
  "iati.orgWithoutType_one":
    "{{count}} organisation has no IATI organisation type and is named without one: {{codes}} (choose it in the Stakeholders sheet, column “{{column}}”)",
  // donorprint (issue 18): the partner page (one funding partner on one printed page).
  "sheet.partnerPage": "Partner page",
  "guide.sheet.partnerPage":
    "One funding partner on one printed page: choose it in cell B4; planned, committed, secured, disbursed, spent and gap by year, in the plan currency and the donor’s.",
  "partner.title": "Funding partner: its money against the plan, by year",
  "partner.note":
    "Choose the funding partner in cell B5 (the codes of the Funding sources sheet). Every figure is an Excel formula over the Budget sheet: this partner’s budget lines by year, in the plan currency and, where the Donor summary gives an exchange rate, in the donor’s currency. The page prints on one sheet of paper, from the partner’s name down; this note is not printed.",
  "partner.chooser": "Funding partner (code)",
  "partner.chooserPrompt": "Choose a funding source’s code: the page shows its budget lines.",
  "partner.chooserError": "Choose a code of the Funding sources sheet.",
  "partner.currency": "Donor currency",
  "partner.inPlanCurrency": "In the plan currency",
  "partner.inDonorCurrency": "In the donor’s currency",
  // donor (issue 18): the Donor summary per funding partner and year, its "as of" date and reporting completeness.
  "donor.byPartner": "By funding partner and year",
  "donor.gapAll": "Gap (planned − secured)",
  "donor.fundableGap": "Fundable gap (open actions)",
  "donor.plannedIn": "Planned ({{currency}})",
  "donor.committedIn": "Committed ({{currency}})",
  "donor.securedIn": "Secured ({{currency}})",
  "donor.disbursedIn": "Disbursed ({{currency}})",
  "donor.spentIn": "Spent ({{currency}})",
  "donor.gapIn": "Gap ({{currency}})",
  "donor.fundableGapIn": "Fundable gap ({{currency}})",
  "donor.partnerNote":
    "By funding partner and year: each budget line counts for its funding source and year. Gap: planned minus secured over every line. Fundable gap: planned minus secured over the lines of actions neither completed nor cancelled, the money still worth finding.",
  "donor.asOf": "Data as of {{date}}: {{source}}.",
  "donor.asOf.changes": "the latest entry of the change log",
  "donor.asOf.imports": "the latest import of a focal point’s workbook",
  "donor.asOf.submissions": "the latest submission by a focal point",
  "donor.asOf.none": "Data as of: no change, import or submission is recorded yet.",
  "donor.completeness":
    "Reporting completeness {{year}}: {{submitted}} of {{expected}} focal points submitted ({{rate}}).",
  "donor.completeness.none": "Reporting completeness: no focal point is expected to report.",
  // summaries
  "chart.completion": "Completion rate by pillar",
  "chart.share": "Share of the NAP budget by stakeholder",
  "chart.gap": "Funding gap by source",
  "sheet.donor": "Donor summary",
  "donor.title": "Costed budget for technical and financial partners",
  "donor.byPillar": "By pillar",
  "donor.bySource": "By funding source",
  "donor.byOutput": "By output",
  "donor.rate":
    "Exchange rate for donors (units of the plan currency for one unit of the donor currency)",
  "donor.rateNote":
    "Committed amounts are budget lines marked committed; the rest is indicative. Amounts are in the plan currency; fill in the exchange rate to see them in a donor’s currency (refresh to add the column).",
  "sum.inCurrency": "Amount planned ({{currency}})",
  "col.currency": "Currency",
  "col.rate": "Rate",
  "col.rateDate": "Rate date",
  "guide.sheet.donor":
    "The costed budget for donors, by pillar, funding source and output, ready to print or save as PDF.",
  "msg.refreshed": "Refreshed {{file}} ({{ms}} ms).",
  "sheet.sumPillars": "By pillar",
  "sheet.sumStakeholders": "By stakeholder",
  "sheet.sumFunding": "By funding source",
  "sheet.sumYears": "By year",
  "sheet.sumRegions": "By region",
  "sheet.sumIndicators": "Indicator progress",
  "sheet.completeness": "Completeness",
  "sum.pillars.title": "Summary by pillar",
  "sum.stakeholders.title": "Summary by stakeholder",
  "sum.funding.title": "Summary by funding source",
  "sum.years.title": "Summary by year",
  "sum.regions.title": "Summary by region",
  "sum.indicators.title": "Indicator progress",
  "sum.completeness.title":
    "Completeness of reporting by the National Monitoring Committee members",
  "sum.planned": "Actions planned",
  "sum.completionRate": "Completion rate",
  "sum.budget": "Budget",
  "sum.share": "Share of total",
  "sum.budgetLed": "Budget of actions led",
  "sum.shareOfNap": "Share of the NAP budget",
  "sum.actionsLed": "Actions led",
  "sum.actionsPartner": "Actions as partner",
  "sum.gap": "Funding gap",
  "sum.actions": "Actions",
  "sum.budgetRegion": "Budget of actions in the region",
  "sum.latestYear": "Latest year",
  "sum.latestActual": "Latest actual",
  "sum.actualToDate": "Actual compared",
  "sum.target": "Target",
  "sum.yearTarget": "Target for that year",
  "sum.progress": "Progress toward target",
  "sum.onTime": "On time",
  "sum.late": "Late",
  "sum.yearHeader": "{{year}}",
  "sum.reportingRate": "Reporting rate",
  "sum.onTimeRate": "On-time rate",
  "sum.outsidePeriod": "Lines of years outside the plan period (not in the years above)",
  "sum.total": "Total",
  "sum.note": "Computed by Excel formulas from the entry sheets: do not type here.",
  "sum.chartsNote":
    "Charts: the add-in draws them in Excel when it refreshes the summaries. Files written by the command line carry none: the file library cannot write charts.",
  "sum.regionNote":
    "An action in several regions counts in each: region budgets can add up to more than the total.",
  "progress.onTrack": "On track",
  "progress.offTrack": "Off track",
  "progress.noData": "No data",
  "progress.toCheck": "To check",
  "sum.toCheck": "Entries to check",
  "sum.gapClosed": "Gap, closed actions",
  "sum.gapNote":
    "Funding gap: planned minus secured in the budget lines of actions still open. The lines of cancelled and completed actions are left out of it and shown apart (Gap, closed actions).",
  "sum.toCheckNote":
    'Entries to check: how many of the indicator\'s value cells are wrong for its measure (a percentage above 100, a yes/no that is neither yes nor no, a level off the scale...). The status then says "To check" instead of a status those figures cannot support.',
  "guide.entries": "Entering values",
  "guide.entries.yesno": "Yes/no indicators: type Oui or Non, Yes or No (any case), or 1 or 0.",
  "guide.entries.level":
    "Level indicators: type the level's number or its name, in French or English — {{scale}}.",
  "guide.entries.text":
    "Text indicators hold text. What you type stays as typed; the summaries read labels as their numbers.",
  "guide.definitions": "Definitions",
  "guide.def.progress":
    "Progress: how far the indicator has moved from its baseline toward its target — 0% at the baseline, 100% at the target, negative when it moved away from the target.",
  "guide.def.aggregation":
    'Actual compared with the target: a "sum of years" indicator adds up its years\' actuals (12 + 9 + 14 = 35 initiatives against 85: 41.2%), "latest value" takes the latest actual, "highest value" the highest, "average" their mean; the target is the end-of-plan target, else the yearly targets added up the same way.',
  "guide.def.onTrack":
    "On track: the latest actual reaches at least 85% of the target typed for its year (at most 115% for a decrease, within 5% to maintain); without a target for that year, progress keeps pace with the share of the plan period elapsed; an indicator that lost ground is off track.",
  "guide.def.completion":
    "Completion rate: completed actions over the actions still planned — cancelled actions left out, postponed ones counted as planned, actions without a status in neither.",
  "guide.def.gap":
    "Funding gap: planned minus secured in the budget lines of actions still open; the lines of cancelled and completed actions are shown apart.",
  "guide.def.toCheck":
    'To check: an indicator with a value wrong for its measure shows "To check" and how many entries, instead of a status.',
  "col.onTime": "On time",
  "guide.sheet.sumPillars":
    "Actions by status, completion rate, budget and indicators on or off track, per pillar.",
  "guide.sheet.sumStakeholders":
    "Budget and share of the NAP budget per lead stakeholder (the plan’s budget indicator), actions led and as partner.",
  "guide.sheet.sumFunding": "Planned, secured and funding gap per funding source.",
  "guide.sheet.sumYears": "Budget, secured amounts and actions per year.",
  "guide.sheet.sumRegions": "Actions and their budget per region.",
  "guide.sheet.sumIndicators":
    "Baseline, latest actual, target, progress and status of every indicator.",
  "guide.sheet.completeness": "Which Monitoring Committee members reported each year, and on time.",
  // consolidation
  "refuse.empty": "{{file}} is empty",
  "refuse.too-large": "{{file}} is too large to be a focal point's workbook ({{detail}})",
  "refuse.encrypted": "{{file}} is password-protected: ask the focal point for an unprotected copy",
  "refuse.legacy-xls": "{{file}} is an old .xls file: save it as .xlsx in Excel first",
  "refuse.not-xlsx": "{{file}} is not an .xlsx workbook",
  "refuse.macros": "{{file}} carries macros: it is refused; save it as a plain .xlsx workbook",
  "refuse.zip-bomb": "{{file}} would expand to far more than its size ({{detail}}): refused",
  "refuse.not-spreadsheet": "{{file}} is a zip package but not an Excel workbook",
  "refuse.damaged":
    "{{file}} is a damaged .xlsx file ({{detail}}): open it in Excel and save it again",
  "refuse.unsafe-name": "{{file}} holds a part with an unsafe name ({{detail}}): refused",
  "refuse.too-many-parts":
    "{{file}} holds far more parts than a workbook needs ({{detail}}): refused",
  "refuse.xml-dtd":
    "{{file}} declares an XML document type, which no workbook needs ({{detail}}): refused",
  "refuse.too-big": "{{file}} is larger than a NAP workbook can be ({{detail}}): refused",
  "consolidate.file":
    '{{file}} ({{focalPoint}}): {{added}} added, $t(n.blanksFilled, {"count": {{filled}} }), {{unchanged}} unchanged, {{conflicts}} in conflict, {{ignored}} left alone',
  "consolidate.otherPlan":
    "a workbook of another plan ({{title}}, {{period}}), not of {{national}} ({{nationalPeriod}})",
  "consolidate.notMergeable": "cannot be merged with the others: {{reason}}",
  "consolidate.change":
    "{{file}} ({{who}}): {{table}} {{key}}, {{column}}: {{before}} → {{after}} ({{why}})",
  "consolidate.why.added": "a new row",
  "consolidate.why.filled": "a blank filled",
  "consolidate.why.owner": "its owner's update",
  "consolidate.notTaken":
    "{{file}} ({{who}}): {{table}} {{key}}, {{column}}: {{before}} → {{after}} not taken: {{reason}}",
  "consolidate.rowNotTaken": "{{file}} ({{who}}): {{table}} {{key}} not taken: {{reason}}",
  "consolidate.reason.conflict": "conflict {{id}} for the TMU (the row is {{owner}}'s)",
  "consolidate.reason.conflictNoOwner": "conflict {{id}} for the TMU (no one owns this value)",
  "consolidate.reason.unknown-indicator": "the indicator is not in the national framework",
  "consolidate.reason.unknown-action": "its action is not in the plan",
  "consolidate.blank": "(blank)",
  "consolidate.nothingTaken":
    "Nothing could be taken: no value would change and nothing goes to the TMU.",
  "consolidate.settleWaiting":
    "conflict {{id}} has an accepted proposal but {{pending}} still pending: mark it Accept or Reject",
  "consolidate.settleNotLanded.required-missing":
    "conflict {{id}} ({{table}} {{key}}) is not settled: the new row also needs {{detail}} accepted",
  "consolidate.settleNotLanded.action-missing":
    "conflict {{id}} ({{table}} {{key}}) is not settled: its action {{detail}} is not in the plan (settle the action first)",
  "consolidate.settleNotLanded.refused-by-plan":
    "conflict {{id}} ({{table}} {{key}}) is not settled: the plan refuses the row ({{detail}})",
  "consolidate.settleReversed": "{{count}} owners' updates undone: {{ids}}",
  "rollForward.outside":
    "cannot roll forward from {{from}}: the plan runs {{start}} to {{last}} as a year to roll forward from (its next year must be in the plan's period)",
  "consolidate.refused": "{{file}}: refused: {{reason}}",
  "consolidate.findings": "{{file}}: {{errors}}, {{warnings}}",
  "consolidate.summary":
    '$t(n.filesRead, {"count": {{files}} }), {{refused}} refused; $t(n.newConflicts, {"count": {{conflicts}} }) for the TMU to settle',
  "consolidate.dryRun":
    "Dry run: nothing was written. Run again without --dry-run to write {{out}}.",
  "consolidate.wrote": "Wrote {{out}}.",
  "consolidate.completeness_one":
    "Year {{year}}: {{submitted}} of {{expected}} expected focal points submitted ({{rate}}%), {{onTime}} on time ({{onTimeRate}}%)",
  "consolidate.completeness":
    "Year {{year}}: {{submitted}} of {{expected}} expected focal points submitted ({{rate}}%), {{onTime}} on time ({{onTimeRate}}%)",
  "consolidate.missing": "Not submitted: {{codes}}",
  "consolidate.late": "Late: {{codes}}",
  "consolidate.notNational": "the national workbook {{file}} cannot be read: {{reason}}",
  "consolidate.extraContent":
    "{{file}} holds content outside the template ({{what}}); it would not be carried over, so nothing was written",
  "consolidate.unknownIndicator": "indicator {{code}} is not in the national framework",
  "consolidate.settleTwo": "conflict {{id}} has more than one accepted proposal: accept one only",
  "consolidate.rolled": "Rolled forward to {{year}}: {{count}} unfinished actions carried",
  "sheet.imports": "Import log",
  "sheet.conflicts": "Conflicts",
  "sheet.submissions": "Submissions",
  "col.origin": "Origin",
  "col.importedAt": "Imported at",
  "col.file": "File",
  "col.table": "Table",
  "col.column": "Column",
  "col.outcome": "Outcome",
  "col.conflictId": "Conflict",
  "col.current": "National value",
  "col.proposed": "Proposed value",
  "col.decision": "Decision",
  "col.settledBy": "Settled by",
  "col.settledAt": "Settled on",
  "col.submittedAt": "Submitted on",
  "col.deadline": "Deadline",
  "outcome.added": "Added",
  "outcome.filled": "Filled a blank",
  "outcome.unchanged": "Unchanged",
  "outcome.conflict": "Conflict",
  "outcome.settled": "Settled",
  "decision.pending": "Pending",
  "decision.accept": "Accept",
  "decision.reject": "Reject",
  "mergeTable.actions": "Operational plan",
  "mergeTable.budget": "Budget",
  "mergeTable.indicators": "Indicators",
  "mergeTable.stakeholders": "Stakeholders",
  "mergeTable.funding": "Funding sources",
  "mergeTable.regions": "Regions",
  "guide.sheet.imports":
    "Every value imported from focal points' workbooks: file, focal point, date, and what became of it.",
  "guide.sheet.conflicts":
    "Values on which sources disagree: the TMU accepts or rejects each proposal; settled ones stay as a record.",
  "guide.sheet.submissions":
    "Which focal points submitted for the year, when, and whether on time.",
  // Issue 15 item 4, the change log (src/core/tables/changes.ts)
  "sheet.changes": "Change log",
  "guide.sheet.changes":
    "Every entry cell the add-in or the command line changed, and each edit the task pane saw: when, who, where, before and after, and why. Read only.",
  "col.changedAt": "When",
  "col.changedBy": "Who",
  "col.sheet": "Sheet",
  "col.before": "Before",
  "col.after": "After",
  "col.why": "Why",
  "changeReason.import": "Import",
  "changeReason.settle": "Settled conflict",
  "changeReason.roll-forward": "Roll-forward",
  "changeReason.upgrade": "Template update",
  "changeReason.refresh-kept": "Refresh",
  "changeReason.edit": "Edit in Excel",
  "changes.tmu": "TMU",
  // custom functions
  "cf.range.amounts": "amounts",
  "cf.range.categories": "categories",
  "cf.range.planned": "planned",
  "cf.range.secured": "secured",
  "cf.range.statuses": "statuses",
  "cf.range.pillars": "pillars",
  "cf.range.numerators": "numerators",
  "cf.range.denominators": "denominators",
  "cf.range.filter": "filter {{n}}",
  "cf.arg.baseline": "baseline",
  "cf.arg.actual": "actual",
  "cf.arg.target": "target",
  "cf.arg.tolerance": "tolerance",
  "cf.arg.women": "women",
  "cf.arg.total": "total",
  "cf.arg.minimum": "minimum",
  "cf.cell": "cell {{n}}",
  "cf.policy.standard": "standard",
  "cf.policy.include-cancelled": "include-cancelled",
  "cf.policy.exclude-postponed": "exclude-postponed",
  "cf.policy.include-cancelled-exclude-postponed": "include-cancelled-exclude-postponed",
  "cf.err.shape":
    "{{range}} must be a single row or column ({{rows}} rows × {{cols}} columns given)",
  "cf.err.sizes":
    "{{range}} has {{n}} cells but {{first}} has {{m}}: the ranges must be the same size",
  "cf.err.notAmount": "{{range}}, {{cell}}: “{{value}}” is not a number (0 or more)",
  "cf.err.notCount": "{{range}}: “{{value}}” is not a count (a number, 0 or more)",
  "cf.err.notNumber": "{{range}}: “{{value}}” is not a number",
  "cf.err.status": "{{range}}, {{cell}}: “{{value}}” is not an action status ({{list}})",
  "cf.err.policy": "unknown policy “{{value}}” (use {{list}})",
  "cf.err.direction": "unknown direction “{{value}}” (use {{list}})",
  "cf.err.aggregation": "unknown aggregation “{{value}}” (use {{list}})",
  "cf.err.filterValue": "{{range}} is given without a value to keep",
  "cf.err.filterRange": "a value to keep (“{{value}}”) is given for {{range}}, but no range",
  "cf.err.noMatch": "no row matches the filters ({{filters}})",
  "cf.err.zeroTotal": "the total of {{range}} is 0: there is no share to compute",
  "cf.err.noCategory": "no row counted holds the category “{{category}}”",
  "cf.err.nonePlanned":
    "no action is left planned under the policy “{{policy}}”: there is no rate to compute",
  "cf.err.zeroDenominators": "the denominators add up to 0: there is no rate to compute",
  "cf.err.moreWomen": "{{women}} women is more than the total of {{total}}",
  "cf.err.zeroPeople": "the total is 0: there is no share to compute",
  "cf.err.minimum":
    "the minimum must be a share between 0 and 1, such as 30% or 0.3 (“{{value}}” given)",
  "cf.err.missing": "{{what}} is missing",
  // Roll-forward: what it did and what the TMU must look at (lead, session 4).
  "rollForward.proposedOrigin": "Proposed at roll-forward from the {{year}} line (adjust it)",
  "rollForward.proposed_one":
    "{{count}} budget line proposed for {{year}} (indicative, not secured: check the amount)",
  "rollForward.proposed":
    "{{count}} budget lines proposed for {{year}} (indicative, not secured: check the amounts)",
  "rollForward.finishedFuture_one":
    "{{count}} budget line of a completed or cancelled action is planned for a year to come: {{lines}}",
  "rollForward.finishedFuture":
    "{{count}} budget lines of completed or cancelled actions are planned for years to come: {{lines}}",
  "rollForward.pending_one": "{{count}} conflict is still pending (settle it): {{ids}}",
  "rollForward.pending": "{{count}} conflicts are still pending (settle them): {{ids}}",
  // The pane's settle list and roll-forward (lead, session 4).
  "consolidate.settled_one": "{{count}} conflict settled: {{ids}}",
  "consolidate.settled": "{{count}} conflicts settled: {{ids}}",
  "pane.settle.title": "Settle conflicts",
  "pane.settle.load": "Show the pending conflicts",
  "pane.settle.none": "No conflict is pending.",
  "pane.settle.conflict": "{{id}} · {{table}} {{key}}, {{column}}: now “{{current}}”",
  "pane.settle.accept": "Accept {{source}}: “{{proposed}}”",
  "pane.settle.reject": "Reject all (keep “{{current}}”)",
  "pane.settle.later": "Decide later",
  "pane.settle.apply_one": "Settle {{count}} conflict",
  "pane.settle.apply": "Settle {{count}} conflicts",
  "pane.settle.writing": "Settling in the workbook…",
  "pane.roll.title": "Annual update (roll-forward)",
  "pane.roll.from": "Year just ended",
  "pane.roll.apply": "Carry unfinished actions into {{year}}",
  "pane.roll.writing": "Rolling forward in the workbook…",
  // Issue 19 (reference lists, mappings marked proposed, report by global indicator).
  "col.sdgStatus": "SDG status",
  "col.un1325Status": "1325 status",
  "col.mappingStatus": "Mapping status",
  "mappingStatus.source": "From the source",
  "mappingStatus.proposed": "Proposed",
  "mappingStatus.confirmed": "Confirmed",
  "listTitle.mappingStatus": "Mapping status",
  "ref.list.sdg": "SDG codes",
  "ref.list.global1325": "Global 1325 indicators",
  "sheet.sumGlobal": "Global indicators report",
  "guide.sheet.sumGlobal":
    "The plan's indicators and their latest values grouped by SDG target and by global 1325 indicator, each mapping with its status, for the annual report to UN Women and the Secretary-General's report.",
  "guide.mappings": "SDG and global indicators",
  "guide.mappings.count":
    "Mappings of the plan's indicators to SDG targets or indicators and to the global 1325 indicators: {{proposed}} proposed, {{source}} from the source, {{confirmed}} confirmed.",
  "guide.mappings.rule":
    "A proposed mapping was inferred, not given by the source: it is not part of the plan until a person confirms it (Mapping status column of the Indicators sheet: Confirmed). A code typed with no status is proposed. The codes and their official wording are on the Lists sheet.",
  "ref.report.title": "Report by global indicator",
  "ref.report.note":
    "Each row is one mapping of an indicator; a Proposed mapping is not part of the plan until confirmed on the Indicators sheet.",
  "ref.report.bySdg": "By SDG target",
  "ref.report.byGlobal": "By global 1325 indicator",
  "ref.col.target": "SDG target",
  "ref.col.global": "Global indicator",
  "ref.col.code": "Code",
  "ref.col.wording": "Official wording",
  // Indicator values by period and breakdown: tblValues (issue 13's numerator/denominator, issue 14's long table)
  "sheet.values": "Values",
  "col.period": "Period",
  "col.breakdown": "Breakdown",
  "col.numerator": "Numerator",
  "col.denominator": "Denominator",
  "col.valueComment": "Comment / variance explanation",
  "col.evidence": "Source or evidence (link)",
  "col.enteredBy": "Entered by",
  "col.valueOrder": "Order (computed)",
  "listTitle.period": "Period",
  "period.year": "Year",
  "period.H1": "H1",
  "period.H2": "H2",
  "period.Q1": "Q1",
  "period.Q2": "Q2",
  "period.Q3": "Q3",
  "period.Q4": "Q4",
  "sum.actualYear": "Actual {{year}}",
  "guide.sheet.values":
    "Indicator values, one row each: indicator, year, period, breakdown, value or numerator and denominator, comment and evidence, target. Where a year has rows, they make that year’s actual (and its target).",
  "guide.entries.rate":
    "“Number and %” indicators: on the Values sheet type the numerator and the denominator, not the percentage, e.g. I3.2.1 | 2020 | H1 | | | 12 | 40 (12 cases of 40: leave Value blank); the year’s actual is the sum of the numerators over the sum of the denominators (9 of 38 and 11 of 32 make 28.6 %, never the mean of the percentages).",
  "v.values.unknownIndicator":
    "{{code}} is not an indicator of the Indicators sheet: choose a code from the drop-down list",
  "v.values.negative": "{{value}} is negative: a numerator or denominator is a count, 0 or more",
  "v.values.zeroDenominator":
    "the denominator is 0: there is no rate to compute; enter the number counted, or clear the numerator and denominator and type the value",
  "v.values.numeratorAboveDenominator":
    "the numerator {{numerator}} is above the denominator {{denominator}}: the part cannot exceed the whole",
  "v.values.valueDisagrees":
    "the value {{value}} disagrees with its numerator and denominator ({{cells}}: {{numerator}} / {{denominator}} = {{rate}}): correct one of them, or clear the value",
  "v.values.actualDisagrees":
    "the actual {{typed}} typed for {{year}} disagrees with the {{value}} the Values rows make ({{cells}}): the rows are used; correct the typed actual or the rows",

  // Issue 15 items 1 and 3 (cycle): copy stamp, prepare, submit, import by stamp, approval.
  "col.submissionState": "State",
  "col.tmuComment": "TMU comment",
  "col.copyId": "Copy id",
  "listTitle.submissionState": "Submission state",
  "submissionState.submitted": "Submitted",
  "submissionState.accepted": "Accepted",
  "submissionState.returned": "Returned",
  "sum.stateHeader": "State {{year}}",
  "cycle.unstamped":
    "it carries no copy stamp (it was not prepared by the TMU): name its focal point (--as CODE)",
  "cycle.unknownFocalPoint": "{{code}} is not a stakeholder of the national plan",
  "cycle.asDiffers": "it is stamped as {{stamped}}'s copy, not {{code}}'s",
  "cycle.otherYear":
    "it is {{code}}'s copy for {{stamped}}, not for {{year}} (the year consolidated)",
  "cycle.draftImported": "a draft (never submitted): its time is the date the file was last saved",
  "cycle.resubmission":
    "submitted again (copy {{copyId}}, first imported as {{file}} on {{at}}): the latest replaces it",
  "cycle.superseded":
    "an earlier submission of copy {{copyId}} than {{file}}, which is taken in its place",
  "cycle.locked":
    "{{code}}'s {{year}} is accepted: nothing changes until the TMU reopens it (nap1325 approve --reopen)",
  "cycle.lockedUnchanged": "{{code}}'s {{year}} is accepted and this file changes nothing in it",
  "cycle.lockedYearLeftOut":
    "its values of {{year}} are left out: {{code}}'s {{year}} is accepted (the TMU reopens it to change them)",
  "cycle.isCopy":
    "it is {{code}}'s copy, not the national workbook: prepare copies from the national workbook",
  "cycle.unknownCodes": "not stakeholders of the national plan: {{codes}}; nothing was written",
  "cycle.notCopy":
    "it is not a focal point's copy (no copy stamp): only a copy the TMU prepared can be submitted",
  "cycle.decision.nothing-submitted": "{{code}} has submitted nothing for {{year}}",
  "cycle.decision.already": "{{code}}'s {{year}} is already {{state}}",
  "cycle.decision.reopen-first": "{{code}}'s {{year}} is accepted: reopen it first (--reopen)",
  "cycle.decision.not-accepted":
    "{{code}}'s {{year}} is not accepted ({{state}}): nothing to reopen",
  "cycle.prepared":
    '{{file}}: {{code}}\'s copy for {{year}} (copy {{copyId}}): $t(n.ownActions, {"count": {{actions}} }), $t(n.ownIndicators, {"count": {{indicators}} }) open; $t(n.othersActions, {"count": {{otherActions}} }) marked, $t(n.othersIndicators, {"count": {{otherIndicators}} }) locked',
  "cycle.preparedAll": "{{count}} copies prepared in {{dir}}",
  "cycle.exists":
    "{{file}} exists already: nothing was written (remove it or choose another folder)",
  "cycle.submitted": "{{file}}: {{code}}'s copy for {{year}} submitted at {{at}}",
  "cycle.submittedAgain":
    "{{file}}: {{code}}'s copy for {{year}} submitted again at {{at}} (was {{before}})",
  "cycle.decided": "{{code}}'s {{year}}: {{from}} → {{to}}",
  "cycle.asSeveral": "--as names the focal point of one file: give a single file with it",
  "cycle.returnComment": "--return needs a comment saying what to correct",
  "cycle.oneVerdict": "give one of --return and --reopen, or neither to accept",
  "cycle.states": "States for {{year}}: {{states}}",
  // The pane's submit (lead, session 4).
  "pane.submit.title": "Send my copy to the TMU",
  "pane.submit.intro":
    "When your rows are filled in, submit: the date is stamped in the workbook, then save it and send the file to the TMU.",
  "pane.submit.apply": "Submit this copy",
  "pane.submit.done":
    "{{code}}'s copy for {{year}} submitted at {{at}}. Save the workbook and send it to the TMU.",
  "pane.submit.again":
    "{{code}}'s copy for {{year}} submitted again at {{at}} (was {{before}}). Save the workbook and send it to the TMU.",
  "pane.import.as": "Focal point of this file, if it is not a prepared copy (code, optional)",
  "pane.import.asHint":
    "A copy prepared by the TMU names its focal point itself; this is for a file without that stamp.",
  "pane.import.yearDefault": "the plan's current or last year",
  // Template version 2 and the upgrade of older workbooks (upgrade, session 5).
  "pane.error.newer-template":
    "This workbook was made with a newer version of the add-in (template {{found}}); this version reads up to {{known}}: update the add-in. Nothing was changed.",
  "pane.feature.backup":
    "a hidden copy of the previous version's sheets (Excel 2021 or Microsoft 365)",
  "upgrade.done":
    "{{file}}: upgraded from template {{from}} to {{to}}; {{total}} typed values carried ({{tables}})",
  "upgrade.table": "{{sheet}} {{count}}",
  "upgrade.current":
    "{{file}} is at template {{version}} already: nothing to upgrade, nothing written",
  "upgrade.exists":
    "{{file}} exists already: nothing was written (remove it, or name another file with --out)",
  "upgrade.inPlaceOut": "give one of --out and --in-place",
  "upgrade.olderWritten":
    "This workbook was made with template {{from}}: it is now written with template {{to}}, every typed value kept.",
  "upgrade.backups":
    "The previous version's sheets are kept, hidden: {{sheets}}. Unhide them to compare; delete them when you are satisfied.",
  "upgrade.noBackup":
    "No copy of the previous version's sheets could be kept (this Excel cannot copy sheets): keep the file you had before.",
  "pane.upgradedFrom": "Upgraded from template {{from}} to {{to}}: {{total}} typed values carried.",
  // Consolidation of tblValues (vmerge, issue 14 point 6).
  "mergeTable.values": "Indicator values",
  "consolidate.reason.locked-year":
    "{{who}}'s {{year}} is accepted (locked): its values stay as they are until the TMU reopens it",
  "consolidate.settleNotLanded.indicator-missing":
    "conflict {{id}} ({{table}} {{key}}) is not settled: its indicator {{detail}} is not in the national framework",
  // Issue 14 point 1 (breakdowns): breakdown codes, checks of periods and breakdowns, the Guide.
  "col.breakdownGroup": "Breakdown group (computed)",
  "listTitle.breakdowns": "Breakdown codes",
  "breakdown.women": "women",
  "breakdown.men": "men",
  "breakdown.girls": "girls",
  "breakdown.boys": "boys",
  "v.breakdown.prompt":
    "Blank for the total; else a code from the list, or codes of several dimensions joined by a semicolon: women; KAY (femmes; KAY in French).",
  "v.values.breakdownUnknown":
    "{{code}} is not a breakdown code: a sex (women, men, girls, boys; femmes, hommes, filles, garçons), an age group ({{ages}}) or a region code of the Regions sheet ({{regions}}), several joined by a semicolon (women; KAY)",
  "v.values.breakdownUndeclared":
    "{{code}} is a breakdown by {{dimension}}, which indicator {{indicator}} does not declare (Disaggregation column of the Indicators sheet: {{declared}}): declare it there, or correct the breakdown",
  "v.values.periodFiner":
    "{{period}} is finer than indicator {{indicator}}’s frequency ({{frequency}}): enter {{allowed}}, or change the indicator’s frequency on the Indicators sheet",
  "v.values.duplicate":
    "this row repeats {{cell}}: same indicator, year, period and breakdown; keep one, or correct its period or breakdown",
  "v.values.outlierZ":
    "{{value}} is far from this indicator’s other years for {{series}} (z = {{z}}): check it, or explain it in the row’s Comment column",
  "v.values.outlierRange":
    "{{value}} is outside the usual range of this indicator’s other years for {{series}} ({{min}} to {{max}}): check it, or explain it in the row’s Comment column",
  "v.values.series": "period {{period}}, breakdown {{breakdown}}",
  "v.values.none": "none",
  "guide.entries.quarterly":
    "On the Values sheet, one row per value: indicator | year | period | breakdown | value | numerator | denominator. A quarterly indicator’s value (Frequency column: Quarterly): I1.2.1 | 2021 | Q3 | | 4; a quarter (Q1-Q4) only for a quarterly indicator, a half (H1, H2) for a twice-yearly or quarterly one, a blank period for the whole year.",
  "guide.entries.breakdown":
    "A disaggregated value: the breakdown’s codes, for the dimensions the indicator declares (Disaggregation column): I2.1.2 | 2021 | | boys | 25; combine dimensions with a semicolon: women; KAY. Codes: women, men, girls, boys (femmes, hommes, filles, garçons), age groups 0-17, 18-35, 36+, region codes (Regions sheet). A total row (blank breakdown) wins over the breakdown rows of its year; without one, the rows of one breakdown (sex first, then age group, region, combinations) make the year’s actual.",
  // refsheets (issue 14): the indicators' reference sheets, actions in time, assumptions.
  "sheet.refs": "Reference sheets",
  "guide.sheet.refs":
    "A sheet per indicator: write its definition, calculation, data source and collection; the rest comes from Indicators.",
  "ref.definition": "Definition",
  "ref.calculation": "Calculation method",
  "ref.source": "Data source",
  "ref.collection": "Collection method",
  "ref.targets": "Yearly targets",
  "col.milestones": "Milestones",
  "col.actionIndicators": "Indicators served",
  "col.assumptions": "Assumptions",
  "guide.schedule":
    "Actions: Start and End as 2021-Q3 or Q3 2021; Indicators served: other indicators' codes. Framework: each result's assumptions.",
  "v.scheduleUnread": '"{{value}}" is not a year and quarter: type it as 2021-Q3, Q3 2021 or 2021',
  "v.scheduleOutside":
    "{{value}} is outside the plan’s period: the plan runs from {{start}} to {{end}}",
  "v.endBeforeStart": "the action ends ({{end}}) before it starts ({{start}})",
  "v.actionIndicator":
    '"{{code}}" is not an indicator of the plan: use a code from the Indicators sheet',
  "v.refIndicator":
    '"{{code}}" is not an indicator of the plan any more: its reference sheet is kept; clear it or give it an indicator’s code',
  "v.assumptionNotResult":
    "assumptions are written on a result’s row: this is a {{level}} row, and a rewrite would refuse it; move the text to its result",
  // Money disbursed and spent (money, issue 14 point 4 and issue 18 point 2).
  "col.disbursed": "Amount disbursed",
  "col.spent": "Amount spent",
  "sum.execPlanned": "Spent / planned",
  "sum.execSecured": "Spent / secured",
  "sum.disbursedIn": "Amount disbursed ({{currency}})",
  "sum.spentIn": "Amount spent ({{currency}})",
  "sum.executionNote":
    "Execution rate: the amounts spent over the amounts planned (Spent / planned) or secured (Spent / secured) in the same budget lines; blank where no amount spent is filled in or there is nothing to divide by.",
  "cf.range.spent": "spent",
  "cf.range.base": "planned or secured",
  "cf.err.nothingSpent": "no amount spent is filled in: there is no execution to report",
  "cf.err.zeroBase": "the total of {{range}} is 0: there is no execution rate to compute",
  "v.spentAbove": "the amount spent ({{spent}}) is above the amount disbursed ({{disbursed}})",
  "v.disbursedAbove":
    "the amount disbursed ({{disbursed}}) is above the amount secured ({{secured}})",
  "v.executionNegative":
    "{{value}} is negative: an amount disbursed or spent is 0 or more (a reversal is entered by lowering the amount)",
  "iati.txDisbursed": "Amount disbursed for {{year}} in the plan’s budget lines",
  "iati.txSpent": "Amount spent for {{year}} in the plan’s budget lines",
  // budgethistory (issue 18): original and revised IATI budgets from the change log.
  "iati.historyTruncated":
    "the Change log holds its limit of {{max}} rows, so its oldest changes were dropped: each original budget is the oldest amount the log still holds, not necessarily the amount when the workbook was made",
  // Issue 19 point 2 (regions helper): regional and local plans, a region of tblRegions as a focal point.
  "cycle.unknownCodesRegions":
    "not stakeholders of the national plan, nor its regions: {{codes}}; nothing was written",
  "cycle.unknownFocalPointRegions":
    "{{code}} is not a stakeholder of the national plan, nor one of its regions",
  "cycle.preparedRegion":
    "{{file}}: region {{code}}'s copy for {{year}} (copy {{copyId}}): {{actions}} actions of the region alone open; {{otherActions}} actions shared with other regions marked; {{leftOut}} actions of other regions left out; {{otherIndicators}} indicators with a responsible stakeholder locked",
  "cycle.regionRow": "{{name}} (region)",
  "sum.regionYearBudget": "Budget {{year}}",
  "cycle.regionStray":
    "a new action of region {{code}} that does not concern the region (its regions: {{regions}}): in conflict for the TMU",
  // Issue 15 point 7 (paneprep): the task pane's Prepare panel (copies for focal points, made in memory).
  "pane.prepare.title": "Prepare copies for focal points",
  "pane.prepare.intro":
    "With the national workbook open: one copy per focal point (a stakeholder or a region), stamped for the reporting year. This workbook is not changed.",
  "pane.prepare.load": "List the focal points",
  "pane.prepare.stakeholders": "Stakeholders",
  "pane.prepare.regions": "Regions",
  "pane.prepare.year": "Reporting year",
  "pane.prepare.yearRange": "A year of the plan: {{start}} to {{end}}",
  "pane.prepare.apply": "Prepare copies",
  "pane.prepare.chosen": "Focal points chosen: {{count}}",
  "pane.prepare.making": "Preparing copy {{n}} of {{total}}…",
  "pane.prepare.done":
    "{{count}} copies prepared for {{year}}: download each one and send it to its focal point.",
  "pane.prepare.file": "{{code}}: copy {{copyId}}",
  // global1325 (issue 19): the global 1325 list while no official text of it is held.
  "guide.mappings.global1325Empty":
    "The list of global 1325 indicators (S/2010/498, annex) is empty: its official English and French text was not found, so the tool holds none and invents none. The UN 1325 global indicators column takes any code, unchecked; each one typed is proposed until a person confirms it.",
  // ptargets (issue 14 point 1): targets per period and breakdown in tblValues.
  "col.periodTarget": "Target",
  "guide.entries.target":
    "A period’s target: the Target column of the Values sheet, on the row of that period and breakdown, beside its value or alone, e.g. I1.2.1 | 2021 | Q3 | | 4 | … | Target 5 (Q3 2021: 4 done, 5 aimed at). Where a year’s rows hold targets they make its target, as values make its actual: a total row wins over breakdowns; a count or a sum of years adds its targets up (10 per quarter make 40); a percentage, a level or a yes/no takes the latest period’s target (or the highest, or the mean, by its Aggregation), never pooled like a rate: give a percentage’s target on a total row. Otherwise the yearly target typed on the Indicators sheet stands.",
  "v.values.targetNotNumber":
    "{{value}} is not a number: a target of this {{measure}} indicator is a number, as its value is; type it as a number, or clear it",
  "v.values.targetQualitative":
    "{{value}}: indicator {{indicator}} is qualitative; its targets are texts typed on the Indicators sheet, and the Target column takes numbers; move the text there, or clear it",
  "v.values.targetDisagrees":
    "the target {{typed}} typed for {{year}} disagrees with the {{value}} the Values rows’ targets make ({{cells}}): the rows are used; correct the typed target or the rows",
} as const;
