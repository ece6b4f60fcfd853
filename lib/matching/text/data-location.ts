// Where data must stay and where a firm keeps it. Hospitals, banks and towns ask that data stay in their country
// ("患者データは国内のサーバーに置くこと", "Dữ liệu khách hàng phải lưu trữ tại Việt Nam"); a vendor says where its
// service keeps data ("Dữ liệu lưu trên máy chủ của chúng tôi tại Việt Nam", "AWS東京リージョンで提供", "hosted on AWS
// Singapore") or that it installs on the client's own servers ("on-premise"). A clinic in Japan and a booking
// service hosted in Vietnam break on it however well the rest fits; a vendor that says nothing is not judged.

/** A country named for data: one of the places (places.ts), or the firm's own country ("国内", "trong nước"). */
export type DataPlace = "HOME" | "JP" | "VN" | "SG" | "TH" | "MY" | "ONPREM";

const PLACE_WORDS: [DataPlace, RegExp][] = [
  ["JP", /日本(?!語)|東京|大阪|\bjapan\b|\btokyo\b|\bosaka\b|nhật bản|nhat ban/iu],
  [
    "VN",
    /việt nam|viet nam|vietnam|lãnh thổ|viettel|vnpt|fpt (?:idc|cloud)|cmc cloud|tp\.?\s?hcm|\bhcmc\b|hồ chí minh|ho chi minh|hà nội|ha noi|\bhanoi\b|đà nẵng|da nang|bình dương|ベトナム|ホーチミン|ハノイ|ダナン/iu,
  ],
  ["SG", /singapore|シンガポール|ap-southeast-1/iu],
  ["TH", /thailand|bangkok|タイ国内/iu],
  ["MY", /malaysia|マレーシア/iu],
];
const HOME_WORDS = /国内|trong nước|trong nuoc|in[- ]country|domestic|onshore/iu;

/**
 * Data asked to stay in a place: the sentence asks it of a partner's work or service. `home`: with no place named,
 * the firm's own country ("国外持ち出し不可", "ra nước ngoài"); otherwise a place must be named.
 */
const MUST_STAY: { pattern: RegExp; home: boolean }[] = [
  {
    pattern:
      /(?:データ|情報|サーバ|ログ)[^。]{0,24}?(?:国内|日本国内|国内リージョン|国内データセンター)[^。]{0,16}?(?:保管|置く|置いて|管理|処理|限|を利用|を使用|で行う)/u,
    home: true,
  },
  { pattern: /(?:国外|海外)[^。]{0,6}?(?:への)?(?:持ち出|に出せ|に出さ|に出す|へ出さ|へのデータ)/u, home: true },
  {
    pattern:
      /(?:dữ liệu|du lieu|máy chủ|may chu|hạ tầng|ha tang|cloud)[^.;。]{0,40}?(?:lưu trữ|luu tru|lưu|đặt|dat|nằm)[^.;。]{0,24}?(?:tại|ở|trong)\s/iu,
    home: false,
  },
  {
    pattern:
      /(?:không|khong)\s+(?:chuyển|chuyen|đưa|dua)\s+dữ liệu[^.;]{0,40}?ra nước ngoài|dữ liệu[^.;]{0,20}?(?:không|khong)[^.;]{0,10}?ra nước ngoài/iu,
    home: true,
  },
  {
    pattern:
      /\bdata\b[^.;]{0,40}?\b(?:stay|stays|remain|remains|be kept|kept|be stored|stored|be hosted|hosted|reside|resides|be processed|processed only|be handled)\b[^.;]{0,16}?\b(?:in|within|inside)\b/iu,
    home: false,
  },
  { pattern: /\bno\b[^.;]{0,30}?\bdata\b[^.;]{0,10}?\b(?:leaves|leave|outside)\b/iu, home: false },
  { pattern: /\bdata residency\b/iu, home: false },
];

