/**
 * French names and descriptions of the custom functions, keyed by id and
 * parameter name. The English ones come from the JSDoc of functions.ts.
 */
export interface LocalizedFunction {
  name: string;
  description: string;
  result?: string;
  parameters: Record<string, string>;
}

const filters = {
  filterRange1: "Plage de filtre facultative (par exemple l’axe).",
  filterValue1: "Valeur retenue par le premier filtre.",
  filterRange2: "Deuxième plage de filtre facultative (par exemple l’année).",
  filterValue2: "Valeur retenue par le deuxième filtre.",
  filterRange3: "Troisième plage de filtre facultative (par exemple la source de financement).",
  filterValue3: "Valeur retenue par le troisième filtre.",
};

export const FR: Record<string, LocalizedFunction> = {
  BUDGETSHARE: {
    name: "PARTBUDGET",
    description:
      "Part du budget (de 0 à 1) d’une catégorie : une partie prenante, un axe, une source...",
    parameters: {
      amounts: "Montants budgétaires.",
      categories: "La catégorie de chaque montant (par exemple le responsable principal).",
      category: "La catégorie dont on veut la part.",
      ...filters,
    },
  },
  COMPLETIONRATE: {
    name: "TAUXREALISATION",
    description: "Actions réalisées sur actions prévues (de 0 à 1), pour un axe au besoin.",
    parameters: {
      statuses: "Statuts des actions, en français ou en anglais.",
      pillars: "Facultatif : l’axe de chaque action.",
      pillar: "Facultatif : l’axe à compter.",
      policy:
        'Comment comptent les actions annulées et reportées : "standard" (par défaut : annulées exclues, reportées comptées comme prévues et non réalisées), "inclure-annulées", "exclure-reportées" ou "inclure-annulées-exclure-reportées" (les noms anglais valent aussi).',
    },
  },
  PROGRESS: {
    name: "PROGRES",
    description:
      "Progrès vers la cible selon le sens : 0 à la référence, 1 à la cible, négatif quand l’indicateur s’en éloigne ; une cible déjà atteinte à la référence est un niveau à tenir (1 s’il est tenu, sinon moins l’écart en part de la cible).",
    parameters: {
      baseline: "Valeur de référence.",
      actual:
        "La valeur réalisée, ou la ligne des réalisations annuelles (agrégées selon l’agrégation).",
      target: "La cible de fin de plan, ou la ligne des cibles annuelles (agrégées de même).",
      direction: '"hausse" (par défaut), "baisse" ou "maintien", en français ou en anglais.',
      tolerance:
        "Pour « maintien » : l’écart à la cible encore tenu pour atteint, en fraction de la cible (0,05 par défaut).",
      aggregation:
        "Comment les valeurs annuelles s’additionnent : « dernière valeur » (par défaut), « somme des années », « valeur la plus haute » ou « moyenne », en français ou en anglais.",
    },
  },
  ONTRACK: {
    name: "ENBONNEVOIE",
    description:
      "Indique si un indicateur est en bonne voie, comme la feuille de progrès : en retard s’il a reculé ; sinon selon la cible saisie pour l’année de la dernière réalisation (à partir de 85 % de cette cible pour une hausse, jusqu’à 115 % pour une baisse) ; sinon selon que le progrès suit la part de la période écoulée.",
    parameters: {
      baseline: "Valeur de référence.",
      actuals:
        "La ligne des réalisations annuelles de l’indicateur, une cellule par année du plan.",
      targets: "La ligne des cibles annuelles, une cellule par année du plan (les mêmes années).",
      endTarget:
        "La cible de fin de plan (sinon les cibles annuelles, agrégées comme les réalisations).",
      direction: '"hausse" (par défaut), "baisse" ou "maintien", en français ou en anglais.',
      aggregation:
        "Comment les valeurs annuelles s’additionnent : « dernière valeur » (par défaut), « somme des années », « valeur la plus haute » ou « moyenne », en français ou en anglais.",
    },
  },
  QUOTA: {
    name: "QUOTA",
    description: "Part des femmes (de 0 à 1), pour le minimum de 30 % de la loi 2015-052.",
    parameters: { women: "Nombre de femmes.", total: "Nombre total de personnes." },
  },
  QUOTAMET: {
    name: "QUOTAATTEINT",
    description:
      "Indique si la part des femmes atteint le minimum (30 % par défaut, loi 2015-052).",
    parameters: {
      women: "Nombre de femmes.",
      total: "Nombre total de personnes.",
      minimum: "La part minimale, de 0 à 1 (0,3 par défaut).",
    },
  },
  FUNDINGGAP: {
    name: "ECARTFINANCEMENT",
    description: "Écart de financement : montants prévus moins montants acquis.",
    parameters: {
      planned: "Montants prévus.",
      secured: "Montants acquis.",
      filterRange1: "Plage de filtre facultative (par exemple la source de financement).",
      filterValue1: "Valeur retenue par le premier filtre.",
      filterRange2: "Deuxième plage de filtre facultative (par exemple l’année).",
      filterValue2: "Valeur retenue par le deuxième filtre.",
      filterRange3: "Troisième plage de filtre facultative (par exemple l’axe).",
      filterValue3: "Valeur retenue par le troisième filtre.",
    },
  },
  RATE: {
    name: "TAUX",
    description:
      "Taux agrégé à partir des numérateurs et des dénominateurs (jamais une moyenne de pourcentages).",
    parameters: {
      numerators: "Numérateurs (par exemple les femmes de chaque instance).",
      denominators: "Dénominateurs (par exemple les membres de chaque instance).",
    },
  },
  // Money disbursed and spent (money, issue 14 point 4).
  EXECUTIONRATE: {
    name: "TAUXEXECUTION",
    description:
      "Taux d’exécution budgétaire : montants dépensés sur montants prévus (ou acquis) des mêmes lignes, filtres facultatifs.",
    parameters: {
      spent: "Montants dépensés (la colonne Montant dépensé).",
      base: "Montants prévus, ou acquis (la colonne Montant prévu ou Montant acquis).",
      ...filters,
    },
  },
};

