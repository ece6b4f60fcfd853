// A sentence prepared for reading: normalised once, split into words, so that every phrase (capability terms,
// cue words) is found the same way in English, Vietnamese and Japanese.
//
// - NFKC (full-width ＡＢＣ, half-width ｶﾅ), lower case; hyphens, slashes and "・" between words become spaces, so
//   "deep-learning", "AI-OCR", "UI・UX" and "S/4HANA" read like "deep learning", "ai ocr", "ui ux", "s 4hana".
// - Latin words are compared after a light plural stem ("ECUs" = "ECU", "apps" = "app"); Vietnamese syllables
//   never end in "s", so the stem cannot hurt them.
// - Vietnamese is matched syllable by syllable: with its diacritics when the sentence has them ("nhúng" is not
//   "nhưng"), without when the writer left them out ("phat trien phan mem").
// - Japanese has no spaces: the morphological analyser gives word boundaries, and a phrase must start and end
//   on one ("テスト" is not found inside "コンテスト"), except inside words the dictionary does not know
//   (katakana compounds such as "データアノテーション"), and where the script changes ("AI-OCRの開発").
import { japaneseWords, type JapaneseToken } from "./japanese";

export type Word = {
  /** Lower case, diacritics kept, plural stemmed (Latin) or the surface form (Japanese). */
  exact: string;
  /** Without diacritics. */
  folded: string;
  start: number;
  end: number;
  cjk: boolean;
  /** Japanese only: dictionary form and part of speech. */
  base?: string;
  pos?: string;
  pos1?: string;
};