/** Where a firm says its service keeps data. */
const HOSTED = [
  /(?:hosted|hosting|host)\b[^.;]{0,30}?\b(?:in|on|at)\b/iu,
  /\bdata (?:centres?|centers?)\b|\bcloud region\b|\bregion\b/iu,
  /(?:dữ liệu|du lieu)[^.;]{0,20}?(?:lưu|luu|đặt|dat)[^.;]{0,40}?(?:tại|ở|trên)/iu,
  /máy chủ[^.;]{0,30}?(?:tại|ở|đặt)|trung tâm dữ liệu|cloud (?:nội địa|đặt tại)/iu,
  /リージョンで|データセンター|データ(?:は|を)[^。]{0,12}?(?:国内|日本)[^。]{0,6}?(?:保管|管理)/u,
];
/**
 * Where the firm's people work on the data ("Dữ liệu bệnh nhân thật chỉ được xử lý tại văn phòng Tokyo",
 * "ホーチミン市のBPOセンターで処理します", "a verification team inside our Tokyo office for data that cannot leave
 * Japan"): the data is there as much as on a server.
 */
const WORKED = [
  /(?:dữ liệu|du lieu)[^.;]{0,40}?(?:xử lý|xu ly|nhập|nhap)[^.;]{0,12}?(?:tại|tai|ở)\s/iu,
  /(?:センター|オフィス|拠点|事務所|本社)[^。]{0,16}?(?:で|にて)(?:処理|作業|入力|検証|確認)/u,
  /\bdata\b[^.;]{0,40}?\b(?:processed|handled|verified|keyed)\b[^.;]{0,12}?\b(?:in|inside|at)\b/iu,
  /\b(?:team|staff|operators?)\b[^.;]{0,12}?\b(?:in|inside|at)\b[^.;]{0,30}?\boffice\b[^.;]{0,10}?\bfor data\b/iu,
];
/** A data centre the firm itself runs: operated, owned, or graded (Tier III) as its own. */
const OWN_DATA_CENTRE =
  /(?:データセンター|data (?:centres?|centers?)|trung tâm dữ liệu|trung tam du lieu)[^。.;]{0,12}?(?:を|の)?(?:運営|所有|operated|owned)|\b(?:we |)(?:operate|operates|run|runs|own|owns)\b[^.;]{0,30}?\bdata (?:centres?|centers?)|(?:vận hành|van hanh|sở hữu|so huu)[^.;]{0,30}?(?:trung tâm dữ liệu|trung tam du lieu)|tier[\s-]?(?:iii|iv|3|4)(?:相当)?(?:の)?\s*(?:データセンター|data cent|trung tâm dữ liệu)/iu;
/** On the client's own servers, or a cloud it chooses: data stays wherever the client is. */
const ON_PREMISE =
  /on[- ]?premises?|オンプレ|tại chỗ|tai cho|máy chủ của (?:khách hàng|ngân hàng|bệnh viện)|trung tâm dữ liệu của (?:ngân hàng|khách hàng|bệnh viện|tỉnh)|never leaves the (?:bank|hospital|client)|private cloud|閉域/iu;

/** The places named from `at` to the end of its clause ("…chỉ lưu tại AWS Tokyo; đội ở Việt Nam…": Tokyo). */
function placesIn(text: string, at = 0): DataPlace[] {
  const clause = text.slice(at).split(/[;；。]/u)[0]!;
  const out = PLACE_WORDS.filter(([, words]) => words.test(clause)).map(([place]) => place);
  if (!out.length && HOME_WORDS.test(clause)) out.push("HOME");
  return out;
}

/**
 * A system asked to run on the firm's own servers ("Hệ thống phải triển khai on-premise tại trung tâm dữ liệu của
 * công ty", オンプレミス必須, "must be deployed on-premise"): a cloud-only service does not do.
 */
