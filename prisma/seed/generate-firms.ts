// Believable Vietnamese and Japanese IT firms, generated from a seeded random source so that every run with
// the same seed and count gives the same registry. Pure: no database.
import seedrandom from "seedrandom";
import { SECTORS, type SectorSeed } from "./reference-data";
import { personName } from "./people";
import { searchNameOf, searchTextOf } from "../../lib/firms/search-text";
import { normalizedFirmName } from "../../lib/firms/csv/firm-identity";

export type Country = "VN" | "JP";
export type EmployeeBand = "B1_49" | "B50_249" | "B250_999" | "B1000_PLUS";
export type FirmStatus = "PENDING" | "APPROVED" | "REJECTED";

export type Market = "JAPAN" | "VIETNAM" | "ASEAN" | "US" | "EU" | "EAST_ASIA" | "OCEANIA";
export type CertificationKind = "ISO27001" | "ISO9001" | "ISO14001" | "CMMI" | "PRIVACY_MARK";

export type GeneratedFirm = {
  id: string;
  country: Country;
  nameLocal: string;
  nameEn: string;
  nameJa: string | null;
  yearFounded: number;
  searchName: string;
  searchText: string;
  japaneseSpeakers: number;
  bridgeEngineers: number;
  jlptN1: number;
  jlptN2: number;
  englishSpeakers: number;
  city: string;
  employeeBand: EmployeeBand;
  website: string;
  status: FirmStatus;
  descriptionEn: string | null;
  descriptionJa: string | null;
  descriptionVi: string | null;
  sectorCodes: string[];
  offers: { code: string; note: string }[];
  seeks: { code: string; note: string }[];
  markets: Market[];
  certifications: { kind: CertificationKind; level: number | null }[];
  requiredCertifications: CertificationKind[];
  tags: string[];
  contact: { name: string; title: string; email: string; phone: string };
  /** What kind of firm it is and whom it wants to meet (the matching reads both). */
  firmType: "VENDOR" | "BUYER";
  intents: ("CLIENTS" | "SUBCONTRACTORS" | "CONSORTIUM")[];
};

const TAGS: Record<string, string[]> = {
  automotive: ["AUTOSAR", "ADAS", "車載"],
  finance: ["FinTech", "payments", "eKYC"],
  healthcare: ["HL7 FHIR", "telemedicine", "DICOM"],
  retail: ["omnichannel", "POS", "Shopify"],
  logistics: ["WMS", "TMS", "last mile"],
  semiconductors: ["RTL", "UVM", "FPGA"],
  ai: ["LLM", "OCR", "生成AI"],
  "smart-manufacturing": ["IoT", "MES", "digital twin"],
  "green-tech": ["solar", "EV charging", "circular economy"],
  "energy-optimization": ["BEMS", "demand response", "省エネ"],
  "carbon-measurement": ["Scope 3", "GHG Protocol", "LCA"],
};

type City = { en: string; ja: string; vi: string };
const VN_CITIES: City[] = [
  { en: "Hanoi", ja: "ハノイ", vi: "Hà Nội" },
  { en: "Ho Chi Minh City", ja: "ホーチミン", vi: "TP. Hồ Chí Minh" },
  { en: "Da Nang", ja: "ダナン", vi: "Đà Nẵng" },
  { en: "Hue", ja: "フエ", vi: "Huế" },
  { en: "Hai Phong", ja: "ハイフォン", vi: "Hải Phòng" },
  { en: "Can Tho", ja: "カントー", vi: "Cần Thơ" },
];
const JP_CITIES: City[] = [
  { en: "Tokyo", ja: "東京", vi: "Tokyo" },
  { en: "Osaka", ja: "大阪", vi: "Osaka" },
  { en: "Nagoya", ja: "名古屋", vi: "Nagoya" },
  { en: "Fukuoka", ja: "福岡", vi: "Fukuoka" },
  { en: "Yokohama", ja: "横浜", vi: "Yokohama" },
  { en: "Kyoto", ja: "京都", vi: "Kyoto" },
  { en: "Sendai", ja: "仙台", vi: "Sendai" },
  { en: "Sapporo", ja: "札幌", vi: "Sapporo" },
];

