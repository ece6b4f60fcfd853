// Volumes of work in units other than people: person-months ("we do not take projects below 30 man-months",
// "6人月のトライアル", "2〜3名×4ヶ月") and pieces ("orders from 1,000 boards", "10,000+ images a month", "月産約2万枚").
// A firm states the least it takes on (a floor) or the volume it needs; a need below the other's floor is too
// small for it, like a team below the smallest it takes on.
import { sumsIn } from "./money";

/** person-months, or countable pieces (boards, images, units: compared only within a pair that already fits). */
export type VolumeUnit = "pm" | "items";
/** What the pieces are: a capacity in boards says nothing of a need in pages. */
export type PieceKind = "building" | "board" | "sheet" | "episode" | "art" | "unit";
/**
 * `kind`: what the pieces are (items only).
 * `monthly`: the volume a month, when a period is said ("about 8 chapters a month", "300 episodes a year": 25).
 * `upTo`: said as a ceiling or a capacity ("up to 300,000 images/month", "công suất 150.000 phiếu/tháng");
 * `atLeast`: said as a lower bound ("từ 5.000 bo/tháng"), a floor when the sentence takes work on.
 */
export type Volume = {
  unit: VolumeUnit;
  value: number;
  floor: boolean;
  kind?: PieceKind;
  monthly?: number;
  upTo?: boolean;
  atLeast?: boolean;
};

const NUMBER = String.raw`(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*(k|万|千|nghìn|nghin)?`;
const RANGE = String.raw`${NUMBER}(?:\s*(?:-|–|~|〜|～|to|đến)\s*${NUMBER})?`;
/** The words of each kind of piece, in the order they are tried ("bộ bản vẽ" before "bộ", "bo mạch" before "bo"). */
const PIECES: [PieceKind, string][] = [
  ["building", String.raw`(?:bộ |bo )?(?:bản vẽ|ban ve)|図面|drawings?|棟|buildings?`],
  ["board", String.raw`基板|boards?|bo mạch|bo mach|bo\b`],
  [
    "sheet",
    String.raw`枚|images?|photos?|pages?|frames?|slips?|forms|documents?|hình ảnh|hinh anh|khung hình|khung hinh|ảnh|anh|tấm|phiếu|phieu|trang`,
  ],
  ["episode", String.raw`話|chapters?|episodes?|tập|chương`],
  ["art", String.raw`点|illustrations?|bản`],
  ["unit", String.raw`台|個|pcs|pieces|units?|sets|SKUs?|cái|chiếc|bộ`],
];
/**
 * The one kind of piece a firm states volumes of, numbered from 1, and its volume; none (0) when it states several
 * kinds: a firm doing 250 webtoon episodes and 5,000 anime frames a month has no one capacity to weigh a need by.
 */
export function onlyKind(byKind: Partial<Record<PieceKind, number>> | undefined): { kind: number; value: number } {
  const said = Object.entries(byKind ?? {}) as [PieceKind, number][];
  if (said.length !== 1) return { kind: 0, value: 0 };
  return { kind: PIECES.findIndex(([k]) => k === said[0]![0]) + 1, value: said[0]![1] };
}

const PERSON_MONTHS = String.raw`人月|man[- ]?months?|person[- ]?months?|\bMM\b|người[- ]tháng|nguoi[- ]thang`;
const QUANTITY = [
  ["pm", new RegExp(`${RANGE}\\s*\\+?\\s*(?:${PERSON_MONTHS})`, "giu")],
  ["items", new RegExp(`${RANGE}\\s*\\+?\\s*(?:${PIECES.map(([, w]) => `(${w})`).join("|")})`, "giu")],
] as const;
/** A minimum followed by another sum ("MOQ: 5.000 bo/tháng hoặc 50.000 USD/năm"): either meets it, so the pieces
 * alone do not bind. */
const OR_SUM = /^[^.;。]{0,16}?(?:\bor\b|hoặc|hoac|または|もしくは)\s*(?:US\$|USD|\$|¥|￥|JPY)?\s*\d/iu;
/** The kind of piece a match of QUANTITY's items pattern names: the first of its piece groups that matched. */
const pieceKind = (m: RegExpExecArray): PieceKind | undefined =>
  PIECES[m.slice(5).findIndex((g) => g !== undefined)]?.[0];
/** People times months: "2〜3名×4ヶ月", "3 engineers x 6 months". */
const PEOPLE_MONTHS = new RegExp(
  String.raw`(\d+)(?:\s*(?:-|–|~|〜|～)\s*\d+)?\s*(?:名|人|người|nguoi|kỹ sư|ky su|エンジニア|engineers?|developers?|devs?|people|staff|FTEs?)\s*[×xX*]\s*(\d+)\s*(?:ヶ月|か月|カ月|ケ月|months?|tháng)`,
  "gu",
);
/** Hours a month ("月20〜40時間程度", "about 160 h/month", "40 giờ/tháng"): a person-month is about 160 of them. */
const HOURS_A_MONTH = new RegExp(
  String.raw`(?:月|monthly\s*)?${RANGE}\s*(?:時間|h\b|hrs?\b|hours?\b|giờ|gio\b)\s*(?:程度|くらい|ほど|前後)?\s*(?:\/\s*|per\s+|a\s+|mỗi\s+|moi\s+)?(month|月|tháng|thang)?`,
  "giu",
);
const HOURS_PER_PM = 160;

