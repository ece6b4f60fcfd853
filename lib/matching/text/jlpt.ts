// JLPT levels: the least a firm asks of a partner's Japanese ("ブリッジSEは日本語能力N2以上", "BrSE N2 trở lên",
// "at least one leader at N2 or above") and the best its own people hold ("6 Japanese speakers (JLPT N3)",
// "học viên đạt N3"). A level is a number, N1 = 1 (the highest) to N5 = 5; 0 when none is said.

const LEVEL = /(?:jlpt\s*|日本語能力(?:試験)?\s*|(?<![\p{Script=Latin}\p{N}]))n\s?([1-5])(?![\d\p{Script=Latin}])/giu;
/** A level stated as a floor: N2以上, "N2 trở lên", "N2 or above", "N2+", N2必須, "at least N2". */
const FLOOR_AFTER =
  /^\s*(?:レベル|相当|程度)?\s*(?:以上|\+|trở lên|tro len|or (?:above|higher|better)|and above|minimum|必須|required|là bắt buộc|bắt buộc)/iu;
const FLOOR_BEFORE =
  /(?:at least|minimum(?: of)?|min\.?|tối thiểu|toi thieu|ít nhất|it nhat|(?:^|\s)từ|(?:^|\s)tu|(?:must|should) (?:be|have|hold)(?: at)?|required:?|yêu cầu|yeu cau)\s*(?:jlpt\s*|日本語能力(?:試験)?\s*)?$/iu;

/** The start of a range ("từ N4 lên N2", "N3→N2"): a course's levels, not a floor. */
const RANGE_AFTER = /^\s*(?:lên|len|đến|den|→|->|~|〜|-|to)\s*(?:jlpt\s*)?n?\s?[1-5]/iu;

