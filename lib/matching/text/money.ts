// Sums of money in a sentence, in US dollars: what an investor puts into one company ("tickets of USD 300k-2M",
// "1社あたり5,000万〜3億円を出資", "mỗi khoản từ 200.000 đến 2 triệu USD") and what a startup raises ("raising a
// USD 12M Series B", "Đang gọi vốn Series A khoảng 3 triệu USD", "シリーズA（5億円規模）の資金調達"). Fund sizes,
// revenue, project budgets and monthly volumes are not tickets or rounds, and are left out.

/** A sum or range of sums in US dollars. */
export type Money = {
  low: number;
  high: number;
  /** "We do not join rounds above USD 5M": the largest round the investor takes part in, not a ticket. */
  cap?: boolean;
};

// Rough rates: the sums decide only whether a round is many times a ticket, not a price.
export const PER_DOLLAR = { USD: 1, JPY: 150, VND: 25_000 } as const;
export type Currency = keyof typeof PER_DOLLAR;

const UNITS: [RegExp, number][] = [
  [/^(?:k|K|thousand|nghìn|ngàn)$/, 1e3],
  [/^(?:m|M|mn|mil|million|millions|triệu|trieu)$/, 1e6],
  [/^(?:b|B|bn|billion|billions|tỷ|tỉ|ty)$/, 1e9],
  [/^万$/, 1e4],
  [/^億$/, 1e8],
  [/^千万$/, 1e7],
  [/^百万$/, 1e6],
];

const NUMBER = String.raw`(?<![A-Za-z0-9.,])(\d{1,3}(?:[,.]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d{1,2})?)`;
const UNIT = String.raw`(?:\s?(k|K|thousand|nghìn|ngàn|mn|mil|millions?|m|M|triệu|trieu|bn|billions?|b|B|tỷ|tỉ|ty)(?![A-Za-zÀ-ỹ])|(千万|百万|万|億))?`;
const AMOUNT = new RegExp(
  NUMBER + UNIT + String.raw`(?:\s*(?:-|–|—|~|〜|～|to|đến|tới)\s*(?:US\$|USD|\$|JPY|¥|￥)?\s*` + NUMBER + UNIT + ")?",
  "g",
);

// A sentence about investing or raising at all.
const MONEY_TALK =
  /invest|ticket|cheque|check size|round|series|seed|raise|raising|funding|capital|đầu tư|gọi vốn|vòng|vốn|出資|投資|調達|ラウンド|シリーズ|シード|資金/i;
// A sum that is something else: a fund's size, revenue, a project's budget, a month's volume, users.
const NOT_A_STAKE_BEFORE =
  /(?<![a-zà-ỹ])(?:fund|funds|aum|manag\w*|totall?ing|in total|tổng|under management|quỹ|quản lý|ファンド|総額|revenue|arr|doanh thu|doanh số|売上|budget|ngân sách|予算|projects?|programm?es?|bids?|tenders?|dự án|案件|processing|valuation|định giá|評価額)[^.。;；]{0,10}$/i;
const NOT_A_STAKE_AFTER =
  /^[^.。;；,]{0,16}?(?:(?<!to )\bfunds?\b|ファンド)|^[^.。;；]{0,3}(?:quỹ|revenue|recurring|arr|in revenue|doanh thu|売上|a month|per month|monthly|mỗi tháng|\/月|per year|a year|users|downloads|merchants|under management)/i;
const CAP_BEFORE = /(?:above|over|more than|larger than|exceeding|trên|vượt)\s*(?:US\$|USD|\$|JPY|¥)?\s*$/i;
const REFUSAL =
  /\b(?:not|no|never|don't|do not|does not|won't|except|excluding)\b|không|ngoại trừ|ngoai tru|対象外|(?:し|行い|致し|いたし)ません|しない|除く|除き|不可|お断り|超える.*(?:しない|ません|ない)/i;

function currencyNear(text: string, start: number, end: number): Currency | null {
  const around = text.slice(Math.max(0, start - 6), Math.min(text.length, end + 8));
  if (/円|yen|JPY|¥|￥/i.test(around)) return "JPY";
  // Typed without diacritics too ("200 trieu dong").
  if (/đồng|\bdong\b|VND|VNĐ|\d\s?đ(?![\p{L}\p{N}_])/iu.test(around)) return "VND";
  if (/USD|US\$|\$|đô la/i.test(around)) return "USD";
  return null;
}