const VN_PREFIXES = [
  "Sao Việt",
  "Hồng Hà",
  "Sông Hàn",
  "Lạc Hồng",
  "Trường Sơn",
  "Phương Nam",
  "Thăng Long",
  "Hải Đăng",
  "Minh Phát",
  "An Phát",
  "Đông Á",
  "Cửu Long",
  "Tây Hồ",
  "Bình Minh",
  "Rạng Đông",
  "Việt Tiến",
  "Kim Long",
  "Ánh Dương",
  "Bạch Đằng",
  "Ngọc Lan",
  "Sen Vàng",
  "Tràng An",
  "Hương Giang",
  "Thiên Long",
  "Đại Nam",
  "Nam Việt",
  "Mê Kông",
  "Trúc Xanh",
  "Hòa Phong",
  "Lam Sơn",
];
const VN_KINDS: [string, string][] = [
  ["Công nghệ", "Technology"],
  ["Phần mềm", "Software"],
  ["Giải pháp Công nghệ", "Tech Solutions"],
  ["Hệ thống Thông tin", "Information Systems"],
  ["Chuyển đổi số", "Digital"],
  ["Dữ liệu", "Data"],
  ["Dịch vụ CNTT", "IT Services"],
];
const VN_LEGAL: [string, string][] = [
  ["Công ty Cổ phần", "JSC"],
  ["Công ty TNHH", "Co., Ltd."],
];

const JP_PREFIXES: [string, string][] = [
  ["桜", "Sakura"],
  ["青葉", "Aoba"],
  ["大和", "Yamato"],
  ["光", "Hikari"],
  ["北斗", "Hokuto"],
  ["葵", "Aoi"],
  ["若葉", "Wakaba"],
  ["星野", "Hoshino"],
  ["緑川", "Midorikawa"],
  ["白鷺", "Shirasagi"],
  ["匠", "Takumi"],
  ["風花", "Kazahana"],
  ["漣", "Sazanami"],
  ["燕", "Tsubame"],
  ["煌", "Kirameki"],
  ["日向", "Hinata"],
  ["寿", "Kotobuki"],
  ["縁", "Yukari"],
  ["暁", "Akatsuki"],
  ["泉", "Izumi"],
  ["楓", "Kaede"],
  ["東雲", "Shinonome"],
  ["銀河", "Ginga"],
  ["翠", "Midori"],
  ["朝霧", "Asagiri"],
  ["千鳥", "Chidori"],
  ["紬", "Tsumugi"],
  ["彩", "Aya"],
  ["隼", "Hayabusa"],
  ["鳴海", "Narumi"],
];
const JP_KINDS: [string, string][] = [
  ["システムズ", "Systems"],
  ["テクノロジー", "Technology"],
  ["ソリューションズ", "Solutions"],
  ["デジタル", "Digital"],
  ["情報システム", "Information Systems"],
  ["電子", "Electronics"],
  ["技研", "Giken"],
  ["ラボ", "Labs"],
];

const BANDS: [EmployeeBand, number, number][] = [
  ["B1_49", 12, 49],
  ["B50_249", 50, 249],
  ["B250_999", 250, 999],
  ["B1000_PLUS", 1000, 4800],
];

/** Latin text without diacritics, keeping case: "Sao Việt" -> "Sao Viet". */
function asciiName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/Đ/g, "D").replace(/đ/g, "d");
}

