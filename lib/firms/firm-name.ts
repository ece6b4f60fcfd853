// A firm named in both scripts, wherever it is named (lists, notifications, threads, agendas, calendar files,
// emails, table sheets): its name in its own script first, then the name a reader of the other side can
// read. A Vietnamese administrator should never see only "株式会社匠ラボ", nor a Japanese one only "Công ty
// Cổ phần Rạng Đông". Pure.
export type NamedFirm = { nameLocal: string; nameEn: string; nameJa?: string | null; country?: string };

export type FirmNameParts = {
  /** The name in the firm's own script. */
  primary: string;
  /** The English name, or for Japanese readers the Japanese one when the firm has one; null when it adds nothing. */
  secondary: string | null;
  /** The language of the primary name, for the lang attribute (fonts and screen readers). */
  primaryLang: "ja" | "vi" | "en";
  secondaryLang: "ja" | "en";
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function firmNameParts(firm: NamedFirm, readerLocale: string): FirmNameParts {
  const primary = firm.nameLocal.trim() || firm.nameEn.trim();
  const japaneseName = firm.nameJa?.trim() || "";
  // A Japanese reader gets a Japanese name beside a Vietnamese one when the firm gave one (katakana or the
  // name it uses with Japanese clients); beside a name already in Japanese the English one says more.
  const useJapanese = readerLocale === "ja" && japaneseName !== "" && !sameName(japaneseName, primary);
  const candidate = useJapanese ? japaneseName : firm.nameEn.trim();
  return {
    primary,
    secondary: candidate && !sameName(candidate, primary) ? candidate : null,
    primaryLang: firm.country === "JP" ? "ja" : firm.country === "VN" ? "vi" : "en",
    secondaryLang: useJapanese ? "ja" : "en",
  };
}

/** The same as one line of plain text: "株式会社匠ラボ (Takumi Labs)", for mail, notifications and .ics files. */
export function firmLabel(firm: NamedFirm, readerLocale: string): string {
  const { primary, secondary } = firmNameParts(firm, readerLocale);
  return secondary ? `${primary} (${secondary})` : primary;
}

/** The columns firmLabel needs, for Prisma selects. */
export const FIRM_NAME_SELECT = { id: true, nameLocal: true, nameEn: true, nameJa: true, country: true } as const;
