// The specific words a firm uses: product and technique names in Latin letters (ROS, LiDAR, HL7, Databricks,
// S/4HANA), katakana words (スマレジ, ドローン) and kanji compounds (生産管理, 図面). Two firms filed under one
// capability may still not fit ("robotics" of an arm integrator for a warehouse that needs AMRs): when what one
// looks for and what the other offers name the same specific things, the need is more likely met. The words are
// weighed by how few firms of the event use them (score.ts), so "AWS" counts less than "Zephyr"; the lists below
// drop the words every firm's statements are made of, which carry nothing either way.
//
// Vietnamese words are left out: a syllable says too little on its own, and syllable pairs did not tell needs met
// from near misses on the held-out sets (session 30). Words in Latin letters inside Vietnamese text still count.

/** At most this many words a side, the first said kept (a description can run long; statements come first). */
export const MAX_TERMS = 24;
/**
 * …and of what a firm looks for, as the scoring kernel holds them: each pair looks at each of its words, and needs
 * are said in fewer words (about 15 on the held-out sets against 18 offered). 16 here scored the 64 sets 0.8873,
 * 24 0.8876 and 16 for both sides 0.8869, with the all-firms run at about 2.7, 2.9 and 2.55 s (session 30).
 */
export const MAX_SEEK_TERMS = 16;

const LATIN_STOP = new Set(
  (
    "the and for with our we in of to an or on by as is are from at be can us you your it its this that who " +
    "which will have has not no any all new more than per via etc e.g ie also into up out only such other " +
    "partner partners company companies firm firms client clients customer customers vietnam japan japanese " +
    "vietnamese english korea korean thailand singapore service services development develop system systems " +
    "solution solutions project projects team teams engineer engineers need needs want wants looking seek " +
    "seeking offer offers provide provides support based experience years year staff people work working " +
    "business international global local market markets software it dx ltd co inc jsc corp k.k sme smes " +
    "cho va cac co la cua voi trong theo khong nhat viet nam cong ty " +
    // Units of time and money: how long and how much, no thing a need and an offer name.
    "month months monthly week weeks weekly day days daily hour hours usd jpy vnd million " +
    // Levels of Japanese are asked and held (text/jlpt.ts), not things a need and an offer name.
    "jlpt n1 n2 n3 n4 n5"
  ).split(" "),
);

const KATAKANA_STOP =
  /^(?:パートナー|サービス|システム|ソフトウェア|ベトナム|エンジニア|プロジェクト|チーム|メンバー|クライアント|オフショア|サポート|ビジネス)$/u;

const KANJI_STOP =
  /^(?:開発|当社|弊社|企業|会社|日本|対応|案件|募集|業務|経験|技術|提供|支援|中心|実績|以上|必須|希望|可能|国内|海外|現地|人材|自社|顧客|様々|全般)$/u;

/** A word in Latin letters, not part of a longer word in Latin letters (Vietnamese syllables are such words). */
const LATIN = /(?<![\p{Script=Latin}\d])[a-z][a-z0-9+#]*(?:[.\-/][a-z0-9+#]+)*(?![\p{Script=Latin}\d])/gu;
const KATAKANA = /[\p{Script=Katakana}ー]{3,}/gu;
const KANJI = /\p{Script=Han}{2,}/gu;

/**
 * "sensors" is "sensor", "cameras" "camera": not words in -ss, -us, -is, -ics or -es ("analysis", "robotics",
 * "kubernetes", where the plural cannot be told from the word), nor short names ("aws", "gis").
 */
const singular = (w: string) => (w.length > 4 && /[^suice]s$/.test(w) ? w.slice(0, -1) : w);

/** The specific words of some texts, each once, in the order first used (the first `most`). */
export function specificTerms(texts: readonly string[], most = MAX_TERMS): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const s = text.normalize("NFKC").toLowerCase();
    for (const [w] of s.matchAll(LATIN)) if (w.length >= 2 && !LATIN_STOP.has(w)) out.add(singular(w));
    // サーバー and サーバ, コンピューター and コンピュータ are one word (the long mark at the end is a house style).
    for (const [w] of s.matchAll(KATAKANA)) if (!KATAKANA_STOP.test(w)) out.add(w.replace(/ー$/u, ""));
    for (const [w] of s.matchAll(KANJI)) if (!KANJI_STOP.test(w)) out.add(w);
  }
  return [...out].slice(0, most);
}

/**
 * Clauses that say what a firm does not do or want ("※税務申告・税務相談は行いません", "We do not do PCB design",
 * "Không nhận dự án game", "（Flutterへの書き換えは考えていません）"): their words name no thing it offers or seeks,
 * and would otherwise count as shared with a firm that needs (or sells) just that. Said by the firm of itself
 * ("we do not"), not of a system or a product ("Our legacy system doesn't support mobile" is a need), nor as a boast
 * ("we never miss a deadline", "we don't just build").
 */
