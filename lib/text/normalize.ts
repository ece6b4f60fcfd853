// Text folded for searching, identically on SQLite and PostgreSQL (neither folds Vietnamese diacritics or
// full-width forms the same way): NFKC (full-width ＡＢＣ -> ABC, half-width ｶﾅ -> カナ), lower case, and
// Latin letters stripped of diacritics ("Phần Mềm" -> "phan mem", "đ" -> "d"). Japanese is left whole: its
// voiced marks (ガ = カ + ゛) are part of the letter, not decoration.
const LATIN_WITH_MARKS = /[\p{Script=Latin}][\p{M}]*/gu;

export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(LATIN_WITH_MARKS, (ch) => ch.normalize("NFD").replace(/\p{M}/gu, ""))
    .replace(/đ/g, "d")
    .replace(/\s+/g, " ")
    .trim();
}
