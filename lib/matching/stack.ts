// The technologies a firm names, as bits: a buyer that asks for Flutter is not served by a React Native house, nor
// one that asks for AWS by an Azure shop, though the capability (mobile apps, cloud) is the same. Technologies
// are alternatives only within a family; a firm that names none of a family says nothing about it. Two banks of
// 31 bits each (a mask is a 32-bit integer): frameworks and clouds, and the business platforms, learning platforms
// and legacy languages a project is tied to (a Salesforce need is not met by a Dynamics house, a VB6 migration by
// a COBOL shop, a Canvas LMS by a Moodle house), with casino work, which studios refuse like a technology.
import type { Mention } from "./text/read-text";

type Tech = { id: string; family: string; phrases: string[] };

const TECHS: Tech[] = [
  { id: "Java", family: "backend", phrases: ["java", "spring", "spring boot", "java ee"] },
  { id: ".NET", family: "backend", phrases: [".net", "c#", "asp.net", "vb.net", ".net core"] },
  { id: "PHP", family: "backend", phrases: ["php", "laravel", "cakephp", "symfony", "codeigniter", "wordpress"] },
  { id: "Python", family: "backend", phrases: ["python", "django", "flask", "fastapi"] },
  { id: "Ruby", family: "backend", phrases: ["ruby", "ruby on rails", "rails"] },
  { id: "Go", family: "backend", phrases: ["go", "golang"] },
  { id: "Node.js", family: "backend", phrases: ["node.js", "nodejs", "node", "nestjs", "express"] },
  { id: "React", family: "frontend", phrases: ["react", "reactjs", "react.js", "next.js", "nextjs"] },
  { id: "Vue", family: "frontend", phrases: ["vue", "vue.js", "vuejs", "nuxt", "nuxt.js"] },
  { id: "Angular", family: "frontend", phrases: ["angular", "angularjs"] },
  { id: "Flutter", family: "mobile", phrases: ["flutter"] },
  { id: "React Native", family: "mobile", phrases: ["react native"] },
  { id: "Swift/Kotlin", family: "mobile", phrases: ["swift", "kotlin", "native app", "ネイティブアプリ"] },
  { id: "Xamarin", family: "mobile", phrases: ["xamarin", ".net maui", "maui"] },
  { id: "AWS", family: "cloud", phrases: ["aws", "amazon web services"] },
  { id: "Azure", family: "cloud", phrases: ["azure", "microsoft azure"] },
  { id: "Google Cloud", family: "cloud", phrases: ["gcp", "google cloud", "google cloud platform"] },
  { id: "Shopify", family: "commerce", phrases: ["shopify", "shopify plus"] },
  { id: "Magento", family: "commerce", phrases: ["magento", "adobe commerce"] },
  { id: "EC-CUBE", family: "commerce", phrases: ["ec-cube", "ec cube", "eccube"] },
  { id: "WooCommerce", family: "commerce", phrases: ["woocommerce"] },
  { id: "Revit", family: "bim", phrases: ["revit"] },
  { id: "Archicad", family: "bim", phrases: ["archicad"] },
  { id: "Tekla", family: "bim", phrases: ["tekla", "tekla structures"] },
  { id: "SolidWorks", family: "mcad", phrases: ["solidworks"] },
  { id: "CATIA", family: "mcad", phrases: ["catia"] },
  { id: "NX", family: "mcad", phrases: ["siemens nx", "nx"] },
  { id: "Creo", family: "mcad", phrases: ["creo"] },
];

/** The trades foreign workers are placed in, as the platform bank names them. */
export const WORKER_TRADES = [
  "Engineers",
  "CareWorkers",
  "ConstructionWorkers",
  "FactoryWorkers",
  "FoodWorkers",
  "LodgingWorkers",
  "FoodServiceWorkers",
  "LogisticsWorkers",
  "FarmWorkers",
] as const;
export type WorkerTrade = (typeof WORKER_TRADES)[number];