/**
 * Said before a number: the least the firm takes ("from", "minimum", "không nhận dưới", "not below"), or the least
 * of what it names ("Minimum engagement: 50,000 images per month").
 */
const FLOOR_BEFORE =
  /(?:\bfrom|\bminimum(?: of)?|\bmin\.?|\bat least|tối thiểu|toi thieu|\btừ|\btu|(?:below|under|less than|dưới|duoi)|最低|\bmoq|\bmin(?:imum)?\.?(?:\s+[a-z]+){1,2}\s*[:：])\s*(?:\((?:moq|min)\)|（(?:moq|min)）)?\s*[:：]?\s*$/iu;
/** …or after it: 以上から, "or more", "trở lên" with a floor word in the sentence. */
const FLOOR_AFTER = /^\s*(?:以上|から|〜|~|\+|or more|trở lên|tro len)/u;
/** A floor needs a word of what the firm takes on in the sentence (orders, projects, 受注, nhận). */
const TAKES =
  /\b(?:orders?|projects?|take|takes|accept|accepts|engagements?|contracts?|jobs?|moq)\b|最低でも|受注|受託|案件|ご依頼|お受け|導入費用|1件|一件|nhận|dự án|du an|đơn hàng|don hang/iu;

/**
 * The money a piece of work is worth ("1案件10〜30万円程度", "fixed-price projects from USD 15,000", "ngân sách
 * khoảng 200 triệu đồng"), as person-months at a rough offshore rate: what decides is whether a job is many times
 * smaller than the least a firm takes on, not its price.
 */
const USD_PER_PERSON_MONTH = 3000;
/** A job's worth, not an investment, a revenue or a rate ("USD 30k a month", "月額"). */
const WORK_MONEY =
  /案件|予算|最低|まで|以内|発注|受注|導入費用|\d\s*件|budget|ngân sách|ngan sach|projects?|jobs?|engagements?|fixed[- ]price|dự án|du an|単発/iu;
/** A budget: a month's of it ("dưới 30 triệu/tháng") is a year's spend on the work. */
const BUDGET = /予算|budget|ngân sách|ngan sach/iu;
const NOT_WORK_MONEY =
  /invest|出資|投資|round|series|seed|raise|raising|gọi vốn|goi von|revenue|売上|doanh thu|\barr\b|資本金|capital|valuation|salary|給与|lương/iu;
const PER_TIME_AFTER =
  /^\s*(?:\/|per|a|mỗi|moi|一|\s)*\s*(?:month|月|tháng|thang|hour|時間|giờ|person|人|người|year|年|năm)/iu;

const MONTHLY_AFTER = /^\s*(?:\/|per|a|mỗi|moi|\s)*\s*(?:month|月|tháng|thang)/iu;

/** A period after a volume ("/tháng", "a month", "per year") or before it (月産, 月, 年間): months it spans. */
const PERIOD_AFTER =
  /^\s*(?:程度|前後|くらい|ほど)?\s*(?:\/|／|per|an?|each|every|mỗi|moi|một|mot|\s)*\s*(month|tháng|thang|月|year|năm|nam|年)|^\s*\p{L}{1,8}\s*(?:\/|／|per|mỗi|moi|\s)\s*(month|tháng|thang|月|year|năm|nam|年)/iu;
const PERIOD_BEFORE =
  /(?:(月|毎月)(?:産|間)?|(年|年間)|\b(monthly)|\b(annually|yearly))\s*(?:約|およそ|最大|about|khoảng|khoang)?\s*$/iu;
const monthsOf = (word: string) => (/^(?:month|tháng|thang|月|毎月|monthly)/iu.test(word) ? 1 : 12);
/** A capacity or ceiling said of a volume: up to, capacity, công suất, 最大, 処理能力. */
const UP_TO =
  /\bup to\b|\bcapacity\b|\bmax(?:imum)?\b|công suất|cong suat|năng lực|nang luc|tối đa|toi da|最大|処理能力|生産能力|対応可能/iu;

/** A month named right before a sum ("月10万円", "月額30万円", "monthly USD 5,000"). */
const MONTH_BEFORE = /(?:月|毎月|月額|monthly)\s*(?:約|およそ|最大)?\s*$/iu;
/** A sum as the most the firm spends ("月10万円くらいまで", "300万円以内"). */
const CEILING_AFTER = /^\s*(?:円|yen)?\s*(?:くらい|ぐらい|程度|前後)?\s*(?:まで|以内|以下|が上限)/u;

const MINIMUM = /\bminimum\b|tối thiểu|toi thieu|最低|下限/iu;

