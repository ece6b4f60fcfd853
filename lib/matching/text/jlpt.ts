// JLPT levels: the least a firm asks of a partner's Japanese ("ブリッジSEは日本語能力N2以上", "BrSE N2 trở lên",
// "at least one leader at N2 or above") and the best its own people hold ("6 Japanese speakers (JLPT N3)",
// "học viên đạt N3"). A level is a number, N1 = 1 (the highest) to N5 = 5; 0 when none is said.

const LEVEL = /(?:jlpt\s*|日本語能力(?:試験)?\s*|\b)n\s?([1-5])(?![\d\p{Script=Latin}])/giu;
/** A level stated as a floor: N2以上, "N2 trở lên", "N2 or above", "N2+", N2必須, "at least N2". */
const FLOOR_AFTER =
  /^\s*(?:レベル|相当|程度)?\s*(?:以上|\+|trở lên|tro len|or (?:above|higher|better)|and above|minimum|必須|required|là bắt buộc|bắt buộc)/iu;
const FLOOR_BEFORE =
  /(?:at least|minimum(?: of)?|min\.?|tối thiểu|toi thieu|ít nhất|it nhat|(?:^|\s)từ|(?:^|\s)tu|(?:must|should) (?:be|have|hold)(?: at)?|required:?|yêu cầu|yeu cau)\s*(?:jlpt\s*|日本語能力(?:試験)?\s*)?$/iu;

/** The start of a range ("từ N4 lên N2", "N3→N2"): a course's levels, not a floor. */
const RANGE_AFTER = /^\s*(?:lên|len|đến|den|→|->|~|〜|-|to)\s*(?:jlpt\s*)?n?\s?[1-5]/iu;

/** The least level asked of partners in what a firm looks for: the most lenient floor stated (0: none). */
export function jlptAsked(seeks: string[]): number {
  let asked = 0;
  for (const text of seeks)
    for (const m of text.matchAll(LEVEL)) {
      const level = Number(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (RANGE_AFTER.test(text.slice(end, end + 12))) continue;
      if (FLOOR_AFTER.test(text.slice(end, end + 14)) || FLOOR_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
        asked = Math.max(asked, level);
    }
  return asked;
}

/** The best level a firm's own statements give its people (0: none said). A range ("N4 → N2") counts by its best end. */
export function jlptHeld(texts: string[]): number {
  let best = 0;
  for (const text of texts)
    for (const m of text.matchAll(LEVEL)) {
      const level = Number(m[1]);
      if (best === 0 || level < best) best = level;
    }
  return best;
}

/** The best level a firm's people hold: its JLPT columns' N1 and N2 holders, or what its text states (0: unknown). */
export function jlptBest(stated: number, n1: number | null | undefined, n2: number | null | undefined): number {
  const columns = (n1 ?? 0) > 0 ? 1 : (n2 ?? 0) > 0 ? 2 : 0;
  return columns && stated ? Math.min(columns, stated) : columns || stated;
}
