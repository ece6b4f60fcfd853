// The stake a firm deals in when a company changes hands: control ("株式の51〜100%を取得する買収", "Bán 100% cổ phần",
// "a majority stake", "マイノリティ出資は行いません") or a minority ("10〜20%の少数株主としての出資", "góp 15–25% cổ phần",
// "không bán cổ phần chi phối", "過半数の取得や完全買収は行いません"). A buyer of control and a seller of a minority (or the
// other way round) have no deal to make, however well the rest fits (score.ts). A firm that says both ("minority or
// majority") says neither. Words are read only where they are of shares: "the majority of our clients", "60% of
// revenue", 株式会社, "Công ty Cổ phần" and "quyền kiểm soát truy cập" say nothing of a stake.

/** The stake a firm buys, sells or advises on. */
export type Stake = "majority" | "minority";

/** A firm's legal form, which names shares without dealing in them. */
const LEGAL_FORM = /株式会社|\(株\)|（株）|công ty cổ phần|cong ty co phan|\bctcp\b|\bjsc\b|joint[- ]stock/giu;

const MAJORITY =
  /過半数(?:の)?(?:株式|株|出資|の?取得|の?譲渡)|株式の過半数|議決権の過半数|過半数の議決権|経営権(?!を?(?:維持|保持))|完全買収|完全子会社|マジョリティ出資|\b(?:majority (?:stakes?|shareholdings?|shareholders?|shares|acquisitions?|investments?|sale|deals?|control)|(?<!non-)controlling (?:stakes?|interests?)|control (?:buyouts?|deals?|investments?)|full acquisition|full buy-?out)\b|cổ phần chi phối|co phan chi phoi|(?:nắm quyền kiểm soát|nam quyen kiem soat)(?=\s*(?:$|[;,.)）]|công ty|cong ty|doanh nghiệp|doanh nghiep))|(?:mua lại|mua lai|bán|ban|người mua|nguoi mua) toàn bộ (?:công ty|cty|cổ phần)|(?:mua lại|mua lai|bán|ban|người mua|nguoi mua) toan bo (?:cong ty|cty|co phan)/giu;

const MINORITY =
  /少数株主|少数出資|マイノリティ(?:・)?(?:出資|株主|投資|持分)|資本業務提携|資本提携|\b(?:minority (?:stakes?|shareholdings?|shareholders?|investments?|investors?|deals?|equity|positions?)|non-controlling (?:stakes?|interests?)|capital alliance|capital and business alliance)\b|cổ phần thiểu số|co phan thieu so|liên minh vốn|lien minh von|(?:bán|ban) (?:lẻ |le )?(?:một phần|mot phan) (?:cổ phần|co phan)|(?:giữ (?:lại )?quyền kiểm soát|giu (?:lai )?quyen kiem soat)(?=\s*(?:$|[;,.)）]|công ty|cong ty|doanh nghiệp|doanh nghiep))|góp vốn thiểu số|gop von thieu so|経営権を維持/giu;

/** Either stake: "minority or majority", "Bán 100% cổ phần hoặc một phần". */
const EITHER =
  /\b(?:minority or majority|majority or minority|minority and majority|majority and minority|minority or control|acquisitions? or (?:a )?(?:capital alliance|minority))\b|(?:買収|M&A|事業承継|譲渡)(?:・|や|または|又は)資本(?:業務)?提携|資本(?:業務)?提携(?:・|や|または|又は)(?:買収|M&A|事業承継|譲渡)|(?:mua lại|mua lai) (?:hoặc|hoac)|(?:hoặc|hoac) (?:một phần|mot phan)|(?:thiểu số|thieu so) (?:hoặc|hoac|và|va) (?:chi phối|chi phoi)|(?:chi phối|chi phoi) (?:hoặc|hoac|và|va) (?:thiểu số|thieu so)|\b(?:minority|majority)\s*(?:\/|and\/or)\s*(?:majority|minority)\b|(?:マジョリティ|マイノリティ|過半数|少数)[^。]{0,12}(?:問わず|いずれも|どちらも)/iu;

