/**
 * A clearly fictitious operational plan to demonstrate the workbook: the
 * source plan has a strategic framework but no published actions, budgets or
 * risks. Every action and risk here is marked "[EXAMPLE]" ("[EXEMPLE]" in its
 * French form, a working translation like the plan's sentences) and the plan
 * is flagged `example: true`. Nothing here comes from the source.
 *
 * Deterministic: the same plan always gives the same example.
 */
import { Plan, parsePlan } from "../model";

type Status = Plan["actions"][number]["status"];

/**
 * Example actions: the output and lead they suit in the Mali plan (used when
 * the plan has them; otherwise the pillar's outputs and the plan's ministries
 * are taken in turn), a short text,
 * and a status with a consistent progress.
 */
const ACTIONS: {
  output: string;
  lead: string;
  pillar: string;
  text: string;
  /** French working translation (fictitious, like the action). */
  fr: string;
  status: Status;
  progress: number;
}[] = [
  {
    output: "1.2.1",
    lead: "MCPRN",
    pillar: "1",
    text: "Train women mediators in negotiation techniques",
    fr: "Former des femmes médiatrices aux techniques de négociation",
    status: "completed",
    progress: 100,
  },
  {
    output: "1.1.1",
    lead: "MPFEF",
    pillar: "1",
    text: "Hold a national forum of women leaders on the peace agreement",
    fr: "Tenir un forum national des femmes leaders sur l’accord de paix",
    status: "in-progress",
    progress: 60,
  },
  {
    output: "1.3.1",
    lead: "MATD",
    pillar: "1",
    text: "Disseminate the 30% quota law to local authorities",
    fr: "Diffuser la loi sur le quota de 30 % auprès des collectivités territoriales",
    status: "in-progress",
    progress: 40,
  },
  {
    output: "1.3.2",
    lead: "MPFEF",
    pillar: "1",
    text: "Support women candidates with coaching before local elections",
    fr: "Accompagner les candidates par un coaching avant les élections locales",
    status: "not-started",
    progress: 0,
  },
  {
    output: "1.1.2",
    lead: "UGT",
    pillar: "1",
    text: "Map women’s participation in peace-process committees",
    fr: "Cartographier la participation des femmes aux comités du processus de paix",
    status: "completed",
    progress: 100,
  },
  {
    output: "1.2.2",
    lead: "MCPRN",
    pillar: "1",
    text: "Fund exchange visits between women mediators of different regions",
    fr: "Financer des visites d’échange entre femmes médiatrices de différentes régions",
    status: "postponed",
    progress: 10,
  },
  {
    output: "2.1.1",
    lead: "MPFEF",
    pillar: "2",
    text: "Run community awareness sessions on reporting gender-based violence",
    fr: "Organiser des séances de sensibilisation communautaire sur le signalement des violences basées sur le genre",
    status: "in-progress",
    progress: 50,
  },
  {
    output: "2.1.2",
    lead: "MARC",
    pillar: "2",
    text: "Engage religious and traditional leaders in dialogues against violence",
    fr: "Engager les chefs religieux et traditionnels dans des dialogues contre les violences",
    status: "completed",
    progress: 100,
  },
  {
    output: "2.2.1",
    lead: "MSPC",
    pillar: "2",
    text: "Set up women-led early warning committees",
    fr: "Mettre en place des comités d’alerte précoce dirigés par des femmes",
    status: "in-progress",
    progress: 30,
  },
  {
    output: "2.3.2",
    lead: "MARC",
    pillar: "2",
    text: "Produce a gender analysis of the drivers of violent extremism",
    fr: "Réaliser une analyse selon le genre des facteurs de l’extrémisme violent",
    status: "not-started",
    progress: 0,
  },
  {
    output: "2.3.3",
    lead: "MJECC",
    pillar: "2",
    text: "Train young women as peer educators on preventing radicalization",
    fr: "Former des jeunes femmes comme éducatrices paires en prévention de la radicalisation",
    status: "cancelled",
    progress: 0,
  },
  {
    output: "2.2.1",
    lead: "MPFEF",
    pillar: "2",
    text: "Broadcast radio programs on prevention in local languages",
    fr: "Diffuser des émissions de radio sur la prévention en langues locales",
    status: "in-progress",
    progress: 70,
  },
  {
    output: "3.2.1",
    lead: "MJ",
    pillar: "3",
    text: "Train magistrates and police officers on handling violence cases",
    fr: "Former des magistrats et des policiers au traitement des cas de violences",
    status: "completed",
    progress: 100,
  },
  {
    output: "3.2.2",
    lead: "MSHP",
    pillar: "3",
    text: "Equip a holistic care center for survivors",
    fr: "Équiper un centre de prise en charge holistique des survivantes",
    status: "in-progress",
    progress: 45,
  },
  {
    output: "3.2.4",
    lead: "MJ",
    pillar: "3",
    text: "Provide legal aid clinics for survivors",
    fr: "Ouvrir des cliniques d’aide juridique pour les survivantes",
    status: "not-started",
    progress: 0,
  },
  {
    output: "3.4.3",
    lead: "MDAC",
    pillar: "3",
    text: "Add a gender module to the training of defense and security forces",
    fr: "Ajouter un module genre à la formation des forces de défense et de sécurité",
    status: "in-progress",
    progress: 25,
  },
  {
    output: "3.3.3",
    lead: "MDAC",
    pillar: "3",
    text: "Recruit and deploy female officers to peacekeeping contingents",
    fr: "Recruter et déployer des femmes officiers dans les contingents de maintien de la paix",
    status: "postponed",
    progress: 15,
  },
  {
    output: "3.5.1",
    lead: "PNLP-ALPC",
    pillar: "3",
    text: "Review small arms legislation from a gender perspective",
    fr: "Réviser la législation sur les armes légères sous l’angle du genre",
    status: "completed",
    progress: 100,
  },
  {
    output: "4.1.1",
    lead: "MPFEF",
    pillar: "4",
    text: "Award small grants to women’s associations for reconstruction projects",
    fr: "Accorder des microsubventions aux associations de femmes pour des projets de reconstruction",
    status: "in-progress",
    progress: 55,
  },
  {
    output: "4.1.2",
    lead: "MSAH",
    pillar: "4",
    text: "Offer vocational training and microcredit to displaced women",
    fr: "Offrir formation professionnelle et microcrédit aux femmes déplacées",
    status: "in-progress",
    progress: 35,
  },
  {
    output: "4.3.3",
    lead: "APR-COM",
    pillar: "4",
    text: "Include the needs of women ex-combatants in reintegration programs",
    fr: "Intégrer les besoins des ex-combattantes dans les programmes de réintégration",
    status: "not-started",
    progress: 0,
  },
  {
    output: "4.4.2",
    lead: "MEN",
    pillar: "4",
    text: "Open functional literacy classes for women and girls",
    fr: "Ouvrir des classes d’alphabétisation fonctionnelle pour les femmes et les filles",
    status: "completed",
    progress: 100,
  },
  {
    output: "4.4.3",
    lead: "MSHP",
    pillar: "4",
    text: "Run mobile reproductive health clinics in conflict zones",
    fr: "Déployer des cliniques mobiles de santé reproductive dans les zones de conflit",
    status: "in-progress",
    progress: 65,
  },
  {
    output: "4.5.2",
    lead: "MPFEF",
    pillar: "4",
    text: "Support women’s climate-resilient farming cooperatives",
    fr: "Soutenir les coopératives agricoles de femmes résilientes au climat",
    status: "cancelled",
    progress: 0,
  },
];