const ON_PREMISE_ASKED =
  /(?:phải|phai|bắt buộc|bat buoc|chỉ|chi)\s[^.;。]{0,40}?(?:on[- ]?premises?|triển khai tại chỗ|trien khai tai cho)|(?:on[- ]?premises?)[^.;。]{0,20}?(?:bắt buộc|bat buoc|là bắt buộc)|オンプレ(?:ミス)?[^。]{0,20}?(?:必須|に限|が条件|のみ|であること|できること)|\bon[- ]?prem(?:ise|ises)?\b[^.;]{0,30}?\b(?:required|only|mandatory|a must)\b|\b(?:must|has to|have to|needs? to)\b[^.;]{0,40}?\bon[- ]?prem(?:ise|ises)?\b/iu;

/** Whether a seek sentence asks for a system on the firm's own servers. */
export function onPremiseAsked(sentence: string): boolean {
  return ON_PREMISE_ASKED.test(sentence);
}

/** The place a seek sentence asks data to stay in, or null. */
export function dataKeptIn(sentence: string): DataPlace | null {
  for (const { pattern, home } of MUST_STAY) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const place = placesIn(sentence, m.index)[0] ?? placesIn(sentence)[0];
    if (place) return place;
    // "…ra nước ngoài", "国外持ち出し不可": no place named is the firm's own country.
    if (home) return "HOME";
  }
  return null;
}

/**
 * The other places a seek sentence lets data stay in, named as alternatives to the first ("on servers in Vietnam or
 * Japan", "tại Việt Nam hoặc Nhật Bản", 日本またはベトナム): any of them will do.
 */
export function dataKeptAlso(sentence: string): DataPlace[] {
  const first = dataKeptIn(sentence);
  if (!first || first === "HOME") return [];
  // Two place words with only "or" between them ("Vietnam or Japan", "Việt Nam hoặc Nhật Bản", 日本またはベトナム),
  // not after a denial ("in Japan, not in Vietnam or Singapore").
  const places = new RegExp(PLACE_WORDS.map(([, w]) => w.source).join("|"), "giu");
  const found = [...sentence.matchAll(places)];
  const out: DataPlace[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const [x, y] = [found[i]!, found[i + 1]!];
    if (
      !/^\s*(?:,\s*)?(?:or|hoặc|hoac|hay|または|もしくは|か|\/)\s*$/iu.test(
        sentence.slice(x.index + x[0].length, y.index),
      )
    )
      continue;
    if (
      /\b(?:not|except|other than)\b|(?:không|khong|ngoài|ngoai)\s*$|以外/iu.test(
        sentence.slice(Math.max(0, x.index - 12), x.index),
      )
    )
      continue;
    for (const m of [x, y]) {
      const p = PLACE_WORDS.find(([, w]) => w.test(m[0]))?.[0];
      if (p && p !== first && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** Where an offer sentence says the firm keeps data, and whether it installs on the client's servers. */
export function dataHostedIn(sentence: string): { places: DataPlace[]; onPremise: boolean } {
  const at = ON_PREMISE.exec(sentence);
  // "no on-premise version", "không có bản on-premise", オンプレミス版はありません: said and denied.
  const onPremise =
    at !== null &&
    !/(?:\bno|\bnot|without|không có|khong co|không|khong|chưa|chua)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      sentence.slice(Math.max(0, at.index - 20), at.index),
    ) &&
    !/^[^。.;]{0,12}?(?:不可|なし|非対応|ありません|できません)/u.test(sentence.slice(at.index + at[0].length));
  for (const pattern of WORKED) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const after = placesIn(sentence, m.index);
    const places = after.length ? after : placesIn(sentence);
    if (places.length) return { places, onPremise };
  }
  for (const pattern of HOSTED) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const places = placesIn(sentence, m.index);
    // A data centre the firm runs, no country named ("石狩のTier III相当データセンター（…プライベートクラウド）",
    // "We operate two Tier III data centres"): the data is in its own country, its private cloud too.
    if (!places.length && OWN_DATA_CENTRE.test(sentence)) return { places: ["HOME"], onPremise: false };
    return { places, onPremise };
  }
  return { places: [], onPremise };
}
