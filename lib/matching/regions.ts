// Regions within Vietnam and Japan. "Đối tác phải có văn phòng ở TP.HCM hoặc Cần Thơ để hỗ trợ tại chỗ" asks
// for someone in the south: a Hanoi firm is in Vietnam, and still fails it. Cities are grouped into the regions a
// partner can serve from (local support, meetings, site visits), one bit each, apart from the country bits
// (places.ts) so the profile form's list of countries stays as it is.
//
// A firm's regions come from its city column and the places its text says it is in. A requirement fails only
// where the firm's regions in that country are known: a Japanese firm that names no city in Vietnam may have
// an office anywhere there.

export const REGIONS = [
  "VN-N",
  "VN-C",
  "VN-S",
  "JP-KANTO",
  "JP-KANSAI",
  "JP-CHUBU",
  "JP-KYUSHU",
  "JP-TOHOKU",
  "JP-HOKKAIDO",
  "JP-CHUGOKU",
] as const;
export type Region = (typeof REGIONS)[number];

const list = (s: string) => s.split("|").map((w) => w.trim());

/** The words that place a firm or a requirement in each region (cities, provinces, the region's own name). */
export const REGION_WORDS: Record<Region, string[]> = {
  "VN-N": list(
    "nam dinh|nam định|ninh binh|ninh bình|thai binh|thái bình|ha nam|hà nam|bac giang|bắc giang|phu tho|phú thọ|viet tri|việt trì|lao cai|lào cai|ha long|hạ long|thanh hoa|thanh hóa|hanoi|ha noi|hà nội|ハノイ|hai phong|hải phòng|ハイフォン|bac ninh|bắc ninh|バクニン|hung yen|hưng yên|フンイエン|vinh phuc|vĩnh phúc|hai duong|hải dương|thai nguyen|thái nguyên|quang ninh|quảng ninh|miền bắc|mien bac|phía bắc|phia bac|northern vietnam|north vietnam|ベトナム北部",
  ),
  "VN-C": list(
    "vinh|tp vinh|nghe an|nghệ an|ha tinh|hà tĩnh|quang binh|quảng bình|dong hoi|đồng hới|quang tri|quảng trị|quang ngai|quảng ngãi|binh dinh|bình định|phu yen|phú yên|khanh hoa|khánh hòa|cam ranh|buon ma thuot|buôn ma thuột|dak lak|đắk lắk|gia lai|pleiku|lam dong|lâm đồng|da lat|đà lạt|dalat|hoi an|hội an|da nang|đà nẵng|danang|ダナン|hue|huế|フエ|quy nhon|quy nhơn|nha trang|quang nam|quảng nam|miền trung|mien trung|central vietnam|ベトナム中部",
  ),
  "VN-S": list(
    "mekong delta|mekong|đồng bằng sông cửu long|dong bang song cuu long|đbscl|メコンデルタ|ba ria|bà rịa|tay ninh|tây ninh|binh phuoc|bình phước|dong thap|đồng tháp|tien giang|tiền giang|my tho|mỹ tho|ben tre|bến tre|vinh long|vĩnh long|an giang|long xuyen|kien giang|kiên giang|phu quoc|phú quốc|ca mau|cà mau|soc trang|sóc trăng|tra vinh|trà vinh|thu duc|thủ đức|ho chi minh|ho chi minh city|hcmc|hcm|tp hcm|tp.hcm|tphcm|hồ chí minh|tp. hồ chí minh|saigon|sài gòn|sai gon|ホーチミン|binh duong|bình dương|ビンズオン|dong nai|đồng nai|ドンナイ|long an|ロンアン|can tho|cần thơ|vung tau|vũng tàu|bien hoa|biên hòa|miền nam|mien nam|phía nam|phia nam|southern vietnam|south vietnam|ベトナム南部",
  ),
  "JP-KANTO": list(
    "ibaraki|茨城|tochigi|栃木|gunma|群馬|tsukuba|つくば|tokyo|東京|東京都|yokohama|横浜|chiba|千葉|saitama|埼玉|kanagawa|神奈川|kawasaki|川崎|首都圏|kanto|関東",
  ),
  "JP-KANSAI": list("nara|奈良|wakayama|和歌山|shiga|滋賀|osaka|大阪|kyoto|京都|kobe|神戸|hyogo|兵庫|kansai|関西|近畿"),
  "JP-CHUBU": list(
    "fukui|福井|yamanashi|山梨|nagoya|名古屋|aichi|愛知|shizuoka|静岡|hamamatsu|浜松|nagano|長野|niigata|新潟|toyama|富山|kanazawa|金沢|ishikawa|石川|hokuriku|北陸|gifu|岐阜|chubu|中部|東海",
  ),
  "JP-KYUSHU": list(
    "saga|佐賀|nagasaki|長崎|oita|大分|miyazaki|宮崎|kitakyushu|北九州|fukuoka|福岡|kumamoto|熊本|kagoshima|鹿児島|okinawa|沖縄|naha|那覇|kyushu|九州",
  ),
  "JP-TOHOKU": list(
    "aomori|青森|akita|秋田|yamagata|山形|fukushima|福島|sendai|仙台|miyagi|宮城|iwate|岩手|morioka|盛岡|tohoku|東北",
  ),
  "JP-HOKKAIDO": list("sapporo|札幌|hokkaido|北海道"),
  "JP-CHUGOKU": list(
    "yamaguchi|山口|tottori|鳥取|shimane|島根|matsue|松江|ehime|愛媛|matsuyama|松山|kagawa|香川|takamatsu|高松|tokushima|徳島|kochi|高知|hiroshima|広島|okayama|岡山|shikoku|四国|chugoku|中国地方",
  ),
};