/** The least level asked of partners in what a firm looks for: the most lenient floor stated (0: none). */
export function jlptAsked(seeks: string[]): number {
  let asked = 0;
  for (const text of seeks)
    for (const m of text.matchAll(LEVEL)) {
      const level = Number(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (RANGE_AFTER.test(text.slice(end, end + 12))) continue;
      if (FLOOR_AFTER.test(text.slice(end, end + 14)) || FLOOR_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
        asked = Math.max(asked, level);
    }
  return asked;
}

/** The best level a firm's own statements give its people (0: none said). A range ("N4 → N2") counts by its best end. */
export function jlptHeld(texts: string[]): number {
  let best = 0;
  for (const text of texts)
    for (const m of text.matchAll(LEVEL)) {
      const level = Number(m[1]);
      if (best === 0 || level < best) best = level;
    }
  return best;
}

/** The best level a firm's people hold: its JLPT columns' N1 and N2 holders, or what its text states (0: unknown). */
export function jlptBest(stated: number, n1: number | null | undefined, n2: number | null | undefined): number {
  const columns = (n1 ?? 0) > 0 ? 1 : (n2 ?? 0) > 0 ? 2 : 0;
  return columns && stated ? Math.min(columns, stated) : columns || stated;
}

// Bridge engineers. A level asked of them ("ブリッジSEは日本語能力試験N2以上であること", "BrSE N2 trở lên") asks for
// bridge engineers too: a partner that says it has none ("hiện chưa có BrSE") fails it, whatever its other people
// speak (comtors translate; they do not write the specifications). Its bridge_engineers column cannot say so: the
// profile form stores 0 for a count left empty. The kernel carries the two as one number: the level in the low
// bits, BRIDGE_FLAG above them.

/** Set on a level asked when it is asked of bridge engineers, and on a level held when the firm has none. */
export const BRIDGE_FLAG = 8;
/** Set on what is asked when Japanese is asked of everyone on the team, and on what is held when only some speak it. */
export const EVERYONE_FLAG = 16;
/** The JLPT level (1..5, 0 for none) in a number that may carry BRIDGE_FLAG or EVERYONE_FLAG. */
export const levelOf = (n: number): number => n & 7;
/**
 * A level asked, with BRIDGE_FLAG when it was asked of bridge engineers and EVERYONE_FLAG when of every member (no
 * level asked: nothing carries either).
 */
export const jlptAsk = (level: number, bridge: boolean, everyone = false): number =>
  level ? level | (bridge ? BRIDGE_FLAG : 0) | (everyone ? EVERYONE_FLAG : 0) : 0;

/** Bridge engineers named as such: not a comtor, not an interpreter. */
export const BRIDGE_ENGINEER =
  /ブリッジ\s*(?:SE|エンジニア)|\bBr\.?SEs?\b|\bbridge (?:SEs?|engineers?|system engineers?)\b|kỹ sư cầu nối|ky su cau noi/iu;

const DEMAND =
  /必須|必要(?!な)|であること|いること|配置(?:できる|して|可能)|条件|\bmust\b|\brequired?\b|\bmandatory\b|bắt buộc|bat buoc|phải có|phai co|cần có|can co|yêu cầu|yeu cau/iu;

/** Whether a statement of what a firm looks for asks for bridge engineers (with a level or a word of demand). */
export function bridgeAsked(sentence: string): boolean {
  const m = BRIDGE_ENGINEER.exec(sentence);
  if (!m) return false;
  if (bridgeAllowed(sentence, m.index, m.index + m[0].length)) return false;
  // A wish is not a condition ("N2以上のBrSEがいれば尚可", "BrSE preferred", "ưu tiên có BrSE").
  if (WISH.test(sentence)) return false;
  return jlptAsked([sentence]) > 0 || DEMAND.test(sentence);
}
/**
 * Bridge engineers named at start..end as one way allowed, not asked: "日本語でやり取りできることが条件です（ブリッジSE
 * 経由でも可）", "BrSE OK", "Japanese, or through a BrSE".
 */
export function bridgeAllowed(sentence: string, start: number, end: number): boolean {
  return (
    BRIDGE_ALLOWED_AFTER.test(sentence.slice(end, end + 12)) ||
    BRIDGE_ALLOWED_BEFORE.test(sentence.slice(Math.max(0, start - 14), start))
  );
}
/** A wish, not a condition, anywhere in a statement ("ưu tiên đối tác có ISO 27001", "a plus", 望ましい). */
export const WISH =
  /prefer|ideally|a plus|advantage|nice to have|welcome|ưu tiên|uu tien|lợi thế|loi the|尚可|歓迎|望ましい|優遇|あれば/iu;
const BRIDGE_ALLOWED_AFTER =
  /^\s*(?:経由|を介して|を通じて|通訳|でも|も可|\s*可(?!能)|\s*ok\b|\s*is (?:fine|ok)|cũng được|cung duoc)/iu;
const BRIDGE_ALLOWED_BEFORE =
  /(?:\bor|\bvia|\bthrough|hoặc|hoac|qua|thông qua|thong qua|または|か)\s*(?:a |an |the )?$/iu;

const NO_BRIDGE =
  /(?:chưa|không|chua|khong)\s+có\s+(?:đội\s+)?(?:BrSE|kỹ sư cầu nối)|(?:chua|khong)\s+co\s+(?:doi\s+)?(?:BrSE|ky su cau noi)|\bno (?:in-house )?(?:BrSEs?|bridge (?:SEs?|engineers?))\b|\b(?:do not|don't) have (?:a |any )?(?:BrSEs?|bridge (?:SEs?|engineers?))\b|ブリッジ\s*SE(?:は|が)(?:おりません|いません|いない|在籍して(?:い|おり)?ません)/iu;

/** Whether a firm says it has no bridge engineers ("hiện chưa có BrSE", "no BrSE", ブリッジSEはいません). */
export function noBridgeStated(texts: string[]): boolean {
  return texts.some((t) => NO_BRIDGE.test(t));
}

// Japanese of everyone. A client may ask it of the whole team ("メンバー全員JLPT N3以上", "all team members must speak
// Japanese", "tất cả thành viên phải nói tiếng Nhật"), not only of a bridge engineer; a firm whose Japanese goes
// through its bridge engineers or interpreters ("Communication in Japanese is handled by our bridge SEs; developers
// work in English or Vietnamese") fails it, whatever level those few hold.

/**
 * "cả đội", "toàn bộ team" (the words for whole given): the whole team, not "tất cả đối tác" (all partners), nor the
 * end of another word ("North America team").
 */
const wholeTeamVi = (whole: string) =>
  String.raw`(?<!(?:tat|tất) )(?<![\p{L}\p{M}])(?:${whole}) (?:team|đội|doi)(?! (?:tac|tác))`;
const EVERYONE = new RegExp(
  String.raw`全員|全メンバー|全エンジニア|すべてのメンバー|全てのメンバー|すべてのエンジニア|全てのエンジニア|メンバー全て|\b(?:every|each) (?:team )?(?:member|engineer|developer|operator)s?\b|\beveryone on the team\b|\ball (?:of )?(?:the |your |our |assigned )?(?:team )?(?:members|engineers|developers|operators|staff)\b|\bthe (?:whole|entire) team\b|(?:tất cả|toàn bộ|tat ca|toan bo|mọi|moi) (?:các )?(?:thành viên|kỹ sư|nhân sự|lập trình viên|developer|dev|thanh vien|ky su|nhan su|lap trinh vien)|${wholeTeamVi("cả|ca|toàn bộ|toan bo")}|100%\s*(?:thành viên|kỹ sư|thanh vien|ky su|members|engineers)`,
  "iu",
);
/** The same, for every mention in a statement. */
const EVERYONE_ALL = new RegExp(EVERYONE.source, "giu");
const JAPANESE = /日本語|\bjapanese\b|tiếng nhật|tieng nhat|\bjlpt\b|\bn[1-5]\b/iu;

/**
 * Operators, agents, a NOC or a help desk: a team apart from the developers, which a firm may staff with Japanese
 * speakers only while its developers work in English ("日本語NOCチーム30名（全員JLPT N2以上）").
 */
const OPERATORS =
  /(?<!開発)担当者|オペレーター|オペレータ|\b(?:operators?|(?<!ai )agents?|noc|help ?desk|call cent(?:er|re)s?)\b|ヘルプデスク|コールセンター|tổng đài|tong dai|nhân viên vận hành|nhan vien van hanh/iu;
/**
 * Japanese said of everyone in a team of developers, not of operators: the words for everyone and for Japanese
 * close together ("メンバー全員がAWS認定資格を保有", beside "BrSEは日本語N2以上", asks AWS of everyone, not Japanese).
 */
const ofEveryone = (s: string): boolean => {
  if (OPERATORS.test(s)) return false;
  for (const m of s.matchAll(EVERYONE_ALL)) {
    const near = s.slice(Math.max(0, m.index - 6), m.index + m[0].length + 20);
    if (JAPANESE.test(near)) return true;
  }
  return false;
};

/** Whether a statement of what a firm looks for asks Japanese of every member of a partner's team. */
export function everyoneAsked(sentence: string): boolean {
  return ofEveryone(sentence) && !WISH.test(sentence);
}

const SOME_ONLY = [
  // "Communication in Japanese is handled by our bridge SEs", 日本語対応はブリッジSEが担当, "giao tiếp tiếng Nhật qua BrSE"
  /\bjapanese\b[^.;。\n]{0,40}\b(?:handled|done|covered|managed)\b[^.;。\n]{0,12}\b(?:by|through|via)\b[^.;。\n]{0,12}(?:bridge|brse|comtor|interpreter|communicator|translator)/iu,
  /(?:developers|engineers|programmers|devs|the (?:dev|development) team)\b[^.;。\n]{0,20}\b(?:work|communicate|speak)\b[^.;。\n]{0,6}\bin (?:english|vietnamese)(?:\s+(?:or|and|\/)\s+(?:english|vietnamese))?\b(?![^.;。\n]{0,40}\b(?:in|and|or) japanese\b)/iu,
  /(?:developers|engineers|programmers|devs)\b[^.;。\n]{0,20}(?:do not|don't|does not|cannot|can't) (?:speak|use|work in) japanese/iu,
  /日本語[^。、\n]{0,12}(?:は|を)[^。\n]{0,6}(?:ブリッジ\s*SE|BrSE|通訳|コミュニケーター)(?:のみ|だけ|が担当|が対応|経由|を通じて)/iu,
  /(?:開発者|開発メンバー|エンジニア)(?:は|の多く)[^。\n]{0,10}日本語(?:は|を)?(?:話せません|できません|不可|使いません)/iu,
  /(?:chỉ|chi) (?:có )?(?:BrSE|comtor|phiên dịch|phien dich|kỹ sư cầu nối|ky su cau noi)[^.;\n]{0,25}(?:tiếng nhật|tieng nhat)/iu,
  /(?:tiếng nhật|tieng nhat)[^.;\n]{0,30}(?:qua|thông qua|thong qua) (?:đội )?(?:BrSE|comtor|phiên dịch|phien dich)/iu,
  /(?:lập trình viên|lap trinh vien|kỹ sư|ky su|developer|dev)[^.;\n]{0,20}(?:không|khong) (?:nói|noi|biết|biet|dùng|dung) (?:tiếng nhật|tieng nhat)/iu,
];
const DEMANDED =
  /\b(?:must|should|required?|seek|seeking|looking for|(?:we|partners?|vendors?) need)\b|必須|必要|であること|探して|募集|phải|phai|bắt buộc|bat buoc|yêu cầu|yeu cau|(?:tìm|tim) (?:kiếm|kiem)?/iu;
/** …and a statement that says the developers speak Japanese too ("開発メンバーもN3以上", "không chỉ BrSE, cả đội dev"). */
const TOO = new RegExp(
  String.raw`(?:メンバー|開発者|エンジニア)[^。、]{0,6}も[^。、]{0,10}(?:日本語|N[1-5])|\b(?:also|too|as well)\b[^.;。\n]{0,25}(?:japanese|jlpt|\bn[1-5]\b)|(?:japanese|jlpt|\bn[1-5]\b)[^.;。\n]{0,25}\b(?:also|too|as well)\b|(?:không chỉ|khong chi)|${wholeTeamVi("cả|ca")}|(?:đều|deu|cũng|cung) (?:nói|noi|biết|biet|có|co)`,
  "iu",
);

/**
 * Whether a firm says only some of its people work in Japanese (through bridge engineers or interpreters), and
 * names no team of developers of its own where everyone does.
 */
export function someOnlyStated(texts: string[]): boolean {
  const statements = texts.flatMap((t) => t.split(/\n|(?<=[.。;；])/u));
  return (
    statements.some((s) => !DEMANDED.test(s) && !TOO.test(s) && SOME_ONLY.some((re) => re.test(s))) &&
    !statements.some((s) => !DEMANDED.test(s) && ofEveryone(s))
  );
}
