// The distribution rights a firm deals on: exclusive only ("Chỉ ký hợp đồng phân phối độc quyền", "Yêu cầu quyền
// phân phối độc quyền", "We only sign exclusive distribution agreements", "Exclusive for Thailand — non-negotiable",
// 独占販売権が条件) or non-exclusive only ("We sign non-exclusive reseller agreements only; no exclusive territory
// rights", 非独占契約のみ, 独占契約はお受けしていません, "Không cấp quyền độc quyền"). A distributor that takes exclusive
// rights only and a maker that grants none have no agreement to sign, however well the rest fits (score.ts). A wish
// or an opening ("exclusive rights preferred", "ưu tiên độc quyền", 独占契約も相談可, "negotiable") is neither, nor
// is an exclusive contract the firm already has (既存代理店と独占契約中のため…: no new distributors, read elsewhere).

/** The only kind of distribution agreement a firm says it signs. */
export type Exclusivity = "exclusive" | "nonExclusive";

/** Words of exclusive rights. */
const EXCLUSIVE = /\bexclusiv(?:e|ity)\b|独占|専売|độc quyền|doc quyen/iu;
/** Rights said not to be exclusive: "non-exclusive", 非独占, "không độc quyền". */
const NON_EXCLUSIVE =
  /\bnon-?\s?exclusiv(?:e|ity)\b|非独占|(?:không|khong)\s+(?:phải\s+|phai\s+)?(?:độc quyền|doc quyen)/iu;
/** Only, or a condition: what makes a kind of agreement the one it signs. */
const ONLY_OR_MUST =
  /\bonly\b|\bmust\b|\brequired?\b|\bnon-negotiable\b|\bcondition\b|のみ|に限|限定|必須|条件|chỉ\s|\bchi (?:nhan|ky|lam|phan phoi|cung cap|ban)\b|yêu cầu|yeu cau|bắt buộc|bat buoc|phải\s|\bphai (?:la|co|duoc)\b|điều kiện|dieu kien/iu;
/** Exclusive rights refused: "no exclusive territory rights", 独占契約はお受けしていません, "Không cấp độc quyền". */
const EXCLUSIVE_REFUSED =
  /\b(?:no|not|never|without)\b[^.;,]{0,20}\bexclusiv|\bexclusiv\w*[^.;,]{0,30}\b(?:not (?:available|offered|possible|granted)|is not)\b|独占[^。、]{0,16}(?:お受けして(?:い|お)?(?:りま)?せん|できません|不可|行っていません|しておりません|いたしません|付与しません|認めていません)|(?:không|khong)\s+(?:cấp|cap|ký|ky|trao|nhận|nhan|chấp nhận|chap nhan|cho)\s+(?:\S+\s+){0,3}(?:độc quyền|doc quyen)/iu;
/** A wish or an opening, no condition. */
const OPEN =
  /prefer|(?<!non-)negotiable|possible|can be discussed|open to|welcome|ưu tiên|uu tien|có thể|co the|chấp nhận|chap nhan|hoặc không|hoac khong|(?:or|and) non-?exclusiv|相談|検討|希望|可能|も可|歓迎|次第/iu;
/** Either kind: "độc quyền hoặc không độc quyền", "exclusive or non-exclusive", 独占・非独占. */
const EITHER =
  /exclusiv\w*\s*(?:or|and|\/)\s*non-?\s?exclusiv|non-?\s?exclusiv\w*\s*(?:or|and|\/)\s*exclusiv|(?:độc quyền|doc quyen)\s*(?:hoặc|hoac|hay|và|va|\/)\s*(?:không|khong)\s*(?:độc quyền|doc quyen)|(?:không|khong)\s*(?:độc quyền|doc quyen)\s*(?:hoặc|hoac|hay|\/)\s*(?:độc quyền|doc quyen)|独占(?:・|または|又は|か|\/)非独占|非独占(?:・|または|又は|か|\/)独占/iu;
/** Non-exclusive rights accepted, no condition: "non-exclusive is fine", 非独占でも構いません. */
const ACCEPTED =
  /\b(?:is |are )?(?:fine|ok|okay|acceptable)\b|\balso\b|構いません|でも可|も可|(?:cũng được|cung duoc|không sao|khong sao)/iu;
/** A contract the firm already has: "既存代理店と独占契約中", "our existing exclusive distributor". */
const EXISTING = /契約中|既存|existing|current (?:exclusive )?distributor|hiện có|hien co|đã có|da co/iu;
/** A refusal limited to a time, still a refusal now: "初年度は独占契約不可（2年目以降に検討）". */
const LATER = /(?:2|二)年目以降|after (?:the first|one) year|from the second year|sau (?:năm đầu|nam dau)/iu;

/** What one statement says of the agreements the firm signs, or null. */
function exclusivityOfLine(line: string): Exclusivity | null {
  if (!EXCLUSIVE.test(line) || EXISTING.test(line)) return null;
  const nonExclusive = NON_EXCLUSIVE.test(line);
  // "…非独占契約のみ。独占契約はお受けしていません", "no exclusive territory rights".
  if (EXCLUSIVE_REFUSED.test(line) && !nonExclusive) return "nonExclusive";
  // (An opening later is no opening now: "Non-exclusive only in the first year; exclusivity can be discussed after".)
  const open = OPEN.test(line.replace(NON_EXCLUSIVE, " ")) && !LATER.test(line);
  if (nonExclusive) {
    // "non-exclusive is fine", "độc quyền hoặc không độc quyền": either.
    if (EITHER.test(line)) return null;
    // A maker's term beside its distributors sought ("Distributors in Vietnam (non-exclusive, minimum 1,000
    // units)") is one; a distributor's "non-exclusive is fine" is none.
    return ACCEPTED.test(line) && !ONLY_OR_MUST.test(line) ? null : "nonExclusive";
  }
  if (open) return null;
  return ONLY_OR_MUST.test(line) ? "exclusive" : null;
}

/** The only kind of agreement a firm's texts (one statement a line) say it signs, or null (none said, or both). */
export function exclusivityIn(texts: string[]): Exclusivity | null {
  const said = new Set<Exclusivity>();
  for (const text of texts)
    for (const line of text.split(/\n|。/u)) {
      const kind = exclusivityOfLine(line);
      if (kind) said.add(kind);
    }
  return said.size === 1 ? [...said][0]! : null;
}