function slug(text: string): string {
  return asciiName(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * A name not used yet: the plain name if free, else with the city, else with a number. `build` makes the
 * (local, English) pair for a qualifier, so both scripts carry the same one.
 */
function uniqueNames(
  used: Set<string>,
  build: (qualifier: string | null) => [string, string],
  city: City,
): [string, string] {
  const qualifiers: (string | null)[] = [null, city.en];
  for (let n = 2; ; n++) {
    const qualifier = qualifiers.length ? qualifiers.shift()! : String(n);
    const names = build(qualifier);
    // Distinct once legal forms are set aside, as the import's duplicate check sees names.
    const key = normalizedFirmName(names[1]);
    if (!used.has(key)) {
      used.add(key);
      return names;
    }
  }
}

function describe(
  firm: {
    country: Country;
    nameEn: string;
    nameLocal: string;
    city: City;
    employees: number;
    sectors: SectorSeed[];
    speakers: number;
  },
  random: Random,
) {
  const [main, second] = firm.sectors;
  const alsoEn = second ? ` We also ${second.doesEn}.` : "";
  const alsoJa = second ? `また、${second.doesJa}。` : "";
  const alsoVi = second ? ` Chúng tôi cũng ${second.doesVi}.` : "";
  const vn = firm.country === "VN";
  const extraEn = vn
    ? ` Our bridge engineers and ${firm.speakers} Japanese-speaking staff (JLPT N2 or above) work directly with clients in Japan.`
    : " We are looking for offshore development partners in Vietnam to grow our delivery capacity.";
  const extraJa = vn
    ? `ブリッジSEと日本語人材${firm.speakers}名（JLPT N2以上）が日本のお客様と直接やり取りします。`
    : "開発体制を拡大するため、ベトナムのオフショア開発パートナーを探しています。";
  const extraVi = vn
    ? ` Đội ngũ kỹ sư cầu nối và ${firm.speakers} nhân sự nói tiếng Nhật (JLPT N2 trở lên) làm việc trực tiếp với khách hàng Nhật Bản.`
    : " Chúng tôi đang tìm đối tác phát triển offshore tại Việt Nam để mở rộng năng lực triển khai.";
  const en = `${firm.nameEn} is based in ${firm.city.en} and has about ${firm.employees} employees. We ${main!.doesEn}.${alsoEn}${extraEn}`;
  const ja = `${vn ? firm.nameEn : firm.nameLocal}は${firm.city.ja}に拠点を置く、従業員約${firm.employees}名の企業です。${main!.doesJa}。${alsoJa}${extraJa}`;
  const vi = `${vn ? firm.nameLocal : firm.nameEn} có trụ sở tại ${firm.city.vi}, với khoảng ${firm.employees} nhân viên. Chúng tôi ${main!.doesVi}.${alsoVi}${extraVi}`;
  // Most firms write all three; some only English and their own language; a few only their own language.
  const roll = random();
  const own = vn ? "vi" : "ja";
  const languages = roll < 0.8 ? ["en", "ja", "vi"] : roll < 0.92 ? ["en", own] : [own];
  return {
    descriptionEn: languages.includes("en") ? en : null,
    descriptionJa: languages.includes("ja") ? ja : null,
    descriptionVi: languages.includes("vi") ? vi : null,
  };
}

/**
 * `count` firms, a little more Vietnamese than Japanese (as at the real events). Status: about 88% approved,
 * 8% pending review, 4% rejected.
 */
export function generateFirms(count: number, seed = "kakehashi"): GeneratedFirm[] {
  const random = seedrandom(seed);
  const usedNames = new Set<string>();
  const firms: GeneratedFirm[] = [];
  for (let i = 0; i < count; i++) {
    // 55% Vietnamese, interleaved so that any prefix of the list has the same mix.
    const country: Country = Math.floor((i + 1) * 0.55) > Math.floor(i * 0.55) ? "VN" : "JP";
    const isVn = country === "VN";
    const city = pick(random, isVn ? VN_CITIES : JP_CITIES);
    let nameLocal: string;
    let nameEn: string;
    if (isVn) {
      const prefix = pick(random, VN_PREFIXES);
      const [kindVi, kindEn] = pick(random, VN_KINDS);
      const [legalVi, legalEn] = pick(random, VN_LEGAL);
      [nameLocal, nameEn] = uniqueNames(
        usedNames,
        (q) => {
          const local = q === city.en ? city.vi : q;
          return [
            `${legalVi} ${kindVi} ${prefix}${local ? ` ${local}` : ""}`,
            `${asciiName(prefix)} ${kindEn}${q ? ` ${q}` : ""} ${legalEn}`,
          ];
        },
        city,
      );
    } else {
      const [prefixJa, prefixEn] = pick(random, JP_PREFIXES);
      const [kindJa, kindEn] = pick(random, JP_KINDS);
      [nameLocal, nameEn] = uniqueNames(
        usedNames,
        (q) => {
          const local = q === city.en ? city.ja : q;
          return [
            `株式会社${prefixJa}${kindJa}${local ? `（${local}）` : ""}`,
            `${prefixEn} ${kindEn}${q ? ` ${q}` : ""} Co., Ltd.`,
          ];
        },
        city,
      );
    }
    const [band, minEmployees, maxEmployees] = pick(random, BANDS);
    const employees = int(random, minEmployees, maxEmployees);
    const sectorCount = random() < 0.5 ? 1 : random() < 0.8 ? 2 : 3;
    const sectors: SectorSeed[] = [];
    while (sectors.length < sectorCount) {
      const s = pick(random, SECTORS);
      if (!sectors.includes(s)) sectors.push(s);
    }
    const speakers = int(random, 2, Math.max(3, Math.floor(employees / 8)));
    const statusRoll = random();
    const status: FirmStatus = statusRoll < 0.88 ? "APPROVED" : statusRoll < 0.96 ? "PENDING" : "REJECTED";
    const domain = `${slug(nameEn.replace(/ Co\., Ltd\.$/, ""))}.${isVn ? "vn" : "jp"}`;
    const sectorCaps = [...new Set(sectors.flatMap((x) => x.capabilities))];
    const shuffled = sectorCaps
      .map((c) => [random(), c] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, c]) => c);
    const bridgeEngineers = isVn ? Math.max(1, Math.floor(speakers / 3)) : 0;
    const jlptN1 = isVn ? Math.floor(speakers / 4) : 0;
    // Vietnamese firms offer delivery (their sectors' capabilities, an offshore centre, bridge engineers) and seek
    // Japanese clients' domain know-how; Japanese firms offer their domain and seek delivery capacity.
    const offers = isVn
      ? [
          ...shuffled
            .slice(0, 2)
            .map((code) => ({ code, note: `${int(random, 5, Math.max(6, Math.floor(employees / 4)))} engineers` })),
          { code: "offshore-dev", note: "Dedicated offshore team (ODC), Japanese-speaking leads" },
          ...(bridgeEngineers >= 3
            ? [{ code: "bridge-services", note: `${bridgeEngineers} bridge engineers (BrSE)` }]
            : []),
        ]
      : [{ code: shuffled[0]!, note: "Domain expertise and clients in Japan" }];
    const seeks = isVn
      ? [
          {
            code: pick(random, ["ux-design", "security", "erp", "cloud-migration"]),
            note: "Partner for joint projects in Japan",
          },
        ]
      : [
          ...shuffled.slice(1, 3).map((code) => ({ code, note: "Offshore team for a 12-month project" })),
          { code: "offshore-dev", note: `Team of ${int(random, 5, 40)} engineers in Vietnam` },
        ];
    const extraMarkets: Market[] = (["ASEAN", "US", "EU", "EAST_ASIA", "OCEANIA"] as const).filter(
      () => random() < 0.3,
    );
    const markets: Market[] = [
      ...new Set<Market>([isVn ? "JAPAN" : "VIETNAM", ...(isVn ? [] : (["JAPAN"] as const)), ...extraMarkets]),
    ];
    const certifications: { kind: CertificationKind; level: number | null }[] = [];
    if (random() < (isVn ? 0.6 : 0.5)) certifications.push({ kind: "ISO27001", level: null });
    if (random() < (isVn ? 0.5 : 0.3)) certifications.push({ kind: "ISO9001", level: null });
    if (isVn && random() < 0.25) certifications.push({ kind: "CMMI", level: random() < 0.6 ? 3 : 5 });
    if (!isVn && random() < 0.6) certifications.push({ kind: "PRIVACY_MARK", level: null });
    if (random() < 0.1) certifications.push({ kind: "ISO14001", level: null });
    // Japanese clients handing over their data often require ISO/IEC 27001 of the partner.
    const requiredCertifications: CertificationKind[] = !isVn && random() < 0.4 ? ["ISO27001"] : [];
    const tags = [...new Set(sectors.flatMap((x) => TAGS[x.code] ?? []).filter(() => random() < 0.5))].slice(0, 3);
    const description = describe({ country, nameEn, nameLocal, city, employees, sectors, speakers }, random);
    const nameJa = isVn ? null : nameLocal;
    const contactName = personName(country, random);
    firms.push({
      id: `seed-firm-${String(i + 1).padStart(5, "0")}`,
      country,
      nameLocal,
      nameEn,
      nameJa,
      yearFounded: isVn ? int(random, 1996, 2022) : int(random, 1965, 2020),
      searchName: searchNameOf({ nameLocal, nameEn, nameJa }),
      searchText: searchTextOf({ nameLocal, nameEn, nameJa, city: city.en, tags, ...description }),
      city: city.en,
      employeeBand: band,
      website: `https://www.${domain}`,
      status,
      japaneseSpeakers: isVn ? speakers : employees,
      bridgeEngineers,
      jlptN1,
      jlptN2: isVn ? speakers - jlptN1 : 0,
      englishSpeakers: isVn ? Math.floor(employees / 3) : Math.floor(employees / 10),
      ...description,
      sectorCodes: sectors.map((x) => x.code),
      offers,
      seeks,
      markets,
      certifications,
      requiredCertifications,
      tags,
      firmType: isVn ? "VENDOR" : "BUYER",
      // Vietnamese firms sell; a few of them look for consortium partners too. Japanese firms outsource.
      intents: isVn ? (random() < 0.2 ? ["CLIENTS", "CONSORTIUM"] : ["CLIENTS"]) : ["SUBCONTRACTORS"],
      contact: {
        name: contactName,
        title: isVn ? "Business Development Manager" : "営業部長",
        email: `partners@${domain}`,
        phone: isVn
          ? `+84 24 ${int(random, 3000, 3999)} ${int(random, 1000, 9999)}`
          : `+81 3 ${int(random, 5000, 6999)} ${int(random, 1000, 9999)}`,
      },
    });
  }
  return firms;
}