const PLATFORM_TECHS: Tech[] = [
  {
    id: "Salesforce",
    family: "crm",
    phrases: [
      "salesforce",
      "sfdc",
      "sales cloud",
      "service cloud",
      "marketing cloud",
      "financial services cloud",
      "experience cloud",
      "lwc",
      "lightning web components",
      "visualforce",
      "apex・lwc",
      "apex/lwc",
      "apex開発",
      "apex development",
    ],
  },
  { id: "Dynamics 365", family: "crm", phrases: ["dynamics 365", "dynamics365", "microsoft dynamics", "d365"] },
  { id: "HubSpot", family: "crm", phrases: ["hubspot"] },
  { id: "Zoho", family: "crm", phrases: ["zoho", "zoho crm"] },
  { id: "kintone", family: "lowcode", phrases: ["kintone"] },
  { id: "Power Platform", family: "lowcode", phrases: ["power apps", "powerapps", "power platform"] },
  { id: "OutSystems", family: "lowcode", phrases: ["outsystems"] },
  { id: "Mendix", family: "lowcode", phrases: ["mendix"] },
  { id: "ServiceNow", family: "lowcode", phrases: ["servicenow"] },
  { id: "intra-mart", family: "lowcode", phrases: ["intra-mart", "intramart"] },
  // PL/I and NATURAL are migrated by other specialists than COBOL ("không nhận … PL/I hay NATURAL").
  { id: "COBOL", family: "legacy", phrases: ["cobol"] },
  { id: "PL/I", family: "legacy", phrases: ["pl/i", "pl i", "pl1"] },
  { id: "NATURAL", family: "legacy", phrases: ["natural/adabas", "natural adabas", "adabas", "software ag natural"] },
  { id: "RPG (AS/400)", family: "legacy", phrases: ["as/400", "as400", "ibm i", "iseries", "rpg"] },
  { id: "VB6", family: "legacy", phrases: ["vb6", "visual basic 6", "vb 6.0", "vb6.0"] },
  { id: "Delphi", family: "legacy", phrases: ["delphi"] },
  { id: "PowerBuilder", family: "legacy", phrases: ["powerbuilder"] },
  { id: "Moodle", family: "lms", phrases: ["moodle"] },
  { id: "Totara", family: "lms", phrases: ["totara"] },
  { id: "Canvas", family: "lms", phrases: ["canvas", "canvas lms"] },
  { id: "Blackboard", family: "lms", phrases: ["blackboard"] },
  // Not a technology but as binding: a studio that refuses casino work is no partner for slot art.
  {
    id: "Gambling",
    family: "gambling",
    phrases: [
      "slot",
      "slots",
      "casino",
      "gambling",
      "igaming",
      "betting",
      "pachinko",
      "pachislot",
      "pachislo",
      "パチンコ",
      "パチスロ",
      "スロット",
      "カジノ",
      "ギャンブル",
      "遊技機",
      "cờ bạc",
      "sòng bạc",
      "game bài",
      "đánh bạc",
      "cá cược",
    ],
  },
  // Nor the trade of workers placed ("hộ lý và chế biến thực phẩm", "kỹ sư CNTT"): a care home is not served by an
  // agency that places IT engineers only. Named by the reader (read-text.ts, placementTrades), never by a phrase.
  ...WORKER_TRADES.map((id) => ({ id, family: "workers", phrases: [] })),
];

/** One bank of technologies: their names in bit order, the masks of each family, the words that name them. */
class TechBank {
  readonly ids: readonly string[];
  readonly families: readonly number[];
  private readonly byPhrase = new Map<string, number>();
  /** Each name as a whole word inside a longer phrase, and all of them at once (most phrases name none). */
  private readonly inside: [RegExp, number][] = [];
  private readonly anyInside: RegExp;

  /** `within`: a mention whose words contain a technology's names it ("cobol migration", "Salesforce導入"). */
  constructor(
    techs: Tech[],
    private readonly within: boolean,
  ) {
    this.ids = techs.map((t) => t.id);
    techs.forEach((t, i) => t.phrases.forEach((p) => this.byPhrase.set(p, i)));
    const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const whole = (p: string) => `(?:^|[^\\p{Script=Latin}\\d])(?:${p})(?:$|[^\\p{Script=Latin}\\d])`;
    for (const [p, i] of this.byPhrase) this.inside.push([new RegExp(whole(escape(p)), "u"), i]);
    this.anyInside = new RegExp(whole([...this.byPhrase.keys()].map(escape).join("|")), "u");
    this.families = [...new Set(techs.map((t) => t.family))].map((f) =>
      techs.reduce((m, t, i) => (t.family === f ? m | (1 << i) : m), 0),
    );
  }

