/**
 * Mali's third National Action Plan on Resolution 1325 (2019-2023): the
 * strategic framework, cross-cutting indicators and coordination bodies, as
 * printed in the English translation (seed 001_532a9898be8d0150.txt).
 *
 * Text normalisation: every text is copied as the source prints it (spelling,
 * apostrophes, capitalisation and punctuation included, even where the
 * translation is garbled), except that words broken across a line are
 * re-joined: where the PDF split a word at a line end with a hyphen and the
 * extraction dropped the hyphen ("decisionmaking", "genderbased",
 * "conflictrelated", "excombatants", "incomeproducing", "mediumsized"), the
 * hyphen is restored ("decision-making", "gender-based", ...). Words printed
 * whole inside a line keep their spelling (e.g. "subregional").
 * Columns of the framework's tables are interleaved in the extracted text;
 * each text here is one cell read in order.
 *
 * Known defects kept as printed (see codeAsPrinted): the outputs under
 * results 3.1, 4.1, 4.3 and 4.4 are printed with a sibling result's number,
 * and pillar 4 has no result 4.2. Outputs 1.3.1 and 4.4.3 carry two
 * indicators each.
 *
 * The source gives no measure, direction or aggregation for its indicators:
 * those are inferred from the wording (`inferred: true`). Baselines and
 * targets are not given either. The plan has no operational actions.
 *
 * Disaggregation (the breakdowns an indicator declares, issue 14), only
 * where the indicator's own text names them: sex where it names two of
 * women, men, girls and boys as groups (I2.1, I2.1.2); age where it gives
 * an age (I4.3.2: "girls (<18 years old)"); region for the regional plans
 * of X-DEC-1. Inferred, under the indicator's `inferred` mark: region for
 * the indicators counted "in conflict zones" or "in conflict-affected
 * areas" (I4.4, I4.1.2, I4.4.3a, I4.4.3b, I4.5.1), since those areas are
 * regions. "In communities and at a national, subregional and
 * international level" names levels, not regions: no breakdown.
 *
 * French: every text carries its French form (`fr`) from
 * mali-2019-2023.fr.ts, official names and a working translation of the
 * sentences (the plan's `workingTranslation` says so); the English text here
 * stays the source and is what an English workbook shows.
 */
import type { PlanInput } from "../model";
import { NAMES, SENTENCES } from "./mali-2019-2023.fr";

type IndicatorInput = NonNullable<PlanInput["indicators"]>[number];

interface Inferred {
  measure: IndicatorInput["measure"];
  aggregation: IndicatorInput["aggregation"];
  direction?: IndicatorInput["direction"];
  disaggregation?: IndicatorInput["disaggregation"];
  sdg?: string[];
  comment?: string;
}

/** An indicator as the source gives it (code, level, parent, text) with the inferred fields. */
function ind(
  code: string,
  level: IndicatorInput["level"],
  parent: string,
  text: string,
  inf: Inferred
): IndicatorInput {
  const out: IndicatorInput = {
    code,
    level,
    parent,
    text,
    measure: inf.measure,
    direction: inf.direction ?? "increase",
    aggregation: inf.aggregation,
    disaggregation: inf.disaggregation ?? [],
    baseline: null,
    targets: [],
    endTarget: null,
    actuals: [],
    frequency: "annual",
    sdg: inf.sdg ?? [],
    un1325: [],
    // The source names SDGs 5, 10 and 16 in general terms only and gives no
    // code per indicator: every SDG code here is the tool's proposal, not
    // part of the plan until a person confirms it (src/core/reference).
    ...(inf.sdg?.length ? { sdgStatus: "proposed" as const } : {}),
    inferred: true,
  };
  if (inf.measure === "percent") out.unit = "%";
  if (inf.comment) out.comment = inf.comment;
  return out;
}

// Shorthands for the inferred measure/aggregation pairs.
const PCT = { measure: "percent", aggregation: "latest" } as const;
const COUNT = { measure: "number", aggregation: "sum" } as const; // events/people per year
const STOCK = { measure: "number", aggregation: "latest" } as const; // cumulative count
const LEVEL = { measure: "level", aggregation: "latest" } as const;
const YESNO = { measure: "yesno", aggregation: "latest" } as const;
const TEXT = { measure: "text", aggregation: "latest" } as const;

