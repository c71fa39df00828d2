/** Textes français : chaque clé de en.ts doit être traduite (le typage l'impose). */
import type { en } from "./en";

export const fr: Record<keyof typeof en, string> = {
  "sheet.guide": "Guide",
  "sheet.framework": "Cadre stratégique",
  "sheet.indicators": "Indicateurs",
  "sheet.actions": "Plan opérationnel",
  "sheet.budget": "Budget",
  "sheet.stakeholders": "Parties prenantes",
  "sheet.funding": "Sources de financement",
  "sheet.regions": "Régions",
  "sheet.risks": "Risques",
  "sheet.lists": "Listes",
  "sheet.meta": "_NAP",

  "col.level": "Niveau",
  "col.code": "Code",
  "col.codeAsPrinted": "Code imprimé",
  "col.parent": "Parent",
  "col.pillar": "Axe",
  "col.name": "Nom",
  "col.text": "Texte",
  "col.indicatorCode": "Code indicateur",
  "col.indicator": "Indicateur",
  "col.measure": "Mesure",
  "col.unit": "Unité",
  "col.direction": "Sens",
  "col.aggregation": "Agrégation",
  "col.disaggregation": "Désagrégation",
  "col.baselineYear": "Année de référence",
  "col.baselineValue": "Valeur de référence",
  "col.target": "Cible {{year}}",
  "col.endTarget": "Cible de fin de plan",
  "col.actual": "Réalisé {{year}}",
  "col.verification": "Source de vérification",
  "col.frequency": "Fréquence",
  "col.responsible": "Responsable",
  "col.sdg": "Cibles ODD",
  "col.un1325": "Indicateurs mondiaux 1325",
  "col.inferred": "Mesure déduite",
  "col.comment": "Commentaire",
  "col.actionCode": "Code action",
  "col.output": "Produit",
  "col.action": "Action",
  "col.lead": "Responsable principal",
  "col.partners": "Partenaires",
  "col.regionsList": "Régions",
  "col.years": "Années",
  "col.status": "Statut",
  "col.progress": "Avancement (%)",
  "col.total": "Budget total",
  "col.year": "Année",
  "col.submittedBy": "Soumis par",
  "col.start": "Début",
  "col.end": "Fin",
  "col.source": "Source de financement",
  "col.amount": "Montant prévu",
  "col.secured": "Montant acquis",
  "col.budgetStatus": "Statut du budget",
  "col.acronym": "Sigle",
  "col.type": "Type",
  "col.committee": "Membre du Comité de suivi",
  "col.stakeholder": "Partie prenante",
  "col.focalPoint": "Point focal",
  "col.email": "Courriel",
  "col.risk": "Risque",
  "col.likelihood": "Probabilité",
  "col.impact": "Impact",
  "col.mitigation": "Atténuation",
  "col.owner": "Responsable du risque",
  "col.key": "Clé",
  "col.value": "Valeur",

  "level.pillar": "Axe",
  "level.objective": "Objectif",
  "level.result": "Résultat",
  "level.output": "Produit",
  "level.crosscutting": "Transversal",
  "measure.percent": "Pourcentage",
  "measure.number": "Nombre",
  "measure.level": "Niveau",
  "measure.yesno": "Oui/Non",
  "measure.text": "Texte",
  "direction.increase": "Hausse",
  "direction.decrease": "Baisse",
  "direction.maintain": "Maintien",
  "aggregation.sum": "Somme des années",
  "aggregation.latest": "Dernière valeur",
  "aggregation.average": "Moyenne",
  "aggregation.max": "Valeur la plus haute",
  "disaggregation.sex": "Sexe",
  "disaggregation.region": "Région",
  "disaggregation.age": "Âge",
  "frequency.quarterly": "Trimestrielle",
  "frequency.biannual": "Semestrielle",
  "frequency.annual": "Annuelle",
  "frequency.midterm": "Mi-parcours",
  "frequency.endline": "Fin de plan",
  "stakeholderType.ministry": "Ministère",
  "stakeholderType.state": "Autre structure de l’État",
  "stakeholderType.parliament": "Parlement",
  "stakeholderType.civil-society": "Société civile",
  "stakeholderType.un": "Nations Unies",
  "stakeholderType.tfp": "Partenaire technique et financier",
  "stakeholderType.other": "Autre",
  "fundingType.national-budget": "Budget national",
  "fundingType.mutual-fund": "Fonds commun",
  "fundingType.partner": "Partenaire",
  "status.not-started": "Non démarrée",
  "status.in-progress": "En cours",
  "status.completed": "Réalisée",
  "status.postponed": "Reportée",
  "status.cancelled": "Annulée",
  "budgetStatus.indicative": "Indicatif",
  "budgetStatus.committed": "Engagé",
  "rating.low": "Faible",
  "rating.medium": "Moyen",
  "rating.high": "Élevé",
  yes: "Oui",
  no: "Non",
  "crosscutting.coordination": "Leadership et coordination",
  "crosscutting.monitoring": "Suivi et évaluation",
  "crosscutting.civil-society": "Engagement de la société civile",
  "crosscutting.decentralisation": "Décentralisation",
  "crosscutting.communication": "Communication",
  "crosscutting.budget": "Budget",

  "guide.title": "Plan d’action national sur la résolution 1325 : classeur des résultats",
  "guide.plan": "Plan",
  "guide.country": "Pays",
  "guide.period": "Période",
  "guide.currency": "Monnaie",
  "guide.version": "Version du modèle",
  "guide.example":
    "Ce classeur contient un plan opérationnel d’EXEMPLE pour démonstration : ses actions et ses montants sont fictifs.",
  "guide.workingTranslation":
    "Les objectifs, résultats, produits, indicateurs et actions du plan sont ici une traduction de travail du texte anglais publié, non le texte officiel : un fichier de plan (nap1325 build --plan, champs « fr ») peut donner le texte officiel français. Les noms (régions, ministères, axes, sources de financement) sont leurs formes officielles françaises.",
  "guide.workingTranslationMark": "traduction de travail",
  "guide.howTo": "Comment utiliser ce classeur",
  "guide.step1":
    "Les cellules jaunes sont à remplir ; les autres sont écrites par le modèle et protégées là où elles ne doivent pas changer.",
  "guide.step2":
    "Indicateurs : saisissez la valeur de référence, les cibles annuelles et les réalisations annuelles de chaque indicateur. Les pourcentages se saisissent comme des nombres de 0 à 100.",
  "guide.step3":
    "Plan opérationnel : une ligne par action, sous un produit du cadre, avec son responsable principal, ses partenaires et ses régions (codes séparés par « ; »).",
  "guide.step4":
    "Budget : une ligne par action, année et source de financement, avec le montant prévu et le montant acquis, dans la monnaie du plan.",
  "guide.step5":
    "Choisissez les codes dans les listes déroulantes ; ajoutez d’abord les parties prenantes, sources de financement et régions dans leurs feuilles.",
  "guide.step6":
    "Ne renommez pas et ne déplacez pas les colonnes des tableaux : le complément et l’UGT les lisent par leurs en-têtes.",
  "guide.sheets": "Feuilles",
  "guide.sheet.framework":
    "Cadre stratégique : axes, objectifs, résultats et produits, tels que le plan les donne.",
  "guide.sheet.indicators":
    "Indicateurs avec valeur de référence, cibles et réalisations annuelles (cellules à saisir).",
  "guide.sheet.actions":
    "Plan opérationnel : actions prioritaires, parties prenantes responsables, calendrier, statut.",
  "guide.sheet.budget": "Budget chiffré par action, année et source de financement.",
  "guide.sheet.stakeholders":
    "Parties prenantes : membres du Comité national de suivi et autres acteurs.",
  "guide.sheet.funding": "Sources de financement : budget national, fonds commun, partenaires.",
  "guide.sheet.regions": "Régions où se déroulent les actions.",
  "guide.sheet.risks": "Risques et mesures d’atténuation.",
  "guide.sheet.lists": "Listes qui alimentent les menus déroulants.",
  "guide.legend.entry": "Cellule à saisir",
  "guide.legend.computed": "Cellule calculée (formule)",

  "error.unknownOption": "option inconnue {{option}}",
  "error.missingValue": "l’option {{option}} attend une valeur",
  "error.unknownCommand": "commande inconnue « {{command}} » ; essayez « nap1325 help »",
  "error.badLang": "la langue doit être « en » ou « fr », pas « {{value}} »",
  "error.readFile": "impossible de lire {{file}} : {{reason}}",
  "error.notJson": "{{file}} n’est pas du JSON valide : {{reason}}",
  "error.invalidPlan": "{{file}} : {{reason}}",
  "error.writeFile": "impossible d’écrire {{file}} : {{reason}}",
  "error.outIsInput":
    "impossible d’écrire {{file}}\u00a0: c’est l’un des fichiers d’entrée ({{input}})\u202f; rien n’a été écrit, donnez un autre nom de fichier",
  "error.badDate":
    "l’option {{option}} attend une date AAAA-MM-JJ ou JJ/MM/AAAA, pas «\u00a0{{value}}\u00a0»",
  "error.badNow":
    "l’option --now attend une date et une heure AAAA-MM-JJTHH:MM:SSZ, pas «\u00a0{{value}}\u00a0»",
  "error.badYear":
    "l’option {{option}} attend une année de {{start}} à {{end}}, pas «\u00a0{{value}}\u00a0»",
  "error.badName":
    "l’option {{option}} attend un nom d’au plus {{max}}\u00a0caractères, sans caractère de contrôle",
  "error.notWorkbook": "{{file}} n’est pas un classeur .xlsx",
  "error.notNapWorkbook":
    "ce n’est pas un classeur PAN 1325 (pas de version de modèle valide dans une feuille {{sheet}}) : utilisez un classeur écrit par nap1325 build ou le complément",
  "error.missingTable": "le tableau {{table}} (feuille « {{sheet}} ») est absent",
  "error.missingColumn":
    "le tableau {{table}} n’a pas de colonne « {{column}} » (elle a peut-être été renommée ou supprimée)",
  "error.duplicateColumn": "le tableau {{table}} a deux fois la colonne « {{column}} »",
  "error.wouldChange": "{{cell}} : {{before}} deviendrait {{after}}",
  "error.planValue": "{{cell}} : {{message}}",
  "error.atMost": "doit valoir au plus {{limit}}",
  "error.atLeast": "doit valoir au moins {{limit}}",
  "error.belowFixedTable":
    "{{cell}} est saisie sous un tableau dont le plan fixe les lignes : elle serait perdue. Déplacez-la dans le tableau ou effacez-la.",
  "error.outsideCell_one":
    "{{cell}} ({{value}}) est hors des tableaux du modèle : une réécriture la perdrait. Déplacez-la dans un tableau (colonne Notes) ou dans un classeur à vous.",
  "error.outsideCell":
    "{{cell}} ({{value}}…) sont hors des tableaux du modèle : une réécriture les perdrait. Déplacez-les dans un tableau (colonne Notes) ou dans un classeur à vous.",
  "error.outsideNote_one":
    "{{cell}} porte un commentaire hors des tableaux du modèle : une réécriture le perdrait. Placez-le sur une cellule d’un tableau.",
  "error.outsideNote":
    "{{cell}} portent des commentaires hors des tableaux du modèle : une réécriture les perdrait. Placez-les sur des cellules d’un tableau.",
  "error.outsideLink_one":
    "{{cell}} porte un lien hors des tableaux du modèle : une réécriture le perdrait. Placez-le sur une cellule d’un tableau.",
  "error.outsideLink":
    "{{cell}} portent des liens hors des tableaux du modèle : une réécriture les perdrait. Placez-les sur des cellules d’un tableau.",
  "error.ownName":
    "le nom défini {{name}} n’est pas celui du modèle : une réécriture le perdrait. Supprimez-le ou gardez-le dans un classeur à vous.",
  "error.ownTable":
    "le tableau {{name}} de la feuille {{sheet}} n’est pas celui du modèle : une réécriture le perdrait. Déplacez-le dans un classeur à vous.",
  "error.unplaced":
    "{{cell}} : son {{what}} ne peut être replacé sur la ligne réécrite : rien n’a été écrit.",
  "word.note": "commentaire",
  "word.link": "lien",
  "check.computedMissing":
    "{{cell}} : la colonne calculée {{column}} n’a pas de formule sur cette ligne ; les synthèses comptent la ligne sans elle. Actualisez le classeur (ou recopiez la formule vers le bas).",
  "check.computedTypedOver":
    "{{cell}} : une valeur est saisie à la place de la colonne calculée {{column}} ; les synthèses comptent la valeur saisie. Effacez-la pour retrouver la formule, ou gardez-la à dessein.",
  "check.takenIn_one":
    "{{cell}} : une ligne saisie juste sous le tableau (ligne {{first}}) est hors de celui-ci ; la prochaine actualisation l’y intègre.",
  "check.takenIn":
    "{{cell}} : {{count}} lignes saisies juste sous le tableau (lignes {{first}} à {{last}}) sont hors de celui-ci ; la prochaine actualisation les y intègre.",
  "error.ambiguousNumber":
    "{{cell}} : « {{value}} » peut se lire comme deux nombres (séparateur de milliers ou décimal) : saisissez le nombre sans séparateur, par exemple 1500 ou 1,5",
  "error.nothingWritten": "{{what}} ; rien n’a été écrit",
  "error.notNumber": "{{cell}} : « {{value}} » n’est pas un nombre",
  "error.excelError": "{{cell}} : la cellule contient l’erreur Excel {{value}}",
  "error.unknownLabel": "{{cell}} : « {{value}} » n’est pas une valeur de la liste",
  "error.newerTemplate":
    "fait avec une version plus récente du complément (modèle {{found}}) ; cette version lit jusqu’au modèle {{known}} : mettez le complément à jour",
  "msg.built":
    "{{file}} écrit : {{sheets}} feuilles, {{indicators}} indicateurs, {{actions}} actions ({{ms}} ms).",

  // costing
  "col.unitCost": "Coût unitaire",
  "col.quantity": "Quantité",
  "col.times": "Fois par an",
  "col.cost": "Coût (unitaire × quantité × fois)",
  // task pane
  "pane.import.title": "Importer les classeurs des points focaux",
  "pane.import.year": "Année de rapport",
  "pane.import.deadline": "Date limite (AAAA-MM-JJ, facultative)",
  "pane.import.check": "Vérifier les fichiers (rien n’est écrit)",
  "pane.import.confirm": "Importer dans ce classeur",
  "pane.import.reading": "Lecture du fichier {{n}} sur {{total}}…",
  "pane.import.writing": "Import dans le classeur…",
  "pane.busy":
    "Une autre action écrit encore dans le classeur : attendez qu’elle se termine, puis réessayez.",
  "pane.iati": "Exporter pour les bailleurs (XML IATI 2.03)",
  "pane.iatiReady": "Le fichier IATI est prêt.",
  "pane.download": "Télécharger {{file}}",
  "pane.check": "Contrôler le classeur",
  "pane.checking": "Contrôle de toutes les saisies…",
  "pane.checked":
    "{{errors}} et {{warnings}}, listés aussi dans la feuille « {{sheet}} ». Choisissez-en un pour aller à sa cellule.",
  "pane.findings": "Constats",
  "pane.blankObjective": "(objectif à rédiger)",
  "pane.blankTitle": "Plan d’action national sur la résolution 1325",
  "pillar.participation": "Participation",
  "pillar.prevention": "Prévention",
  "pillar.protection": "Protection",
  "pillar.relief": "Secours et relèvement",
  "integrity.altered-formula":
    "{{where}} : la cellule calculée {{detail}} porte une formule modifiée (seules les valeurs sont lues ; les formules ne sont jamais copiées)",
  "integrity.duplicate-row": "{{where}} : la même ligne deux fois, {{detail}}",
  "integrity.extra-sheet": "une feuille hors du modèle : {{where}}",
  "integrity.extra-column": "{{where}} : une colonne hors du modèle : {{detail}}",
  "integrity.external-link":
    "le classeur est lié à d’autres classeurs (leurs valeurs ne sont pas lues)",
  "pane.title": "Classeur des résultats du PAN 1325",
  "pane.intro":
    "Écrivez le cadre de résultats du plan dans ce classeur. Un classeur qui le contient déjà est mis à jour sur place : toutes les saisies sont conservées.",
  "pane.plan": "Plan",
  "pane.plan.mali": "Mali — troisième PAN 2019-2023",
  "pane.plan.example": "Mali 2019-2023 avec un plan opérationnel d’exemple (fictif)",
  "pane.plan.blank": "Un plan vierge",
  "pane.start": "Première année",
  "pane.end": "Dernière année",
  "pane.language": "Langue du classeur",
  "pane.lang.fr": "Français",
  "pane.lang.en": "English",
  "pane.create": "Créer ou mettre à jour le classeur",
  "pane.working": "Écriture du classeur…",
  "pane.created":
    "Classeur créé : {{sheets}} feuilles, {{rows}} lignes de tableaux, {{indicators}} indicateurs.",
  "pane.upgraded":
    "Classeur mis à jour sur place, toutes les saisies conservées : {{sheets}} feuilles, {{rows}} lignes de tableaux, {{indicators}} indicateurs.",
  "pane.skipped":
    "Cette version d’Excel n’a pas certaines fonctions ; laissé de côté : {{features}}.",
  "pane.feature.validation": "listes déroulantes et contrôles dans les cellules",
  "pane.feature.freeze": "en-têtes figés",
  "pane.feature.tabColor": "couleurs des onglets",
  "pane.feature.suspendCalculation": "pause du calcul pendant l’écriture",
  "pane.feature.suspendScreen": "pause de l’affichage pendant l’écriture",
  "pane.feature.print": "mise en page pour l’impression",
  // the Lists sheet: each list's title
  "listTitle.frameworkLevel": "Niveau du cadre",
  "listTitle.indicatorLevel": "Niveau d’indicateur",
  "listTitle.measure": "Mesure",
  "listTitle.direction": "Sens",
  "listTitle.aggregation": "Agrégation",
  "listTitle.frequency": "Fréquence",
  "listTitle.stakeholderType": "Type de partie prenante",
  "listTitle.fundingType": "Type de financement",
  "listTitle.status": "Statut d’action",
  "listTitle.budgetStatus": "Statut du budget",
  "listTitle.rating": "Appréciation",
  "listTitle.yesno": "Oui/non",
  "listTitle.crosscutting": "Transversal",
  "listTitle.outcome": "Issue",
  "listTitle.decision": "Décision",
  "listTitle.mergeTable": "Tableau",
  "listTitle.pillars": "Axes",
  "listTitle.outputs": "Produits",
  "listTitle.years": "Années",
  "listTitle.yesnoValues": "Valeurs oui/non",
  "listTitle.levels": "Niveaux",
  "pane.error.title": "Le classeur n’a pas été écrit",
  "pane.error.not-supported":
    "Cette version d’Excel est trop ancienne pour le complément (il faut Excel 2016 à jour, Excel 2019 ou plus récent, ou Excel sur le web). Rien n’a été modifié.",
  "pane.error.protected":
    "Une feuille du classeur est protégée par un mot de passe. Ôtez la protection (Révision > Ôter la protection de la feuille) et réessayez. Rien n’a été modifié.",
  "pane.error.too-large":
    "Le plan est trop volumineux pour être envoyé à Excel d’un seul tenant. Rien n’a été modifié.",
  "pane.error.upgrade-blocked":
    "Certaines cellules contiennent des valeurs que le classeur ne peut pas garder lors d’une mise à jour ; corrigez-les d’abord : {{cells}}",
  "pane.error.not-nap-workbook":
    "Ce classeur contient des tableaux qui ne sont pas ceux d’un classeur PAN 1325. Rien n’a été modifié.",
  "pane.error.invalid-plan": "Le plan de ce classeur est incomplet : {{details}}",
  "pane.error.unknown":
    "Un problème est survenu pendant l’écriture du classeur. Rien n’a été perdu ; réessayez, et si cela se reproduit, envoyez les détails ci-dessous à l’UGT.",
  "pane.error.changed-meanwhile":
    "Quelqu’un a modifié le classeur pendant que le complément préparait l’écriture ({{cells}}). Rien n’a été écrit : relancez pour tenir compte de cette modification.",
  "pane.error.write-restored":
    "Excel s’est interrompu pendant l’écriture (le réseau, ou un co-auteur). Les tableaux ont été remis comme avant ; titres et mises en forme reviennent quand vous relancez.",
  "pane.error.write-half-done":
    "Excel s’est interrompu pendant l’écriture et les tableaux n’ont pas pu être remis. Vos tableaux précédents sont gardés sur la feuille masquée {{backup}} : relancez l’action pour terminer, ou demandez à l’UGT de les restaurer depuis cette feuille.",
  "pane.error.busy": "Une autre action est en cours : attendez qu’elle se termine.",
  "pane.error.details": "Détails : {{details}}",
  "pane.badYears":
    "La dernière année doit être la première année ou une année après (entre 1990 et 2100).",
  // task pane: what a write leaves out or refuses
  "pane.feature.conditionalFormats": "saisies impossibles marquées en rouge",
  "pane.feature.charts": "graphiques des feuilles de synthèse",
  "pane.import.choose": "Choisir des classeurs (.xlsx)…",
  "pane.import.files": "Classeurs (.xlsx)",
  "pane.import.chosen": "Classeurs choisis : {{count}}",
  "pane.error.names-taken":
    "Ce classeur contient déjà des feuilles, tableaux ou noms qu’utilise le modèle du PAN : {{names}}. Ouvrez le complément dans un nouveau classeur vide, ou renommez-les. Rien n’a été modifié.",
  "pane.addedColumn":
    "la colonne « {{column}} » ajoutée au tableau {{table}} (déplacez-la dans une feuille à vous)",
  // validation
  "v.percent": "{{value}} n’est pas un pourcentage : saisissez un nombre de 0 à 100",
  "v.count": "{{value}} n’est pas un effectif : saisissez un nombre entier, 0 ou plus",
  "v.level": "{{value}} n’est pas sur l’échelle de niveaux du plan : utilisez {{scale}}",
  "v.yesno": "{{value}} n’est pas une valeur oui/non : saisissez Oui, Non, Yes, No, 1 ou 0",
  "v.baselineAfterPeriod":
    "l’année de référence {{year}} est après la fin du plan ({{end}}) : la référence précède le plan",
  "v.baselineAfterActual":
    "l’année de référence {{baseline}} vient après la première réalisation ({{first}}) : la référence doit venir d’abord",
  "v.endTarget":
    "la cible de fin de plan {{value}} ne concorde pas avec les cibles annuelles ({{aggregation}} : {{expected}})",
  "v.duplicate":
    "le code {{code}} est utilisé plusieurs fois dans {{table}} : chaque code doit être unique",
  "v.unknownParent": "{{what}} {{code}} n’existe pas dans {{table}} : choisissez-en un qui existe",
  "v.unknownReference":
    "« {{code}} » n’est pas dans {{list}} : ajoutez-le d’abord, ou choisissez dans la liste",
  "v.negative": "{{value}} est négatif : les montants sont de 0 ou plus",
  "v.targetDirection":
    "la cible de fin de plan {{target}} ne dépasse pas la valeur de référence {{baseline}} pour un indicateur en {{direction}} : l’avancement la lit comme un niveau à tenir ; vérifiez le sens ou la cible",
  "v.securedIndicative":
    "{{secured}} est acquis sur une ligne encore indicative : marquez la ligne comme engagée, ou effacez le montant acquis",
  "v.securedAbove": "le montant acquis ({{secured}}) dépasse le montant prévu ({{planned}})",
  "v.total":
    "le total {{total}} n’est pas la somme des lignes budgétaires de l’action ({{sum}}) : ne saisissez pas par-dessus le total",
  "v.cost": "coût unitaire × quantité × fois donne {{cost}}, pas le montant prévu {{amount}}",
  "v.completedProgress": "une action réalisée devrait être à 100 % d’avancement, pas {{value}}",
  "v.notStartedProgress": "une action non démarrée devrait être à 0 % d’avancement, pas {{value}}",
  "v.outlierZ":
    "{{value}} est loin des autres années de cet indicateur (z = {{z}}) : vérifiez-le, ou expliquez-le dans la colonne Commentaire",
  "v.outlierRange":
    "{{value}} sort de la fourchette habituelle des autres années de cet indicateur ({{min}} à {{max}}) : vérifiez-le, ou expliquez-le dans la colonne Commentaire",
  "v.summary": "{{errors}}, {{warnings}} ({{acknowledged}})",
  "v.none": "Aucun problème trouvé.",
  // issue 17 : les nombres de constats, au singulier et au pluriel (jamais « 1 erreurs »)
  "v.errorCount_one": "{{count}} erreur",
  "v.errorCount": "{{count}} erreurs",
  "v.warningCount_one": "{{count}} avertissement",
  "v.warningCount": "{{count}} avertissements",
  "v.acknowledgedCount_one": "{{count}} expliqué",
  "v.acknowledgedCount": "{{count}} expliqués",
  // issue 17 : les nombres accordés dans les messages plus longs (imbrication i18next), jamais « 1 fichiers lus »
  "n.blanksFilled_one": "{{count}} case vide remplie",
  "n.blanksFilled": "{{count}} cases vides remplies",
  "n.filesRead_one": "{{count}} fichier lu",
  "n.filesRead": "{{count}} fichiers lus",
  "n.newConflicts_one": "{{count}} nouveau conflit",
  "n.newConflicts": "{{count}} nouveaux conflits",
  "n.ownActions_one": "{{count}} action propre ouverte",
  "n.ownActions": "{{count}} actions propres ouvertes",
  "n.ownIndicators_one": "{{count}} indicateur propre ouvert",
  "n.ownIndicators": "{{count}} indicateurs propres ouverts",
  "n.othersActions_one": "{{count}} action d’autres marquée",
  "n.othersActions": "{{count}} actions d’autres marquées",
  "n.othersIndicators_one": "{{count}} indicateur d’autres verrouillé",
  "n.othersIndicators": "{{count}} indicateurs d’autres verrouillés",
  "n.added_one": "{{count}} ajouté",
  "n.added": "{{count}} ajoutés",
  "n.unchanged_one": "{{count}} inchangé",
  "n.unchanged": "{{count}} inchangés",
  "n.ignored_one": "{{count}} laissé de côté",
  "n.ignored": "{{count}} laissés de côté",
  "n.refused_one": "{{count}} refusé",
  "n.refused": "{{count}} refusés",
  "v.acknowledged": "(expliqué)",
  "v.reportWritten": "Rapport écrit dans {{file}}.",
  "sheet.report": "Rapport de validation",
  "col.severity": "Gravité",
  "col.rule": "Règle",
  "col.cell": "Cellule",
  "col.message": "Message",
  "severity.error": "Erreur",
  "severity.warning": "Avertissement",
  "v.ambiguousNumber":
    "« {{value}} » peut se lire comme deux nombres (milliers ou décimales) : saisissez des chiffres seulement, comme 1500 ou 1,5",
  "v.notNumber":
    "« {{value}} » n’est pas un nombre : saisissez des chiffres seulement, par exemple 12,5 (sans mots ni unités)",
  "v.excelError":
    "la cellule contient l’erreur Excel {{value}} : saisissez la valeur elle-même, ou corrigez la formule d’où elle vient",
  "v.unknownLabel": "« {{value}} » n’est pas dans la liste : choisissez parmi {{labels}}",
  "v.belowFixedTable":
    "saisie sous un tableau dont le plan fixe les lignes (« {{value}} ») : une réécriture la perdrait ; déplacez-la dans le tableau ou effacez-la",
  "v.outsidePeriod":
    "{{year}} n’est pas une année de la période du plan : saisissez une année de {{start}} à {{end}}",
  "v.unknownArea": "« {{code}} » n’est pas un domaine transversal : utilisez {{areas}}",
  "v.reportIsInput":
    "--report {{file}} est le fichier vérifié : la vérification ne le modifie jamais ; donnez un autre nom de fichier",
  "v.usage": "usage : nap1325 validate FICHIER.xlsx [--json] [--lang en|fr] [--report SORTIE.xlsx]",
  // iati
  "iati.noReporter":
    "aucun ministère parmi les parties prenantes pour déclarer l’activité : ajoutez le ministère chef de file dans la feuille Parties prenantes",
  "iati.noBudget":
    "l’action {{code}} n’a pas de ligne budgétaire : elle ne figure dans aucun budget IATI",
  "iati.outsidePeriod":
    "l’action {{code}} a une ligne budgétaire pour {{year}}, hors de la période du plan {{start}}-{{end}} : corrigez l’année",
  "iati.unknownRef": "{{where}} : {{column}} « {{ref}} » inconnu : corrigez-le avant l’export",
  "iati.sourceWithoutOrg":
    "la source de financement {{code}} ({{name}}) ne désigne aucune partie prenante : elle est déclarée comme organisation de financement par son nom, sans référence d’organisation",
  "iati.noSector":
    "l’axe {{code}} ({{name}}) ne correspond à aucun axe FPS (participation, prévention, protection, relèvement) : il est déclaré sous le secteur CAD 15220 (consolidation de la paix civile, prévention et règlement des conflits)",
  "iati.noIndicator":
    "{{count}} éléments du cadre n’ont pas d’indicateur et sont omis des résultats IATI (un résultat en demande un) : {{codes}}",
  "iati.example":
    "le plan contient le plan opérationnel d’exemple fictif : ne publiez pas ce fichier",
  // issue 14.6 / 18.3, IATI results from tblValues (iatires helper)
  "iati.evidenceTitle": "Justificatif de l’indicateur {{code}}, {{period}}",
  "iati.evidenceNotLink":
    "le justificatif de {{count}} valeurs n’est pas une adresse web et n’est pas lié dans le fichier IATI (un lien de document en demande une) ; il reste dans le classeur",
  "iati.evidenceNotLink_one":
    "le justificatif de {{count}} valeur n’est pas une adresse web et n’est pas lié dans le fichier IATI (un lien de document en demande une) ; il reste dans le classeur",
  "iati.valuesLeftOut":
    "{{count}} lignes de la feuille Valeurs ne nomment aucun indicateur du plan ou une année hors de sa période et sont laissées hors des résultats IATI (la vérification complète indique leurs cellules)",
  "iati.valuesLeftOut_one":
    "{{count}} ligne de la feuille Valeurs ne nomme aucun indicateur du plan ou une année hors de sa période et est laissée hors des résultats IATI (la vérification complète indique sa cellule)",
  "iati.wrote":
    "{{file}} écrit : {{activities}} activités, {{budgets}} budgets, total {{total}} {{currency}}.",
  "iati.refused": "Aucun fichier IATI écrit : {{count}} erreurs à corriger d’abord.",
  "iati.refused_one": "Aucun fichier IATI écrit : {{count}} erreur à corriger d’abord.",
  // issue 18, identifiants IATI des organisations et transactions (iati helper)
  "col.iatiRef": "Identifiant IATI de l’organisation",
  "iati.noReporterRef":
    "l’organisation déclarante {{code}} n’a pas d’identifiant IATI d’organisation, que l’IATI exige du déclarant : saisissez-le dans la feuille Parties prenantes, colonne « {{column}} » (pour un ministère du Mali, ML-COA- suivi de son code dans la classification administrative du budget)",
  "iati.badOrgRef":
    "partie prenante {{code}} : {{column}} « {{ref}} » n’est pas un identifiant d’organisation (le préfixe d’une agence d’enregistrement comme ML-COA ou XM-DAC, un tiret, l’identifiant qu’elle donne, sans espace) : corrigez-le ou effacez-le",
  "iati.orgWithoutRef":
    "{{count}} organisations n’ont pas d’identifiant IATI et sont nommées sans : {{codes}} (saisissez l’identifiant dans la feuille Parties prenantes, colonne « {{column}} », quand l’organisation en a un)",
  "iati.orgWithoutRef_one":
    "{{count}} organisation n’a pas d’identifiant IATI et est nommée sans : {{codes}} (saisissez l’identifiant dans la feuille Parties prenantes, colonne « {{column}} », quand l’organisation en a un)",
  "iati.txSecured": "Montant acquis pour {{year}} dans les lignes budgétaires du plan",
  "v.orgId":
    "« {{value}} » n’est pas un identifiant IATI d’organisation : le préfixe d’une agence d’enregistrement (ML-COA, XM-DAC...), un tiret et l’identifiant qu’elle donne, sans espace ni / & | ? ; laissez la cellule vide quand l’organisation n’en a pas",
  // donor (issue 18): IATI organisation types (codelist OrganisationType, labels as the IATI codelist gives them).
  "col.iatiType": "Type d’organisation IATI",
  "listTitle.iatiOrgType": "Type d’organisation IATI",
  "iatiOrgType.10": "10 Gouvernement",
  "iatiOrgType.11": "11 Gouvernement local",
  "iatiOrgType.15": "15 Autre secteur public",
  "iatiOrgType.21": "21 ONG internationale",
  "iatiOrgType.22": "22 ONG nationale",
  "iatiOrgType.23": "23 ONG régionale",
  "iatiOrgType.24": "24 ONG dans le pays bénéficiaire",
  "iatiOrgType.30": "30 Partenariat public-privé",
  "iatiOrgType.40": "40 Multilatéral",
  "iatiOrgType.60": "60 Fondation",
  "iatiOrgType.70": "70 Secteur privé",
  "iatiOrgType.71": "71 Secteur privé situé dans un pays fournisseur/donateur",
  "iatiOrgType.72": "72 Secteur privé situé dans un pays bénéficiaire de l’aide",
  "iatiOrgType.73": "73 Secteur privé situé dans un pays tiers",
  "iatiOrgType.80": "80 Universitaire, formation et recherche",
  "iatiOrgType.90": "90 Autre",
  "iati.orgWithoutType":
    "{{count}} organisations n’ont pas de type d’organisation IATI et sont nommées sans : {{codes}} (choisissez-le dans la feuille Parties prenantes, colonne « {{column}} »)",
  "iati.orgWithoutType_one":
    "{{count}} organisation n’a pas de type d’organisation IATI et est nommée sans : {{codes}} (choisissez-le dans la feuille Parties prenantes, colonne « {{column}} »)",
  // donorprint (issue 18): the partner page (one funding partner on one printed page).
  "sheet.partnerPage": "Fiche partenaire",
  "guide.sheet.partnerPage":
    "Un partenaire financier sur une page imprimée : choisissez-le en B4 ; prévu, engagé, acquis, décaissé, dépensé et écart par année, dans la monnaie du plan et celle du bailleur.",
  "partner.title": "Partenaire financier : ses fonds au regard du plan, par année",
  "partner.note":
    "Choisissez le partenaire financier en B5 (les codes de la feuille Sources de financement). Chaque montant est une formule Excel sur la feuille Budget : les lignes budgétaires de ce partenaire par année, dans la monnaie du plan et, si la Synthèse bailleurs donne un taux de change, dans celle du bailleur. La fiche s’imprime sur une page, à partir du nom du partenaire ; cette note ne s’imprime pas.",
  "partner.chooser": "Partenaire financier (code)",
  "partner.chooserPrompt":
    "Choisissez le code d’une source de financement : la fiche montre ses lignes budgétaires.",
  "partner.chooserError": "Choisissez un code de la feuille Sources de financement.",
  "partner.currency": "Monnaie du bailleur",
  "partner.inPlanCurrency": "Dans la monnaie du plan",
  "partner.inDonorCurrency": "Dans la monnaie du bailleur",
  // donor (issue 18): the Donor summary per funding partner and year, its "as of" date and reporting completeness.
  "donor.byPartner": "Par partenaire financier et par année",
  "donor.gapAll": "Écart (prévu − acquis)",
  "donor.fundableGap": "Écart finançable (actions ouvertes)",
  "donor.plannedIn": "Prévu ({{currency}})",
  "donor.committedIn": "Engagé ({{currency}})",
  "donor.securedIn": "Acquis ({{currency}})",
  "donor.disbursedIn": "Décaissé ({{currency}})",
  "donor.spentIn": "Dépensé ({{currency}})",
  "donor.gapIn": "Écart ({{currency}})",
  "donor.fundableGapIn": "Écart finançable ({{currency}})",
  "donor.partnerNote":
    "Par partenaire financier et par année : chaque ligne budgétaire compte pour sa source de financement et son année. Écart : prévu moins acquis sur toutes les lignes. Écart finançable : prévu moins acquis sur les lignes des actions ni réalisées ni annulées, l’argent qu’il vaut encore la peine de trouver.",
  "donor.asOf": "Données au {{date}} : {{source}}.",
  "donor.asOf.changes": "la dernière entrée du journal des modifications",
  "donor.asOf.imports": "le dernier import d’un classeur de point focal",
  "donor.asOf.submissions": "la dernière soumission d’un point focal",
  "donor.asOf.none":
    "Données au : aucune modification, aucun import ni aucune soumission n’est encore enregistré.",
  "donor.completeness":
    "Complétude des rapports {{year}} : {{submitted}} points focaux sur {{expected}} ont soumis ({{rate}}).",
  "donor.completeness.none": "Complétude des rapports : aucun point focal n’est attendu.",
  // summaries
  "chart.completion": "Taux de réalisation par axe",
  "chart.share": "Part du budget du PAN par partie prenante",
  "chart.gap": "Écart de financement par source",
  "sheet.donor": "Synthèse bailleurs",
  "donor.title": "Budget chiffré pour les partenaires techniques et financiers",
  "donor.byPillar": "Par axe",
  "donor.bySource": "Par source de financement",
  "donor.byOutput": "Par produit",
  "donor.rate":
    "Taux de change pour les bailleurs (unités de la monnaie du plan pour une unité de la monnaie du bailleur)",
  "donor.rateNote":
    "Les montants engagés sont les lignes budgétaires marquées engagées ; le reste est indicatif. Les montants sont dans la monnaie du plan ; saisissez le taux de change pour les voir dans la monnaie d’un bailleur (actualisez pour ajouter la colonne).",
  "sum.inCurrency": "Montant prévu ({{currency}})",
  "col.currency": "Monnaie",
  "col.rate": "Taux",
  "col.rateDate": "Date du taux",
  "guide.sheet.donor":
    "Le budget chiffré pour les bailleurs, par axe, source de financement et produit, prêt à imprimer ou à enregistrer en PDF.",
  "msg.refreshed": "{{file}} actualisé ({{ms}} ms).",
  "sheet.sumPillars": "Par axe",
  "sheet.sumStakeholders": "Par partie prenante",
  "sheet.sumFunding": "Par source de financement",
  "sheet.sumYears": "Par année",
  "sheet.sumRegions": "Par région",
  "sheet.sumIndicators": "Progrès des indicateurs",
  "sheet.completeness": "Complétude",
  "sum.pillars.title": "Synthèse par axe",
  "sum.stakeholders.title": "Synthèse par partie prenante",
  "sum.funding.title": "Synthèse par source de financement",
  "sum.years.title": "Synthèse par année",
  "sum.regions.title": "Synthèse par région",
  "sum.indicators.title": "Progrès des indicateurs",
  "sum.completeness.title": "Complétude des rapports des membres du Comité national de suivi",
  "sum.planned": "Actions prévues",
  "sum.completionRate": "Taux de réalisation",
  "sum.budget": "Budget",
  "sum.share": "Part du total",
  "sum.budgetLed": "Budget des actions pilotées",
  "sum.shareOfNap": "Part du budget du PAN",
  "sum.actionsLed": "Actions pilotées",
  "sum.actionsPartner": "Actions comme partenaire",
  "sum.gap": "Écart de financement",
  "sum.actions": "Actions",
  "sum.budgetRegion": "Budget des actions dans la région",
  "sum.latestYear": "Dernière année",
  "sum.latestActual": "Dernière réalisation",
  "sum.actualToDate": "Réalisation comparée",
  "sum.target": "Cible",
  "sum.yearTarget": "Cible de cette année",
  "sum.progress": "Progrès vers la cible",
  "sum.onTime": "Dans les délais",
  "sum.late": "En retard",
  "sum.yearHeader": "{{year}}",
  "sum.reportingRate": "Taux de soumission",
  "sum.onTimeRate": "Taux de soumission dans les délais",
  "sum.outsidePeriod": "Lignes d’années hors de la période du plan (hors des années ci-dessus)",
  "sum.total": "Total",
  "sum.note":
    "Calculé par des formules Excel à partir des feuilles de saisie : ne rien saisir ici.",
  "sum.chartsNote":
    "Graphiques : le complément les trace dans Excel lorsqu’il actualise les synthèses. Les fichiers écrits par la ligne de commande n’en ont pas : la bibliothèque de fichiers ne sait pas écrire de graphiques.",
  "sum.regionNote":
    "Une action menée dans plusieurs régions compte dans chacune : la somme des budgets régionaux peut dépasser le total.",
  "progress.onTrack": "En bonne voie",
  "progress.offTrack": "En retard sur la trajectoire",
  "progress.noData": "Pas de données",
  "progress.toCheck": "À vérifier",
  "sum.toCheck": "Saisies à vérifier",
  "sum.gapClosed": "Écart, actions closes",
  "sum.gapNote":
    "Écart de financement : prévu moins acquis sur les lignes budgétaires des actions encore ouvertes. Les lignes des actions annulées et réalisées en sont exclues et montrées à part (Écart, actions closes).",
  "sum.toCheckNote":
    "Saisies à vérifier : combien des valeurs de l’indicateur ne conviennent pas à sa mesure (un pourcentage au-dessus de 100, un oui/non qui n’est ni oui ni non, un niveau hors de l’échelle...). Le statut indique alors « À vérifier » au lieu d’un statut que ces chiffres ne peuvent pas fonder.",
  "guide.entries": "Saisir les valeurs",
  "guide.entries.yesno":
    "Indicateurs oui/non : saisissez Oui ou Non, Yes ou No (majuscules ou minuscules), ou 1 ou 0.",
  "guide.entries.level":
    "Indicateurs de niveau : saisissez le chiffre du niveau ou son nom, en français ou en anglais — {{scale}}.",
  "guide.entries.text":
    "Les indicateurs texte reçoivent du texte. Ce que vous saisissez reste tel quel ; les synthèses lisent les libellés comme leur chiffre.",
  "guide.definitions": "Définitions",
  "guide.def.progress":
    "Progrès : le chemin parcouru par l’indicateur depuis sa référence vers sa cible — 0 % à la référence, 100 % à la cible, négatif quand il s’est éloigné de la cible.",
  "guide.def.aggregation":
    "Réalisation comparée à la cible : un indicateur « somme des années » additionne les réalisations de ses années (12 + 9 + 14 = 35 initiatives sur 85 : 41,2 %), « dernière valeur » prend la dernière réalisation, « valeur la plus haute » la plus haute, « moyenne » leur moyenne ; la cible est la cible de fin de plan, sinon les cibles annuelles additionnées de la même façon.",
  "guide.def.onTrack":
    "En bonne voie : la dernière réalisation atteint au moins 85 % de la cible saisie pour son année (au plus 115 % pour une diminution, à 5 % près pour un maintien) ; sans cible pour cette année, le progrès suit la part écoulée de la période du plan ; un indicateur qui a reculé n’est pas en bonne voie.",
  "guide.def.completion":
    "Taux de réalisation : les actions réalisées sur les actions encore prévues — les actions annulées exclues, les reportées comptées comme prévues, celles sans statut dans aucun des deux.",
  "guide.def.gap":
    "Écart de financement : prévu moins acquis sur les lignes budgétaires des actions encore ouvertes ; les lignes des actions annulées et réalisées sont montrées à part.",
  "guide.def.toCheck":
    "À vérifier : un indicateur dont une valeur ne convient pas à sa mesure affiche « À vérifier » et le nombre de saisies, au lieu d’un statut.",
  "col.onTime": "Dans les délais",
  "guide.sheet.sumPillars":
    "Actions par statut, taux de réalisation, budget et indicateurs en bonne voie ou non, par axe.",
  "guide.sheet.sumStakeholders":
    "Budget et part du budget du PAN par responsable principal (l’indicateur budgétaire du plan), actions pilotées et comme partenaire.",
  "guide.sheet.sumFunding":
    "Montants prévus, acquis et écart de financement par source de financement.",
  "guide.sheet.sumYears": "Budget, montants acquis et actions par année.",
  "guide.sheet.sumRegions": "Actions et leur budget par région.",
  "guide.sheet.sumIndicators":
    "Valeur de référence, dernière réalisation, cible, progrès et statut de chaque indicateur.",
  "guide.sheet.completeness":
    "Quels membres du Comité de suivi ont rendu compte chaque année, et dans les délais.",
  // consolidation
  "refuse.empty": "{{file}} est vide",
  "refuse.too-large": "{{file}} est trop volumineux pour un classeur de point focal ({{detail}})",
  "refuse.encrypted":
    "{{file}} est protégé par mot de passe : demandez au point focal une copie non protégée",
  "refuse.legacy-xls":
    "{{file}} est un ancien fichier .xls : enregistrez-le d’abord au format .xlsx dans Excel",
  "refuse.not-xlsx": "{{file}} n’est pas un classeur .xlsx",
  "refuse.macros":
    "{{file}} contient des macros : il est refusé ; enregistrez-le comme classeur .xlsx simple",
  "refuse.zip-bomb": "{{file}} se décompresserait bien au-delà de sa taille ({{detail}}) : refusé",
  "refuse.not-spreadsheet": "{{file}} est une archive zip mais pas un classeur Excel",
  "refuse.damaged":
    "{{file}} est un fichier .xlsx endommagé ({{detail}}) : ouvrez-le dans Excel et enregistrez-le à nouveau",
  "refuse.unsafe-name": "{{file}} contient une partie au nom dangereux ({{detail}}) : refusé",
  "refuse.too-many-parts":
    "{{file}} contient bien plus de parties qu’un classeur n’en a besoin ({{detail}}) : refusé",
  "refuse.xml-dtd":
    "{{file}} déclare un type de document XML, dont aucun classeur n’a besoin ({{detail}}) : refusé",
  "refuse.too-big":
    "{{file}} est plus grand qu’un classeur de PAN ne peut l’être ({{detail}}) : refusé",
  "consolidate.file":
    '{{file}} ({{focalPoint}}) : $t(n.added, {"count": {{added}} }), $t(n.blanksFilled, {"count": {{filled}} }), $t(n.unchanged, {"count": {{unchanged}} }), {{conflicts}} en conflit, $t(n.ignored, {"count": {{ignored}} })',
  "consolidate.otherPlan":
    "classeur d’un autre plan ({{title}}, {{period}}), pas de {{national}} ({{nationalPeriod}})",
  "consolidate.notMergeable": "ne peut être fusionné avec les autres : {{reason}}",
  "consolidate.change":
    "{{file}} ({{who}})\u00a0: {{table}} {{key}}, {{column}}\u00a0: {{before}} → {{after}} ({{why}})",
  "consolidate.why.added": "nouvelle ligne",
  "consolidate.why.filled": "case vide remplie",
  "consolidate.why.owner": "mise à jour par son responsable",
  "consolidate.notTaken":
    "{{file}} ({{who}})\u00a0: {{table}} {{key}}, {{column}}\u00a0: {{before}} → {{after}} non pris\u00a0: {{reason}}",
  "consolidate.rowNotTaken":
    "{{file}} ({{who}})\u00a0: {{table}} {{key}} non pris\u00a0: {{reason}}",
  "consolidate.reason.conflict": "conflit {{id}} soumis à l’UGT (la ligne relève de {{owner}})",
  "consolidate.reason.conflictNoOwner": "conflit {{id}} soumis à l’UGT (valeur sans responsable)",
  "consolidate.reason.unknown-indicator": "l’indicateur n’est pas dans le cadre national",
  "consolidate.reason.unknown-action": "son action n’est pas dans le plan",
  "consolidate.blank": "(vide)",
  "consolidate.nothingTaken":
    "Rien n’a pu être pris\u00a0: aucune valeur ne changerait et rien ne va à l’UGT.",
  "consolidate.settleWaiting":
    "le conflit {{id}} a une proposition acceptée mais {{pending}} encore en attente\u00a0: marquez-la Accepter ou Rejeter",
  "consolidate.settleNotLanded.required-missing":
    "le conflit {{id}} ({{table}} {{key}}) n’est pas tranché\u00a0: la nouvelle ligne demande aussi {{detail}} accepté",
  "consolidate.settleNotLanded.action-missing":
    "le conflit {{id}} ({{table}} {{key}}) n’est pas tranché\u00a0: son action {{detail}} n’est pas dans le plan (tranchez d’abord l’action)",
  "consolidate.settleNotLanded.refused-by-plan":
    "le conflit {{id}} ({{table}} {{key}}) n’est pas tranché\u00a0: le plan refuse la ligne ({{detail}})",
  "consolidate.settleReversed":
    "{{count}}\u00a0mises à jour de responsables annulées\u00a0: {{ids}}",
  "rollForward.outside":
    "impossible de reporter depuis {{from}} : l’année à reporter doit aller de {{start}} à {{last}} (l’année suivante doit être dans la période du plan)",
  "consolidate.refused": "{{file}} : refusé : {{reason}}",
  "consolidate.findings": "{{file}} : {{errors}}, {{warnings}}",
  "consolidate.summary":
    '$t(n.filesRead, {"count": {{files}} }), $t(n.refused, {"count": {{refused}} }) ; $t(n.newConflicts, {"count": {{conflicts}} }) à trancher par l’UGT',
  "consolidate.dryRun":
    "Essai à blanc : rien n’a été écrit. Relancez sans --dry-run pour écrire {{out}}.",
  "consolidate.wrote": "{{out}} écrit.",
  "consolidate.completeness_one":
    "Année {{year}} : {{submitted}} point focal attendu sur {{expected}} a soumis ({{rate}} %), {{onTime}} dans les délais ({{onTimeRate}} %)",
  "consolidate.completeness":
    "Année {{year}} : {{submitted}} points focaux attendus sur {{expected}} ont soumis ({{rate}} %), {{onTime}} dans les délais ({{onTimeRate}} %)",
  "consolidate.missing": "Pas de soumission : {{codes}}",
  "consolidate.late": "En retard : {{codes}}",
  "consolidate.notNational": "le classeur national {{file}} ne peut pas être lu : {{reason}}",
  "consolidate.extraContent":
    "{{file}} contient des éléments hors du modèle ({{what}}) ; ils ne seraient pas repris, donc rien n’a été écrit",
  "consolidate.unknownIndicator": "l’indicateur {{code}} n’est pas dans le cadre national",
  "consolidate.settleTwo":
    "le conflit {{id}} a plus d’une proposition acceptée : n’en acceptez qu’une",
  "consolidate.rolled": "Reconduit sur {{year}} : {{count}} actions non terminées reportées",
  "sheet.imports": "Journal des imports",
  "sheet.conflicts": "Conflits",
  "sheet.submissions": "Soumissions",
  "col.origin": "Provenance",
  "col.importedAt": "Importé le",
  "col.file": "Fichier",
  "col.table": "Tableau",
  "col.column": "Colonne",
  "col.outcome": "Résultat",
  "col.conflictId": "Conflit",
  "col.current": "Valeur nationale",
  "col.proposed": "Valeur proposée",
  "col.decision": "Décision",
  "col.settledBy": "Tranché par",
  "col.settledAt": "Tranché le",
  "col.submittedAt": "Soumis le",
  "col.deadline": "Date limite",
  "outcome.added": "Ajouté",
  "outcome.filled": "Case vide remplie",
  "outcome.unchanged": "Inchangé",
  "outcome.conflict": "Conflit",
  "outcome.settled": "Tranché",
  "decision.pending": "En attente",
  "decision.accept": "Accepter",
  "decision.reject": "Rejeter",
  "mergeTable.actions": "Plan opérationnel",
  "mergeTable.budget": "Budget",
  "mergeTable.indicators": "Indicateurs",
  "mergeTable.stakeholders": "Parties prenantes",
  "mergeTable.funding": "Sources de financement",
  "mergeTable.regions": "Régions",
  "guide.sheet.imports":
    "Chaque valeur importée des classeurs des points focaux : fichier, point focal, date, et ce qu’elle est devenue.",
  "guide.sheet.conflicts":
    "Valeurs sur lesquelles les sources divergent : l’UGT accepte ou rejette chaque proposition ; celles tranchées restent comme trace.",
  "guide.sheet.submissions":
    "Quels points focaux ont soumis pour l’année, quand, et dans les délais ou non.",
  // Issue 15 item 4, the change log (src/core/tables/changes.ts)
  "sheet.changes": "Journal des modifications",
  "guide.sheet.changes":
    "Chaque cellule de saisie modifiée par le complément ou la ligne de commande, et chaque saisie vue par le volet : quand, qui, où, avant et après, et pourquoi. En lecture seule.",
  "col.changedAt": "Date et heure",
  "col.changedBy": "Auteur",
  "col.sheet": "Feuille",
  "col.before": "Avant",
  "col.after": "Après",
  "col.why": "Motif",
  "changeReason.import": "Import",
  "changeReason.settle": "Conflit tranché",
  "changeReason.roll-forward": "Report à l’année suivante",
  "changeReason.upgrade": "Mise à jour du modèle",
  "changeReason.refresh-kept": "Actualisation",
  "changeReason.edit": "Saisie dans Excel",
  "changes.tmu": "UGT",
  // custom functions
  "cf.range.amounts": "montants",
  "cf.range.categories": "catégories",
  "cf.range.planned": "prévus",
  "cf.range.secured": "acquis",
  "cf.range.statuses": "statuts",
  "cf.range.pillars": "axes",
  "cf.range.numerators": "numérateurs",
  "cf.range.denominators": "dénominateurs",
  "cf.range.filter": "filtre {{n}}",
  "cf.arg.baseline": "la référence",
  "cf.arg.actual": "la valeur réalisée",
  "cf.arg.target": "la cible",
  "cf.arg.tolerance": "la tolérance",
  "cf.arg.women": "femmes",
  "cf.arg.total": "total",
  "cf.arg.minimum": "minimum",
  "cf.cell": "cellule {{n}}",
  "cf.policy.standard": "standard",
  "cf.policy.include-cancelled": "inclure-annulées",
  "cf.policy.exclude-postponed": "exclure-reportées",
  "cf.policy.include-cancelled-exclude-postponed": "inclure-annulées-exclure-reportées",
  "cf.err.shape":
    "{{range}} doit être une seule ligne ou colonne ({{rows}} lignes × {{cols}} colonnes reçues)",
  "cf.err.sizes":
    "{{range}} a {{n}} cellules mais {{first}} en a {{m}} : les plages doivent avoir la même taille",
  "cf.err.notAmount": "{{range}}, {{cell}} : « {{value}} » n’est pas un nombre (0 ou plus)",
  "cf.err.notCount": "{{range}} : « {{value}} » n’est pas un effectif (un nombre, 0 ou plus)",
  "cf.err.notNumber": "{{range}} : « {{value}} » n’est pas un nombre",
  "cf.err.status": "{{range}}, {{cell}} : « {{value}} » n’est pas un statut d’action ({{list}})",
  "cf.err.policy": "règle inconnue « {{value}} » (utilisez {{list}})",
  "cf.err.direction": "sens inconnu « {{value}} » (utilisez {{list}})",
  "cf.err.aggregation": "agrégation inconnue « {{value}} » (utilisez {{list}})",
  "cf.err.filterValue": "{{range}} est donné sans valeur à retenir",
  "cf.err.filterRange":
    "une valeur à retenir (« {{value}} ») est donnée pour {{range}}, mais sans plage",
  "cf.err.noMatch": "aucune ligne ne correspond aux filtres ({{filters}})",
  "cf.err.zeroTotal": "le total des {{range}} est nul : aucune part à calculer",
  "cf.err.noCategory": "aucune ligne comptée ne porte la catégorie « {{category}} »",
  "cf.err.nonePlanned":
    "aucune action ne reste prévue selon la règle « {{policy}} » : aucun taux à calculer",
  "cf.err.zeroDenominators": "la somme des dénominateurs est nulle : aucun taux à calculer",
  "cf.err.moreWomen": "{{women}} femmes, c’est plus que le total de {{total}}",
  "cf.err.zeroPeople": "le total est nul : aucune part à calculer",
  "cf.err.minimum":
    "le minimum doit être une part entre 0 et 1, comme 30 % ou 0,3 (« {{value}} » reçu)",
  "cf.err.missing": "{{what}} manque",
  // Reconduction : ce qu’elle a fait et ce que l’UGT doit regarder (lead, session 4).
  "rollForward.proposedOrigin":
    "Proposée à la reconduction d’après la ligne de {{year}} (à ajuster)",
  "rollForward.proposed_one":
    "{{count}} ligne budgétaire proposée pour {{year}} (indicative, non acquise : vérifiez le montant)",
  "rollForward.proposed":
    "{{count}} lignes budgétaires proposées pour {{year}} (indicatives, non acquises : vérifiez les montants)",
  "rollForward.finishedFuture_one":
    "{{count}} ligne budgétaire d’une action achevée ou annulée est prévue pour une année à venir : {{lines}}",
  "rollForward.finishedFuture":
    "{{count}} lignes budgétaires d’actions achevées ou annulées sont prévues pour des années à venir : {{lines}}",
  "rollForward.pending_one": "{{count}} conflit est encore en attente (à régler) : {{ids}}",
  "rollForward.pending": "{{count}} conflits sont encore en attente (à régler) : {{ids}}",
  // La liste de règlement du volet et la reconduction (lead, session 4).
  "consolidate.settled_one": "{{count}} conflit réglé : {{ids}}",
  "consolidate.settled": "{{count}} conflits réglés : {{ids}}",
  "pane.settle.title": "Régler les conflits",
  "pane.settle.load": "Afficher les conflits en attente",
  "pane.settle.none": "Aucun conflit en attente.",
  "pane.settle.conflict": "{{id}} · {{table}} {{key}}, {{column}} : actuellement « {{current}} »",
  "pane.settle.accept": "Accepter {{source}} : « {{proposed}} »",
  "pane.settle.reject": "Tout rejeter (garder « {{current}} »)",
  "pane.settle.later": "Décider plus tard",
  "pane.settle.apply_one": "Régler {{count}} conflit",
  "pane.settle.apply": "Régler {{count}} conflits",
  "pane.settle.writing": "Règlement dans le classeur…",
  "pane.roll.title": "Mise à jour annuelle (reconduction)",
  "pane.roll.from": "Année qui vient de s’achever",
  "pane.roll.apply": "Reporter les actions non terminées sur {{year}}",
  "pane.roll.writing": "Reconduction dans le classeur…",
  // Issue 19 (listes de référence, correspondances proposées, rapport par indicateur mondial).
  "col.sdgStatus": "Statut ODD",
  "col.un1325Status": "Statut 1325",
  "col.mappingStatus": "Statut de la correspondance",
  "mappingStatus.source": "Donnée par la source",
  "mappingStatus.proposed": "Proposée",
  "mappingStatus.confirmed": "Confirmée",
  "listTitle.mappingStatus": "Statut de correspondance",
  "ref.list.sdg": "Codes ODD",
  "ref.list.global1325": "Indicateurs mondiaux 1325",
  "sheet.sumGlobal": "Rapport indicateurs mondiaux",
  "guide.sheet.sumGlobal":
    "Les indicateurs du plan et leurs dernières valeurs regroupés par cible ODD et par indicateur mondial 1325, chaque correspondance avec son statut, pour le rapport annuel à ONU Femmes et le rapport du Secrétaire général.",
  "guide.mappings": "ODD et indicateurs mondiaux",
  "guide.mappings.count":
    "Correspondances des indicateurs du plan avec les cibles ou indicateurs ODD et les indicateurs mondiaux 1325 : {{proposed}} proposées, {{source}} données par la source, {{confirmed}} confirmées.",
  "guide.mappings.rule":
    "Une correspondance proposée a été déduite, la source ne la donne pas : elle ne fait pas partie du plan tant qu’une personne ne l’a pas confirmée (colonne Statut de la correspondance de la feuille Indicateurs : Confirmée). Un code saisi sans statut est proposé. Les codes et leur libellé officiel sont sur la feuille Listes.",
  "ref.report.title": "Rapport par indicateur mondial",
  "ref.report.note":
    "Chaque ligne est une correspondance d’un indicateur ; une correspondance Proposée ne fait pas partie du plan tant qu’elle n’est pas confirmée sur la feuille Indicateurs.",
  "ref.report.bySdg": "Par cible ODD",
  "ref.report.byGlobal": "Par indicateur mondial 1325",
  "ref.col.target": "Cible ODD",
  "ref.col.global": "Indicateur mondial",
  "ref.col.code": "Code",
  "ref.col.wording": "Libellé officiel",
  // Valeurs des indicateurs par période et ventilation : tblValues (numérateur/dénominateur du ticket 13, table longue du ticket 14)
  "sheet.values": "Valeurs",
  "col.period": "Période",
  "col.breakdown": "Ventilation",
  "col.numerator": "Numérateur",
  "col.denominator": "Dénominateur",
  "col.valueComment": "Commentaire / explication de l’écart",
  "col.evidence": "Source ou justificatif (lien)",
  "col.enteredBy": "Saisi par",
  "col.valueOrder": "Ordre (calculé)",
  "listTitle.period": "Période",
  "period.year": "Année",
  "period.H1": "S1",
  "period.H2": "S2",
  "period.Q1": "T1",
  "period.Q2": "T2",
  "period.Q3": "T3",
  "period.Q4": "T4",
  "sum.actualYear": "Réalisé {{year}}",
  "guide.sheet.values":
    "Valeurs des indicateurs, une ligne chacune : indicateur, année, période, ventilation, valeur ou numérateur et dénominateur, commentaire et justificatif, cible. Quand une année a des lignes, elles font le réalisé de cette année (et sa cible).",
  "guide.entries.rate":
    "Indicateurs « nombre et % » : sur la feuille Valeurs, saisir le numérateur et le dénominateur, pas le pourcentage, par exemple I3.2.1 | 2020 | S1 | | | 12 | 40 (12 cas sur 40 : laisser Valeur vide) ; le réalisé de l’année est la somme des numérateurs sur la somme des dénominateurs (9 sur 38 et 11 sur 32 font 28,6 %, jamais la moyenne des pourcentages).",
  "v.values.unknownIndicator":
    "{{code}} n’est pas un indicateur de la feuille Indicateurs : choisir un code dans la liste déroulante",
  "v.values.negative":
    "{{value}} est négatif : un numérateur ou un dénominateur est un effectif, 0 ou plus",
  "v.values.zeroDenominator":
    "le dénominateur est 0 : aucun taux à calculer ; saisir l’effectif compté, ou effacer numérateur et dénominateur et saisir la valeur",
  "v.values.numeratorAboveDenominator":
    "le numérateur {{numerator}} dépasse le dénominateur {{denominator}} : la partie ne peut dépasser le tout",
  "v.values.valueDisagrees":
    "la valeur {{value}} ne concorde pas avec son numérateur et son dénominateur ({{cells}} : {{numerator}} / {{denominator}} = {{rate}}) : corriger l’un d’eux, ou effacer la valeur",
  "v.values.actualDisagrees":
    "le réalisé {{typed}} saisi pour {{year}} ne concorde pas avec la valeur {{value}} que donnent les lignes de la feuille Valeurs ({{cells}}) : les lignes sont retenues ; corriger le réalisé saisi ou les lignes",

  // Issue 15 items 1 and 3 (cycle): copy stamp, prepare, submit, import by stamp, approval.
  "col.submissionState": "État",
  "col.tmuComment": "Commentaire de l’UGT",
  "col.copyId": "Identifiant de la copie",
  "listTitle.submissionState": "État de la soumission",
  "submissionState.submitted": "Soumise",
  "submissionState.accepted": "Acceptée",
  "submissionState.returned": "Renvoyée",
  "sum.stateHeader": "État {{year}}",
  "cycle.unstamped":
    "il ne porte pas de tampon de copie (il n’a pas été préparé par l’UGT) : nommez son point focal (--as CODE)",
  "cycle.unknownFocalPoint": "{{code}} n’est pas une partie prenante du plan national",
  "cycle.asDiffers": "il porte le tampon de la copie de {{stamped}}, pas de {{code}}",
  "cycle.otherYear":
    "c’est la copie de {{code}} pour {{stamped}}, pas pour {{year}} (l’année consolidée)",
  "cycle.draftImported":
    "un brouillon (jamais soumis) : sa date est celle du dernier enregistrement du fichier",
  "cycle.resubmission":
    "soumis de nouveau (copie {{copyId}}, importée d’abord comme {{file}} le {{at}}) : la dernière la remplace",
  "cycle.superseded":
    "une soumission de la copie {{copyId}} antérieure à {{file}}, qui est prise à sa place",
  "cycle.locked":
    "l’année {{year}} de {{code}} est acceptée : rien ne change tant que l’UGT ne la rouvre pas (nap1325 approve --reopen)",
  "cycle.lockedUnchanged":
    "l’année {{year}} de {{code}} est acceptée et ce fichier n’y change rien",
  "cycle.lockedYearLeftOut":
    "ses valeurs de {{year}} sont laissées de côté : l’année {{year}} de {{code}} est acceptée (l’UGT la rouvre pour les changer)",
  "cycle.isCopy":
    "c’est la copie de {{code}}, pas le classeur national : préparez les copies à partir du classeur national",
  "cycle.unknownCodes":
    "pas des parties prenantes du plan national : {{codes}} ; rien n’a été écrit",
  "cycle.notCopy":
    "ce n’est pas la copie d’un point focal (pas de tampon de copie) : seule une copie préparée par l’UGT peut être soumise",
  "cycle.decision.nothing-submitted": "{{code}} n’a rien soumis pour {{year}}",
  "cycle.decision.already": "l’année {{year}} de {{code}} est déjà à l’état « {{state}} »",
  "cycle.decision.reopen-first":
    "l’année {{year}} de {{code}} est acceptée : rouvrez-la d’abord (--reopen)",
  "cycle.decision.not-accepted":
    "l’année {{year}} de {{code}} n’est pas acceptée ({{state}}) : rien à rouvrir",
  "cycle.prepared":
    '{{file}} : copie de {{code}} pour {{year}} (copie {{copyId}}) : $t(n.ownActions, {"count": {{actions}} }), $t(n.ownIndicators, {"count": {{indicators}} }) ; $t(n.othersActions, {"count": {{otherActions}} }), $t(n.othersIndicators, {"count": {{otherIndicators}} })',
  "cycle.preparedAll": "{{count}} copies préparées dans {{dir}}",
  "cycle.exists":
    "{{file}} existe déjà : rien n’a été écrit (supprimez-le ou choisissez un autre dossier)",
  "cycle.submitted": "{{file}} : copie de {{code}} pour {{year}} soumise le {{at}}",
  "cycle.submittedAgain":
    "{{file}} : copie de {{code}} pour {{year}} soumise de nouveau le {{at}} (auparavant {{before}})",
  "cycle.decided": "{{code}}, {{year}} : {{from}} → {{to}}",
  "cycle.asSeveral": "--as nomme le point focal d’un seul fichier : donnez un seul fichier avec",
  "cycle.returnComment": "--return demande un commentaire disant quoi corriger",
  "cycle.oneVerdict":
    "donnez --return ou --reopen, pas les deux (ni l’un ni l’autre pour accepter)",
  "cycle.states": "États pour {{year}} : {{states}}",
  // La soumission depuis le volet (lead, session 4).
  "pane.submit.title": "Envoyer ma copie à l’UGT",
  "pane.submit.intro":
    "Quand vos lignes sont remplies, soumettez : la date est inscrite dans le classeur ; enregistrez-le ensuite et envoyez le fichier à l’UGT.",
  "pane.submit.apply": "Soumettre cette copie",
  "pane.submit.done":
    "Copie de {{code}} pour {{year}} soumise le {{at}}. Enregistrez le classeur et envoyez-le à l’UGT.",
  "pane.submit.again":
    "Copie de {{code}} pour {{year}} soumise de nouveau le {{at}} (auparavant {{before}}). Enregistrez le classeur et envoyez-le à l’UGT.",
  "pane.import.as":
    "Point focal de ce fichier, s’il n’est pas une copie préparée (code, facultatif)",
  "pane.import.asHint":
    "Une copie préparée par l’UGT indique elle-même son point focal ; ceci sert pour un fichier sans ce tampon.",
  "pane.import.yearDefault": "l’année en cours du plan, ou sa dernière",
  // Modèle version 2 et mise à niveau des classeurs plus anciens (upgrade, session 5).
  "pane.error.newer-template":
    "Ce classeur a été fait avec une version plus récente du complément (modèle {{found}}) ; cette version lit jusqu’au modèle {{known}} : mettez le complément à jour. Rien n’a été modifié.",
  "pane.feature.backup":
    "une copie masquée des feuilles de la version précédente (Excel 2021 ou Microsoft 365)",
  "upgrade.done":
    "{{file}} : mis à niveau du modèle {{from}} au modèle {{to}} ; {{total}} valeurs saisies reprises ({{tables}})",
  "upgrade.table": "{{sheet}} {{count}}",
  "upgrade.current":
    "{{file}} est déjà au modèle {{version}} : rien à mettre à niveau, rien n’a été écrit",
  "upgrade.exists":
    "{{file}} existe déjà : rien n’a été écrit (supprimez-le, ou nommez un autre fichier avec --out)",
  "upgrade.inPlaceOut": "donnez soit --out, soit --in-place",
  "upgrade.olderWritten":
    "Ce classeur avait été créé avec le modèle {{from}} : il est désormais écrit avec le modèle {{to}}, chaque valeur saisie conservée.",
  "upgrade.backups":
    "Les feuilles de la version précédente sont conservées, masquées : {{sheets}}. Affichez-les pour comparer ; supprimez-les quand tout vous convient.",
  "upgrade.noBackup":
    "Aucune copie des feuilles de la version précédente n’a pu être conservée (cet Excel ne sait pas copier une feuille) : gardez le fichier d’avant.",
  "pane.upgradedFrom":
    "Mis à niveau du modèle {{from}} au modèle {{to}} : {{total}} valeurs saisies reprises.",
  // Consolidation de tblValues (vmerge, issue 14 point 6).
  "mergeTable.values": "Valeurs des indicateurs",
  "consolidate.reason.locked-year":
    "l’année {{year}} de {{who}} est acceptée (verrouillée) : ses valeurs restent telles quelles tant que l’UGT ne la rouvre pas",
  "consolidate.settleNotLanded.indicator-missing":
    "le conflit {{id}} ({{table}} {{key}}) n’est pas tranché : son indicateur {{detail}} n’est pas dans le cadre national",
  // Issue 14 point 1 (breakdowns): breakdown codes, checks of periods and breakdowns, the Guide.
  "col.breakdownGroup": "Groupe de ventilation (calculé)",
  "listTitle.breakdowns": "Codes de ventilation",
  "breakdown.women": "femmes",
  "breakdown.men": "hommes",
  "breakdown.girls": "filles",
  "breakdown.boys": "garçons",
  "v.breakdown.prompt":
    "Vide pour le total ; sinon un code de la liste, ou les codes de plusieurs dimensions séparés par un point-virgule : femmes; KAY (les mots anglais sont lus aussi).",
  "v.values.breakdownUnknown":
    "{{code}} n’est pas un code de ventilation : un sexe (femmes, hommes, filles, garçons, ou leur forme anglaise), une tranche d’âge ({{ages}}) ou un code de région de la feuille Régions ({{regions}}), plusieurs séparés par un point-virgule (femmes; KAY)",
  "v.values.breakdownUndeclared":
    "{{code}} est une ventilation par {{dimension}}, que l’indicateur {{indicator}} ne déclare pas (colonne Désagrégation de la feuille Indicateurs : {{declared}}) : déclarez-la, ou corrigez la ventilation",
  "v.values.periodFiner":
    "{{period}} est plus fin que la fréquence de l’indicateur {{indicator}} ({{frequency}}) : saisissez {{allowed}}, ou changez la fréquence de l’indicateur sur la feuille Indicateurs",
  "v.values.duplicate":
    "cette ligne répète {{cell}} : même indicateur, année, période et ventilation ; gardez-en une, ou corrigez sa période ou sa ventilation",
  "v.values.outlierZ":
    "{{value}} est loin des autres années de cet indicateur pour {{series}} (z = {{z}}) : vérifiez-le, ou expliquez-le dans la colonne Commentaire de la ligne",
  "v.values.outlierRange":
    "{{value}} sort de la fourchette habituelle des autres années de cet indicateur pour {{series}} ({{min}} à {{max}}) : vérifiez-le, ou expliquez-le dans la colonne Commentaire de la ligne",
  "v.values.series": "période {{period}}, ventilation {{breakdown}}",
  "v.values.none": "aucune",
  "guide.entries.quarterly":
    "Sur la feuille Valeurs, une ligne par valeur : indicateur | année | période | ventilation | valeur | numérateur | dénominateur. La valeur d’un indicateur trimestriel (colonne Fréquence : Trimestrielle) : I1.2.1 | 2021 | T3 | | 4 ; un trimestre (T1-T4) seulement pour un indicateur trimestriel, un semestre (S1, S2) pour un indicateur semestriel ou trimestriel, une période vide pour l’année entière.",
  "guide.entries.breakdown":
    "Une valeur ventilée : les codes de la ventilation, pour les dimensions que l’indicateur déclare (colonne Désagrégation) : I2.1.2 | 2021 | | garçons | 25 ; combiner des dimensions avec un point-virgule : femmes; KAY. Codes : femmes, hommes, filles, garçons (leur forme anglaise est lue aussi), tranches d’âge 0-17, 18-35, 36+, codes des régions (feuille Régions). Une ligne de total (ventilation vide) l’emporte sur les lignes ventilées de son année ; sans elle, les lignes d’une ventilation (le sexe d’abord, puis la tranche d’âge, la région, les combinaisons) font le réalisé de l’année.",
  // refsheets (issue 14) : fiches de référence des indicateurs, actions dans le temps, hypothèses.
  "sheet.refs": "Fiches de référence",
  "guide.sheet.refs":
    "Une fiche par indicateur : rédigez définition, calcul, source et collecte ; le reste vient des Indicateurs.",
  "ref.definition": "Définition",
  "ref.calculation": "Méthode de calcul",
  "ref.source": "Source des données",
  "ref.collection": "Méthode de collecte",
  "ref.targets": "Cibles annuelles",
  "col.milestones": "Jalons",
  "col.actionIndicators": "Indicateurs servis",
  "col.assumptions": "Hypothèses",
  "guide.schedule":
    "Actions : Début et Fin en 2021-T3 ou T3 2021 ; Indicateurs servis : codes d’autres indicateurs. Cadre : hypothèses de chaque résultat.",
  "v.scheduleUnread":
    "« {{value}} » n’est pas une année et un trimestre : saisissez-le comme 2021-T3, T3 2021 ou 2021",
  "v.scheduleOutside":
    "{{value}} est hors de la période du plan : le plan va de {{start}} à {{end}}",
  "v.endBeforeStart": "l’action finit ({{end}}) avant de commencer ({{start}})",
  "v.actionIndicator":
    "« {{code}} » n’est pas un indicateur du plan : utilisez un code de la feuille Indicateurs",
  "v.refIndicator":
    "« {{code}} » n’est plus un indicateur du plan : sa fiche de référence est gardée ; effacez-la ou donnez-lui le code d’un indicateur",
  "v.assumptionNotResult":
    "les hypothèses s’écrivent sur la ligne d’un résultat : celle-ci est une ligne {{level}}, qu’une réécriture refuserait ; déplacez le texte vers son résultat",
  // Montants décaissés et dépensés (money, ticket 14 point 4 et ticket 18 point 2).
  "col.disbursed": "Montant décaissé",
  "col.spent": "Montant dépensé",
  "sum.execPlanned": "Dépensé / prévu",
  "sum.execSecured": "Dépensé / acquis",
  "sum.disbursedIn": "Montant décaissé ({{currency}})",
  "sum.spentIn": "Montant dépensé ({{currency}})",
  "sum.executionNote":
    "Taux d’exécution : les montants dépensés sur les montants prévus (Dépensé / prévu) ou acquis (Dépensé / acquis) des mêmes lignes budgétaires ; vide quand aucun montant dépensé n’est saisi ou qu’il n’y a rien à diviser.",
  "cf.range.spent": "dépensés",
  "cf.range.base": "prévus ou acquis",
  "cf.err.nothingSpent": "aucun montant dépensé n’est saisi : aucune exécution à rapporter",
  "cf.err.zeroBase": "le total des {{range}} est nul : aucun taux d’exécution à calculer",
  "v.spentAbove": "le montant dépensé ({{spent}}) dépasse le montant décaissé ({{disbursed}})",
  "v.disbursedAbove": "le montant décaissé ({{disbursed}}) dépasse le montant acquis ({{secured}})",
  "v.executionNegative":
    "{{value}} est négatif : un montant décaissé ou dépensé est de 0 ou plus (une annulation se saisit en baissant le montant)",
  "iati.txDisbursed": "Montant décaissé pour {{year}} dans les lignes budgétaires du plan",
  "iati.txSpent": "Montant dépensé pour {{year}} dans les lignes budgétaires du plan",
  // budgethistory (issue 18): original and revised IATI budgets from the change log.
  "iati.historyTruncated":
    "le Journal des modifications atteint sa limite de {{max}} lignes, ses modifications les plus anciennes ont donc été supprimées : chaque budget initial est le montant le plus ancien que le journal conserve encore, pas forcément celui de la création du classeur",
  // Issue 19 point 2 (regions helper): regional and local plans, a region of tblRegions as a focal point.
  "cycle.unknownCodesRegions":
    "ni parties prenantes du plan national ni de ses régions : {{codes}} ; rien n’a été écrit",
  "cycle.unknownFocalPointRegions":
    "{{code}} n’est ni une partie prenante du plan national ni l’une de ses régions",
  "cycle.preparedRegion":
    "{{file}} : copie de la région {{code}} pour {{year}} (copie {{copyId}}) : {{actions}} actions de la seule région ouvertes ; {{otherActions}} actions partagées avec d’autres régions marquées ; {{leftOut}} actions d’autres régions laissées de côté ; {{otherIndicators}} indicateurs ayant une partie prenante responsable verrouillés",
  "cycle.regionRow": "{{name}} (région)",
  "sum.regionYearBudget": "Budget {{year}}",
  "cycle.regionStray":
    "une nouvelle action de la région {{code}} qui ne la concerne pas (ses régions : {{regions}}) : en conflit pour l’UGT",
  // Issue 15 point 7 (paneprep): the task pane's Prepare panel (copies for focal points, made in memory).
  "pane.prepare.title": "Préparer les copies des points focaux",
  "pane.prepare.intro":
    "Avec le classeur national ouvert : une copie par point focal (une partie prenante ou une région), marquée pour l’année du rapport. Ce classeur n’est pas modifié.",
  "pane.prepare.load": "Lister les points focaux",
  "pane.prepare.stakeholders": "Parties prenantes",
  "pane.prepare.regions": "Régions",
  "pane.prepare.year": "Année du rapport",
  "pane.prepare.yearRange": "Une année du plan : de {{start}} à {{end}}",
  "pane.prepare.apply": "Préparer les copies",
  "pane.prepare.chosen": "Points focaux choisis : {{count}}",
  "pane.prepare.making": "Préparation de la copie {{n}} sur {{total}}…",
  "pane.prepare.done":
    "{{count}} copies préparées pour {{year}} : téléchargez-les et envoyez chacune à son point focal.",
  "pane.prepare.file": "{{code}} : copie {{copyId}}",
  // global1325 (issue 19): the global 1325 list while no official text of it is held.
  "guide.mappings.global1325Empty":
    "La liste des indicateurs mondiaux 1325 (S/2010/498, annexe) est vide : son texte officiel anglais et français n’a pas été trouvé, l’outil n’en contient donc aucun et n’en invente aucun. La colonne Indicateurs mondiaux 1325 accepte tout code, sans contrôle ; chaque code saisi est proposé tant qu’une personne ne l’a pas confirmé.",
  // ptargets (issue 14 point 1) : cibles par période et ventilation dans tblValues.
  "col.periodTarget": "Cible",
  "guide.entries.target":
    "La cible d’une période : colonne Cible de la feuille Valeurs, sur la ligne de cette période et de cette ventilation, à côté de sa valeur ou seule, par exemple I1.2.1 | 2021 | T3 | | 4 | … | Cible 5 (T3 2021 : 4 réalisés, 5 visés). Quand les lignes d’une année portent des cibles, elles font sa cible comme les valeurs font son réalisé : une ligne de total l’emporte sur les ventilations ; un effectif ou une somme des années additionne ses cibles (10 par trimestre font 40) ; un pourcentage, un niveau ou un oui/non prend la cible de la dernière période (ou la plus haute, ou la moyenne, selon son Agrégation), jamais regroupée comme un taux : donner la cible d’un pourcentage sur une ligne de total. Sinon la cible annuelle saisie sur la feuille Indicateurs s’applique.",
  "v.values.targetNotNumber":
    "{{value}} n’est pas un nombre : la cible de cet indicateur ({{measure}}) est un nombre, comme sa valeur ; la saisir en nombre, ou l’effacer",
  "v.values.targetQualitative":
    "{{value}} : l’indicateur {{indicator}} est qualitatif ; ses cibles sont des textes saisis sur la feuille Indicateurs, et la colonne Cible prend des nombres ; y déplacer le texte, ou l’effacer",
  "v.values.targetDisagrees":
    "la cible {{typed}} saisie pour {{year}} ne concorde pas avec la valeur {{value}} que donnent les cibles des lignes de la feuille Valeurs ({{cells}}) : les lignes sont retenues ; corriger la cible saisie ou les lignes",
};