/** A share of the company: "51〜100%", "15–25% cổ phần", "7% equity". */
const PERCENT =
  /(\d{1,3}(?:\.\d+)?)\s*[%％]?\s*(?:[〜~\-–]|to|đến|den)\s*(\d{1,3}(?:\.\d+)?)\s*[%％]|(\d{1,3}(?:\.\d+)?)\s*[%％]/gu;
/** Said of the company's shares: the share names them right after it, or they are named right before it. */
const SHARE_AFTER =
  /^\s*(?:の)?(?:少数株主|株|株式|の株式|子会社化|cổ phần|co phan|vốn điều lệ|von dieu le|equity|stake|of (?:the |our |its )?(?:shares|equity|company)(?!['’\w]))/iu;
const SHARE_BEFORE =
  /(?:株式の|持株比率|出資比率|議決権の|stake of|equity of|buy-?out of|mua lại|mua lai|sở hữu|so huu)\s*$/iu;

/** At most ("đến 65%", "up to 60%", "tối đa 49%"). */
const UP_TO = /(?:đến|den|tối đa|toi da|up to|at most|maximum|最大)\s*$/iu;
/** Only, of what a firm refuses ("…のみの案件は取り扱っておりません", "minority-only deals"). */
const ONLY = /のみ|だけ|\bonly\b|(?:chỉ|chi)\s/iu;

/** Refused after the words in Japanese, to the clause's end ("マイノリティ出資は行いません"). */
const REFUSED_AFTER = /ません|しない|行わない|不可|お断り|対象外/u;
/** Refused before them in English and Vietnamese ("không bán cổ phần chi phối", "we do not sell a majority"). */
const REFUSED_BEFORE =
  /\b(?:not|no|never|don't|do not|won't|will not|without)\b|(?:không|khong|chưa|chua)(?![\p{L}])/iu;
/** "…でも構いません": fine, no refusal. */
const ALLOWED = /(?:構|かま)いません|差し支えありません/gu;
/** "Not only… but" ("Không chỉ góp vốn mà còn nắm quyền kiểm soát"): no refusal. */
const NOT_ONLY = /\bnot only\b|(?:không|khong) (?:chỉ|chi)(?![\p{L}])/giu;

/** Whether the words at [start, end) of a line are refused, in the scope of their clause. */
function refusedAt(line: string, start: number, end: number): boolean {
  const after = line
    .slice(end)
    .split(/[、。（(]/u)[0]!
    .replace(ALLOWED, "");
  const before = line
    .slice(0, start)
    .split(/[,.;(（、]/u)
    .pop()!
    .replace(NOT_ONLY, "");
  return REFUSED_AFTER.test(after) || REFUSED_BEFORE.test(before);
}

/** The stake one statement names (majority or minority), both, or null. */
function stakeOfLine(said: string): Stake | "both" | null {
  // (Full-width digits and signs as ASCII: "５１％".)
  const line = said.normalize("NFKC").replace(LEGAL_FORM, " ");
  if (EITHER.test(line)) return "both";
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
  // "過半数の取得や完全買収は行いません": control refused is a minority taken.
  for (const m of line.matchAll(MAJORITY))
    found.add(refusedAt(line, m.index, m.index + m[0].length) ? "minority" : "majority");
  // A minority refused is control asked only where the refusal is of minority deals alone ("少数株主としての出資・
  // 資本業務提携のみの案件は取り扱っておりません"), not of investment at all ("出資の受け入れや資本業務提携は現在検討して
  // いません").
  for (const m of line.matchAll(MINORITY)) {
    if (!refusedAt(line, m.index, m.index + m[0].length)) found.add("minority");
    else if (ONLY.test(line)) found.add("majority");
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