/**
 * Regions asked all together ("ハノイとホーチミンの両方に拠点", "offices in both Hanoi and HCMC"): a mark beside
 * the regions a requirement names, so a partner must be in every one of them, not one.
 */
export const ALL_OF_REGIONS = "ALL";
const ALL_OF = 1 << 30;

export const regionBit = (r: Region | typeof ALL_OF_REGIONS): number =>
  r === ALL_OF_REGIONS ? ALL_OF : 1 << REGIONS.indexOf(r);

const inCountry = (prefix: string) => REGIONS.reduce((m, r, i) => (r.startsWith(prefix) ? m | (1 << i) : m), 0);
/** The regions of each country, as masks. */
const COUNTRIES = [inCountry("VN-"), inCountry("JP-")];

/** One pattern a region: any of its words, whole. */
const PATTERNS = REGIONS.map(
  (r) =>
    new RegExp(
      `(?:^|[^\\p{Script=Latin}\\d])(?:${REGION_WORDS[r].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:$|[^\\p{Script=Latin}\\d])`,
      "iu",
    ),
);

/** The regions a free-form place names ("Ho Chi Minh City", "Hà Nội", "東京都"), as a mask. */
export function regionsIn(text: string | null | undefined): number {
  if (!text) return 0;
  let mask = 0;
  PATTERNS.forEach((pattern, i) => {
    if (pattern.test(text)) mask |= 1 << i;
  });
  return mask;
}

/**
 * Whether a firm in regions `has` fails a requirement to be in one of `required`: it is in none of them, and in
 * each country the requirement names its regions there are known (with ALL_OF_REGIONS: it misses one of them where
 * its regions are known).
 */
export function regionFails(required: number, has: number): boolean {
  // All of them: each one missing in a country where the firm's regions are known.
  if (required & ALL_OF)
    return COUNTRIES.some((country) => (has & country) !== 0 && (has & required & country) !== (required & country));
  if (required === 0 || (has & required) !== 0) return false;
  return COUNTRIES.every((country) => (required & country) === 0 || (has & country) !== 0);
}