const scale = (n: string, mult?: string) => {
  const value = Number(n.replace(/[,.](?=\d{3}\b)/g, "").replace(/,/g, ""));
  const m = mult?.toLowerCase();
  return m === "k" || m === "千" || m === "nghìn" || m === "nghin" ? value * 1000 : m === "万" ? value * 10000 : value;
};

/** The volumes a sentence states, each a floor (the least the firm takes) or a volume it needs. */
export function volumesIn(text: string): Volume[] {
  const out: Volume[] = [];
  const takes = TAKES.test(text);
  for (const [unit, pattern] of QUANTITY) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = scale(m[1]!, m[2]);
      if (!Number.isFinite(value) || value <= 0) continue;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const floorWords = FLOOR_BEFORE.test(before) || FLOOR_AFTER.test(after) || /\+\s*\S*$/.test(m[0]);
      const floor = takes && floorWords && !OR_SUM.test(text.slice(m.index + m[0].length));
      const volume: Volume = { unit, value, floor };
      if (unit === "items") volume.kind = pieceKind(m);
      const period = PERIOD_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      const periodBefore = PERIOD_BEFORE.exec(before);
      const months = period ? monthsOf((period[1] ?? period[2])!) : periodBefore ? monthsOf(periodBefore[0].trim()) : 0;
      if (months) volume.monthly = Math.round((value / months) * 10) / 10;
      // "từ 5.000 bo/tháng" with no word of taking work on is still a lower bound, not what the firm can do.
      if (!floorWords && UP_TO.test(text.slice(0, m.index + m[0].length))) volume.upTo = true;
      if (floorWords && unit === "items") volume.atLeast = true;
      out.push(volume);
    }
  }
  PEOPLE_MONTHS.lastIndex = 0;
  for (let m = PEOPLE_MONTHS.exec(text); m; m = PEOPLE_MONTHS.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "Quy mô dự án tối thiểu: 3 người x 3 tháng": the least it takes.
    out.push({ unit: "pm", value: Number(m[1]) * Number(m[2]), floor: takes && FLOOR_BEFORE.test(before) });
  }
  HOURS_A_MONTH.lastIndex = 0;
  for (let m = HOURS_A_MONTH.exec(text); m; m = HOURS_A_MONTH.exec(text)) {
    // Only hours counted by the month ("月20時間", "160 h/month"), not a response time ("24時間対応").
    if (!m[0].startsWith("月") && !m[0].toLowerCase().startsWith("monthly") && !m[5]) continue;
    const value = scale(m[1]!, m[2]);
    if (!Number.isFinite(value) || value <= 0 || value > 2000) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const floor = takes && (FLOOR_BEFORE.test(before) || MINIMUM.test(text.slice(0, m.index)));
    out.push({ unit: "pm", value: Math.round((value / HOURS_PER_PM) * 100) / 100, floor });
  }
  if (WORK_MONEY.test(text) && !NOT_WORK_MONEY.test(text)) out.push(...moneyVolumes(text, takes));
  return out;
}

function moneyVolumes(text: string, takes: boolean): Volume[] {
  const out: Volume[] = [];
  const budget = BUDGET.test(text);
  // "dưới 30 triệu/tháng": Vietnamese millions with no currency named are dong.
  for (const { high, start, end } of sumsIn(text, /triệu|trieu|tỷ|tỉ|\bty\b/iu.test(text) ? "VND" : null)) {
    // "月10万円くらいまで", "最低でも月80万円から": a month's money said before the sum, as a ceiling or a floor.
    // (A month's floor or ceiling stays a month's: it is weighed against another firm's month, "月10万円くらいまで"
    // against "最低でも月80万円から".)
    const monthBefore = MONTH_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    const monthly = MONTHLY_AFTER.test(text.slice(end, end + 10));
    const bound = CEILING_AFTER.test(text.slice(end, end + 12)) || MINIMUM.test(text.slice(0, start));
    if (monthBefore ? !(budget || bound) : PER_TIME_AFTER.test(text.slice(end, end + 10)) && !(budget && monthly))
      continue;
    // The top of a range ("10〜30万円"); a monthly budget for a year.
    const pm = ((monthly && !monthBefore ? 12 : 1) * high) / USD_PER_PERSON_MONTH;
    if (pm < 0.05 || pm > 5000) continue;
    // The words before the sum and its currency sign ("from USD 15,000").
    const before = text.slice(Math.max(0, start - 24), start).replace(/(?:US\$|USD|\$|JPY|¥|￥)\s*$/iu, "");
    // "Minimum engagement: 10 engineers or US$200k per project": the minimum heads the sentence.
    // …or "導入費用は1件1,500万円からです": from it upwards.
    const floor =
      takes &&
      (FLOOR_BEFORE.test(before) ||
        MINIMUM.test(text.slice(0, start)) ||
        FLOOR_AFTER.test(text.slice(end, end + 12).replace(/^\s*(?:円|yen|đồng|dong|vnd|usd|\$)/iu, "")));
    out.push({ unit: "pm", value: Math.round(pm * 10) / 10, floor });
  }
  return out;
}