export type Statement = {
  /** The normalised text (see above); offsets refer to it. */
  text: string;
  folded: string;
  words: Word[];
  /** The Latin words alone (phrases of Latin words are matched word by word). */
  latin: Word[];
  /** The writer used Vietnamese diacritics: match Vietnamese phrases with them. */
  marks: boolean;
  /**
   * Match phrases without their diacritics: only for Vietnamese written without them ("phat trien phan mem").
   * English text is matched as written, so "chỉ" (only) is not found in "Ho Chi Minh" nor "có" in "Co., Ltd.".
   */
  fold: boolean;
  /** Offsets where a phrase may start / end inside Japanese text. */
  starts: Set<number>;
  ends: Set<number>;
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const LATIN_WORD = /(?:(?<![\p{L}\p{N}])\.)?[\p{L}\p{N}][\p{L}\p{N}\p{M}+#&'.]*/gu;
const VIETNAMESE_MARKS = /[\u0300-\u036f]|đ/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Lower case, NFKC, word separators as spaces. */
export function normalizeText(text: string): string {
  return normalizeCased(text).toLowerCase();
}

/** Head counts spelled out ("a team of five", "twelve engineers", 社員十二名), as digits (see spelledCounts). */
const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const PEOPLE_AFTER =
  "(?=(?:\\s*(?:to|-|or)\\s*[a-z0-9]+)?\\s+(?:[a-z-]+\\s+)?(?:people|persons|engineers|developers|staff|employees|members|testers|designers|artists|specialists|consultants|programmers|founders|full-timers)\\b)";
const SPELLED_COUNT = new RegExp(
  `\\b(?:(?<=\\b(?:team|staff|crew|company) of (?:just |only |about |around )?)(${Object.keys(WORD_NUMBERS).join("|")})\\b|(${Object.keys(WORD_NUMBERS).join("|")})\\b${PEOPLE_AFTER})`,
  "giu",
);
const KANJI_DIGITS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 十二名, 三十人, 五名: a kanji count of people below a hundred (not 人月, person-months). */
const KANJI_COUNT =
  /(?<![一二三四五六七八九十百千万])([二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])(?=名|人(?!月))/gu;

function kanjiNumber(k: string): number {
  if (!k.includes("十")) return KANJI_DIGITS[k]!;
  const [tens, ones] = k.split("十");
  return (tens ? KANJI_DIGITS[tens]! : 1) * 10 + (ones ? KANJI_DIGITS[ones]! : 0);
}

/** Head counts spelled in words, as digits: the readers of sizes and teams count digits only. */
function spelledCounts(text: string): string {
  return text
    .replace(SPELLED_COUNT, (w: string) => String(WORD_NUMBERS[w.toLowerCase()]))
    .replace(KANJI_COUNT, (k: string) => String(kanjiNumber(k)));
}

/** normalizeText before lower-casing: the case of a word tells an acronym's plural ("VCs") from an acronym ("VCS"). */
function normalizeCased(text: string): string {
  return (
    spelledCounts(text.normalize("NFKC"))
      .replace(/[‐‑‒–—―−]/g, "-")
      .replace(/(?<=[\p{L}\p{N}])[-/・･](?=[\p{L}\p{N}])/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFD")
      // Vietnamese puts the tone of an open "oa", "oe", "uy" on either vowel ("hoá"/"hóa", "khoá"/"khóa", "thuỷ"/"thủy");
      // one spelling for both. Same length once composed again, so offsets hold.
      .replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2")
      .normalize("NFC")
  );
}

/**
 * Syllables that without their marks are mostly another word: "moi" is mới (new), mỗi (each) and môi (trường,
 * environment) far more often than mời (to invite). Phrases of two or more words keep their unmarked form.
 */
const AMBIGUOUS_UNMARKED = new Set(["moi"]);
/**
 * Short Latin terms that, in Vietnamese typed without marks, are mostly a syllable of another word: "bi" is bị of
 * thiết bị (equipment) and chuẩn bị (to prepare) far more often than BI. Looked for there only inside longer phrases.
 */
const FOLDED_AMBIGUOUS = new Set(["bi"]);
/** …and terms that are a syllable of another word after the one before it: "cham soc" is chăm sóc (care), no SOC. */
const FOLDED_AFTER = new Map([["soc", "cham"]]);

export function foldMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Words ending in s that are no plural, where the stem would be another word: "laos" is not "lao" (lao động). */
const NOT_PLURAL: ReadonlySet<string> = new Set(["laos"]);

/** "ecus" -> "ecu", "services" -> "service", "companies" -> "company"; short words and "-ss"/"-us"/"-is" stay. */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || NOT_PLURAL.has(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * `cased`: the same text before lower-casing, when it has the same length. A short acronym with a lower-case "s"
 * ("VCs", "PCs", "SEs") is a plural; in capitals ("VCS", a simulator; "SES", engineer dispatch) it is a name.
 */
function latinWords(text: string, from: number, to: number, into: Word[], cased?: string) {
  LATIN_WORD.lastIndex = 0;
  const part = text.slice(from, to);
  for (const m of part.matchAll(LATIN_WORD)) {
    let raw = m[0];
    // A full stop ends a sentence or an abbreviation ("Ltd."), it is not part of the word; ".net" keeps its own.
    while (raw.length > 1 && /[.']$/.test(raw)) raw = raw.slice(0, -1);
    const original = cased?.slice(from + m.index!, from + m.index! + raw.length);
    const exact = original && /^[A-Z]{2}s$/.test(original) ? raw.slice(0, -1) : stem(raw.normalize("NFC"));
    into.push({
      exact,
      folded: foldMarks(exact),
      start: from + m.index!,
      end: from + m.index! + raw.length,
      cjk: false,
    });
  }
}

// Frequent Vietnamese syllables, without diacritics, that are not English words (nor parts of place names that
// English text carries: "Ho Chi Minh", "Da Nang", "Ha Noi"): enough of them and few English function words
// mean Vietnamese written without diacritics.
const UNMARKED_VIETNAMESE = new Set(
  `cong ty chung toi phat trien khach hang doi tac nhan su cua voi cac nhung duoc trong tim kiem giai phap dich vu
  thi truong ky thuat lam viec hop mong muon quy mo vua nho lon tieng thau phu tro kinh nghiem nguoi linh vuc doanh
  nghiep thong phan mem ung dung dao tao thiet ke thu khong chua dang se theo tai nhu cho nay mot ve tu la va de
  duoc nhieu hien cung cap chuyen sau giao tiep doi ngu san pham thuc hien trien khai tro kiem thu bang
  du an cau phien dich quan ly xuat khau nhap trinh nganh tiet khuon lanh nuoi ket sach chuan nhua
  rieng goi nuoc ngoai nhat tieu bai choi moi mua xay chinh phu dien truy nguon goc gan nhan lieu`.split(/\s+/),
);
const ENGLISH_FUNCTION_WORDS = new Set(
  "the and we our with for of to in is are a an by on from that this at as be have has who which or".split(" "),
);

/** Whether Latin text without diacritics reads as Vietnamese (decided per field, where statements are short). */
export function looksUnmarkedVietnamese(text: string): boolean {
  const normalized = normalizeText(text);
  if (VIETNAMESE_MARKS.test(normalized.normalize("NFD"))) return false;
  let vi = 0;
  let en = 0;
  for (const m of normalized.matchAll(/[a-z]+/g)) {
    if (UNMARKED_VIETNAMESE.has(m[0])) vi++;
    else if (ENGLISH_FUNCTION_WORDS.has(m[0])) en++;
  }
  return vi >= 3 && vi > 2 * en;
}

/** `fold`: whether the text this sentence comes from is Vietnamese without diacritics (looksUnmarkedVietnamese). */
export function prepare(raw: string, fold?: boolean): Statement {
  const casedText = normalizeCased(raw);
  const text = casedText.toLowerCase();
  const cased = casedText.length === text.length ? casedText : undefined;
  const words: Word[] = [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const run of text.matchAll(CJK_RUN)) {
    const from = run.index!;
    latinWords(text, at, from, words, cased);
    const analysed: JapaneseToken[] | null = japaneseWords(run[0]);
    if (analysed) {
      for (const t of analysed) {
        const start = from + t.start;
        const end = start + t.surface.length;
        words.push({
          exact: t.surface,
          folded: t.surface,
          start,
          end,
          cjk: true,
          base: t.base,
          pos: t.pos,
          pos1: t.pos1,
        });
        if (t.known) {
          starts.add(start);
          ends.add(end);
        } else {
          // Inside an unknown word (a katakana compound) any position may start or end a phrase.
          for (let k = start; k <= end; k++) {
            starts.add(k);
            ends.add(k);
          }
        }
      }
    } else {
      // No analyser loaded: every character is a possible boundary.
      for (let k = from; k <= from + run[0].length; k++) {
        starts.add(k);
        ends.add(k);
      }
      for (let k = 0; k < run[0].length; k++) {
        const ch = run[0][k]!;
        words.push({ exact: ch, folded: ch, start: from + k, end: from + k + 1, cjk: true, base: ch });
      }
    }
    at = from + run[0].length;
  }
  latinWords(text, at, text.length, words, cased);
  words.sort((a, b) => a.start - b.start);
  const marks = VIETNAMESE_MARKS.test(text.normalize("NFD"));
  return {
    text,
    folded: foldMarks(text),
    words,
    latin: words.filter((w) => !w.cjk),
    marks,
    fold: !marks && (fold ?? looksUnmarkedVietnamese(text)),
    starts,
    ends,
  };
}

export type Match<T> = { start: number; end: number; payload: T; phrase: string };

type LatinEntry<T> = { words: string[]; payload: T; phrase: string };

/**
 * Phrases to find in statements, each with a payload. Latin phrases are compared word by word; phrases with
 * Japanese in them character by character within the boundaries above. find() returns non-overlapping
 * matches, longest first.
 */
export class PhraseIndex<T> {
  private readonly exact = new Map<string, LatinEntry<T>[]>();
  private readonly folded = new Map<string, LatinEntry<T>[]>();
  private readonly cjk = new Map<string, { phrase: string; payload: T }[]>();
  /** Two-word phrases by their last word, for the same said with "of" ("testing of games": game testing). */
  private readonly inverted = new Map<string, LatinEntry<T>[]>();

  add(phrase: string, payload: T): void {
    const text = normalizeText(phrase);
    if (!text) return;
    if (CJK.test(text)) {
      const key = text[0]!;
      this.cjk.set(key, [...(this.cjk.get(key) ?? []), { phrase: text, payload }]);
      const folded = foldMarks(text);
      if (folded !== text) {
        const fkey = folded[0]!;
        this.cjk.set(fkey, [...(this.cjk.get(fkey) ?? []), { phrase: folded, payload }]);
      }
      return;
    }
    const words: Word[] = [];
    latinWords(text, 0, text.length, words);
    if (!words.length) return;
    const put = (map: Map<string, LatinEntry<T>[]>, list: string[]) => {
      const entries = map.get(list[0]!) ?? [];
      if (!entries.some((e) => e.words.join(" ") === list.join(" ") && e.payload === payload))
        entries.push({ words: list, payload, phrase: text });
      entries.sort((a, b) => b.words.length - a.words.length);
      map.set(list[0]!, entries);
    };
    put(
      this.exact,
      words.map((w) => w.exact),
    );
    // A syllable that, typed without its marks, is mostly another word is not looked for without them.
    if (!(words.length === 1 && AMBIGUOUS_UNMARKED.has(words[0]!.folded) && words[0]!.folded !== words[0]!.exact))
      put(
        this.folded,
        words.map((w) => w.folded),
      );
    if (words.length === 2) {
      const last = words[1]!.exact;
      this.inverted.set(last, [
        ...(this.inverted.get(last) ?? []),
        { words: words.map((w) => w.exact), payload, phrase: text },
      ]);
    }
    // "ecommerce" written as "e-commerce" and the other way round: the joined form of a two-word phrase.
    if (words.length === 2 && words[0]!.exact.length <= 3) {
      put(this.exact, [stem(words.map((w) => w.exact).join(""))]);
      put(this.folded, [stem(words.map((w) => w.folded).join(""))]);
    }
  }

  /** Matches, longest first; with `crossing`, phrases that overlap without one containing the other are all kept. */
  find(s: Statement, crossing = false): Match<T>[] {
    const found: Match<T>[] = [];
    const latin = s.latin;
    const map = s.fold ? this.folded : this.exact;
    for (let i = 0; i < latin.length; i++) {
      const first = s.fold ? latin[i]!.folded : latin[i]!.exact;
      for (const e of map.get(first) ?? []) {
        if (s.fold && e.words.length === 1 && FOLDED_AMBIGUOUS.has(e.words[0]!)) continue;
        if (
          s.fold &&
          i > 0 &&
          FOLDED_AFTER.get(e.words[0]!) === latin[i - 1]!.folded &&
          !/\S/u.test(s.text.slice(latin[i - 1]!.end, latin[i]!.start))
        )
          continue;
        let ok = i + e.words.length <= latin.length;
        for (let k = 1; ok && k < e.words.length; k++) {
          const w = latin[i + k]!;
          // The words must follow each other with nothing but spaces and punctuation between them.
          ok =
            (s.fold ? w.folded : w.exact) === e.words[k] &&
            !/[\p{L}\p{N}]/u.test(s.text.slice(latin[i + k - 1]!.end, w.start)) &&
            !hasCjkBetween(s.text, latin[i + k - 1]!.end, w.start);
        }
        if (ok)
          found.push({
            start: latin[i]!.start,
            end: latin[i + e.words.length - 1]!.end,
            payload: e.payload,
            phrase: e.phrase,
          });
      }
    }
    // "testing of games", "management of inventory": a two-word phrase said with "of", head first.
    for (let i = 0; i + 2 < latin.length; i++) {
      if (latin[i + 1]!.exact !== "of") continue;
      for (const e of this.inverted.get(latin[i]!.exact) ?? []) {
        if (latin[i + 2]!.exact !== e.words[0]) continue;
        if (
          /[^\s]/u.test(
            s.text.slice(latin[i]!.end, latin[i + 1]!.start) + s.text.slice(latin[i + 1]!.end, latin[i + 2]!.start),
          )
        )
          continue;
        found.push({
          start: latin[i]!.start,
          end: latin[i + 2]!.end,
          payload: e.payload,
          phrase: s.text.slice(latin[i]!.start, latin[i + 2]!.end),
        });
      }
    }
    if (this.cjk.size) {
      const text = s.fold ? s.folded : s.text;
      for (let i = 0; i < text.length; i++) {
        const candidates = this.cjk.get(text[i]!);
        if (!candidates) continue;
        for (const c of candidates) {
          if (text.startsWith(c.phrase, i)) {
            const end = i + c.phrase.length;
            if (boundaryOk(s, text, i, end, c.phrase))
              found.push({ start: i, end, payload: c.payload, phrase: c.phrase });
            continue;
          }
          // A compound said with の between its nouns ("ゲームのテスト", "在庫の管理"): the compound.
          const split = splitByNo(text, i, c.phrase);
          if (split > 0) {
            const end = i + c.phrase.length + 1;
            const said = text.slice(i, end);
            if (boundaryOk(s, text, i, end, said)) found.push({ start: i, end, payload: c.payload, phrase: said });
          }
        }
      }
    }
    return longestFirst(found, crossing);
  }
}

/**
 * Where `phrase`, a CJK compound of two nouns of at least two characters each, is found at `at` with の between
 * them (0: it is not).
 */
function splitByNo(text: string, at: number, phrase: string): number {
  if (text[at + 2] === undefined) return 0;
  for (let k = 2; k <= phrase.length - 2; k++) {
    if (text.charCodeAt(at + k) !== 0x306e /* の */) continue;
    if (!text.startsWith(phrase.slice(0, k), at) || !text.startsWith(phrase.slice(k), at + k + 1)) continue;
    return k;
  }
  return 0;
}

function hasCjkBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CJK.test(text[k]!)) return true;
  return false;
}

function boundaryOk(s: Statement, text: string, start: number, end: number, phrase: string): boolean {
  const before = start > 0 ? text[start - 1]! : " ";
  const after = end < text.length ? text[end]! : " ";
  const alnum = /[\p{L}\p{N}]/u;
  const firstCjk = CJK.test(phrase[0]!);
  const lastCjk = CJK.test(phrase[phrase.length - 1]!);
  if (!firstCjk && alnum.test(before) && !CJK.test(before)) return false;
  if (!lastCjk && alnum.test(after) && !CJK.test(after)) return false;
  if (firstCjk && CJK.test(before) && !s.starts.has(start)) return false;
  if (lastCjk && CJK.test(after) && !s.ends.has(end)) return false;
  return true;
}

/** Keeps the longest of overlapping matches (then the earliest), in text order. */
export function longestFirst<T>(matches: Match<T>[], crossing = false): Match<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match<T>[] = [];
  for (const m of sorted)
    if (!taken.some((t) => (crossing ? t.start <= m.start && m.end <= t.end : m.start < t.end && t.start < m.end)))
      taken.push(m);
  return taken.sort((a, b) => a.start - b.start);
}
