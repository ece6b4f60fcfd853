// How well a firm works in Japanese and in English, each 0..1: Japanese firms are native; for others, bridge
// engineers count most, then JLPT N1, N2 and other Japanese-speaking staff (eight "points" is a team that can
// run a project in Japanese). Shared by the matching (language fit) and the scheduler (interpreter needs).
export type LanguageStaff = {
  country: string;
  japaneseSpeakers: number;
  bridgeEngineers: number;
  jlptN1: number;
  jlptN2: number;
  englishSpeakers: number;
};

const clamp01 = (n: number) => (n < 0 ? 0 : n > 1 ? 1 : n);

export function japaneseCapacity(f: LanguageStaff): number {
  return f.country === "JP"
    ? 1
    : clamp01((2 * f.bridgeEngineers + f.jlptN1 + 0.5 * f.jlptN2 + 0.05 * f.japaneseSpeakers) / 8);
}

export function englishCapacity(f: LanguageStaff): number {
  return clamp01(f.englishSpeakers / 25);
}

/** The interpreter a meeting of a and b needs ("ja-vi"...), or null when they share a working language. */
export function interpreterNeeded(a: LanguageStaff, b: LanguageStaff): string | null {
  if (a.country === b.country) return null;
  const common = Math.max(
    Math.min(japaneseCapacity(a), japaneseCapacity(b)),
    Math.min(englishCapacity(a), englishCapacity(b)),
  );
  if (common >= 0.5) return null;
  const languages = [a, b].map((f) => (f.country === "JP" ? "ja" : f.country === "VN" ? "vi" : "en")).sort();
  return languages[0] === languages[1] ? null : `${languages[0]}-${languages[1]}`;
}

/** The firm columns the language rules read, for Prisma selects. */
export const LANGUAGE_STAFF_FIELDS = {
  country: true,
  japaneseSpeakers: true,
  bridgeEngineers: true,
  jlptN1: true,
  jlptN2: true,
  englishSpeakers: true,
} as const;
