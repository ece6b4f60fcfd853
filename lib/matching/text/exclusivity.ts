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
  /\bonly\b|\bmust\b|\brequired?\b|\bnon-negotiable\b|\bcondition\b|\bprerequisite\b|のみ|に限|限定|必須|条件|(?<!địa |dia |chứng |chung )chỉ\s(?!tiêu|số|định|đạo|dẫn)|\bchi (?:nhan|ky|lam|phan phoi|cung cap|ban)\b|yêu cầu|yeu cau|bắt buộc|bat buoc|phải\s|\bphai (?:la|co|duoc)\b|điều kiện|dieu kien/iu;
/** Exclusive rights refused: "no exclusive territory rights", 独占契約はお受けしていません, "Không cấp độc quyền". */
const EXCLUSIVE_REFUSED =
  /\b(?:no|not|never|without|don't|doesn't|won't)\b[^.;,]{0,20}(?<!non-?\s?)\bexclusiv|\bexclusiv\w*[^.;,]{0,30}\b(?:not (?:available|offered|possible|granted)|is not)\b|独占[^。、]{0,16}(?:お受けして(?:い|お)?(?:りま)?せん|できません|不可|お断り|しない|行っていません|しておりません|いたしません|付与しません|認めていません)|(?:không|khong)\s+(?:cấp|cap|ký|ky|trao|nhận|nhan|chấp nhận|chap nhan|cho)\s+(?:\S+\s+){0,3}(?:độc quyền|doc quyen)/iu;
/** Exclusive rights asked and non-exclusive ones refused: "we do not take non-exclusive deals", 非独占契約はお受けできません. */
const NON_EXCLUSIVE_REFUSED =
  /\b(?:no|not|never|don't|do not|won't)\b[^.;,]{0,20}\bnon-?\s?exclusiv|\bnon-?\s?exclusiv\w*[^.;,]{0,20}\b(?:not (?:possible|accepted|acceptable)|is not)\b|非独占[^。、]{0,12}(?:お受けでき|不可|お断り|できません|いたしません)|(?:không|khong)\s+(?:nhận|nhan|ký|ky|chấp nhận|chap nhan)\s+(?:\S+\s+){0,3}(?:không|khong)\s+(?:độc quyền|doc quyen)/iu;
/** Said strictly: an opening word beside it ("のみ可能", "chỉ chấp nhận") opens nothing. */
const STRICT =
  /のみ|\bonly\b|(?<!địa |dia |chứng |chung )chỉ\s(?!tiêu|số|định|đạo|dẫn)|\bprerequisite\b|\bnon-negotiable\b/iu;
/**
 * Distribution rights: the words beside "exclusive" that make it a term of selling another's goods, not a
 * proprietary technology (công nghệ độc quyền), a dedicated team, a discount, a software licence or a feature.
 */
const DISTRIBUTION =
  /distribut|resell|reseller|dealer|agency agreement|agents?\b|territor|rights?\b|master distributor|代理店|販売権|販売契約|独占契約|代理|phân phối|phan phoi|đại lý|dai ly|(?<!độc |doc |bản |ban )(?:quyền|quyen)|hợp đồng|hop dong/iu;
/** Not of rights: a licence to use software, antitrust law. */
const NOT_RIGHTS = /licen[cs]e|独占禁止/iu;
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
const EXISTING =
  /契約中|既存|existing|current (?:exclusive )?distributor|hiện có|hien co|(?:độc quyền|doc quyen) (?:hiện tại|hien tai)|đã có|da co|\b(?:through|via|by) (?:our|an?|the|its) (?:current |existing )?exclusive (?:distributor|agent|reseller|dealer|partner)|\bqua (?:nhà phân phối|nha phan phoi|đại lý|dai ly) (?:độc quyền|doc quyen)|\b(?:we are|is|as) (?:the |an |a )?exclusive (?:distributor|agent|reseller|dealer|partner)s? (?:of|for)\b|(?:là|la) (?:nhà phân phối|nha phan phoi|đại lý|dai ly) (?:độc quyền|doc quyen) (?:của|cua)|独占(?:販売)?代理店(?:です|であり|として)|の独占(?:販売)?代理店/iu;
/** A refusal limited to a time, still a refusal now: "初年度は独占契約不可（2年目以降に検討）". */
const LATER = /(?:2|二)年目以降|after (?:the first|one) year|from the second year|sau (?:năm đầu|nam dau)/iu;

/** What one statement says of the agreements the firm signs, or null. */
function exclusivityOfLine(line: string, ofRights: boolean): Exclusivity | null {
  if (!EXCLUSIVE.test(line) || EXISTING.test(line) || NOT_RIGHTS.test(line) || !ofRights) return null;
  // "Exclusive distribution rights are required; we do not take non-exclusive deals".
  if (NON_EXCLUSIVE_REFUSED.test(line)) return "exclusive";
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
  if (open && !STRICT.test(line)) return null;
  return ONLY_OR_MUST.test(line) ? "exclusive" : null;
}

/** The only kind of agreement a firm's texts (one statement a line) say it signs, or null (none said, or both). */
export function exclusivityIn(texts: string[]): Exclusivity | null {
  const said = new Set<Exclusivity>();
  for (const text of texts)
    for (const statement of text.split(/\n|。/u)) {
      // Of rights where the statement speaks of distribution (its sentences judged each on their own: "We are the
      // exclusive distributor of Brand X. We only work with B2B clients" asks nothing).
      const ofRights = DISTRIBUTION.test(statement);
      for (const line of statement.split(/(?<=[.!?])\s+/u)) {
        const kind = exclusivityOfLine(line, ofRights);
        if (kind) said.add(kind);
      }
    }
  return said.size === 1 ? [...said][0]! : null;
}
