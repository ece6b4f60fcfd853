// A firm's age: the year it was founded, told of itself ("thành lập năm 2012", 1988年創業, "founded in 2022"), and
// the least age it asks of its partners (設立5年以上, "at least 3 years in business", "thành lập trên 5 năm"). The
// organizer's year_founded column is the firm's word first; the text fills in where it is empty.

/** The year a firm says it was founded, in a sentence about itself (0: not said). */
const FOUNDED = [
  // "founded in 2012", "established in 1988", "thành lập năm 2012", "thành lập từ 2015" (not "since 2019", which may
  // be clients served or a certificate held)
  /\b(?:founded|established|incorporated|set up)\s+(?:in\s+)?((?:19|20)\d{2})\b/iu,
  /(?:thành lập|thanh lap)(?:\s+(?:vào|vao))?(?:\s+(?:năm|nam|từ|tu|từ năm|tu nam))?\s+((?:19|20)\d{2})(?!\d)/iu,
  // 1988年創業, 2009年設立, 設立2009年, 創業：1931年
  /((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月\s*)?(?:に)?(?:創業|設立|創立)/u,
  /(?:創業|設立|創立)\s*[：:]?\s*((?:19|20)\d{2})\s*年/u,
];

/** The least age asked of a partner, in years (0: none asked). */
const MIN_AGE = [
  // 設立5年以上, 創業10年以上, 業歴3年以上, 設立から5年以上
  /(?:設立|創業|創立|業歴|社歴)(?:から|後)?\s*(\d{1,2})\s*年\s*以上/u,
  // "at least 3 years in business", "5+ years in business", "in business for at least 5 years" (not "5+ years of
  // business analysis", nor a system's "10 years of operation")
  /\b(?:at least|minimum(?: of)?|over|more than)\s+(\d{1,2})\s+years?\s+in business\b/iu,
  /\b(\d{1,2})\s*\+\s*years?\s+in business\b/iu,
  /\bin business (?:for )?(?:at least|over|more than)\s+(\d{1,2})\s+years?\b/iu,
  /\b(?:founded|established)\s+(?:at least|over|more than)\s+(\d{1,2})\s+years? ago\b/iu,
  // "thành lập trên 5 năm", "thành lập từ 5 năm trở lên"
  /(?:thành lập|thanh lap)\s+(?:được\s+|duoc\s+)?(?:trên|tren|ít nhất|it nhat|tối thiểu|toi thieu|từ|tu)\s+(\d{1,2})\s+(?:năm|nam)(?![\p{L}])/iu,
];
/** A branch, office, plant or subsidiary: its founding or age is not the firm's. */
const BRANCH =
  /\b(?:branch|subsidiary|office|plant|factory)\b|支社|支店|子会社|拠点|工場|chi nhánh|chi nhanh|công ty con|cong ty con|văn phòng|van phong|nhà máy|nha may/iu;
/** The firm speaking of itself (当社は創業30年以上, "we have been in business for over 30 years"). */
const OF_ITSELF = /当社|弊社|自社|私たち|\b(?:we|our|us)\b|chúng tôi|chung toi|công ty mình/iu;

/** The year founded a sentence states of the firm itself (0: none). */
export function foundedIn(sentence: string, year = new Date().getUTCFullYear()): number {
  // (A branch, office or subsidiary founded is not the firm: "Our Hanoi branch was established in 2023".)
  if (BRANCH.test(sentence)) return 0;
  for (const re of FOUNDED) {
    const m = re.exec(sentence);
    if (m) return Number(m[1]) <= year ? Number(m[1]) : 0;
  }
  return 0;
}

/** The least age in years a sentence of what the firm looks for asks of its partners (0: none). */
export function minAgeIn(sentence: string): number {
  if (OF_ITSELF.test(sentence) || BRANCH.test(sentence)) return 0;
  for (const re of MIN_AGE) {
    const m = re.exec(sentence);
    if (m) return Number(m[1]);
  }
  return 0;
}