const REFUSING_EN =
  /\b(?:we|i)\s+(?:do not|don't|don’t|cannot|can't|can’t|will not|won't|won’t|are not|aren't|aren’t|no longer|decline)\b(?!\s+(?:just|only|merely|simply|hesitate|have|need|find|hire|cover|wait|stop|stress|charge|let|limited|afraid|a|an)\b)|\bnot (?:looking|seeking|interested|offering|accepting|in scope)\b|\b(?:are|is) not (?:needed|accepted)\b|\bunable to (?:take|accept|offer|provide)\b|\bexclud(?:e|es|ed)\b|\bout of (?:our )?scope\b|\bneed not apply\b|^\s*(?:no\s+(?!(?:minimum|hidden|extra|additional|setup|upfront|lock-in|long)\b)(?=\p{L})|not offering\b)/iu;
const REFUSING_VI =
  /(?:^|[^\p{L}])(?:không|khong|chưa|chua) (?:nhận|nhan|tiếp nhận|tiep nhan|làm|lam|cung cấp|cung cap|thực hiện|thuc hien|có nhu cầu|co nhu cau|phân phối|phan phoi|bán|ban|kinh doanh|phát triển|phat trien|phái cử|phai cu|cử|cu|hỗ trợ dự án|ho tro du an)(?![\p{L}])(?! (?:mất|mat|ảnh hưởng|anh huong|gián đoạn|gian doan|chậm|cham|được|duoc))|từ chối|tu choi|ngoài phạm vi|ngoai pham vi/iu;
/** Refusals said the same way of work offered and of partners sought (お断り, 対象外, お受けしておりません). */
const REFUSING_JA_EITHER = String.raw`(?:お受けして|受け付けて|承って)(?:おり|い)?ません|お断り|対象外|対象と(?:して|し)(?:おり|い)?ません`;
const REFUSING_JA_OFFERS = new RegExp(
  String.raw`(?:行って|対応して|扱って|受けて|提供して|取り扱って|請け負って|受託して|手掛けて|手がけて|やって)(?:おり|い)?ません|行いません|扱いません|(?:対応|提供|お受け|お引き受け)できません|対応不可|希望しません|(?:は|も)(?:不可(?![欠能避分])|NG(?:です)?(?=\s*(?:[。、.,;）)]|$))(?![、,]\s*[^。]*OK))|${REFUSING_JA_EITHER}`,
  "u",
);
const REFUSING_JA_SEEKS = new RegExp(
  String.raw`(?:募集して|探して|検討して|想定して|考えて|予定して|求めて|希望して)(?:おり|い)?ません|行っておりません|予定はありません|予定はございません|必要ありません|ご遠慮|(?:提案|売り込み|紹介|営業)(?:は|も)?不要|${REFUSING_JA_EITHER}`,
  "u",
);
/**
 * …unless the sentence wants something all the same ("We do not run a NOC and want a partner for it", "Because we
 * don't have in-house designers, we need a UI/UX partner").
 */
const WANTS_ALL_THE_SAME =
  /(?:\b(?:and|so|but)|[,–—;]|\s-)\s+(?:so\s+)?(?:we\s+)?(?:want|need|are looking for|look for)\b|\blooking for (?:help|a partner)\b|(?:cần|can) (?:đối tác|doi tac|tìm|tim)|を(?:探して|募集して)(?:います|いる)|(?:たい|希望します)(?:。|$)/iu;

/** A statement's closing denial after a colon ("：不要", ": not needed", ": không cần"), of the label before it. */
const LABEL_DENIED =
  /\s*[:：]\s*(?:不要(?:です)?|(?:対応)?不可(?:です)?|対応(?:して|し)(?:おり|い)?ません|なし|無し|ng|×|✕|no|not needed|not required|not offered|none|không cần|khong can|không nhận|khong nhan)(?:\s*[（(][^）)]*[）)])?\s*[。.!]?\s*$/iu;
/**
 * Where the label begins: after the last clause break, bracket, bar, dash or earlier label before it
 * ("Java開発者3名、リモート可、来日：不要", "Need React developers - Japanese: not required"), or a space beside
 * Japanese, which parts fields in a form-like line ("業務内容：Webシステム開発 来日：不要").
 */