const SOURCE_TEXT: PlanInput = {
  id: "mali-nap-2019-2023",
  country: "Mali",
  countryCode: "ML",
  title:
    "Mali's National Action Plan for the implementation of United Nations Security Council Resolution 1325 (2000) on Women, Peace and Security, 2019-2023",
  period: { start: 2019, end: 2023 },
  languages: ["fr", "en"],
  currency: "XOF",
  source:
    "Republic of Mali, Ministry for the Advancement of Women, Children and Families (MPFEF): National Action Plan for the implementation of Resolution 1325 (2019-2023), third NAP, English translation.",
  example: false,

  pillars: [
    {
      code: "1",
      name: "Participation",
      objective:
        "Women participate actively and equitably in peace and reconciliation processes and hold decision-making positions at all levels of governance.",
    },
    {
      code: "2",
      name: "Prevention",
      objective:
        "Conflict-related sexual and gender-based violence (SGBV) is prevented, and women contribute significantly to the prevention of conflict and other threats to human security.",
    },
    {
      code: "3",
      name: "Protection",
      objective:
        "Women and girls’ human rights during all phases of conflict and in times of peace are respected, protected and promoted, and their human security is ensured.",
    },
    {
      code: "4",
      name: "Relief and Recovery",
      objective:
        "Women and girls are agents of change, their specific needs and strategic interests are taken into account and their human security is ensured in situations of crisis and reconstruction.",
    },
  ],

  results: [
    {
      code: "1.1",
      pillar: "1",
      text: "Women and their interests are taken into account in decision-making processes regarding the implementation of the Agreement for Peace and Reconciliation in Mali or other consultative mechanisms for peacebuilding and reconciliation.",
    },
    {
      code: "1.2",
      pillar: "1",
      text: "Women are involved in mediation; negotiation; conflict management; forums for peace, security and social cohesion; in communities; and at a national, subregional and international level.",
    },
    {
      code: "1.3",
      pillar: "1",
      text: "Women hold at least 30% of the nominated and elected positions at all levels of governance and they participate effectively in decision-making.",
    },
    {
      code: "2.1",
      pillar: "2",
      text: "All forms of conflict-related sexual and gender-based violence against women and girls are better prevented.",
    },
    { code: "2.2", pillar: "2", text: "Women are involved in conflict prevention at all levels." },
    {
      code: "2.3",
      pillar: "2",
      text: "Women, including young women, make a significant contribution to detecting and assessing threats and eliminating all conditions conducive to the development of terrorism, radicalization and violent extremism.",
    },
    {
      code: "3.1",
      pillar: "3",
      text: "Legal provisions are strengthened for combating the impunity of perpetrators of all forms of SGBV towards the civilian population during armed conflicts.",
    },
    {
      code: "3.2",
      pillar: "3",
      text: "Access to justice and holistic care facilities is improved for survivors of SGBV and conflict-related issues.",
    },
    {
      code: "3.3",
      pillar: "3",
      text: "Women actively participate in peacekeeping operations and in the diplomatic services of Security, Defense and Justice institutions.",
    },
    {
      code: "3.4",
      pillar: "3",
      text: "The security of women and girls is ensured by Defense and Security forces in an effective and transparent way.",
    },
    {
      code: "3.5",
      pillar: "3",
      text: "The safety of women and girls in the face of trafficking and small arms and light weapons circulation is improved.",
    },
    {
      code: "4.1",
      pillar: "4",
      text: "Women benefit from funds allocated to peacebuilding and reconstruction programs, including economic recovery.",
    },
    {
      code: "4.3",
      pillar: "4",
      text: "The rights and specific needs of women and girls, especially vulnerable groups (e.g. internally displaced persons, GBV survivors, people living with disabilities, ex-combatants, refugees and repatriated persons) are taken into account in the humanitarian aid programs, transitional justice and DDR processes.",
    },
    {
      code: "4.4",
      pillar: "4",
      text: "Women and girls’ access to basic social services in conflict zones is guaranteed.",
    },
    {
      code: "4.5",
      pillar: "4",
      text: "Women make a significant contribution to the sustainable management of natural resources and their resilience to climate change is strengthened.",
    },
  ],

  // "Opportunities" in the source.
  outputs: [
    {
      code: "1.1.1",
      result: "1.1",
      text: "Formal and informal measures ensuring the inclusion and full participation of women in the Agreement for Peace and Reconciliation in Mali implementation mechanisms or other consultative mechanisms for peacebuilding and reconciliation (CSA, CNDDR, CNRSS, TJRC, IC, local safety committees) are in effect.",
    },
    {
      code: "1.1.2",
      result: "1.1",
      text: "Peace mechanisms take into account security and the women's specific rights and needs.",
    },
    {
      code: "1.2.1",
      result: "1.2",
      text: "Mediation, negotiation and conflict management initiatives are led by women in communities and at a national level.",
    },
    {
      code: "1.2.2",
      result: "1.2",
      text: "Women participate in mediation, negotiation and conflict management initiatives in forums for peace and security at a subregional and international level.",
    },
    {
      code: "1.3.1",
      result: "1.3",
      text: "The provisions of Act No. 2015-052 (instituting measures to promote gender equality in access to nominated and elected positions) are known and applied at all levels.",
    },
    {
      code: "1.3.2",
      result: "1.3",
      text: "Strategies and measures that ensure that women have the opportunity to participate effectively in public life at all levels are adopted at a national level and within structures.",
    },
    {
      code: "2.1.1",
      result: "2.1",
      text: "Women, girls and community members are able to recognize and report all forms of conflict-related sexual and gender-based violence.",
    },
    {
      code: "2.1.2",
      result: "2.1",
      text: "Men and boys, including religious and traditional leaders, are more involved in preventing conflict-related violence against women and girls.",
    },
    {
      code: "2.2.1",
      result: "2.2",
      text: "Women take action regarding conflict prevention and early warnings at a community, intra-community, regional and national level.",
    },
    {
      code: "2.3.1",
      result: "2.3",
      text: "The implementation of the National Policy for preventing and combating violent extremism and terrorism takes gender into account.",
    },
    {
      code: "2.3.2",
      result: "2.3",
      text: "The social, cultural, political, religious and economic causes for violent extremism and terrorism are identified and analyzed through the lens of gender.",
    },
    {
      code: "2.3.3",
      result: "2.3",
      text: "Women are able to influence strategies and mechanisms for the prevention of violent extremism and terrorism.",
    },
    {
      code: "3.1.1",
      codeAsPrinted: "3.2.1",
      result: "3.1",
      text: "The legal texts relating to conflict-related SGBV are adopted, enacted and known.",
    },
    {
      code: "3.1.2",
      codeAsPrinted: "3.2.2",
      result: "3.1",
      text: "A functional mechanism for coordinating and monitoring SGBV cases is established within the penal system for an effective fight against the impunity of perpetrators of conflict-related SGBV.",
    },
    {
      code: "3.2.1",
      result: "3.2",
      text: "The criminal justice system’s knowledge of conflict-related SGBV is strengthened.",
    },
    {
      code: "3.2.2",
      result: "3.2",
      text: "Holistic care for survivors of conflict-related SGBV is improved.",
    },
    {
      code: "3.2.3",
      result: "3.2",
      text: "The fundamental human rights of women and girls are respected.",
    },
    {
      code: "3.2.4",
      result: "3.2",
      text: "Measures to protect survivors of conflict-related SGBV are implemented.",
    },
    {
      code: "3.3.1",
      result: "3.3",
      text: "The specific rights and needs of female personnel within Defense, Security and Justice institutions are recognized and taken into account.",
    },
    {
      code: "3.3.2",
      result: "3.3",
      text: "The presence of female personnel contributes to the promotion of good governance and rebuilding trust between the population and the Defense, Security and Justice institutions.",
    },
    {
      code: "3.3.3",
      result: "3.3",
      text: "The participation of women in diplomatic services and peacekeeping operations is increased.",
    },
    {
      code: "3.4.1",
      result: "3.4",
      text: "The national strategy for SSR is implemented with a focus on gender.",
    },
    {
      code: "3.4.2",
      result: "3.4",
      text: "The defense and security forces take into account the protection of the rights of women and girls.",
    },
    {
      code: "3.4.3",
      result: "3.4",
      text: "Defense and security forces have the ability to protect the rights of women and girls, including the ability to deal with conflict-related SGBV.",
    },
    {
      code: "3.5.1",
      result: "3.5",
      text: "Legislation related to small arms and light weapons is updated and aligned with international and regional instruments and takes gender into account.",
    },
    {
      code: "4.1.1",
      codeAsPrinted: "4.2.1",
      result: "4.1",
      text: "Civil society organizations, in particular women's associations, are involved in peacebuilding and reconstruction actions.",
    },
    {
      code: "4.1.2",
      codeAsPrinted: "4.2.2",
      result: "4.1",
      // Printed without a closing full stop.
      text: "Women are involved in economic recovery (e.g. partnerships with buyers/employers; transfer of income-producing assets, microfinance, vocational training, entrepreneurship development, financial/commercial skills)",
    },
    {
      code: "4.3.1",
      codeAsPrinted: "4.2.1",
      result: "4.3",
      text: "Humanitarian aid programs take into account the specific rights and needs of women and girls, especially vulnerable groups.",
    },
    {
      code: "4.3.2",
      codeAsPrinted: "4.2.2",
      result: "4.3",
      text: "The transitional justice process includes a gender perspective.",
    },
    {
      code: "4.3.3",
      codeAsPrinted: "4.2.3",
      result: "4.3",
      text: "The DDR process takes into account ex-combatants and people associated with conflicts.",
    },
    {
      code: "4.4.1",
      codeAsPrinted: "4.3.1",
      result: "4.4",
      text: "Access to elementary and secondary school education in areas affected by the conflict is guaranteed, with a special focus on girls.",
    },
    {
      code: "4.4.2",
      codeAsPrinted: "4.3.2",
      result: "4.4",
      text: "Women’s access, especially young girls, to functional literacy in conflict zones is guaranteed.",
    },
    {
      code: "4.4.3",
      codeAsPrinted: "4.3.3",
      result: "4.4",
      text: "The availability and quality of accessible health services, including sexual and reproductive health (prenatal care, childbirth, post-natal care, family planning) and other basic social services are improved in conflict zones.",
    },
    {
      code: "4.5.1",
      result: "4.5",
      text: "Women have the capacities and the means to manage natural resources in a sustainable manner.",
    },
    {
      code: "4.5.2",
      result: "4.5",
      text: "Recovery activities in the face of climate change are initiated by women and are supported.",
    },
  ],

  indicators: [
    // Objective level (one per key priority).
    ind(
      "I1",
      "objective",
      "1",
      "Women’s representation and meaningful participation in peace and reconciliation mechanisms and in decision-making positions at all levels of governance.",
      { ...LEVEL, sdg: ["5.5.1"] }
    ),
    ind(
      "I2",
      "objective",
      "2",
      "Prevalence of conflict-related sexual and gender-based violence, and women's level of involvement in conflict prevention and other threats to human security.",
      {
        ...PCT,
        direction: "decrease",
        sdg: ["5.2"],
        comment:
          "Compound indicator: the prevalence of violence should fall while women’s involvement should rise; measure and direction follow the prevalence.",
      }
    ),
    ind(
      "I3",
      "objective",
      "3",
      "Women and girls’ human rights are protected through national legislation and through the level of confidence in the security measures in place.",
      LEVEL
    ),
    ind(
      "I4",
      "objective",
      "4",
      // Garbled in the source ("participation situation of crisis"); kept as printed.
      "Level and type of women and girls’ participation situation of crisis and reconstruction.",
      LEVEL
    ),

    // Result level.
    ind(
      "I1.1",
      "result",
      "1.1",
      "Level of consideration of women and their interests in decision-making processes regarding the implementation of the Agreement for Peace and Reconciliation in Mali or other consultative mechanisms for peace and reconciliation.",
      LEVEL
    ),
    ind(
      "I1.2",
      "result",
      "1.2",
      "Level of involvement of women in conflict management and forums for peace, security and social cohesion; in communities; and at a national, subregional and international level.",
      { ...LEVEL }
    ),
    ind(
      "I1.3",
      "result",
      "1.3",
      "Representation and type of responsibilities that women with nominated and elected positions have at all levels of governance.",
      { ...LEVEL, sdg: ["5.5.1"] }
    ),
    ind(
      "I2.1",
      "result",
      "2.1",
      "Changing the attitudes of girls, boys, women, and men in the face of sexual and gender-based violence.",
      { ...LEVEL, disaggregation: ["sex"], sdg: ["5.2"] }
    ),
    ind(
      "I2.2",
      "result",
      "2.2",
      "Women's roles in prevention and early warning initiatives at all levels.",
      TEXT
    ),
    ind(
      "I2.3",
      "result",
      "2.3",
      "Women’s level of involvement in the detection and assessment of threats and elimination of all conditions conducive to the development of terrorism, radicalization and violent extremism.",
      LEVEL
    ),
    ind(
      "I3.1",
      "result",
      "3.1",
      "The compliance of legal frameworks with international and regional conventions ratified to fight against the impunity of perpetrators of all forms of SGBV towards the civilian population during armed conflicts.",
      TEXT
    ),
    ind(
      "I3.2",
      "result",
      "3.2",
      "Level of access to justice and holistic care facilities for survivors of conflict-related SGBV.",
      { ...LEVEL, sdg: ["16.3"] }
    ),
    ind(
      "I3.3",
      "result",
      "3.3",
      "Presence of women in peacekeeping operations and in the diplomatic services of Security, Defense and Justice sectors.",
      LEVEL
    ),
    ind("I3.4", "result", "3.4", "Security index for women and girls.", {
      ...STOCK,
      comment: "An index: a number, the latest value counts.",
    }),
    ind(
      "I3.5",
      "result",
      "3.5",
      "Proportion of weapons seized, found or voluntarily returned, the illicit source or use of which has been traced or established by competent authorities, in accordance with international instruments.",
      { ...PCT, sdg: ["16.4.2"] }
    ),
    ind(
      "I4.1",
      "result",
      "4.1",
      "Proportion (%) of funds allocated to peacebuilding and reconstruction programs that contribute to the implementation of the Women, Peace and Security agenda.",
      PCT
    ),
    ind(
      "I4.3",
      "result",
      "4.3",
      "Degree to which the humanitarian response, transitional justice and DDR processes respond to the rights and needs of women and girls, especially vulnerable groups.",
      LEVEL
    ),
    ind(
      "I4.4",
      "result",
      "4.4",
      "Usage rate by women and girls and quality of basic social services in conflict zones.",
      { ...PCT, disaggregation: ["region"] }
    ),
    ind("I4.5", "result", "4.5", "Women's resilience to deal with climate change.", {
      ...TEXT,
      sdg: ["13.1"],
    }),

    // Output level ("opportunities").
    ind(
      "I1.1.1",
      "output",
      "1.1.1",
      "% of women members and women’s organizations involved in the Agreement’s implementation mechanisms or other consultative mechanisms for peacebuilding and reconciliation.",
      PCT
    ),
    ind(
      "I1.1.2",
      "output",
      "1.1.2",
      "Number of texts with specific provisions aimed at improving the security and conditions for women and girls.",
      STOCK
    ),
    ind(
      "I1.2.1",
      "output",
      "1.2.1",
      "Number of mediation, negotiation and conflict management initiatives led by women in communities and at a national level.",
      { ...COUNT }
    ),
    ind(
      "I1.2.2",
      "output",
      "1.2.2",
      "Proportion (%) of women in peace and security forums at a subregional, African and international level, including as part of the G5 Sahel, ECOWAS, the African Union and the United Nations.",
      PCT
    ),
    ind("I1.3.1a", "output", "1.3.1", "% of women at all levels.", { ...PCT, sdg: ["5.5.1"] }),
    ind("I1.3.1b", "output", "1.3.1", "Number of adopted laws that were proposed by women.", STOCK),
    ind(
      "I1.3.2",
      "output",
      "1.3.2",
      "Number of public and political structures that have adopted strategies and measures that ensure the effective participation of women who hold decision-making positions.",
      STOCK
    ),
    ind(
      "I2.1.1",
      "output",
      "2.1.1",
      "Level of knowledge and number of cases reported by women, girls and communities of any form of conflict-related sexual and gender-based violence.",
      { ...LEVEL, sdg: ["5.2"] }
    ),
    ind(
      "I2.1.2",
      "output",
      "2.1.2",
      "Number of men and boys engage in the fight to end all forms of conflict-related sexual and gender-based violence.",
      { ...COUNT, disaggregation: ["sex"], sdg: ["5.2"] }
    ),
    ind(
      "I2.2.1",
      "output",
      "2.2.1",
      "Number of initiatives taken by women for prevention and early warnings linked to community, intra-community, regional and national conflicts.",
      { ...COUNT }
    ),
    ind(
      "I2.3.1",
      "output",
      "2.3.1",
      "How much the gender perspective has been taken into account in the implementation of the National Policy and the fight against violent extremism and terrorism.",
      LEVEL
    ),
    ind(
      "I2.3.2",
      "output",
      "2.3.2",
      "Availability of gender-specific data on the social, cultural, political, religious and economic causes of violent extremism and terrorism in Mali.",
      YESNO
    ),
    ind(
      "I2.3.3",
      "output",
      "2.3.3",
      "Number of women involved in raising awareness of the fight against violent extremism in communities and within institutional mechanisms that aim at fighting against violent extremism.",
      { ...COUNT }
    ),
    ind(
      "I3.1.1",
      "output",
      "3.1.1",
      "Number of texts adopted and made accessible to protect the rights of women and girls in the face of SGBV.",
      STOCK
    ),
    ind("I3.1.2", "output", "3.1.2", "Existence of an operational coordination mechanism.", YESNO),
    ind(
      "I3.2.1",
      "output",
      "3.2.1",
      "Number and % of conflict-related SGBV cases transferred to jurisdictions for trial and the number of cases that undergo investigation and result in a conviction.",
      PCT
    ),
    ind(
      "I3.2.2",
      "output",
      "3.2.2",
      "Number of holistic care centers for survivors of conflict-related SGBV.",
      STOCK
    ),
    ind(
      "I3.2.3",
      "output",
      "3.2.3",
      "Number and % of courts with the necessary resources to hear cases regarding the violation of the fundamental human rights of women and girls.",
      PCT
    ),
    ind(
      "I3.2.4",
      "output",
      "3.2.4",
      "Number of measures implemented to protect survivors of conflict-related SGBV.",
      STOCK
    ),
    ind(
      "I3.3.1",
      "output",
      "3.3.1",
      "Number of actions adopted to take into account the specific rights and needs of female personnel in Defense, Security and Justice institutions.",
      STOCK
    ),
    ind(
      "I3.3.2",
      "output",
      "3.3.2",
      "% of female personnel within Defense, Security and Justice institutions.",
      { ...PCT, sdg: ["16.7.1"] }
    ),
    ind(
      "I3.3.3",
      "output",
      "3.3.3",
      "% of female personnel in diplomatic services and in peacekeeping operations.",
      PCT
    ),
    ind(
      "I3.4.1",
      "output",
      "3.4.1",
      "Level of competence when it comes to gender for personnel implementing the RSS strategy.",
      LEVEL
    ),
    ind(
      "I3.4.2",
      "output",
      "3.4.2",
      "Number and % of defense and security forces’ strategies, codes of conduct and procedures that incorporate measures to protect the rights of women and girls.",
      PCT
    ),
    ind(
      "I3.4.3",
      "output",
      "3.4.3",
      "Defense and security forces’ programs include training modules on GBV, women's rights and gender.",
      { ...YESNO, comment: "Worded as a condition that holds or not." }
    ),
    ind(
      "I3.5.1",
      "output",
      "3.5.1",
      "How much the gender perspective is taken into account in legislation relating to small arms and light weapons.",
      LEVEL
    ),
    ind(
      "I4.1.1",
      "output",
      "4.1.1",
      "% of civil society organizations, including women's associations, that are dedicated to peacebuilding and reconstruction efforts.",
      PCT
    ),
    ind(
      "I4.1.2",
      "output",
      "4.1.2",
      "% of small and medium-sized enterprises owned by women/women in conflict-affected areas.",
      { ...PCT, disaggregation: ["region"] }
    ),
    ind(
      "I4.3.1",
      "output",
      "4.3.1",
      "Existence of strategies and budgets for the promotion and protection of vulnerable groups of women and girls (e.g. internally displaced persons, GBV survivors, people living with disabilities, ex-combatants, refugees and repatriated persons).",
      YESNO
    ),
    ind(
      "I4.3.2",
      "output",
      "4.3.2",
      "Number and % of women, especially young women and girls (<18 years old) benefiting from reparation and delivery programs in the transitional justice process.",
      { ...PCT, disaggregation: ["age"] }
    ),
    ind(
      "I4.3.3",
      "output",
      "4.3.3",
      "Number and % of female ex-combatants, or women and girls associated with armed groups who have benefited from DDR programs.",
      PCT
    ),
    ind(
      "I4.4.1",
      "output",
      "4.4.1",
      "Enrollment and retention rate (%) of girls in elementary and secondary schools.",
      { ...PCT, sdg: ["4.1", "4.5"] }
    ),
    ind(
      "I4.4.2",
      "output",
      "4.4.2",
      "Number of women participating in functional literacy initiatives.",
      { ...COUNT, sdg: ["4.6"] }
    ),
    ind(
      "I4.4.3a",
      "output",
      "4.4.3",
      "Number of women who received sexual and reproductive health care in areas affected by conflict.",
      { ...COUNT, disaggregation: ["region"], sdg: ["3.7"] }
    ),
    ind(
      "I4.4.3b",
      "output",
      "4.4.3",
      "Number of women who have benefited from mental health services in areas affected by conflict.",
      { ...COUNT, disaggregation: ["region"], sdg: ["3.4"] }
    ),
    ind(
      "I4.5.1",
      "output",
      "4.5.1",
      "% of women in conflict-affected areas receiving training on the sustainable management of natural resources.",
      { ...PCT, disaggregation: ["region"] }
    ),
    ind(
      "I4.5.2",
      "output",
      "4.5.2",
      "Number of supported recovery activities in response to climate change initiated by women.",
      COUNT
    ),

    // Cross-cutting (coordination mechanism sections).
    ind(
      "X-COORD-1",
      "crosscutting",
      "coordination",
      "Number of meetings held by the Monitoring Committee and Steering Committee.",
      COUNT
    ),
    ind(
      "X-COORD-2",
      "crosscutting",
      "coordination",
      "Achievement level of the Technical Management Unit's operational plan.",
      LEVEL
    ),
    ind(
      "X-ME-1",
      "crosscutting",
      "monitoring",
      "Number of annual reports showing implementation progress.",
      COUNT
    ),
    ind(
      "X-CSO-1",
      "crosscutting",
      "civil-society",
      "Civil society's level of participation contributes to the monitoring and implementation of NAP 1325.",
      LEVEL
    ),
    ind(
      "X-DEC-1",
      "crosscutting",
      "decentralisation",
      "Number of regional and local plans developed and implemented.",
      { ...STOCK, disaggregation: ["region"] }
    ),
    ind(
      "X-COM-1",
      "crosscutting",
      "communication",
      "Level of implementation of the communication strategy.",
      LEVEL
    ),
    ind(
      "X-BUD-1",
      "crosscutting",
      "budget",
      "Proportion (%) of the budget allocated to the implementation of the NAP by different stakeholders.",
      PCT
    ),
  ],

  // National Monitoring Committee members (decision 0309 MPFEF/SG of 11 November 2016), plus the TMU.
  // IATI organisation identifiers (iatiRef), only where a published list gives one: the
  // ministries' ML-COA codes are the sections of Mali's budget (administrative classification)
  // as org-id.guide's list ML-COA ("Mali Chart of Accounts") publishes them through Gov ID
  // Finder (codeforIATI/gov-id-finder-data, data/ML.csv): 640 "Ministère de la Promotion de la
  // Femme, de l'Enfant et de la Famille", 210 Défense et Anciens Combattants, 180 Affaires
  // étrangères et Coopération internationale, 310 Économie et Finances, 330 Administration
  // territoriale et Décentralisation, 220 Justice et Droits de l'Homme, 230 Sécurité et
  // Protection civile, 410 Éducation nationale, 185 Maliens établis à l'extérieur et
  // Intégration africaine, 341 Réconciliation, Paix et Cohésion nationale, 340 Affaires
  // religieuses et Culte, 110 Assemblée nationale. Ministries the list does not name as the plan
  // does (Solidarity and Humanitarian Action, Public Health and Hygiene, Youth, Sport) and the
  // other members have none here: they are named without one.
  // donor (issue 18): IATI organisation types (iatiType) only where they are facts: each
  // ministry is 10 Government; UN Women 40 Multilateral (its OECD DAC channel code, 41146,
  // is under 40000 Multilateral organisations). The others are left blank: the State bodies,
  // the parliament and MINUSMA get from their category 10 and 40 in the IATI file
  // (src/core/iati/codes.ts); the civil society organisations, the TFPs and MISAHEL stay untyped
  // (international or national NGOs, bilateral or multilateral partners: the plan does not say).
  stakeholders: [
    {
      code: "MPFEF",
      name: "Ministry for the Advancement of Women, Children and Families",
      acronym: "MPFEF",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-640",
    },
    {
      code: "MDAC",
      name: "Ministry of Defense and Veterans",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-210",
    },
    {
      code: "MAECI",
      name: "Ministry of Foreign Affairs and International Cooperation",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-180",
    },
    {
      code: "MEF",
      name: "Ministry of Economy and Finance",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-310",
    },
    {
      code: "MATD",
      name: "Ministry of Territorial Administration and Decentralization",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-330",
    },
    {
      code: "MJ",
      name: "Ministry of Justice",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-220",
    },
    {
      code: "MSPC",
      name: "Ministry of Internal Security and Civil Protection",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-230",
    },
    {
      code: "MSAH",
      name: "Ministry of Solidarity and Humanitarian Action",
      type: "ministry",
      iatiType: "10",
      committee: true,
    },
    {
      code: "MSHP",
      name: "Ministry of Public Health and Hygiene",
      type: "ministry",
      iatiType: "10",
      committee: true,
    },
    {
      code: "MEN",
      name: "Ministry of National Education",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-410",
    },
    {
      code: "MJECC",
      name: "Ministry of Youth, Employment and Citizen Construction",
      type: "ministry",
      iatiType: "10",
      committee: true,
    },
    { code: "MS", name: "Ministry of Sport", type: "ministry", iatiType: "10", committee: true },
    {
      code: "MMEIA",
      name: "Ministry of Malians Abroad and African Integration",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-185",
    },
    {
      code: "MCPRN",
      name: "Ministry of Social Cohesion, Peace and National Reconciliation",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-341",
    },
    {
      code: "MARC",
      name: "Ministry of Religious Affairs and Worship",
      type: "ministry",
      iatiType: "10",
      committee: true,
      iatiRef: "ML-COA-340",
    },
    {
      code: "SP-PNG",
      name: "Permanent Secretary for the National Gender Policy",
      type: "state",
      committee: true,
    },
    {
      code: "PNLP-ALPC",
      name: "National Program on the Fight against the proliferation of Light Weapons",
      type: "state",
      committee: true,
    },
    {
      code: "CNDIFE",
      name: "National Center for Women's Documentation and Information Resources",
      type: "state",
      committee: true,
    },
    {
      code: "APR-COM",
      name: "Agreement for Peace and Reconciliation in Mali Committees (CNDDR, CNRSS, TJRC)",
      type: "state",
      committee: true,
    },
    {
      code: "AN",
      name: "National Assembly",
      type: "parliament",
      committee: true,
      iatiRef: "ML-COA-110",
    },
    // The members list prints the number of seats: "4 Civil Society Organizations", "4 TFPs, ...".
    {
      code: "OSC",
      name: "4 Civil Society Organizations",
      acronym: "CSO",
      type: "civil-society",
      committee: true,
    },
    {
      code: "PTF",
      name: "4 TFPs, members of the Gender Thematic Group",
      acronym: "TFP",
      type: "tfp",
      committee: true,
    },
    { code: "MINUSMA", name: "MINUSMA", type: "un", committee: true },
    {
      code: "ONU-FEMMES",
      name: "UN Women",
      type: "un",
      iatiType: "40",
      committee: true,
      // UN Women's own identifier, under which it publishes to IATI (OECD DAC channel code 41146).
      iatiRef: "XM-DAC-41146",
    },
    { code: "MISAHEL", name: "MISAHEL", type: "other", committee: true },
    // Secretariat of the mechanism, located at the MPFEF.
    {
      code: "UGT",
      name: "Technical Management Unit",
      acronym: "TMU",
      type: "state",
      committee: false,
    },
  ],

  // BUDGET section: the national budget, a mutual fund co-managed by the MPFEF
  // and UN Women through the NAP 1325 Support Steering Committee, and partners.
  fundingSources: [
    { code: "BN", name: "National budget", type: "national-budget" },
    { code: "FC", name: "Mutual fund", type: "mutual-fund" },
    { code: "PTF", name: "Technical and financial partners", type: "partner", stakeholder: "PTF" },
  ],

  regions: [
    { code: "KAY", name: "Kayes" },
    { code: "KOU", name: "Koulikoro" },
    { code: "SIK", name: "Sikasso" },
    { code: "SEG", name: "Segou" },
    { code: "MOP", name: "Mopti" },
    { code: "TOM", name: "Timbuktu" },
    { code: "GAO", name: "Gao" },
    { code: "KID", name: "Kidal" },
    { code: "TAO", name: "Taoudenni" },
    { code: "MNK", name: "Menaka" },
    { code: "BKO", name: "Bamako District" },
  ],

  actions: [],
  risks: [],
};