  /** The technology a mention's words name, if they name one ("Laravel" is PHP). */
  techOf(phrase: string): number {
    const words = phrase.trim().toLowerCase();
    const exact = this.byPhrase.get(words);
    if (exact !== undefined || !this.within) return exact ?? -1;
    if (!this.anyInside.test(words)) return -1;
    for (const [pattern, i] of this.inside) if (pattern.test(words)) return i;
    return -1;
  }

  /** What a firm's reading names of each technology: offered, sought, or said not to be done ("we do not do .NET"). */
  stackOf(mentions: readonly Mention[]): Stack {
    const out: Stack = { offered: 0, sought: 0, refused: 0 };
    for (const m of mentions) {
      const t = this.techOf(m.phrase);
      if (t < 0) continue;
      const bit = 1 << t;
      // Not wanted ("Flutterへの移行は考えていません"): not asked, and not something the firm does not do. What it asks
      // for elsewhere stays asked ("MoodleからCanvasへの移行を終えたため、Moodle関連の案件は対象外です": Canvas).
      if (m.negated && m.direction === "seek") continue;
      if (m.negated) out.refused |= bit;
      else if (m.direction === "seek") out.sought |= bit;
      else out.offered |= bit;
    }
    // A platform offered and one of its products not ("Chưa có kinh nghiệm Marketing Cloud" of a Salesforce team)
    // is still offered; a framework said not to be done is not.
    if (this.within) out.refused &= ~out.offered;
    else out.offered &= ~out.refused;
    return out;
  }
}

export type Stack = { offered: number; sought: number; refused: number };

/** Frameworks, clouds, commerce and CAD tools. */
export const FRAMEWORKS = new TechBank(TECHS, false);
/** Business platforms (CRM, low-code) and legacy languages. */
export const PLATFORMS = new TechBank(PLATFORM_TECHS, true);

/** The platform bank's bits of the worker trades named. */
export function tradeBits(trades: readonly WorkerTrade[] | undefined): number {
  let bits = 0;
  for (const t of trades ?? []) bits |= 1 << PLATFORMS.ids.indexOf(t);
  return bits;
}

/** The frameworks, in bit order. */
export const STACK: readonly string[] = FRAMEWORKS.ids;
export const STACK_FAMILIES: readonly number[] = FRAMEWORKS.families;

/** The framework a mention's words name, if they name one ("Laravel" is PHP). */
export function techOf(phrase: string): number {
  return FRAMEWORKS.techOf(phrase);
}

/** A phrase that names a technology or platform of a bank (Flutter, Salesforce). */
export const namesTech = (phrase: string): boolean => techOf(phrase) >= 0 || PLATFORMS.techOf(phrase) >= 0;

/** What a firm's reading names of each framework. */
export function stackOf(mentions: readonly Mention[]): Stack {
  return FRAMEWORKS.stackOf(mentions);
}

/**
 * The technologies a asks for that b does not work in: in a family where a asks for some and b names others but
 * none of those, or refuses what a asks for. 0 when b meets a's stack or says nothing about it.
 */
export function stackMissed(
  sought: number,
  offered: number,
  refused: number,
  families: readonly number[] = STACK_FAMILIES,
  refusalBinds = false,
): number {
  if (sought === 0) return 0;
  let missed = 0;
  for (const family of families) {
    const want = sought & family;
    if (want === 0) continue;
    // One of the family sought that the other refuses ("không nhận … PL/I" of a PL/I and COBOL estate): a miss,
    // whatever else of the family it does; of platforms and legacy languages only (refusalBinds), the estate a
    // project is tied to. Frameworks sought are as often alternatives ("Java or PHP engineers") or what a system is
    // moved away from.
    if (refusalBinds && (want & refused) !== 0) {
      missed |= want & refused;
      continue;
    }
    if ((want & offered) !== 0) continue;
    if ((offered & family) !== 0 || (want & refused) === want) missed |= want;
  }
  return missed;
}