const LABEL_BREAK =
  /[、，,;；/／:：|｜)）]|\s[-–—]\s|[–—]|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー])\s+|\s+(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

/**
 * The label a statement denies after its colon ("オフショア開発：不要", "AI-OCR: không cần"): from the last break
 * before it, so that the need said before ("Looking for a React Native partner, Japanese: not required") stands.
 */
export function deniedLabel(text: string): { start: number; end: number } | null {
  const m = LABEL_DENIED.exec(text);
  if (!m) return null;
  let start = 0;
  for (const x of text.slice(0, m.index).matchAll(LABEL_BREAK)) start = x.index + x[0].length;
  return { start, end: m.index };
}

/** A text's sentences: its lines, and the sentences within them. */
const sentencesOf = (text: string): string[] => text.split(/\n|(?<=[。！？])|(?<=[.;!?])\s+/u).filter((c) => c.trim());

/** Where the first refusal in a sentence is (see above), or -1. */
function refusalAt(sentence: string, kind: "offers" | "seeks"): number {
  if (WANTS_ALL_THE_SAME.test(sentence)) return -1;
  let at = -1;
  for (const re of [REFUSING_EN, REFUSING_VI, kind === "offers" ? REFUSING_JA_OFFERS : REFUSING_JA_SEEKS]) {
    const m = re.exec(sentence);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at;
}

/**
 * A kind of project by its terms, after a comma, as the topic of a denial ("Java・PHPでのWeb開発、短納期案件は不可",
 * "Web開発、小規模案件はお受けしていません"): only those projects are refused, not the work named before them (see
 * projectTermsOnly(), which the reader and refusalStart() both ask).
 */
const PROJECT_TERMS_DENIED =
  /[、,]\s*(?:超?短納期|短期|単発|スポット|小規模|少額|低予算|格安|至急|急ぎ|保守のみ|運用のみ|(?:1|１|一)(?:名|人)(?:のみ)?)[^\s、。,]{0,6}?(?:案件|プロジェクト|(?:の)?ご?依頼|契約)(?:(?:は|も)[^、。,]{0,10})?$/u;

/**
 * Whether the denial at `denial` of a sentence is of the projects named by their terms only, not of the work (ending
 * at `end`) before them: the work is one item, or an item written as a phrase ("Java、PHPでのWeb開発、短納期案件は不可"),
 * not the last bare item of a list of refusals ("受託開発、SES、短納期案件は対応しておりません").
 */
export function projectTermsOnly(text: string, start: number, end: number, denial: number): boolean {
  if (!PROJECT_TERMS_DENIED.test(text.slice(end, denial))) return false;
  // What stands before the projects, brackets left out ("Web開発（Laravel、Vue）、短納期案件は不可").
  const upTo = text.slice(0, denial).replace(/[（(][^）)]*[）)]/gu, "");
  const projects = PROJECT_TERMS_DENIED.exec(upTo);
  if (!projects) return false;
  const head = upTo.slice(0, projects.index);
  const comma = Math.max(head.lastIndexOf("、"), head.lastIndexOf("，"), head.lastIndexOf(","));
  if (comma < 0) return true;
  // One item of work written as a phrase ("Java、PHPでのWeb開発"), not the last bare item of a list ("受託開発、SES").
  const item = head.slice(comma + 1);
  return /[のでをにと]/u.test(item) || item.trim().length > 10;
}

/** The ways a sentence parts a clause off: brackets, Japanese commas, Latin commas, dashes and colons. */
const PARTS = /[（(]|[、，]|,\s|\s[–—-]\s|—|:\s|：/gu;
/** A Japanese clause that ends as one, so that a refusal after its comma is another clause ("AWS専業で、"). */
const CLAUSE_END = /(?:で|て|が|し|り|けど|ます|です)\s*$/u;
/** Words that continue what came before, not start a clause: a particle after a bracket or a list item. */
const CONTINUES = /^\s*[はのもをがにでとや]/u;

/**
 * Where the clause of a refusal starts: at a part before it that opens a clause of its own (an aside in brackets
 * "（Flutterへの書き換えは考えていません）"; a refusal right after a comma or a dash, "Chỉ làm Flutter, không nhận
 * React Native"; a Japanese clause after one that ends as one, "AWS専業で、Azure・GCPは扱っていません"), else at the
 * sentence's start ("新規の協力会社（開発委託先）の募集は行っておりません", "Salesforce、Dynamicsの協力会社は募集して
 * いません": the bracket and the list belong to the refusal).
 */
function refusalStart(sentence: string, at: number): number {
  const parts = [...sentence.matchAll(PARTS)].filter((p) => p.index < at).reverse();
  for (const p of parts) {
    const after = sentence.slice(p.index + p[0].length, at);
    const before = sentence.slice(0, p.index);
    if (!before.trim()) return 0;
    if (/[（(]/u.test(p[0])) {
      if (!/[)）]/u.test(after) && !CONTINUES.test(after)) return p.index;
      continue;
    }
    if (/[、，]/u.test(p[0])) {
      if (!CONTINUES.test(after) && (CLAUSE_END.test(before) || projectTermsOnly(sentence, p.index, p.index, at)))
        return p.index;
      continue;
    }
    // A Latin comma, a dash or a colon: the refusal right after it, said alone or of the firm itself.
    if (/^\s*(?:(?:we|i|chúng tôi|chung toi)\s+)?$/iu.test(after)) return p.index;
  }
  return 0;
}

/** The sentences of some texts, each up to the refusal in it (see above), for their specific words. */
export function saidWithoutRefusals(texts: readonly string[], kind: "offers" | "seeks"): string[] {
  return texts.map((t) =>
    sentencesOf(t)
      .map((sentence) => {
        // What a denied label leaves may refuse something too ("Unity開発は対応していません、オンサイト常駐：不可").
        const label = deniedLabel(sentence);
        const said = label ? sentence.slice(0, label.start) : sentence;
        const at = refusalAt(said, kind);
        return at < 0 ? said : said.slice(0, refusalStart(said, at));
      })
      .filter((kept) => kept.trim())
      .join("\n"),
  );
}
