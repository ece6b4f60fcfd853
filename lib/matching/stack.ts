// The technologies a firm names, as bits: a buyer that asks for Flutter is not served by a React Native house, nor
// one that asks for AWS by an Azure shop, though the capability (mobile apps, cloud) is the same. Technologies
// are alternatives only within a family; a firm that names none of a family says nothing about it.
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

/** The technologies, in bit order (at most 31: a mask is a 32-bit integer). */
export const STACK: readonly string[] = TECHS.map((t) => t.id);
const BY_PHRASE = new Map<string, number>();
TECHS.forEach((t, i) => t.phrases.forEach((p) => BY_PHRASE.set(p, i)));
/** One mask per family: the technologies that stand in for one another. */
export const STACK_FAMILIES: readonly number[] = [...new Set(TECHS.map((t) => t.family))].map((f) =>
  TECHS.reduce((m, t, i) => (t.family === f ? m | (1 << i) : m), 0),
);

/** The technology a mention's words name, if they name one ("Laravel" is PHP). */
export function techOf(phrase: string): number {
  return BY_PHRASE.get(phrase.trim().toLowerCase()) ?? -1;
}

export type Stack = { offered: number; sought: number; refused: number };

/** What a firm's reading names of each technology: offered, sought, or said not to be done ("we do not do .NET"). */
export function stackOf(mentions: readonly Mention[]): Stack {
  const out: Stack = { offered: 0, sought: 0, refused: 0 };
  // Not wanted ("Flutterへの移行は考えていません"): left out of what is asked, not something the firm does not do.
  let unwanted = 0;
  for (const m of mentions) {
    const t = techOf(m.phrase);
    if (t < 0) continue;
    const bit = 1 << t;
    if (m.negated && m.direction === "seek") unwanted |= bit;
    else if (m.negated) out.refused |= bit;
    else if (m.direction === "seek") out.sought |= bit;
    else out.offered |= bit;
  }
  out.offered &= ~out.refused;
  out.sought &= ~unwanted;
  return out;
}

/**
 * The technologies a asks for that b does not work in: in a family where a asks for some and b names others but
 * none of those, or refuses what a asks for. 0 when b meets a's stack or says nothing about it.
 */
export function stackMissed(sought: number, offered: number, refused: number): number {
  if (sought === 0) return 0;
  let missed = 0;
  for (const family of STACK_FAMILIES) {
    const want = sought & family;
    if (want === 0 || (want & offered) !== 0) continue;
    if ((offered & family) !== 0 || (want & refused) === want) missed |= want;
  }
  return missed;
}
