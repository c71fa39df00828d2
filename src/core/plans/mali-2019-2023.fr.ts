/**
 * The Mali plan in French, beside the English source text
 * (mali-2019-2023.ts): what a French workbook shows.
 *
 * Two kinds of text, kept apart:
 *
 * 1. Names (NAMES below) are facts, not translations. Each says where its
 *    French form comes from:
 *    - the seeds, where they print the French form: "Comité de Suivi de
 *      l'Accord (CSA)" (seed 003, verbatim) and the Truth, Justice and
 *      Reconciliation Commission's French acronym CVJR (seed 000);
 *    - the plan's own French acronyms, which the English translation keeps
 *      (MPFEF, CNDDR, CNRSS, CSA) and which the plan model uses as codes
 *      (MDAC, MAECI, MEF, MATD, MJ, MSPC, MSAH, MSHP, MEN, MJECC, MS, MMEIA,
 *      MCPRN, MARC, SP-PNG, PNLP-ALPC, CNDIFE, AN, OSC, PTF, UGT, BN, FC): the
 *      French name is the one each acronym stands for, as the Government of
 *      Mali names these bodies (ministries as in the decrees forming the
 *      governments of 2016-2019, the period of decision 0309 MPFEF/SG of
 *      11 November 2016 that lists the Committee's members);
 *    - regions: their names in Malian law (Law No. 2012-017 of 2 March 2012
 *      creating administrative districts: Taoudénit and Ménaka among them) and
 *      the District de Bamako;
 *    - pillars: the French terms of the UN Women, Peace and Security agenda's
 *      four pillars, as the tool's catalogue names them (locales/fr.ts,
 *      `pillar.*`): the French original of the Malian plan is not among the
 *      seeds; a plan file replaces them if its wording differs.
 * 2. The plan's sentences (SENTENCES below: title, objectives, results,
 *    outputs, indicators, the tool's comments on them) are a working
 *    translation of the English source text, made for this tool: the plan
 *    says so (`workingTranslation: ["fr"]`), and the workbook shows it on the
 *    Guide and in the print header. A plan file (`nap1325 build --plan`) gives
 *    the official French text in the same `fr` fields and leaves "fr" out of
 *    `workingTranslation`.
 */

/** Official French names, by the code the plan gives them. */
export const NAMES = {
  country: "Mali",
  pillars: {
    "1": "Participation",
    "2": "Prévention",
    "3": "Protection",
    "4": "Secours et relèvement",
  } as Record<string, string>,
  stakeholders: {
    MPFEF: { name: "Ministère de la Promotion de la Femme, de l’Enfant et de la Famille" },
    MDAC: { name: "Ministère de la Défense et des Anciens Combattants" },
    MAECI: { name: "Ministère des Affaires étrangères et de la Coopération internationale" },
    MEF: { name: "Ministère de l’Économie et des Finances" },
    MATD: { name: "Ministère de l’Administration territoriale et de la Décentralisation" },
    MJ: { name: "Ministère de la Justice" },
    MSPC: { name: "Ministère de la Sécurité et de la Protection civile" },
    MSAH: { name: "Ministère de la Solidarité et de l’Action humanitaire" },
    MSHP: { name: "Ministère de la Santé et de l’Hygiène publique" },
    MEN: { name: "Ministère de l’Éducation nationale" },
    MJECC: { name: "Ministère de la Jeunesse, de l’Emploi et de la Construction citoyenne" },
    MS: { name: "Ministère des Sports" },
    MMEIA: { name: "Ministère des Maliens de l’Extérieur et de l’Intégration africaine" },
    MCPRN: {
      name: "Ministère de la Cohésion sociale, de la Paix et de la Réconciliation nationale",
    },
    MARC: { name: "Ministère des Affaires religieuses et du Culte" },
    "SP-PNG": { name: "Secrétariat permanent de la Politique nationale Genre" },
    "PNLP-ALPC": {
      name: "Programme national de lutte contre la prolifération des armes légères et de petit calibre",
    },
    CNDIFE: { name: "Centre national de documentation et d’information sur la femme et l’enfant" },
    "APR-COM": {
      name: "Commissions de l’Accord pour la paix et la réconciliation au Mali (CNDDR, CNRSS, CVJR)",
    },
    AN: { name: "Assemblée nationale" },
    // The members list prints the number of seats, kept.
    OSC: { name: "4 organisations de la société civile", acronym: "OSC" },
    PTF: { name: "4 PTF, membres du Groupe thématique Genre", acronym: "PTF" },
    MINUSMA: { name: "MINUSMA" },
    "ONU-FEMMES": { name: "ONU Femmes" },
    MISAHEL: { name: "MISAHEL" },
    UGT: { name: "Unité de gestion technique", acronym: "UGT" },
  } as Record<string, { name: string; acronym?: string }>,
  fundingSources: {
    BN: "Budget national",
    FC: "Fonds commun",
    PTF: "Partenaires techniques et financiers",
  } as Record<string, string>,
  regions: {
    KAY: "Kayes",
    KOU: "Koulikoro",
    SIK: "Sikasso",
    SEG: "Ségou",
    MOP: "Mopti",
    TOM: "Tombouctou",
    GAO: "Gao",
    KID: "Kidal",
    TAO: "Taoudénit",
    MNK: "Ménaka",
    BKO: "District de Bamako",
  } as Record<string, string>,
};