/**
 * French parameter names, as Excel shows them while a formula is typed (in
 * the manner of its own French functions: SOMME.SI(plage; critère;
 * [somme_plage])). Keyed by the English name in the JSDoc.
 */
export const FR_PARAMETER_NAMES: Record<string, string> = {
  amounts: "montants",
  categories: "catégories",
  category: "catégorie",
  filterRange1: "plage_filtre1",
  filterValue1: "valeur_filtre1",
  filterRange2: "plage_filtre2",
  filterValue2: "valeur_filtre2",
  filterRange3: "plage_filtre3",
  filterValue3: "valeur_filtre3",
  statuses: "statuts",
  pillars: "axes",
  pillar: "axe",
  policy: "règle",
  baseline: "référence",
  actual: "réalisé",
  target: "cible",
  direction: "sens",
  tolerance: "tolérance",
  aggregation: "agrégation",
  actuals: "réalisations",
  targets: "cibles",
  endTarget: "cible_finale",
  women: "femmes",
  total: "total",
  minimum: "minimum",
  planned: "prévus",
  secured: "acquis",
  numerators: "numérateurs",
  denominators: "dénominateurs",
  // Money disbursed and spent (money, issue 14 point 4).
  spent: "dépensés",
  base: "base",
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
  }[];
}

/** The French metadata: the generated English metadata with French names and descriptions, parameters' too. */
export function localize(
  en: Metadata,
  fr: Record<string, LocalizedFunction> = FR,
  names: Record<string, string> = FR_PARAMETER_NAMES
): Metadata {
  return {
    ...en,
    functions: en.functions.map((f) => {
      const l = fr[f.id];
      if (!l) throw new Error(`no French text for ${f.id}`);
      return {
        ...f,
        name: l.name,
        description: l.description,
        parameters: f.parameters.map((p) => {
          const d = l.parameters[p.name];
          if (!d) throw new Error(`no French text for ${f.id} parameter ${p.name}`);
          const name = names[p.name];
          if (!name) throw new Error(`no French name for ${f.id} parameter ${p.name}`);
          return { ...p, name, description: d };
        }),
      };
    }),
  };
}