function sentenceCurrency(text: string): Currency | null {
  if (/円|JPY|¥|￥|\byen\b/i.test(text)) return "JPY";
  if (/USD|US\$|\$|đô la/i.test(text)) return "USD";
  if (/đồng|VND|VNĐ/i.test(text)) return "VND";
  return null;
}

function numberOf(digits: string): number {
  // "1,500,000" and "200.000" group thousands; "1.5" and "1,5" are decimals.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(digits)) return Number(digits.replace(/[,.]/g, ""));
  return Number(digits.replace(",", "."));
}

function unitOf(word: string | undefined): number | null {
  if (!word) return null;
  for (const [re, factor] of UNITS) if (re.test(word)) return factor;
  return null;
}

/** The sums of money a sentence states as stakes or rounds, in US dollars. */
export function moneyIn(sentence: string): Money[] {
  if (!MONEY_TALK.test(sentence)) return [];
  const fallback = sentenceCurrency(sentence);
  const out: Money[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(sentence); m; m = AMOUNT.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    const near = currencyNear(sentence, start, end);
    const currency = near ?? fallback;
    if (!currency) continue;
    const before = sentence.slice(Math.max(0, start - 30), start);
    if (NOT_A_STAKE_BEFORE.test(before) || NOT_A_STAKE_AFTER.test(sentence.slice(end))) continue;
    const lowUnit = unitOf(m[2] ?? m[3]);
    const highUnit = unitOf(m[5] ?? m[6]);
    const lowDigits = numberOf(m[1]!);
    // A bare number is a sum only with a currency right beside it ("USD 500,000", "200.000 đến 2 triệu USD").
    if (lowUnit === null && highUnit === null && (lowDigits < 1000 || !near)) continue;
    let low = lowDigits * (lowUnit ?? (lowDigits < 1000 ? (highUnit ?? 1) : 1));
    let high = m[4] ? numberOf(m[4]) * (highUnit ?? lowUnit ?? 1) : low;
    if (!Number.isFinite(low) || !Number.isFinite(high) || low <= 0) continue;
    if (high < low) [low, high] = [high, low];
    const rate = PER_DOLLAR[currency];
    // Sums below a thousand dollars are not stakes (a price, a year, a count misread).
    if (high / rate < 1000) continue;
    const cap = CAP_BEFORE.test(before) && REFUSAL.test(sentence);
    out.push({ low: low / rate, high: high / rate, ...(cap ? { cap: true } : {}) });
  }
  return out;
}

/** A sum of money in US dollars (a range's two ends; one sum: both the same) and where it stands in the sentence. */
export type Sum = { low: number; high: number; start: number; end: number };

/**
 * Every sum of money a sentence states, in US dollars: a currency beside it ("USD 15,000", "10〜30万円", "500 triệu
 * đồng"), or `fallback` for one with none; a bare number under a thousand counts only with a unit ("2M").
 */
export function sumsIn(sentence: string, fallback: Currency | null = null): Sum[] {
  const out: Sum[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(sentence); m; m = AMOUNT.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    const currency = currencyNear(sentence, start, end) ?? fallback;
    if (!currency) continue;
    const lowUnit = unitOf(m[2] ?? m[3]);
    const highUnit = unitOf(m[5] ?? m[6]);
    const lowDigits = numberOf(m[1]!);
    if (lowUnit === null && highUnit === null && lowDigits < 1000) continue;
    const low = lowDigits * (lowUnit ?? (lowDigits < 1000 ? (highUnit ?? 1) : 1));
    const high = m[4] ? numberOf(m[4]) * (highUnit ?? lowUnit ?? 1) : low;
    if (!Number.isFinite(low) || !Number.isFinite(high) || low <= 0) continue;
    const rate = PER_DOLLAR[currency];
    out.push({ low: low / rate, high: Math.max(low, high) / rate, start, end });
  }
  return out;
}

/** A firm's revenue, or the least an investor asks of a startup's ("Minimum ARR of US$1M", 売上1億円以上). */
/** `sought`: stated in what the firm looks for ("取引先は年商5億円以上の企業様に限らせていただいております"). */
export type Revenue = { usd: number; minimum: boolean; sought?: boolean };