/** Working translation of the plan's sentences (not an official text). */
export const SENTENCES = {
  title:
    "Plan d’action national du Mali pour la mise en œuvre de la Résolution 1325 (2000) du Conseil de sécurité des Nations Unies sur les femmes, la paix et la sécurité, 2019-2023",
  source:
    "République du Mali, Ministère de la Promotion de la Femme, de l’Enfant et de la Famille (MPFEF) : Plan d’action national pour la mise en œuvre de la Résolution 1325 (2019-2023), troisième PAN ; textes en traduction de travail de la version anglaise.",
  objectives: {
    "1": "Les femmes participent activement et équitablement aux processus de paix et de réconciliation et occupent des postes de décision à tous les niveaux de gouvernance.",
    "2": "Les violences sexuelles et basées sur le genre (VSBG) liées aux conflits sont prévenues, et les femmes contribuent de manière significative à la prévention des conflits et des autres menaces à la sécurité humaine.",
    "3": "Les droits humains des femmes et des filles sont respectés, protégés et promus pendant toutes les phases des conflits et en temps de paix, et leur sécurité humaine est assurée.",
    "4": "Les femmes et les filles sont actrices du changement, leurs besoins spécifiques et leurs intérêts stratégiques sont pris en compte et leur sécurité humaine est assurée en situation de crise et de reconstruction.",
  } as Record<string, string>,
  results: {
    "1.1":
      "Les femmes et leurs intérêts sont pris en compte dans les processus de décision relatifs à la mise en œuvre de l’Accord pour la paix et la réconciliation au Mali ou d’autres mécanismes consultatifs de consolidation de la paix et de réconciliation.",
    "1.2":
      "Les femmes sont impliquées dans la médiation, la négociation, la gestion des conflits et les cadres de paix, de sécurité et de cohésion sociale, dans les communautés et aux niveaux national, sous-régional et international.",
    "1.3":
      "Les femmes occupent au moins 30 % des postes nominatifs et électifs à tous les niveaux de gouvernance et participent effectivement à la prise de décision.",
    "2.1":
      "Toutes les formes de violences sexuelles et basées sur le genre liées aux conflits à l’encontre des femmes et des filles sont mieux prévenues.",
    "2.2": "Les femmes sont impliquées dans la prévention des conflits à tous les niveaux.",
    "2.3":
      "Les femmes, y compris les jeunes femmes, contribuent de manière significative à détecter et à évaluer les menaces et à éliminer toutes les conditions propices au développement du terrorisme, de la radicalisation et de l’extrémisme violent.",
    "3.1":
      "Les dispositions juridiques sont renforcées pour lutter contre l’impunité des auteurs de toutes les formes de VSBG envers la population civile pendant les conflits armés.",
    "3.2":
      "L’accès à la justice et aux structures de prise en charge holistique est amélioré pour les survivantes de VSBG et des questions liées aux conflits.",
    "3.3":
      "Les femmes participent activement aux opérations de maintien de la paix et aux services diplomatiques des institutions de sécurité, de défense et de justice.",
    "3.4":
      "La sécurité des femmes et des filles est assurée par les forces de défense et de sécurité de manière efficace et transparente.",
    "3.5":
      "La sécurité des femmes et des filles face à la traite et à la circulation des armes légères et de petit calibre est améliorée.",
    "4.1":
      "Les femmes bénéficient des fonds alloués aux programmes de consolidation de la paix et de reconstruction, y compris de relance économique.",
    "4.3":
      "Les droits et les besoins spécifiques des femmes et des filles, en particulier des groupes vulnérables (par exemple personnes déplacées internes, survivantes de VBG, personnes vivant avec un handicap, ex-combattantes, réfugiées et rapatriées), sont pris en compte dans les programmes d’aide humanitaire, la justice transitionnelle et les processus de DDR.",
    "4.4":
      "L’accès des femmes et des filles aux services sociaux de base dans les zones de conflit est garanti.",
    "4.5":
      "Les femmes contribuent de manière significative à la gestion durable des ressources naturelles et leur résilience aux changements climatiques est renforcée.",
  } as Record<string, string>,
  outputs: {
    "1.1.1":
      "Des mesures formelles et informelles assurant l’inclusion et la pleine participation des femmes aux mécanismes de mise en œuvre de l’Accord pour la paix et la réconciliation au Mali ou à d’autres mécanismes consultatifs de consolidation de la paix et de réconciliation (CSA, CNDDR, CNRSS, CVJR, CEI, comités locaux de sécurité) sont en vigueur.",
    "1.1.2":
      "Les mécanismes de paix prennent en compte la sécurité et les droits et besoins spécifiques des femmes.",
    "1.2.1":
      "Des initiatives de médiation, de négociation et de gestion des conflits sont menées par des femmes dans les communautés et au niveau national.",
    "1.2.2":
      "Les femmes participent aux initiatives de médiation, de négociation et de gestion des conflits dans les cadres de paix et de sécurité aux niveaux sous-régional et international.",
    "1.3.1":
      "Les dispositions de la Loi n° 2015-052 (instituant des mesures pour promouvoir le genre dans l’accès aux fonctions nominatives et électives) sont connues et appliquées à tous les niveaux.",
    "1.3.2":
      "Des stratégies et des mesures qui donnent aux femmes la possibilité de participer effectivement à la vie publique à tous les niveaux sont adoptées au niveau national et au sein des structures.",
    "2.1.1":
      "Les femmes, les filles et les membres des communautés sont capables de reconnaître et de signaler toutes les formes de violences sexuelles et basées sur le genre liées aux conflits.",
    "2.1.2":
      "Les hommes et les garçons, y compris les chefs religieux et traditionnels, s’impliquent davantage dans la prévention des violences liées aux conflits à l’encontre des femmes et des filles.",
    "2.2.1":
      "Les femmes agissent pour la prévention des conflits et l’alerte précoce aux niveaux communautaire, intercommunautaire, régional et national.",
    "2.3.1":
      "La mise en œuvre de la Politique nationale de prévention et de lutte contre l’extrémisme violent et le terrorisme prend en compte le genre.",
    "2.3.2":
      "Les causes sociales, culturelles, politiques, religieuses et économiques de l’extrémisme violent et du terrorisme sont identifiées et analysées sous l’angle du genre.",
    "2.3.3":
      "Les femmes sont capables d’influencer les stratégies et les mécanismes de prévention de l’extrémisme violent et du terrorisme.",
    "3.1.1":
      "Les textes juridiques relatifs aux VSBG liées aux conflits sont adoptés, promulgués et connus.",
    "3.1.2":
      "Un mécanisme fonctionnel de coordination et de suivi des cas de VSBG est établi au sein du système pénal pour une lutte efficace contre l’impunité des auteurs de VSBG liées aux conflits.",
    "3.2.1":
      "La connaissance des VSBG liées aux conflits par le système de justice pénale est renforcée.",
    "3.2.2":
      "La prise en charge holistique des survivantes de VSBG liées aux conflits est améliorée.",
    "3.2.3": "Les droits humains fondamentaux des femmes et des filles sont respectés.",
    "3.2.4":
      "Des mesures de protection des survivantes de VSBG liées aux conflits sont mises en œuvre.",
    "3.3.1":
      "Les droits et besoins spécifiques du personnel féminin des institutions de défense, de sécurité et de justice sont reconnus et pris en compte.",
    "3.3.2":
      "La présence de personnel féminin contribue à la promotion de la bonne gouvernance et au rétablissement de la confiance entre la population et les institutions de défense, de sécurité et de justice.",
    "3.3.3":
      "La participation des femmes aux services diplomatiques et aux opérations de maintien de la paix est accrue.",
    "3.4.1": "La stratégie nationale de RSS est mise en œuvre avec une attention au genre.",
    "3.4.2":
      "Les forces de défense et de sécurité prennent en compte la protection des droits des femmes et des filles.",
    "3.4.3":
      "Les forces de défense et de sécurité ont la capacité de protéger les droits des femmes et des filles, y compris celle de traiter les VSBG liées aux conflits.",
    "3.5.1":
      "La législation relative aux armes légères et de petit calibre est actualisée, alignée sur les instruments internationaux et régionaux et prend en compte le genre.",
    "4.1.1":
      "Les organisations de la société civile, en particulier les associations de femmes, sont impliquées dans les actions de consolidation de la paix et de reconstruction.",
    "4.1.2":
      "Les femmes sont impliquées dans la relance économique (par exemple partenariats avec des acheteurs ou des employeurs ; transfert de biens productifs de revenus, microfinance, formation professionnelle, développement de l’entrepreneuriat, compétences financières et commerciales)",
    "4.3.1":
      "Les programmes d’aide humanitaire prennent en compte les droits et besoins spécifiques des femmes et des filles, en particulier des groupes vulnérables.",
    "4.3.2": "Le processus de justice transitionnelle intègre une perspective de genre.",
    "4.3.3":
      "Le processus de DDR prend en compte les ex-combattants et les personnes associées aux conflits.",
    "4.4.1":
      "L’accès à l’enseignement fondamental et secondaire dans les zones touchées par le conflit est garanti, avec une attention particulière aux filles.",
    "4.4.2":
      "L’accès des femmes, en particulier des jeunes filles, à l’alphabétisation fonctionnelle dans les zones de conflit est garanti.",
    "4.4.3":
      "La disponibilité et la qualité de services de santé accessibles, y compris de santé sexuelle et reproductive (soins prénatals, accouchement, soins postnatals, planification familiale), et des autres services sociaux de base sont améliorées dans les zones de conflit.",
    "4.5.1":
      "Les femmes ont les capacités et les moyens de gérer les ressources naturelles de manière durable.",
    "4.5.2":
      "Des activités de relèvement face aux changements climatiques sont initiées par des femmes et soutenues.",
  } as Record<string, string>,
  indicators: {
    I1: "Représentation et participation significative des femmes dans les mécanismes de paix et de réconciliation et aux postes de décision à tous les niveaux de gouvernance.",
    I2: "Prévalence des violences sexuelles et basées sur le genre liées aux conflits, et niveau d’implication des femmes dans la prévention des conflits et des autres menaces à la sécurité humaine.",
    I3: "Les droits humains des femmes et des filles sont protégés par la législation nationale et par le niveau de confiance dans les mesures de sécurité en place.",
    // Garbled in the source ("participation situation of crisis"); translated as meant.
    I4: "Niveau et type de participation des femmes et des filles en situation de crise et de reconstruction.",
    "I1.1":
      "Niveau de prise en compte des femmes et de leurs intérêts dans les processus de décision relatifs à la mise en œuvre de l’Accord pour la paix et la réconciliation au Mali ou d’autres mécanismes consultatifs de paix et de réconciliation.",
    "I1.2":
      "Niveau d’implication des femmes dans la gestion des conflits et les cadres de paix, de sécurité et de cohésion sociale, dans les communautés et aux niveaux national, sous-régional et international.",
    "I1.3":
      "Représentation et type de responsabilités des femmes occupant des postes nominatifs et électifs à tous les niveaux de gouvernance.",
    "I2.1":
      "Évolution des attitudes des filles, des garçons, des femmes et des hommes face aux violences sexuelles et basées sur le genre.",
    "I2.2":
      "Rôles des femmes dans les initiatives de prévention et d’alerte précoce à tous les niveaux.",
    "I2.3":
      "Niveau d’implication des femmes dans la détection et l’évaluation des menaces et l’élimination de toutes les conditions propices au développement du terrorisme, de la radicalisation et de l’extrémisme violent.",
    "I3.1":
      "Conformité des cadres juridiques avec les conventions internationales et régionales ratifiées pour lutter contre l’impunité des auteurs de toutes les formes de VSBG envers la population civile pendant les conflits armés.",
    "I3.2":
      "Niveau d’accès à la justice et aux structures de prise en charge holistique pour les survivantes de VSBG liées aux conflits.",
    "I3.3":
      "Présence des femmes dans les opérations de maintien de la paix et dans les services diplomatiques des secteurs de la sécurité, de la défense et de la justice.",
    "I3.4": "Indice de sécurité des femmes et des filles.",
    "I3.5":
      "Proportion des armes saisies, trouvées ou remises volontairement dont la provenance ou l’utilisation illicite a été retracée ou établie par les autorités compétentes, conformément aux instruments internationaux.",
    "I4.1":
      "Proportion (%) des fonds alloués aux programmes de consolidation de la paix et de reconstruction qui contribuent à la mise en œuvre de l’agenda Femmes, paix et sécurité.",
    "I4.3":
      "Degré auquel la réponse humanitaire, la justice transitionnelle et les processus de DDR répondent aux droits et besoins des femmes et des filles, en particulier des groupes vulnérables.",
    "I4.4":
      "Taux d’utilisation par les femmes et les filles et qualité des services sociaux de base dans les zones de conflit.",
    "I4.5": "Résilience des femmes face aux changements climatiques.",
    "I1.1.1":
      "% de femmes membres et d’organisations de femmes impliquées dans les mécanismes de mise en œuvre de l’Accord ou d’autres mécanismes consultatifs de consolidation de la paix et de réconciliation.",
    "I1.1.2":
      "Nombre de textes comportant des dispositions spécifiques visant à améliorer la sécurité et les conditions des femmes et des filles.",
    "I1.2.1":
      "Nombre d’initiatives de médiation, de négociation et de gestion des conflits menées par des femmes dans les communautés et au niveau national.",
    "I1.2.2":
      "Proportion (%) de femmes dans les cadres de paix et de sécurité aux niveaux sous-régional, africain et international, y compris au sein du G5 Sahel, de la CEDEAO, de l’Union africaine et des Nations Unies.",
    "I1.3.1a": "% de femmes à tous les niveaux.",
    "I1.3.1b": "Nombre de lois adoptées qui ont été proposées par des femmes.",
    "I1.3.2":
      "Nombre de structures publiques et politiques ayant adopté des stratégies et des mesures qui assurent la participation effective des femmes occupant des postes de décision.",
    "I2.1.1":
      "Niveau de connaissance et nombre de cas signalés par les femmes, les filles et les communautés de toute forme de violences sexuelles et basées sur le genre liées aux conflits.",
    "I2.1.2":
      "Nombre d’hommes et de garçons engagés dans la lutte pour mettre fin à toutes les formes de violences sexuelles et basées sur le genre liées aux conflits.",
    "I2.2.1":
      "Nombre d’initiatives prises par des femmes pour la prévention et l’alerte précoce liées aux conflits communautaires, intercommunautaires, régionaux et nationaux.",
    "I2.3.1":
      "Degré de prise en compte de la perspective de genre dans la mise en œuvre de la Politique nationale et de la lutte contre l’extrémisme violent et le terrorisme.",
    "I2.3.2":
      "Disponibilité de données spécifiques au genre sur les causes sociales, culturelles, politiques, religieuses et économiques de l’extrémisme violent et du terrorisme au Mali.",
    "I2.3.3":
      "Nombre de femmes impliquées dans la sensibilisation à la lutte contre l’extrémisme violent dans les communautés et au sein des mécanismes institutionnels de lutte contre l’extrémisme violent.",
    "I3.1.1":
      "Nombre de textes adoptés et rendus accessibles pour protéger les droits des femmes et des filles face aux VSBG.",
    "I3.1.2": "Existence d’un mécanisme de coordination opérationnel.",
    "I3.2.1":
      "Nombre et % de cas de VSBG liées aux conflits transmis aux juridictions pour jugement et nombre de cas ayant fait l’objet d’une enquête et abouti à une condamnation.",
    "I3.2.2":
      "Nombre de centres de prise en charge holistique des survivantes de VSBG liées aux conflits.",
    "I3.2.3":
      "Nombre et % de juridictions disposant des ressources nécessaires pour juger les affaires de violation des droits humains fondamentaux des femmes et des filles.",
    "I3.2.4":
      "Nombre de mesures mises en œuvre pour protéger les survivantes de VSBG liées aux conflits.",
    "I3.3.1":
      "Nombre d’actions adoptées pour prendre en compte les droits et besoins spécifiques du personnel féminin dans les institutions de défense, de sécurité et de justice.",
    "I3.3.2":
      "% de personnel féminin au sein des institutions de défense, de sécurité et de justice.",
    "I3.3.3":
      "% de personnel féminin dans les services diplomatiques et dans les opérations de maintien de la paix.",
    "I3.4.1":
      "Niveau de compétence en matière de genre du personnel chargé de la mise en œuvre de la stratégie de RSS.",
    "I3.4.2":
      "Nombre et % de stratégies, codes de conduite et procédures des forces de défense et de sécurité qui intègrent des mesures de protection des droits des femmes et des filles.",
    "I3.4.3":
      "Les programmes des forces de défense et de sécurité comprennent des modules de formation sur les VBG, les droits des femmes et le genre.",
    "I3.5.1":
      "Degré de prise en compte de la perspective de genre dans la législation relative aux armes légères et de petit calibre.",
    "I4.1.1":
      "% d’organisations de la société civile, y compris les associations de femmes, consacrées aux efforts de consolidation de la paix et de reconstruction.",
    "I4.1.2":
      "% de petites et moyennes entreprises détenues par des femmes dans les zones touchées par les conflits.",
    "I4.3.1":
      "Existence de stratégies et de budgets pour la promotion et la protection des groupes vulnérables de femmes et de filles (par exemple personnes déplacées internes, survivantes de VBG, personnes vivant avec un handicap, ex-combattantes, réfugiées et rapatriées).",
    "I4.3.2":
      "Nombre et % de femmes, en particulier de jeunes femmes et de filles (moins de 18 ans), bénéficiant de programmes de réparation dans le processus de justice transitionnelle.",
    "I4.3.3":
      "Nombre et % d’ex-combattantes, ou de femmes et de filles associées aux groupes armés, ayant bénéficié de programmes de DDR.",
    "I4.4.1":
      "Taux (%) de scolarisation et de maintien des filles dans l’enseignement fondamental et secondaire.",
    "I4.4.2": "Nombre de femmes participant aux initiatives d’alphabétisation fonctionnelle.",
    "I4.4.3a":
      "Nombre de femmes ayant reçu des soins de santé sexuelle et reproductive dans les zones touchées par les conflits.",
    "I4.4.3b":
      "Nombre de femmes ayant bénéficié de services de santé mentale dans les zones touchées par les conflits.",
    "I4.5.1":
      "% de femmes des zones touchées par les conflits formées à la gestion durable des ressources naturelles.",
    "I4.5.2":
      "Nombre d’activités de relèvement soutenues, initiées par des femmes, en réponse aux changements climatiques.",
    "X-COORD-1": "Nombre de réunions tenues par le Comité de suivi et le Comité de pilotage.",
    "X-COORD-2": "Niveau de réalisation du plan opérationnel de l’Unité de gestion technique.",
    "X-ME-1": "Nombre de rapports annuels présentant l’état d’avancement de la mise en œuvre.",
    "X-CSO-1":
      "Le niveau de participation de la société civile contribue au suivi et à la mise en œuvre du PAN 1325.",
    "X-DEC-1": "Nombre de plans régionaux et locaux élaborés et mis en œuvre.",
    "X-COM-1": "Niveau de mise en œuvre de la stratégie de communication.",
    "X-BUD-1":
      "Proportion (%) du budget alloué à la mise en œuvre du PAN par les différentes parties prenantes.",
  } as Record<string, string>,
  /** The tool's comments on the indicators it inferred. */
  comments: {
    I2: "Indicateur composé : la prévalence des violences doit baisser tandis que l’implication des femmes doit augmenter ; la mesure et le sens suivent la prévalence.",
    "I3.4": "Un indice : un nombre, la dernière valeur compte.",
    "I3.4.3": "Formulé comme une condition remplie ou non.",
  } as Record<string, string>,
};