/** Round XOF amounts from 5 000 000 to 60 000 000, picked in turn. */
const AMOUNTS = [5, 10, 15, 20, 25, 30, 40, 50, 60].map((m) => m * 1_000_000);

function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length];
}

/**
 * The "number and %" indicator the example values are entered for: SGBV
 * cases transferred to jurisdictions for trial, a percentage of cases.
 */
export const EXAMPLE_RATE_INDICATOR = "I3.2.1";

/** A copy of the plan with example actions, risks and values, flagged `example: true`. */
export function withExampleOperationalPlan(plan: Plan): Plan {
  const start = plan.period.start;
  // The operational plan covers the first three years of the period.
  const opYears = [start, start + 1, start + 2].filter((y) => y <= plan.period.end);

  const stakeholders = plan.stakeholders.map((s) => s.code);
  const stakeholderCodes = new Set(stakeholders);
  const ministries = plan.stakeholders.filter((s) => s.type === "ministry").map((s) => s.code);
  const leads = ministries.length ? ministries : stakeholders;
  const regions = plan.regions.map((r) => r.code);
  const sources = plan.fundingSources.map((f) => f.code);
  if (!stakeholders.length) throw new Error("the plan has no stakeholders to lead example actions");
  if (!plan.outputs.length) throw new Error("the plan has no outputs to attach example actions to");

  // Outputs per pillar, in plan order.
  const pillarOf = new Map(plan.results.map((r) => [r.code, r.pillar]));
  const outputsByPillar = new Map<string, string[]>();
  for (const o of plan.outputs) {
    const p = pillarOf.get(o.result) ?? "";
    outputsByPillar.set(p, [...(outputsByPillar.get(p) ?? []), o.code]);
  }
  const allOutputs = plan.outputs.map((o) => o.code);
  const outputCodes = new Set(allOutputs);

  const seen = new Map<string, number>();
  const actions: Plan["actions"] = ACTIONS.map((a, i) => {
    const k = seen.get(a.pillar) ?? 0;
    seen.set(a.pillar, k + 1);
    const pool = outputsByPillar.get(a.pillar) ?? allOutputs;
    // The suggested output if the plan has it, else spread over the pillar's outputs.
    const output = outputCodes.has(a.output)
      ? a.output
      : pick(pool, Math.floor((k * pool.length) / 6));

    const lead = stakeholderCodes.has(a.lead) ? a.lead : pick(leads, i * 5 + 1);
    const partners = [pick(stakeholders, i * 7 + 3), pick(stakeholders, i * 11 + 5)].filter(
      (p, j, arr) => p !== lead && arr.indexOf(p) === j
    );
    const actionRegions = regions.length
      ? [pick(regions, i * 3), pick(regions, i * 3 + 4)].filter((r, j, arr) => arr.indexOf(r) === j)
      : [];

    // One, two or three consecutive years within the operational plan.
    const span = (i % 3) + 1;
    const first = i % Math.max(1, opYears.length - span + 1);
    const years = opYears.slice(first, first + span);
    const budget: Plan["actions"][number]["budget"] = years.map((year, y) => {
      const source = pick(sources, i + y);
      const amount = pick(AMOUNTS, i * 2 + y);
      const secured =
        a.status === "cancelled"
          ? 0
          : (i + y) % 3 === 0
            ? amount
            : (i + y) % 3 === 1
              ? amount / 2
              : null;
      // Every other line is costed: unit cost × quantity (× once a year) = amount.
      const costed = (i + y) % 2 === 0;
      return {
        year,
        source,
        unitCost: costed ? amount / 10 : null,
        quantity: costed ? 10 : null,
        times: costed ? 1 : null,
        amount,
        secured,
        // Nothing disbursed or spent is invented: the planners fill these in.
        disbursed: null,
        spent: null,
        status: secured ? "committed" : "indicative",
      };
    });

    return {
      code: `EX-${String(i + 1).padStart(3, "0")}`,
      output,
      text: `[EXAMPLE] ${a.text}`,
      fr: { text: `[EXEMPLE] ${a.fr}` },
      lead,
      partners,
      regions: actionRegions,
      years,
      budget: sources.length ? budget : [],
      status: a.status,
      progress: a.progress,
    };
  });

  const owner = (i: number) => pick(leads, i);
  const risks: Plan["risks"] = [
    {
      code: "EX-R1",
      text: "[EXAMPLE] Insecurity prevents activities from taking place in some regions.",
      fr: {
        text: "[EXEMPLE] L’insécurité empêche la tenue des activités dans certaines régions.",
        mitigation:
          "[EXEMPLE] Passer par les associations locales de femmes et prévoir un suivi à distance.",
      },
      likelihood: "high",
      impact: "high",
      mitigation: "[EXAMPLE] Work through local women’s associations and plan remote follow-up.",
      owner: owner(0),
    },
    {
      code: "EX-R2",
      text: "[EXAMPLE] Partner funding arrives late or falls short of the budget.",
      fr: {
        text: "[EXEMPLE] Les financements des partenaires arrivent en retard ou n’atteignent pas le budget.",
        mitigation:
          "[EXEMPLE] Échelonner les activités et présenter le plan chiffré aux partenaires tôt dans l’année.",
      },
      likelihood: "medium",
      impact: "high",
      mitigation:
        "[EXAMPLE] Phase activities and present the costed plan to partners early in the year.",
      owner: owner(3),
    },
    {
      code: "EX-R3",
      text: "[EXAMPLE] Focal points change and indicator data is not reported on time.",
      fr: {
        text: "[EXEMPLE] Les points focaux changent et les données des indicateurs ne sont pas transmises à temps.",
        mitigation:
          "[EXEMPLE] Nommer des suppléants pour chaque point focal et tenir des revues trimestrielles des données.",
      },
      likelihood: "medium",
      impact: "medium",
      mitigation: "[EXAMPLE] Name deputies for each focal point and hold quarterly data reviews.",
      owner: owner(6),
    },
  ];

  // Values of a "number and %" indicator entered as numerators and denominators (tblValues):
  // invented example figures, marked as such (the source gives none for this indicator).
  const rate = plan.indicators.find((i) => i.code === EXAMPLE_RATE_INDICATOR);
  const [y1, y2] = [start + 1, start + 2].filter((y) => y <= plan.period.end);
  const example = "[EXAMPLE] invented figures / [EXEMPLE] chiffres inventés";
  const values: Plan["values"] =
    rate && y1 && y2
      ? [
          { year: y1, period: "H1" as const, numerator: 12, denominator: 40 },
          { year: y1, period: "H2" as const, numerator: 18, denominator: 45 },
          { year: y2, breakdown: "MOP", numerator: 14, denominator: 50 },
          { year: y2, breakdown: "TOM", numerator: 9, denominator: 30 },
        ].map((v) => ({
          indicator: rate.code,
          value: null,
          comment: example,
          enteredBy: "[EXAMPLE] TMU",
          ...v,
        }))
      : [];

  // The example's rows are by half-year and by region (issue 14): in the example, the indicator
  // says so (its frequency and disaggregation), as a planner would declare them.
  const indicators = plan.indicators.map((i) =>
    i.code === EXAMPLE_RATE_INDICATOR && values.length
      ? {
          ...i,
          frequency: i.frequency === "quarterly" ? i.frequency : ("biannual" as const),
          disaggregation: i.disaggregation.includes("region")
            ? i.disaggregation
            : [...i.disaggregation, "region" as const],
        }
      : i
  );
  return parsePlan({ ...plan, example: true, indicators, actions, risks, values });
}