const REVENUE_WORD = /revenue|\barr\b|\bmrr\b|recurring|turnover|doanh thu|doanh số|売上|年商|sales of/i;
const REVENUE_MIN =
  /minimum|\bmin\.?\b|at least|>=|≥|or more|\bfrom\b|\bover\b|\babove\b|tối thiểu|toi thieu|trở lên|tro len|trên|以上|超/i;

const REVENUE_AFTER = /^\s*\+?\s*(?:of\s+)?(?:arr|mrr|revenue|in revenue|recurring|doanh thu|の売上)/i;

/** The revenues a sentence states in US dollars: the firm's own, or a minimum asked ("ARR >= USD 500k"). */
export function revenueIn(sentence: string): Revenue[] {
  if (!REVENUE_WORD.test(sentence)) return [];
  const out: Revenue[] = [];
  let previous = 0;
  for (const { low: usd, start, end } of sumsIn(sentence, sentenceCurrency(sentence))) {
    // The revenue word before the sum ("2024 revenue about 7bn VND", 売上高3億円) or right after it ("US$1M+ ARR").
    // …not one before an earlier sum ("Series A 2 triệu USD (ARR … 350.000 USD)": the ARR is the second).
    const before = sentence.slice(Math.max(previous, start - 28), start);
    if (!REVENUE_WORD.test(before) && !REVENUE_AFTER.test(sentence.slice(end, end + 16))) continue;
    if (usd < 10_000) continue;
    const minimum =
      REVENUE_MIN.test(sentence.slice(Math.max(0, start - 20), start)) ||
      /^\s*\+|^[^.。;]{0,12}(?:以上|trở lên|or more|or above)/i.test(sentence.slice(end, end + 16));
    out.push({ usd, minimum });
    previous = end;
  }
  return out;
}

/**
 * A start-up that says it has no revenue yet ("We are pre-revenue", "no revenue yet", "chưa có doanh thu",
 * 売上はまだありません): below any least revenue an investor asks. Not an investor welcoming such start-ups
 * ("pre-revenue welcome", "chấp nhận startup chưa có doanh thu").
 */
const PRE_REVENUE_SAID =
  /\bpre-?revenue\b(?!-)|\bno (?:recurring )?revenues? yet\b|\bnot yet (?:generating|earning|making) (?:any )?revenue|\bhave no revenue\b(?!-)|(?:chưa|chua) (?:có|co) (?:doanh thu|doanh so|doanh số)(?!\s*(?:ổn định|on dinh|từ|tu|tại|tai|ở|o)(?![\p{L}]))|売上(?:は|が)?(?:まだ)?(?:ありません|ない|ゼロ|なし|未計上|立っていない|立っておりません)|未収益/iu;
const WELCOMED =
  /welcome|\baccept|\binvest(?:s|ing)? in\b|\bwe back\b|\b(?:look(?:ing)? for|seek(?:ing)?|mentor(?:ing)?|support(?:ing)?|incubat\w*|accelerat\w*)\s+(?:\S+\s+){0,2}start-?ups?\b|歓迎|(?:スタートアップ|ベンチャー)(?:企業)?(?:の|を)?(?:支援|募集|対象)|からのスタートアップ|chấp nhận|chap nhan|đầu tư vào|dau tu vao|ươm tạo|uom tao|(?:tìm|tim|hỗ trợ|ho tro) (?:các )?(?:startup|start-up)/iu;
/** Revenue said to be missing from one market only, or a stage left behind: the firm has revenue. */
const SOME_REVENUE =
  /\bno longer\b|\bpast (?:the )?pre-?revenue|(?:đã qua|da qua|vượt qua|vuot qua)|(?:từ|tu|tại|tai|ở) (?:thị trường|thi truong)|\b(?:in|from) (?:the )?(?:japan(?:ese)?|vietnam(?:ese)?|us|overseas)(?: market)?\b|(?:日本|海外|国内|ベトナム)(?:市場|国内)?(?:での|の)?売上|(?:từ|tu) (?:khách hàng|khach hang)|\b(?:in|from) (?:japanese|vietnamese) (?:clients|customers)\b/iu;
export function preRevenueIn(sentence: string): boolean {
  return PRE_REVENUE_SAID.test(sentence) && !WELCOMED.test(sentence) && !SOME_REVENUE.test(sentence);
}

