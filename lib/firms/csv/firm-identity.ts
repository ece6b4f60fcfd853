import { foldForSearch } from "@/lib/text/normalize";

const LEGAL_FORMS = [
  "cong ty co phan",
  "cong ty tnhh",
  "cong ty",
  "tnhh",
  "jsc",
  "joint stock company",
  "co., ltd.",
  "co.,ltd.",
  "co. ltd",
  "co ltd",
  "company limited",
  "ltd.",
  "ltd",
  "inc.",
  "inc",
  "corp.",
  "corporation",
  "kabushiki kaisha",
  "k.k.",
  "株式会社",
  "有限会社",
  "合同会社",
  "(株)",
  "（株）",
];

/** A firm's name reduced to what identifies it: folded, without legal forms and punctuation. */
export function normalizedFirmName(name: string): string {
  let s = ` ${foldForSearch(name)} `;
  for (const form of LEGAL_FORMS) s = s.split(form).join(" ");
  return s.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The registrable part of a website's host: "https://www.sakura.co.jp/about" -> "sakura.co.jp". */
export function websiteDomain(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    return url.hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