/** Each text's French form, by code: a code without one is a mistake caught at load. */
function withFrench(plan: PlanInput): PlanInput {
  const need = <T>(map: Record<string, T>, code: string, what: string): T => {
    const v = map[code];
    if (v === undefined) throw new Error(`no French ${what} for ${code}`);
    return v;
  };
  return {
    ...plan,
    fr: { title: SENTENCES.title, country: NAMES.country, source: SENTENCES.source },
    workingTranslation: ["fr"],
    pillars: plan.pillars.map((p) => ({
      ...p,
      fr: {
        name: need(NAMES.pillars, p.code, "pillar name"),
        objective: need(SENTENCES.objectives, p.code, "objective"),
      },
    })),
    results: plan.results?.map((r) => ({
      ...r,
      fr: { text: need(SENTENCES.results, r.code, "result") },
    })),
    outputs: plan.outputs?.map((o) => ({
      ...o,
      fr: { text: need(SENTENCES.outputs, o.code, "output") },
    })),
    indicators: plan.indicators?.map((i) => ({
      ...i,
      fr: {
        text: need(SENTENCES.indicators, i.code, "indicator"),
        ...(i.comment ? { comment: need(SENTENCES.comments, i.code, "comment") } : {}),
      },
    })),
    stakeholders: plan.stakeholders?.map((s) => ({
      ...s,
      fr: need(NAMES.stakeholders, s.code, "stakeholder name"),
    })),
    fundingSources: plan.fundingSources?.map((f) => ({
      ...f,
      fr: { name: need(NAMES.fundingSources, f.code, "funding source name") },
    })),
    regions: plan.regions?.map((r) => ({
      ...r,
      fr: { name: need(NAMES.regions, r.code, "region name") },
    })),
  };
}

export const MALI_NAP_2019_2023: PlanInput = withFrench(SOURCE_TEXT);