/** Funding stages in order: pre-seed, seed, pre-Series A, Series A, Series B, Series C and later. */
export const STAGES = ["preSeed", "seed", "preA", "seriesA", "seriesB", "seriesC"] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_WORDS: [RegExp, number][] = [
  [/pre-?\s?seed|プレシード|tiền hạt giống|tiền seed/gi, 0],
  [/(?<!pre-?\s?)\bseed\b|(?<!プレ)シード|(?<!tiền )hạt giống|(?<!tiền )\bseed\b/gi, 1],
  [/pre-?\s?series\s?a\b|pre-?a\b|プレシリーズ\s?[AＡ]|tiền series\s?a\b/gi, 2],
  [/(?<!pre-?\s?)series\s?a\b|(?<!プレ)シリーズ\s?[AＡ]|(?<!tiền )vòng\s?a\b/gi, 3],
  [/series\s?b\b|シリーズ\s?[BＢ]|vòng\s?b\b/gi, 4],
  [/series\s?[c-e]\b|シリーズ\s?[C-EＣ-Ｅ]|vòng\s?[c-e]\b|growth[- ]stage|late[- ]stage|グロース|レイター/gi, 5],
];
// "Series A–B", "seed to Series A", "シード〜シリーズA": every stage between the two.
const STAGE_SPAN =
  /(?:-|–|—|~|〜|～|\/|・|&|\bto\b|\bthrough\b|\band\b|(?<![\p{L}\p{N}_])và(?![\p{L}\p{N}_])|đến|tới|から)/u;
const OR_LATER = /or later|and later|and beyond|or beyond|以降|trở đi|trở về sau/i;

/**
 * The funding stages a sentence names, as a bit mask (bit i: STAGES[i]), and whether it names them to refuse them
 * ("we do not do seed rounds", "We do not join Series A or later rounds"). Two stages with a span between them
 * ("seed to Series A", "Series A–B") name the stages between as well.
 */
export function stagesIn(raw: string): { mask: number; refused: boolean } | null {
  // "Series A–B", "シリーズA/B": the second stage written as its letter alone.
  const sentence = raw.replace(
    /(series|シリーズ|vòng)\s?([A-EＡ-Ｅ])\s?(-|–|—|\/|〜|～|~|and|&|và|・)\s?([A-EＡ-Ｅ])(?![A-Za-z])/gi,
    "$1 $2 $3 $1 $4",
  );
  const found: { at: number; end: number; stage: number }[] = [];
  for (const [re, stage] of STAGE_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence))
      found.push({ at: m.index, end: m.index + m[0].length, stage });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.at - b.at);
  let mask = 0;
  for (let i = 0; i < found.length; i++) {
    mask |= 1 << found[i]!.stage;
    const next = found[i + 1];
    // "Series A/B" lists two stages; a span joins them with all between.
    if (next && STAGE_SPAN.test(sentence.slice(found[i]!.end, next.at)) && next.at - found[i]!.end <= 6)
      for (let s = Math.min(found[i]!.stage, next.stage); s <= Math.max(found[i]!.stage, next.stage); s++)
        mask |= 1 << s;
  }
  const refused = REFUSAL.test(sentence);
  if (refused && OR_LATER.test(sentence)) {
    const first = Math.min(...found.map((f) => f.stage));
    for (let s = first; s < STAGES.length; s++) mask |= 1 << s;
  }
  return { mask, refused };
}

/**
 * The stages of a sentence, a refusal in brackets apart from the rest: "売上が立っているシリーズA〜Bのスタートアップ
 * （プレシード・シードは対象外）" takes Series A-B and refuses pre-seed and seed, where the whole sentence read as one
 * would refuse all four.
 */
export function stageClaimsIn(raw: string): { mask: number; refused: boolean }[] {
  const bracket = /[(（]([^()（）]*)[)）]/gu;
  const inside: string[] = [];
  const outside = raw.replace(bracket, (whole, body: string) => {
    if (!REFUSAL.test(body)) return whole;
    inside.push(body);
    return " ";
  });
  if (!inside.length) {
    const one = stagesIn(raw);
    return one ? [one] : [];
  }
  const claims: { mask: number; refused: boolean }[] = [];
  const rest = stagesIn(outside);
  if (rest) claims.push(rest);
  for (const body of inside) {
    const refused = stagesIn(body);
    if (refused) claims.push({ ...refused, refused: true });
  }
  return claims;
}
