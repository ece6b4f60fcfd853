// The stake a firm deals in when a company changes hands: control ("株式の51〜100%を取得する買収", "Bán 100% cổ phần",
// "a majority stake", "マイノリティ出資は行いません") or a minority ("10〜20%の少数株主としての出資", "góp 15–25% cổ phần",
// "không bán cổ phần chi phối", "過半数の取得や完全買収は行いません"). A buyer of control and a seller of a minority (or the
// other way round) have no deal to make, however well the rest fits. A firm that says both ("minority or majority")
// says neither.

/** The stake a firm buys, sells or advises on. */
export type Stake = "majority" | "minority";

/** Words of a stake changing hands, without which a share or a majority is of something else (clients, engineers). */
const STAKE_CONTEXT =
  /株|出資|買収|譲渡|売却|経営権|資本業務提携|cổ phần|co phan|góp vốn|gop von|\b(?:stake|stakes|equity|shares|acquisition|acquisitions|acquire|acquires|buyout|sale|sell|capital alliance|m&a)\b|mua lại|mua lai|bán công ty|ban cong ty|toàn bộ công ty|toan bo cong ty|toàn bộ cty|toan bo cty/iu;

const MAJORITY =
  /過半数|経営権|完全買収|完全子会社|\b(?:majority|controlling (?:stake|interest)|take control|taking control|full acquisition)\b|cổ phần chi phối|co phan chi phoi|quyền kiểm soát|quyen kiem soat|toàn bộ (?:công ty|cty|cổ phần)|toan bo (?:cong ty|cty|co phan)/giu;

const MINORITY =
  /少数株主|マイノリティ|資本業務提携|\b(?:minority|capital alliance|capital and business alliance)\b|cổ phần thiểu số|co phan thieu so|liên minh vốn|lien minh von|(?:bán|ban) (?:lẻ |le )?(?:một phần|mot phan)/giu;

/** A share of the company: "51〜100%", "15–25% cổ phần", "7% equity". */
const PERCENT = /(\d{1,3})\s*[%％]?\s*(?:[〜~\-–]|to|đến|den)\s*(\d{1,3})\s*[%％]|(\d{1,3})\s*[%％]/gu;
/** Said of the company's shares: right after the share, or right before it. */
const SHARE_AFTER =
  /^\s*(?:の)?(?:少数株主|株|株式|の株式|cổ phần|co phan|equity|stake|of (?:the |our |its )?(?:shares|equity|company))/iu;
const SHARE_BEFORE = /(?:株式の|出資比率|stake of|equity of|sell|buy|acquire|bán|ban|mua|góp|gop)\s*$/iu;

/** At most ("đến 65%", "up to 60%", "tối đa 49%"). */
const UP_TO = /(?:đến|den|tối đa|toi da|up to|at most|maximum|最大)\s*$/iu;
/** Only, of what a firm refuses ("…のみの案件は取り扱っておりません", "minority-only deals"). */
const ONLY = /のみ|だけ|\bonly\b|(?:chỉ|chi)\s/iu;

/** Refused after the words in Japanese, to the clause's end ("マイノリティ出資は行いません"). */
const REFUSED_AFTER = /ません|しない|行わない|不可|お断り|対象外/u;
/**
 * Refused before them in English and Vietnamese ("không bán cổ phần chi phối", "we do not sell a majority"); or kept
 * ("Ban sáng lập giữ quyền kiểm soát", "founders retain control"), which is the other stake given.
 */
const REFUSED_BEFORE =
  /\b(?:not|no|never|don't|do not|won't|will not|without|retain|retains|keep|keeps)\b|(?:không|khong|chưa|chua|giữ|giu)(?![\p{L}])/iu;

/** Whether the words at [start, end) of a line are refused, in the scope of their clause. */
function refusedAt(line: string, start: number, end: number): boolean {
  const after = line.slice(end).split(/[、。（(]/u)[0]!;
  const before = line
    .slice(0, start)
    .split(/[,.;(（、]/u)
    .pop()!;
  return REFUSED_AFTER.test(after) || REFUSED_BEFORE.test(before);
}

/** Either stake: "minority or majority", 少数・過半数いずれも. */
const EITHER =
  /\b(?:minority or majority|majority or minority|minority and majority|majority and minority|minority or control|acquisitions? or (?:a )?(?:capital alliance|minority))\b|(?:買収|M&A)(?:・|や|または|又は)資本業務提携|(?:mua lại|mua lai) (?:hoặc|hoac)|少数(?:株主)?・過半数|過半数・少数|(?:thiểu số|thieu so) (?:hoặc|hoac|và|va) (?:chi phối|chi phoi)/iu;

/** The stake one statement names (majority or minority), both, or null. */
function stakeOfLine(line: string): Stake | "both" | null {
  if (EITHER.test(line)) return "both";
  const context = STAKE_CONTEXT.test(line);
  if (!context && !/\d\s*[%％]/u.test(line)) return null;
  const found = new Set<Stake>();
  for (const m of line.matchAll(PERCENT)) {
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = line.slice(Math.max(0, m.index - 12), m.index);
    if (!SHARE_AFTER.test(after) && !SHARE_BEFORE.test(before)) continue;
    const low = Number(m[1] ?? m[3]);
    const high = Number(m[2] ?? m[3]);
    // "sẵn sàng chuyển nhượng đến 65% cổ phần", "up to 60%": at most a majority is either.
    if (low > 50 && UP_TO.test(before)) continue;
    if (low > 50) found.add("majority");
    else if (high < 50) found.add("minority");
  }
  if (context) {
    // "過半数の取得や完全買収は行いません": control refused is a minority taken; "マイノリティ出資は行いません" the other way.
    for (const m of line.matchAll(MAJORITY))
      found.add(refusedAt(line, m.index, m.index + m[0].length) ? "minority" : "majority");
    // A minority refused is control asked only where the refusal is of minority deals alone ("少数株主としての出資・
    // 資本業務提携のみの案件は取り扱っておりません"), not of investment at all ("出資の受け入れや資本業務提携は現在検討して
    // いません").
    for (const m of line.matchAll(MINORITY)) {
      if (!refusedAt(line, m.index, m.index + m[0].length)) found.add("minority");
      else if (ONLY.test(line)) found.add("majority");
    }
  }
  return found.size === 2 ? "both" : found.size === 1 ? [...found][0]! : null;
}

/** The stake a firm's texts (one statement a line) say it deals in, or null (none said, or both). */
export function stakeIn(texts: string[]): Stake | null {
  const said = new Set<Stake>();
  for (const text of texts)
    for (const line of text.split(/\n|。/u)) {
      const stake = stakeOfLine(line);
      if (stake === "both") return null;
      if (stake) said.add(stake);
    }
  return said.size === 1 ? [...said][0]! : null;
}
