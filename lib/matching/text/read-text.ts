// Reads a firm's free text into what the matching needs: capabilities offered and sought, the kinds of partner
// it wants (intents), its requirements of partners (dealbreakers), and facts a partner's requirements are
// checked against. Runs when a profile is saved or imported (and in the evaluation command), never while scoring.
//
// Each statement is cut into sentences and clauses. A clause offers or seeks by its own cue words ("looking
// for", 探しています, "đang tìm"; "we provide", 提供, "cung cấp"), else like its neighbour in the reading direction
// (the list after "we seek X," goes on seeking; a Japanese clause takes the mood of the verb that ends the
// sentence), else by where the statement was written (what-we-offer or what-we-look-for). Within a clause, the
// counterpart decides what a capability means: looking for *clients* for ODC sells ODC; looking for *vendors*
// for QA buys QA; looking for investors or distributors for "our AI-OCR platform" sells the platform; a need
// that belongs to the counterpart ("companies that need offshore development", オフショア開発を必要とする企業)
// is sold, not bought. Negation ("chưa có chứng chỉ bảo mật", オフショア開発は行っておりません) removes what it
// covers and is remembered as "does not".
import { deniedLabel, projectTermsOnly, saidWithoutRefusals, specificTerms } from "./specific-terms";
import { painsIn, theirPain } from "./pains";
import { foundedIn, minAgeIn } from "./founding";
import { moneyIn, preRevenueIn, revenueIn, stageClaimsIn, type Money, type Revenue } from "./money";
import { INTENTS, type Intent } from "../intents";
import { ALL_OF_REGIONS, REGION_WORDS, REGIONS } from "../regions";
import { namesTech, type WorkerTrade } from "../stack";
import { volumesIn, type PieceKind, type VolumeUnit } from "./volumes";
import { dataHostedIn, dataKeptAlso, dataKeptIn, onPremiseAsked, type DataPlace } from "./data-location";
import { bidRoleIn, joinsOnly, type BidRole } from "./bid-role";
import { stakeIn, type Stake } from "./stake-control";
import { exclusivityIn, type Exclusivity } from "./exclusivity";
import { experienceAsked, juniorsOnly } from "./experience";
import { readContractTerms, type ContractTerms } from "./contracts";
import {
  BRIDGE_ENGINEER,
  bridgeAllowed,
  bridgeAsked,
  everyoneAsked,
  jlptAsked,
  jlptHeld,
  noBridgeStated,
  someOnlyStated,
  WISH,
} from "./jlpt";
import {
  AT_LEAST,
  CERTIFICATIONS,
  FORM_CERTIFICATIONS,
  COUNTERPART,
  LANGUAGE_CONTEXT,
  LANGUAGES,
  NATIONALITY,
  NEGATION,
  NOT_NEGATION,
  OFFER,
  ONLY,
  ONSITE,
  PEOPLE,
  PLACES,
  POSSESSIVE,
  PURPOSE,
  PRESENCE,
  REQUIREMENT,
  WEAK_REQUIREMENT,
  ROLES,
  SCALE,
  SEEK,
  CERTIFICATION_GOAL,
  EXCLUDED_FIELDS,
  INVESTED_FIELDS,
  EXCLUSION,
  HIRING,
  HOLDING_WORDS,
  SELF_ROLE,
  THESIS,
  type Cert,
  type Cue,
  type Lang,
  type Role,
} from "./lexicon";
import { isCjk, looksUnmarkedVietnamese, PhraseIndex, prepare, type Match, type Statement } from "./statement";

export type SourceKind = "offers" | "seeks" | "description" | "tags";
export type TextSource = { kind: SourceKind; text: string };

/** One capability found in a clause, with the direction read. */
export type Mention = {
  code: string;
  direction: "offer" | "seek";
  weight: number;
  negated: boolean;
  source: SourceKind;
  phrase: string;
  /** Where the partner it is sought from must be (place codes), when the sentence says ("Japanese suppliers of"). */
  from?: string[];
  /** The statement it was read in, counted across the firm's texts: what is sought beside it (profile.ts). */
  statement?: number;
};

export type Requirements = {
  languages: Lang[];
  /** Languages of which a partner must work in one ("giao diện tiếng Anh hoặc tiếng Việt", "英語または日本語"). */
  languageChoice?: Lang[];
  /** Languages a partner may work in, said of the partners sought ("英語可", "English is fine", "tiếng Anh cũng được"). */
  languagesAllowed?: Lang[];
  /** The least JLPT level asked of a partner's Japanese speakers ("N2以上": 2; jlpt.ts). */
  jlpt?: number;
  /** Bridge engineers were asked ("ブリッジSEは…N2以上", "BrSE bắt buộc"): a partner with none fails (jlpt.ts). */
  bridge?: boolean;
  /** Japanese at a level was asked of every member of the team ("メンバー全員JLPT N3以上"; jlpt.ts). */
  everyone?: boolean;
  minEmployees: number | null;
  /** The size of team sought, not stated as a minimum: a size mismatch, not a dealbreaker. */
  scale: number | null;
  /** The top of the largest team it asks ("a 3-10 person partner": 10): a lab whose least team is below it fits. */
  scaleTop?: number | null;
  /** The largest partner it wants ("小規模な会社（従業員50名以下）を希望", "a company under 50 staff"): a wish. */
  maxEmployees?: number | null;
  /** A small partner is sought ("đối tác kiểm thử nhỏ trong nước", "a small agency", 小規模な協力会社): no least size. */
  smallPartner?: boolean;
  /** The volume of work it needs, by unit ("6人月", "2〜3名×4ヶ月", "about 300 boards a month"; volumes.ts). */
  volumes?: Partial<Record<VolumeUnit, number>>;
  /** The pieces it needs a month, by kind ("about 100,000 slips a month", "300 episodes a year": 25). */
  itemsMonthly?: Partial<Record<PieceKind, number>>;
  /** Where data must stay ("患者データは国内のサーバーに置くこと", "dữ liệu phải lưu trữ tại Việt Nam"; data-location.ts). */
  dataIn?: DataPlace;
  /** Places the data may stay in instead ("on servers in Vietnam or Japan"): any of them will do. */
  dataInAlso?: DataPlace[];
  presence: string[];
  /** Regions within a country a partner must be in, one of them ("văn phòng ở TP.HCM hoặc Cần Thơ"; regions.ts). */
  regions?: string[];
  /**
   * Places required of the partners of one project or bid only ("For the Bangkok project, partners must have an
   * office in Thailand"): not asked of every partner the firm meets.
   */
  scopedPresence?: string[];
  certifications: { cert: Cert; level?: number }[];
  /** Certifications of which a partner must hold at least one. */
  certificationChoice: Cert[];
  /**
   * Certifications asked "or equivalent" ("ISO 27001またはプライバシーマーク相当"), with those named beside them: what
   * counts as equal is not in a profile, so none of them is asked (nor the organizer's column of them).
   */
  certificationsEquivalent?: Cert[];
  /** Certifications a line of its own says no partner needs ("ISO 27001は不要", "We do not require certifications"):
   * the organizer's column asking them is overruled; "ALL" when none is named. */
  certificationsWaived?: (Cert | "ALL")[];
  /** The least age in years asked of partners (設立5年以上, "at least 3 years in business"). */
  minYears?: number;
  /** The least years of working experience asked of the people partners send (実務経験3年以上; experience.ts). */
  minExperience?: number;
  onsiteJapan: boolean;
  /**
   * On-site work was asked with no place named ("The vendor must commission on site in Chonburi"): at the firm's
   * own premises, which is Japan only for a firm in Japan (the profile knows the country; the reading does not).
   */
  onsiteUnplaced?: boolean;
  /** The need itself is work on site in Japan (常駐できるエンジニア): a partner that refuses on-site work fails. */
  onsiteSought: boolean;
  /**
   * A requirement was stated about consortium partners (in a sentence that speaks of bidding together). If not,
   * the certifications and sizes the text requires are asked of suppliers, not of a firm the pair would bid with.
   */
  forConsortium: boolean;
  /** A requirement was stated outside any talk of bidding together: of suppliers, or of every partner. */
  forSuppliers?: boolean;
  /** Requirements stated with one need: they bind the partners for that need (see Reader.scopeRequirements). */
  scopes?: RequirementScope[];
  /**
   * The least team a need asks for ("at least 10 engineers with V93000 experience", SAPコンサルタントを20名以上投入
   * できる体制): a partner whose own team for that capability is smaller fails it, however large the firm.
   */
  teamMins?: { caps: string[]; min: number }[];
};

export type RequirementScope = {
  /** The capabilities sought in the sentence that states the requirements. */
  caps: string[];
  languages: Lang[];
  certifications: { cert: Cert; level?: number }[];
  certificationChoice: Cert[];
  presence: string[];
  regions?: string[];
  minEmployees: number | null;
  /** The least JLPT level asked with this need ("日本語テキストの分類アノテーション委託先：日本語N2以上の作業者が必須"). */
  jlpt?: number | null;
  onsiteJapan: boolean;
  /** As Requirements.onsiteUnplaced, for this need's on-site work. */
  onsiteUnplaced?: boolean;
  onsiteSought: boolean;
  /** Stated of the firms it would bid with ("Consortium members must have at least 300 employees"). */
  forBid?: boolean;
};

export type Facts = {
  languages: Lang[];
  lacksLanguages: Lang[];
  /** Languages it says it is weak in ("tiếng Anh còn hạn chế", 英語は苦手): too little to work in, not nothing. */
  weakLanguages?: Lang[];
  presence: string[];
  /** Countries it says it has no office or entity in ("We … have no legal entity in Japan", 日本に拠点はありません). */
  absentFrom?: string[];
  /** Regions within Vietnam or Japan it says it is in (regions.ts). */
  regions?: string[];
  /**
   * The only regions it takes work in ("Chi nhan cong trinh o mien Nam", "On-site support only in the North",
   * 関東圏のお客様のみ対応, "không nhận dự án … ngoài miền Trung").
   */
  servesOnly?: string[];
  /** It offers only new graduates and interns, no experienced people (experience.ts). */
  juniorsOnly?: boolean;
  /** It takes no clients in its own country ("Overseas clients only. We don't take Vietnamese domestic projects"). */
  noDomestic?: boolean;
  /** The one part it takes in bid consortia, where it says so (bid-role.ts). */
  bidRole?: BidRole;
  /** The stake it buys, sells or advises on when a company changes hands, where it says so (stake-control.ts). */
  stake?: Stake;
  /** The only kind of distribution agreement it signs, where it says so (exclusivity.ts). */
  exclusivity?: Exclusivity;
  /** The only countries it takes clients from ("Chỉ tìm khách hàng Nhật Bản", "Japanese clients only"). */
  clientsOnlyFrom?: string[];
  certifications: { cert: Cert; level?: number }[];
  lacksCertifications: Cert[];
  onsiteJapan: boolean;
  noOnsite: boolean;
  /**
   * It sells only through distributors, no direct sales ("In Vietnam we sell only through appointed distributors"):
   * the places that holds in (empty: everywhere).
   */
  indirectOnly?: string[];
  /**
   * It takes work only as a subcontractor, through a prime contractor, never direct from the end client ("Với
   * khách hàng Nhật, chúng tôi chỉ làm thầu phụ qua đối tác SAP Nhật", 契約は日本の元請企業様経由のみです): the places
   * that holds in (empty: everywhere).
   */
  primeOnly?: string[];
  /** The largest head count the firm states about itself ("300 engineers"). */
  people: number | null;
  /**
   * The people it has for one capability, stated beside it ("Small ATE test team (4 engineers)", "Nhóm SAP ABAP
   * 6 người", "UVM verification: 70 engineers"): capability code to head count.
   */
  teams?: Record<string, number>;
  /**
   * The smallest team it takes on ("labs of 5-20 engineers", "minimum engagement of about 20", "không nhận dự án
   * dưới 10 kỹ sư"): a client that needs fewer people is too small for it.
   */
  minTeam?: number | null;
  /**
   * The largest team it says it fields ("Đội 3–8 kỹ sư theo mô hình labo", "teams of 5 to 60 engineers"): a job
   * needing more people from the start is beyond it.
   */
  maxTeam?: number | null;
  /** Sums invested or raised that the firm states, in US dollars (which of the two: the profile knows). */
  money?: Money[];
  /** Revenues stated: the firm's own, or the least an investor asks of a startup's. */
  revenue?: Revenue[];
  /** The firm says it has no revenue yet ("We are pre-revenue", "chưa có doanh thu"; money.ts). */
  preRevenue?: boolean;
  /** The least head count of the clients it takes ("chỉ nhận khách hàng từ 300 nhân viên"). */
  clientMin?: number;
  /** The year it says it was founded ("thành lập năm 2012", 1988年創業). */
  founded?: number;
  /** Funding stages named, sentence by sentence ("seed to Series A"; "we do not do seed rounds": refused). */
  stages?: { mask: number; refused: boolean }[];
  /** The least volume it takes on, by unit ("projects from 30 man-months", "orders from 1,000 boards"). */
  volumeFloors?: Partial<Record<VolumeUnit, number>>;
  /**
   * The most pieces a month it says it can do ("capacity about 8 chapters a month", "đội 40 người, khoảng 20.000
   * phiếu/tháng"): a need many times that is beyond it.
   */
  itemsCapacity?: Partial<Record<PieceKind, number>>;
  /** Where its service keeps data ("hosted in Vietnam", "AWS東京リージョン"), and whether it installs on-premise. */
  dataHosted?: DataPlace[];
  onPremise?: boolean;
  /** The scripts the firm writes in: a Vietnamese firm writing Japanese can at least read it. */
  writes: Lang[];
  /**
   * It rules out partners abroad: "オフショア開発は使わない方針", "ベトナム企業との協業は考えていません", "we do not
   * outsource overseas", "không thuê ngoài nước ngoài".
   */
  refusesAbroad?: boolean;
  /**
   * Where the firms are from whose subcontracted work it refuses, when it says ("ベトナム企業からの再委託案件はお受けして
   * いません": VN; 海外企業からの受託: ABROAD); "ALL" for a refusal that names none.
   */
  capacityRefusedFrom?: string[];
  /** The trades of the workers it places or wants placed ("phái cử hộ lý", 特定技能の介護職員を採用したい). */
  placementTrades?: { offered: WorkerTrade[]; sought: WorkerTrade[]; anyOffered?: boolean; everyTrade?: boolean };
  /** Where the startups it invests in are from ("ベトナムのスタートアップ", "Vietnamese start-ups"): place codes. */
  startupsFrom?: string[];
  /** …and where they are not ("日本のスタートアップへの投資は行っていません"). */
  startupsNotFrom?: string[];
  /** The best JLPT level its own people hold, as it states it ("6 Japanese speakers (JLPT N3)": 3; jlpt.ts). */
  jlpt?: number;
  /** The firm says it has no bridge engineers ("hiện chưa có BrSE"). */
  noBridge?: boolean;
  /** The firm says only some of its people work in Japanese ("developers work in English or Vietnamese"; jlpt.ts). */
  someOnly?: boolean;
  /** The forms of contract it asks for and refuses ("Chỉ nhận hợp đồng lab", 一括請負で; contracts.ts). */
  contracts?: ContractTerms;
};

export type TextReading = {
  mentions: Mention[];
  /** A clause asks for capacity partners without naming a capability: capacity in what the firm offers. */
  capacityUnnamed: boolean;
  /** A clause asks for capacity partners for the firm. */
  capacityAsked: boolean;
  /**
   * A clause offers the firm as capacity for others ("acting as testing capacity partner for development
   * companies", "vendors needing QA capacity", "làm đối tác QA cho các công ty outsourcing").
   */
  capacityOffered: boolean;
  /** Whom it offers itself to, as capabilities of theirs ("for development companies and SIers"). */
  capacityFor: string[];
  /** Where the partners it would bid with must come from (place codes: "Japanese consortium leaders": JP). */
  consortiumFrom?: string[];
  /** Where the partners (not clients, not bid partners) its what-we-look-for names are. */
  partnersFrom?: string[];
  intents: Intent[];
  notIntents: Intent[];
  required: Requirements;
  facts: Facts;
  /**
   * The specific words of what it looks for and of what it offers (its statements, then its descriptions), for
   * telling a need met from a near miss under one capability (specific-terms.ts).
   */
  terms?: { seeks: string[]; offers: string[] };
};

// How much a capability read from text counts, by where it was written.
const SOURCE_WEIGHT: Record<SourceKind, number> = { offers: 1, seeks: 1, description: 0.7, tags: 0.6 };
/** A development partner named with no trade (see bareDevelopmentPartner). */
const DEVELOPMENT_PARTNER =
  /(?<!人材|共同|事業|市場|販路|商品|製品|研究)(?:開発パートナー|開発委託先|開発の委託先|開発協力会社)|(?<!\b(?:market|channel|talent|business|product|sales|people|human|co|joint|research|community|international)[- ])\b(?:(?:software|app|application|system|offshore)\s+)?development partners?\b|\bdev partners?\b/iu;
const AID_PARTNERS =
  /\b(?:jica|oda|donors?|adb|world bank|undp|usaid|koica|giz|unicef|ngos?)\b|国際協力|援助|国際機関/iu;
const SOFTWARE_DEVELOPMENT = "software-development";
/**
 * Said of the partner right after it where the reader reads no refusal ("開発パートナー：不要", "Development partner: not
 * required" read as subcontractors wanted); not a language not needed further on ("…（Web・モバイル）：日本語不要").
 */
const REFUSED_AFTER = /^\s*(?:[:：]|は|-)?\s*(?:不要|なし|無し|not (?:required|needed|wanted)|none\b|no\b)/iu;
// A direction read against the grain of the field (an offer inside what-we-look-for) is a little less sure.
const AGAINST_FIELD = 0.9;
/** AGAINST_FIELD for a mention whose direction is against its field's (a seek in offers); 1 otherwise. */
const fieldWeight = (kind: SourceKind, direction: "offer" | "seek"): number =>
  (direction === "seek") !== (kind === "seeks") && kind !== "description" && kind !== "tags" ? AGAINST_FIELD : 1;
// A need told as its symptom is a little less sure than one named (the symptom may have other cures).
const PAIN_WEIGHT = 0.8;
const THESIS_WEIGHT = 0.8;
/** A system a connector connects to ("integration with SAP"): a trace of the field, not the field. */
const CONNECTED_WEIGHT = 0.3;
// "integration with SAP, Oracle and kintone", "integration of third-party sensors", "tích hợp với SAP", "kết nối với";
// the list runs to a stop.
const CONNECTED_BEFORE =
  /(?:integrat\w*|interfac\w*|connect\w*|connector\w*|sync\w*)\s+(?:with|to|into|for)\s+[^.;:()]{0,40}$|\bintegrat\w*\s+(?:of\s+)?third[- ]party\s+[^.;:()]{0,40}$|(?:tích hợp|tich hop|kết nối|ket noi|đồng bộ|dong bo)\s+(?:với|voi|vào|vao)\s+[^.;:()]{0,40}$/;
// "SAP連携", "kintoneとの連携", "基幹システムと接続", and each of a list ("既存PMS・サイトコントローラーとの連携")
const CONNECTED_AFTER = /^\s*(?:[・、／/\s]+[^、。・／/（）()\s]{1,16}){0,3}\s*(?:との|と)?(?:連携|接続|データ連携)/u;

/** The concepts to look for: capability codes with every way of writing them. */
export type ConceptTerms = { code: string; terms: string[] }[];

// Cue words in layers: within a layer the longest phrase wins ("chưa có" over "có"); across layers phrases may
// overlap ("khách hàng" is a counterpart, "khách hàng Nhật" also names Japan).
let cueLayers: PhraseIndex<Cue[]>[] | null = null;
let fieldWords: PhraseIndex<string> | null = null;
let investedWords: PhraseIndex<string> | null = null;

function cueLayer(groups: [string[], Cue][]): PhraseIndex<Cue[]> {
  const byPhrase = new Map<string, Cue[]>();
  for (const [phrases, cue] of groups) for (const p of phrases) byPhrase.set(p, [...(byPhrase.get(p) ?? []), cue]);
  const index = new PhraseIndex<Cue[]>();
  for (const [phrase, list] of byPhrase) index.add(phrase, list);
  return index;
}

function findCues(s: Statement): Match<Cue[]>[] {
  cueLayers ??= [
    cueLayer([
      [SEEK, { kind: "seek" }],
      [OFFER, { kind: "offer" }],
      [NEGATION, { kind: "negation" }],
      [NOT_NEGATION, { kind: "notNegation" }],
      [REQUIREMENT, { kind: "requirement" }],
      [WEAK_REQUIREMENT, { kind: "weakRequirement" }],
      [ONLY, { kind: "only" }],
      [THESIS, { kind: "thesis" }],
    ]),
    cueLayer([
      ...Object.entries(ROLES).map(([role, phrases]): [string[], Cue] => [
        phrases,
        { kind: "role", role: role as Role },
      ]),
      [COUNTERPART, { kind: "counterpart" }],
      [POSSESSIVE, { kind: "possessive" }],
    ]),
    cueLayer([
      ...Object.entries(LANGUAGES).map(([lang, p]): [string[], Cue] => [p, { kind: "language", lang: lang as Lang }]),
      ...Object.entries(NATIONALITY).map(([lang, p]): [string[], Cue] => [
        p,
        { kind: "nationality", lang: lang as Lang },
      ]),
      ...CERTIFICATIONS.map((c): [string[], Cue] => [
        c.phrases,
        { kind: "certification", cert: c.cert, ...(c.level ? { level: c.level } : {}) },
      ]),
    ]),
    cueLayer([[LANGUAGE_CONTEXT, { kind: "languageContext" }]]),
    cueLayer([
      ...Object.entries(PLACES).map(([code, p]): [string[], Cue] => [p, { kind: "place", code }]),
      [PRESENCE, { kind: "presence" }],
      [ONSITE, { kind: "onsite" }],
    ]),
    cueLayer(Object.entries(REGION_WORDS).map(([code, p]): [string[], Cue] => [p, { kind: "region", code }])),
    cueLayer([
      [PEOPLE, { kind: "people" }],
      [SCALE, { kind: "scale" }],
      [AT_LEAST, { kind: "atLeast" }],
    ]),
    cueLayer([[CERTIFICATION_GOAL, { kind: "certificationGoal" }]]),
    cueLayer([[PURPOSE, { kind: "purpose" }]]),
    cueLayer([[EXCLUSION, { kind: "exclusion" }]]),
    cueLayer([
      [SELF_ROLE, { kind: "selfRole" }],
      [HIRING, { kind: "hiring" }],
    ]),
  ];
  const all = cueLayers.flatMap((layer) => layer.find(s));
  // "nhà cung cấp" (a supplier) holds "cung cấp" (to provide): inside the name of a role, a verb is not the firm's.
  const roles = all.filter((x) => x.payload.some((c) => c.kind === "role"));
  return all.filter(
    (x) =>
      (!x.payload.every((c) => c.kind === "offer") ||
        !roles.some((r) => r.start <= x.start && r.end >= x.end && r.end - r.start > x.end - x.start)) &&
      !outOfPlace(x, s.text),
  );
}

/**
 * A cue's words in a sense that is no cue: demand forecasting ("dự báo nhu cầu"), an app that finds ("App tìm và
 * đặt chỗ"), a module list ("(Financials, Procurement, Inventory)"), "multi-vendor projects".
 */
function outOfPlace(x: Match<Cue[]>, text: string): boolean {
  const before = text.slice(Math.max(0, x.start - 16), x.start);
  if (x.payload.some((c) => c.kind === "seek")) {
    const phrase = text.slice(x.start, x.end).toLowerCase();
    if (/^(?:nhu cầu|nhu cau)$/u.test(phrase) && /(?:dự báo|du bao|forecast\w*)\s*$/iu.test(before)) return true;
    if (/^(?:tìm|tim)$/u.test(phrase) && /(?:\bapp|ứng dụng|ung dung|nền tảng|nen tang|platform)\s+$/iu.test(before))
      return true;
    if (phrase === "procurement" && /[(（][^)）]*,\s*$/u.test(before)) return true;
  }
  if (x.payload.some((c) => c.kind === "role") && /\bmulti-?\s?$/iu.test(before)) return true;
  // 法人 is a legal entity ("日本国内の法人として契約できる会社"), not a kind of one (医療法人, 学校法人) nor corporate
  // clients (法人向け, 法人のお客様, 法人顧客).
  if (
    x.payload.some((c) => c.kind === "presence") &&
    text.slice(x.start, x.end) === "法人" &&
    (/(?:医療|学校|社会福祉|財団|社団|宗教|独立行政|行政|国立大学|大学|非営利|NPO|監査|税理士|弁護士|農事組合|日系|大手|中小|中堅|外資|顧客|取引先)\s*$/iu.test(
      before,
    ) ||
      /^\s*(?:向け|顧客|客|のお客|のお取引|の取引|との|に(?:導入|納入|販売|提供)|を中心|への|営業|様|会員|カード|口座|税|番号|化|設立|の設立|の支援|のIT|の業務)/iu.test(
        text.slice(x.end, x.end + 6),
      ))
  )
    return true;
  // "はNG判定", "NG-RAN": NG as a verdict or a name, no denial.
  if (
    /^(?:は|も)ng$/iu.test(text.slice(x.start, x.end)) &&
    /^(?:[-\s]?ran\b|判定)/iu.test(text.slice(x.end, x.end + 5))
  )
    return true;
  // "khách hàng thân thiết" is loyalty (a loyalty programme), not clients sought.
  if (
    x.payload.some((c) => c.kind === "role") &&
    /^(?:khách hàng|khach hang)$/u.test(text.slice(x.start, x.end).toLowerCase()) &&
    /^\s*(?:thân thiết|than thiet)/u.test(text.slice(x.end, x.end + 12)) &&
    /(?:crm|loyalty|tích điểm|tich diem|thẻ thành viên|the thanh vien|giải pháp|giai phap|chương trình|chuong trinh|hệ thống|he thong|phần mềm|phan mem|ứng dụng|ung dung|app|quản lý|quan ly)[^.;,]{0,24}$/iu.test(
      before,
    )
  )
    return true;
  return false;
}

export class TextReader {
  private readonly concepts = new PhraseIndex<string>();

  constructor(terms: ConceptTerms) {
    for (const { code, terms: list } of terms) for (const t of list) this.concepts.add(t, code);
  }

  read(sources: TextSource[]): TextReading {
    const r = new Reader(this.concepts);
    for (const s of sources) r.source(s);
    const said = (kinds: SourceKind[]) => sources.filter((s) => kinds.includes(s.kind)).map((s) => s.text);
    return {
      ...r.result(),
      terms: {
        seeks: specificTerms(saidWithoutRefusals(said(["seeks"]), "seeks")),
        offers: specificTerms(saidWithoutRefusals(said(["offers", "description"]), "offers")),
      },
    };
  }
}

/** The firm's own clients asking for something ("Our bank clients keep asking for", "Khách hàng … hỏi", 顧客から…要望). */
const OWN_CLIENTS_ASK =
  /^(?:\s*(?:our|my)\s+(?:\w+\s+){0,2}(?:clients?|customers?)|\s*(?:many of )?our (?:\w+\s+){0,2}(?:clients?|customers?))\b[^.;]{0,40}?\b(?:ask|asks|asking|request|requests|requesting|want|wants|keep asking|demand|demands)\b|^\s*(?:các\s+)?(?:khách hàng|khach hang)(?:\s+\S+){0,3}?\s+(?:hỏi|hoi|yêu cầu|yeu cau|đòi hỏi|doi hoi|đòi|bắt buộc|bat buoc|muốn|muon|doi(?=\s+(?:aspice|automotive spice|iso|cmmi|isms|tisax)))(?!\p{L})|^\s*(?:当社の|弊社の)?(?:顧客|お客様|取引先|クライアント)[^。]{0,24}?(?:要望|依頼|相談|求められ|問い合わせ|聞かれ|ニーズ)/iu;
/** A lack said in so many words ("chưa có kỹ sư AUTOSAR", "we lack", 社内にいない), before the clients' ask. */
const LACK_SAID =
  /(?:chưa|chua|không|khong)\s+(?:có|co)(?!\p{L})|\bwe (?:lack|have no|don't have|do not have)\b|\bno in-house\b|社内に[^。]{0,20}(?:ありません|いません|おらず|ない)/iu;
/** Where a clause of a statement opens, for OWN_CLIENTS_ASK said after a lack in another clause. */
const CLAUSE_OPENING = /[,;、，；]|->|→|\s[–—-]\s/u;
/** …which it lacks, or wants a partner for. */
const LACKS_OR_PARTNER =
  /\bpartners?\b|\bwe (?:don't|do not|can't|cannot|lack)\b|\bno in-house\b|đối tác|doi tac|(?:không|khong|chưa|chua) (?:có|co)(?!\p{L})|パートナー|協業先|提携先|外注先|委託先|(?:でき|い|おら|持って)(?:ない|ず)/iu;

/** 〜したい then nouns only, ending with firms (…をしたいベトナムのIT企業): the firms that want it (see Reader). */
const FIRMS_THAT_WANT =
  /(?:たい(?:と(?:お)?考えて(?:いる|おられる)|とお考えの)?|予定の|予定している|検討中の|検討している|お考えの|計画中の|計画している)(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・ ]|の){0,18}(?:企業|会社|企業様|会社様|メーカー|事業者|法人|工場)(?:様)?\s*(?:[（(][^）)]*[）)])?\s*$/u;
/** A firm saying it lacks something in-house (not that it refuses the work). */
const LACKS_IN_HOUSE =
  /\bwe (?:have no|don't have|do not have|lack|do not run|don't run|have nobody|have no one)\b|\bno in-house\b|\bin-house\b|(?:chúng tôi|chung toi|công ty|cong ty|hiện|hien)\s+(?:chưa|không|chua|khong) (?:có|co)(?!\p{L})|社内に[^。]{0,20}(?:ありません|いません|おらず|ない)/iu;
/** …and looks for someone to fill it, in the same statement. */
const WANTS_PARTNER =
  /\b(?:want|need|looking for|seek|seeking)\b[^.;]{0,30}\bpartners?\b|\bpartners?\b[^.;]{0,20}\b(?:for (?:it|this|that))\b|\b(?:so we need|we need|we want)\b|(?:cần|can|tìm|tim)\s+(?:đối tác|doi tac)|パートナー|協力会社|外注先|委託先|探して|お願いしたい/iu;
/** "Không có nhu cầu thuê thầu phụ", "no need for": a lack of a need. */
const NO_NEED = /không có nhu cầu|khong co nhu cau|\bno need\b|\bno plans?\b|予定はありません|必要はありません/iu;

/** Words of skill that, before the people or partner a statement looks for, describe them ("Certified … developers"). */
const SKILLED = /^(?:certified|experienced|proven|specialized|specialised|skilled|qualified|seasoned)$/iu;
const SOUGHT_PEOPLE_AFTER =
  /^[^.;:]{0,40}?\b(?:developers?|engineers?|testers?|consultants?|specialists?|experts?|teams?|partners?|vendors?|firms?|compan(?:y|ies)|annotators?|translators?|designers?|artists?|architects?|analysts?)\b/iu;

/** An interpreter the firm has, right before the language ("có phiên dịch tiếng Nhật", "with an interpreter for"). */
const OWN_INTERPRETER_BEFORE =
  /(?:(?:^|\s)(?:có|co|sẵn|san)\s+(?:người\s+|nguoi\s+)?(?:phiên dịch|phien dich|thông dịch|thong dich)(?:\s+viên|\s+vien)?\s*(?:tiếng|tieng)?|\b(?:have|has|with|our own|our|in-house)\s+(?:an?\s+)?interpreters?\s+(?:for|in))\s*$/iu;
/** A statement that the firm has its own interpreter (see OWN_INTERPRETER_BEFORE). */
const HAS_OWN_INTERPRETER =
  /(?:^|\s)(?:có|co|sẵn)\s+(?:người\s+)?(?:phiên dịch|phien dich|thông dịch)(?:\s+viên)?\s+(?:tiếng|tieng)|通訳(?:者)?(?:が|を)(?:同行|手配|用意|付け|つけ|在籍|い|お)|\b(?:we have|with our own|our own|in-house)\s+(?:an?\s+)?(?:\w+\s+)?interpreters?\b/iu;
/** …or right after it (Japanese interpreter, 日本語通訳), with a word that the firm has one. */
const OWN_INTERPRETER_AFTER = /^\s*(?:の)?\s*(?:interpreters?\b|通訳)/iu;
const HAS_INTERPRETER =
  /\b(?:have|has|with|our|in-house|provide|provides|arrange|arranges)\b|(?:が|を)?(?:います|おります|在籍|同行|手配|用意|付け|つけ)/iu;

/** A partner's trade, then what it can do for the firm's clients ("law firms that can help our clients"). */
const HELPS_BETWEEN =
  /^[^.;:]{0,24}?(?:\b(?:that|who|which)\s+)?(?:\b(?:can|could|able to|to)\s+)(?:help|support|serve|assist)\s+$|^[^.;:]{0,24}?(?:có thể|co the)\s+(?:hỗ trợ|ho tro|giúp|giup|phục vụ|phuc vu)\s+$/iu;
/** A statement that opens with the firm's own need ("Cần …", "Chúng tôi cần …", "We need …", "We want to build …"). */
const NEED_FIRST =
  /^[\s\-•・*]*(?:(?:chúng tôi|chung toi|công ty|cong ty)\s+)?(?:cần|can|đang cần|dang can)\s|^[\s\-•・*]*(?:(?:chúng tôi|chung toi)\s+)?(?:cần tìm|can tim|tìm|tim|tìm kiếm|tim kiem)\s+(?:\d+\s*[–-]?\s*\d*\s+)?(?:đối tác|doi tac|đơn vị|don vi|nhà cung cấp|nha cung cap|nhà thầu|nha thau)\b|^[\s\-•・*]*we\s+(?:urgently\s+)?(?:need|(?:want|would like|plan) to (?:build|develop|create|make|have)|are planning to (?:build|develop))\b/iu;
/** Before clients named after the work: for them ("… cho khách hàng", "… for our clients"). */
const FOR_BEFORE_CLIENT =
  /(?:\bcho|\bfor|theo yêu cầu của|theo yeu cau cua)\s+(?:các\s+|cac\s+|our\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;
/** The firm's own clients, right after a verb of help. */
const OWN_CLIENTS_AFTER =
  /^\s*(?:(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:clients?|customers?)\b|(?:các\s+|cac\s+)?(?:khách hàng|khach hang)(?:\s+[\p{L}]+)?\s+(?:của|cua)\s+(?:chúng tôi|chung toi|công ty|cong ty|mình|minh))/iu;
/** The firm's clients, then what a partner can do for them, then the partner (取引先の…を手伝える現地の法律事務所). */
/** After the clients' need: the help a partner gives with it, then the partner (を支える現地パートナー). */
const JA_HELPS_AFTER =
  /^[^。、]{0,8}?を?(?:支え|支援(?:する|できる|いただける|して(?:くれる|いただける))|サポート(?:する|できる)|手伝(?:う|える)|お手伝い(?:する|できる))[^。、]{0,12}?(?:パートナー|企業|会社|事務所|事業者|先)/u;
const JA_HELPS_BETWEEN = /^の[^。]{0,24}?(?:手伝え|支援でき|サポートでき|お手伝いでき|ご支援でき)る[^。、]{0,12}$/u;

/** Right before a Japanese denial: a condition it denies itself (認証不要, 日本語は不要, 常駐なし), not the work named earlier. */
const OWN_OBJECT_DENIED =
  /(?:認証|資格|取得|isms|pマーク|プライバシーマーク|iso\s?[0-9]+|日本語|英語|常駐|出張|訪問|来日|オンサイト)(?:は|も|の)?\s*$/iu;

/** One more item of a list, then the topic the denial after it is of ("派遣・客先常駐は" 不要). */
const LISTED_UNDER_DENIAL = /^[\s・、/／]+[^\s、。,]{1,8}(?:は|も)\s*$/u;

/** A data centre named as a place ("国内のデータセンターで保管", "data centre in Vietnam"). */
const DATA_CENTRE_WORD = /データセンター|data cent(?:re|er)|trung tâm dữ liệu|trung tam du lieu/iu;
/** Right after a place: data kept there ("で保管", "に保存"). */
const STORED_AT = /^\s*(?:内)?(?:で|に)(?:保管|保存|管理|置)/u;

type CueAt = { start: number; end: number; cue: Cue; phrase: string };
type Clause = {
  start: number;
  end: number;
  polarity: "offer" | "seek" | null;
  cues: CueAt[];
  /** The firms a clause looks for are listed over commas before their need (see splitClauses). */
  firmList?: boolean;
};

const has = (c: Clause, kind: Cue["kind"]) => c.cues.some((x) => x.cue.kind === kind);
const SELLS_TO: Role[] = ["client", "work", "takesWork", "investor", "distributor"];
const RAISING =
  /fundraising|fund raising|raise|raising|series|seed round|seed extension|bridge round|資金調達|gọi vốn|huy động vốn/;
const RAISING_VERB = /fundraising|fund raising|raise|raising|調達|gọi vốn|huy động vốn/i;
/** A firm raising capital: a raising verb with an amount or a stage, 資金調達, an amount 調達. */
const RAISES_CAPITAL =
  /\b(?:rais(?:e|es|ing)|fundrais(?:e|es|ing))\b(?:\s+\S+){0,4}?\s*(?:(?:usd|us\$|\$|jpy|¥|vnd|€)\s*[0-9]|[0-9][0-9.,]*\s*(?:k|m|mn|million|billion|usd)\b|\b(?:pre-seed|seed|series|pre-series|round|bridge|extension|capital|funding|funds)\b)|資金調達|(?:シード|シリーズ|プレシリーズ|ラウンド)[^。、]{0,20}調達|[0-9０-９,.]+\s*(?:億|万|百万)円[^。]{0,6}調達|(?:đang|dang)\s+(?:gọi|goi|huy động|huy dong)\s+(?:vốn|von)/iu;
const HELPS_RAISE =
  /\b(?:help|helps|helping|support|supports|supporting|assist|assists|advise|advises|advising)\b|hỗ trợ|ho tro|giúp|giup|tư vấn|tu van/iu;
const DOES_WORK =
  /^\s*(?:(?:có thể|co the|chuyên|chuyen)\s+)?(?:dựng|dung|làm|lam|phát triển|phat trien|thiết kế|thiet ke|triển khai|trien khai|cung cấp|cung cap|gia công|gia cong|xây dựng|xay dung|vẽ|ve|lập trình|lap trinh|kiểm thử|kiem thu|vận hành|van hanh|bảo trì|bao tri)(?![\p{L}\p{N}_])|^\s*(?:to|that can|who can|able to|capable of)\s/u;
const BARE_INFRA = /^(?:インフラ|hạ tầng|ha tang|infrastructure)$/u;
const PHYSICAL_INFRA =
  /\boda\b|交通|道路|鉄道|橋|港湾|上下水道|社会|都市|土木|建設|giao thông|giao thong|đô thị|do thi|cầu đường|xây dựng|xay dung|\b(?:transport|transportation|roads?|rail|railways?|bridges?|ports?|civil|urban|public works|water)\b/u;
const STARTUP_WORD =
  /スタートアップ|ベンチャー企業|\bstart[- ]?ups?\b|(?:công ty |doanh nghiệp )?khởi nghiệp|khoi nghiep/giu;
const INVESTING =
  /\binvest(?:s|ing|ments?)?\b|\btickets?\b|\bcheques?\b|出資(?:し|する|を行|いた)|を出資|出資[（(：:]|đầu tư vào|đầu tư vòng|dau tu vao|dau tu vong|mỗi khoản|mỗi thương vụ|moi thuong vu|\bper (?:deal|company|investment)\b|\blead or follow\b|1社あたり|リード・フォロー/i;
/** The partners whose origin a seek can name (not clients: "Japanese clients" is a market, read elsewhere). */
const PARTNER_ROLES = new Set<Role>(["partner", "supplier", "consortium", "capacity"]);
const NATION: Record<Lang, string | null> = { ja: "JP", vi: "VN", en: null };
/** Words for firms next to which a place says where the partner is from ("Vietnamese firm", doanh nghiệp Nhật). */
const FIRM_NOUN =
  /\b(?:brands?|makers?|manufacturers?|vendors?|siers?|integrators?|startups?)\b|メーカー|ベンダー|スタートアップ/gu;
const FIRM_WORD =
  /compan|firm|business|enterprise|organi|企業|会社|事業者|メーカー|doanh nghiệp|công ty|đối tác|tổ chức|đơn vị/;
// A place or nationality right before the partner word, with at most two words between ("Japanese SIer
// partners", 日本の大手SIerとの協業, ベトナムのオフショア開発会社), or right after it ("partners from Japan",
// "đối tác Nhật Bản", "đối tác tại Việt Nam").
const ORIGIN_BEFORE =
  /^(?:[-\s]*(?:based|owned)?(?:\s+[\p{Script=Latin}\p{N}/-]{1,20}){0,3}\s*|の|系|企業の|(?:の|系の|企業の)[^、。,，\s]{1,8}|(?:南部|北部|中部)?(?:\s*[(（][^)）]{0,16}[)）])の[^、。,，\s]{0,8}|(?:南部|北部|中部)の[^、。,，\s]{0,8}|(?:など)?[)）]?\s*(?:に|で)(?:本社|本拠|拠点)(?:を|が)?(?:置く|おく|構える|ある|持つ)(?:日本の|国内の)?)$/u;
const ORIGIN_AFTER =
  /^\s*(?:from|in|based in|located in|headquartered in|incorporated in|tại|từ|ở|của|phía|bên|tai|tu|o|cua|phia|ben|có trụ sở(?: chính)? tại)?\s*$|^(?:\s+\p{Script=Latin}+){1,4}\s+(?:tại|từ|ở|tai|tu|based in|located in|headquartered in|incorporated in|from)\s*$/u;
const CONSENT =
  /(?:構わ|構い|かまわ|かまい|差し支え|問題|支障)(?:が|は|も)?(?:あり|ござい)?(?:ませ)?(?:ん|ない|ありません|ございません)$/u;
/** Verbs of work that, opening a statement of what a firm looks for, name the work it wants done. */
const WORK_OPENING =
  /^(?:build|develop|implement|deploy|migrate|triển khai|trien khai|xây dựng|xay dung|phát triển|phat trien|vận hành|van hanh|thực hiện|thuc hien)$/iu;
/** Service nouns that, bare in what-we-look-for, name a service sought. */
const BARE_SERVICE = /^(?:支援|support|help|hỗ trợ|ho tro)$/u;
const SERVICE_VERB = /^\s*(?:し|す|いた|でき|致|を行|を提供|s\b|ing\b|ed\b|được)/u;
/**
 * A remark excepting some work from the statement's condition: "（英会話講師の件だけは英語で可）", "(except for the
 * tutors, where English is fine)", "(riêng giáo viên tiếng Anh thì dùng tiếng Anh cũng được)".
 */
const EXCEPTION_REMARK =
  /[(（][^)）]*?(?:の件|について|に関して|の場合)?(?:だけ|のみ)は[^)）]*?(?:可(?!能)|構いません|大丈夫|ok|不要|問いません)[^)）]*[)）]|[(（]\s*(?:except|other than|but not)\b[^)）]*[)）]|\bexcept (?:for )?[^.;,)]+|[(（]\s*(?:riêng|rieng|ngoại trừ|ngoai tru|trừ|tru)\b[^)）]*[)）]/giu;

/** The codes of the needs a line names inside a remark excepting them from its condition (EXCEPTION_REMARK). */
function exceptedNeeds(line: string, needs: Mention[]): string[] {
  const spans = [...line.matchAll(EXCEPTION_REMARK)].map((m) => [m.index, m.index + m[0].length] as const);
  if (!spans.length) return [];
  const codes = needs.filter((m) => {
    const at = line.indexOf(m.phrase);
    return at >= 0 && spans.some(([a, b]) => at >= a && at < b);
  });
  return [...new Set(codes.map((m) => m.code))];
}
/**
 * A line set in under the one before it (an indent, a bullet, an arrow: "　・データの国外持ち出し不可" under
 * "【案件A】…"): one more of that item's points, so it does not close the requirements listed under its need.
 */
const SUB_ITEM = /^(?:[ \t\u3000]+\S|[・•◦▪‣∙\-–—*+→⇒└※]\s*\S)/u;
/** A reason given for a requirement: the need named in it is why every partner must meet it. */
const BECAUSE =
  /ため|ので|から、|\bbecause\b|\bsince\b|\bas we\b|(?<![\p{L}\p{N}_])vì(?![\p{L}\p{N}_])|\bdo (?:chúng tôi|công ty)|(?<![\p{L}\p{N}_])bởi(?![\p{L}\p{N}_])/u;
/** What a statement prefers in the people or partner before it: experience, a plus. */
const REFINES =
  /経験|優遇|優先|尚可|\bexperience[ds]?\b|\bpreferred\b|\bpreferably\b|\ba plus\b|nice to have|kinh nghiệm|kinh nghiem|ưu tiên|uu tien/iu;
const NOT_NEEDED =
  /^(?:not|no longer|không|khong)\s+(?:needed|required|necessary|wanted|sought|cần thiết|can thiet)\b|^(?:not required|not necessary|no need)\b/u;
/** The firm's subcontractors, named in a requirement ("委託先は", "協力会社は", "subcontractors must", "nhà thầu phụ"). */
const SUPPLIER_ROLE =
  /委託先|外注先|再委託先|協力会社|協力企業|\b(?:subcontractors?|outsourcing partners?|offshore partners?|delivery partners?)\b|nhà thầu phụ|nha thau phu|đơn vị gia công|don vi gia cong|đối tác gia công|doi tac gia cong|nhà cung cấp phần mềm|nha cung cap phan mem|đơn vị triển khai|don vi trien khai|đối tác triển khai|doi tac trien khai|\b(?:software (?:vendors?|suppliers?|providers?)|it vendors?|implementation partners?|implementers?)\b|開発会社|開発ベンダー|システム会社|導入ベンダー/iu;
/** The firm naming itself by the role ("弊社は開発会社のため", "As a software house", "Chúng tôi là nhà cung cấp"). */
const OWN_SIDE_ROLE = /(?:弊社|当社)は|^\s*as an? |\bwe are an? |(?:chúng tôi|chung toi) (?:là|la) /iu;
/** Partners that sell or fund named in the requirements: they are of those partners, whatever else is named. */
const CHANNEL_ROLE =
  /\b(?:resellers?|distributors?|investors?|agents?)\b|nhà phân phối|nha phan phoi|đại lý|dai ly|nhà đầu tư|nha dau tu|代理店|販売店|投資家/iu;
/** Needs met by a partner that sells or funds, not one that is given work. */
const CHANNEL_CONCEPTS = new Set(["distribution", "venture-investment", "market-entry"]);
const CURRENTLY = /hiện tại|hien tai|hiện nay|hien nay|\bcurrently\b|\bat present\b|現在|現状|今は/u;
const TAUGHT_BEFORE = /(?:đào tạo|dao tao|dạy|day|học|hoc|lớp|lop|khóa|khoa|teach(?:ing)?|learn(?:ing)?)\s*$/u;
const TAUGHT_AFTER = /^\s*(?:研修|教育|講座|学習|レッスン|教室|lessons?|classes|courses?|training|tuition)/u;
/** A small partner sought, in so many words (see Requirements.smallPartner). */
const SMALL_PARTNER =
  /(?:đối tác|doi tac|công ty|cong ty|đơn vị|don vi)(?:\s+[\p{L}]+){0,2}?\s+(?:nhỏ|nho)(?!\p{L})|\bsmall(?:er)?\s+(?:[\p{L}-]+\s+)?(?:partners?|firms?|compan(?:y|ies)|vendors?|studios?|agenc(?:y|ies)|houses?|shops?)\b|小規模な?(?:会社|企業|パートナー|協力会社|ベンダー|事業者)|小さな(?:会社|企業|パートナー|協力会社)/iu;
/** Right before a client word, what belongs to the clients ("bản vẽ của khách hàng", "drawings of our clients"). */
const OWNED_BY_BEFORE = /(?:^|\s)(?:của|cua|of(?:\s+our|\s+the)?)\s*$/iu;
/** Right before a trade's word, the industry it names ("cho nhà máy thủy sản", "kinh nghiệm ngành", "in the … industry"). */
const INDUSTRY_BEFORE = /(?:^|\s)(?:ngành|nganh|nhà máy|nha may|lĩnh vực|linh vuc|industry|sector)\s*$/iu;
/** A place said as ruled out (…は対象外, "excluded", "không thuộc đối tượng"). */
/** Who leads a consortium ("led by competitors", 他社が主導する, "do đối thủ dẫn dắt"). */
const LED_BY =
  /\bled by\b|\blead by\b|主導する|が主導|が幹事|幹事会社が|dẫn dắt bởi|dan dat boi|do [^,.;]{1,30} (?:dẫn dắt|dan dat|làm chủ|lam chu)|đứng đầu bởi/iu;
/** A statement that begins with a least (what a partner must have at least). */
const AT_LEAST_LINE = /^\s*(?:at least|a minimum of|minimum|tối thiểu|toi thieu|ít nhất|it nhat|最低)(?![\p{L}])/iu;
/** Places named all together ("両方に拠点", "offices in both Hanoi and HCMC", "cả Hà Nội và TP.HCM"). */
const ALL_OF = /両方|双方|いずれにも|どちらにも|\bboth\b|cả hai|ca hai|(?:^|\s)cả\s[^,.;]{1,30}\svà\s/iu;
const PLACE_RULED_OUT = /対象外|を除く|\bexcluded\b|\bnot eligible\b|không thuộc đối tượng|khong thuoc doi tuong/iu;
/** A partner's accepting how the firm works ("phải chấp nhận…", "must accept…", 了承いただける). */
const ACCEPTS = /chấp nhận|chap nhan|đồng ý|dong y|\baccept(?:s|ing)?\b|\bagree(?:s)? to\b|了承|同意|承諾|ご理解/iu;
/** A requirement said for the firm's own people ("当社の担当者は英語ができないため"): every partner must meet it. */
const OWN_SIDE =
  /当社の|弊社の|社内の|\bour (?:staff|team|people|engineers|managers|members|employees)\b|(?:nhân viên|đội ngũ|kỹ sư|nhan vien|doi ngu|ky su) (?:của )?(?:chúng tôi|chung toi)/iu;
/** A requirement said of every partner ("All partners must hold ISO 27001", すべての協力会社, tất cả đối tác). */
const EVERY_PARTNER =
  /\b(?:all|every|any) (?:partners?|vendors?|suppliers?|subcontractors?)\b|すべての|全ての|全協力会社|いずれの(?:委託先|協力会社|パートナー|発注先|外注先)も|tất cả (?:các )?(?:đối tác|nhà cung cấp)|mọi đối tác/u;
const BARE_INVESTMENT = /^(?:(?:nhà |nha )?(?:đầu tư|dau tu)|投資|投資家|investment|investments)$/u;
/** Words around a bare "investment" that make it investing in firms (startups, rounds, stakes, a fund). */
const VENTURE_CONTEXT =
  /startup|start-up|seed|series|round|stake|equity|portfolio|ticket|fund|venture|\bvc\b|cvc|スタートアップ|ベンチャー|シード|シリーズ|ラウンド|出資|株式|ファンド|ポートフォリオ|khởi nghiệp|khoi nghiep|vòng|vong|cổ phần|co phan|quỹ|quy dau tu|gọi vốn|goi von|rót vốn|rot von|vào (?:các )?(?:công ty|doanh nghiệp)|(?:đối tác|doi tac|nhà|nha) (?:đầu tư|dau tu)|investors?\b|投資家/iu;
const NOT_VENTURE_BEFORE =
  /(?:chủ|chu|\bit|\bict|\bdx|設備|システム|不動産|real estate|return on|\bfdi|capital|plant|property|equipment)\s*$/u;
const NOT_VENTURE_AFTER =
  /^\s*(?:用|物件|型|家?向け|(?:và|va) (?:vận hành|van hanh|phát triển dự án|phat trien du an)|điện|dien|năng lượng|nang luong|cntt|công nghệ thông tin|cong nghe thong tin|xây dựng|xay dung|bất động sản|bat dong san|trực tiếp|truc tiep|nước ngoài|nuoc ngoai|nhà máy|nha may|hạ tầng|ha tang|dự án|du an|property|properties|in (?:it|equipment|plants?|infrastructure|property|real estate))/u;
const WORK_FROM =
  /\b(?:work|orders|projects|contracts|business|jobs) from\b|(?:から|より)の?(?:受注|案件|仕事|発注|ご依頼)|(?:việc|dự án|đơn hàng|hợp đồng) từ/u;
/** Working with firms abroad, in a sentence that says the firm does not ("オフショア開発は使わない方針"). */
const REFUSES_ABROAD = new RegExp(
  [
    // ベトナム企業との協業, 海外のパートナーとの提携
    "(?:ベトナム|海外|外国|日本)(?:の)?(?:企業|会社|開発会社|パートナー|ベンダー)(?:と|との)(?:の)?(?:協業|取引|提携)",
    // 海外への再委託, オフショア拠点への外注, 海外拠点での開発
    "(?:海外|外国|オフショア)(?:拠点)?(?:への|に|で|での)?(?:の)?(?:再委託|外注)|海外拠点(?:で|での)[)）]?開発は行",
    // データの国外持ち出しは不可です, 個人情報を海外に持ち出せない
    "(?:国外|海外)(?:へ|に|への)?(?:の)?持ち出",
    // 海外への開発・保守委託は不可です
    "(?:海外|外国|国外)(?:への|に)[^。、]{1,10}?(?:委託|外注)(?:は|も)?(?:不可|禁止|行わ|しない|しません|できません)",
    // オフショアは使わない方針, オフショア開発を利用しない
    "オフショア(?:開発)?(?:\\s*[（(][^)）]*[)）])?(?:は|を|の)?(?:使わ|使い|利用し|活用し|利用は|活用は)",
    "\\b(?:work|partner|cooperate|collaborate)\\s+with\\s+(?:offshore|overseas|foreign|vietnamese|japanese)\\b",
    "\\b(?:outsource|subcontract|offshore)\\s+(?:overseas|abroad)\\b|\\buse\\s+offshore\\b",
    "(?:thuê ngoài|thue ngoai|hợp tác|hop tac|làm việc|lam viec|gia công|gia cong|outsource)[^.]{0,24}(?:nước ngoài|nuoc ngoai|offshore)",
  ].join("|"),
  "u",
);
/**
 * Partners abroad ruled out in so many words, no negation needed: 顧客情報は国外からのアクセス不可, 海外からの作業は禁止,
 * 国内ベンダーに限定しており, 国内企業のみ.
 */
const DOMESTIC_ONLY =
  /(?:国外|海外)(?:拠点)?(?:から|より)の(?:アクセス|作業|接続|対応)(?:は|も)?(?:不可|禁止|できません|認めていません|認められません)|(?:国外|海外)(?:から|より)の(?:リモート)?(?:稼働|作業)?(?:案件|業務)(?:は|も)?(?:扱いません|扱っておりません|お受けしていません|お受けしておりません|不可)|(?:作業|開発|保守|業務)[^。、]{0,12}?(?:日本)?国内(?:から|で)(?:行う|行って|実施|対応)[^。]{0,6}?(?:こと|必須|限)|\bno offshore (?:access|work|development|teams?)\b|国内(?:の)?(?:ベンダー|企業|会社|事業者|パートナー|開発会社)(?:に|へ)?(?:限定|限り|限る|限ら|のみ)/u;

/** Clients at home ruled out: "Overseas clients only", "We don't take Vietnamese domestic projects", 国内案件はお受けしていません. */
const NO_DOMESTIC =
  /\b(?:overseas|foreign|international) (?:clients|customers|projects) only\b|\b(?:don't|do not|does not|doesn't) (?:take|accept) (?:[\p{L}]+ ){0,2}domestic\b|(?:không|khong) (?:nhận|nhan) (?:[\p{L}]+ ){0,2}(?:trong nước|trong nuoc|nội địa|noi dia)|(?:chỉ|chi) (?:nhận|nhan) (?:dự án|du an|khách hàng|khach hang) (?:nước ngoài|nuoc ngoai)|国内(?:の)?(?:案件|顧客|お客様)(?:は|には)?(?:お受けして(?:おり|い)?ません|受けて(?:おり|い)?ません|対応して(?:おり|い)?ません|受け付けて(?:おり|い)?ません)|海外(?:の)?(?:お客様|顧客|案件)のみ/iu;

/**
 * "Japanese banks, insurers and their IT subsidiaries – offshore projects", "Khách hàng Nhật – dự án offshore": the
 * clients named before a dash are whom the work after it is for; the dash does not end the sentence there.
 */
const CLIENTS_BEFORE_DASH =
  "(?:(?:[Cc]lients?|[Cc]ustomers?)(?: (?:in|from) \\p{L}+)?|subsidiaries|[Kk]hách hàng(?: \\p{L}+){0,2}|[Kk]hach hang(?: \\p{L}+){0,2}|顧客|お客様|企業様)";
/** Where a statement's sentences part: a full stop, a bullet, a dash between words (not before a denial). */
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<=[。！？!?])|(?<=\.)\s+(?=[\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}"“(])|[•●■◆▶►]\s*(?=\S)|(?:^|\s)・\s*(?=\S)|(?<!${CLIENTS_BEFORE_DASH})\s+[–—-]\s+(?=\S)(?!(?:not|no|never|không|chưa|khong|chua)\b)`,
  "u",
);
/** After a nationality word, what makes it the language: "English as working language", "English is required". */
const LANGUAGE_AFTER_NATIONALITY =
  /^\s+(?:as (?:the |a |our |your )?(?:main |working |business |common |project )?language|(?:is |are )?(?:required|mandatory|a must)\b|(?:is |are )(?:also )?(?:fine|ok|okay|acceptable|not required|not needed|not necessary)\b)/u;
/** Words for a form of contract that also name work taken in (請負, 受託 are both). */
const CONTRACT_FORM_WORD = /^(?:一括)?請負$|^準委任$|^fixed[- ]price$|^(?:trọn gói|tron goi)$/u;
/** A public cloud named as such (its work is "cloud"; the platform under a product is not). */
const CLOUD_PLATFORM = /^(?:aws|amazon web services|azure|microsoft azure|gcp|google cloud(?: platform)?)$/iu;
/** Before the platform: "runs on", "hosted on", "lưu tại", "chạy trên". */
const RUNS_ON_BEFORE =
  /(?:\b(?:runs?|running|hosted|hosting|built|deployed|stored|kept|based|sits?|lives?)\s+(?:\w+\s+)?(?:on|in)|(?:lưu|luu|lưu trữ|luu tru|chạy|chay|triển khai|trien khai|đặt|dat|vận hành|van hanh)\s+(?:\S+\s+){0,2}?(?:tại|tai|trên|tren))\s*$/iu;
/** After it: AWS上で稼働, AWS上で動く, AWSで稼働, "-hosted", AWS基盤の. */
const RUNS_ON_AFTER =
  /^\s*(?:上で|上に|上の|の上で|で)\s*(?:稼働|動く|動作|運用され|構築され|提供)|^\s*(?:基盤|環境)(?:の|で|上)|^-?\s*hosted\b|^\s*(?:vùng|vung|region)\b/iu;
/** After a shop: the firm runs it (ECモールを運営しています), not for others (運営代行, 運営支援). */
const OWN_SHOP_AFTER =
  /^\s*(?:サイト|モール|ショップ|ストア|店)?\s*(?:を|の)\s*(?:運営|展開)(?!代行|支援|受託|サービス)/u;
/** Before it: "we run an online store", "operates a marketplace" (not "for clients"). */
const OWN_SHOP_BEFORE =
  /\b(?:we run|we operate|we own|runs|operates|owns|running|operating)\s+(?:an?|our|the|its)?\s*(?:own\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A capability named as the firm's own means (its product's platform, its own shop), by the words around it. */
const OWN_MEANS: { code: string; phrase?: RegExp; before: RegExp; after: RegExp }[] = [
  { code: "cloud", phrase: CLOUD_PLATFORM, before: RUNS_ON_BEFORE, after: RUNS_ON_AFTER },
  { code: "ecommerce-platforms", before: OWN_SHOP_BEFORE, after: OWN_SHOP_AFTER },
];
/** The talk of the work (meetings, documents, reports) all in one language. */
const ALL_IN_ONE_LANGUAGE =
  /(?:会議|打合せ|打ち合わせ|ミーティング|定例|ドキュメント|資料|報告|レポート|やり取り|やりとり|連絡|コミュニケーション|仕様書|設計書|業務|作業|\bmeetings?\b|\bdocuments?\b|documentation|\breports?\b|communications?|\bwork\b|\bthe project\b|công việc|cong viec|họp|tài liệu|tai lieu)[^。.;]{0,24}(?:すべて|全て|\ball\b|\bentirely\b|(?<![\p{L}])(?:tất cả|toàn bộ|hoàn toàn|tat ca|toan bo|hoan toan)(?:\s+(?:đều|deu))?)\s*(?:(?:in|bằng|bang)\s+)?(?:(?:tiếng|tieng)\s+)?(?:日本語|英語|japanese|english|nhật|nhat|anh)/iu;
/** Leave given, not a demand ("can be all in English if preferred", 英語でも可). */
const LEAVE_GIVEN =
  /\bcan be\b|\bmay be\b|if preferred|if you prefer|optional|でも可|でも構いません|でもよい|でも大丈夫/iu;
/** What clients plan, use or have, named right after them (see CLIENT_NOUN_BEFORE). */
const CLIENTS_SITUATION =
  /(?<![\p{L}])(?:(planning|considering|preparing|with(?= (?:[\p{L}\d/,-]+ ){0,6}(?:estates?|assets?|installations?|volumes?|workloads?|backlogs?)\b))|(?:that|who|which)\s+(?:are\s+)?(use|run|plan|planning|considering|migrating|using|running))(?![\p{L}])/giu;
/** Clients named before it, a few words back in its sentence. */
const CLIENT_NOUN_BEFORE =
  /(?<![\p{L}])((?:companies|firms|businesses|enterprises|clients|customers|organi[sz]ations|startups|smes|manufacturers|factories|brands|agencies|banks|insurers|retailers|hospitals|municipalities|governments|siers?|users|operators|groups)(?:\s+(?:and|&|or)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?)(?:\s+(?:in|from|across)\s+[^.;:]{1,60}?)?\s*$/iu;
/** …not partners or suppliers anywhere before them ("partners using SAP", "a vendor experienced in serving banks with…"). */
const PARTNER_WORD_BEFORE =
  /(?<![\p{L}])(?:partners?|vendors?|suppliers?|subcontractors?|contractors?|teams?|engineers?|developers?|consultants?|integrators?|providers?)(?![\p{L}])/iu;
/** Firms named by a service they sell: suppliers, whatever volumes they handle. */
const SERVICE_FIRMS =
  /annotation|label+ing|bpo|data[- ]entry|contact cent|call cent|outsourc|offshore|testing|\bqa\b|development|software|staffing|vendors?|translation|localization|localisation/iu;
/** Clients by their trade, whose systems are their own (not "companies" or "firms", which may be suppliers). */
const TRADE_CLIENT =
  /banks|insurers|retailers|hospitals|municipalities|governments|brands|agencies|manufacturers|factories|siers?|users|operators|enterprises/iu;
/** A step between JLPT levels, as the taxonomy's Japanese-training words write it ("n3 to n2", "n3 lên n2", n3からn2). */
const JLPT_STEP = /^n[1-5]\s*(?:to|lên|len|から)\s*n[1-5]$/iu;
/** Words of teaching, around such a step. */
const TEACHING_WORDS =
  /\btraining\b|\bcourses?\b|(?<![\p{L}-])(?<!world )class(?:es)?\b|\blessons?\b|\bteach|\btutor|\btrain\b|\bbring\b|\bupskill|\bschool|\bprep(?:aration)?\b|\bcoach|đào tạo|dao tao|khóa|khoa hoc|lớp|lop hoc|dạy|day tieng|luyện|luyen|ôn thi|on thi|nâng|nang trinh do|học tiếng|hoc tieng|研修|講座|教育|レッスン|学校|教室|育成|学習|レベルアップ|講師|対策|合格|支援/iu;
/** The sentence a position is in: from sentenceStart() to the next stop. */
const sentenceAround = (text: string, at: number): string => {
  const rest = text.slice(at).search(/[.。;]/u);
  return text.slice(sentenceStart(text, at), rest < 0 ? text.length : at + rest);
};
/** Before a lack, what makes it no counterpart's need: a refusal of such partners, the firm itself, a reason. */
const LACK_NOT_THEIRS =
  /(?:không|khong|chưa|chua)\s+(?:hợp tác|hop tac|nhận|nhan|làm việc|lam viec|chọn|chon)|\b(?:will not|won't|do not|don't|never)\b|chúng tôi|chung toi|công ty mình|\bour\b|\bwe\b|(?<![\p{L}])(?:vì|vi|do|nên|nen)(?![\p{L}])|because|\bsince\b|当社|弊社/iu;
/** A lack said of a counterpart ("đang thiếu", "that lack"): its need. */
const COUNTERPART_LACKS = /^(?:thiếu|thieu|đang thiếu|dang thieu|lack|lacks|lacking)$/iu;
/** A negation of having ("chưa có", "không có", "have no"): said of what the firm has. */
const HAS_NOT =
  /^(?:chưa có|chua co|không có|khong co|have no|has no|don't have|do not have|doesn't have|does not have)$/iu;
/** A language the firm says it is weak in, after it ("tiếng Anh còn hạn chế", "English is limited", 英語は苦手)… */
const WEAK_AFTER =
  /^\s*(?:(?:còn|con|vẫn|van|rất|rat|khá|kha|is|are|still|skills?|level|ability)\s+)*(?:hạn chế|han che|yếu|yeu|kém|kem|limited|weak|poor)(?![\p{L}])|^(?:は|が|力は|力が)?(?:まだ)?(?:苦手|不得意|限定的|片言|不十分|弱い)/iu;
/** …or before it ("limited English", "basic English"). */
const WEAK_BEFORE = /(?:limited|basic|little|weak|poor)\s+$/iu;
/** The firm's base named as the topic before "only" (日本の拠点は東京のみ, 当社の事務所はハノイのみ). */
const OWN_BASE_TOPIC = /(?:拠点|オフィス|事務所|支社|支店|本社|日本法人|現地法人|開発センター)(?:は|も)[^。、]{0,16}$/u;

/** A partner's work on something the firm owns, right before "our" ("to take over our AWS operations"). */
const WORK_ON =
  /\b(?:(?:take over|take care of|maintain|run|operate|migrate|move|build|develop|redesign|rebuild|modernize|modernise|upgrade|test|manage|integrate|localize|localise|translate|renew|replace|revamp|overhaul|refactor|port|extend|help with|help us with|migrating|upgrading|maintaining|guide|guiding|audit|auditing|review|reviewing|assess|assessing|secure|securing|protect|protecting|prepare|preparing)|(?:renewal|migration|rebuild|redesign|replacement|modernization|modernisation|maintenance|development|testing|localization|localisation|translation|integration|upgrade|revamp|overhaul|refactoring|porting|extension|audit|review|assessment|preparation|protection)\s+(?:of|for|to))\s+$/u;
/** Teaching the firm's people, right before "our" ("to bring about 100 of our engineers … to N2", "train our staff"). */
const TEACH_OURS =
  /\b(?:train|teach|coach|upskill|bring)(?:\s+(?:about|around|some|up to|over|all))?(?:\s+[\d,]+)?(?:\s+of)?\s+$/u;
/** What is taught: the training capabilities, sought of a partner that teaches the firm's people. */
const TRAINING_CODES = new Set(["japanese-language-training", "english-language-training", "corporate-training"]);
const WORK_BETWEEN =
  /\b(?:renewal|migration|rebuild|redesign|replacement|modernization|modernisation|revamp|overhaul|upgrade|refactoring)\s+(?:to|into|onto|on|with)\b/u;
/**
 * 自社ECを…移行したい, 自社サイトをリニューアルしたい: the firm's own thing as the object of work it seeks; 自社ECに
 * 試着機能をつけたい: the thing a feature is to be added to.
 */
const JA_WORK_ON_OWN =
  /^[^をがは、。]{1,12}を[^。、]{0,30}?(?:移行|刷新|リプレース|リニューアル|改修|再構築|作り直|構築し直|置き換え|乗り換え|移管|クラウド化|多言語化|システム化|(?:作り|作っ|構築し|立ち上げ|開設し|制作し)(?:たい|て(?:ほしい|もらいたい|いただき)))|^[^をがは、。]{1,12}に[^。、]{0,30}?を(?:つけ|付け|追加|導入|入れ|組み込|実装|搭載)|^[^をがは、。の(（]{1,16}(?:[(（][^)）]{0,20}[)）])?の(?:改修|刷新|リプレース|リプレイス|リニューアル|再構築|作り直し|置き換え|移行|クラウド化|多言語化|機能追加|追加開発|保守|運用保守|モダナイズ|マイグレーション|全面刷新)/u;
/** "our loyalty app renewal", "our EC site migration to Shopify": work sought on a thing the firm owns, named after it. */
const WORK_AFTER =
  /^\s*(?:[\p{L}\d.+-]+\s+){0,2}(?:\([^)]{0,30}\)\s*)?(?:renewal|migration|rebuild|redesign|replacement|modernization|modernisation|revamp|overhaul|upgrade|refactoring)\b/u;
/** Engineers as the ones taught: training before or after the word for them. */
const TRAINED_ENGINEERS =
  /(?<![\p{L}-])(?:đào tạo|dao tao|huấn luyện|huan luyen|train|training|teach|teaching)\s+(?:(?:các|cac|những|nhung|our|the|new|\d+)\s+)?(?:kỹ sư|ky su|engineers?)(?![\p{L}])|(?:エンジニア|技術者)(?:向けの?|の)?(?:日本語)?研修|(?:エンジニア|技術者)(?:向けの?|の)(?:日本語)?教育/iu;
/** …unless the clause also supplies or dispatches people ("train and dispatch engineers on-site", 派遣できる). */
const SUPPLIES_PEOPLE =
  /dispatch|supply|派遣|常駐できる|送り出|cử|cu ky su|gửi|gui ky su|cung cấp|cung cap|điều động/iu;
/** Words of chips, beside which "IP" is silicon IP. */
const CHIP_CONTEXT =
  /chips?\b|\bsoc\b|\basic|silicon|半導体|チップ|vi mạch|bán dẫn|tsmc|\d+\s?nm\b|\badc\b|\bpll\b|serdes|\bphy\b|fpga|\beda\b|\brtl\b|tape-?out|design house/iu;
/** Forensics of money, not of systems. */
const FINANCE_FORENSICS = /forensic accounting|fraud investigation|kế toán|tài chính|会計|不正会計|監査法人/iu;
/** A printed circuit board, whose place and route is board work. */
const PCB_CONTEXT = /\bpcbs?\b|pcba|基板|プリント|mạch in|circuit board/iu;
/** Customers' inquiries, what a customer-support desk answers. */
const CUSTOMER_INQUIRIES = /問い合わせ|問合せ|お問合せ|\binquir(?:y|ies)\b|\benquir(?:y|ies)\b|thắc mắc/iu;
/** IT support for the firm's own staff (社内ヘルプデスク, PC kitting, "for employees"). */
const STAFF_IT =
  /社内|社員|従業員|キッティング|kitting|\bpc\b|employees|\bstaff\b|nhân viên|nhan vien|máy tính|on-?site|オンサイト|現地|工場|factor(?:y|ies)|nhà máy|server|サーバ|ネットワーク|network|システム|\bit\b|インフラ|infrastructure|保守|maintenance|\bl[12]\b|aws|子会社|拠点|subsidiar|hỗ trợ kỹ thuật|hệ thống/iu;
/** A sentence that opens with a course ("Khóa đào tạo …", "Bootcamp …", "Training courses in …"). */
const COURSE_OPENING =
  /^[\s•*・\-–—]*(?:(?:\d+[-–]?(?:month|week|tháng|thang)s?\s+)?(?:khóa đào tạo|khoa dao tao|khóa học|khoa hoc|chương trình đào tạo|chuong trinh dao tao|lớp học|lop hoc|lớp đào tạo|lop dao tao|bootcamps?|(?:online |corporate |intensive |\d+-(?:month|week) )?(?:training )?courses?(?: (?:in|on|of|for))?)(?![\p{L}]))/iu;
/** A course after the trade it teaches, in Japanese (BrSE養成講座, 半導体設計の研修プログラム); not training received (研修を受け). */
const COURSE_AFTER =
  /^(?:[・/／A-Za-z0-9]{0,12})?(?:の|向け)?(?:養成講座|講座|研修コース|育成コース|養成コース|スクール|(?:研修|教育)(?!を受|済|を修了|を実施し|を行っ|制度|で|分野|プログラム|によ))/u;
/** Training of the firm's own people, no course sold. */
const IN_HOUSE =
  /nội bộ|noi bo|社内|自社|in-house|internal|our (?:own )?(?:engineers|staff|team)|sẵn sàng cho dự án|san sang cho du an/iu;
/** Codes a course keeps: what it is (training, e-learning) and languages taught. */
const TAUGHT_KEEPS = /training|elearning|edtech|language/u;
/** Whether a capability's words are what a course teaches: named after a course that opens the sentence, or before
 * a Japanese word for a course; not where people are also supplied ("đào tạo và cung ứng kỹ sư"). */
const taught = (text: string, start: number, end: number): boolean => {
  const sentence = sentenceAround(text, start);
  // (…nor the firm's own people trained in-house: "Bootcamp nội bộ về Flutter", 社内のAWS研修で育成したエンジニア.)
  if (SUPPLIES_PEOPLE.test(sentence) || IN_HOUSE.test(sentence)) return false;
  return (
    COURSE_OPENING.test(text.slice(sentenceStart(text, start), start)) || COURSE_AFTER.test(text.slice(end, end + 16))
  );
};
/** A clause whose engineers are taught, and not also supplied or dispatched. */
const onlyTaught = (clause: string): boolean => TRAINED_ENGINEERS.test(clause) && !SUPPLIES_PEOPLE.test(clause);
const BECOME = /(?:become|becoming|be|trở thành|tro thanh|làm|lam)\s+(?:the|a|an|your|their)?\s*$/u;
const PLACE_LIST = /^\s*(?:,|、|・|\/|or|and|hoặc|hay|và|hoac|va|や|または|と|及び)\s*$/u;
/** A Vietnamese place name ("nhật bản", "viet nam") follows the noun it qualifies: "đối tác Nhật Bản". */
const VIETNAMESE_PLACE = /\s|[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
/** Capabilities that are a language's own: negating the language negates them. */
const LANGUAGE_SERVICES = new Set([
  "bridge-services",
  "japan-placement",
  "japanese-language-training",
  "translation-localization",
]);
const ROLE_CONCEPT: Partial<Record<Role, string>> = { investor: "venture-investment", distributor: "distribution" };
/** The capabilities that are roles (ROLE_CONCEPT's), not trades. */
const ROLE_CODES: ReadonlySet<string> = new Set(Object.values(ROLE_CONCEPT));

class Reader {
  mentions: Mention[] = [];
  capacityNamed = false;
  capacityAsked = false;
  capacityOffered = false;
  capacityFor: string[] = [];
  /** Each clause that looks for partners to bid with: the places it names them from (none: anywhere). */
  private biddingPlaces: string[][] = [];
  /** Where the partners its what-we-look-for names are ("Đối tác kiểm thử độc lập tại Việt Nam"). */
  private partnerPlaces: string[] = [];
  /** The statement being read speaks of bidding together; the one before it (whose need a requirement may refine) did. */
  private statementBidding = false;
  private afterBidding = false;
  /** The statement before the one being read, in the same field, stated a need that a "For the bid, …" can refer to. */
  private neededBefore = false;
  private sentencePlaces: string[] = [];
  /** The least ages asked of partners, sentence by sentence, with the needs each sentence names. */
  private ages: { years: number; wish: boolean; needs: string[] }[] = [];
  /** Head counts of the sentence being read: teams it states of itself, and least teams it asks for. */
  private sentenceTeams: { value: number; mentions: Mention[] }[] = [];
  /** A clause of the statement looks for clients: the head counts of its other clauses are what the firm sells. */
  private lineSelling = false;
  private sentenceTeamMins: number[] = [];
  private describedTeams: Record<string, number> = {};
  /** Regions it says it takes no work in (servesOnly is narrowed by them at the end). */
  private refusedRegions: string[] = [];
  /** The texts read, what it looks for apart, for the contract forms it asks and refuses (contracts.ts). */
  private seekTexts: string[] = [];
  private otherTexts: string[] = [];
  /** Least teams asked in a statement that names no need ("Requirements: at least 200 engineers in…"). */
  private unplacedTeamMins: number[] = [];
  /** Regions a distributor is sought to sell in, in the sentence being read (scoped to distribution). */
  private channelRegions: string[] = [];
  /** The needs named so far in the statement being read (see source()). */
  private lineNeeds: Mention[] = [];
  /** A sentence of the statement sought something the reader found no capability in. */
  private lineUnread = false;
  /** Statements read so far (Mention.statement). */
  private statements = 0;
  /** The statement asks for capacity (subcontractors, a lab) without naming in what. */
  private lineCapacity = false;
  /** The statement being read, whole (a sentence of it may say "only" or "yet" for the rest). */
  private line = "";
  intents = new Set<Intent>();
  notIntents = new Set<Intent>();
  /** What the statement being read asks for, and refuses (see bareDevelopmentPartner). */
  private lineIntents = { wanted: new Set<Intent>(), refused: new Set<Intent>() };
  required: Requirements = {
    languages: [],
    minEmployees: null,
    scale: null,
    presence: [],
    scopedPresence: [],
    certifications: [],
    certificationChoice: [],
    onsiteJapan: false,
    onsiteSought: false,
    forConsortium: false,
  };
  facts: Facts = {
    languages: [],
    lacksLanguages: [],
    presence: [],
    certifications: [],
    lacksCertifications: [],
    onsiteJapan: false,
    noOnsite: false,
    people: null,
    minTeam: null,
    maxTeam: null,
    money: [],
    stages: [],
    writes: [],
  };

  constructor(private readonly concepts: PhraseIndex<string>) {}

  source({ kind, text }: TextSource) {
    if (!text.trim()) return;
    if (kind !== "tags") (kind === "seeks" ? this.seekTexts : this.otherTexts).push(text);
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) push(this.facts.writes, "ja");
    if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(text)) push(this.facts.writes, "vi");
    else if (/\b(the|and|we|our|with|for)\b/i.test(text)) push(this.facts.writes, "en");
    // Diacritics are left out per writer, so per field: a short statement ("Phat trien web app (React)") is
    // judged with the rest of its field.
    const fold = looksUnmarkedVietnamese(text);
    const lines = kind === "tags" ? text.split(/[;,、\n]+/) : text.split(/\n+/);
    // Statements of requirements only, between one need and the next (see carryRequirements()).
    let block: Mention[] = [];
    let pending: ReturnType<Reader["requirementMarks"]> | null = null;
    let pendingText = "";
    // Whether a statement of the pending requirements named the firms it would bid with.
    let pendingBid = false;
    // The needs of the last statement that named some, and those a pending "For the bid, partners must…" refers to
    // (THE_PROJECT): that statement's, not every need before it.
    let lastNeeds: Mention[] = [];
    let projectNeeds: Mention[] | null = null;
    const start = this.mentions.length;
    let blockBidding = false;
    for (const line of lines) {
      const marks = this.requirementMarks();
      const first = this.mentions.length;
      this.statementBidding = false;
      const afterBidding: boolean = blockBidding;
      this.afterBidding = afterBidding;
      this.neededBefore = lastNeeds.length > 0;
      this.statement(line, kind, fold);
      this.afterBidding = false;
      if (kind === "tags") continue;
      const needs = this.mentions.slice(first).filter((m) => m.direction === "seek" && !m.negated);
      const asks = this.addedRequirements(marks);
      // "Flutter team for a front-end on mock data; no certification needed for this part": the need asks nothing,
      // though another asks ISO 27001 (score.ts: a partner meeting this need best is its partner, and unbound).
      if (needs.length && !asks && kind === "seeks" && WAIVES.test(line))
        this.waiveScope([...new Set(needs.map((m) => m.code))]);
      // "打合せは日本語でできることが条件です（英会話講師の件だけは英語で可）": the condition binds the partners of the
      // field's other needs, and the needs the remark excepts ask nothing of theirs.
      if (asks && kind === "seeks") {
        const excepted = exceptedNeeds(line, needs);
        const others = [
          ...new Set(
            this.mentions
              .slice(start)
              .filter((m) => m.direction === "seek" && !m.negated && !excepted.includes(m.code))
              .map((m) => m.code),
          ),
        ];
        if (excepted.length && others.length) {
          this.takeScope(others, marks, this.requirementMarks());
          this.waiveScope(excepted);
        }
      }
      // A line of its own, under no need, waiving certifications for every partner ("ISO 27001は不要。来日・常駐も
      // 不要", "We do not require certifications from the partner"): the column's are overruled.
      if (!needs.length && !asks && kind === "seeks" && !SUB_ITEM.test(line) && WAIVES.test(line)) {
        const certsIn = (text: string) =>
          findCues(prepare(text))
            .flatMap((x) => x.payload)
            .flatMap((c) => (c.kind === "certification" ? [c.cert] : []));
        // The certifications the waiver names, when it names some ("CMMI level 3 or higher, ISO 27001 is an
        // advantage" waives ISO 27001 only); else every one in the line ("認証は不要です。ISMS・Pマーク…").
        const own = certsIn(WAIVES.exec(line)![0]);
        const named = own.length ? own : certsIn(line);
        const waived = (this.required.certificationsWaived ??= []);
        if (named.length) for (const c of named) push(waived, c);
        else if (/認証|資格|certific|chứng chỉ|chứng nhận|chung chi|chung nhan/iu.test(line)) push(waived, "ALL");
      }
      // …or a point set in under it ("【案件B】コーポレートサイト / 　・認証・規模は問いません").
      else if (
        !needs.length &&
        !asks &&
        kind === "seeks" &&
        !pending &&
        block.length &&
        SUB_ITEM.test(line) &&
        WAIVES.test(line)
      )
        this.waiveScope([...new Set(block.map((m) => m.code))]);
      // "For the tender, partners must…" after a project whose need the reader does not know: one project's
      // requirements, asked of no partner of the firm's other needs.
      if (asks && !needs.length && kind === "seeks" && THE_PROJECT.test(line) && !lastNeeds.length)
        this.dropRequirements(marks);
      if (afterBidding && !needs.length && asks) this.required.forConsortium = true;
      // The talk of bidding goes on through statements of requirements alone.
      blockBidding = this.statementBidding || (afterBidding && !needs.length && asks);
      // A least team in a statement of its own goes with the needs before it, else with the field's needs.
      if (this.unplacedTeamMins.length && block.length)
        for (const min of this.unplacedTeamMins.splice(0)) this.teamMin(block, min);
      // "Vietnamese subcontractors for peak capacity: min. 100 engineers, ISO 27001 required": a need of capacity in
      // the firm's own work, named in no capability, with its requirements; they bind that capacity (profile.ts
      // reads CAPACITY_SCOPE as what the firm offers), not the needs before or after it.
      if (this.lineCapacity && !needs.length && asks && !EVERY_PARTNER.test(line)) {
        if (pending) this.carryRequirements(pending, marks, block, pendingBid);
        this.takeScope([CAPACITY_SCOPE], marks, this.requirementMarks());
        block = [];
        pending = null;
        continue;
      }
      // "東北で常駐できる国内の協力会社も募集しています": a partner also sought, in no trade the reader knows; what it
      // asks is asked of that partner, not of every partner the firm meets.
      if (kind === "seeks" && !needs.length && asks && ALSO_SOUGHT.test(line)) {
        this.dropRequirements(marks);
        this.required.presence.splice(marks.presence);
        this.required.onsiteJapan = marks.onsiteJapan;
        this.required.onsiteSought = marks.onsiteSought;
      }
      // A statement that asks or prefers ("ブリッジSEを各チームに配置できること", "Java・COBOLの経験者を希望します") says
      // more of the needs before it, even when it names a capability.
      if (this.addedRequirements(marks) || REFINES.test(line)) {
        if ((block.length || needs.length) && !pending && this.addedRequirements(marks) && !OWN_SIDE.test(line)) {
          pending = marks;
          pendingText = line;
          pendingBid = this.statementBidding;
          projectNeeds =
            !needs.length && kind === "seeks" && THE_PROJECT.test(line) && lastNeeds.length ? lastNeeds : null;
        } else if (pending) {
          pendingText += "\n" + line;
          pendingBid ||= this.statementBidding;
        }
        block = [...block, ...needs];
      } else if (needs.length) {
        if (pending) this.carryRequirements(pending, marks, projectNeeds ?? block, pendingBid);
        block = pending || !block.length ? needs : [...block, ...needs];
        pending = null;
      } else if (pending && line.trim() && !SUB_ITEM.test(line)) {
        // Any other statement after them closes them too ("…BPOパートナー / 最低30席、ISMS取得企業に限ります /
        // M&Aのご提案は受け付けておりません"): they were the need's, not the firm's last word.
        this.carryRequirements(pending, marks, projectNeeds ?? block, pendingBid);
        block = [];
        pending = null;
      }
      if (needs.length) lastNeeds = needs;
      // (A statement of its own that names no need, "Consortium partners for a hospital HIS tender", is the project
      // a "For the tender, …" after it refers to: no need before it is.)
      else if (!asks) lastNeeds = [];
    }
    // Said for the project named before, last in the field ("…/ For the tender, partners must hold ISO 13485"):
    // they go with that project's needs, not with every partner.
    if (pending && projectNeeds) {
      this.carryRequirements(pending, this.requirementMarks(), projectNeeds, pendingBid);
      pending = null;
    }
    // Asked of the firm's subcontractors after its last need (委託先はISMSの取得が条件です), they go with the work it
    // gives out, not with the reseller or investor it also looks for.
    for (const min of this.unplacedTeamMins.splice(0)) this.teamMin(this.mentions.slice(start), min);
    if (
      pending &&
      SUPPLIER_ROLE.test(pendingText) &&
      !EVERY_PARTNER.test(pendingText) &&
      !OWN_SIDE_ROLE.test(pendingText) &&
      !CHANNEL_ROLE.test(pendingText)
    ) {
      const sought = this.mentions.slice(start).filter((m) => m.direction === "seek" && !m.negated);
      const work = sought.filter((m) => !CHANNEL_CONCEPTS.has(m.code));
      if (work.length < sought.length && work.length)
        this.carryRequirements(pending, this.requirementMarks(), work, pendingBid);
    }
  }

  /** An intent read (or refused) for the firm, noted for the statement being read too. */
  private addIntent(intent: Intent, refused = false) {
    (refused ? this.notIntents : this.intents).add(intent);
    this.lineIntents[refused ? "refused" : "wanted"].add(intent);
  }

  private statement(line: string, kind: SourceKind, fold: boolean) {
    // Sentences of one statement: a requirement in the second goes with the need named in the first.
    this.lineNeeds = [];
    this.lineUnread = false;
    this.lineCapacity = false;
    this.lineSelling = false;
    this.line = line.toLowerCase();
    this.lineIntents = { wanted: new Set(), refused: new Set() };
    const pieces = kind === "tags" ? [line] : line.split(SENTENCE_BREAK);
    const first = this.mentions.length;
    const refused = joinsOnly(line) ? new Set(this.notIntents) : null;
    for (const piece of pieces) if (piece.trim()) this.sentence(piece, kind, fold);
    // "当社は元請は行いません（入札保証を出す体制がないため）": refusing to lead bids is joining them as a member
    // (bid-role.ts), not refusing consortia, nor clients (元請 is also the word for the client that gives work).
    if (refused)
      for (const intent of ["consortium", "clients"] as const) if (!refused.has(intent)) this.notIntents.delete(intent);
    if (kind === "seeks") this.pains(line, first);
    if (kind === "seeks") this.bareDevelopmentPartner(line, first);
    if (kind === "seeks" && SMALL_PARTNER.test(this.line)) this.required.smallPartner = true;
    this.statements++;
    for (const m of this.mentions.slice(first)) m.statement ??= this.statements;
  }

  /**
   * A symptom said in what the firm looks for ("在庫が合わない", "patients wait 90 minutes at reception") is a need
   * of the capability that treats it (pains.ts), unless the statement already names that capability; a need of
   * its clients ("factories whose stock never matches") is what the firm treats. Not read in what a firm offers:
   * there a vendor names its product, and the symptoms are its features ("out-of-stock detection").
   */
  private pains(line: string, first: number) {
    const said = this.mentions.slice(first);
    const direction = theirPain(line) ? "offer" : "seek";
    // The thing a symptom is of, told as what the firm does now ("介護記録を手書きしてから…入力し直しており、…残業の
    // 原因になっています": read as offered for its ています), is what it needs.
    const symptoms = new Set(painsIn(line).map((p) => p.code));
    if (direction === "seek")
      for (const m of said) if (!m.negated && m.direction === "offer" && symptoms.has(m.code)) m.direction = "seek";
    const named = new Set(said.filter((m) => !m.negated).map((m) => m.code));
    // A symptom said with a negation ("スマホに対応していない") is the problem, not a refusal of the thing it names.
    const pains = painsIn(line).filter((p) => !named.has(p.code));
    for (const m of said)
      if (m.negated && pains.some((p) => p.code === m.code)) this.mentions.splice(this.mentions.indexOf(m), 1);
    for (const { code, phrase } of pains) {
      this.mentions.push({
        code,
        direction,
        weight: SOURCE_WEIGHT.seeks * PAIN_WEIGHT,
        negated: false,
        source: "seeks",
        phrase,
      });
    }
  }

  /**
   * "ベトナムの開発パートナー（日本語ができるエンジニア3〜5名）", "A Vietnamese development partner with Japanese-speaking
   * engineers": a development partner sought with nothing else named is software development sought. Only then: with
   * a trade named ("装置組込みソフトの開発委託先") the trade is the need, and a general one beside it would carry that
   * need's conditions to every developer. Not the development partners of aid (JICA, ODA, donors).
   */
  private bareDevelopmentPartner(line: string, first: number) {
    if (this.mentions.length > first) return;
    const bare = DEVELOPMENT_PARTNER.exec(line);
    // Refused ("開発パートナーは募集していません"), or the firm is the partner and its clients are who look for one
    // ("開発パートナーを探している日本企業様", "to become the development partner of Japanese companies").
    const { wanted, refused } = this.lineIntents;
    if (!bare || AID_PARTNERS.test(line) || refused.has("subcontractors")) return;
    if (REFUSED_AFTER.test(line.slice(bare.index + bare[0].length))) return;
    if (wanted.has("clients")) return;
    this.mentions.push({
      code: SOFTWARE_DEVELOPMENT,
      direction: "seek",
      weight: SOURCE_WEIGHT.seeks,
      negated: false,
      source: "seeks",
      phrase: bare[0],
    });
  }

  /** The statement's sought mentions said between start and end, work the firm sells instead (see the callers). */
  private soldWithin(first: number, text: string, start: number, end: number) {
    for (const m of this.mentions.slice(first)) {
      const at = text.indexOf(m.phrase, start);
      if (m.direction === "seek" && !m.negated && at >= start && at < end) m.direction = "offer";
    }
  }

  /** Drops the mentions read since `first` that `drop` picks: what the sentence, read whole, says they are not. */
  private dropMentions(first: number, drop: (m: Mention) => boolean) {
    for (let i = this.mentions.length - 1; i >= first; i--) if (drop(this.mentions[i]!)) this.mentions.splice(i, 1);
  }

  /** A sentence, and the least age it asks of partners with the needs it names (see result()). */
  private sentence(raw: string, kind: SourceKind, fold: boolean) {
    const first = this.mentions.length;
    this.sentenceRead(raw, kind, fold);
    const years = kind === "seeks" ? minAgeIn(raw) : 0;
    if (years)
      this.ages.push({
        years,
        wish: AGE_WISH.test(raw),
        needs: this.mentions.slice(first).flatMap((m) => (m.direction === "seek" && !m.negated ? [m.code] : [])),
      });
  }

  private sentenceRead(raw: string, kind: SourceKind, fold: boolean) {
    // "（今は手書きの防除日誌）", "(hiện tại dùng Excel)": how the firm works now, bracketed beside a need, is neither
    // what it seeks nor what it offers.
    if (kind === "seeks") raw = raw.replace(STATUS_QUO, "");
    const s = prepare(raw, fold);
    if (!s.text) return;
    if (kind !== "tags") {
      this.facts.money!.push(...moneyIn(raw));
      const revenue = revenueIn(raw).map((r) => (kind === "seeks" ? { ...r, sought: true } : r));
      if (revenue.length) (this.facts.revenue ??= []).push(...revenue);
      if (preRevenueIn(raw)) this.facts.preRevenue = true;
      this.facts.stages!.push(...stageClaimsIn(raw));
      // The year the firm was founded, where it speaks of itself.
      if (kind !== "seeks") this.facts.founded ||= foundedIn(raw) || undefined;
    }
    const cueMatches = findCues(s);
    // "phát triển ứng dụng di động", "アプリ開発": crossing phrases both count (software development and mobile apps).
    let conceptMatches = this.concepts.find(s, true);
    // A certification named as a capability's words ("chứng chỉ bảo mật") is a certification, not security work;
    // a longer capability phrase ("ISMS構築支援") stays a capability.
    // A trade's own standard ("PCI DSS準拠", "ISO 26262", HACCP) also names the trade: both stand.
    const certs = cueMatches.filter((m) =>
      m.payload.some((c) => c.kind === "certification" && GENERIC_CERTS.has(c.cert)),
    );
    conceptMatches = conceptMatches.filter(
      (m) => !certs.some((c) => c.start <= m.start && m.end <= c.end && c.end - c.start >= m.end - m.start),
    );
    // Money put into property, plants or IT is not investing in firms: chủ đầu tư (a project's owner), 投資用マンション,
    // IT投資, FDI, "return on investment".
    conceptMatches = conceptMatches.filter(
      (m) =>
        !(
          m.payload.includes("venture-investment") &&
          BARE_INVESTMENT.test(m.phrase) &&
          (!VENTURE_CONTEXT.test(s.text) ||
            NOT_VENTURE_BEFORE.test(s.text.slice(Math.max(0, m.start - 16), m.start)) ||
            NOT_VENTURE_AFTER.test(s.text.slice(m.end, m.end + 16)) ||
            // 投資家向け, 投資家からの購入相談, 投資家に物件を紹介: investors as a firm's clients.
            (m.phrase === "投資家" && /^\s*(?:向け|から|に|様|の方)/u.test(s.text.slice(m.end, m.end + 4))))
        ),
    );
    // A step of JLPT levels ("N3 to N2", "N3 lên N2", N3からN2) is Japanese training only beside a word of teaching
    // ("khóa", "training", 研修); "ブリッジSE（日本語N3からN2レベル）" is the level of the people sought.
    conceptMatches = conceptMatches.filter(
      (m) => !(JLPT_STEP.test(m.phrase) && !TEACHING_WORDS.test(sentenceAround(s.text, m.start))),
    );
    // Chip words named outside chips: an IP camera or a game IP is no silicon IP, forensic accounting no digital
    // forensics, a PCB's place and route no chip's physical design.
    conceptMatches = conceptMatches.flatMap((m) =>
      m.payload === "semiconductor-ip" && !CHIP_CONTEXT.test(s.text)
        ? []
        : m.payload === "digital-forensics" && FINANCE_FORENSICS.test(s.text)
          ? []
          : m.payload === "physical-design" && PCB_CONTEXT.test(sentenceAround(s.text, m.start))
            ? [{ ...m, payload: "pcb-hardware" }]
            : [m],
    );
    // "ベトナム語・日本語のヘルプデスク委託（問い合わせ月300件程度）", "a helpdesk for our customers' inquiries": a desk
    // answering customers is customer support, not IT support for staff.
    conceptMatches = conceptMatches.map((m) =>
      m.payload === "helpdesk" &&
      !/^it\b|\bit$/iu.test(m.phrase) &&
      CUSTOMER_INQUIRIES.test(sentenceAround(s.text, m.start)) &&
      !STAFF_IT.test(sentenceAround(s.text, m.start))
        ? { ...m, payload: "contact-center" }
        : m,
    );
    // "Khóa đào tạo thiết kế vi mạch 6 tháng (RTL, UVM, layout analog)", "Bootcamp Java/Spring", BrSE養成講座: the
    // trade a course teaches is training given or sought, not the trade done (a school is no design house).
    conceptMatches = conceptMatches.map((m) =>
      !TAUGHT_KEEPS.test(m.payload) && taught(s.text, m.start, m.end) ? { ...m, payload: "corporate-training" } : m,
    );
    // PMS, フロントシステム, "channel manager" name a hotel's systems only beside a hotel word (not femtech's PMS, a
    // securities firm's front system, a sales channel manager).
    conceptMatches = conceptMatches.filter(
      (m) =>
        !(
          (m.payload === "hotel-pms" || m.payload === "booking-engines") &&
          HOTEL_AMBIGUOUS.test(m.phrase) &&
          !HOTEL_CONTEXT.test(sentenceAround(s.text, m.start))
        ),
    );
    // "CIへの組み込み", "既存システムに組み込む": built into something, not embedded systems.
    conceptMatches = conceptMatches.filter(
      (m) =>
        !(
          m.payload.includes("embedded") &&
          /^(?:組み込み|組込み|組込)$/u.test(m.phrase) &&
          /(?:への|に)\s*$/u.test(s.text.slice(Math.max(0, m.start - 3), m.start)) &&
          // (onto a device it is embedded work: エッジデバイスへの組み込み)
          !/(?:デバイス|マイコン|ecu|機器|ボード|端末|チップ|fpga)\s*(?:への|に)\s*$/iu.test(
            s.text.slice(Math.max(0, m.start - 10), m.start),
          )
        ),
    );
    // "Full Japanese UI", "check Vietnamese UI", "giao diện tiếng Việt": the language of a product's screens, not
    // design work.
    conceptMatches = conceptMatches.filter(
      (m) =>
        !(
          m.payload.includes("ux-design") &&
          /^(?:ui|giao diện|giao dien|画面|ui\/ux画面)$/iu.test(m.phrase) &&
          (UI_LANGUAGE_BEFORE.test(s.text.slice(Math.max(0, m.start - 24), m.start)) ||
            /^\s*(?:tiếng|tieng)\s/iu.test(s.text.slice(m.end, m.end + 8)))
        ),
    );
    // What the firm itself runs on or sells through, in what it says of itself: "AWS上で稼働するSaaS", "Dữ liệu khách
    // hàng lưu tại AWS vùng Tokyo" (the platform under its product), "家電・日用品のECモールを運営しています" (its own
    // shop), not cloud or e-commerce work it sells. (In what it looks for, the platform under the system to be run,
    // "AWS上で動く自社SaaSの運用監視を委託したい", is the work's.)
    if (kind !== "seeks")
      conceptMatches = conceptMatches.filter(
        (m) =>
          !OWN_MEANS.some(
            (own) =>
              m.payload.includes(own.code) &&
              (!own.phrase || own.phrase.test(m.phrase)) &&
              (own.before.test(s.text.slice(Math.max(0, m.start - 24), m.start)) ||
                own.after.test(s.text.slice(m.end, m.end + 16))),
          ),
      );
    const flat: CueAt[] = [];
    // Japanese negation from the analyser: the auxiliaries ない, ぬ (ず), ん and the adjective ない (行っておらず,
    // 経験がない, 対応しません).
    s.words.forEach((w, i) => {
      if (!w.cjk) return;
      const negates =
        ((w.pos === "助動詞" && (w.base === "ない" || w.base === "ぬ" || w.base === "ん")) ||
          (w.pos === "形容詞" && w.base === "ない")) &&
        // A problem said, not a refusal: "越境ECのやり方がわからない", "受付が回らない", "人手が足りない".
        !problemSaid(s.words, i);
      if (negates) flat.push({ start: w.start, end: w.end, cue: { kind: "negation" }, phrase: w.exact });
    });
    const roleSpans = cueMatches.filter((m) => m.payload.some((c) => c.kind === "role"));
    for (const m of cueMatches) {
      if (
        m.payload.every((c) => c.kind === "thesis") &&
        roleSpans.some((r) => r.start <= m.start && m.end <= r.end && r.end - r.start > m.end - m.start)
      )
        continue;
      if (
        m.payload.some((c) => c.kind === "certification") &&
        conceptMatches.some((k) => k.start <= m.start && m.end <= k.end && k.end - k.start > m.end - m.start)
      )
        continue;
      for (const cue of m.payload) flat.push({ start: m.start, end: m.end, cue, phrase: m.phrase });
    }
    // 構いません, 問題ありません, 差し支えない: "(offshore) is fine", consent rather than a denial.
    const japanese = countCjk(s.text) > 2.5 * (s.text.match(/\p{Script=Latin}+/gu)?.length ?? 0);
    for (let i = flat.length - 1; i >= 0; i--) {
      const x = flat[i]!;
      if (x.cue.kind === "negation" && CONSENT.test(s.text.slice(Math.max(0, x.start - 8), x.end))) flat.splice(i, 1);
      // 検討可能です, ご相談可能: "open to (EC-CUBE)" is what the firm would accept, not what it can do.
      else if (
        x.cue.kind === "offer" &&
        /(?:検討|相談)(?:も|が)?$/u.test(s.text.slice(Math.max(0, x.start - 4), x.start))
      )
        flat.splice(i, 1);
      // …nor is the size of work it envisages (開発規模は2〜3名で半年程度を想定しています).
      else if (
        x.cue.kind === "offer" &&
        /(?:想定|予定|計画)$/u.test(s.text.slice(Math.max(0, x.start - 4), x.start)) &&
        /規模|体制|[0-9０-９]\s*(?:名|人月|ヶ月|か月|カ月)/u.test(s.text.slice(0, x.start))
      )
        flat.splice(i, 1);
      // "関西圏で対応可能な国内企業", "対応できるパートナー", "弁護士が在籍しているところ": what the partner sought can do
      // or has, not the firm.
      else if (
        x.cue.kind === "offer" &&
        /^(?:な|の|している|しており|する|できる)?\s*(?:国内|日系|現地|ベトナム|日本)?(?:の)?(?:企業|会社|パートナー|協力会社|業者|ベンダー|事業者|方|ところ|事務所|法人)/u.test(
          s.text.slice(x.end, x.end + 12),
        )
      )
        flat.splice(i, 1);
      // "Revitオペレーターが20名以上在籍していること", "…在籍し、年間20棟程度の継続発注に対応できること": in a statement
      // of what it looks for, what a sentence ending in a condition (…こと) says someone has is asked of the partner.
      else if (
        kind === "seeks" &&
        japanese &&
        x.cue.kind === "offer" &&
        x.phrase === "在籍" &&
        /(?:こと|ことが(?:条件|必須|前提)(?:です)?)[。.\s]*$/u.test(s.text) &&
        !flat.some((y) => y.cue.kind === "seek")
      )
        flat.splice(i, 1);
      // What it looks for may also be done some way ("こちらはオフショア開発も可能です", "リモートでも可"): allowed, not
      // offered.
      else if (
        kind === "seeks" &&
        x.cue.kind === "offer" &&
        /(?:も|でも)$/u.test(s.text.slice(Math.max(0, x.start - 2), x.start))
      )
        flat.splice(i, 1);
      // "Tìm công ty Việt Nam làm thầu phụ Java", "a partner to act as our subcontractor": the counterpart named just
      // before takes the work; the firm looks for a subcontractor, it does not take work.
      else if (counterpartTakes(x, flat, s.text)) flat[i] = { ...x, cue: { kind: "role", role: "supplier" } };
      // ネット受注, 受発注システム, 受注管理: taking orders as what a system does, not the firm taking work…
      else if (
        x.cue.kind === "role" &&
        x.cue.role === "takesWork" &&
        x.phrase === "受注" &&
        (/(?:ネット|web|オンライン|ec|発|モバイル|アプリ)\s*$/iu.test(
          s.text.slice(Math.max(0, x.start - 6), x.start),
        ) ||
          // …and listed with what else the system keeps (受注・在庫システム, 受注/出荷管理).
          /^(?:[・/／、\s]\S{1,6}?)?(?:システム|管理|業務|サイト|データ|処理|機能|画面|フォーム|アプリ|app|site|system)/iu.test(
            s.text.slice(x.end, x.end + 12),
          ))
      )
        flat.splice(i, 1);
    }
    // "Phần mềm lập kế hoạch sản xuất": planning production is the trade named, not a plan the firm has.
    for (let i = flat.length - 1; i >= 0; i--) {
      const x = flat[i]!;
      if (
        x.cue.kind === "seek" &&
        /^(?:kế hoạch|ke hoach)$/u.test(x.phrase) &&
        /(?:lập|lap)\s+$/u.test(s.text.slice(Math.max(0, x.start - 5), x.start)) &&
        /^\s+(?:sản xuất|san xuat|chuyền|chuyen|giao hàng|giao hang|bảo trì|bao tri)/u.test(
          s.text.slice(x.end, x.end + 12),
        )
      )
        flat.splice(i, 1);
    }
    // "Công ty IT … đang thiếu BrSE tiếng Nhật", "companies that lack Japanese-speaking staff": what a counterpart
    // lacks is its need (isTheirs() then makes it the firm's offer), not a lack of the firm's own.
    for (let i = 0; i < flat.length; i++) {
      const x = flat[i]!;
      // (In what the firm looks for: in what it offers, "Cong ty con thieu chung chi ISO 27001" is the firm's own lack.)
      if (kind !== "seeks" || x.cue.kind !== "negation" || !COUNTERPART_LACKS.test(x.phrase)) continue;
      // (Not tối thiểu, giảm thiểu, giới thiệu typed without marks: "toi thieu 20 ky su" is at least.)
      if (/(?:tối|toi|giảm|giam|giới|gioi)\s+$/iu.test(s.text.slice(Math.max(0, x.start - 6), x.start))) continue;
      // …nor a lack the firm refuses in partners ("Không hợp tác với đối tác thiếu ISO 27001": a requirement), nor
      // its own ("vì công ty đang thiếu…", "Our company lacks AWS engineers").
      if (LACK_NOT_THEIRS.test(s.text.slice(sentenceStart(s.text, x.start), x.start))) continue;
      const counterpart = flat.some(
        (y) =>
          (y.cue.kind === "counterpart" ||
            (y.cue.kind === "role" && (y.cue.role === "client" || y.cue.role === "partner"))) &&
          y.end <= x.start &&
          x.start - y.end <= 60 &&
          !/[.;:。；]/u.test(s.text.slice(y.end, x.start)) &&
          !FIRST_PERSON.test(s.text.slice(y.end, x.start)),
      );
      if (counterpart) flat[i] = { ...x, cue: { kind: "seek" } };
    }
    // "Japanese enterprises planning Sales Cloud rollouts", "agencies and brands … that use Marketing Cloud", "SIers with
    // mainframe estates", "robotics companies with large labelling volumes": clients named by what they plan, use or have, in what the firm looks for. The verb is their
    // need (isTheirs() then makes it the firm's offer), as "companies that need" is.
    if (kind === "seeks")
      for (const v of s.text.matchAll(CLIENTS_SITUATION)) {
        const verb = v[1] ?? v[2]!;
        const at = v.index! + v[0].length - verb.length;
        const before = s.text.slice(sentenceStart(s.text, v.index!), v.index!);
        const client = before.match(CLIENT_NOUN_BEFORE);
        if (!client || PARTNER_WORD_BEFORE.test(before) || /\bour\b|\bwe\b/iu.test(before)) continue;
        // What a firm uses, runs or has is its client's situation only for clients by trade ("brands … that use
        // Marketing Cloud"); "companies that use Flutter" are as often the suppliers sought.
        // …and any firms "with large labelling volumes" have work to give: clients whatever they are called.
        const workToGive =
          verb === "with" &&
          // (not firms of a service trade, the suppliers sought: "annotation companies with high monthly volumes")
          !SERVICE_FIRMS.test(before) &&
          /^with (?:[\p{L}\d/,-]+ ){0,6}(?:volumes?|workloads?|backlogs?)\b/iu.test(s.text.slice(at, at + 80));
        if (
          !/^(?:planning|considering|preparing|migrating)$/iu.test(verb) &&
          !workToGive &&
          !TRADE_CLIENT.test(client[1]!)
        )
          continue;
        if (flat.some((x) => x.start < at + verb.length && at < x.end)) continue;
        const add = (cue: CueAt) => {
          const k = flat.findIndex((x) => x.start > cue.start);
          flat.splice(k < 0 ? flat.length : k, 0, cue);
        };
        // The clients as a counterpart, where the lexicon has no word for them ("SIers and banks").
        const from = sentenceStart(s.text, v.index!) + client.index!;
        // (A clause may part them from one named earlier: "Large enterprises and SIers with…".)
        const last = from + client[1]!.search(/[\p{L}-]+$/u);
        if (!flat.some((x) => x.cue.kind === "counterpart" && x.start >= last && x.end <= v.index!))
          add({
            start: last,
            end: from + client[1]!.length,
            phrase: s.text.slice(last, from + client[1]!.length),
            cue: { kind: "counterpart" },
          });
        add({ start: at, end: at + verb.length, phrase: verb, cue: { kind: "seek" } });
      }
    // "We will not adopt a system without Vietnamese payment gateways": a refusal of what lacks it asks for it.
    for (let i = flat.length - 1; i >= 0; i--) {
      const x = flat[i]!;
      if (x.cue.kind !== "negation" || !/^(?:without|thiếu|thieu)$|^(?:không|khong)\s+(?:có|co)$/u.test(x.phrase))
        continue;
      const first = flat.findIndex(
        (y) =>
          y.cue.kind === "negation" &&
          y.end <= x.start &&
          x.start - y.end <= 40 &&
          !/[,;:.、。]/u.test(s.text.slice(y.end, x.start)) &&
          // …not a second lack joined to the first ("không có tư vấn FI/CO và không có đội ABAP"): both are lacks.
          !(
            HAS_NOT.test(y.phrase) && /(?:^|\s)(?:và|va|and|hay|or|cũng|cung)\s+$/iu.test(s.text.slice(y.end, x.start))
          ),
      );
      if (first < 0) continue;
      flat[i] = { ...x, cue: { kind: "requirement" } };
      flat.splice(first, 1);
    }
    // "…không hợp tác với công ty không có ISO 27001 và không có BrSE": a lack joined to one read so is asked too.
    for (let i = 0; i < flat.length; i++) {
      const x = flat[i]!;
      if (x.cue.kind !== "negation" || !HAS_NOT.test(x.phrase)) continue;
      const joined = flat.some(
        (y) =>
          y.cue.kind === "requirement" &&
          HAS_NOT.test(y.phrase) &&
          y.end <= x.start &&
          x.start - y.end <= 60 &&
          !/[,;:.、。]/u.test(s.text.slice(y.end, x.start)) &&
          /(?:^|\s)(?:và|va|and|hay|or|cũng|cung)\s+$/iu.test(s.text.slice(y.end, x.start)),
      );
      if (joined) flat[i] = { ...x, cue: { kind: "requirement" } };
    }
    // "PHP（Laravel）の開発を任せられるオフショア先。2〜5名、一括請負、月200万円程度。": a contract form listed after the
    // need it goes with is the form the firm asks for, not work it takes.
    if (kind === "seeks" && this.lineNeeds.length)
      for (let i = flat.length - 1; i >= 0; i--) {
        const x = flat[i]!;
        if (
          x.cue.kind === "role" &&
          x.cue.role === "takesWork" &&
          CONTRACT_FORM_WORD.test(x.phrase) &&
          /^\s*(?:[、,，。;；/]|$)/u.test(s.text.slice(x.end, x.end + 2))
        ) {
          flat.splice(i, 1);
          // …nor the trade its words also name (一括請負 is also system integration's).
          conceptMatches = conceptMatches.filter((m) => !(m.start <= x.start && m.end >= x.end));
        }
      }
    // "お客様の問い合わせに24時間答える多言語チャットボット": in what-we-look-for, the firm's own customers whose
    // inquiries or bookings a system handles are no clients sought (the chatbot is what the ryokan buys).
    if (kind === "seeks" && japanese)
      for (let i = flat.length - 1; i >= 0; i--) {
        const x = flat[i]!;
        if (
          (x.cue.kind === "counterpart" || (x.cue.kind === "role" && x.cue.role === "client")) &&
          OWN_CUSTOMERS_THINGS.test(s.text.slice(x.end, x.end + 12))
        )
          flat.splice(i, 1);
      }
    const clauses = splitClauses(s, flat, conceptMatches, japanese, kind);
    // Mood: a clause's own cues, else its neighbour's in the reading direction, else the field's.
    for (const c of clauses) c.polarity = mood(c, s, japanese, kind);
    const prior = kind === "seeks" ? "seek" : "offer";
    const order = japanese ? [...clauses].reverse() : clauses;
    let last: "offer" | "seek" | null = null;
    for (const c of order) {
      if (c.polarity) last = c.polarity;
      else c.polarity = last;
    }
    for (const c of clauses) c.polarity ??= prior;
    lackAsReason(s.text, clauses);
    goalAfterCertification(s.text, clauses);
    if ((globalThis as { DEBUG?: number }).DEBUG)
      for (const c of clauses)
        console.log(
          `[${c.polarity}] ${s.text.slice(c.start, c.end)} :: ${c.cues.map((x) => `${x.cue.kind}${"role" in x.cue ? ":" + x.cue.role : ""}(${x.phrase})`).join(" ")}`,
        );
    // "We have no offshore partners yet" is where the firm stands, not a refusal.
    // The denial follows it in Japanese (海外への再委託は不可), precedes it otherwise ("we do not use offshore vendors").
    const abroad = REFUSES_ABROAD.exec(s.text);
    if (
      abroad &&
      // "…only product and technology partners": what it rules out is one kind of partner.
      !/\byet\b|chưa|まだ|\bonly\b|(?<![\p{L}\p{N}_])chỉ(?![\p{L}\p{N}_])|のみ|だけ/u.test(this.line) &&
      flat.some(
        (x) =>
          x.cue.kind === "negation" &&
          (japanese ? x.start >= abroad.index : x.end <= abroad.index && abroad.index - x.end <= 40),
      )
    )
      this.facts.refusesAbroad = true;
    if (DOMESTIC_ONLY.test(s.text)) this.facts.refusesAbroad = true;
    if (NO_DOMESTIC.test(s.text)) this.facts.noDomestic = true;
    if (INDIRECT_ONLY.test(s.text) || NO_DIRECT_SALES.test(s.text)) {
      const places = flat.filter((x) => x.cue.kind === "place").map((x) => (x.cue as { code: string }).code);
      const before = this.facts.indirectOnly;
      // Said once with a place and once without, it holds everywhere.
      this.facts.indirectOnly =
        before && (!before.length || !places.length) ? [] : [...new Set([...(before ?? []), ...places])];
    }
    if (
      PRIME_ONLY.test(s.text) &&
      !PRIME_ONLY_DENIED.test(s.text) &&
      (kind !== "seeks" || (FIRST_PERSON.test(s.text.toLowerCase()) && !PARTNERS_BOUND.test(s.text)))
    ) {
      const places = flat.filter((x) => x.cue.kind === "place").map((x) => (x.cue as { code: string }).code);
      const before = this.facts.primeOnly;
      this.facts.primeOnly =
        before && (!before.length || !places.length) ? [] : [...new Set([...(before ?? []), ...places])];
    }
    const bidding = flat.some((x) => x.cue.kind === "role" && x.cue.role === "consortium");
    if (bidding) this.statementBidding = true;
    const first = this.mentions.length;
    this.sentencePlaces = [];
    this.sentenceTeams = [];
    this.sentenceTeamMins = [];
    const before = this.requirementMarks();
    // "ブリッジSEは日本語能力N2以上": a JLPT level asked goes with the need of its sentence, as a language would.
    const level = kind === "seeks" ? jlptAsked([s.text]) : 0;
    if (level > (this.required.jlpt ?? 0)) this.required.jlpt = level;
    // A level asked of bridge engineers asks for them: a partner with none fails it. (Asked with no level, "BrSE
    // bắt buộc", they are not: a requirement with no level has no place in the requirement marks to ride with
    // its need, and asked of every partner it broke good pairs in four sets.)
    if (level && bridgeAsked(s.text)) this.required.bridge = true;
    if (level && everyoneAsked(s.text)) this.required.everyone = true;
    for (const c of clauses) this.clause(s, c, conceptMatches, kind, japanese, bidding);
    // "手動テストの要員は足りています": in what the firm looks for, the work whose staff it has enough of is no need.
    const enough = kind === "seeks" ? ENOUGH_STAFF.exec(s.text) : null;
    if (enough)
      for (const m of this.mentions.slice(first)) {
        const at = s.text.indexOf(m.phrase);
        if (at >= 0 && at < enough.index && !/[。.;；]/u.test(s.text.slice(at, enough.index))) {
          m.direction = "seek";
          m.negated = true;
        }
      }
    if (this.channelRegions.length) {
      const from = this.requirementMarks();
      for (const r of this.channelRegions.splice(0)) push((this.required.regions ??= []), r);
      this.takeScope(["distribution"], from, this.requirementMarks());
    }
    // "có phiên dịch tiếng Nhật khi cần" where the firm looks for partners: its own interpreter, no need of one.
    if (kind === "seeks" && HAS_OWN_INTERPRETER.test(s.text))
      this.dropMentions(first, (m) => m.code === "translation-localization" && m.direction === "seek");
    // "ハノイの販売代理店1社を通じて販売しています", "we sell through a local reseller": the firm's channel, no
    // distribution it offers.
    if (kind !== "seeks" && THROUGH_CHANNEL.test(s.text) && !AS_CHANNEL.test(s.text))
      this.dropMentions(first, (m) => m.code === "distribution" && m.direction === "offer");
    // "社内の業務アプリはkintoneで、会計・販売はSAP Business Oneで運用しています", "We use SAP Business One for
    // accounting": the systems a firm runs for itself are no offer of them (a vendor's stack is said with what it
    // builds: "We use React and Node.js to build web apps").
    if (kind === "description" && IN_HOUSE_USE.test(s.text) && OWN_USE.test(s.text) && !BUILDS_OR_SELLS.test(s.text))
      this.dropMentions(first, (m) => m.direction === "offer");
    // "hiện chưa có BrSE", "we have no BrSE": the bridge engineers a firm says it lacks are no offer of them (its
    // comtors, named beside them, still are).
    if (kind !== "seeks" && noBridgeStated([s.text]))
      this.dropMentions(first, (m) => m.code === BRIDGE && m.direction === "offer" && BRIDGE_ENGINEER.test(m.phrase));
    // "日本語でのコミュニケーション（ブリッジSE経由で可）": bridge engineers allowed as a way to talk are no need of them.
    if (kind === "seeks")
      this.dropMentions(first, (m) => {
        const at = s.text.indexOf(m.phrase);
        return (
          m.code === BRIDGE && m.direction === "seek" && at >= 0 && bridgeAllowed(s.text, at, at + m.phrase.length)
        );
      });
    // "Japanese SIers and user companies for long-term ODC", 日本のSIer・エンドユーザー企業: a kind of firm listed with
    // the clients sought is a kind of client, not a trade the firm offers because its clients need the work named
    // after them (two offshore vendors, one read as an SIer, met each other's need).
    if (kind === "seeks")
      this.dropMentions(first, (m) => {
        const at = s.text.indexOf(m.phrase);
        return (
          m.direction === "offer" &&
          FIRM_KIND.test(m.phrase) &&
          at >= 0 &&
          KIND_AND_CLIENTS.test(s.text.slice(at + m.phrase.length)) &&
          // …not the firm saying what it is ("We are an SIer and customers in Vietnam ask us…").
          !/\b(?:an?|as)\s+$/u.test(s.text.slice(Math.max(0, at - 6), at))
        );
      });
    // "日本のメーカーからのラボ型開発案件", "大手SIerからの組込み開発案件": work that comes to the firm from others
    // (からの…案件) is work it takes on, unless a partner is sought to do it with ("お客様からのAI開発案件を一緒に
    // 対応できるパートナー").
    const fromOthers = kind === "seeks" && japanese ? WORK_FROM_OTHERS.exec(s.text) : null;
    if (fromOthers) {
      const start = fromOthers.index + "からの".length;
      this.soldWithin(first, s.text, start, start + fromOthers[1]!.length);
    }
    // "Japanese enterprises for long-term ODC contracts": buyers named first, then the work for them, is work the firm
    // sells them (as "Japanese clients for long-term ODC" is); the firms that would do work are named otherwise
    // (vendors, partners, companies).
    const forBuyers =
      kind === "seeks" && !japanese && !PARTNER_SOUGHT_AFTER.test(s.text) ? BUYERS_FOR.exec(s.text) : null;
    if (forBuyers) this.soldWithin(first, s.text, 0, forBuyers[0].length);
    // "Vietnamese software houses that must reach ASPICE level 2 (as consulting clients)", "…làm khách hàng",
    // 顧客として: firms sought as clients; what they need is what the firm sells them.
    // (What they must reach, "ASPICE level 2", is no requirement of the firm's partners.)
    if (kind === "seeks" && AS_CLIENTS.test(s.text) && !NOT_AS_CLIENTS.test(s.text)) {
      this.soldWithin(first, s.text, 0, s.text.length);
      this.dropRequirements(before);
    }
    // "オフショア開発：不要", "AI-OCR: không cần", "Game development: not offered": a label and a denial after its
    // colon denies what the label names (the colon parts the clauses, so no clause holds both), and only that
    // ("Java開発者3名、リモート可、来日：不要" still looks for Java developers).
    const label = deniedLabel(s.text);
    if (label)
      for (const m of this.mentions.slice(first)) {
        const at = s.text.indexOf(m.phrase);
        if (at >= label.start && at < label.end) m.negated = true;
      }
    otherThan(s.text, flat, this.mentions.slice(first));
    dropResellerTerms(s.text, this.mentions, first);
    // "外国人職員向けの寮・日本語学習支援", opening a statement: what an employer gives its own foreign staff is no
    // service it sells (a registered support organisation or a school that does it for others says so: 受託, 研修,
    // 企業向けに提供).
    if (kind === "offers" && OWN_FOREIGN_STAFF.test(s.text) && !SOLD_AS_SERVICE.test(s.text))
      this.dropMentions(first, (m) => m.direction === "offer");
    // "Cần phần mềm ERP cho nhà máy thủy sản; … kinh nghiệm ngành thủy sản": the industry a need is for, or the
    // experience asked in it, beside the need named, is no need of its own.
    if (kind === "seeks") {
      const said = this.mentions.slice(first).filter((m) => m.direction === "seek" && !m.negated);
      const industry = (m: Mention) => {
        const at = s.text.indexOf(m.phrase);
        return at >= 0 && INDUSTRY_BEFORE.test(s.text.slice(Math.max(0, at - 16), at));
      };
      if (said.some((m) => !industry(m)))
        this.dropMentions(
          first,
          (m) => m.direction === "seek" && industry(m) && !said.some((o) => o.code === m.code && !industry(o)),
        );
    }
    // "Our bank clients keep asking for someone who knows FISC – we'd like a Japanese partner for that",
    // "Khách hàng FDI Nhật hỏi khóa tiếng Nhật, nhưng chúng tôi không có nội dung – cần đối tác": what the firm's own
    // clients ask and it lacks (said anywhere in the statement) is what it looks for, not what it sells.
    // (The clients may come in a later clause, after the lack or before it: "chưa có kỹ sư AUTOSAR, khách hàng Nhật
    // đòi ASPICE -> cần đơn vị tư vấn"; not after a search for partners with nothing lacking after them, "Looking
    // for channel partners for our ERP; our customers want fast rollout".)
    // Said later, only what is said from the clients' clause on is sought: the firm's own product named before it
    // ("We build Shopify stores; our clients want SEO as well, so we need a partner") is still sold.
    const clientsAskFrom = (): number => {
      if (OWN_CLIENTS_ASK.test(s.text)) return 0;
      let at = 0;
      for (const part of s.text.split(CLAUSE_OPENING)) {
        const here = s.text.indexOf(part, at);
        at = here + part.length;
        if (here === 0 || !OWN_CLIENTS_ASK.test(part)) continue;
        // (A lack said before it is sought too: "chưa có kỹ sư AUTOSAR, khách hàng Nhật đòi ASPICE nên cần…".)
        if (LACK_SAID.test(s.text.slice(0, here))) return 0;
        if (LACKS_OR_PARTNER.test(s.text.slice(at))) return here;
      }
      return -1;
    };
    const askedFrom = kind === "seeks" && LACKS_OR_PARTNER.test(this.line) ? clientsAskFrom() : -1;
    if (askedFrom >= 0)
      for (const m of this.mentions.slice(first))
        if (m.direction === "offer" && !m.negated && (askedFrom === 0 || s.text.indexOf(m.phrase, askedFrom) >= 0))
          m.direction = "seek";
    // "社員に日本語研修をしたいベトナムのIT企業（法人契約）": a statement that ends with the firms that want the work
    // (a relative clause in 〜たい) names their need, which the firm offers.
    if (kind === "seeks" && japanese && FIRMS_THAT_WANT.test(s.text)) {
      const at = s.text.search(FIRMS_THAT_WANT);
      for (const m of this.mentions.slice(first)) {
        const p = s.text.indexOf(m.phrase);
        if (m.direction === "seek" && !m.negated && p >= 0 && p < at) m.direction = "offer";
      }
    }
    // "We do not run a NOC and want a partner for it", "we have no Salesforce skills in-house", "chưa có đội mobile,
    // cần đối tác": what a firm says it lacks where it looks for partners is what it looks for, not a refusal.
    if (kind === "seeks" && LACKS_IN_HOUSE.test(s.text) && !NO_NEED.test(this.line) && WANTS_PARTNER.test(this.line))
      for (const m of this.mentions.slice(first))
        if (m.negated) {
          m.direction = "seek";
          m.negated = false;
        }
    // Workers placed in a trade ("lao động kỹ năng đặc định: điều dưỡng, chế biến thực phẩm", 特定技能（飲食料品製造業）
    // の外国人材): the trade is where they will work, not what either firm sells or buys.
    const said = this.mentions.slice(first);
    this.placementTrades(said, raw, kind);
    if (said.some((m) => PLACING.has(m.code)) && said.some((m) => WORKERS_TRADES.has(m.code)))
      this.mentions.splice(first, said.length, ...said.filter((m) => !WORKERS_TRADES.has(m.code)));
    this.volumes(s.text, clauses, kind);
    // "ログは日本国内のデータセンターで保管すること": the data centre is where data must stay, not a need for one.
    if (this.dataLocation(raw, kind))
      for (let i = this.mentions.length - 1; i >= first; i--) {
        const phrase = this.mentions[i]!.phrase;
        const at = s.text.indexOf(phrase);
        if (DATA_CENTRE_WORD.test(phrase) && at >= 0 && STORED_AT.test(s.text.slice(at + phrase.length)))
          this.mentions.splice(i, 1);
      }
    const demands = flat.filter((x) => x.cue.kind === "requirement" || x.cue.kind === "weakRequirement");
    const demand = demands.length ? demands.at(-1)!.start : -1;
    // The sentence looks for someone before it asks ("Overflow partners … (ISO 27001 required)"), or it is only a
    // requirement with the work it concerns ("総合テスト期間は…常駐が必要です", "BrSEを配置できること").
    // Without a word of demand ("常駐が必要です" reads as a need), only a partner named makes it one need's.
    const looks = flat.some(
      (x) =>
        (demand < 0 || x.end <= demand) &&
        ((x.cue.kind === "seek" && demand >= 0) ||
          (x.cue.kind === "role" && (PARTNER_ROLES.has(x.cue.role) || x.cue.role === "givesWork"))),
    );
    // A requirement in brackets goes with what the sentence names ("ベトナム人エンジニア（JLPT N2以上必須）").
    const bracketed = demand >= 0 && openBracket(s.text.slice(0, demand));
    const named = this.mentions.slice(first).filter((m) => m.direction === "seek" && !m.negated);
    // …or names the work it is asked for first ("SAP案件は日本語での対応が必須", "For SAP projects, partners must").
    const colon = s.text.search(/[:：]/u);
    const topical =
      demand >= 0 &&
      (KIND_OF_PROJECT.test(s.text) ||
        ONE_PROJECT.test(s.text) ||
        PROJECT_TOPIC.test(s.text.slice(0, demand)) ||
        // "Hệ thống HIS mới: nhà cung cấp HIS bắt buộc có văn phòng tại Hà Nội": the need, then what it asks.
        (colon > 0 && colon < demand && colon <= 40 && named.some((m) => s.text.indexOf(m.phrase) < colon)) ||
        // "WMS・配車の開発はISMS認証取得企業に限ります": the need as the topic (は) of its requirement.
        (japanese &&
          named.some((m) => {
            const at = s.text.indexOf(m.phrase);
            const after = at + m.phrase.length;
            // The people a partner puts on the work (ブリッジSEは…) are asked of every partner.
            return (
              m.code !== "bridge-services" &&
              at >= 0 &&
              after < demand &&
              /^[^、。,]{0,8}?(?:は|では)/u.test(s.text.slice(after, after + 10))
            );
          })));
    // A sentence whose needs all follow its word of demand ("Nhà cung cấp phải có đội hỗ trợ tại chỗ ở Hải Phòng"
    // after "Thay mới hệ thống HIS…") asks them of the statement's need named before it.
    const namedFirst = named.some((m) => {
      const at = s.text.indexOf(m.phrase);
      return at >= 0 && (demand < 0 || at < demand);
    });
    // "あわせて、札幌で勤務していただける外国籍エンジニアの採用も検討しております": people hired or placed to work at the
    // firm's place, no word of demand, is what that need is, not a condition of the offshore partner sought beside
    // it. (Not so of other needs: "東京に常駐できるBrSEを1名以上" asks it of the development partner.)
    const onsiteOnly =
      demand < 0 && !before.onsiteSought && this.required.onsiteSought && this.onlyAdded(before, "onsiteSought");
    if (named.length && onsiteOnly && named.every((m) => PLACING.has(m.code)))
      this.scopeRequirements(before, named, s.text, demand);
    // (Bridge engineers asked beside conditions, "条件：従業員300名以上、…（ブリッジSE必須）", are one more condition of
    // the statement's need, not a need of their own that the conditions go with.)
    else if (
      named.length &&
      (looks || bracketed || topical) &&
      (namedFirst || !this.lineNeeds.length) &&
      !(this.lineNeeds.length && named.every((m) => m.code === BRIDGE))
    )
      this.scopeRequirements(before, named, s.text, demand);
    // "…アノテーションを委託できるパートナー。日本語を読めるアノテーターが必須で、ISMS取得企業に限ります": a sentence of
    // requirements after the statement's need goes with that need.
    // A sentence that names more of it ("…の委託先。放射線科医など専門医の監修があること、ISMS認証必須") too.
    else if (this.lineNeeds.length && (!named.length || demand >= 0))
      this.scopeRequirements(before, [...this.lineNeeds, ...named], s.text, null);
    // …and one asked for one project, or one kind of project ("For hospital projects partners must hold ISO
    // 27001", 医療案件では), is not asked of every partner.
    // (Not "For the bid, partners must hold ISO 9001" after the bid's need: the project named before is the one it
    // asks for, and its requirements go with that need, carried at the end of the statement's line.)
    else if (
      (ONE_PROJECT.test(s.text) || KIND_OF_PROJECT.test(s.text)) &&
      !(kind === "seeks" && THE_PROJECT.test(s.text) && this.neededBefore)
    )
      this.dropRequirements(before);
    // "新しい産地・生産者。GLOBALG.A.P.認証が必須": the requirements of a need named before them that the reader does not
    // know go with that need, not with every partner.
    else if (!named.length && !this.lineNeeds.length && this.lineUnread) this.dropRequirements(before);
    // (A sentence of conditions, "英語でのコミュニケーションで問題ありません", names no need.)
    if (
      kind === "seeks" &&
      !named.length &&
      !this.addedRequirements(before) &&
      !this.lineNeeds.length &&
      !flat.some((x) => CONDITION_CUES.has(x.cue.kind)) &&
      // …nor one naming the firm's clients ("Japanese clients. We work in English only").
      !CLIENT_WORD.test(s.text)
    )
      this.lineUnread = true;
    this.teamsOf(this.mentions.slice(first), named.length ? named : this.lineNeeds, kind);
    if (named.length) this.lineNeeds = named;
    // What the sentence looks for, it looks for from the partners it places ("Japanese suppliers of servo
    // motors", "đối tác Việt Nam nhận gia công lại các module web").
    if (this.sentencePlaces.length) {
      for (const m of this.mentions.slice(first))
        if (m.direction === "seek" && !m.negated) m.from = [...this.sentencePlaces];
    }
    // …and from abroad, a need for an overseas partner ("動画・仕上げの海外協力スタジオ", "overseas studios").
    // (Every mention: its direction may still turn to seek with the statement's mood.)
    else if (kind === "seeks" && ABROAD_PARTNER.test(s.text))
      for (const m of this.mentions.slice(first)) if (!m.negated) m.from = ["ABROAD"];
  }

  private clause(
    s: Statement,
    c: Clause,
    conceptMatches: Match<string>[],
    kind: SourceKind,
    japanese: boolean,
    bidding: boolean,
  ) {
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= c.start && x.end <= c.end;
    const mentions = conceptMatches.filter(inside);
    const clauseFirst = this.mentions.length;
    const negations = c.cues.filter((x) => x.cue.kind === "negation");
    // The firm's own projects and clients ("add testers to our projects", "tests for our clients' systems", dự án
    // của chúng tôi, 当社の案件) are where a partner would work, not work or clients the firm looks for.
    const ownedWork = (r: CueAt) =>
      c.cues.some(
        (x) =>
          x.cue.kind === "possessive" &&
          (x.phrase.startsWith("của")
            ? x.start >= r.end && x.start - r.end <= 2
            : x.end <= r.start && r.start - x.end <= 3),
      );
    // "customer data pipelines", "client portal", "customer support": a client word naming a kind of thing is
    // not the firm's clients.
    const modifier = (r: CueAt) =>
      /^\s*(?:data|database|support|service|experience|portal|success|journey|records?|information|analytics|relationship|care|facing|management|master)\b/.test(
        s.text.slice(r.end, r.end + 16),
      );
    // "dữ liệu khách hàng", "chăm sóc khách hàng", 顧客データ, 顧客管理: the same in Vietnamese and Japanese.
    const thingOfClients = (r: CueAt) =>
      (/^(?:khách hàng|khach hang)$/.test(r.phrase) &&
        /(?:dữ liệu|du lieu|thông tin|thong tin|chăm sóc|cham soc|trải nghiệm|trai nghiem|quản lý|quan ly|hồ sơ|ho so|ứng dụng|ung dung|app|chương trình|chuong trinh)\s+$/.test(
          s.text.slice(Math.max(0, r.start - 16), r.start),
        )) ||
      (/^(?:顧客|お客様)$/.test(r.phrase) &&
        /^(?:データ|管理|情報|体験|接点|満足|分析|対応|サポート|向けアプリ)/.test(s.text.slice(r.end, r.end + 6))) ||
      // "お取引先の食品・加工品の輸出先となる輸入業者": the clients' goods, not clients sought.
      (/^(?:お?取引先|顧客|お客様)$/u.test(r.phrase) &&
        /^(?:様)?の(?:食品|製品|商品|加工品|産品|農産物|水産物|特産品|お酒|酒)/u.test(
          s.text.slice(r.end, r.end + 6),
        )) ||
      // "Unityのクライアント開発", "client-side": the client side of an app, not clients.
      (/^(?:クライアント|client)$/iu.test(r.phrase) &&
        /^(?:\s*-?\s*side\b|開発|側|サイド|アプリ|エンジニア|プログラマ|実装)/iu.test(s.text.slice(r.end, r.end + 8)));
    // "代理店向けSalesforceの追加開発パートナー", 顧客向けアプリ: what a thing is for names no counterpart.
    const audienceOf = (r: CueAt) => /^\s*(?:様)?向け/u.test(s.text.slice(r.end, r.end + 4));
    // "…, ưu tiên phần mềm Nhật vì khách hàng chủ yếu là FDI Nhật": the firm's clients given as a reason.
    const clientsAsReason = (r: CueAt) =>
      r.cue.kind === "role" &&
      r.cue.role === "client" &&
      /(?:^|\s)(?:vì|vi|bởi vì|boi vi|because|since)\s+(?:(?:our|các|cac)\s+)?$/iu.test(
        s.text.slice(Math.max(0, r.start - 14), r.start),
      );
    const roles = c.cues.flatMap((x) =>
      x.cue.kind === "role" &&
      !audienceOf(x) &&
      !clientsAsReason(x) &&
      !((x.cue.role === "work" || x.cue.role === "client") && ownedWork(x)) &&
      // "案件は3〜6ヶ月規模": in a need, the size of the work given, not work the firm looks for.
      !(kind === "seeks" && x.cue.role === "work" && WORK_SIZE_AFTER.test(s.text.slice(x.end, x.end + 20))) &&
      // "海外からのリモート稼働案件は扱いません": where the work is done from, not work refused (DOMESTIC_ONLY).
      !(
        x.cue.role === "work" &&
        /(?:海外|国外)(?:から|より)の?[^。、]{0,8}$/u.test(s.text.slice(Math.max(0, x.start - 16), x.start))
      ) &&
      // "大規模案件の実績を有する企業", "projects experience": the partner's record, not work the firm looks for.
      !(x.cue.role === "work" && /^\s*(?:の)?(?:実績|経験|経歴)/u.test(s.text.slice(x.end, x.end + 6))) &&
      !(x.cue.role === "client" && /^(?:customer|client)$/.test(x.phrase) && modifier(x)) &&
      !(x.cue.role === "client" && thingOfClients(x)) &&
      // "生産履歴を取引先に出せるようにしたい": clients the firm wants to become able to serve, the reason for its need.
      !(x.cue.role === "client" && JA_ABLE_FOR.test(s.text.slice(x.end, x.end + 24))) &&
      // "一括請負でお願いしたい", "請負契約で発注": the form of the contract a firm asks for, not work it takes.
      !(x.cue.role === "takesWork" && contractFormAsked(x, s)) &&
      !workGivingInName(x, c, s, kind) &&
      !sellsOutsourcing(x, c, s, kind)
        ? [{ ...x, role: x.cue.role }]
        : [],
    );
    const polarity = c.polarity!;
    // "Japanese" next to a word that makes it a language ("in Japanese", "Japanese skills").
    // …or "English as (the) working language", "English is required": the nationality word is the language.
    const languageNear = (x: CueAt) =>
      c.cues.some(
        (y) => y.cue.kind === "languageContext" && (Math.abs(y.start - x.end) <= 2 || Math.abs(x.start - y.end) <= 2),
      ) || LANGUAGE_AFTER_NATIONALITY.test(s.text.slice(x.end, x.end + 32));
    // After the thing in English and Vietnamese only as "not needed" ("PCB design is not needed", "không cần thiết").
    // A denial in brackets after the thing is about what the brackets name ("開発会社を探しています（大手オフショア
    // 企業は希望しません）", "CAD drafting partner (English is fine, Japanese not required)"), not the thing.
    // A bracket opened after the denial that asks for something ("対象外です（S/4HANAまたはECCの経験が必要）", "no
    // mobile apps (web only)") names what is wanted instead.
    const wantedInBracket = (n: CueAt, start: number) => {
      if (!openBracket(s.text.slice(n.end, start))) return false;
      const close = s.text.slice(start).search(/[)）]/u);
      const open = s.text.slice(0, start).search(/[(（][^(（]*$/u);
      return WANTED_IN_BRACKET.test(s.text.slice(open, close < 0 ? s.text.length : start + close));
    };
    // "報告書は英語で可（日本語化は当社で行います）": what a remark in brackets says the firm does itself is its own
    // work, not work it seeks (the remark's verb is no verb of the need before it: remarkAfterNeed).
    const ownRemark = (m: { start: number; end: number }) => {
      const before = s.text.slice(c.start, m.start);
      if (!openBracket(before)) return false;
      const open = c.start + Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
      const close = s.text.slice(m.end, c.end).search(/[)）]/u);
      const end = close < 0 ? c.end : m.end + close;
      return (
        FIRST_PERSON.test(s.text.slice(open, end)) &&
        // …by a verb of doing: what it holds ("dSPACE環境は当社で保有") is an asset the partner will work on.
        c.cues.some((x) => x.cue.kind === "offer" && x.start >= open && x.end <= end && !HOLDS.test(x.phrase))
      );
    };
    // "We already use a channel manager and a booking engine and are not replacing them", 既に予約エンジンを導入済み,
    // "Chúng tôi đã có hệ thống PMS": in what-we-look-for, what the firm already has is no need (nor a need refused:
    // read like one it does not want now). Only in a sentence that asks for nothing.
    const already =
      kind === "seeks" &&
      !c.cues.some((x) => x.cue.kind === "seek" || x.cue.kind === "requirement") &&
      !ASKS_IN_SENTENCE.test(sentenceAround(s.text, c.start)) &&
      !NOT_SETTLED.test(sentenceAround(s.text, c.start).replace(SETTLED, " "))
        ? ALREADY_HAVE.exec(s.text.slice(c.start, c.end))
        : null;
    const alreadyHas = (at: number) => already !== null && at >= c.start + already.index;
    // "không làm game": a denial with its verb ("không làm") that the capability's phrase starts with ("làm game").
    const verbDenied = (start: number, end: number) =>
      !japanese &&
      negations.some(
        (n) =>
          n.start < start &&
          n.end > start &&
          n.end < end &&
          /^(?:không|khong|chưa|chua)\s+(?:làm|lam)$/iu.test(n.phrase),
      );
    const negatedAt = (start: number, end: number) =>
      negations.some(
        (n) =>
          // A Japanese denial follows what it denies, in a sentence of Latin names too ("SAP Business One の経験のみの方は
          // 対象外です").
          (japanese || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(n.phrase)
            ? n.start >= end &&
              !openBracket(s.text.slice(end, n.start)) &&
              // …not past a colon, nor a denial of its own object ("Webアプリの開発:こちらは認証不要").
              !/[:：]/u.test(s.text.slice(end, n.start)) &&
              !projectTermsOnly(s.text, start, end, n.start) &&
              !(
                n.start - end > 4 &&
                OWN_OBJECT_DENIED.test(s.text.slice(Math.max(end, n.start - 10), n.start)) &&
                // …unless listed with it under one denial ("派遣・客先常駐は不要です").
                !LISTED_UNDER_DENIAL.test(s.text.slice(end, n.start))
              )
            : n.end <= start &&
              !wantedInBracket(n, start) &&
              // "không nhận dự án thiết kế RTL, chỉ làm kiểm chứng": what it does only is past the denial.
              !/[,;，]\s*(?:chỉ|chi|only|but only|we only|mà chỉ|ma chi)\s/iu.test(s.text.slice(n.end, start)) &&
              // …nor one in brackets closed before it ("(không điện thoại, không USB), ISO 27001").
              !(openBracket(s.text.slice(0, n.start)) && /[)）]/u.test(s.text.slice(n.end, start)))) ||
          (n.start <= start && n.end >= end) ||
          (!japanese &&
            n.start >= end &&
            !openBracket(s.text.slice(end, n.start)) &&
            NOT_NEEDED.test(s.text.slice(n.start, n.end + 14))),
      );
    // A seek cue right after a counterpart ("companies that need", "khách hàng có nhu cầu") or right before one
    // (必要とする企業) is the counterpart's need.
    // Work given out by the counterpart ("doanh nghiệp Nhật đang thuê ngoài", "companies that outsource",
    // 外注している企業) is theirs too: the firm takes it.
    // In Japanese only an ongoing act is theirs (外注している企業); 委託できるパートナー is a partner to give work to.
    const theirWork = roles.filter(
      (r) =>
        r.role === "givesWork" &&
        isTheirs(r, c, s, japanese, kind) &&
        (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(r.phrase) ||
          /^(?:を)?(?:してい|されてい|中の|を検討)/.test(s.text.slice(r.end, r.end + 6)) ||
          // …or a desire of clients named right after it (コールセンター業務を委託したい企業); 委託したいパートナー is
          // still a partner to give work to.
          /^(?:を)?したい(?:企業|会社|お客様|顧客|事業者|法人|方)/u.test(s.text.slice(r.end, r.end + 10))),
    );
    const theirs = [...c.cues.filter((x) => x.cue.kind === "seek" && isTheirs(x, c, s, japanese, kind)), ...theirWork];
    // A partner or capacity word that is what the counterpart needs ("vendors needing QA capacity", "companies that
    // need a testing partner"), or that the firm says it is ("acting as capacity partner for…", "làm đối tác
    // QA cho…"), is the firm offering itself, not a partner it looks for.
    const selfRoles = c.cues.filter((x) => x.cue.kind === "selfRole");
    // "chúng tôi sẽ làm nhà phân phối", "we will act as their distributor": the firm speaking of itself, not a
    // counterpart ("trung tâm … mua gói hoặc làm đại lý").
    const saidOfItself = (x: CueAt) =>
      /(?:chúng tôi|chung toi|công ty|cong ty|(?<!\p{L})we|(?<!\p{L})i)(?:\s+(?:sẽ|se|có thể|co the|muốn|muon|will|can|would|could|would like to|want to))?\s*$/u.test(
        s.text.slice(Math.max(0, x.start - 24), x.start),
      ) ||
      // "(sẵn sàng làm đại lý)", "ready to act as distributor": willing, its subject dropped, is the firm.
      (/(?:^|[\s(（,;])(?:sẵn sàng|san sang|ready to|willing to|open to)\s*$/u.test(
        s.text.slice(Math.max(0, x.start - 14), x.start),
      ) &&
        // (not the partner sought: "Tìm đối tác Nhật sẵn sàng làm đại lý cho phần mềm … của chúng tôi")
        !/(?:tìm|tim|đối tác|doi tac|công ty|cong ty|partner|company)(?![\p{L}])/iu.test(
          s.text.slice(sentenceStart(s.text, x.start), x.start),
        ) &&
        !/chúng tôi|chung toi|\bour\b/iu.test(s.text.slice(x.end, x.end + 60))) ||
      agentOfMaker(x) ||
      // "Làm đại lý phần mềm … của Nhật": a statement that opens with the role, its subject dropped, is the firm's.
      // (…or with the firm's wish: "Muốn làm đại lý phân phối phần mềm Nhật".)
      (/^\p{Script=Latin}/u.test(x.phrase) &&
        /^[\s\-•・*]*(?:(?:muốn|muon|mong muốn|mong muon|want to|wish to|hope to|would like to)\s+)?$/iu.test(
          s.text.slice(0, x.start),
        ));
    // "Tìm công ty làm đại lý phân phối…", "Cần một công ty có thể làm đối tác triển khai": a firm sought to take the
    // role, not the firm itself.
    const seeksOther = (x: CueAt) =>
      /(?:tìm|tim|cần|can|looking for|seeking|need)\s+(?:\S+\s+){0,3}?(?:công ty|cong ty|đối tác|doi tac|người|nguoi|doanh nghiệp|doanh nghiep|đơn vị|don vi|partners?|compan(?:y|ies)|firms?)(?![\p{L}])/iu.test(
        s.text.slice(sentenceStart(s.text, x.start), x.start),
      );
    // "Tìm nhà sản xuất cảm biến … để làm đại lý": a maker sought for the firm to be its agent; not "… để làm đại lý
    // cho chúng tôi", where the partner is.
    const agentOfMaker = (x: CueAt) =>
      /(?:^|\s)(?:để|de|nhằm|nham)\s+$/u.test(s.text.slice(Math.max(0, x.start - 6), x.start)) &&
      MAKER_SOUGHT.test(s.text.slice(c.start, x.start)) &&
      !/^\s*(?:cho|cho các|tại nhật cho)\s+(?:chúng tôi|chung toi|công ty|cong ty|mình|minh)/u.test(
        s.text.slice(x.end, x.end + 30),
      );
    const offeredRole = (r: CueAt & { role: Role }) =>
      (r.role === "capacity" || r.role === "partner" || r.role === "supplier" || r.role === "distributor") &&
      (theirs.some((t) => (japanese ? r.end <= t.start && t.start - r.end <= 12 : t.end <= r.start)) ||
        // The counterpart itself: "vendors needing QA capacity", 開発リソースが必要なベンダー様.
        (r.role !== "capacity" &&
          theirs.some((t) =>
            japanese ? r.start >= t.end && r.start - t.end <= 6 : r.end <= t.start && t.start - r.end <= 12,
          )) ||
        selfRoles.some((x) =>
          /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(x.phrase)
            ? x.start >= r.end && x.start - r.end <= 3
            : (x.end <= r.start && r.start - x.end <= 24) ||
              (x.start < r.start && x.end > r.start && saidOfItself(x) && !seeksOther(x)),
        ));
    // "コールセンター業務（受注・問い合わせ）の委託先": taking orders in brackets is the work's content, not the firm's role.
    const bracketed = (r: CueAt) => openBracket(s.text.slice(c.start, r.start));
    // "… cho mạng lưới đại lý", "… for our dealer network": a role a few words after "for".
    const forJustBefore = (r: CueAt) =>
      /(?:\bcho|\bfor)\s+(?:\S+\s+){0,3}$/u.test(s.text.slice(Math.max(0, r.start - 30), r.start));
    // "Tìm đối tác Việt Nam làm thầu phụ mảng app mobile khi quá tải": the partner sought takes the work, the firm
    // gives it.
    const partnerTakes = (r: CueAt & { role: Role }) =>
      r.role === "takesWork" &&
      ((has(c, "seek") &&
        c.cues.some(
          (x) =>
            x.cue.kind === "role" &&
            (x.cue.role === "partner" || x.cue.role === "supplier") &&
            x.end <= r.start &&
            r.start - x.end <= 16,
        )) ||
        // "開発を受託できるパートナーを探しています", "再委託を受けられる協力会社": in Japanese the partner comes after.
        // Not the firm itself ("受託できるパートナーです", "…パートナーとして"), and only where the clause looks for it.
        (japanese &&
          (has(c, "seek") || polarity === "seek") &&
          c.cues.some(
            (x) =>
              ((x.cue.kind === "role" && (x.cue.role === "partner" || x.cue.role === "supplier")) ||
                (x.cue.kind === "counterpart" && !selfSubject(x, s))) &&
              x.start >= r.end &&
              JA_CAN_TAKE.test(s.text.slice(r.end, x.start)) &&
              !/^(?:様)?(?:です|でございます|として|である|になり|を目指)/u.test(s.text.slice(x.end, x.end + 6)),
          )) ||
        soughtTakesWork(r, c, s, kind));
    // "Javaの受託案件の一部をオフショアで試したい": part of the work the firm took in, given out; it takes no work here.
    const partGivenOut = (r: CueAt & { role: Role }) =>
      (r.role === "takesWork" || r.role === "work") && /^[^。、,]{0,4}の一部を/u.test(s.text.slice(r.end, r.end + 10));
    const ownRoles = roles.filter(
      (r) =>
        !negatedAt(r.start, r.end) &&
        !partGivenOut(r) &&
        !theirWork.includes(r) &&
        !offeredRole(r) &&
        !(r.role === "takesWork" && bracketed(r)) &&
        !partnerTakes(r),
    );
    // "Đối tác triển khai CRM cho mạng lưới đại lý": the agents a partner is sought for are the firm's own network,
    // not distributors it looks for.
    const forOwnNetwork = (r: CueAt & { role: Role }) =>
      r.role === "distributor" &&
      (has(c, "seek") || polarity === "seek") &&
      forJustBefore(r) &&
      c.cues.some(
        (x) => x.cue.kind === "role" && (x.cue.role === "partner" || x.cue.role === "supplier") && x.end <= r.start,
      );
    const roleSet = new Set(ownRoles.filter((r) => !forOwnNetwork(r)).map((r) => r.role));
    if (theirWork.length) roleSet.add("takesWork");
    // A purpose between a role and a capability parts them: "need BrSE partners to reach Japanese clients" seeks
    // bridge engineering, whoever the clients are.
    const purposes = c.cues.filter((x) => x.cue.kind === "purpose");
    const apart = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      purposes.some((p) => p.start >= Math.min(a.end, b.end) && p.end <= Math.max(a.start, b.start));
    // Projects and contracts sell only as what the firm looks for ("案件を探しています"), not as the terms it
    // offers a supplier ("a team on a long-term contract").
    const seeking = has(c, "seek");
    // "partners for our 2D labelling projects", "đối tác vệ tinh cho các dự án gán nhãn": the projects are the
    // firm's, given to the partner it looks for.
    // So are the projects a firm sought ("Tìm đơn vị dựng mô hình BIM cho các dự án nhà xưởng") is for.
    const forPartner = (w: CueAt) =>
      !japanese &&
      c.cues.some(
        (x) =>
          x.end <= w.start &&
          ((x.cue.kind === "role" &&
            (x.cue.role === "partner" || x.cue.role === "supplier" || x.cue.role === "capacity")) ||
            (x.cue.kind === "counterpart" &&
              c.cues.some((y) => y.cue.kind === "seek" && y.end <= x.start && x.start - y.end <= 2) &&
              // …named by the work it does ("đơn vị dựng mô hình BIM"), not "công ty Nhật cho các dự án offshore".
              DOES_WORK.test(s.text.slice(x.end, x.end + 24)) &&
              /(?:\bcho|\bfor)(?:\s+(?:các|những|cac|nhung|our|the))?\s*$/u.test(
                s.text.slice(Math.max(0, w.start - 12), w.start),
              )) ||
            // "4-6 ABAP developers for a Bangkok project": people sought for the firm's own work.
            (x.cue.kind === "people" &&
              /(?:\bcho|\bfor)(?:\s+(?:a|an|our|the|các|những))?(?:\s+[\p{L}\d-]+){0,2}\s*$/iu.test(
                s.text.slice(Math.max(0, w.start - 30), w.start),
              ))),
      );
    // "Tìm đối tác phát triển (kintone) cho khách hàng nhà máy": the clients after what a partner is sought for
    // are the firm's, served through that partner.
    // So is the firm's own agent network it is for ("Đối tác triển khai CRM cho mạng lưới đại lý").
    const clientsOfPartner = (r: CueAt & { role: Role }, m: { start: number; end: number }) =>
      (r.role === "client" || r.role === "distributor") &&
      (seeking || polarity === "seek") &&
      (r.start >= m.end || forJustBefore(r)) &&
      forPartner(r);
    // "Local law firms that can help our clients enter Vietnam", 取引先のベトナム進出を手伝える現地の法律事務所: the
    // partner sought serves the firm's own clients, whose need it is then no sign of selling.
    // "Cần hệ thống BESS … cho khách hàng khu công nghiệp", "We need a BESS supplier for our clients": what a firm
    // that opens with its own need wants for its clients is sought.
    const needFirst = NEED_FIRST.test(s.text.slice(c.start, c.end));
    const helpsOwnClients = (m: { start: number; end: number }) =>
      kind === "seeks" &&
      roles.some(
        (r) =>
          // (…and so are its projects: "Cần dịch vụ bay drone … cho các dự án ở Ninh Thuận".)
          (r.role === "client" || (r.role === "work" && needFirst)) &&
          ((r.start >= m.end && r.role === "client" && HELPS_BETWEEN.test(s.text.slice(m.end, r.start))) ||
            (needFirst && r.start >= m.end && FOR_BEFORE_CLIENT.test(s.text.slice(m.end, r.start))) ||
            (japanese && r.end <= m.start && JA_HELPS_BETWEEN.test(s.text.slice(r.end, m.start))) ||
            // "取引先のベトナム進出を支える現地パートナー": the help named after the clients' need.
            (japanese &&
              r.end <= m.start &&
              /^の[^。]{0,24}$/u.test(s.text.slice(r.end, m.start)) &&
              JA_HELPS_AFTER.test(s.text.slice(m.end, m.end + 30)))),
      );
    // "マイグレーション案件でODCを探しています": the project it seeks a partner in, not work it looks for.
    const projectOfItsOwn = (r: CueAt) =>
      japanese && /^\s*(?:で|では|において|に関して|について|向けに|のため)/u.test(s.text.slice(r.end, r.end + 6));
    const sellsToAt = (m: { start: number; end: number }) =>
      !helpsOwnClients(m) &&
      (ownRoles.some(
        (r) =>
          SELLS_TO.includes(r.role) &&
          // "project management software", "phần mềm quản lý dự án": a role's word inside the capability's name.
          !(r.role === "work" && mentions.some((n) => r.start >= n.start && r.end <= n.end)) &&
          (r.role !== "work" || (seeking && !forPartner(r) && !projectOfItsOwn(r))) &&
          !clientsOfPartner(r, m) &&
          // "Chuyển bản vẽ 2D của khách hàng Nhật sang mô hình 3D": the clients' things the work is done on, in
          // what the firm looks for, are its own clients' (the work is sought, not sold to them).
          !(
            kind === "seeks" &&
            r.role === "client" &&
            OWNED_BY_BEFORE.test(s.text.slice(Math.max(0, r.start - 8), r.start))
          ) &&
          // …and so are its clients' sites where the work is done (お客様先で…行っていただけるパートナー).
          !(kind === "seeks" && r.role === "client" && s.text.slice(r.end, r.end + 1) === "先") &&
          !apart(r, m),
      ) ||
        (theirs.some((t) => !apart(t, m)) && polarity === "seek"));
    // "再委託はお受けしておりません": taking work in, whoever gives it.
    if (roleSet.has("takesWork")) roleSet.delete("givesWork");
    const givesWork = roleSet.has("givesWork");
    const takesWork = roleSet.has("takesWork");

    // "We invest in …", "…に出資", "phân phối …": the firm is an investor or a distributor.
    // …unless the selling is what the sought partner is to do ("販売していただける代理店", "partners to distribute
    // our products"): then the firm wants a distributor and is none.
    // ("chúng tôi sẽ làm nhà phân phối": the distributor the firm says it is, not one it looks for.)
    const partnerSells =
      polarity === "seek" &&
      roles.some(
        (r) =>
          (r.role === "distributor" || r.role === "partner" || r.role === "supplier") &&
          !selfRoles.some((x) => x.start <= r.start && x.end >= r.end && saidOfItself(x)),
      );
    const ownProduct = has(c, "possessive") && roles.some((r) => r.role === "product");

    // "không có tổng đài viên tiếng Nhật", "no Japanese-speaking operators", 日本語対応のオペレーターはいません: the
    // negation reaches the language, which the firm lacks, not the service it offers in others.
    const languageQualified = (m: { start: number; end: number; payload: string }) =>
      !LANGUAGE_SERVICES.has(m.payload) &&
      c.cues.some(
        (x) =>
          (x.cue.kind === "language" || (x.cue.kind === "nationality" && languageNear(x))) &&
          (x.start >= m.end ? s.text.slice(m.end, x.start) : s.text.slice(x.end, m.start))
            .replace(
              /-?speaking|対応(?:の|できる|可能な)?|を話せる|nói|viên|vien|\b(?:staff|operators?|agents?)\b/gu,
              "",
            )
            .trim().length <= 2,
      );
    // The trades of the firms a clause offers the firm to (see counterpartTrade, forWhom below).
    const audience: string[] = [];
    for (const m of mentions) {
      // "non-SAP ERP work", "non-IT": what is named after "non" is the one thing left out, not a trade of the firm's.
      if (/(?:^|[^\p{L}])non[\s-]?$/iu.test(s.text.slice(Math.max(0, m.start - 5), m.start))) continue;
      // "Giới thiệu học viên: kỹ sư 2–5 năm kinh nghiệm, Java/PHP/.NET": the skills of the people a firm places
      // are not work it takes on.
      if (
        polarity !== "seek" &&
        (namesTech(m.phrase) || /^(?:java|php|\.net|c#|python|ruby|go)$/iu.test(m.phrase)) &&
        conceptMatches.some((k) => INTRODUCING.has(k.payload) && k.end <= m.start)
      )
        continue;
      // "外国人材を受け入れている日本企業", "エンジニアを採用中の企業": people the firms sought host or hire are their
      // situation, not a trade either side sells.
      if (
        japanese &&
        /^\s*を(?:受け入れ|受入れ|雇用し|採用し|採用中|雇っ)[^。、]{0,8}?(?:企業|会社|事業者|お客様|法人)/u.test(
          s.text.slice(m.end, m.end + 20),
        )
      )
        continue;
      // "Kiểm thử xâm nhập ứng dụng web, mobile", "QA for mobile games", "スマホアプリの脆弱性診断": the apps or games
      // a test is of are what is tested, not apps the firm builds (or seeks built), in a clause that builds nothing.
      if (
        kind === "offers" &&
        TESTED_THING.has(m.payload) &&
        testedBy(m, mentions, s.text) &&
        !BUILDS.test(s.text.slice(c.start, c.end))
      )
        continue;
      // "テストデータのみ提供", "test data only": data for testing is what a partner is given, not testing work.
      if (
        m.payload === "quality" &&
        /^(?:テスト|test|testing)$/iu.test(m.phrase) &&
        /^\s*(?:データ|data\b|dữ liệu)/iu.test(s.text.slice(m.end, m.end + 10))
      )
        continue;
      // Traceability of farm produce or food ("ベトナムの産地から日本の店舗までをつなぐトレーサビリティ") is the
      // farm's, not a factory's production lots.
      const code =
        m.payload === "mes" && /^(?:traceability|トレーサビリティ)$/iu.test(m.phrase) && FOOD_CONTEXT.test(s.text)
          ? "smart-agriculture"
          : m.payload;
      // Roads and ports ("ODAインフラ案件", "hạ tầng giao thông", "transport infrastructure") are not IT infrastructure.
      if (
        BARE_INFRA.test(m.phrase) &&
        PHYSICAL_INFRA.test(s.text.slice(Math.max(0, m.start - 16), Math.min(s.text.length, m.end + 16)))
      )
        continue;
      let direction: "offer" | "seek";
      let weight = SOURCE_WEIGHT[kind];
      const roleConcept = [...roleSet].some((r) => ROLE_CONCEPT[r] === code);
      // (Its own base to set up, 自社のベトナム開発拠点の設立を検討, is the office sought.)
      // "自社のネットショップで…お届けしてみたい": a channel of its own it means to sell through is one it needs.
      const ownChannel =
        polarity === "seek" &&
        japanese &&
        /^(?:サイト|ショップ)?\s*(?:で|を通じて|を通して)/u.test(s.text.slice(m.end, m.end + 8)) &&
        /(?:たい|予定|計画)/u.test(s.text.slice(m.end, c.end)) &&
        c.cues.some((x) => x.cue.kind === "possessive" && x.end <= m.start && m.start - x.end <= 3);
      const possessed = c.cues.some(
        (x) =>
          x.cue.kind === "possessive" &&
          !(polarity === "seek" && code === OWN_BASE) &&
          (x.phrase.startsWith("của")
            ? x.start >= m.end &&
              x.start - m.end <= 30 &&
              // "lập trình PLC khi quá tải (ký NDA theo mẫu của chúng tôi)": a remark in brackets owns its own words.
              !/[(（]/u.test(s.text.slice(m.end, x.start))
            : x.end <= m.start &&
              m.start - x.end <= 30 &&
              // 当社AI-OCR, not 当社は…を探しています.
              (!/^(?:当社|弊社)$/u.test(x.phrase) || m.start === x.end) &&
              // 自社WMS, not "自社WMSの開発要員が不足しているため、ベトナムにラボ型の開発チームを…": past a comma in Japanese.
              !(
                /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(x.phrase) &&
                /[、。]/u.test(s.text.slice(x.end, m.start)) &&
                // (not a list in brackets after the firm's goods: 自社製品（勤怠管理、給与計算、人事評価）)
                !openBracket(s.text.slice(x.end, m.start))
              ) &&
              !c.cues.some((y) => y.cue.kind === "seek" && y.start > x.end && y.end <= m.start) &&
              // 自社予約サイトの多言語化, 自社システムのクラウド移行: work sought on a thing the firm owns, or on a part of
              // it counted in brackets (自社の営業部門（300ユーザー）のSalesforce導入).
              !(
                polarity === "seek" &&
                (/^[^、。の]{1,12}の$/u.test(s.text.slice(x.end, m.start)) ||
                  /^[^、。の]{1,4}[(（][^)）]{1,16}[)）]の$/u.test(s.text.slice(x.end, m.start)))
              ) &&
              // "someone to take over our AWS operations": a partner's work on what the firm owns.
              !(polarity === "seek" && WORK_ON.test(s.text.slice(Math.max(c.start, x.start - 40), x.start))) &&
              // "a partner that can bring about 100 of our engineers … from JLPT N3 to N2": the teaching sought.
              !(
                polarity === "seek" &&
                TRAINING_CODES.has(code) &&
                TEACH_OURS.test(s.text.slice(Math.max(c.start, x.start - 40), x.start))
              ) &&
              !(polarity === "seek" && WORK_AFTER.test(s.text.slice(m.end, m.end + 40))) &&
              !ownChannel &&
              // "当社の商品を輸入・販売していただける会社": what a partner is to do with the firm's goods.
              !(polarity === "seek" && DONE_FOR_US.test(s.text.slice(m.end, m.end + 12))) &&
              // …or said in its phrase ("当社の商品を販売していただける会社").
              !/(?:てくれる|ていただける|いただける|てくださる)$/u.test(m.phrase) &&
              // "our ERP migration to the cloud": what the work moves to is not the firm's either.
              !(polarity === "seek" && WORK_BETWEEN.test(s.text.slice(x.end, m.start))) &&
              // 自社ECをmakeshopからShopifyへ移行したい: work sought on a thing the firm owns, the object of its verb.
              !(polarity === "seek" && JA_WORK_ON_OWN.test(s.text.slice(x.end, c.end)))),
      );
      if (roles.some((r) => forOwnNetwork(r) && r.start < m.end && m.start < r.end)) continue;
      // "Japanese support desk via our Tokyo reseller partner": the firm's own channel, not a trade it sells.
      if (
        code === ROLE_CONCEPT.distributor &&
        c.cues.some(
          (x) =>
            x.cue.kind === "possessive" &&
            x.end <= m.start &&
            m.start - x.end <= 20 &&
            /(?:\bvia|\bthrough|thông qua|thong qua)\s+$/iu.test(s.text.slice(Math.max(0, x.start - 12), x.start)),
        )
      )
        continue;
      // "Tìm sản phẩm phần mềm Nhật Bản để phân phối": the verb of a distributor is its offer (see the thesis
      // cues below), not distribution sought.
      if (
        code === ROLE_CONCEPT.distributor &&
        !partnerSells &&
        !ownProduct &&
        c.cues.some((x) => x.cue.kind === "thesis" && x.start < m.end && m.start < x.end)
      )
        continue;
      const ofTheirs = theirs.some((t) => (japanese ? t.start >= m.end : t.end <= m.start));
      const thesis = c.cues.some(
        (x) =>
          x.cue.kind === "thesis" &&
          (japanese ||
          x.phrase.startsWith("に") ||
          x.phrase.startsWith("へ") ||
          x.phrase.startsWith("の") ||
          x.phrase.startsWith("を")
            ? x.start >= m.end && x.start - m.end <= 12
            : x.end <= m.start),
      );
      // "support for distributors", "投資家向け": the role word names a counterpart, not what the firm does.
      const forCounterpart =
        (ROLE_CONCEPT.distributor === code || ROLE_CONCEPT.investor === code) &&
        ((polarity === "offer" &&
          (/(?:for|to|with|cho|với|dành cho)\s*$/.test(s.text.slice(Math.max(0, m.start - 10), m.start)) ||
            // …and the last of the kinds of firm listed after "for" ("support for retailers and distributors").
            (/(?:^|\s)(?:for|cho|dành cho)\s+(?:[\p{L}\p{N}&-]+,?\s+){1,6}(?:and|or|&|và|hoặc|hoac|va)\s+$/u.test(
              s.text.slice(Math.max(0, m.start - 60), m.start),
            ) &&
              // (…not a role of its own named next: "partner for AWS and distributor of Bitdefender".)
              !/^\s*(?:of|for|của|cua|chính thức|chinh thuc)(?![\p{L}])/iu.test(s.text.slice(m.end, m.end + 14))) ||
            /^\s*(?:向け|に対|様)/.test(s.text.slice(m.end, m.end + 4)))) ||
          /^\s*(?:様)?向け/u.test(s.text.slice(m.end, m.end + 4)));
      if (forCounterpart) continue;
      // "ロボットSIer向け技術研修", "EC事業者向けの受注代行": the trade before 向け is whom the firm serves, not what it does.
      if (
        polarity === "offer" &&
        /^\s*(?:の)?(?:事業者|企業|会社|メーカー|パートナー|ベンダー)?(?:様)?向け/u.test(
          s.text.slice(m.end, m.end + 10),
        )
      ) {
        audience.push(code);
        continue;
      }
      // "Module quản lý kho cho công ty logistics", "WMS for logistics companies": the trade of the firms a thing is
      // for is whom the firm serves, in any language.
      if (
        polarity === "offer" &&
        ((FOR_BEFORE.test(s.text.slice(Math.max(0, m.start - 16), m.start)) &&
          (TRADE_FIRM.test(m.phrase) || FIRM_NOUN_AFTER.test(s.text.slice(m.end, m.end + 14)))) ||
          FOR_FIRMS_OF.test(s.text.slice(Math.max(0, m.start - 32), m.start)))
      ) {
        audience.push(code);
        continue;
      }
      // Who the clients are ("khách hàng Nhật Bản (SIer, doanh nghiệp sản xuất)", "clients such as SIers",
      // "khách hàng là các công ty AI"): a trade named as a kind of client is the client's, neither
      // sought nor offered (read as sought it makes two vendors to the same clients meet each other's need).
      const clientKind = roles.some(
        (r) =>
          r.role === "client" &&
          r.end <= m.start &&
          /^\s*[^.;:()（）]{0,24}?(?:\(|（|(?<![\p{L}])(?:such as|like|including|e\.g\.|như|gồm|là)(?![\p{L}]))\s*[^.;()（）]{0,40}$/u.test(
            s.text.slice(r.end, m.start),
          ) &&
          !c.cues.some((x) => x.cue.kind === "seek" && x.start >= r.end && x.end <= m.start) &&
          // ("… cho khách hàng (sẵn sàng làm đại lý)": the role the firm says it takes is no kind of client.)
          !selfRoles.some((x) => x.start <= m.start && x.end >= m.end) &&
          // (…nor a technology: "Offshore development for Japanese clients (Java, .NET, PHP)" is the firm's stack.)
          !namesTech(m.phrase) &&
          !/^(?:java|php|\.net|c#|python|ruby|go)$/iu.test(m.phrase),
      );
      if (clientKind) continue;
      // The trade of a counterpart whose need is named ("các công ty phát triển phần mềm … cần đối tác kiểm thử",
      // "manufacturers that need AI", 製造業の企業様) says who the counterpart is, not what the firm seeks.
      // In Japanese the counterpart may be named by its trade (必要とするベトナムのオフショア開発会社), which is it.
      const counterpartTrade = theirs.some((t) =>
        c.cues.some((x) =>
          japanese
            ? (x.cue.kind === "counterpart" || (x.cue.kind === "role" && THEIR_ROLES.has(x.cue.role))) &&
              t.end <= m.start &&
              x.start - t.end <= 24 &&
              ((m.end <= x.end && (m.start === t.end || JA_NOUNS_ONLY.test(s.text.slice(t.end, m.start)))) ||
                // …and the kinds listed in brackets after it (ソフトウェア会社（物流、製造、AI）).
                /^\s*[(（][^()（）]*$/u.test(s.text.slice(x.end, m.start)))
            : x.cue.kind === "counterpart" &&
              !selfSubject(x, s) &&
              m.end <= t.start &&
              (x.end <= m.start || x.start >= m.start),
        ),
      );
      // Whom the firm offers itself to ("acting as capacity partner for development companies", "làm đối tác QA
      // cho các công ty outsourcing"): a kind of client.
      // So is whom capacity is offered to ("White-label QA capacity for development companies").
      const forWhom = [...selfRoles, ...roles.filter((r) => r.role === "capacity" && polarity === "offer")].some(
        (x) => x.end <= m.start && /(?:\bfor\b|(?:^|\s)(?:cho|dành cho)\s)/u.test(s.text.slice(x.end, m.start)),
      );
      // 日本の開発会社のテストパートナーとして: the firms whose partner the firm would be are a kind of client too.
      const whosePartner = selfRoles.some(
        (x) =>
          x.phrase === "として" &&
          x.start >= m.end &&
          /^[^、。]{0,12}の[^、。]{0,16}(?:パートナー|協力会社|委託先|ベンダー)$/u.test(s.text.slice(m.end, x.start)),
      );
      // "Offshore Java teams for Japanese SIers", "Unity co-development cho nhà phát hành": a kind of firm the work
      // is for is a client, not a trade offered.
      const forKind =
        polarity === "offer" &&
        FIRM_KIND.test(s.text.slice(m.start, m.end)) &&
        FOR_FIRMS_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start));
      if (counterpartTrade || forWhom || whosePartner || forKind) {
        audience.push(code);
        continue;
      }
      // A process the partner is to follow ("chấp nhận quy trình QA của Sao Việt", "follow our QA process",
      // 当社のQAプロセスに従う) is a condition of the work, not work sought.
      if (
        FOLLOWS_PROCESS_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start)) ||
        FOLLOWS_PROCESS_AFTER.test(s.text.slice(m.end, m.end + 14))
      )
        continue;
      // "海外進出資金の融資", "loans for market entry": what money lent or invested is for, not a service.
      if (
        /^\s*(?:の)?(?:資金|融資|ローン)/u.test(s.text.slice(m.end, m.end + 6)) ||
        /\b(?:loans?|financing|funding|credit lines?)\s+(?:for|to support)\s+(?:\S+\s+){0,2}$/iu.test(
          s.text.slice(Math.max(0, m.start - 40), m.start),
        )
      )
        continue;
      // "gia công" alone is contract work of any kind: beside goods ("gia công PCBA", "linh kiện gia công", "đơn
      // hàng gia công … ô tô, máy nông nghiệp") it is their making, not offshore software development.
      if (code === "offshore-dev" && /^gia c[oô]ng$/iu.test(m.phrase) && MADE_GOODS.test(s.text)) continue;
      // "Team chưa có ai nói tiếng Nhật", "bất kỳ ai": the Vietnamese pronoun (who, anyone), not AI.
      if (
        m.phrase === "ai" &&
        (VI_WHO_AFTER.test(s.text.slice(m.end, m.end + 14)) ||
          VI_WHO_BEFORE.test(s.text.slice(Math.max(0, m.start - 10), m.start)) ||
          (VI_NOBODY_BEFORE.test(s.text.slice(Math.max(0, m.start - 14), m.start)) &&
            /^\s+\p{L}/u.test(s.text.slice(m.end, m.end + 4))))
      )
        continue;
      // "Ứng dụng iOS/Android …, kết nối thiết bị qua BLE", "BLE device apps": the app's link to the device, not the
      // device's firmware.
      if (
        code === "iot-firmware" &&
        /^(?:ble|bluetooth|bluetooth low energy)$/iu.test(m.phrase) &&
        mentions.some((x) => x.payload === "mobile-apps") &&
        (LINK_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start)) ||
          /^\s*(?:で|経由|接続)/u.test(s.text.slice(m.end, m.end + 4)))
      )
        continue;
      // "自動テストは社内で実施済みです", "automated tests are done in-house": work the firm does itself, beside what
      // it looks for, is not sought.
      if (kind === "seeks" && doneInHouse(s.text.slice(m.end, m.end + 40))) continue;
      // Results of OCR checked by hand ("kiểm tra kết quả OCR", "OCR結果の確認・修正", "checking OCR results") are data
      // entry work, not OCR technology.
      if (
        code === "ai-ocr" &&
        kind !== "seeks" &&
        mentions.some((x) => x.payload === "data-entry" || x.payload === "bpo") &&
        (OCR_CHECKED_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start)) ||
          OCR_CHECKED_AFTER.test(s.text.slice(m.end, m.end + 24)))
      )
        continue;
      // What the work starts from ("Figmaのデザインをもとに実装", "built from your Figma designs", "dựa trên thiết kế")
      // is an input, not something offered or sought.
      if (
        /^\s*(?:\S{0,6})?(?:をもとに|を基に|を元に|に基づ)/.test(s.text.slice(m.end, m.end + 10)) ||
        /(?:based on|built from|dựa trên)\s*(?:\S+\s*){0,2}$/.test(s.text.slice(Math.max(0, m.start - 24), m.start))
      )
        continue;
      const selfRole = c.cues.some(
        (x) =>
          x.cue.kind === "selfRole" &&
          // "正社員として採用": as whom people are hired, not a role the firm takes.
          !(x.phrase === "として" && EMPLOYED_AS.test(s.text.slice(Math.max(0, x.start - 5), x.start))) &&
          // "元請としては商社またはゼネコンを想定": as for the prime, a topic, not a role the firm takes.
          !(
            x.phrase === "として" &&
            s.text[x.end] === "は" &&
            /(?:想定|希望|探し|求め|募集)/u.test(s.text.slice(x.end))
          ) &&
          ((x.start <= m.start && x.end >= m.end && saidOfItself(x)) ||
            (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(x.phrase)
              ? x.start >= m.end &&
                // "オフショア開発パートナーとして": the capability of the partner the firm would be.
                (x.start - m.end <= 3 ||
                  /^(?:の)?(?:パートナー|協力会社|ベンダー|委託先)$/u.test(s.text.slice(m.end, x.start)))
              : (x.end <= m.start && m.start - x.end <= 16) ||
                // "làm đại lý phân phối", "làm đối tác triển khai": the role's word begins the capability's phrase.
                (x.start < m.start && x.end > m.start && x.end < m.end && saidOfItself(x) && !seeksOther(x)))),
      );
      // Raising money ("資金調達", "gọi vốn", "Series A") is looking for investors, whatever verb carries it.
      // "Series A/B investments of USD 2-10m" is a fund's stake: a stage beside investing, with no raising verb.
      const raising =
        code === ROLE_CONCEPT.investor &&
        roles.some((r) => r.role === "investor" && RAISING.test(r.phrase)) &&
        !(INVESTING.test(s.text) && !RAISING_VERB.test(s.text));
      // A capability listed with the partner sought ("MSSP／販売代理店を探しています", "SIer or distributors") is a
      // kind of partner, sought like it.
      const kindOf = roles.find(
        (r) =>
          (r.role === "distributor" || r.role === "supplier" || r.role === "partner") &&
          !offeredRole(r) &&
          /^\s*(?:\/|／|・|、|,|or|hoặc|hay|や|または|もしくは)?\s*$/u.test(
            r.start >= m.end ? s.text.slice(m.end, r.start) : s.text.slice(r.end, m.start),
          ),
      );
      // 人材紹介会社様との提携を希望: the trade of the firms it would ally with, sought like a partner, even after a
      // need of clients earlier in the sentence.
      const allyTrade = japanese && polarity === "seek" && JA_ALLY_AFTER.test(s.text.slice(m.end, m.end + 14));
      const partnerKind =
        allyTrade || (polarity === "seek" && !roles.some((r) => r.role === "client") && kindOf !== undefined);
      // "Exclusive distribution rights preferred", 独占販売権, "quyền phân phối": rights sought to distribute are a
      // distributor's offer.
      const rights =
        code === ROLE_CONCEPT.distributor &&
        (/^\s*(?:rights?\b|権|契約権)/iu.test(s.text.slice(m.end, m.end + 8)) ||
          /(?:quyền|quyen)\s*$/iu.test(s.text.slice(Math.max(0, m.start - 8), m.start)));
      // "元請またはSIerを探しています", "元請としては商社またはゼネコンを想定": a trade that is itself the word for the
      // client (元請, the prime contractor) names the counterpart sought, not what the firm sells.
      const clientWord =
        kind === "seeks" && roles.some((r) => r.role === "client" && r.start <= m.start && r.end >= m.end);
      // "EDRを再販・導入支援できる販売代理店", "distributors to resell SHIELD-EYE EDR in Vietnam": what the distributor
      // sought is to resell is the firm's goods, not a need.
      const goodsResold =
        polarity === "seek" &&
        code !== ROLE_CONCEPT.distributor &&
        roles.some((r) => r.role === "distributor") &&
        RESOLD_AFTER.test(s.text.slice(m.end, m.end + 12));
      if (selfRole || rights || goodsResold) direction = "offer";
      else if (clientWord) direction = "seek";
      else if (partnerKind) direction = "seek";
      // "お取引先のベトナム進出を支援いただける会社": the firm the work is asked of does it, whoever it is for.
      // …and so is the trade that names that firm ("…支援いただける会計事務所・コンサルティング会社").
      else if (
        kind === "seeks" &&
        japanese &&
        (PARTNER_DOES.test(s.text.slice(m.end, m.end + 20)) ||
          // "DX案件（IoT・生産管理など）を受託できる企業", "据付・立上げ・保守をお願いできる現地パートナー": the firm
          // sought is named after what it can do.
          (code !== ROLE_CONCEPT.distributor && partnerCanDo(s.text.slice(m.end, Math.min(c.end + 40, m.end + 60)))) ||
          (JA_CAN_DO_BEFORE.test(s.text.slice(Math.max(c.start, m.start - 24), m.start)) &&
            (/^(?:会社|事務所|企業|業者|ベンダー|パートナー)/u.test(s.text.slice(m.end, m.end + 6)) ||
              /(?:sier|ベンダー|企業|会社|事業者)$/iu.test(m.phrase))))
      )
        direction = "seek";
      else if (raising) direction = "seek";
      else if (roleConcept) direction = polarity;
      else if (ownChannel) direction = "seek";
      else if (thesis && !possessed) direction = "seek";
      // "Nhà sản xuất phần cứng POS muốn cài sẵn phần mềm": the firms named before their want are the partner sought.
      else if (theirs.some((t) => m.end <= t.start && subjectWants(t, s, kind))) direction = "seek";
      // "…for our own projects (we outsource annotation)": the work the firm says it gives out, right after the
      // verb, is given out, whoever's projects come before (not "Our clients outsource testing to us").
      else if (
        c.cues.some(
          (x) =>
            x.cue.kind === "role" &&
            x.cue.role === "givesWork" &&
            x.end <= m.start &&
            /^\s*$/u.test(s.text.slice(x.end, m.start)) &&
            /\bwe\s+(?:also\s+|usually\s+|often\s+)?$/iu.test(s.text.slice(Math.max(0, x.start - 16), x.start)),
        )
      )
        direction = "seek";
      else if (possessed || ofTheirs) direction = "offer";
      else if (givesWork) direction = "seek";
      // …unless a purpose parts the work taken from the capability ("試作実装まで一括で受注したいため、国内のEMSとの提携先を
      // 探しています" seeks the EMS partner).
      else if (takesWork && (theirWork.length > 0 || ownRoles.some((r) => r.role === "takesWork" && !apart(r, m))))
        direction = "offer";
      else if (polarity === "seek") direction = sellsToAt(m) ? "offer" : "seek";
      else direction = "offer";
      if (direction === "seek" && kind === "seeks" && ownRemark(m)) direction = "offer";
      if (alreadyHas(m.start)) direction = "seek";
      const negated =
        ((negatedAt(m.start, m.end) || verbDenied(m.start, m.end)) && !languageQualified(m)) || alreadyHas(m.start);
      let alsoUnwanted = false;
      // "Không phát triển phần mềm, không bán phần mềm OCR", "OCRソフトの販売はしていません" where the firm says what it
      // looks for: a trade it does not do (a verb of making or selling under the denial, no word of wanting), not
      // only partners it refuses: it wants none in that trade either.
      if (
        negated &&
        direction === "seek" &&
        kind === "seeks" &&
        !ROLE_CODES.has(code) &&
        // (A role it will not take, "Không làm nhà thầu chính", is said of the bid, not of a trade.)
        !/th[aầ]u|contractor|元請|一次請/iu.test(m.phrase) &&
        !c.cues.some((x) => x.cue.kind === "seek") &&
        (japanese
          ? JA_DOES_NOT_AFTER.test(s.text.slice(m.end, m.end + 16))
          : VI_DOES_NOT_BEFORE.test(s.text.slice(Math.max(c.start, m.start - 30), m.start) + " " + m.phrase))
      ) {
        direction = "offer";
        alsoUnwanted = true;
      }
      if (
        CONNECTED_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)) ||
        CONNECTED_AFTER.test(s.text.slice(m.end, m.end + 40))
      )
        weight *= CONNECTED_WEIGHT;
      if (thesis) weight *= THESIS_WEIGHT;
      else weight *= fieldWeight(kind, direction);
      this.mentions.push({ code, direction, weight, negated, source: kind, phrase: m.phrase });
      if (alsoUnwanted)
        this.mentions.push({
          code,
          direction: "seek",
          weight: SOURCE_WEIGHT[kind] * fieldWeight(kind, "seek"),
          negated,
          source: kind,
          phrase: m.phrase,
        });
    }

    // An investor's exclusions ("we do not invest in hardware, games or consumer apps", 受託開発会社様は対象外):
    // broad field words, read here only, as fields the firm does not want (negated seeks).
    // …or a statement of bare refusals in what it looks for ("No hardware, no gaming"), or investing refused in
    // Vietnamese without "vào" ("Không đầu tư game").
    const excluding =
      has(c, "exclusion") ||
      (negations.length > 0 &&
        (c.cues.some((x) => x.cue.kind === "thesis" && /invest|出資|投資|đầu tư/.test(x.phrase)) ||
          (kind === "seeks" && BARE_REFUSALS.test(s.text.slice(sentenceStart(s.text, c.start), c.end)))));
    if (excluding) {
      fieldWords ??= (() => {
        const index = new PhraseIndex<string>();
        for (const [code, list] of Object.entries(EXCLUDED_FIELDS)) for (const w of list) index.add(w, code);
        return index;
      })();
      // A bracket opened after the refusal says what is wanted instead ("B1のみの方は対象外です（S/4HANAまたはECCの
      // 経験が必要）"): not refused.
      const refusals = c.cues.filter((x) => x.cue.kind === "exclusion" || x.cue.kind === "negation");
      for (const m of fieldWords.find(s)) {
        if (m.start < c.start || m.end > c.end) continue;
        if (refusals.some((x) => x.end <= m.start && openBracket(s.text.slice(x.end, m.start)))) continue;
        if (this.mentions.some((x) => x.code === m.payload && x.negated && x.direction === "seek")) continue;
        this.mentions.push({
          code: m.payload,
          direction: "seek",
          weight: SOURCE_WEIGHT[kind],
          negated: true,
          source: kind,
          phrase: m.phrase,
        });
      }
    }

    // An investor's fields in broad words ("Series A/B investment … in industrial IoT, energy and smart factory"): read
    // here only, in a clause that invests and refuses nothing, as fields of its thesis.
    const investing =
      !excluding &&
      !negations.length &&
      // (The firm investing, not one raising money: "Tìm nhà đầu tư … cho startup y tế của chúng tôi".)
      (c.cues.some((x) => x.cue.kind === "thesis" && /invest|出資|投資|đầu tư/.test(x.phrase)) ||
        this.mentions.some((x) => {
          if (x.code !== ROLE_CONCEPT.investor || x.direction !== "offer" || x.negated || x.source !== kind)
            return false;
          // (Mentions keep no place: the clause's is where its phrase is found.)
          const at = s.text.indexOf(x.phrase, c.start);
          return at >= 0 && at < c.end;
        })) &&
      !this.mentions.some(
        (x) => x.code === ROLE_CONCEPT.investor && x.direction === "seek" && x.source === kind && !x.negated,
      ) &&
      INVESTEES.test(s.text.slice(c.start, c.end));
    if (investing) {
      investedWords ??= (() => {
        const index = new PhraseIndex<string>();
        for (const [code, list] of Object.entries(INVESTED_FIELDS)) for (const w of list) index.add(w, code);
        return index;
      })();
      for (const m of investedWords.find(s)) {
        if (m.start < c.start || m.end > c.end) continue;
        if (this.mentions.some((x) => x.code === m.payload && !x.negated && x.source === kind)) continue;
        this.mentions.push({
          code: m.payload,
          direction: "seek",
          weight: SOURCE_WEIGHT[kind] * THESIS_WEIGHT,
          negated: false,
          source: kind,
          phrase: m.phrase,
        });
      }
    }

    // Hiring people ("hire 10 Java engineers", エンジニアを採用したい) is a need for recruitment or placement; hiring
    // Vietnamese people to work in Japan (金沢本社で勤務いただけるベトナム人エンジニア（正社員採用）) is placement too.
    // Employers who hire ("Tìm doanh nghiệp Nhật cần tuyển kỹ sư IT người Việt") are the clients of a firm that
    // places people: it offers what they need.
    const hiring = c.cues.find((x) => x.cue.kind === "hiring");
    if (polarity === "seek" && hiring && has(c, "people") && !negations.length) {
      const places = c.cues.flatMap((x) => (x.cue.kind === "place" ? [x.cue.code] : []));
      const vietnamese =
        places.includes("VN") ||
        /người việt|nguoi viet|vietnamese|ベトナム人|ベトナム籍/u.test(s.text.slice(c.start, c.end));
      const abroad = vietnamese && (japanese || places.includes("JP"));
      // (…or the need right before it is theirs: "công ty phần mềm tại Việt Nam cần tuyển kỹ sư".)
      const theirs =
        isTheirs(hiring, c, s, japanese, kind) ||
        c.cues.some(
          (x) =>
            x.cue.kind === "seek" &&
            x.end <= hiring.start &&
            hiring.start - x.end <= 2 &&
            isTheirs(x, c, s, japanese, kind),
        );
      for (const code of abroad ? ["it-recruitment", "japan-placement"] : ["it-recruitment"])
        this.mentions.push({
          code,
          direction: theirs ? "offer" : "seek",
          weight: SOURCE_WEIGHT[kind] * 0.8,
          negated: false,
          source: kind,
          phrase: "hiring",
        });
    }

    // Engineers to be stationed at clients' sites ("常駐できるベトナム人エンジニアを…受け入れたい", "SES firms that need
    // Vietnamese engineers on site"), with no trade named: engineer dispatch, sought or (their need) offered.
    const onsitePeople =
      polarity === "seek" &&
      !hiring &&
      !negations.length &&
      has(c, "onsite") &&
      // …not a condition on the team of another need ("当社オフィスに常駐できる技術者2名以上を含む体制であること").
      !has(c, "requirement") &&
      !has(c, "weakRequirement") &&
      /engineer|エンジニア|技術者|kỹ sư|ky su/iu.test(s.text.slice(c.start, c.end)) &&
      // …not engineers taught before they go ("đào tạo kỹ sư trước khi sang Nhật", 来日前のエンジニア研修).
      !onlyTaught(s.text.slice(c.start, c.end)) &&
      this.mentions.length === clauseFirst;
    if (onsitePeople) {
      const seeks = c.cues.filter((x) => x.cue.kind === "seek");
      const theirs = seeks.length > 0 && seeks.every((x) => isTheirs(x, c, s, japanese, kind));
      this.mentions.push({
        code: "it-staffing",
        direction: theirs ? "offer" : "seek",
        weight: SOURCE_WEIGHT[kind],
        negated: false,
        source: kind,
        phrase: "on-site engineers",
      });
    }

    // Raising money, however it is said ("Raising a seed extension of USD 600k", シリーズAで3億円を調達中), is looking
    // for investors; a fund's own investing is not.
    const clauseText = s.text.slice(c.start, c.end);
    const raises = clauseText.match(RAISES_CAPITAL);
    if (
      raises &&
      !negations.length &&
      // "We help startups raise funds", 資金調達支援: a service to those who raise.
      !HELPS_RAISE.test(clauseText.slice(0, raises.index)) &&
      !/^[^。、]{0,4}(?:支援|サポート|アドバイス|コンサル)/u.test(clauseText.slice(raises.index! + raises[0].length)) &&
      !this.mentions.some((m) => m.code === "venture-investment" && m.direction === "seek" && m.source === kind)
    ) {
      this.mentions.push({
        code: "venture-investment",
        direction: "seek",
        weight: SOURCE_WEIGHT[kind],
        negated: false,
        source: kind,
        phrase: raises[0],
      });
      this.addIntent("investors");
    }

    // Several business functions under one system ("会計・販売・在庫管理システム", "accounting, sales and inventory
    // system", "hệ thống kế toán, bán hàng, kho"): the firm's core system, an ERP, whatever its parts are called.
    const suite = businessSuite(clauseText);
    if (
      suite &&
      !negatedAt(c.start + suite.start, c.start + suite.end) &&
      !this.mentions.slice(clauseFirst).some((m) => ERP_CODES.has(m.code))
    ) {
      const direction = polarity ?? (kind === "seeks" ? "seek" : "offer");
      this.mentions.push({
        code: "erp",
        direction,
        weight: SOURCE_WEIGHT[kind] * fieldWeight(kind, direction),
        negated: false,
        source: kind,
        phrase: suite.phrase,
      });
    }

    for (const x of c.cues) {
      if (x.cue.kind !== "thesis") continue;
      const investing = /invest|出資|投資|đầu tư|fund/.test(x.phrase);
      // "We don't resell third-party software licences or security products": reselling refused, where the firm
      // says what it does (not what its partners may not do).
      if (negatedAt(x.start, x.end)) {
        if (!investing && !partnerSells && !ownProduct && polarity !== "seek")
          this.mentions.push({
            code: "distribution",
            direction: "offer",
            weight: SOURCE_WEIGHT[kind],
            negated: true,
            source: kind,
            phrase: x.phrase,
          });
        continue;
      }
      if ((partnerSells || ownProduct) && !investing) continue;
      // Attracting others' investment ("xúc tiến đầu tư vào các khu công nghiệp", "promote investment in") is no
      // investing of its own.
      if (PROMOTES_INVESTMENT.test(s.text.slice(Math.max(0, x.start - 16), x.start))) continue;
      const code = investing ? "venture-investment" : "distribution";
      this.mentions.push({
        code,
        direction: "offer",
        weight: SOURCE_WEIGHT[kind],
        negated: false,
        source: kind,
        phrase: x.phrase,
      });
    }

    // Intents: what the clause says about the partners the firm wants.
    if (roleSet.has("capacity") && polarity === "seek" && !takesWork) {
      this.capacityAsked = true;
      // Asked for, not a condition put on the partner ("ピーク時に100名以上の開発体制を組めることが前提です").
      if (!c.cues.some((x) => x.cue.kind === "requirement" || x.cue.kind === "weakRequirement"))
        this.lineCapacity = true;
      if (
        this.mentions.some(
          (m) => m.direction === "seek" && m.source === kind && mentions.some((x) => x.phrase === m.phrase),
        )
      )
        this.capacityNamed = true;
    }
    for (const r of roles) {
      if (r.role === "givesWork" && takesWork) continue;
      if (theirWork.includes(r)) continue;
      // Work the partner sought takes ("受託できるパートナー"): the firm gives it.
      if (
        partnerTakes(r) ||
        // …and the work named before it ("開発案件の再委託を受けられるパートナー").
        (r.role === "work" &&
          japanese &&
          roles.some((t) => t.start >= r.end && t.start - r.end <= 6 && partnerTakes(t)))
      ) {
        if (polarity === "seek" && !negatedAt(r.start, r.end) && !has(c, "negation")) this.addIntent("subcontractors");
        continue;
      }
      if (r.role === "work" && projectOfItsOwn(r)) continue;
      if (offeredRole(r) && !negatedAt(r.start, r.end)) {
        this.addIntent("clients");
        // To other firms, not to clients ("Japanese clients who want a long-term offshore partner" sells to them).
        if (r.role === "capacity" || (kind === "seeks" && !roles.some((x) => x.role === "client")))
          this.capacityOffered = true;
        for (const code of audience) if (!this.capacityFor.includes(code)) this.capacityFor.push(code);
        continue;
      }
      const negated = negatedAt(r.start, r.end);
      // Work refused below a size ("We do not accept projects smaller than 30 man-months", "không nhận dự án spot
      // dưới 6 tháng", スポットの小規模案件はありません) is a floor (volumes.ts), not clients refused.
      if (
        negated &&
        (r.role === "work" || r.role === "takesWork" || r.role === "client") &&
        BELOW_A_FLOOR.test(clauseText)
      )
        continue;
      // Work of one trade refused ("We do not take labeling-only projects", "không nhận dự án thiết kế 2D") is that
      // trade refused (its mention is read negated), not every client: only with the trade named right before the
      // word for the work (a word may come between: "NLP research projects").
      if (
        negated &&
        (r.role === "work" || r.role === "takesWork") &&
        !japanese &&
        mentions.some(
          (m) =>
            m.end <= r.start &&
            r.start - m.end <= 14 &&
            // (not outsourcing or development as such: "We do not accept outsourcing projects" refuses clients)
            m.payload !== "offshore-dev" &&
            m.payload !== SOFTWARE_DEVELOPMENT &&
            /^[\s-]*(?:[\p{L}]+[\s-]+)?$/iu.test(s.text.slice(m.end, r.start)),
        )
      )
        continue;
      // Refusing consortia of some leads ("We do not join consortia led by competitors", 競合他社が主導する共同企業体には
      // 参加しません) is not refusing consortia: the firm leads its own, or joins others'.
      if (negated && r.role === "consortium" && LED_BY.test(clauseText)) continue;
      // A contract form refused ("請負ではなく準委任で", "không nhận trọn gói") is a form of contract (contracts.ts), not
      // work or partners refused.
      if (negated && CONTRACT_FORM_WORD.test(r.phrase)) continue;
      // Refusing subcontracted work ("再委託はお受けしておりません") is refusing to be a capacity partner, not clients.
      if (negated && r.role === "takesWork" && !roleSet.has("client")) {
        this.addIntent("capacity", true);
        push((this.facts.capacityRefusedFrom ??= []), workFrom(s.text.slice(c.start, c.end)));
        continue;
      }
      // Wanting to be someone's satellite or extra capacity ("nhận dự án … làm vệ tinh") is wanting clients.
      const intent = r.role === "capacity" && takesWork ? "clients" : intentOf(r.role, polarity);
      if (!intent) continue;
      this.addIntent(intent, negated);
      if (negated && intent === "capacity") push((this.facts.capacityRefusedFrom ??= []), "ALL");
    }
    if (polarity === "seek" && theirs.length && !negations.length) this.addIntent("clients");

    // The places of the cues right before or after some words for the partners (see ORIGIN_BEFORE, ORIGIN_AFTER), with
    // the places listed with them.
    const placesNextTo = (anchors: { start: number; end: number }[]): string[] => {
      const places: string[] = [];
      let last: CueAt | null = null;
      for (const x of c.cues) {
        const code = x.cue.kind === "place" ? x.cue.code : x.cue.kind === "nationality" ? NATION[x.cue.lang] : null;
        if (!code || negatedAt(x.start, x.end)) continue;
        if (x.cue.kind === "nationality" && languageNear(x)) continue;
        // "to become the Vietnam integration partner of…": the firm is that partner.
        if (BECOME.test(s.text.slice(Math.max(0, x.start - 24), x.start))) continue;
        // Places listed together ("tại Việt Nam hoặc Nhật Bản", "Japan or Korea") share what qualifies them.
        const listed: boolean =
          last !== null && x.start >= last.end && PLACE_LIST.test(s.text.slice(last.end, x.start));
        const next: boolean =
          listed ||
          anchors.some(
            (r) =>
              (x.end <= r.start &&
                !VIETNAMESE_PLACE.test(x.phrase) &&
                ORIGIN_BEFORE.test(s.text.slice(x.end, r.start))) ||
              (r.end <= x.start && ORIGIN_AFTER.test(s.text.slice(r.end, x.start))),
          );
        if (next) push(places, code);
        last = next ? x : last;
      }
      return places;
    };
    // Where the partners it looks for are from ("Japanese consortium leaders", "đối tác Nhật Bản", ベトナムの開発会社):
    // a place or nationality next to a partner word or a word for firms, in a clause that looks for partners.
    if (polarity === "seek") {
      // In a clause about bidding, the firm that wants the firm as its partner is the one it would bid with
      // ("Japanese prime contractors that want a delivery partner inside consortium bids").
      const bidClause = ownRoles.some((r) => r.role === "consortium");
      const partnerRoles = (bidClause ? roles.filter((r) => !negatedAt(r.start, r.end)) : ownRoles).filter((r) =>
        PARTNER_ROLES.has(r.role),
      );
      // "Work from Japanese Tier-1 suppliers" is clients it wants, not partners.
      // (Work named after the partner is the firm's own: "Đối tác kiểm thử … tại Việt Nam cho các dự án web".)
      if (
        partnerRoles.length &&
        !ownRoles.some((r) => (r.role === "client" || r.role === "work") && r.start < partnerRoles[0]!.start) &&
        !WORK_FROM.test(s.text.slice(c.start, c.end))
      ) {
        const bidding = partnerRoles.some((r) => r.role === "consortium");
        const anchors = [
          ...partnerRoles.filter((r) => !/bid|tender|thầu|入札/.test(r.phrase)),
          ...c.cues.filter((x) => x.cue.kind === "counterpart" && FIRM_WORD.test(x.phrase)),
          ...[...s.text.slice(c.start, c.end).matchAll(FIRM_NOUN)].map((m) => ({
            start: c.start + m.index,
            end: c.start + m.index + m[0].length,
          })),
        ];
        const places = placesNextTo(anchors);
        if (bidding) this.biddingPlaces.push(places);
        else if (kind === "seeks") for (const p of places) push(this.partnerPlaces, p);
        for (const p of places) push(this.sentencePlaces, p);
      } else if (kind === "seeks" && !partnerRoles.length && !negations.length) {
        // "Japanese importers and supermarket chains", ベトナムの輸入業者, "distributors in Japan and ASEAN", "Công ty
        // logistics Nhật", "Nhà sản xuất thực phẩm, đồ uống Nhật Bản": the firms of a trade it looks for, from a
        // country, are sought from there (the need's origin, score.ts), whether partners or clients.
        const trades = [...s.text.slice(c.start, c.end).matchAll(TRADE_FIRM_WORD)].map((m) => ({
          start: c.start + m.index,
          end: c.start + m.index + m[0].length,
        }));
        for (const p of [...placesNextTo(trades), ...tradeCountryAfter(s.text, c)]) push(this.sentencePlaces, p);
      }
      // "Hệ thống bệnh án điện tử / HIS của Nhật Bản", 日本製の内視鏡, "Japanese-made endoscopes": goods of a
      // country are sought from its firms (a Vietnamese HIS house is no Japanese HIS).
      // Not goods to be serviced, or an importer sought for them (the partner then is a local engineer or a buyer:
      // "bảo trì máy CNC của Nhật", "đối tác nhập khẩu cà phê của Việt Nam"), nor a country's standards, ways or
      // market ("tiêu chuẩn chất lượng của Nhật Bản", "nhà máy của Nhật").
      const clauseText = s.text.slice(c.start, c.end);
      if (kind === "seeks" && !negations.length && !GOODS_HANDLED.test(clauseText))
        for (const m of clauseText.matchAll(MADE_IN)) {
          if (m[1]) {
            // "của" right after the goods: a thing sought (its concept named a few words before) or a word for goods.
            const at = c.start + m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
            const named = mentions.filter((x) => x.end <= at).sort((x, y) => y.end - x.end)[0];
            const between = named ? s.text.slice(named.end, at) : null;
            const rightAfter = between !== null && fewWordsBetween(between);
            if (!rightAfter && !goodsBefore(s.text.slice(Math.max(c.start, at - 50), at))) continue;
          }
          push(this.sentencePlaces, /nh|jap|日本/iu.test(m[1] ?? m[2] ?? m[0]) ? "JP" : "VN");
        }
    }

    // Where the startups it names are from, when a place qualifies them (see Facts.startupsFrom); places listed
    // together ("in Japan, Vietnam and Indonesia") share it.
    const placeCode = (x: CueAt) =>
      x.cue.kind === "place" ? x.cue.code : x.cue.kind === "nationality" ? NATION[x.cue.lang] : null;
    const placeCues = c.cues.filter((x) => placeCode(x)).sort((x, y) => x.start - y.start);
    for (const w of s.text.slice(c.start, c.end).matchAll(STARTUP_WORD)) {
      const at = { start: c.start + w.index, end: c.start + w.index + w[0].length };
      const of = placeCues.map(
        (x) =>
          // "in Japanese startups": a nationality right before the startups is theirs, not a language.
          !(x.cue.kind === "nationality" && languageNear(x) && !/^\s*$/u.test(s.text.slice(x.end, at.start))) &&
          ((x.end <= at.start &&
            !VIETNAMESE_PLACE.test(x.phrase) &&
            ORIGIN_BEFORE.test(s.text.slice(x.end, at.start))) ||
            (at.end <= x.start && ORIGIN_AFTER.test(s.text.slice(at.end, x.start)))),
      );
      const listed = (i: number) => {
        const between = s.text.slice(placeCues[i]!.end, placeCues[i + 1]!.start);
        // (…and the places that name a region's members in brackets: "ASEAN（ベトナム、タイ…）".)
        return PLACE_LIST.test(between) || /^\s*[(（]?\s*$/u.test(between);
      };
      for (let i = 0; i + 1 < placeCues.length; i++) if (of[i] && listed(i)) of[i + 1] = true;
      for (let i = placeCues.length - 2; i >= 0; i--) if (of[i + 1] && listed(i)) of[i] = true;
      const into = negations.length ? (this.facts.startupsNotFrom ??= []) : (this.facts.startupsFrom ??= []);
      placeCues.forEach((x, i) => of[i] && push(into, placeCode(x)!));
    }
    // The only countries its clients are from ("Chỉ tìm khách hàng Nhật Bản", "Japanese clients only",
    // 日本のお客様のみ): a client from elsewhere is one it does not take.
    if (
      roleSet.has("client") &&
      !negations.length &&
      c.cues.some((x) => x.cue.kind === "only" && !NOT_ONLY_AFTER.test(s.text.slice(x.end, x.end + 6))) &&
      !c.cues.some((x) => x.cue.kind === "role" && (PARTNER_ROLES.has(x.cue.role) || x.cue.role === "givesWork"))
    )
      for (const x of placeCues) {
        const code = placeCode(x);
        if (code && code !== "ASEAN") push((this.facts.clientsOnlyFrom ??= []), code);
      }

    // Requirements of partners are what the firm states as one ("must", 必須, "bắt buộc", "only … in Japanese");
    // a wish ("we would like a partner with Japanese-speaking BrSE") is a seek, not a dealbreaker.
    const restricts = c.cues.some((x) =>
      ["language", "nationality", "certification", "place", "onsite"].includes(x.cue.kind),
    );
    // "Sản phẩm chỉ hỗ trợ tiếng Việt và tiếng Nhật": a product's languages, not a partner's.
    const aboutProduct = roles.some((r) => r.role === "product");
    // "không bắt buộc có văn phòng tại Việt Nam", "not required", "必須ではありません": a requirement waived.
    const waived = negations.some((n) =>
      c.cues.some(
        (r) =>
          (r.cue.kind === "requirement" || r.cue.kind === "weakRequirement") &&
          ((n.end <= r.start && r.start - n.end <= 2) ||
            (n.start <= r.start && n.end >= r.end) ||
            (japanese && n.start >= r.end && n.start - r.end <= 3)),
      ),
    );
    // "SAP-only consultancy", "a Salesforce-only shop": what the firm does alone, not a restriction on partners.
    // "※日本の拠点は東京のみで…": where the firm's own base is, the base named as the topic, not a place asked of
    // partners.
    const onlyOfFirm = c.cues.some(
      (x) =>
        x.cue.kind === "only" &&
        (ONLY_TRADE_NOUN.test(s.text.slice(x.end, x.end + 16)) ||
          (japanese &&
            OWN_BASE_TOPIC.test(s.text.slice(c.start, x.start)) &&
            !/^(?:と|で)?(?:可|とし|に限|限定|必須|こと|の企業|の会社)/u.test(s.text.slice(x.end, x.end + 4)) &&
            !aboutPartner(c))),
    );
    const explicit =
      !waived &&
      (requires(c, kind) ||
        // "会議・ドキュメントはすべて日本語です", "Meetings and reports are all in Japanese": the language all the work's
        // talk is in, asked of whoever does it.
        (kind === "seeks" &&
          ALL_IN_ONE_LANGUAGE.test(s.text.slice(c.start, c.end)) &&
          !LEAVE_GIVEN.test(s.text.slice(c.start, c.end))) ||
        (has(c, "only") &&
          !onlyOfFirm &&
          restricts &&
          !aboutProduct &&
          // "(hiện tại chỉ giao tiếp bằng tiếng Anh)": how the firm works now, not what it asks.
          !CURRENTLY.test(s.text.slice(c.start, c.end)) &&
          // …a partner named in what the firm says of itself is the firm ("automotive software house with 320
          // engineers, working only in automotive"), unless the clause looks for it.
          ((aboutPartner(c) && (kind === "seeks" || polarity === "seek")) ||
            (kind === "seeks" && polarity !== "offer"))));
    const stating = polarity === "offer" && !explicit;
    // "Consortium partners for ASEAN smart city tenders… / Partners should have at least 100 staff": a statement of
    // requirements alone after a need to bid for asks them of the firms it would bid with.
    const ofBidders =
      bidding || (this.afterBidding && !conceptMatches.some((k) => k.start >= c.start && k.end <= c.end));
    if (explicit && ofBidders) this.required.forConsortium = true;
    else if (explicit) this.required.forSuppliers = true;
    const clauseNegated = (x: { start: number; end: number }) => negatedAt(x.start, x.end);

    // Languages: unambiguous words (日本語, tiếng Nhật, "Japanese-speaking"), or "Japanese" next to a word
    // that makes it a language ("in Japanese", "Japanese skills").
    // Languages listed as alternatives ("tiếng Anh hoặc tiếng Việt", "English or Japanese", 英語または日本語).
    const isLanguage = (x: CueAt) => x.cue.kind === "language" || (x.cue.kind === "nationality" && languageNear(x));
    // The languages the firm itself works in ("Chúng tôi chỉ giao tiếp bằng tiếng Anh và tiếng Việt", 当社は日本語と
    // 英語で対応します): a partner shares one of them, as with "or".
    // (Partners named after the languages are whom the firm talks to: "… bằng tiếng Anh và tiếng Việt với đối tác".)
    const firstLanguage = c.cues.find((x) => x.cue.kind === "language")?.start ?? c.end;
    const ownLanguages =
      OWN_WORKING_LANGUAGES.test(s.text.slice(c.start, c.end)) &&
      !BOTH_ASKED.test(s.text.slice(c.start, c.end)) &&
      !PARTNERS_SPEAK.test(s.text.slice(c.start, firstLanguage));
    const alternative = (x: CueAt) =>
      c.cues.some(
        (y) =>
          y !== x &&
          (y.cue.kind === "language" || y.cue.kind === "nationality") &&
          (isLanguage(x) || isLanguage(y)) &&
          (ownLanguages ? LANGUAGE_OR_AND : LANGUAGE_OR).test(
            y.start >= x.end ? s.text.slice(x.end, y.start) : s.text.slice(y.end, x.start),
          ),
      );
    // A language working in which is fine with the firm: it can, and in a need partners may use it.
    const allowLanguage = (lang: Lang) => {
      push(this.facts.languages, lang);
      if (polarity === "seek") push((this.required.languagesAllowed ??= []), lang);
    };
    for (const x of c.cues) {
      let lang: Lang | null = null;
      if (x.cue.kind === "language") lang = x.cue.lang;
      else if (x.cue.kind === "nationality" && (languageNear(x) || alternative(x))) lang = x.cue.lang;
      if (!lang) continue;
      // A language taught ("đào tạo tiếng Nhật cho 15 kỹ sư", 日本語研修, "Japanese lessons") is a service, not a demand.
      if (
        TAUGHT_BEFORE.test(s.text.slice(Math.max(0, x.start - 12), x.start)) ||
        TAUGHT_AFTER.test(s.text.slice(x.end, x.end + 10))
      )
        continue;
      // "có phiên dịch tiếng Nhật khi cần", "with our own Japanese interpreter", 日本語通訳が同行します: the firm works in
      // the language through its interpreter.
      if (
        !clauseNegated(x) &&
        (OWN_INTERPRETER_BEFORE.test(s.text.slice(Math.max(0, x.start - 24), x.start)) ||
          (OWN_INTERPRETER_AFTER.test(s.text.slice(x.end, x.end + 24)) &&
            HAS_INTERPRETER.test(s.text.slice(Math.max(0, x.start - 24), x.end + 24))))
      ) {
        push(this.facts.languages, lang);
        continue;
      }
      // A negation reaches a language only within its own part of the sentence: "không có tài liệu, viết lại tài
      // liệu thiết kế bằng tiếng Nhật" lacks documents, not Japanese.
      const ownPart = negations.some((n) => n.end <= x.start && !/[,、，;；]/.test(s.text.slice(n.end, x.start)));
      const reached = japanese || ownPart || negations.some((n) => n.start <= x.start && n.end >= x.end);
      // "tiếng Anh còn hạn chế", "English is limited", 英語は苦手: the firm says it cannot work in it, whichever field.
      if (
        !explicit &&
        !clauseNegated(x) &&
        (WEAK_AFTER.test(s.text.slice(x.end, x.end + 14)) ||
          WEAK_BEFORE.test(s.text.slice(Math.max(0, x.start - 10), x.start)))
      ) {
        push((this.facts.weakLanguages ??= []), lang);
        continue;
      }
      // "英語でのやりとりで可、会社規模も問いません": fine with the firm right after the language, whatever the rest of the
      // clause denies (here the size).
      const after = s.text.slice(x.end, x.end + 16).split(/[、。,;；)）]/u)[0]!;
      // "英語で可" is leave, never a demand, even in a sentence of conditions ("打合せは日本語でできることが条件です
      // （英会話講師の件だけは英語で可）").
      if (
        ((!explicit && ALLOWED.test(after)) || /^\s*(?:で|でも|も)?可(?!能)/u.test(after)) &&
        !/\bnot\b|không|khong|ない|不/u.test(after)
      ) {
        allowLanguage(lang);
        continue;
      }
      if (clauseNegated(x)) {
        // "Chưa có người nói tiếng Nhật", "we have no Japanese speakers": what the firm has not, said in any field.
        const hasNot =
          polarity !== "offer" &&
          negations.some(
            (n) =>
              n.end <= x.start &&
              x.start - n.end <= 24 &&
              HAS_NOT.test(n.phrase) &&
              !/[,;:、。，；]/u.test(s.text.slice(n.end, x.start)),
          ) &&
          !PARTNER_WORD.test(s.text) &&
          !/(?:không|khong) được|(?:cũng|cung) được|\bnot (?:ok|acceptable)\b/iu.test(s.text) &&
          !has(c, "requirement") &&
          !has(c, "weakRequirement");
        // "chưa có khóa luyện N1", "không có nội dung tiếng Nhật", "no Japanese content": a course or content the firm
        // has not, not people who cannot speak it.
        const content = LANGUAGE_CONTENT.test(s.text.slice(Math.max(0, x.start - 26), x.end + 10));
        if (reached && !explicit && !content && (polarity === "offer" || hasNot)) push(this.facts.lacksLanguages, lang);
      } else if (explicit && alternative(x)) push((this.required.languageChoice ??= []), lang);
      else if (explicit) push(this.required.languages, lang);
      else if (stating) push(this.facts.languages, lang);
      // Working in it is fine with the firm ("英語でのコミュニケーションでも問題ありません", "English is OK", "tiếng Anh
      // cũng được"): it can.
      else if (ALLOWED.test(s.text.slice(c.start, c.end))) allowLanguage(lang);
    }
    // Certifications: required, held, lacking, or only a goal ("cần tư vấn để đạt ISO 27001").
    // A goal ("ISO 27001 is planned", "ISMS取得予定") is about the certification next to it, not every one in the
    // clause ("we hold ISO 9001; ISO 27001 is planned").
    const goals = c.cues.filter((x) => x.cue.kind === "certificationGoal");
    const goal = goals.length > 0;
    const goalFor = (x: CueAt) =>
      goals.some((g) => {
        const [from, to] = g.start >= x.end ? [x.end, g.start] : [g.end, x.start];
        return (
          to - from <= 30 &&
          // An English goal that takes its object after it ("preparing for CMMI", "aiming for ISO 27001") is not of a
          // certification before it ("We hold ISO 27001 and are preparing for CMMI level 3").
          !(g.start >= x.end && GOAL_BEFORE_OBJECT.test(g.phrase)) &&
          // …and one that does takes it right after it ("preparing for ISO 27001"), not across a phrase ("Aiming for
          // zero defects with CMMI Level 3 processes", "Targeting fintech; ISO 27001 certified").
          !(g.end <= x.start && GOAL_BEFORE_OBJECT.test(g.phrase) && x.start - g.end > 16) &&
          // "Pマーク scheduled for renewal", "ISO 27001 re-audit scheduled", 更新審査予定: one held, renewed.
          !RENEWAL_NEAR.test(s.text.slice(Math.max(0, g.start - 20), g.end + 16)) &&
          // "ISO 27001 and CMMI Level 3 certified", ISMS取得済み: said held right after it.
          !HELD_AFTER.test(s.text.slice(x.end, x.end + 40)) &&
          // …unless another certification comes between (one named twice, "Giteki (TELEC)", is one).
          !c.cues.some(
            (y) =>
              y.cue.kind === "certification" &&
              x.cue.kind === "certification" &&
              y.cue.cert !== x.cue.cert &&
              y.start >= from &&
              y.end <= to,
          )
        );
      });
    // "プライバシーマークまたはISMS", "ISO 13485 (or at least ISO 9001)": any one of them will do.
    const certCues = c.cues.filter((x) => x.cue.kind === "certification" && !clauseNegated(x));
    // Named with the partners it looks for ("Vietnamese partners to add Salesforce capacity: at least 50 engineers
    // and ISO 27001", 委託先にはISO27001の取得をお願いしています): what they must hold.
    const asksCerts =
      explicit ||
      (kind === "seeks" &&
        polarity === "seek" &&
        !negations.length &&
        PARTNER_WORD.test(this.line) &&
        !WISH.test(this.line)) ||
      // "At least 3 US client references, and a SOC 2 Type II report": a statement of what a partner must have.
      (kind === "seeks" && polarity !== "offer" && !negations.length && AT_LEAST_LINE.test(this.line));
    const choice =
      asksCerts &&
      !goal &&
      certCues.length > 1 &&
      new Set(certCues.map((x) => (x.cue.kind === "certification" ? x.cue.cert : ""))).size > 1 &&
      certCues.every(
        (x, i) =>
          i === 0 ||
          // "ISO27001（ISMS）または…": one certification named twice.
          (x.cue.kind === "certification" &&
            certCues[i - 1]!.cue.kind === "certification" &&
            x.cue.cert === (certCues[i - 1]!.cue as { cert: string }).cert) ||
          /(?:^|[^\p{L}])(?:or|hoặc|hay)(?:[^\p{L}]|$)|または|もしくは|あるいは|か|\//u.test(
            // ("CMMI Level 3 or higher, ISO 27001": a level's floor is no alternative to the next.)
            s.text.slice(certCues[i - 1]!.end, x.start).replace(OR_FLOOR, ""),
          ),
      );
    if (choice) {
      for (const x of certCues) if (x.cue.kind === "certification") push(this.required.certificationChoice, x.cue.cert);
    }
    for (const x of c.cues) {
      if (x.cue.kind !== "certification") continue;
      if (choice && !clauseNegated(x)) continue;
      // "(ký NDA theo mẫu của chúng tôi, không bắt buộc ISO 27001)", "ISMS不問": a requirement waived, of partners;
      // the firm does not say it lacks the certificate.
      // (こちらはISMSは問いません: the analyser's denial is the ん of 問いません.)
      if (
        waived ||
        negations.some((n) => NOT_ASKED.test(s.text.slice(n.start, n.end))) ||
        NOT_ASKED_AFTER.test(s.text.slice(x.end, x.end + 12))
      )
        continue;
      // "ISO 27001必須（CMMI取得企業であれば尚可）", "CMMI preferred": a plus, not a requirement.
      if (
        PREFERRED_AFTER.test(s.text.slice(x.end, x.end + 24)) ||
        PREFERRED_BEFORE.test(s.text.slice(Math.max(0, x.start - 16), x.start))
      )
        continue;
      // "プライバシーマークまたは同等の認証", "ISO 27001 or equivalent": what counts as equal is not in a profile.
      const after = s.text.slice(x.end, x.end + 16);
      if (OR_EQUIVALENT.test(after) || EQUIVALENT_AFTER.test(after)) {
        // …and the one it is the alternative of ("ISO 27001またはプライバシーマーク相当"), not one asked beside it
        // ("ISO 27001 とプライバシーマーク（または同等）の両方").
        if (kind === "seeks" && polarity === "seek") {
          const equal = (this.required.certificationsEquivalent ??= []);
          push(equal, x.cue.cert);
          for (const y of c.cues)
            if (y.cue.kind === "certification" && y.end <= x.start && ALTERNATIVE.test(s.text.slice(y.end, x.start)))
              push(equal, y.cue.cert);
        }
        continue;
      }
      const held = { cert: x.cue.cert, ...(x.cue.level ? { level: x.cue.level } : {}) };
      if (clauseNegated(x)) push(this.facts.lacksCertifications, x.cue.cert);
      // "Đạt Automotive SPICE Level 2 (đánh giá 2023), đang chuẩn bị Level 3": held, the goal is the next level.
      else if (kind !== "seeks" && ACHIEVED_BEFORE.test(s.text.slice(Math.max(0, x.start - 16), x.start)))
        addCert(this.facts.certifications, held);
      else if (goalFor(x)) {
        // One the firm is preparing for ("Đang chuẩn bị chứng nhận ISO 27001, dự kiến đánh giá vào quý 4/2026",
        // ISMS取得予定) it does not hold yet, whatever a column says; helping others to it (取得支援) is a service.
        // (Said in what it looks for too: "ISMS（ISO 27001）は2026年度中の取得を目指して準備中です"; not a partner's.)
        if (!explicit && !PARTNER_WORD.test(clauseText) && !SUPPORT_GOAL.test(clauseText))
          push(this.facts.lacksCertifications, x.cue.cert);
        continue;
      } else if (asksCerts) addCert(this.required.certifications, held);
      else if (stating) addCert(this.facts.certifications, held);
    }
    // The firm's own site (大阪本社での研修, "at our Osaka office") is where the work happens, not a place a partner
    // must be present in.
    const ownSite = (x: CueAt) =>
      /^\s*(?:の)?(?:当社|弊社|自社)?(?:の)?\s*(?:開発)?(?:本社|本店|本部|事業所|工場|オフィス|拠点|センター|head ?office|headquarters|hq|office|factory)/i.test(
        s.text.slice(x.end, x.end + 16),
      ) || /(?:our|当社|弊社|自社|của chúng tôi)\s*$/i.test(s.text.slice(Math.max(0, x.start - 16), x.start));
    const regionsOf = (c: Clause) =>
      c.cues
        .filter((x) => x.cue.kind === "region" && !(explicit && ownSite(x)))
        .map((x) => (x.cue as { code: string }).code);
    const places = c.cues
      .filter((x) => x.cue.kind === "place" && !(explicit && ownSite(x)))
      .map((x) => (x.cue as { code: string }).code);
    // A legal entity of a country asked ("日本法人との締結が必須", "a Japanese legal entity"): the entity's word or the
    // nationality right before it names the place.
    if (explicit && !places.length)
      for (const x of c.cues) {
        if (x.cue.kind !== "presence") continue;
        const entity = ENTITY_PLACE.find(([re]) => re.test(x.phrase))?.[1];
        const before = c.cues.find(
          (y) => y.cue.kind === "nationality" && y.end <= x.start && x.start - y.end <= 8 && /entity/i.test(x.phrase),
        );
        const place = entity ?? (before ? NATIONALITY_PLACE[(before.cue as { lang: Lang }).lang] : undefined);
        if (place) places.push(place);
      }
    // "Chi nhan cong trinh o mien Nam": where the firm takes work, not where its partners must be (below).
    const takesHere =
      explicit && roleSet.has("takesWork") && !roles.some((r) => r.role !== "takesWork" && PARTNER_ROLES.has(r.role));
    // "Đối tác phải chấp nhận log được giám sát từ SOC đặt tại Việt Nam": what a partner must accept of the firm's
    // own work, where the firm is, not where the partner must be.
    // "日本国内のスタートアップは対象外（海外に拠点がある企業のみ）": the place ruled out, not one a partner must be in.
    const notThePartnersPlace =
      explicit && (ACCEPTS.test(s.text.slice(c.start, c.end)) || PLACE_RULED_OUT.test(s.text.slice(c.start, c.end)));
    // A holding company or a parent named (see HOLDING) says where a firm is only as a fact of its own, or as what an
    // investor asks of a start-up: not the firm's parent that partners deal with ("Suppliers must pass the audit of
    // our parent company in Japan", 日本の親会社との契約), nor a holding company set up for clients.
    // Engineers resident somewhere for a while ("đội triển khai thường trú tại Hải Phòng ít nhất 6 tháng trong giai
    // đoạn go-live") are on-site work a firm sends, not an office there; resident for good (kỹ sư thường trú tại miền
    // Trung) is where a partner must be.
    // …nor engineers stationed at the firm's own plant or said of its own staff: on-site work, or a fact of its own.
    const residentOnly =
      c.cues.some((x) => x.cue.kind === "presence") &&
      c.cues.every((x) => x.cue.kind !== "presence" || RESIDENT.test(x.phrase));
    const residentAt = c.cues.find((x) => x.cue.kind === "presence" && RESIDENT.test(x.phrase));
    const residentForAWhile =
      residentOnly &&
      (FOR_A_WHILE.test(s.text.slice(residentAt!.start, residentAt!.end + 60)) ||
        RESIDENT_AT_OURS.test(s.text.slice(residentAt!.start, residentAt!.end + 40)) ||
        OWN_SIDE.test(s.text.slice(Math.max(c.start, residentAt!.start - 30), residentAt!.end)));
    const holdingOnly = c.cues.every((x) => x.cue.kind !== "presence" || HOLDING.test(x.phrase));
    const holdingAside = holdingOnly && HOLDING_ASIDE.test(s.text.slice(c.start, c.end));
    if (
      has(c, "presence") &&
      places.length &&
      !takesHere &&
      !notThePartnersPlace &&
      !holdingAside &&
      !residentForAWhile
    ) {
      const scoped = ONE_PROJECT.test(s.text);
      for (const p of places) {
        if (explicit && scoped) push(this.required.scopedPresence!, p);
        else if (explicit) push(this.required.presence, p);
        else if (stating && !negations.length) push(this.facts.presence, p);
      }
      const asked = explicit && !scoped ? regionsOf(c) : [];
      for (const r of asked) push((this.required.regions ??= []), r);
      if (asked.length > 1 && ALL_OF.test(s.text.slice(c.start, c.end))) push(this.required.regions!, ALL_OF_REGIONS);
    }
    // "東北・北陸で「まほろば申請」を販売してくれる代理店", "Tìm đại lý phân phối tại miền Bắc": the region a distributor
    // is sought to sell in is where it must work (a reseller that sells only in Kyushu is no partner for Tohoku),
    // asked of the distributor only (sentenceRead scopes it).
    else if (
      kind === "seeks" &&
      polarity === "seek" &&
      roleSet.has("distributor") &&
      !negations.length &&
      !has(c, "presence") &&
      // (not where the firm's own plant or staff are: 大阪の当社工場で製造した製品, "our channel manager in Tokyo")
      !/当社|弊社|自社|\bour\b|chúng tôi|chung toi/iu.test(s.text.slice(c.start, c.end))
    )
      for (const r of regionsOf(c)) push(this.channelRegions, r);
    // "We contract from Vietnam and have no legal entity in Japan", 日本に拠点はありません, "Chưa có văn phòng tại
    // Nhật": an office or entity the firm says it has not, the place named right beside the denied word. Not said
    // of others (clients without an entity, "unlike vendors without a Japan office"), of a kind of office ("not a
    // sales office but…", 営業拠点ではなく), of everywhere but a place ("no office outside Thailand", ほかに拠点は
    // ありません), nor a requirement waived (…がなくても可, "không bắt buộc").
    if (kind !== "seeks" && !explicit && !waived && negations.length && !NOT_OWN_ABSENCE.test(clauseText))
      for (const x of c.cues) {
        if (x.cue.kind !== "presence") continue;
        const denied = negations.some((n) =>
          japanese
            ? n.start >= x.end &&
              /^\s*(?:は|が|を|も)?\s*(?:まだ|現在)?\s*(?:(?:持って|置いて|設けて|有して|構えて|設立して)(?:い|おり)?)?\s*$/u.test(
                s.text.slice(x.end, n.start),
              ) &&
              !/^(?:ではな|じゃな)/u.test(s.text.slice(n.start, n.start + 3))
            : n.end <= x.start &&
              /^\s*(?:(?:currently|yet|have|has|any|a|an|own|physical|registered|legal|local|japanese|vietnamese|có|co|một|mot)\s+){0,4}$/iu.test(
                s.text.slice(n.end, x.start),
              ),
        );
        if (!denied) continue;
        const entity = ENTITY_PLACE.find(([re]) => re.test(x.phrase))?.[1];
        const near = c.cues.filter(
          (y) =>
            y.cue.kind === "place" &&
            (japanese
              ? y.end <= x.start && /^\s*(?:国内)?\s*(?:に|の|には|にも|での)?\s*$/u.test(s.text.slice(y.end, x.start))
              : y.start >= x.end && /^\s*(?:(?:in|at|tại|tai|ở|o)\s+)?$/iu.test(s.text.slice(x.end, y.start))),
        );
        for (const p of entity ? [entity] : near.map((y) => (y.cue as { code: string }).code))
          push((this.facts.absentFrom ??= []), p);
      }
    // The firm's own entity or parent named in what it looks for (OWN_ENTITY): a place it is in.
    if (
      kind === "seeks" &&
      places.length &&
      !negations.length &&
      OWN_ENTITY.test(clauseText) &&
      !ENTITY_TO_BE.test(clauseText)
    )
      for (const p of places) push(this.facts.presence, p);
    // Where it works from, however said ("support desk run from Hanoi and HCMC"): a region named in what the firm
    // says of itself. Read generously: a region too many only keeps a firm from failing a requirement.
    if (stating && !negations.length) for (const r of regionsOf(c)) push((this.facts.regions ??= []), r);
    // The only regions it takes work in: "only" with a region, said of its work or clients, not of partners it
    // asks for; or work outside a region refused ("không nhận dự án … ngoài miền Trung").
    const ofPartners = c.cues.some(
      (x) => x.cue.kind === "role" && (PARTNER_ROLES.has(x.cue.role) || x.cue.role === "givesWork"),
    );
    // Said of the work it takes or its clients ("Văn phòng duy nhất tại Hà Nội", "Chỉ làm việc offshore từ Hà
    // Nội" say where it is, not whom it serves; "Chi phi thap hon Ha Noi" is a cost).
    const ofWork =
      roleSet.has("takesWork") ||
      roleSet.has("client") ||
      has(c, "onsite") ||
      SERVICE_WORDS.test(s.text.slice(c.start, c.end));
    if (
      !ofPartners &&
      ofWork &&
      !has(c, "seek") &&
      (!explicit || roleSet.has("takesWork") || SALES_AREA.test(s.text.slice(c.start, c.end)))
    ) {
      const only =
        c.cues.some((x) => x.cue.kind === "only" && !NOT_ONLY_AFTER.test(s.text.slice(x.end, x.end + 6))) &&
        !negations.length;
      for (const x of c.cues) {
        if (x.cue.kind !== "region" || FROM_BEFORE.test(s.text.slice(Math.max(0, x.start - 6), x.start))) continue;
        // (Where another firm is, "qua nhà phân phối độc quyền hiện tại (một công ty ở Tokyo)", "東京の代理店経由のみ",
        // is not where the firm serves.)
        if (
          ANOTHER_FIRM_AT_BEFORE.test(s.text.slice(Math.max(0, x.start - 32), x.start)) ||
          ANOTHER_FIRM_AT_AFTER.test(s.text.slice(x.end, x.end + 8))
        )
          continue;
        const outside =
          negations.some((n) => n.end <= x.start) && OUTSIDE.test(s.text.slice(Math.max(0, x.start - 8), x.start));
        const code = (x.cue as { code: string }).code;
        if (only || outside) push((this.facts.servesOnly ??= []), code);
        // A region it refuses ("Không nhận dự án lắp đặt, bảo trì ở miền Nam", ベトナム南部は現在サポート対象外):
        // it takes work in the country's other regions.
        else if (
          !only &&
          (japanese
            ? negations.some(
                (n) =>
                  n.start >= x.end &&
                  !/以外/u.test(s.text.slice(x.end, n.start)) &&
                  // A refusal, not "regardless" (ベトナム北部の工場（日系・ローカル問わず）).
                  !/問わ|不問/u.test(s.text.slice(Math.max(0, n.start - 3), n.end)),
              )
            : // (in its own part of the sentence: "We have no Japanese-speaking staff; Japanese projects are handled
              // through our Tokyo sales agent" refuses no region.)
              negations.some((n) => n.end <= x.start && !/[;；]/u.test(s.text.slice(n.end, x.start))))
        )
          push(this.refusedRegions, code);
      }
    }
    // "Chỉ nhận dự án/đội từ 15 người trở lên (kể cả onsite)": the only work the firm takes, not what it asks of
    // partners: the smallest team it takes on, and on-site work it does.
    const takesOnly =
      explicit && roleSet.has("takesWork") && !roles.some((r) => r.role !== "takesWork" && PARTNER_ROLES.has(r.role));
    if (has(c, "onsite")) {
      // Where the work on site is, the firm's own plant included (ドンナイ工場に常駐: on site in Vietnam).
      const sites = c.cues.filter((x) => x.cue.kind === "place").map((x) => (x.cue as { code: string }).code);
      // …and the on-site words that name Japan themselves ("PM thường trú tại Nhật", 日本常駐, "work in Japan").
      const namesJapan = c.cues.some(
        (x) => x.cue.kind === "onsite" && /nhật|nhat|japan|日本|来日/iu.test(s.text.slice(x.start, x.end)),
      );
      // 現地 is wherever the work is, the partner's own country as often as not ("現地での一次対応(オンサイト)").
      const local = /現地/u.test(s.text.slice(c.start, c.end));
      const inJapan = (sites.length === 0 && !local) || sites.includes("JP") || namesJapan;
      // A denial in brackets after it is about something else ("常駐が条件です（…オフショア・リモート不可）").
      const onsiteAt = c.cues.find((x) => x.cue.kind === "onsite")!;
      // …nor one ended by a semicolon before it ("No office in Japan; engineers travel to Japan for on-site phases").
      const denied = negations.some((n) =>
        n.start < onsiteAt.start
          ? !/[;；]/u.test(s.text.slice(n.end, onsiteAt.start))
          : !openBracket(s.text.slice(onsiteAt.end, n.start)),
      );
      if (inJapan) {
        if (denied) this.facts.noOnsite = true;
        else if (takesOnly) this.facts.onsiteJapan = true;
        else if (explicit) {
          this.required.onsiteJapan = true;
          if (!sites.includes("JP") && !namesJapan) this.required.onsiteUnplaced = true;
        } else if (stating) this.facts.onsiteJapan = true;
        else if (
          polarity === "seek" &&
          !afterPurpose(c, "onsite", japanese) &&
          // Engineers taught before they go to Japan are no on-site work sought (TRAINED_ENGINEERS).
          !onlyTaught(s.text.slice(c.start, c.end))
        ) {
          // Looking for clients who need on-site work sells it; 顧客先, "at our clients", "tại khách hàng" is
          // where the work is, not a client.
          const workplace = (r: { start: number; end: number }) =>
            s.text[r.end] === "先" ||
            /(?:^|\s)(?:at|tại|ở)(?:\s+(?:our|the|their|các))?\s*$/.test(
              s.text.slice(Math.max(0, r.start - 12), r.start),
            );
          const forClients = ownRoles.some((r) => r.role === "client" && !workplace(r));
          if (!forClients && !theirs.length) this.required.onsiteSought = true;
        }
      }
    }
    const teamWords = TEAM_CONTEXT.test(s.text.slice(c.start, c.end));
    // "勤怠・シフト管理（従業員約6,000名）", "an app for 2,000 workers": the people a system serves, not a team sought.
    // …nor a yearly intake ("recruits ~200 N2 engineers a year", 年間50名を採用).
    const served =
      !teamWords &&
      !explicit &&
      (SERVED_PEOPLE.test(s.text.slice(c.start, c.end)) || PER_PERIOD.test(s.text.slice(c.start, c.end)));
    // Looking for clients for "lab contracts of 5-50 people" states the work it sells: the smallest it takes on.
    // …in any clause of the sentence ("Looking for Japanese clients in energy – ODC from 10 engineers").
    const selling =
      (polarity === "seek" &&
        ((theirs.length > 0 && !JA_PARTNER_WHO_CAN.test(s.text.slice(c.start, c.end))) ||
          ownRoles.some(
            (r) =>
              r.role === "client" ||
              // "案件ごとに", "per project": how the firm hands its own work out, not work it sells.
              (r.role === "work" && !forPartner(r) && !PER_JOB_AFTER.test(s.text.slice(r.end, r.end + 6))) ||
              r.role === "takesWork",
          ))) ||
      (this.lineSelling && polarity !== "offer" && !has(c, "seek"));
    if (selling) this.lineSelling = true;
    // "Minimum contract: 20 FTE", "Hợp đồng tối thiểu 20 nhân sự", 最低契約は5名から: the least the firm takes on.
    const engagementMinimum =
      ENGAGEMENT_MINIMUM.test(s.text.slice(c.start, c.end)) &&
      !negations.length &&
      (selling || polarity === "offer" || !PARTNER_WORD.test(this.line));
    // A base of its own that the firm plans ("ダナン周辺に第2拠点（100名規模）の開設を計画"): the head count is the
    // base's, not a team asked of a partner.
    const ownBase = OWN_BASE_PLAN.test(clauseText) && !has(c, "requirement") && !has(c, "weakRequirement");
    // A team it starts with, before a team it grows to (see GROWS_TO).
    let started = false;
    for (const n of headCounts(s, c)) {
      if (ownBase && polarity === "seek") continue;
      // A denial in brackets after the count is about something else ("エンジニア3〜5名（Flutterへの移行は考えていません）").
      const countDenied = negations.some((x) => !(x.start > n.at && openBracket(s.text.slice(n.at, x.start))));
      // The people a system or a line serves, counted ("大規模ライン（作業者1,000名以上）", "2,000 users"): no size.
      if (SERVED_COUNT.test(s.text.slice(Math.max(0, n.at - 8), n.at))) continue;
      // In a need, the size of firms or sites named before it in brackets ("ベトナム子会社3社（各30〜80名）の会計システム",
      // "công ty con, nhà máy tại Việt Nam (20–300 nhân viên)"): theirs, not a team asked.
      if (polarity === "seek" && UNIT_SIZED.test(s.text.slice(Math.max(0, n.at - 40), n.at))) continue;
      // The people a course is for ("Đào tạo tiếng Nhật/BrSE cho khoảng 30 kỹ sư", 社員30名向けの日本語研修): trainees,
      // not a team.
      if (
        TRAINING_WORD.test(clauseText) &&
        (/(?:cho|for|of)\s+(?:khoảng|khoang|about|around|approx\.?|~)?\s*$/iu.test(
          s.text.slice(Math.max(0, n.at - 16), n.at),
        ) ||
          /^[^。、,]{0,8}?(?:向け|を対象)/u.test(s.text.slice(n.at, n.at + 14)))
      )
        continue;
      if (engagementMinimum && !n.under) {
        this.facts.minTeam = Math.min(this.facts.minTeam ?? Infinity, n.value);
        continue;
      }
      // A team beside a capability: what the firm has for it, or the least it asks a partner to put on it. The
      // whole firm ("従業員300名", "1,200 employees") is its size, not a team.
      const firmWide = FIRM_HEADCOUNT.test(n.word) || FIRM_HEADCOUNT.test(s.text.slice(Math.max(0, n.at - 16), n.at));
      if (!countDenied && !n.under && !firmWide && !served && !perPeriod(s.text, n.at, c)) {
        // Not the least it takes on ("ODC from 2 engineers", "ラボ型開発（5名以上）"): that is an engagement.
        // "4 chuyên viên pháp lý nói tiếng Nhật": the staff who speak a language, not the team for the trade.
        if (
          polarity === "offer" &&
          !explicit &&
          !n.range &&
          !n.atLeast &&
          !ENGAGEMENT.test(clauseText) &&
          !c.cues.some((x) => x.cue.kind === "language")
        )
          this.sentenceTeams.push({ value: n.value, mentions: this.mentions.slice(clauseFirst) });
        else if (
          (polarity === "seek" || explicit) &&
          n.atLeast &&
          (explicit || !selling) &&
          !takesOnly &&
          n.value >= 2 &&
          // "The vendor should have at least 50 engineers": the partner's size, not a team for the need.
          !FIRM_HAS.test(s.text.slice(Math.max(0, n.at - 48), n.at))
        )
          this.sentenceTeamMins.push(n.value);
      }
      if (
        (selling || takesOnly) &&
        (!explicit || takesOnly) &&
        teamWords &&
        (n.range || n.atLeast) &&
        !n.under &&
        !countDenied
      ) {
        this.facts.minTeam = Math.min(this.facts.minTeam ?? Infinity, n.value);
        if (takesOnly) continue;
      }
      // …but "nhận cả nhóm nhỏ 2–3 người", "small teams of 2-3 welcome" is the small end it also takes.
      if (
        (selling || polarity === "offer") &&
        !explicit &&
        teamWords &&
        n.high &&
        !countDenied &&
        !SMALL_TOO.test(clauseText)
      )
        this.facts.maxTeam = Math.max(this.facts.maxTeam ?? 0, n.high);
      // "có thể bố trí tối đa khoảng 10–12 kỹ sư cho khách hàng mới", "up to 8 engineers per client": the most
      // the firm can put on one client's work.
      if ((selling || polarity === "offer") && !explicit && n.under && !negations.length && ALLOCATES.test(clauseText))
        this.facts.maxTeam = Math.max(this.facts.maxTeam ?? 0, n.high || n.value);
      if (countDenied) {
        if (teamWords && n.under && polarity === "offer")
          this.facts.minTeam = Math.max(this.facts.minTeam ?? 0, n.value);
        continue;
      }
      // "Có thể huy động 100–150 kỹ sư cho dự án lớn", "scale to 150-200 engineers per project": the most it can
      // field, not the least it takes on.
      const mobilises = RAMPS_UP.test(s.text.slice(Math.max(0, n.at - 24), n.at));
      if (mobilises && (selling || polarity === "offer") && !explicit)
        this.facts.maxTeam = Math.max(this.facts.maxTeam ?? 0, n.high || n.value);
      // "moi du an toi da 4-5 nguoi", "up to 4-5 people a project": a range after "at most" is no least.
      else if (
        polarity === "offer" &&
        !explicit &&
        teamWords &&
        (n.range || n.atLeast) &&
        !UP_TO_BEFORE.test(s.text.slice(Math.max(0, n.at - 12), n.at))
      )
        this.facts.minTeam = Math.min(this.facts.minTeam ?? Infinity, n.value);
      // "従業員50名以下", "under 50 staff": a ceiling on the partner's size, not a team it needs.
      if (n.under) {
        if (
          (polarity === "seek" || explicit) &&
          !selling &&
          !UP_TO_BEFORE.test(s.text.slice(Math.max(0, n.at - 8), n.at)) &&
          (firmWide ||
            (SMALL_FIRM.test(clauseText) && FIRM_NOUN_NEAR.test(clauseText)) ||
            // "100名以下の会社さん", "companies of 200 staff or fewer": the count names the partner firm's size.
            FIRM_AFTER_CEILING.test(s.text.slice(n.at, n.at + 24)))
        )
          this.required.maxEmployees = Math.min(this.required.maxEmployees ?? Infinity, n.value);
        continue;
      }
      // "10〜50名規模の開発会社", "a 10-50 person company", "công ty 10-50 người": the partner's own size, whose top
      // is a ceiling too.
      if (
        n.high &&
        (polarity === "seek" || explicit) &&
        !selling &&
        // …not of a firm it would buy ("M&A: acquire a Japanese IT company of 50-200 staff").
        !/acquir|買収|\bm&a\b|mua lại|mua lai/iu.test(this.line) &&
        (SIZED_FIRM.test(s.text.slice(n.at, n.at + 32)) ||
          FIRM_SIZED.test(s.text.slice(Math.max(0, n.at - 32), n.at))) &&
        !/チーム|体制|ラボ|\b(?:team|lab|odc)\b|đội|nhóm/iu.test(s.text.slice(n.at, n.at + 20))
      )
        this.required.maxEmployees = Math.min(this.required.maxEmployees ?? Infinity, n.high);
      // "Chỉ nhận khách hàng từ 300 nhân viên", "clients with 300+ employees only", 従業員300名以上のお客様に限ります:
      // the least size of the clients it takes (not of the suppliers it looks for).
      if (
        n.atLeast &&
        !teamWords &&
        !negations.length &&
        roles.some((r) => r.role === "client") &&
        CLIENT_HEADCOUNT.test(clauseText) &&
        // (Not the firm's own head count: "従業員300名以上の当社は、新規顧客を探しています".)
        !/当社|弊社|自社|\bwe\b|\bour\b|chúng tôi|chung toi/iu.test(clauseText.replace(/[(（][^)）]*[)）]/gu, ""))
      ) {
        this.facts.clientMin = Math.max(this.facts.clientMin ?? 0, n.value);
        continue;
      }
      // The teams its clients need ("clients who need a dedicated BIM team (10-40 modellers)"): work it sells.
      if (selling && !explicit) continue;
      // "日本語N2以上のBrSEを常時3名以上配置できること", "常駐作業（2～3名）": who must be in the team or on site,
      // not the size of the work.
      const role = ROLE_IN_TEAM.test(n.word) || ROLE_IN_TEAM.test(s.text.slice(Math.max(0, n.at - 12), n.at));
      if (role || (ONSITE_PART.test(clauseText) && !n.atLeast)) continue;
      if (polarity === "seek" || explicit) {
        // "at least 100 engineers", "従業員1,000名以上" is a minimum; "a team of 20-30" a scale (the low end,
        // which may be one person: "月1〜2名").
        // A yearly count ("年間100名以上の修了生がいること") is an intake, not the partner's size.
        if (n.atLeast && (explicit || polarity === "seek") && !perPeriod(s.text, n.at, c)) {
          if (n.value >= 2) this.required.minEmployees = Math.max(this.required.minEmployees ?? 0, n.value);
        } else if (!served) {
          // "まずは3名体制で開始し、半年後に10名規模へ拡大予定", "start with 3, growing to 10": the team it starts
          // with is the work's size; the one it grows to comes later. Alone ("a partner that can grow to 300
          // engineers"), it is the size asked.
          if (
            started &&
            (GROWS_TO.test(s.text.slice(n.at, n.at + 12)) ||
              GROWING_TO.test(s.text.slice(Math.max(0, n.at - 20), n.at)))
          )
            continue;
          started = true;
          this.required.scale = Math.max(this.required.scale ?? 0, n.value);
          this.required.scaleTop = Math.max(this.required.scaleTop ?? 0, n.high || n.value);
        }
      } else if (n.value >= 2) this.facts.people = Math.max(this.facts.people ?? 0, n.value);
    }
  }

  // The head counts of a sentence go with its capabilities: a team stated goes with what it offers ("Nhóm SAP ABAP
  // 6 người": 6 for SAP), a least team asked for with what it seeks, or with the statement's need before it.
  // A description's head counts ("Business units: Automotive (850 engineers), Enterprise (Java, SAP)") are
  // looser: they count only for what the firm's offers state no team for.
  private teamsOf(read: Mention[], needs: Mention[], kind: SourceKind) {
    const teams = kind === "description" ? this.describedTeams : (this.facts.teams ??= {});
    // The capabilities of its clause ("ラボ型開発、BrSE40名在籍": 40 BrSE), else of the sentence ("AUTOSAR BSW, ADAS
    // testing (850 engineers)").
    for (const { value, mentions } of this.sentenceTeams) {
      const offered = (list: Mention[]) => list.filter((m) => m.direction === "offer" && !m.negated);
      const own = offered(mentions);
      for (const m of own.length ? own : offered(read)) teams[m.code] = Math.max(teams[m.code] ?? 0, value);
    }
    if (!this.sentenceTeamMins.length) return;
    const min = Math.max(...this.sentenceTeamMins);
    if (!this.teamMin(needs, min)) this.unplacedTeamMins.push(min);
  }

  private teamMin(needs: Mention[], min: number): boolean {
    const work = needs.filter((m) => m.direction === "seek" && !m.negated && !CHANNEL_CONCEPTS.has(m.code));
    const caps = [...new Set(work.map((m) => m.code))];
    if (caps.length) (this.required.teamMins ??= []).push({ caps, min });
    return caps.length > 0;
  }

  // Volumes in other units than people (volumes.ts): a floor is the firm's own, wherever said; a volume is a
  // need when the sentence looks for something other than clients.
  /** The trades of workers a statement places or wants placed (stack.ts, WORKER_TRADES). */
  private placementTrades(said: Mention[], raw: string, kind: SourceKind) {
    const placing = said.filter((m) => PLACING.has(m.code) && !m.negated);
    if (!placing.length) return;
    const side = placing.some((m) => m.direction === "seek") ? "sought" : "offered";
    // Teaching content for the workers ("SSW exam preparation content for caregiving…") places no one.
    if (side === "offered" && CONTENT_FOR_WORKERS.test(raw)) return;
    const workers = WORKER_WORDS.test(raw);
    const trades = TRADE_WORDS.filter(
      ([trade, words]) => (workers || trade === "Engineers" || trade === "CareWorkers") && words.test(raw),
    ).map(([trade]) => trade);
    // "登録支援機関として特定技能外国人の支援業務を受託": the scheme in every trade, unless the firm names its trades.
    const anyTrade = !trades.length && side === "offered" && WORKER_SCHEME.test(raw);
    if (!trades.length && !anyTrade) return;
    const named = (this.facts.placementTrades ??= { offered: [], sought: [] });
    // (Said as a service of its own, in what it offers, it stands beside the trades it names: "登録支援機関として…"
    // beside "外国人ITエンジニアの人材紹介"; said in a description, the offers' trades narrow it.)
    if (anyTrade) named[kind === "offers" ? "everyTrade" : "anyOffered"] = true;
    for (const t of trades) push(named[side], t);
  }

  private volumes(text: string, clauses: Clause[], kind: SourceKind) {
    const found = volumesIn(text);
    if (!found.length) return;
    const needs = (kind === "seeks" || clauses.some((c) => c.polarity === "seek")) && !CLIENT_WORD.test(text);
    for (const v of found) {
      if (v.floor) {
        const floors = (this.facts.volumeFloors ??= {});
        floors[v.unit] = Math.min(floors[v.unit] ?? Infinity, v.value);
        continue;
      }
      if (needs) {
        const volumes = (this.required.volumes ??= {});
        volumes[v.unit] = Math.max(volumes[v.unit] ?? 0, v.value);
        if (v.kind && v.monthly && !v.upTo) {
          const monthly = (this.required.itemsMonthly ??= {});
          monthly[v.kind] = Math.max(monthly[v.kind] ?? 0, v.monthly);
        }
      }
      // What it does a month, said of its own work ("công suất khoảng 8 tập phim/tháng" beside the voice actors it
      // works with): its capacity, the largest it states of each kind.
      if (v.kind && v.monthly && !v.atLeast && kind !== "seeks" && (!needs || v.upTo)) {
        const capacity = (this.facts.itemsCapacity ??= {});
        capacity[v.kind] = Math.max(capacity[v.kind] ?? 0, v.monthly);
      }
    }
  }

  // Where data must stay, asked in what the firm looks for; where its service keeps data, said of its own.
  // Whether a sentence of what it looks for asks data to stay somewhere.
  private dataLocation(text: string, kind: SourceKind): boolean {
    if (kind === "seeks") {
      // On the firm's own servers is stricter than any country: it is what is asked.
      if (onPremiseAsked(text)) {
        this.required.dataIn = "ONPREM";
        return true;
      }
      const place = dataKeptIn(text);
      if (place && !this.required.dataIn) {
        this.required.dataIn = place;
        const also = dataKeptAlso(text);
        if (also.length) this.required.dataInAlso = also;
      }
      return place !== null;
    }
    if (kind === "tags") return false;
    const { places, onPremise } = dataHostedIn(text);
    if (places.length) this.facts.dataHosted = [...new Set([...(this.facts.dataHosted ?? []), ...places])];
    if (onPremise) this.facts.onPremise = true;
    return false;
  }

  private requirementMarks() {
    const r = this.required;
    return {
      languages: r.languages.length,
      languageChoice: r.languageChoice?.length ?? 0,
      certifications: r.certifications.length,
      certificationChoice: r.certificationChoice.length,
      presence: r.presence.length,
      regions: r.regions?.length ?? 0,
      minEmployees: r.minEmployees,
      jlpt: r.jlpt ?? 0,
      onsiteJapan: r.onsiteJapan,
      onsiteSought: r.onsiteSought,
    };
  }

  // A requirement stated with one need ("Overflow partners for QA and maintenance (ISO 27001 required)",
  // "đơn vị IT phải có văn phòng tại TP.HCM" for the POS roll-out) binds the partners for that need, not every
  // partner the firm meets: it moves from the firm's requirements to a scope naming the needs.
  // Only a need named before the requirement, not as its reason: "タイ工場での現地導入支援が必要なため、タイに拠点を
  // お持ちであることが必須条件です" and "日本語で要件確認ができることが条件です（BrSE経由で可）" ask it of every partner.
  private scopeRequirements(
    before: ReturnType<Reader["requirementMarks"]>,
    mentions: Mention[],
    text: string,
    demand: number | null,
  ) {
    const needs = mentions.filter((m) => {
      if (m.direction !== "seek" || m.negated) return false;
      if (demand === null) return true;
      const at = text.indexOf(m.phrase);
      return at >= 0 && (demand < 0 || (at < demand && !BECAUSE.test(text.slice(at, demand))));
    });
    // A need named again in wider words ("アプリ開発の委託先は…に限ります" after "バンキングアプリ（iOS/Android）の…開発
    // パートナー") is the one named before: the requirements go with it too.
    const earlier = this.mentions.filter(
      (e) =>
        e.direction === "seek" &&
        !e.negated &&
        !needs.includes(e) &&
        e.phrase.length >= 2 &&
        needs.some(
          (m) => m.code !== e.code && m.phrase.startsWith(e.phrase) && WORK_OF_IT.test(m.phrase.slice(e.phrase.length)),
        ),
    );
    const caps = [...new Set([...needs, ...earlier].map((m) => m.code))];
    if (!caps.length || EVERY_PARTNER.test(text)) return;
    this.takeScope(caps, before, this.requirementMarks());
  }

  // The requirements stated between two marks move from the firm's to a scope of the needs `caps`.
  private takeScope(
    caps: string[],
    from: ReturnType<Reader["requirementMarks"]>,
    to: ReturnType<Reader["requirementMarks"]>,
    forBid = this.statementBidding,
  ) {
    const r = this.required;
    const cut = <T>(list: T[], a: number, b: number) => list.splice(a, b - a);
    // Bridge engineers asked with the work ("N2以上のBrSEを配置できること" for the PMS development) are people in the
    // team that does it: a tester with a BrSE is not the development partner these requirements are for.
    const work = caps.filter((c) => c !== BRIDGE);
    const scope: RequirementScope = {
      caps: work.length ? work : caps,
      // A choice of languages stated with one need is left out: a scope asks all of its languages.
      languages:
        (r.languageChoice && cut(r.languageChoice, from.languageChoice, to.languageChoice),
        cut(r.languages, from.languages, to.languages)),
      certifications: cut(r.certifications, from.certifications, to.certifications),
      certificationChoice: cut(r.certificationChoice, from.certificationChoice, to.certificationChoice),
      presence: cut(r.presence, from.presence, to.presence),
      regions: cut(r.regions ?? [], from.regions, to.regions),
      minEmployees: to.minEmployees !== from.minEmployees ? to.minEmployees : null,
      jlpt: to.jlpt !== from.jlpt ? to.jlpt : null,
      onsiteJapan: to.onsiteJapan && !from.onsiteJapan,
      onsiteSought: to.onsiteSought && !from.onsiteSought,
      ...(forBid ? { forBid } : {}),
    };
    if (scope.onsiteJapan && r.onsiteUnplaced) scope.onsiteUnplaced = true;
    if (scope.minEmployees !== null && r.minEmployees === to.minEmployees) r.minEmployees = from.minEmployees;
    if (scope.jlpt && r.jlpt === to.jlpt) r.jlpt = from.jlpt || undefined;
    if (scope.onsiteJapan) r.onsiteJapan = false;
    if (scope.onsiteSought) r.onsiteSought = false;
    const asked =
      scope.languages.length ||
      scope.certifications.length ||
      scope.certificationChoice.length ||
      scope.presence.length ||
      scope.regions!.length ||
      scope.minEmployees ||
      scope.jlpt ||
      scope.onsiteJapan ||
      scope.onsiteSought;
    if (asked) (r.scopes ??= []).push(scope);
  }

  // A need stated as asking nothing of its partner: a scope of it with no requirements.
  private waiveScope(caps: string[]) {
    const scope: RequirementScope = {
      caps,
      languages: [],
      certifications: [],
      certificationChoice: [],
      presence: [],
      regions: [],
      minEmployees: null,
      onsiteJapan: false,
      onsiteSought: false,
    };
    (this.required.scopes ??= []).push(scope);
  }

  // Whether the one requirement added since `before` is `key`.
  private onlyAdded(
    before: ReturnType<Reader["requirementMarks"]>,
    key: keyof ReturnType<Reader["requirementMarks"]>,
  ): boolean {
    const now = this.requirementMarks();
    return (Object.keys(now) as (keyof typeof now)[]).every((k) => k === key || now[k] === before[k]);
  }

  private addedRequirements(before: ReturnType<Reader["requirementMarks"]>): boolean {
    const now = this.requirementMarks();
    return (Object.keys(now) as (keyof typeof now)[]).some((k) => now[k] !== before[k]);
  }

  // Statements that only ask ("日本語を正確に読める作業者が必須です", "委託先にはISO 27001の取得を求めます") between one
  // need and the next go with the needs before them: "…アノテーションを委託できるBPOパートナー / 日本語が必須 / ISO
  // 27001 / タイで当社OCRを販売していただける販売代理店" asks nothing of the reseller; nor do they bind a client
  // when another statement follows them. Said last, after the last need, they are the firm's, as a list of needs
  // then its conditions reads.
  private carryRequirements(
    from: ReturnType<Reader["requirementMarks"]>,
    to: ReturnType<Reader["requirementMarks"]>,
    needs: Mention[],
    forBid: boolean,
  ) {
    this.takeScope([...new Set(needs.map((m) => m.code))], from, to, forBid);
  }

  private dropRequirements(before: ReturnType<Reader["requirementMarks"]>) {
    const r = this.required;
    r.certifications.splice(before.certifications);
    r.certificationChoice.splice(before.certificationChoice);
    r.languages.splice(before.languages);
    r.languageChoice?.splice(before.languageChoice);
    r.regions?.splice(before.regions);
    r.minEmployees = before.minEmployees;
  }

  // Regions it refuses narrow those it says it serves only in the same country ("Chi nhan cong trinh o mien Nam,
  // khong nhan cong trinh o mien Bac"), or leave it the country's others where it names none.
  private servedOutsideRefused() {
    for (const country of new Set(this.refusedRegions.map((r) => r.slice(0, 3)))) {
      const only = (this.facts.servesOnly ?? []).filter((r) => r.startsWith(country));
      const served = (only.length ? only : REGIONS.filter((r) => r.startsWith(country))).filter(
        (r) => !this.refusedRegions.includes(r),
      );
      this.facts.servesOnly = [
        ...(this.facts.servesOnly ?? []).filter((r) => !r.startsWith(country)),
        ...(served.length ? served : only),
      ];
    }
  }

  // Where the partners it would bid with must come from: only when every clause that looks for them says so ("a
  // Japanese brand, or a Vietnamese firm" names both; a second statement naming none leaves it open). Where a
  // supplier must be goes with each need instead (Mention.from).
  private consortiumFrom(): string[] {
    if (this.biddingPlaces.some((places) => !places.length)) return [];
    return [...new Set(this.biddingPlaces.flat())];
  }

  result(): TextReading {
    for (const [code, n] of Object.entries(this.describedTeams))
      if (this.facts.teams?.[code] === undefined) (this.facts.teams ??= {})[code] = n;
    this.servedOutsideRefused();
    const held = jlptHeld(this.otherTexts);
    if (held) this.facts.jlpt = held;
    if (noBridgeStated(this.otherTexts)) this.facts.noBridge = true;
    // (Said in what it looks for as often as in what it offers: "Japanese clients … developers work in English".)
    if (someOnlyStated([...this.otherTexts, ...this.seekTexts])) this.facts.someOnly = true;
    const contracts = readContractTerms(this.seekTexts, this.otherTexts);
    if (contracts.asked || contracts.refused) this.facts.contracts = contracts;
    const bidRole = bidRoleIn([...this.seekTexts, ...this.otherTexts]);
    if (bidRole) this.facts.bidRole = bidRole;
    const stake = stakeIn([...this.seekTexts, ...this.otherTexts]);
    if (stake) this.facts.stake = stake;
    const exclusivity = exclusivityIn([...this.seekTexts, ...this.otherTexts]);
    if (exclusivity) this.facts.exclusivity = exclusivity;
    const experience = experienceAsked(this.seekTexts);
    if (experience) this.required.minExperience = experience;
    if (juniorsOnly(this.otherTexts)) this.facts.juniorsOnly = true;
    // The least age asked binds every partner when said of all ("設立3年以上の企業様とさせていただいております")
    // or with the firm's only need; one asked with one need among others ("②アプリ開発：設立10年以上の開発会社を
    // 希望します") is not asked of the partners for the others, and a wish is no condition. Several: the least.
    const sought = this.mentions.filter((m) => m.direction === "seek" && !m.negated).map((m) => m.code);
    const ages = this.ages.filter((a) => !a.wish && sought.every((c) => !a.needs.length || a.needs.includes(c)));
    if (ages.length) this.required.minYears = Math.min(...ages.map((a) => a.years));
    return {
      mentions: this.mentions,
      capacityUnnamed: this.capacityAsked && !this.capacityNamed,
      capacityAsked: this.capacityAsked,
      capacityOffered: this.capacityOffered,
      capacityFor: this.capacityFor,
      consortiumFrom: this.consortiumFrom(),
      partnersFrom: this.partnerPlaces,
      intents: INTENTS.filter((i) => this.intents.has(i) && !this.notIntents.has(i)),
      notIntents: INTENTS.filter((i) => this.notIntents.has(i)),
      required: this.required,
      facts: this.facts,
    };
  }
}

/** Goods made to order, beside "gia công": manufacturing, not software. */
const MADE_GOODS =
  /(?:linh kiện|linh kien|bo mạch|bo mach|điện tử|dien tu|cơ khí|co khi|khuôn|khuon|đúc|\bduc\b|ô tô|\bo to\b|xe máy|xe may|máy nông nghiệp|may nong nghiep|\bpcba?\b|\bems\b|\boem\b|\bcnc\b|kim loại|kim loai|nhựa|nhua|may mặc|may mac|dệt may|det may)/iu;
/** Courses and content in a language, beside it: what a firm teaches or publishes, not what its people speak. */
const LANGUAGE_CONTENT =
  /(?:nội dung|noi dung|khóa|khoá|khoa hoc|bài giảng|bai giang|giáo trình|giao trinh|phụ đề|phu de|giao diện|giao dien|\bcourses?\b|\bcontent\b|\bmaterials?\b|\bcurricul|\bsubtitles?\b|\bui\b|\binterfaces?\b|講座|コース|コンテンツ|教材|字幕|帳票|画面)/iu;
/** The makers of goods a firm would be the agent of ("nhà sản xuất", "hãng", "thương hiệu"). */
const MAKER_SOUGHT =
  /(?:nhà sản xuất|nha san xuat|hãng|hang san xuat|thương hiệu|thuong hieu|nhà cung cấp|nha cung cap|sản phẩm|san pham)(?![\p{L}])/iu;
/** Selling only through distributors ("only through appointed distributors", 代理店経由のみ, chỉ qua đại lý). */
const INDIRECT_ONLY =
  /\bonly (?:through|via) (?:\w+ ){0,2}(?:distributors|resellers|dealers|partners|agents)\b|(?:代理店|販売店|パートナー)(?:経由|を通じて|を通して)(?:のみ|だけ)|(?:chỉ|chi) (?:bán )?(?:qua|thông qua|thong qua) (?:các )?(?:đại lý|dai ly|nhà phân phối|nha phan phoi)/iu;
/** Selling through another's channel (see Reader.sentence). */
const THROUGH_CHANNEL =
  /\b(?:sell|sells|sold|selling|available)\s+(?:\w+\s+){0,3}?(?:through|via)\s+(?:\S+\s+){0,4}?(?:resellers?|distributors?|dealers?|agents?|partners?)\b|(?:bán|ban)\s+(?:\S+\s+){0,3}?(?:qua|thông qua|thong qua)\s+(?:\S+\s+){0,4}?(?:đại lý|dai ly|nhà phân phối|nha phan phoi|đối tác|doi tac)|(?:代理店|販売店|パートナー)[^。、]{0,8}(?:を通じて|を通して|経由で)(?:販売|提供|展開)/iu;
/** …beside the firm's own distributing ("as a distributor", 販売代理店として). */
const AS_CHANNEL =
  /\bas (?:a|an|the) (?:distributor|reseller|dealer)\b|代理店として|(?:là|la|làm|lam) (?:nhà phân phối|nha phan phoi|đại lý|dai ly)/iu;
/** Systems a firm runs for itself (see Reader.sentence). */
const IN_HOUSE_USE =
  /(?:で|を)(?:運用|利用|使用|管理|採用|導入)し(?:ています|ております|ている)|で運用中|を使っています|を使用中|を導入済み|\bwe (?:currently |still )?(?:use|are using|have been using|rely on|run)\b|\b(?:currently|internally|in-house,?) (?:using|use|we use|we run|we rely on)\b|\bour (?:own )?(?:accounting|sales|production|inventory|internal|back[- ]office|hr|payroll|core|erp)(?: and \w+)? (?:system |systems )?(?:runs? on|is on|are on|is)\b|(?:chúng tôi|chung toi|công ty|cong ty|hiện|hien|nội bộ|noi bo)\s+(?:đang\s+|dang\s+|vẫn\s+|van\s+)?(?:sử dụng|su dung|dùng)\s/iu;
/** …for itself: its own books, staff or operations, or said as in-house (社内, 自社, nội bộ, "for our accounting"). */
const OWN_USE =
  /社内|自社の|会計|経理|人事|給与|勤怠|販売管理|生産管理|在庫管理|基幹システム|業務アプリ|\bin-house\b|\binternally\b|\bfor (?:our )?(?:own )?(?:accounting|payroll|hr|bookkeeping|inventory|sales management|production management|back[- ]office)\b|\bour (?:own )?(?:accounting|sales|production|inventory|internal|back[- ]office|hr|payroll|core|erp)\b|nội bộ|noi bo|kế toán|ke toan|nhân sự|nhan su|quản lý kho|quan ly kho/iu;
/** …said beside what it builds, implements or sells: the firm's stack or its product. */
const BUILDS_OR_SELLS =
  /開発(?:し|を|・|、|から|の実績)|システム開発|構築|導入支援|を提供|提供して|販売して|受託|代理店|\b(?:build|builds|building|built|develop|develops|developing|implement|implements|implementing|deliver|delivers|provide|provides|offer|offers|sell|sells|resell|for (?:our |their )?clients|for customers|partner|consulting|consultancy)\b|パートナー|đối tác|doi tac|triển khai|trien khai|phát triển|phat trien|cung cấp|cung cap|xây dựng|xay dung|cho khách hàng|cho khach hang/iu;

/**
 * Work taken only as a subcontractor, through a prime contractor, never direct from the end client ("we work only
 * as a subcontractor", "chỉ làm thầu phụ qua…", "không ký hợp đồng trực tiếp với doanh nghiệp người dùng", 元請企業様
 * 経由のみ, エンドユーザー企業との直接契約はお断り). Not a buyer that signs only with a Japanese company (海外の会社との直接
 * 契約はいたしません: a presence asked), nor "二次請けも可" (welcome, not only).
 */
const PRIME_ONLY =
  /\bonly (?:work )?as an? (?:sub-?contractor|second-tier (?:vendor|supplier|partner))\b|\b(?:sub-?contractor|sub-?contracting|second-tier vendor)s? only\b|\bonly (?:through|via) (?:an? |the |our )?(?:[\w-]+ ){0,2}(?:primes?|prime contractors?|main contractors?)\b|\b(?:take|takes|accept|receive|do) (?:\w+ ){0,2}(?:projects|work|jobs) only (?:through|via|from)\b|\bonly (?:take|takes|accept|receive) (?:\w+ ){0,2}(?:projects|work|jobs) (?:through|via|from) (?:\w+ ){0,2}(?:SIers?|system integrators?|primes?|prime contractors?)\b|\bno direct contracts? with (?:the )?(?:end[- ]users?|end[- ]clients?|end[- ]customers?|[\w-]+ governments?|hospitals?|municipalities)\b|\b(?:do not|don't|never) (?:sign|take|make) (?:\w+ ){0,2}contracts? directly with (?:the )?(?:end[- ]users?|end[- ]clients?|end[- ]customers?)\b|(?:chỉ|chi) (?:nhận |nhan )?(?:làm|lam|nhận|nhan) (?:thầu phụ|thau phu)|(?:không|khong) (?:ký|ky) (?:hợp đồng|hop dong) (?:trực tiếp|truc tiep) với (?:các )?(?:doanh nghiệp|doanh nghiep|khách hàng|khach hang|bệnh viện|benh vien|chủ đầu tư|chu dau tu) (?:người dùng|nguoi dung|cuối|cuoi|sử dụng|su dung)|(?:元請|元請け|プライム|SIer)(?:企業|会社)?(?:様)?(?:経由|を通じて)(?:のみ|に限(?!らず))|(?:元請|元請け)(?:企業|会社)?(?:様)?からの受託のみ|(?:エンドユーザー|エンドユーザ|ユーザー企業|病院|クリニック|自治体)[^。]{0,12}直接(?:契約|の(?:お)?取引)(?:は|を)?(?:お断り|お受けでき(?:ません|かねます)|行っていません|行っておりません|しておりません|していません|いたしません)|二次請け(?:のみ(?!ならず)|専門|に限(?!らず))|下請け専門/iu;
/** Not only, or once: "không chỉ làm thầu phụ mà còn…", 二次請けのみならず, "Trước đây chúng tôi chỉ làm thầu phụ". */
const PRIME_ONLY_DENIED =
  /(?:không|khong) (?:muốn |muon )?(?:chỉ|chi) (?:nhận |nhan )?(?:làm|lam|nhận|nhan)|\bnot only\b|\bno longer\b|\bused to\b|\bpreviously\b|(?:trước đây|truoc day|từ năm \d{4} đến|tu nam \d{4} den)|以前は|かつては/iu;
/** …nor the firm's rule for its own partners, said where it looks for them (協力会社様には…, "partners work only as…"). */
const PARTNERS_BOUND =
  /協力会社|委託先|パートナー(?:様|企業)?(?:には|は)|\bpartners? (?:work|must|may|will|are)\b|đối tác (?:phải|chỉ|sẽ)|doi tac (?:phai|chi|se)/iu;
/** …and no direct sales ("no direct sales to retailers", 直販は行っておりません, không bán trực tiếp). */
const NO_DIRECT_SALES =
  /\bno direct sales\b|\b(?:do not|don't|does not) sell directly\b|直販(?:は|を)?(?:行っておりません|行っていません|しておりません|していません|なし|不可)|(?:không|khong) bán (?:trực tiếp|truc tiep)/iu;
/** Right after a certification: what is equal to it counts ("プライバシーマーク相当の管理体制"). */
const EQUIVALENT_AFTER = /^\s*(?:相当|同等|or equivalent|tương đương|tuong duong)/iu;
/** "or higher", "hoặc cao hơn": a level's floor (CMMI Level 3 or higher), not an alternative. */
const OR_FLOOR =
  /\bor (?:higher|above|better|more|later|equivalent)\b|(?:hoặc|hoac) (?:cao hơn|cao hon|tương đương|tuong duong)|(?:か)?それ以上|またはそれ以上|相当/giu;
/** The goods a distributor is to resell, before the verb (EDRを再販…, 製品を販売…). */
const RESOLD_AFTER =
  /^\s*(?:製品|ソフト|ライセンス|パッケージ)?を(?:[^。、]{0,4})?(?:再販|販売|拡販|取り扱|取扱)(?!して|した|の実績)/u;
/** English goals whose certification follows them ("preparing for", "aiming for", "will obtain"). */
const GOAL_BEFORE_OBJECT =
  /^(?:obtain|obtaining|get certified|achieve|achieving|prepare for|preparing for|preparation for|acquire|aiming for|aiming at|targeting|applying for|will obtain|working toward|working towards|plan to|planning to|in the process of)$/iu;
/** A certification to be renewed or moved to a new version, not obtained. */
const RENEWAL_NEAR =
  /renew|re[- ]?audit|re[- ]?certif|surveillance|transition|更新|維持審査|サーベイランス|再認証|移行審査|gia hạn|tái chứng nhận/iu;
/** Said held right after the certification ("… certified", "… appraised", 取得済み). */
const HELD_AFTER =
  /^[^.;。、]{0,30}?(?<!to be |be )(?:certified|appraised|accredited)\b|^\s*(?:の)?(?:認証)?(?:取得済|を取得済|認定済|取得しています|を取得しております)/iu;
/** Between two certifications, one or the other. */
const ALTERNATIVE = /^\s*(?:または|又は|もしくは|か|\bor\b|hoặc|hoac|\/|／)\s*$/iu;
/** "… or equivalent" after a certification asked. */
const OR_EQUIVALENT =
  /^\s*(?:\(\s*)?(?:または|又は|もしくは|か|\bor\b|hoặc|hoac)\s*(?:同等|それに準ずる|相当|an? equivalent|equivalent|tương đương|tuong duong)/iu;
/** A requirement stated for one project or bid ("for the Bangkok project", "cho gói thầu tại Bangkok", 案件では). */
const ONE_PROJECT =
  /\bfor (?:the|this|that|our|a|one) (?:[^,.;:]{0,40} )?(?:project|bid|tender|contract|deal)\b|(?:cho|với|trong) (?:dự án|gói thầu)(?! của)|(?:案件|プロジェクト|入札)(?:では|で|について|に関して|の場合)|\bin the case of\b|\bfor (?:\w+ )?projects in\b|(?:trường hợp|truong hop|đối với (?:các )?(?:dự án|gói thầu))/i;
/** A project named as the topic of a requirement: "SAP案件は", "dự án SAP:", "SAP projects:". */
/** The project named before, referred to ("For the bid,", "この案件では", "Với dự án này"). */
const THE_PROJECT =
  /\bfor (?:the|this|that) (?:project|bid|tender|consortium)\b|(?:この|本|同|当該)(?:案件|プロジェクト|入札)|(?:dự án|gói thầu|du an|goi thau) (?:này|nay)\b/iu;
const PROJECT_TOPIC = /(?:案件|プロジェクト)(?:は|では|について)|\bprojects?\s*:|(?:dự án|du an)\s+\S+(?:\s+\S+)?\s*:/u;
const KIND_OF_PROJECT =
  /\bfor (?:[a-z-]+ ){1,2}(?:projects|tenders|bids|contracts)\b|(?:案件|プロジェクト)(?:では|の場合|については)|(?:案件|プロジェクト)(?:を|に|で)[^、。]{0,14}(?:場合|際|とき)(?:は|には)|(?:với|cho|đối với) (?:các )?(?:dự án|gói thầu) (?!của)\S+/iu;
/** A certification that is a plus, not a must: "CMMI preferred", 尚可, 歓迎, "ưu tiên". */
/** A course or training given to people. */
const TRAINING_WORD = /đào tạo|dao tao|khóa học|khoá học|\btraining\b|\bcourses?\b|研修|教育|講座/iu;

/** Introducing people to employers: the technologies named after it are the people's skills. */
const INTRODUCING: ReadonlySet<string> = new Set(["it-recruitment", "japan-placement"]);

/** A need said to ask no certification, language or on-site work of its partner ("ISMS不要", "no certification needed"). */
const WAIVES =
  /\b(?:do not|don't|does not|doesn't) require (?:any )?(?:certifications?|certificates?|iso ?\d*|cmmi)\b|\bno (?:certifications?|certificates?|iso ?\d*|cmmi|japanese|on-?site(?: work)?|nda)\b[^;.]{0,30}\b(?:needed|required|necessary)\b|\b(?:certifications?|certificates?|iso ?\d+|isms|cmmi|japanese|on-?site(?: work)?)\s+(?:is |are )?(?:not (?:needed|required|necessary)|optional)\b|(?:認証|資格|ISMS|Pマーク|プライバシーマーク|ISO ?\d*|日本語|常駐|オンサイト)[^。、]{0,6}(?:不要|不問|は問いません|は必要ありません|は必須ではありません)|\b(?:iso ?\d+|isms|cmmi(?: level \d)?|privacy ?mark)\b[^.;]{0,12}?\b(?:is |are )?(?:preferred|a plus|an advantage|nice to have|not mandatory|not a must)\b|(?:ISMS|Pマーク|プライバシーマーク|ISO ?\d+)[^。、]{0,8}(?:尚可|歓迎|優遇|が望ましい)|(?:ưu tiên|uu tien) (?:có |co )?(?:iso|cmmi|chứng chỉ|chứng nhận|chung chi|chung nhan)|không (?:cần|yêu cầu|bắt buộc|bat buoc|can|yeu cau)(?: có| co)? (?:chứng chỉ|chứng nhận|chung chi|chung nhan|iso|cmmi|tiếng nhật|tieng nhat|onsite)/iu;
/** A negation that waives a requirement ("ISMS不問", "ISO 27001 not required", "không yêu cầu ISO"), not a lack. */
/** Right after a certification: it is not asked (ISMSは問いません, ISO 27001は必須ではありません). */
const NOT_ASKED_AFTER =
  /^\s*(?:認証|の取得|取得)?\s*(?:は|を|も)?\s*(?:不問|不要|問いません|問わない|問わず|必須ではありません|必要ありません)/u;
const NOT_ASKED =
  /^(?:不問|不要|問いません|問わない|not required|not necessary|not needed|not mandatory|no need|không yêu cầu|khong yeu cau|không cần|khong can)/iu;

const PREFERRED_AFTER =
  /^[^.;。]{0,14}?(?:尚可|なお可|歓迎|優遇|preferred|is a plus|a plus|an advantage|nice to have|là lợi thế|là điểm cộng|được ưu tiên)/i;
const PREFERRED_BEFORE = /(?:preferably|ideally|ưu tiên|nếu có)\s*$/i;

// Words that make a head count a team size rather than the firm's size.
/** People a system is for (its users, a plant's workers), beside a head count that is not a team sought. */
const SERVED_PEOPLE =
  /従業員|社員|作業員|作業者|工員|利用者|ユーザー|患者|病床|生徒|\b(?:workers|employees|users|patients|beds|students|learners|members)\b|nhân viên|công nhân|người dùng|bệnh nhân|học viên|học sinh|thành viên/u;
/** Right before a count, the people counted are those served, not a team or a firm's staff. */
/** A firm's units named, then a bracket opened for their size ("子会社3社（各", "subsidiaries (", "nhà máy tại Việt Nam ("). */
const UNIT_SIZED =
  /(?:子会社|現地法人|関連会社|グループ会社|工場|事業所|支店|\b(?:subsidiar(?:y|ies)|plants?|factories|factory|branch(?:es)?)\b|công ty con|cong ty con|nhà máy|nha may|chi nhánh|chi nhanh)[^。.;(（]{0,24}[（(]\s*(?:各|それぞれ|each|mỗi|moi)?\s*(?:約|about|around|khoảng|khoang)?\s*$/iu;
const SERVED_COUNT =
  /(?:作業者|作業員|工員|利用者|ユーザー|患者|病床|生徒|学生|\b(?:workers|users|patients|beds|students|learners)|công nhân|người dùng|bệnh nhân|học viên|học sinh)\s*(?:数)?\s*(?:約|about|khoảng)?\s*$/u;
const LANGUAGE_OR = /^\s*(?:or|hoặc|hay|hoac|または|か|もしくは|\/|／)\s*(?:tiếng|tieng)?\s*$/u;
const LANGUAGE_OR_AND = /^\s*(?:or|hoặc|hay|hoac|または|か|もしくは|\/|／|and|và|va|と|、|,|&)\s*(?:tiếng|tieng)?\s*$/u;
/** The firm as the one who works in the languages: we or chúng tôi or 当社/弊社, then a verb of working in them. */
const OWN_WORKING_LANGUAGES =
  /(?:\bwe\b|\bour team\b|chúng tôi|chung toi|当社|弊社)(?:\s*(?:は|only|chỉ|chi|mainly|chủ yếu|chu yeu))?\s*(?:communicate|work|speak|giao tiếp|giao tiep|làm việc|lam viec|trao đổi|trao doi)\b|(?:当社|弊社)は[^、。]{0,16}(?:で|でのみ)(?:対応|やり取り|コミュニケーション)(?:します|しております|いたします|しています)/iu;
/** …and not where both are asked, or the partner's ("両方で対応できるパートナー", "vendors whose engineers speak…"). */
const BOTH_ASKED = /両方|\bboth\b|cả hai|ca hai|(?<![\p{L}])cả(?![\p{L}])|募集|可能な|できる/iu;
/** …nor the partner's, named before them ("vendors whose engineers speak", "với đối tác sử dụng được"). */
const PARTNERS_SPEAK =
  /partner|đối tác|doi tac|パートナー|vendor|ベンダー|取引先|会社|企業|công ty|cong ty|\bwith\b|(?<![\p{L}])(?:với|voi)(?![\p{L}])|whose/iu;
const PER_PERIOD =
  /\b(?:a|per|each) (?:year|month)\b|\bannually\b|\byearly\b|mỗi năm|hàng năm|\/năm|mỗi tháng|年間|毎年|毎月|\/年/u;
/** A yearly or monthly count: said of the number, not of something else in its clause ("20名以上在籍し、年間20棟…"). */
function perPeriod(text: string, at: number, c: { start: number; end: number }): boolean {
  const cut = text.slice(at, c.end).search(/[、,，;；]/u);
  return PER_PERIOD.test(text.slice(Math.max(c.start, at - 10), cut < 0 ? c.end : at + cut));
}
/** It is fine with the firm: "でも問題ありません", "is OK", "cũng được". */
const ALLOWED =
  /問題(?:は)?(?:あり|ござい)ません|(?:構|かま)いません|差し支えありません|でも可|で可(?!能)|も可能|\bok\b|\bokay\b|\bis fine\b|\bare fine\b|\bacceptable\b|cũng được|cung duoc|không sao|khong sao/iu;
/** The partners a statement looks for, named. */
const PARTNER_WORD =
  /partner|vendor|supplier|subcontractor|パートナー|協力会社|委託先|外注先|ベンダー|đối tác|doi tac|nhà cung cấp|nha cung cap|nhà thầu|nha thau/u;
/** The least engagement a firm takes on, named as such. */
const ENGAGEMENT_MINIMUM =
  /\bminimum (?:contract|engagement|order|project|team)s?\b|\b(?:contract|engagement)s? (?:minimum|of at least)\b|(?:hợp đồng|hop dong) (?:tối thiểu|toi thieu)|(?:nhận|nhan) (?:hợp đồng|hop dong) (?:từ|tu) (?=\d+\s*(?:kỹ sư|ky su|người|nguoi|nhân sự|nhan su|lập trình viên|lap trinh vien|engineers?|devs?|developers?)(?![\p{L}]))|最低(?:契約|発注|受注|人数)|(?:契約|受注)(?:は)?最低/iu;
/** Clients named: a volume beside them is what the firm sells, not what it needs. */
const CLIENT_WORD = /\b(?:clients?|customers?)\b|顧客|お客様|クライアント|khách hàng|khach hang/iu;
/** A small firm wanted ("小規模な会社", "a small company", "công ty nhỏ"). */
const SMALL_FIRM = /小規模|小さな|中小|\bsmall\b|\bsmaller\b|\bsme\b|nhỏ|nho|vừa và nhỏ/iu;
/** A firm named as the partner, whose size a ceiling is ("小規模な会社（従業員50名以下）", "a small company"). */
const FIRM_NOUN_NEAR =
  /会社|企業|事業者|ベンダー|\b(?:company|companies|firm|firms|vendor|vendors|partner|partners)\b|công ty|cong ty|doanh nghiệp|doanh nghiep|đối tác|doi tac/iu;
/** A firm named right after a ceiling on a count ("100名以下の会社", "50 staff or fewer companies"). */
const FIRM_AFTER_CEILING =
  /^[\d,.]+\s*(?:名|人|people|persons?|employees|staff|người|nguoi|nhân sự|nhan su)\s*(?:以下|未満|まで|or (?:fewer|less|under)|trở xuống|tro xuong)\s*(?:規模)?\s*(?:の|của|cua)?\s*(?:会社|企業|事業者|ベンダー|開発会社|\b(?:company|companies|firm|firms|vendor|vendors)\b|công ty|cong ty|doanh nghiệp|doanh nghiep)(?![^。、,]{0,12}?(?:向け|を対象|dành cho))/iu;
/** Words of an engagement a firm takes on (a lab, an ODC, a project), not a team it has. */
const ENGAGEMENT =
  /\b(?:labs?|labo|odcs?|engagements?|projects?|contracts?|minimum)\b|ラボ|案件|契約|最低|から|dự án|du an|hợp đồng|hop dong|tối thiểu|toi thieu|(?<![\p{L}\p{N}_])từ(?![\p{L}\p{N}_])|\btu\b/iu;
/** Words that count the whole firm or group, not a team: its size. */
/** A head count that sizes the firm named right after it ("10〜50名規模のベトナムの開発会社", "50-200 person firms"). */
const SIZED_FIRM =
  /^[\d,.\s〜~～–-]+\s*(?:名|人|people|person|employees|staff|người|nguoi|nhân sự)?\s*(?:規模|程度|ほど|-?sized?)?\s*(?:の|của)?\s*[^\s、。,;()（）]{0,12}?\s*(?:会社|企業|事業者|ベンダー|\b(?:company|companies|firm|firms|vendor|vendors)\b|công ty|cong ty|doanh nghiệp|doanh nghiep)/iu;
/** …or after it ("công ty quy mô 20-100 người", "firms of 50-200 people"). */
const FIRM_SIZED =
  /(?:công ty|cong ty|doanh nghiệp|doanh nghiep|\b(?:companies|company|firms|firm|vendors))\s*(?:có|co|với|voi|of|with)?\s*(?:quy mô|quy mo)?\s*(?:khoảng|khoang|từ|tu|about|around)?\s*$/iu;
const FIRM_HEADCOUNT =
  /従業員|社員|会社として|企業として|会社全体|総勢|全社|グループ|連結|\b(?:employees|headcount|in total|group|company|firm)\b|nhân viên|nhan vien|nhân sự|nhan su|cbnv|tổng|tong so|toàn công ty/iu;
const TEAM_CONTEXT =
  /\b(?:team|teams|lab|labs|labo|odc|odcs|engagement|engagements|project|projects|job|jobs|contract|contracts)\b|チーム|体制|規模|ラボ|案件|đội|nhóm|dự án|quy mô|labo|\bdu an\b|\bquy mo\b/i;

/** Work qualified by a least size or length: "under 6 person-months", "dưới 6 tháng", 小規模, "spot". */
const BELOW_A_FLOOR =
  /\b(?:under|below|smaller than|less than|fewer than|shorter than)\s+(?:\d|one|two|three|six)|\bspot\b|(?:dưới|duoi)\s*\d|\d\s*(?:人月|ヶ月|か月|カ月|名)?\s*未満|小規模|スポット/iu;

function intentOf(role: Role, polarity: "offer" | "seek"): Intent | null {
  switch (role) {
    case "client":
      return polarity === "seek" ? "clients" : null;
    case "work":
      return polarity === "seek" ? "clients" : null;
    case "takesWork":
      return "clients";
    case "givesWork":
      return "subcontractors";
    case "supplier":
      return polarity === "seek" ? "subcontractors" : null;
    case "capacity":
      return polarity === "seek" ? "capacity" : "clients";
    case "consortium":
      return "consortium";
    case "investor":
      return polarity === "seek" ? "investors" : null;
    case "distributor":
      return polarity === "seek" ? "distributors" : null;
    default:
      return null;
  }
}

/** A cue of this kind that only states a purpose ("to strengthen on-site capacity", 常駐体制強化のため). */
function afterPurpose(c: Clause, kind: Cue["kind"], japanese: boolean): boolean {
  const purposes = c.cues.filter((x) => x.cue.kind === "purpose");
  return c.cues.some(
    (x) => x.cue.kind === kind && purposes.some((p) => (japanese ? p.start >= x.end : p.end <= x.start)),
  );
}

function push<T>(list: T[], item: T) {
  if (!list.includes(item)) list.push(item);
}

function addCert(list: { cert: Cert; level?: number }[], c: { cert: Cert; level?: number }) {
  const at = list.findIndex((x) => x.cert === c.cert);
  if (at < 0) list.push(c);
  else if ((c.level ?? 0) > (list[at]!.level ?? 0)) list[at] = c;
}

function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (isCjk(ch)) n++;
  return n;
}

const CONJUNCTION =
  /(?<![\p{L}\p{N}])(and|but|while|whereas|plus|và|nhưng|đồng thời|va|nhung|nên|nen|vì vậy|vi vay|do đó|do do)(?![\p{L}\p{N}])|[,;:，；：]/gu;

// "Salesforce以外の案件（SAP、Javaなど）はお受けしていません": a denial after 以外 ("other than") is of what follows it;
// what precedes it is the one thing the firm does.
function otherThan(text: string, flat: CueAt[], said: Mention[]) {
  const at = text.indexOf("以外");
  if (at < 0) return;
  const denial = flat.find((x) => x.cue.kind === "negation" && x.start > at);
  if (!denial) return;
  for (const m of said) {
    const p = text.indexOf(m.phrase);
    if (p < 0) continue;
    // Only what 以外 follows is affirmed ("Salesforce等、SAP以外の…" still denies Salesforce).
    if (p < at) {
      if (p + m.phrase.length >= at - 1) m.negated = false;
    } else if (p < denial.start) m.negated = true;
  }
}

/** Work done at a client's site or for it, where a region can bound it. */
const SERVICE_WORDS =
  /\b(?:support|supports|projects?|jobs?|installation|install|maintenance|service|services|serve|serves|serving|sales (?:area|territory|region))\b|phục vụ|phuc vu|hỗ trợ|ho tro|dự án|du an|công trình|cong trinh|thi công|thi cong|lắp đặt|lap dat|bảo trì|bao tri|khu vực kinh doanh|địa bàn kinh doanh|対応|案件|工事|導入|保守|サポート|営業エリア|営業地域|販売エリア|商圏/iu;
/** The area a firm sells in, said of itself ("当社の営業エリアは九州・沖縄のみです"): where it serves, even said as a rule. */
const SALES_AREA =
  /営業エリア|営業地域|販売エリア|商圏|\bsales (?:area|territory|region)\b|khu vực kinh doanh|địa bàn kinh doanh/iu;
/** What makes an unmarked "chi" no "only": chi phí (cost), chi nhánh (branch), chi tiết (detail). */
const NOT_ONLY_AFTER = /^\s*(?:phí|phi|nhánh|nhanh|tiết|tiet|trả|tra)(?![\p{L}\p{N}_])/iu;
/** A region named as where the firm works from ("từ Hà Nội", "from Hanoi", 大阪から). */
const FROM_BEFORE = /(?:từ|tu|from)\s*$/iu;
/** A region named as where work is not taken: "ngoài miền Trung", "outside Kanto", 関東以外. */
const OUTSIDE = /(?:ngoài|ngoai|outside(?: of)?|beyond)\s*$/iu;

// "25% reseller margin, partner training", 販売代理店様向けの支援制度: terms a maker gives its resellers, not
// distribution it offers (the mentions said from `first` on).
function dropResellerTerms(text: string, mentions: Mention[], first: number) {
  for (let i = mentions.length - 1; i >= first; i--) {
    const m = mentions[i]!;
    if (m.code !== "distribution" || m.direction !== "offer") continue;
    const at = text.indexOf(m.phrase);
    if (at < 0) continue;
    const after = text.slice(at + m.phrase.length, at + m.phrase.length + 16);
    // …or the way it sells ("otherwise through distributors", 代理店経由で販売): a channel it uses, not one it is.
    if (
      CHANNEL_TERMS.test(after) ||
      SOLD_THROUGH.test(text.slice(Math.max(0, at - 24), at)) ||
      THROUGH_AFTER.test(after)
    )
      mentions.splice(i, 1);
  }
}

/** The firm's own foreign staff, as who its support is for. */
const OWN_FOREIGN_STAFF =
  /^[\s\-•・*]*外国人(?:介護|看護)?(?:職員|スタッフ|社員|従業員)(?:向け|の(?:住居|生活|寮|日本語|受験|資格))/u;
const SOLD_AS_SERVICE =
  /受託|代行|登録支援機関|支援計画|サービス|企業様|企業向け|法人|お客様|提供|紹介|派遣|研修|\b(?:we offer|provide|training|services?|clients?|customers?)\b|dịch vụ|dich vu|khách hàng|khach hang/iu;
const SOLD_THROUGH =
  /(?:\bthrough|\bvia|thông qua|thong qua|(?:bán|ban|phân phối|phan phoi) qua)\s+(?:(?:our|local|the|its|existing|authori[sz]ed|các|cac|hệ thống|he thong)\s+)*$/iu;
const THROUGH_AFTER = /^(?:様)?(?:経由|を通じ|を通し|を介し)/u;

/** What follows a reseller word when it names terms given to resellers ("reseller margin", 代理店様向け). */
const CHANNEL_TERMS =
  /^\s*(?:s\s+)?(?:margins?|programs?|programmes?|portal|discounts?|commissions?|incentives?|training|kits?)\b|^(?:様)?(?:向け|マージン|制度|プログラム|支援)|^\s*(?:chiết khấu|chiet khau|hoa hồng|hoa hong)/iu;

/** The need a scope names when a statement asks for capacity in no named capability: the firm's own work. */
export const CAPACITY_SCOPE = "@capacity";

/** The firm itself ("当社では", "in-house", "chúng tôi"), as who does not do or have something. */
const OWN_LACK =
  /当社|自社|弊社|社内|\bin-house\b|\bin house\b|\bwe\b|\bour\b|chúng tôi|chung toi|công ty (?:mình|chúng tôi)|cong ty|nội bộ|noi bo/iu;
/** The reason ending a clause (…ないため、…ので) or leading the next ("…nên cần", "so we"). */
const REASON_END = /(?:ため|ので|から)[、,]?\s*$/u;
const REASON_NEXT = /^\s*(?:nên|nen|vì vậy|vi vay|do đó|do do|so\b|therefore\b|thus\b)/iu;

// "当社では診断を行っていないため、診断員5名以上の会社を希望", "Cong ty khong co doi ngu QA nen can thue ngoai kiem thu":
// what the firm says it does not do or have, as the reason for what it then looks for, is sought, not refused.
function lackAsReason(text: string, clauses: Clause[]) {
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i]!;
    if (!c.cues.some((x) => x.cue.kind === "negation") || c.cues.some((x) => x.cue.kind === "seek")) continue;
    const own = text.slice(c.start, c.end);
    const next = clauses[i + 1]!;
    if (!OWN_LACK.test(own) || !(REASON_END.test(own) || REASON_NEXT.test(text.slice(next.start, next.end)))) continue;
    if (!clauses.slice(i + 1).some((d) => d.polarity === "seek")) continue;
    c.cues = c.cues.filter((x) => !["negation", "offer", "possessive"].includes(x.cue.kind));
    c.polarity = "seek";
  }
}

// "…ISMS theo ISO 27001, dự kiến được cấp chứng nhận vào cuối năm 2027": a goal opening the clause after a
// certification, with none of its own, is about that certification (it is not held yet).
function goalAfterCertification(text: string, clauses: Clause[]) {
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i]!;
    const next = clauses[i + 1]!;
    const goal = next.cues.find((x) => x.cue.kind === "certificationGoal");
    if (!goal || !c.cues.some((x) => x.cue.kind === "certification")) continue;
    if (c.cues.some((x) => x.cue.kind === "certificationGoal")) continue;
    if (next.cues.some((x) => x.cue.kind === "certification")) continue;
    // Right at the head of the next clause, and the two parted by a comma only, not a full stop.
    if (goal.start - next.start > 6 || /[.。;；]/u.test(text.slice(c.end, goal.start))) continue;
    c.cues = [...c.cues, { ...goal, start: c.end, end: c.end }];
  }
}

function splitClauses(
  s: Statement,
  flat: CueAt[],
  concepts: Match<string>[],
  japanese: boolean,
  kind: SourceKind,
): Clause[] {
  const cuts = new Set<number>();
  const inParentheses = (at: number) => {
    const open = Math.max(s.text.lastIndexOf("(", at), s.text.lastIndexOf("（", at));
    const close = Math.max(s.text.lastIndexOf(")", at), s.text.lastIndexOf("）", at));
    return open > close;
  };
  for (const m of s.text.matchAll(CONJUNCTION)) {
    const at = m.index!;
    if (inParentheses(at)) continue;
    if (concepts.some((c) => c.start < at && at < c.end)) continue;
    if (flat.some((c) => c.start < at && at < c.end)) continue;
    // "ở Mỹ, Singapore cần…", "in Japan and Korea that need…": a list of places, not two clauses.
    const after = at + m[0].length;
    const placeAt = (x: CueAt) => x.cue.kind === "place" || x.cue.kind === "region";
    if (
      flat.some((x) => placeAt(x) && x.end <= at && !s.text.slice(x.end, at).trim()) &&
      flat.some((x) => placeAt(x) && x.start >= after && !s.text.slice(after, x.start).trim())
    )
      continue;
    cuts.add(at);
  }
  if (japanese) {
    // "、" ends a clause after a verb or a conjunctive particle (開発しており、… / 経験があり、…), not in a list of
    // nouns (AUTOSAR、HIL検証、機能安全の…).
    for (const m of s.text.matchAll(/、/g)) {
      const before = s.words.find((w) => w.end === m.index);
      // (…and not before かつ: "PMを配置でき、かつ日本国内の法人として契約できる会社に限ります" lists conditions the last verb
      // asks together.)
      // (Not after what the firm says of itself or leaves open: "当社はISMSを取得しており、かつ…", "拠点は不要で、かつ…",
      // "法人の有無は問わず、かつ…".)
      if (
        /^、\s*(?:かつ|且つ)/u.test(s.text.slice(m.index!, m.index! + 4)) &&
        !/当社|弊社|自社|私たち|不要|問わ|問いません|なくても|ず$|ません$|ない$/u.test(
          s.text
            .slice(0, m.index)
            .split(/[、。]/u)
            .at(-1)!,
        )
      )
        continue;
      if (
        // …していないため、… (with or without the analyser)
        s.text.slice(Math.max(0, m.index! - 2), m.index) === "ため" ||
        (before &&
          (before.pos === "動詞" || before.pos === "助動詞" || before.pos === "形容詞" || before.pos1 === "接続助詞"))
      )
        cuts.add(m.index!);
    }
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), s.text.length];
  let clauses: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    clauses.push({ start, end, polarity: null, cues: flat.filter((c) => c.start >= start && c.end <= end) });
  }
  // A piece without a verb of its own ("…for our ODC, QA and BrSE services") belongs to the clause it continues:
  // the one before it in English and Vietnamese, the one after it in Japanese (whose verb comes last).
  const bearsMood = (c: Clause) =>
    c.cues.some(
      (x) =>
        ["seek", "offer", "negation", "requirement", "weakRequirement"].includes(x.cue.kind) ||
        (x.cue.kind === "role" && (x.cue.role === "givesWork" || x.cue.role === "takesWork")),
    );
  const merged: Clause[] = [];
  const order = japanese ? [...clauses].reverse() : clauses;
  for (const c of order) {
    const into = merged[merged.length - 1];
    if (into && !bearsMood(c)) {
      into.start = Math.min(into.start, c.start);
      into.end = Math.max(into.end, c.end);
      into.cues = [...into.cues, ...c.cues].sort((x, y) => x.start - y.start);
    } else merged.push(c);
  }
  // A first piece without a verb before "and" ("Japanese autonomous-driving | and robotics companies with…") is the
  // start of a list the next clause goes on with, to its need, not a clause of its own. (Not before another verb:
  // "Localisation QA for our Korean | and Japanese builds" would offer the QA; nor in what the firm offers: "2D game
  // art and illustration, slot | and casino art welcome".)
  if (
    !japanese &&
    kind === "seeks" &&
    merged.length > 1 &&
    !bearsMood(merged[0]!) &&
    merged[1]!.cues.some((x) => x.cue.kind === "seek") &&
    // (Makers "who need a Thai distributor", providers to bundle with: their trade is what the firm would carry.)
    !merged[1]!.cues.some(
      (x) =>
        x.cue.kind === "role" &&
        (x.cue.role === "distributor" || x.cue.role === "supplier" || x.cue.role === "partner"),
    ) &&
    // (…and not "… and looking for", "… và cần": a verb after the conjunction starts a clause of its own.)
    /^\s*(?:and|or|&|và|va|hoặc|hoac)\s+(?!(?:we|are|is|am|looking|seeking|seek|need|needs|want|wants|also|cần|can|tìm|tim|muốn|muon|đang|dang|chúng|chung)(?![\p{L}]))/iu.test(
      s.text.slice(merged[1]!.start, merged[1]!.start + 16),
    )
  ) {
    const [first, second] = merged as [Clause, Clause];
    second.start = first.start;
    second.cues = [...first.cues, ...second.cues];
    merged.shift();
  }
  clauses = japanese ? merged.reverse() : merged;
  if (!japanese) firmsListedThenTheirNeed(s, clauses);
  // "bắt buộc có văn phòng và đội chụp tại TP.HCM", "an office and a support team in Osaka": the place named after
  // the second thing is where the first must be too.
  if (!japanese)
    for (let i = clauses.length - 2; i >= 0; i--) {
      const c = clauses[i]!;
      const next = clauses[i + 1]!;
      const kinds = (x: Clause, k: string) => x.cues.some((y) => y.cue.kind === k);
      if (
        kinds(c, "presence") &&
        !kinds(c, "place") &&
        kinds(next, "place") &&
        !kinds(next, "presence") &&
        /^\s*(?:và|va|and|&|,)\s/iu.test(s.text.slice(next.start, next.start + 5))
      ) {
        c.end = next.end;
        c.cues = [...c.cues, ...next.cues];
        clauses.splice(i + 1, 1);
      }
    }
  // A heading of requirements ("オフショア先の条件：ISMS認証取得、…", "Điều kiện: …", "Requirements: …") makes what
  // follows its colon the list it announces, whatever verbs the items carry (取得, "có").
  const heading = clauses.findIndex(
    (c, i) =>
      i + 1 < clauses.length &&
      /^[:：]/u.test(s.text.slice(c.end, c.end + 1)) &&
      (c.cues.some((x) => x.cue.kind === "requirement" || x.cue.kind === "weakRequirement") ||
        // …and a short refusal announcing its list ("Not investing in: IT outsourcing, …", "Không nhận: …").
        (c.cues.some((x) => x.cue.kind === "negation") && c.end - c.start <= 40)),
  );
  if (heading >= 0) {
    const c = clauses[heading]!;
    for (const next of clauses.slice(heading + 1)) c.cues = [...c.cues, ...next.cues];
    c.end = s.text.length;
    clauses.splice(heading + 1);
  }
  // Negations that are not ("không gian", "not only") are dropped before reading.
  for (const c of clauses) {
    const fake = c.cues.filter((x) => x.cue.kind === "notNegation");
    c.cues = c.cues.filter(
      (x) => !(x.cue.kind === "negation" && fake.some((f) => f.start <= x.start && x.end <= f.end)),
    );
  }
  return clauses;
}

/**
 * A company word that is the firm itself, not a counterpart: "the company is seeking investors", "our firm
 * needs", "công ty chúng tôi cần", and a bare "Công ty" opening a sentence ("Công ty đang tìm khách hàng…"),
 * which in Vietnamese is the firm speaking of itself.
 */
function selfSubject(x: CueAt, s: Statement): boolean {
  if (!/^(?:company|firm|công ty|cong ty|doanh nghiệp|doanh nghiep)$/.test(x.phrase)) return false;
  const before = s.text.slice(Math.max(0, x.start - 8), x.start);
  const after = s.text.slice(x.end, x.end + 16);
  if (/(?:^|\s)(?:the|our|this)\s+$/.test(before)) return true;
  if (/^\s*(?:(?:của\s+)?chúng tôi|chung toi|mình|minh)(?![\p{L}])/u.test(after)) return true;
  const opening = /(?:^|[.!?;:]\s*)$/.test(s.text.slice(0, x.start));
  return (
    opening &&
    /^(?:công ty|cong ty)$/.test(x.phrase) &&
    !/^\s*(?:nhật|nhat|việt|viet|nước|nuoc|các|cac|hàn|han|fdi|it|cntt|phần mềm|phan mem|công nghệ|cong nghe|sản xuất|san xuat|logistics|du lịch|du lich|thương mại|thuong mai|xây dựng|xay dung|dược|duoc|thực phẩm|thuc pham|bán lẻ|ban le|qa|kiểm thử|kiem thu|outsourcing|offshore|gia công|gia cong|ai|tư vấn|tu van|đào tạo|dao tao|phân phối|phan phoi|lớn|lon|vừa và nhỏ|vua va nho)(?![\p{L}])/u.test(
      after,
    )
  );
}

/** After a trade: the firms of that trade are the ones to ally with (会社様との提携, 事業者と協業). */
const JA_ALLY_AFTER = /^(?:会社|企業|事業者|メーカー|ベンダー)?(?:様)?(?:との|と)(?:提携|協業|連携|業務提携|資本提携)/u;

/** Roles that name a counterpart whose need a clause may state. */
const THEIR_ROLES = new Set<Role>(["client", "partner", "supplier"]);

/**
 * Nouns joined by の (ベトナムのオフショア開発), after the verb that ends the cue (希望する): a description of who,
 * with no other verb, particle or punctuation.
 */
const JA_NOUNS_ONLY = /^(?:する|している|中の)?(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・]|の)+$/u;

/** A verb ending by which the firm named next does what was said, for the firm speaking ("していただける"). */
const JA_THEY_WOULD = /^(?:を)?(?:して|し)?(?:いただける|頂ける|いただけます|くださる|下さる)$/u;

function isTheirs(cue: CueAt, c: Clause, s: Statement, japanese: boolean, kind?: SourceKind): boolean {
  const counterparts = c.cues.filter(
    (x) =>
      (x.cue.kind === "counterpart" && !selfSubject(x, s)) ||
      (x.cue.kind === "role" && (x.cue.role === "client" || x.cue.role === "partner" || x.cue.role === "supplier")),
  );
  if (japanese || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(cue.phrase)) {
    // 必要とする企業, ご検討中の企業様, お困りのお客様; not one in brackets after the need (採用したい（人材紹介会社との提携）).
    // Who they are may come between, as nouns only (を必要とするベトナムのオフショア開発会社).
    return counterparts.some(
      (x) =>
        x.start >= cue.end &&
        (x.start - cue.end <= 6
          ? !/[(（]/u.test(s.text.slice(cue.end, x.start))
          : // "直接雇用していただける企業様": the firm that would do it is the one named after.
            (x.start - cue.end <= 12 && JA_THEY_WOULD.test(s.text.slice(cue.end, x.start))) ||
            (x.start - cue.end <= 24 && JA_NOUNS_ONLY.test(s.text.slice(cue.end, x.start)))),
    );
  }
  if (subjectWants(cue, s, kind)) return true;
  // "companies that need", "clients who want", "khách hàng có nhu cầu", "doanh nghiệp cần". Who the counterpart
  // is may come between, in brackets ("khách hàng Nhật Bản (SIer, doanh nghiệp sản xuất) có nhu cầu") or before a
  // relative pronoun ("AI companies and research teams in Japan and the US that need"): the need is still theirs.
  return counterparts.some((x) => {
    if (x.end > cue.start) return false;
    // "QA outsourcing partners in Asia welcome", "Flutter vendors wanted": partners the firm wants, not their want.
    if (x.cue.kind === "role" && x.cue.role !== "client" && /^(?:welcome|wanted|needed|sought)$/iu.test(cue.phrase))
      return false;
    const gap = s.text.slice(x.end, cue.start);
    if (stops(gap)) return false;
    // A need of theirs may carry the cue ("có nhu cầu thuê ngoài", "that need to outsource").
    const bare = gap
      .replace(/\([^()]*\)|（[^（）]*）/g, " ")
      .replace(/\s+/g, " ")
      .replace(THEIR_NEED_BEFORE, " ");
    if (bare.trim().length <= 12) return true;
    // The firms listed over commas before their need (firmsListedThenTheirNeed).
    if (c.firmList && bare.length <= 60 && !FIRST_PERSON.test(bare)) return true;
    // Vietnamese runs a relative clause on without a pronoun: "các công ty phát triển phần mềm Việt Nam cần".
    if (/(?:các|những|cac|nhung)\s+$/.test(s.text.slice(Math.max(0, x.start - 6), x.start)) && bare.length <= 50)
      return true;
    // …or names the counterpart by a product and a country before its need: "Đối tác Salesforce Nhật Bản cần".
    // (Not partners the firm looks for, "Tìm đối tác offshore Việt Nam muốn hợp tác…", nor suppliers.)
    if (
      VI_NAMED_COUNTERPART.test(bare) &&
      /^(?:cần|can|muốn|muon|có nhu cầu|co nhu cau)$/iu.test(cue.phrase) &&
      !/(?:tìm|tim)(?![\p{L}])[^.;]{0,24}$/iu.test(s.text.slice(sentenceStart(s.text, x.start), x.start)) &&
      !/nhà cung cấp|nha cung cap|nhà thầu|nha thau/iu.test(s.text.slice(x.start, cue.start))
    )
      return true;
    return bare.length <= 80 && RELATIVE_BEFORE.test(bare);
  });
}
/** Names and a country after a Vietnamese counterpart word ("đối tác Salesforce Nhật Bản", "công ty SAP Nhật"). */
const VI_NAMED_COUNTERPART =
  /^\s*(?:[\p{L}\d./&-]+\s+){1,2}(?:(?:tại|tai|ở)\s+)?(?:nhật bản|nhat ban|nhật|nhat|việt nam|viet nam|hàn quốc|han quoc|singapore|mỹ|châu âu|chau au)\s*$/u;

/**
 * A statement that opens with the firms it is about and what they want ("Phần mềm SaaS Nhật Bản muốn tìm đại lý
 * phân phối", "Công ty game Nhật Bản, Hàn Quốc cần minh họa, Live2D", "Nhà sản xuất phần cứng POS muốn cài sẵn
 * phần mềm"): they want it of the firm, which offers it; the firms named before the want are the ones it seeks
 * (the direction of each mention, in Reader.clause). Not the firm itself ("Công ty đang tìm…", "Công ty chúng tôi
 * cần…").
 */
function subjectWants(cue: CueAt, s: Statement, kind?: SourceKind): boolean {
  if (kind !== "seeks" || cue.cue.kind !== "seek" || !SUBJECT_WANTS.test(cue.phrase)) return false;
  // The firms may be listed over several clauses ("Công ty AI, xe tự lái Nhật Bản cần…"), within one sentence.
  const head = s.text.slice(0, cue.start);
  return (
    // "Tìm công ty kiểm thử, cần khoảng 10 tester", "…, cần có ISO 27001": what the firm asks of them. (A count of
    // people the firms named first need, "Startup bán dẫn ở Mỹ cần 2-5 kỹ sư kiểm chứng", is theirs.)
    (!ASKED_AFTER_NEED.test(s.text.slice(cue.end, cue.end + 16)) ||
      (/^\s*(?:\d|khoảng|khoang)/u.test(s.text.slice(cue.end, cue.end + 16)) && CLIENT_SUBJECT.test(head))) &&
    head.length <= 60 &&
    VI_SUBJECT.test(head) &&
    !SELF_OPENING.test(head) &&
    !FIRST_PERSON.test(head) &&
    !VI_SELF.test(head) &&
    !stops(head) &&
    !head.includes(":")
  );
}

/**
 * In what-we-look-for, work taken by the firms a statement opens with ("Independent QA/testing firms in Vietnam
 * with at least 50 testers as subcontractors on e-government projects"): the firm gives that work.
 */
function soughtTakesWork(r: CueAt, c: Clause, s: Statement, kind: SourceKind): boolean {
  return (
    kind === "seeks" &&
    !FIRST_PERSON.test(s.text.slice(c.start, r.start)) &&
    c.cues.some(
      (x) =>
        ((x.cue.kind === "counterpart" && !selfSubject(x, s)) ||
          (x.cue.kind === "role" && (x.cue.role === "partner" || x.cue.role === "supplier"))) &&
        x.end <= r.start &&
        x.start - c.start <= 32 &&
        // …the firms the statement opens with, not ones the firm wants to work with to take work in ("Mong muốn hợp
        // tác với các công ty Nhật để nhận phần việc offshore").
        !/(?:\bwith|\bfor|\bfrom|với|voi|cho|từ)\s+(?:các\s+|cac\s+|the\s+)?$/iu.test(
          s.text.slice(Math.max(0, x.start - 12), x.start),
        ) &&
        // …nor the firms it takes work from (日系企業からWebシステム開発を受注したい).
        !/^\s*(?:様)?(?:から|より)/u.test(s.text.slice(x.end, x.end + 4)) &&
        !/\bto\b|\bin order to\b|để|\bde\b|nhằm/iu.test(s.text.slice(x.end, r.start)),
    )
  );
}

/** A partner sought as well as the others ("協力会社も募集しています", "we are also looking for", "cũng tìm"). */
const ALSO_SOUGHT =
  /(?:協力会社|パートナー|企業|会社|ベンダー|事業者)(?:様)?も(?:募集|探して|求めて|歓迎)|\balso (?:looking for|seeking|welcome)|(?:cũng|cung) (?:tìm|tim|cần|can|muốn|muon)/iu;
/** After "cần": what a partner must have or be, not a need of theirs. */
/** Firms a statement opens with that are clients, not suppliers sought (startups, factories, hospitals). */
const CLIENT_SUBJECT =
  /^\s*(?:các |những |cac |nhung )?(?:startup|start-up|khách hàng|khach hang|doanh nghiệp|doanh nghiep|nhà máy|nha may|bệnh viện|benh vien|trường|truong)\b/iu;
const ASKED_AFTER_NEED =
  /^\s*(?:có|co|phải|phai|đạt|dat|biết|biet|nói|noi|đáp ứng|dap ung|khoảng|khoang|tối thiểu|toi thieu|ít nhất|it nhat|từ|tu|\d)(?![\p{L}])/iu;
/** Words for a firm's whole head count, of the clients a statement names (not a team it staffs). */
const CLIENT_HEADCOUNT =
  /nhân viên|nhan vien|công nhân|cong nhan|lao động|lao dong|従業員|社員|\b(?:employees|staff|workers|headcount)\b/iu;
/** A least age that is a wish: 希望します, "preferably", ưu tiên. */
const AGE_WISH = /希望|望まし|preferred|preferably|ideally|nice to have|a plus|ưu tiên|uu tien/iu;
/** Words for firms of a trade, sought by what they do with goods or make (importers, 輸入業者, nhà phân phối). */
const TRADE_FIRM_WORD =
  /\b(?:importers?|distributors?|wholesalers?|retailers?|supermarkets?|(?:supermarket|retail|drugstore) chains?|producers?|growers?|exporters?|manufacturers?|makers?)\b|輸入(?:業者|商社|代理店|会社)|販売代理店|代理店|販売店|卸(?:売)?(?:業者|会社)|小売(?:業者|チェーン)|スーパー|生産者|メーカー|商社|(?:nhà|nha) (?:nhập khẩu|nhap khau|phân phối|phan phoi|bán buôn|ban buon|bán lẻ|ban le|xuất khẩu|xuat khau)|(?:đại lý|dai ly)(?: phân phối| phan phoi)?|(?:chuỗi|chuoi) (?:siêu thị|sieu thi|bán lẻ|ban le)/giu;
/** Vietnamese words for firms after which their trade may come before their country ("Công ty logistics Nhật"). */
const FIRM_THEN_TRADE = /(?:công ty|cong ty|doanh nghiệp|doanh nghiep|hãng|nhà sản xuất|nha san xuat)/giu;
/** Words of a trade or goods between the firms and their country: "logistics", "thực phẩm, đồ uống, nông sản". */
const TRADE_BETWEEN =
  /^(?:\s*,?\s+(?!(?:có|co|cần|can|muốn|muon|cho|của|cua|với|voi|và|va|khách|khach|tại|tai|từ|tu|ở|o)(?![\p{L}]))[\p{L}&/.-]+){1,6}?\s+(nhật bản|nhat ban|nhật|nhat|việt nam|viet nam)(?![\p{L}])/iu;
/**
 * The country named after a Vietnamese word for firms and their trade, the goods maybe listed over several clauses
 * up to the sentence's end ("Công ty logistics Nhật", "Nhà sản xuất thực phẩm, đồ uống, nông sản Nhật Bản"). Not
 * after importers or distributors: "nhà nhập khẩu thực phẩm Nhật Bản" imports Japanese food.
 */
function tradeCountryAfter(text: string, c: { start: number; end: number }): string[] {
  const sentence = text.slice(c.start, c.start + 100).split(/[.。!?！？\n]/u)[0]!;
  const out: string[] = [];
  for (const m of text.slice(c.start, c.end).matchAll(FIRM_THEN_TRADE)) {
    const country = TRADE_BETWEEN.exec(sentence.slice(m.index + m[0].length));
    if (country) push(out, /^nh/iu.test(country[1]!) ? "JP" : "VN");
  }
  return out;
}

/**
 * A Vietnamese statement opening with a word for firms and then their trade, up to what they have ("Công ty
 * logistics Nhật có kho", "Đơn vị gán nhãn … có bác sĩ", "Công ty phái cử có giấy phép"); not firms named by their
 * country, size or tie alone (Doanh nghiệp Nhật, FDI, vừa và nhỏ, công ty mẹ/con), which are clients.
 */
const SOUGHT_TRADE_OPENING =
  /^[\s\-•・*]*(?:(?:các|những|cac|nhung)\s+)?(?:công ty|cong ty|đơn vị|don vi|doanh nghiệp|doanh nghiep|hãng)\s+(?!(?:nhật|nhat|việt|viet|hàn|han|trung|đài|dai|mỹ|my|nước ngoài|nuoc ngoai|fdi|vừa|vua|nhỏ|nho|lớn|lon|mẹ|me|con|tư nhân|tu nhan|nhà nước|nha nuoc)(?![\p{L}]))[^,;:()（）]{1,40}?\s(?:có|co|đã có|da co|sở hữu|so huu)\s/iu;
/** Goods of a country: "của Nhật Bản" right after what is sought, "made in Japan", 日本製, "Japanese-made". */
const MADE_IN =
  /(?:^|[^\p{L}])(?:của|cua|xuất xứ|xuat xu|sản xuất tại|san xuat tai)\s+(?:(?:các |cac )?(?:hãng|hang|công ty|cong ty)\s+)?(nhật bản|nhật|nhat ban|nhat|việt nam|viet nam)(?![\p{L}])|\bmade in (japan|vietnam|viet nam)\b|\b(japanese|vietnamese)[\s-]made\b|(日本|ベトナム)製/giu;
/** "của Nhật" names the goods' country only right after goods: a system, a device, software, a machine. */
const GOODS =
  /(?:^|\s)(?:hệ thống|he thong|thiết bị|thiet bi|phần mềm|phan mem|máy|may|sản phẩm|san pham|giải pháp|giai phap|công nghệ|cong nghe|ống soi|ong soi|robot)$/iu;
const goodsBefore = (before: string): boolean => {
  // The words before "của", back to the goods' noun: at most six, none a standard, a way, a market or a firm.
  // (Statements are read lower-cased: an acronym is known by the concept it names, above.)
  const words = before.trim().split(/\s+/u).slice(-7);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const two = words.slice(Math.max(0, i - 1), i + 1).join(" ");
    if (/[,;:()（）]$/u.test(w) || NOT_GOODS.test(w) || NOT_GOODS.test(two)) return false;
    if (GOODS.test(two)) return true;
  }
  return false;
};
/** The words between a thing sought and "của": at most six, none a standard, a way, a market or a firm. */
const fewWordsBetween = (between: string): boolean => {
  const words = between.trim().split(/\s+/u).filter(Boolean);
  return (
    words.length <= 6 &&
    words.every(
      (w, i) => !/[,;:()（）]$/u.test(w) && !NOT_GOODS.test(w) && !NOT_GOODS.test(`${words[i - 1] ?? ""} ${w}`.trim()),
    )
  );
};
const NOT_GOODS =
  /^(?:tiêu chuẩn|tieu chuan|chuẩn|chuan|quy trình|quy trinh|văn hóa|văn hoá|van hoa|thị trường|thi truong|nhà máy|nha may|khách hàng|khach hang|doanh nghiệp|doanh nghiep|đối tác|doi tac|người|nguoi|kỹ sư|ky su|phong cách|phong cach|cách|cach|chất lượng|chat luong)$/iu;
/**
 * Goods serviced or integrated, or an importer sought for them: the partner is who services or buys them, wherever
 * they were made (a distributor seeking goods to sell still seeks them from their country).
 */
const GOODS_HANDLED =
  /bảo trì|bao tri|bảo dưỡng|bao duong|sửa chữa|sua chua|tích hợp|tich hop|đối tác nhập khẩu|doi tac nhap khau|nhà nhập khẩu|nha nhap khau|保守|メンテナンス|修理|輸入業者|輸入代理店|\b(?:maintain|maintenance|repair|servic(?:e|ing)|integrat(?:e|ion|ing)|importers?)\b/iu;
/** Engineers resident somewhere, words of presence (lexicon.ts PRESENCE)… */
const RESIDENT = /thường trú|thuong tru|resident|residing|stationed|engineers based in/iu;
/** …for a while: a number of months, a phase, the go-live. */
const FOR_A_WHILE =
  /(?:ít nhất|it nhat|trong|at least|for)\s+\d+\s*(?:tháng|thang|months?)|\d+\s*(?:ヶ月|か月|カ月)(?:間)?(?:の|常駐)|giai đoạn (?:go[\s-]?live|triển khai|trien khai|chuyển đổi|chuyen doi)|giai doan (?:go[\s-]?live|trien khai|chuyen doi)|go[\s-]?live|thời gian triển khai|thoi gian trien khai|during (?:the )?(?:roll[\s-]?out|implementation|deployment|go[\s-]?live)/iu;
/** Engineers stationed at the firm's own plant or site ("thường trú tại nhà máy của chúng tôi", "at our plant"). */
const RESIDENT_AT_OURS =
  /(?:nhà máy|nha may|công trường|cong truong|văn phòng|van phong|bệnh viện|benh vien)\s+(?:của\s+)?(?:chúng tôi|chung toi)|\bat our (?:plant|site|factory|premises|office|hospital)s?\b|当社(?:の)?(?:工場|拠点|事業所|現場)|弊社(?:の)?(?:工場|拠点|事業所|現場)/iu;
/** A holding company or a parent, words of presence (lexicon.ts HOLDING_WORDS). */
const HOLDING = new RegExp(HOLDING_WORDS.join("|"), "iu");
/** …named as the firm's or its clients' to deal with, or as one set up for clients (see holdingOnly). */
const HOLDING_ASIDE =
  /\b(?:our|with|their|clients?'|customers?'|set up|setting up|establish|establishing|incorporate)\b|当社|弊社|自社|との|顧客|お客様|設立|chúng tôi|chung toi|với|voi|của khách hàng|cua khach hang|thành lập|thanh lap/iu;
/**
 * After work named: the firm does it itself and wants no one for it ("自動テストは社内で実施済みです"), not where it
 * does not ("…は社内で対応していないため") or cannot keep up ("…は社内で行っていますが、人手が足りず").
 */
function doneInHouse(after: string): boolean {
  const said = IN_HOUSE_AFTER.exec(after);
  if (!said) return false;
  const rest = after.slice(said.index + said[0].length);
  return !/^(?:い)?(?:ない|ません|おりません|おらず|な[くい])|^[^。.]{0,8}?(?:が|けど|けれど|nhưng|nhung|but|không kịp|khong kip|thiếu|thieu)/iu.test(
    rest,
  );
}

/** After work named: the firm does it itself ("は社内で実施済みです", "is done in-house", "đã tự làm nội bộ"). */
const IN_HOUSE_AFTER =
  /^[^。、,.]{0,12}?(?:は|も)(?:既に|すでに)?(?:社内|自社|内製)(?:で)?(?:実施済|対応済|開発済|構築済|作成済|実施して|対応して|開発して|行って|やって|内製)|^[^。、,.]{0,12}?(?:は|も)(?:こちら|当社|弊社)で(?:用意|準備|提供)|^\s*(?:is|are)\s+(?:already\s+)?(?:done|handled|covered|run)\s+in[- ]house|^\s*(?:đã\s+)?(?:tự làm|làm nội bộ|do đội nội bộ)/iu;

/** OCR whose results a person checks or corrects, beside data entry (see where it is read): not OCR technology. */
const OCR_CHECKED_BEFORE =
  /(?:(?:kiểm tra|kiem tra|đối chiếu|doi chieu|hiệu chỉnh|hieu chinh|soát|soat)\s+(?:lại\s+|lai\s+)?(?:kết quả|ket qua)|(?:check(?:ing)?|verif(?:y|ying|ication)|correct(?:ing|ion))\s+(?:of\s+)?(?:the\s+)?)\s*$/iu;
const OCR_CHECKED_AFTER =
  /^\s*(?:(?:の)?(?:読み?取り)?結果の?(?:確認|修正|チェック|目視|補正)|(?:results?|outputs?)(?:\s+(?:check|checking|verification|correction))?\b)/iu;
/** Words before Bluetooth that make it a link to a device ("kết nối thiết bị qua BLE", "connect … via Bluetooth"). */
const LINK_BEFORE = /(?:(?:kết nối|ket noi|connect(?:s|ing|ed)?)\b[^,.;、。]{0,25}|(?:qua|via|over|using))\s*$/iu;
/** An investor's clause names whom it invests in (start-ups, companies, a stage, a ticket), not its own staff. */
const INVESTEES =
  /start-?ups?|スタートアップ|ベンチャー|series|シリーズ|seed|シード|pre-?a|companies|company|企業|doanh nghiệp|doanh nghiep|công ty|cong ty|ticket|portfolio|fund|ファンド|quỹ|quy đầu tư/iu;

/**
 * A trade denied with a verb of doing, making or selling before it ("không bán phần mềm OCR", "khong lam phan mem
 * MES"; the phrase itself may start with the verb: "không phát triển phần mềm").
 */
const VI_DOES_NOT_BEFORE =
  /(?:^|[^\p{L}])(?:không|khong|chưa|chua)\s+(?:(?:phát triển|phat trien|bán|ban|sản xuất|san xuat|làm|lam|cung cấp|cung cap|kinh doanh|thiết kế|thiet ke)(?!\s+(?:lại|lai)\b)\s+(?:\S+\s+){0,4}?\s*\S*|(?:phát triển|phat trien|sản xuất|san xuat|thiết kế|thiet ke)\S*)$/iu;
/** …and in Japanese, after it: "OCRソフトの販売はしていません", "ゲーム開発はしていません", "開発は行っておりません". */
const JA_DOES_NOT_AFTER =
  /^(?:(?!扱)[^。、,]){0,6}?(?:の)?(?:販売|開発|製造|提供)?(?:は|も)?(?:して|行って|やって|手がけて|手掛けて)(?:い|お)?(?:ません|りません)/u;

/** A sentence of refusals said bare: "No hardware, no gaming", "no crypto", "Không đầu tư game". */
const BARE_REFUSALS =
  /^[\s\-•・*]*no\s+(?!longer\b|more\b|minimum\b|need\b|later\b|less\b|than\b|one\b|problem)|^[\s\-•・*]*(?:không|khong)\s+(?:đầu tư|dau tu)(?![\p{L}])/iu;
/**
 * The firm's own entity or parent, named in what it looks for ("Gọi vốn Series A qua công ty mẹ Singapore", "into our
 * Singapore entity", 当社のシンガポール持株会社): a place it is in, where an investor may ask a holding company.
 */
const OWN_ENTITY =
  /\b(?:through|via|into)\s+our\s+(?:\p{L}+\s+)?(?:holding company|holdco|parent company|parent|entity)\b|(?:qua|thông qua|thong qua)\s+(?:công ty mẹ|cong ty me|pháp nhân|phap nhan)\s+(?!của|cua)(?:tại\s+|tai\s+|ở\s+|o\s+)?\p{L}|(?:当社|弊社)の[^\s。、の]{0,6}(?:持株会社|親会社)/u;
/** An entity still to be set up ("We plan to set up our Singapore holdco", 設立予定): not yet a place the firm is in. */
const ENTITY_TO_BE =
  /\b(?:plan|plans|planning|future|set up|setting up|establish|establishing|will)\b|thành lập|thanh lap|dự kiến|du kien|sẽ|予定|設立/iu;
/**
 * "nhà đầu tư có kinh nghiệm logistics", "chấp nhận nhà đầu tư có ghế quan sát HĐQT": in what-we-look-for, an investor
 * or a distributor named first, with what it has, is the partner sought (its "có" is no offer of the firm's).
 */
const SOUGHT_PARTNER_HAS =
  /(?:^|[;；]\s*)[\s\-•・*]*(?:(?:chấp nhận|chap nhan|chào đón|chao don|hoan nghênh|hoan nghenh|ưu tiên|uu tien)\s+)?(?:(?:các|những|cac|nhung)\s+)?(?:nhà đầu tư|nha dau tu|nhà phân phối|nha phan phoi|đại lý|dai ly)\s+(?:[^,;:()（）]{1,30}?\s)?(?:có|co|đã có|da co)\s(?!\s*(?:trụ sở|tru so|vốn|von|danh mục|danh muc|quy mô|quy mo))/iu;
/** "Công ty" opening a statement and followed by a verb, or by "chúng tôi": the firm itself. */
const SELF_OPENING =
  /^\s*(?:công ty|cong ty|doanh nghiệp|doanh nghiep)\s+(?:chúng tôi|chung toi|mình|minh|đang|dang|cần|can|muốn|muon|tìm|tim|có|co|sẽ|se|chuyên|chuyen|là|la|hiện|hien|đã|da|chưa|chua|không|khong|mẹ|me|con|đăng ký|dang ky|đặt|dat|được|duoc|thành lập|thanh lap|hoạt động|hoat dong|cung cấp|cung cap|tập trung|tap trung|mong|hướng|huong|nhận|nhan|làm|lam)(?![\p{L}])/iu;
/** Wanting, said of a subject ("muốn tìm", "cần"), not a noun ("dự báo nhu cầu"). */
const SUBJECT_WANTS =
  /^(?:muốn|muon|cần|can|đang cần|dang can|tìm|tim|muốn tìm|muon tim|đang tìm|dang tim|có nhu cầu|co nhu cau)$/iu;
/** Words for a kind of firm that a trade's name also covers (SIer: system integration; a publisher: publishing). */
const FIRM_KIND =
  /^(?:siers?|system integrators?|systems integrators?|integrators?|nhà tích hợp(?: hệ thống)?|nha tich hop|nhà phát hành(?: game)?|nha phat hanh|(?:game )?publishers?|msps?|パブリッシャー|sier)$/iu;
/**
 * A list's joint (a space, where 日本のSIer・エンドユーザー企業 is read), at most two words, and clients: the next item
 * of a list of clients ("and enterprise customers").
 */
const KIND_AND_CLIENTS =
  /^(?:s|様)?\s*(?:(?:and|or|&|,|\/|・|、|や|と|および|及び|và|va|hoặc|hoac)\s*)?(?:[\p{Script=Latin}\p{M}-]+\s+){0,2}?(?:customers?|clients?|user companies|enterprises|end[- ]?users?|エンドユーザー|ユーザー企業|事業会社|顧客|khách hàng|khach hang|doanh nghiệp|doanh nghiep)/iu;
/**
 * Work from others to the firm: firms or clients (not the firm itself, 弊社からの; not a date, 4月からの), からの, the
 * work, a word for a job, and no partner sought for it after (not a migration from a system: "ECCからの移行案件",
 * "オンプレからのAWS移行案件").
 */
const WORK_FROM_OTHERS =
  /(?<!弊社|当社|自社)(?:企業|会社|メーカー|sier|お客様|顧客|事業会社|ユーザー|元請け?|tier\s?1|自治体|病院|金融機関|製造業)(?:様|さま)?からの(?![^。、]{0,30}?(?:移行|移管|切り?替え|置き?換え|置換|乗り?換え|リプレース|マイグレーション|再構築|引き?継ぎ))([^。、]{0,30}?)(?:案件|ご依頼|依頼|ご相談|お仕事|仕事|受注|プロジェクト|オーダー|発注|契約)(?![^。]{0,30}?(?:パートナー|協力会社|委託|外注|会社|企業|事業者|ベンダー|先|方))(?![^。、（(]{0,12}?(?:エンジニア|人材|技術者|要員|システム|仕組み|データ化|受け付け|受付))/u;
/** Firms sought as clients, said of them ("as consulting clients", "làm khách hàng", 顧客として); not "not as clients". */
const AS_CLIENTS =
  /(?<!\b(?:not|such|well)\s)\bas\s+(?:our\s+|(?:consulting|potential|new|direct|long-term|end)\s+)?(?:clients|customers)\b(?!\s+(?:now\s+|already\s+)?(?:are|is|were|demand|want|ask|require|need|expect|have|say|prefer|keep)\b)|(?:làm|lam)\s+(?:khách hàng|khach hang)(?!\s+(?:hài lòng|hai long|vui|thích|thich|hạnh phúc|hanh phuc))|(?<!弊社|当社|自社)(?:は|を)?顧客として(?!発注)/iu;
/** …not where partners, vendors or the firm itself are named with them ("partners that have banks as clients"). */
const NOT_AS_CLIENTS =
  /\b(?:partners?|vendors?|subcontractors?|consultants?|referrals?|integrators?)\b|đối tác|doi tac|đơn vị|don vi|nhà cung cấp|nha cung cap|パートナー|開発会社|委託先|協力会社|弊社|当社|自社|わが社|我が社|依頼できる|任せられる|お願いできる/iu;
/** …unless a partner for the work is named ("Enterprises for AWS migration partners"). */
const PARTNER_SOUGHT_AFTER =
  /\b(?:partners?|partnerships?|vendors?|subcontractors?|suppliers?|outsourcers?|consultants?|agents?|resellers?|investors?|siers?|firms?|teams?|engineers?|developers?)\b/iu;
/**
 * Japanese buyers opening a statement, and what is for them up to the clause's end ("Japanese enterprises for long-term
 * ODC"): a firm that names Japanese buyers this way sells to them (the reader does not know the firm's own country, so
 * "Vietnamese enterprises for ODC", a buyer's want, is left as read).
 */
const BUYERS_FOR =
  /^\s*(?:japanese|japan-based|japan)\s+(?:[\p{L}-]+\s+)?(?:enterprises|smes|end[- ]users|end-user companies|user companies|corporations|enterprise (?:customers|clients))\s+(?:for|needing|that need|who need)\b[^;:.]*/iu;
/** "for", "cho", "dành cho" and at most two words (Japanese, a place) before the firms named. */
const FOR_FIRMS_BEFORE = /(?:\bfor|\bcho|dành cho|danh cho)\s+(?:\S+\s+){0,2}$/u;
/** Vietnamese words for firms, or what they sell, opening a statement as its subject. */
const VI_SUBJECT =
  /^\s*(?:(?:đang |dang |muốn |muon )?(?:tìm kiếm|tim kiem|tìm|tim) )?(?:các |những |cac |nhung )?(?:sier|siers|công ty|cong ty|doanh nghiệp|doanh nghiep|phần mềm|phan mem|sản phẩm|san pham|giải pháp|giai phap|thương hiệu|thuong hieu|hãng|hang|nhà sản xuất|nha san xuat|startup|shop|agency|studio|khách hàng|khach hang|tập đoàn|tap doan|nhà máy|nha may|trường|truong|bệnh viện|benh vien)[\s,]/iu;
const THEIR_NEED_BEFORE =
  /\s(?:có nhu cầu|co nhu cau|đang cần|dang can|cần|can|muốn|muon|need(?: to)?|want(?: to)?|plan(?:ning)? to)\s*$/u;

/**
 * Whether a stretch of a sentence holds a stop (a full stop or a semicolon), not the dot of a name: "TP.HCM",
 * "TP. HCM" (Ho Chi Minh City), "Co., Ltd.".
 */
const stops = (text: string): boolean =>
  /[;；]|\.(?![\p{L}\p{N}])/u.test(
    text.replace(/\b(?:tp|t\.p)\.\s?(?=hcm|hồ chí minh|ho chi minh)|\b(?:co|ltd|inc|corp|jsc)\.(?=\s|,|$)/giu, " "),
  );

/** Between work taken and the partner after it: the partner can take it ("受託できる", "受けられる", "対応可能な"). */
const JA_CAN_TAKE = /^(?:い|け|して)?(?:できる|可能な|頂ける|いただける|てくれる|してくれる|られる|れる)(?:ような)?$/u;

/** The firm speaking of itself in Vietnamese, beside "chúng tôi": "bên mình", "mình", "tôi", "em". */
const VI_SELF = /(?:^|[\s,])(?:bên mình|ben minh|chúng mình|chung minh|mình|tôi|em)(?![\p{L}])/iu;

/** A need said of the firms named just before it: "…cần", "…có nhu cầu", "…that need", "…needing". */
const THEIR_NEED_CUE = /^(?:cần|can|đang cần|dang can|có nhu cầu|co nhu cau|needing|needs?|want(?:s|ing)?)$/iu;

/**
 * "Tìm công ty BPO hoặc công ty AI, dữ liệu AI của Nhật, Hàn cần thầu phụ nhập liệu", "Looking for BPO firms, AI
 * data companies in Japan that need labelling subcontractors": the firms looked for, listed over commas, then
 * their need. Cut at the commas, the first piece read as a need of the firm's own (BPO), and two vendors of the
 * same service looked like each other's answer. One clause, marked firmList: the need is the firms' (isTheirs),
 * the firm offers it. Not "Tìm công ty kiểm thử, cần khoảng 10 tester" (what the firm asks of them), nor a need
 * of the firm's own after the comma ("…, we need…").
 */
function firmsListedThenTheirNeed(s: Statement, clauses: Clause[]) {
  const mood = (x: CueAt) =>
    ["seek", "offer", "negation", "requirement", "weakRequirement"].includes(x.cue.kind) ||
    (x.cue.kind === "role" && (x.cue.role === "givesWork" || x.cue.role === "takesWork"));
  for (let i = clauses.length - 2; i >= 0; i--) {
    const c = clauses[i]!;
    const next = clauses[i + 1]!;
    if (!/^\s*[,，]/u.test(s.text.slice(c.end, next.start + 1))) continue;
    const moods = c.cues.filter(mood);
    const opening = moods[moods.length - 1];
    // (…or the statement opens with the firms, no verb before them: "Công ty AI, xe tự lái Nhật Bản cần gán nhãn".)
    const firmsOpen =
      !opening &&
      i === 0 &&
      c.cues.some(
        (x) =>
          x.cue.kind === "counterpart" &&
          FIRM_WORD.test(x.phrase) &&
          // (…"Công ty AI, xe tự lái Nhật Bản": firms of another country, not the firm itself)
          (!selfSubject(x, s) || FOREIGN_FIRMS.test(s.text.slice(c.start, Math.min(s.text.length, next.start + 40)))) &&
          /^[\s•*・\-–—]*$/u.test(s.text.slice(c.start, x.start)),
      );
    if (!firmsOpen && (!opening || opening.cue.kind !== "seek")) continue;
    if (
      !firmsOpen &&
      !c.cues.some((x) => x.cue.kind === "counterpart" && x.start >= (opening?.end ?? 0) && !selfSubject(x, s))
    )
      continue;
    const need = next.cues.find(mood);
    if (!need || need.cue.kind !== "seek" || !THEIR_NEED_CUE.test(need.phrase)) continue;
    const before = s.text.slice(next.start, need.start);
    if (before.length > 60 || FIRST_PERSON.test(before) || VI_SELF.test(before) || stops(before)) continue;
    // The piece after the comma goes on naming the firms (another firm word, or where they are: "công ty AI của
    // Nhật", "AI data companies in Japan"); a need right after the comma ("Tìm công ty dịch thuật, cần dịch tài
    // liệu") is the firm's own, its subject left out.
    const placeAt = (x: CueAt) => x.cue.kind === "place" || x.cue.kind === "nationality" || x.cue.kind === "region";
    // …or one more place after the firms' ("…của Nhật, Hàn cần…").
    const morePlaces =
      (c.cues.some((x) => placeAt(x) && c.end - x.end <= 1) ||
        /(?:của|cua|tại|tai|ở|from|in)\s+[\p{L}.]+(?:\s+[\p{L}.]+)?\s*$/iu.test(s.text.slice(c.start, c.end))) &&
      /^\S.{0,11}$/u.test(before.replace(/[,，]/gu, "").trim());
    if (
      !morePlaces &&
      !next.cues.some(
        (x) =>
          x.end <= need.start &&
          ((x.cue.kind === "counterpart" && FIRM_WORD.test(x.phrase) && !selfSubject(x, s)) || placeAt(x)),
      )
    )
      continue;
    // English says whose need it is: "…that need", "…needing".
    if (/^(?:needs?|wants?|wanting)$/iu.test(need.phrase) && !RELATIVE_BEFORE.test(before)) continue;
    const asked = s.text.slice(need.end, need.end + 16);
    if (ASKED_AFTER_NEED.test(asked) || /^\s*(?:gấp|gap|thêm|them)(?![\p{L}])/iu.test(asked)) continue;
    c.end = next.end;
    c.cues = [...c.cues, ...next.cues];
    c.firmList = true;
    clauses.splice(i + 1, 1);
  }
}

/** A country after firms of a trade, naming them as that country's ("… xe tự lái Nhật Bản"). */
const FOREIGN_FIRMS =
  /nhật bản|nhat ban|hàn quốc|han quoc|singapore|đài loan|dai loan|châu âu|chau au|(?<![\p{L}])mỹ(?![\p{L}])/iu;
/** Where the sentence holding `at` starts (after the last full stop before it). */
const sentenceStart = (text: string, at: number) => {
  const stop = Math.max(text.lastIndexOf(".", at - 1), text.lastIndexOf("。", at - 1), text.lastIndexOf(";", at - 1));
  return stop + 1;
};
/** The firm speaking of itself. */
const FIRST_PERSON = /\b(?:we|our)\b|chúng tôi|chung toi|công ty chúng tôi|当社|弊社|私たち|わたしたち/u;
/** A negation of doing, not of needing: "do not do", "không làm", 行っておりません. */
const DOES_NOT =
  /^(?:(?:do not|don't|does not|doesn't)\s+(?:do|provide|offer|handle|build|sell|work on|implement|develop|maintain|take on)\b|(?:không|khong)\s+(?:làm|lam|cung cấp|cung cap|thực hiện|thuc hien|nhận|nhan|bán lại|ban lai|phân phối|phan phoi)\b|行って(?:おり|い)ません|対応して(?:おり|い)ません)/u;

/** The firm's own act, said humbly (限らせていただきます, 対応させていただきます, ご提案させていただいております). */
const HUMBLE_OWN_ACT =
  /(?<!依頼さ|任さ|任せさ|願いさ|委託さ|発注さ|外注さ|相談さ)せていただ(?:きます|いております|いています)/u;
/** Counterparts named by what they plan or consider: clients (採用予定がある企業様, ご検討中の企業様). */
const CLIENT_PLANS = /予定がある|予定の|ご検討|お考え|お困り|をご希望の/u;
/** A service as the topic that opens a clause (人材紹介は、…). */
const OWN_TOPIC = /^[\s・]*[^、。はがを]{2,12}は、/u;
/** The firm saying what it does in Vietnamese ("chúng tôi chỉ làm …", "chúng tôi chuyên nhận …"). */
const WE_DO =
  /^[\s:;,.\-–—•*]*(?:chúng tôi|chung toi|công ty chúng tôi|cong ty chung toi)\s+(?:(?:chỉ|chi|chuyên|chuyen|đang|dang|hiện|hien)\s+)*(?:làm|lam|nhận|nhan|cung cấp|cung cap)\s+(?!việc với|viec voi|việc cùng|viec cung)/u;
/** A relative pronoun right before a need ("… that need", "… who are looking for", "… mà đang cần"). */
const RELATIVE_BEFORE = /(?:^|\s)(?:that|who|which|mà)\s+(?:\S+\s+)?$/u;

/** The clause names the partner it speaks of (a supplier, a consortium member, "partner", "đối tác"). */
function aboutPartner(c: Clause): boolean {
  return c.cues.some(
    (x) =>
      x.cue.kind === "role" && ["supplier", "partner", "capacity", "givesWork", "distributor"].includes(x.cue.role),
  );
}

/**
 * A requirement of partners: a strong word ("must", 必須, "bắt buộc") outside what the firm says it offers, or
 * any such word in what it looks for or next to the partner it names. Elsewhere the words describe the firm
 * itself ("English only", "đủ điều kiện dự thầu").
 */
function requires(c: Clause, kind: SourceKind): boolean {
  if (kind === "offers") return has(c, "requirement") && aboutPartner(c);
  if (kind === "seeks" || aboutPartner(c)) return has(c, "requirement") || has(c, "weakRequirement");
  return has(c, "requirement");
}

/** "có thể" (can), read as the offer cue "có" followed by "thể". */
/** Verbs whose negation states a firm's problem (it cannot keep up, is short), not a refusal. */
const PROBLEM_VERBS = new Set(["回る", "足りる", "足る", "追いつく", "間に合う", "さばく", "捌く", "見える"]);
const KNOW = new Set(["分かる", "わかる", "判る"]);
/** What may stand between a problem verb and its negation: ます, いる, おる, て. */
const AUXILIARY_BEFORE_NEGATION = new Set(["ます", "いる", "おる", "て", "で"]);
/**
 * The negation at words[i] states a problem: a problem verb, or not knowing how or where ("やり方がわからない",
 * "どこにあるか分からない"), but not a language not understood ("日本語が分からない").
 */
function problemSaid(words: { base?: string; exact: string }[], i: number): boolean {
  const verb = words[i - 1]?.base ?? "";
  if (PROBLEM_VERBS.has(verb)) return true;
  // …said politely or going on: 要員が足りません (ませ・ん), 足りていません (て・い・ませ・ん), 足りておらず.
  let j = i - 1;
  while (j > 0 && AUXILIARY_BEFORE_NEGATION.has(words[j]?.base ?? "")) j--;
  if (j < i - 1 && PROBLEM_VERBS.has(words[j]?.base ?? "")) return true;
  if (!KNOW.has(verb)) return false;
  const before = words
    .slice(Math.max(0, i - 4), i - 1)
    .map((w) => w.exact)
    .join("");
  return /(?:方|方法)が?$|か$/u.test(before);
}
const canDo = (x: CueAt, text: string) =>
  /^(?:có|co)$/u.test(x.phrase) && /^\s+(?:thể|the)(?![\p{L}])/u.test(text.slice(x.end, x.end + 6));

/**
 * A word of giving work out that is part of a name, not work the firm gives out: "phiếu đặt hàng" (an order slip, a
 * document: "AI-OCR cho phiếu đặt hàng"), "kế toán thuê ngoài" after its trade (outsourced accounting, the service:
 * "Kế toán thuê ngoài cho doanh nghiệp FDI"; "Cần thuê ngoài kế toán", "Muốn kế toán thuê ngoài" still give it out).
 * Both the roles a clause names and its mood (mood()) leave it out.
 */
/** Words of asking anywhere in a sentence (ALREADY_HAVE reads nothing there). */
const ASKS_IN_SENTENCE =
  /\b(?:need|needs|want|wants|looking for|seek|seeking|require|requires|replace|replacing them with)\b|必要|探して|希望|募集|したい|cần|can tim|tìm|muốn|muon/iu;
/** The firm saying it already uses or has something (ALREADY_HAVE in clause()). */
const ALREADY_HAVE =
  /\b(?:we|our (?:\w+ ){0,2}(?:team|hotels?|company|group|stores?|properties))\s+already\s+(?:use|uses|have|has|run|runs|operate|operates|own|owns|work with)\b|(?:既に|すでに)[^。]{0,30}(?:を|が)(?:使って|利用して|導入して|導入済み|運用して)|(?:chúng tôi|chung toi|công ty|cong ty)\s+(?:đã có|da co)\s+(?:hệ thống|he thong|phần mềm|phan mem)(?![\p{L}])/iu;
/**
 * …in a sentence that says nothing is wrong with it or about to change: a problem, a contrast, a plan, experience or
 * open positions ("…but quality has been an issue", 老朽化のため刷新を検討, "đang dùng Odoo nhưng gặp nhiều lỗi",
 * "already have experience with AWS") make the thing in use a need or a skill, not something the firm is done with.
 */
/** …where a change is denied ("are not replacing them", 変更の予定はありません): settled, whatever verb it names. */
const SETTLED =
  /\b(?:not|no plans? to|won't|will not)\s+(?:be\s+)?(?:replac\w*|chang\w*|upgrad\w*|migrat\w*|looking)\b|(?:変更|入れ替え|刷新|移行)の予定は(?:ありません|ない)|(?:không|khong)\s+(?:thay|có kế hoạch|co ke hoach)/giu;
const NOT_SETTLED =
  /\b(?:but|however|issues?|problems?|old|legacy|outdated|replac\w*|upgrad\w*|migrat\w*|scale|next|plan\w*|experience|positions?|openings?|looking|need\w*|want\w*)\b|課題|問題|老朽|刷新|リプレイス|置き換|移行|検討|が、|けど|けれど|しかし|不満|経験|困って|nhưng|nhung|lỗi|loi|vấn đề|van de|cũ|chuyển đổi|chuyen doi|kinh nghiệm|kinh nghiem|dự kiến|du kien|nâng cấp|nang cap/iu;
/** Staff a firm says it has enough of (要員は足りています, 人員は充足しております). */
const ENOUGH_STAFF =
  /(?:要員|人員|人手|リソース|メンバー|エンジニア|体制)(?:は|も|が)?(?:十分に?)?(?:足りて|充足して|間に合って)(?:います|おります|いる)/u;
/** A bare PMS, front system or channel manager is the hotel trade only beside a hotel word. */
const HOTEL_AMBIGUOUS = /^(?:pms|property management system|フロントシステム|channel managers?|channel management)$/iu;
const HOTEL_CONTEXT =
  /hotels?|ryokan|resorts?|hostels?|旅館|ホテル|宿泊|客室|宿|khách sạn|khach san|\bota\b|\brooms?\b|\bguests?\b|hospitality|lodging|booking|予約サイト|予約エンジン|サイトコントローラ|チェックイン|check-in/iu;
/** After customers in a Japanese need: their inquiries, questions, bookings, voices (お客様の問い合わせ). */
const OWN_CUSTOMERS_THINGS =
  /^\s*(?:様)?(?:の|からの)\s*(?:お?問い?合わせ|ご?質問|ご?予約|声|ご?要望|個人情報|チェックイン)/u;
/** A language just before a product's screens ("Japanese UI", 日本語の画面, "(English/Japanese) UI"). */
const UI_LANGUAGE_BEFORE =
  /(?:\b(?:japanese|vietnamese|english|korean|chinese|thai|multilingual|multi-language|localized|localised)|日本語|英語|ベトナム語|多言語)(?:\s*(?:\/|and|or|&|,|・)\s*(?:japanese|vietnamese|english|korean|chinese|日本語|英語|ベトナム語))*\s*(?:の)?\s*$/iu;
/** Before "đặt hàng": orders taken in ("nhận đặt hàng"). ("theo đơn đặt hàng", made to order, reads the training
 * of BrSE as BrSE: AH -0.008, AB -0.008.) */
const ORDER_TAKEN_BEFORE = /(?:nhận|nhan)\s+(?:(?:đơn|don)\s+)?$/iu;
/** After 発注 or 委託: "can be ordered" qualifying a service, not a firm or partner to order from. */
const ORDERABLE_SERVICE =
  /^(?:が|を)?(?:でき|いただけ|頂け)る(?!(?:[^、。]{0,6})(?:会社|企業|パートナー|先|ベンダー|事業者|チーム|方))/u;
const workGivingInName = (x: CueAt, c: Clause, s: Statement, kind: SourceKind): boolean => {
  if (x.cue.kind !== "role" || x.cue.role !== "givesWork") return false;
  // "日本語で発注できるオフショア開発" in what a firm offers: its service, which clients can order ("発注できる開発会社"
  // is still a firm to order from).
  if (
    kind === "offers" &&
    /^(?:発注|委託)$/u.test(x.phrase) &&
    ORDERABLE_SERVICE.test(s.text.slice(x.end, x.end + 14)) &&
    // (…not work the firm has to give out: "ベトナムの開発会社に委託できるJava開発・テスト業務", 発注できる案件.)
    !/(?:に|へ)$/u.test(s.text.slice(Math.max(0, x.start - 1), x.start)) &&
    !/^(?:が|を)?(?:でき|いただけ|頂け)る[^、。]{0,16}?(?:案件|業務|作業|仕事)/u.test(s.text.slice(x.end, x.end + 24))
  )
    return true;
  if (/(?:phiếu|phieu)\s+$/iu.test(s.text.slice(Math.max(0, x.start - 8), x.start))) return true;
  // "đơn đặt hàng FAX, hóa đơn" in a list of papers keyed: order forms (after "theo", made to order: see above).
  if (/(?:^|[,;(]\s*)(?:đơn|don)\s+$/iu.test(s.text.slice(Math.max(0, x.start - 8), x.start))) return true;
  // "Nhận đặt hàng gia công cơ khí": orders taken in.
  if (
    /^(?:đặt hàng|dat hang)$/iu.test(x.phrase) &&
    ORDER_TAKEN_BEFORE.test(s.text.slice(Math.max(0, x.start - 12), x.start))
  )
    return true;
  const before = s.text.slice(c.start, x.start);
  return (
    /^(?:thuê ngoài|thue ngoai)$/iu.test(x.phrase) &&
    /\p{L}\s+$/u.test(before) &&
    !/(?:cần|\bcan\b|muốn|muon|tìm|\btim\b|sẽ|\bse\b|đang|dang|để|\bde\b|nhu cầu|nhu cau)\s+(?:\S+\s+){0,3}$/iu.test(
      before,
    )
  );
};
/** In what a firm offers, a seek verb that is the help it gives ("Portfolio support: hiring, go-to-market", "help
 * with hiring"): a service, not its own search. */
const helpWith = (x: CueAt, s: Statement, kind: SourceKind): boolean =>
  kind === "offers" &&
  /(?:\bhelp(?:s|ing)?\s+(?:with\s+)?|\bsupport(?:s|ing)?\s*(?:with|for|in|:)?\s*|\bassist(?:s|ance|ing)?\s+(?:with\s+)?|hỗ trợ\s+|ho tro\s+)(?:[\p{L}-]+,?\s+){0,3}$/iu.test(
    s.text.slice(Math.max(0, x.start - 40), x.start),
  );
function mood(c: Clause, s: Statement, japanese: boolean, kind: SourceKind): "offer" | "seek" | null {
  // 人材紹介は、年間3名以上の採用予定がある企業様に限らせていただきます: the firm's own service, as the topic of the
  // limit it humbly sets on its clients, is offered (the limit still binds them).
  // (Only where those it limits are named by their own plans, 採用予定がある企業様: clients; "AWS認定資格を持つ企業様に
  // 限らせていただきます" limits the suppliers of work the firm gives out.)
  if (
    japanese &&
    HUMBLE_OWN_ACT.test(s.text.slice(c.start, c.end)) &&
    OWN_TOPIC.test(s.text.slice(c.start, c.end)) &&
    CLIENT_PLANS.test(s.text.slice(c.start, c.end))
  )
    return "offer";
  // A requirement of partners is a kind of seeking, whatever verb carries it ("partner must hold ISO 27001").
  if (requires(c, kind)) return "seek";
  // "Overflow React work from our projects, for Vietnamese subcontractors": work the firm hands to suppliers is work
  // it gives out, whichever field says so.
  if (
    c.cues.some((x) => x.cue.kind === "role" && (x.cue.role === "work" || x.cue.role === "capacity")) &&
    WORK_FOR_SUPPLIERS.test(s.text.slice(c.start, c.end))
  )
    return "seek";
  // "Chúng tôi không làm tổng đài", "We do not do call centre work", 当社はコールセンター業務は行っておりません: what the
  // firm says it does not do is a denial of an offer, wherever it says so.
  if (
    c.cues.some((x) => x.cue.kind === "negation" && DOES_NOT.test(s.text.slice(x.start, x.end + 10))) &&
    // …of a capability: whom it does not sell to ("We do not sell directly to end users") is read as such.
    // ("không nhận BPO văn phòng": the work it does not take in is a trade, not a counterpart.)
    // (…nor one in brackets: "(nhập liệu chứng từ, chăm sóc khách hàng)" names the work.)
    !c.cues.some(
      (x) =>
        // (…nor the goods it does not resell: "Không bán lại sản phẩm bảo mật".)
        ((x.cue.kind === "role" && x.cue.role !== "takesWork" && x.cue.role !== "product") ||
          x.cue.kind === "counterpart") &&
        !openBracket(s.text.slice(c.start, x.start)),
    ) &&
    // The firm may be named earlier in the sentence ("Chúng tôi chỉ làm dữ liệu AI, không nhận BPO văn phòng"), or
    // not at all in a Vietnamese statement that opens by denying it resells ("Không bán lại sản phẩm bảo mật"; an
    // opening "Không nhận …" may be work it does not take or goods it does not accept: the 86 sets were mixed).
    (FIRST_PERSON.test(s.text.slice(sentenceStart(s.text, c.start), c.end)) ||
      /^[\s•*・\-–—]*(?:không|khong)\s+(?:bán lại|ban lai|phân phối|phan phoi)(?![\p{L}])/u.test(
        s.text.slice(sentenceStart(s.text, c.start), c.end),
      ))
  )
    return "offer";
  // "Chúng tôi chỉ làm kiểm thử", "chúng tôi chuyên nhận…": the firm saying what it does, whatever field it is in.
  if (
    !japanese &&
    WE_DO.test(s.text.slice(c.start, c.end)) &&
    !c.cues.some((x) => x.cue.kind === "seek") &&
    // ("Chúng tôi nhận chuyển giao công nghệ AI từ đối tác Nhật": received from someone, not done.)
    !/(?<![\p{L}])(?:từ|tu)(?![\p{L}])/u.test(s.text.slice(c.start, c.end))
  )
    return "offer";
  // Japanese: the verb at the end of the clause decides; 〜したい (desire) seeks whatever came before.
  if (japanese && s.words.some((w) => w.start >= c.start && w.end <= c.end && w.pos === "助動詞" && w.base === "たい"))
    return "seek";
  const seeks = c.cues.filter(
    (x) => x.cue.kind === "seek" && !isTheirs(x, c, s, japanese, kind) && !helpWith(x, s, kind),
  );
  if (seeks.length) return "seek";
  // オフショア開発をご提案させていただいております: what the firm humbly does (させていただきます) is its own offer.
  if (japanese && HUMBLE_OWN_ACT.test(s.text.slice(c.start, c.end))) return "offer";
  if (
    c.cues.some(
      (x) =>
        x.cue.kind === "role" &&
        x.cue.role === "givesWork" &&
        !isTheirs(x, c, s, japanese, kind) &&
        !workGivingInName(x, c, s, kind) &&
        !sellsOutsourcing(x, c, s, kind),
    )
  )
    return "seek";
  // In what-we-look-for, a statement that opens by naming the partner ("Development partners in Vietnam (Flutter,
  // React) to build our designs as a joint offer") seeks it, whatever other verbs follow; in Japanese, one that ends
  // by naming it ("ロールアウトを支援できるコンサルタント": what it can do qualifies the partner sought).
  if (
    kind === "seeks" &&
    c.cues.some(
      (x) =>
        x.cue.kind === "role" &&
        (x.cue.role === "partner" ||
          x.cue.role === "supplier" ||
          x.cue.role === "capacity" ||
          (x.cue.role === "distributor" && !c.cues.some((y) => y.cue.kind === "selfRole"))) &&
        (x.start - c.start <= 24 ||
          // …what the partner is to have may follow in brackets: 販売代理店（日系工場のお客様をお持ちの企業）; and what
          // the firm will do with the work after a colon: "…診断の協力会社（ベトナム）：当社ブランドで提供します".
          (japanese &&
            /^(?:.{0,3}$|[：:])/u.test(
              s.text
                .slice(x.end, c.end)
                .replace(/[（(][^）)]*[）)]?/gu, "")
                .trim(),
            ))),
    )
  )
    return "seek";
  // "Công ty logistics Nhật có kho lạnh", "Đơn vị gán nhãn dữ liệu ảnh y khoa có bác sĩ…": in what-we-look-for, a
  // statement that opens with a kind of firm named by its trade describes the partner sought; what it "has" is
  // asked of that partner, not owned by the firm. (Not "Công ty có…", "Công ty chúng tôi…", the firm itself, nor
  // "Doanh nghiệp Nhật có nhiều công việc nhập liệu", clients named by their country, whose work the firm would do.)
  if (
    kind === "seeks" &&
    !japanese &&
    // (An investor so named may open a clause after another: "Gọi vốn Series A…; chấp nhận nhà đầu tư có ghế…".)
    (SOUGHT_PARTNER_HAS.test(s.text.slice(c.start, c.end)) ||
      (c.start - sentenceStart(s.text, c.start) <= 3 &&
        SOUGHT_TRADE_OPENING.test(s.text.slice(c.start, c.end)) &&
        !SELF_OPENING.test(s.text.slice(c.start, c.end)))) &&
    !FIRST_PERSON.test(s.text.slice(c.start, c.end))
  )
    return "seek";
  // In what-we-look-for, a service named as a bare noun ("ガバメントクラウド移行支援", "hỗ trợ vận hành", "migration
  // support") is the service sought; only a verb of the firm's ("支援します", "we support") offers it.
  const offers = c.cues.filter(
    (x) =>
      x.cue.kind === "offer" &&
      // A remark in brackets ("（国内案件での引き合いが増えています）") is no verb of the need before it.
      !(kind === "seeks" && remarkAfterNeed(s.text.slice(c.start, x.start))),
  );
  // "Vietnamese annotation team that includes board-certified radiologists": in a need, a verb after a relative
  // pronoun describes the partner sought (not after "we": "clients that we support").
  if (
    kind === "seeks" &&
    !japanese &&
    offers.length > 0 &&
    offers.every((x) => RELATIVE_BEFORE_VERB.test(s.text.slice(Math.max(c.start, x.start - 40), x.start))) &&
    !FIRST_PERSON.test(s.text.slice(c.start, offers[offers.length - 1]!.end))
  )
    return "seek";
  // "AI-OCR結果の確認・入力を行うBPO", "…を担える企業": in a need, a Japanese verb qualifying the noun that ends the
  // clause describes the partner sought.
  if (
    kind === "seeks" &&
    japanese &&
    offers.length > 0 &&
    offers.every((x) => ATTRIBUTIVE_HEAD.test(s.text.slice(x.end, c.end))) &&
    !/当社|弊社|自社|我が社|私ども|私たち/u.test(s.text.slice(c.start, c.end))
  )
    return "seek";
  // "An offshore team to build a revenue dashboard", "đội offshore để xây dựng…": what the partner sought is to do.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.every((x) =>
      /(?:\bto|(?:^|\s)(?:để|de))\s+$/u.test(s.text.slice(Math.max(c.start, x.start - 5), x.start)),
    ) &&
    !FIRST_PERSON.test(s.text.slice(c.start, offers[0]!.start))
  )
    return "seek";
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.every(
      (x) =>
        BARE_SERVICE.test(x.phrase) &&
        !SERVICE_VERB.test(s.text.slice(x.end, x.end + 8)) &&
        // ("office space and help with company registration" asks for help; "We help factories…" gives it.)
        !(
          x.phrase === "help" &&
          (FIRST_PERSON.test(s.text.slice(c.start, x.start)) ||
            /\b(?:can|could|will|would|let us|happy to|glad to|able to|us)\s+$/iu.test(
              s.text.slice(Math.max(c.start, x.start - 16), x.start),
            ))
        ),
    )
  )
    return null;
  // "Local law firms that can help our clients enter Vietnam", "Công ty luật có thể hỗ trợ khách hàng của chúng
  // tôi": in what-we-look-for, help for the firm's own clients is what the partner sought is to give.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.some((x) => OWN_CLIENTS_AFTER.test(s.text.slice(x.end, x.end + 40))) &&
    !FIRST_PERSON.test(s.text.slice(c.start, offers[0]!.start))
  )
    return "seek";
  // "Certified Salesforce developers on a white-label basis", "Experienced Java developers for our project": in
  // what-we-look-for, a word of skill before the people or partner sought describes them, it offers nothing.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.every(
      (x) =>
        SKILLED.test(x.phrase) &&
        SOUGHT_PEOPLE_AFTER.test(s.text.slice(x.end, c.end)) &&
        !FIRST_PERSON.test(s.text.slice(c.start, x.start)),
    )
  )
    return "seek";
  // "A Vietnamese SOC partner for overnight L1 triage, English reporting, ISO 27001 certified", "IP ADC 12-bit đã
  // silicon-proven": …and one elsewhere in the need, with no one named as having it, describes what is sought
  // (not "we are ISO 27001 certified").
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.every(
      (x) =>
        SKILLED.test(x.phrase) &&
        // (said after what it qualifies, or joined to it: not "Experienced in Java for banks", the firm's line)
        /[\p{L}\d][\s-]*$/u.test(s.text.slice(sentenceStart(s.text, c.start), x.start)) &&
        !/^\s*(?:in|with|at)(?![\p{L}])/u.test(s.text.slice(x.end, x.end + 6)) &&
        !FIRST_PERSON.test(s.text.slice(sentenceStart(s.text, c.start), x.start)) &&
        // …of a partner named before it in the sentence, or of a thing ("IP ADC … silicon-proven"); not the
        // firm describing itself ("Vietnamese software company, ISO 27001 certified, seeking…", "team is … certified").
        (/^proven$/iu.test(x.phrase) ||
          (PARTNER_WORD.test(s.text.slice(sentenceStart(s.text, c.start), x.start)) &&
            !/\b(?:is|are|team|company|center|centre)\b[^.;,]{0,30}$/iu.test(
              s.text.slice(sentenceStart(s.text, c.start), x.start),
            ))),
    )
  )
    return null;
  // "Triển khai MES cho 6 line SMT", "Xây dựng data platform trên Google Cloud", "Build a mobile app for our stores":
  // in what-we-look-for, work named by its verb, with no one doing it, is the work sought.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    WORK_OPENING.test(offers[0]!.phrase) &&
    /^[\s•*・\-–—]*$/u.test(s.text.slice(0, offers[0]!.start))
  )
    return "seek";
  // "Trung tâm đào tạo có thể mở lớp tiếng Nhật tại công ty": in what-we-look-for, what a named someone other
  // than the firm can do describes the partner sought.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    offers.every((x) => canDo(x, s.text)) &&
    /\p{L}{2,}/u.test(s.text.slice(c.start, offers[0]!.start)) &&
    !FIRST_PERSON.test(s.text.slice(c.start, offers[0]!.start)) &&
    // …not where the firm stands ("đã có khách hàng Nhật").
    !/(?:^|\s)(?:đã|da|hiện|hien|vẫn|van|đang|dang|từng|tung)\s*$/u.test(s.text.slice(c.start, offers[0]!.start))
  )
    return "seek";
  // "HIS …: giao diện tiếng Việt, có đội triển khai tại TP.HCM": in what-we-look-for, a clause that opens with
  // having, naming no one, is what the thing sought has.
  if (
    kind === "seeks" &&
    offers.length > 0 &&
    /^(?:có|co)$/u.test(offers[0]!.phrase) &&
    /^[\s,;:、，.-]*$/u.test(s.text.slice(c.start, offers[0]!.start)) &&
    !canDo(offers[0]!, s.text)
  )
    return "seek";
  if (offers.length) return "offer";
  // In what-we-look-for, Japanese that names the one sought by what it can do ("Flutterができるエンジニアを1〜2名",
  // "見積りを出してくれる会社").
  if (
    kind === "seeks" &&
    japanese &&
    JA_PARTNER_WHO_CAN.test(s.text.slice(c.start, c.end)) &&
    !/当社|弊社|自社|我が社|私ども|私たち/u.test(s.text.slice(c.start, c.end))
  )
    return "seek";
  if (
    c.cues.some(
      (x) =>
        x.cue.kind === "role" &&
        x.cue.role === "takesWork" &&
        // "（請負で）", "受託開発先": the form of contract asked, the party that is to take the work.
        !(kind === "seeks" && contractFormAsked(x, s)) &&
        !soughtTakesWork(x, c, s, kind),
    )
  )
    return "offer";
  // "Offices in Hanoi and Da Nang only": a clause that opens with offices, naming no partner, is the firm's own.
  if (
    c.cues.some(
      (x) =>
        x.cue.kind === "presence" &&
        x.start - c.start <= 2 &&
        // …not the site whose work it is ("大阪本社工場の既存設備へのIoTセンサー後付け", "金沢本社で勤務いただける"),
        // nor the sites a service is for ("本社と国内工場を対象とした24時間のSOC監視サービス").
        !(
          japanese &&
          /^[^\s、。]{0,4}(?:の|で(?:勤務|働|常駐)|を対象|向け)|^と[^、。]{0,12}(?:を対象|向け)/u.test(
            s.text.slice(x.end, x.end + 16),
          )
        ) &&
        // …nor, in a need, the site where the work is to be done ("本社工場 (東大阪) で 外観検査AIのPoC").
        !(kind === "seeks" && japanese && SITE_OF_WORK_AFTER.test(s.text.slice(x.end, x.end + 24))),
    ) &&
    !c.cues.some((x) => x.cue.kind === "role" || x.cue.kind === "seek" || x.cue.kind === "hiring")
  )
    return "offer";
  if (japanese) {
    // 〜したい (desire) seeks.
    if (s.words.some((w) => w.start >= c.start && w.end <= c.end && w.pos === "助動詞" && w.base === "たい"))
      return "seek";
  }
  if (c.cues.some((x) => x.cue.kind === "seek")) return "offer"; // only the counterpart's need: we sell it
  return null;
}

/** Firms of a place a clause takes no work from: "ベトナム企業からの", "from Vietnamese companies", "cho công ty Việt". */
const REFUSED_WORK_FROM: [RegExp, string][] = [
  [
    /(?:ベトナム|越南)(?:の)?(?:現地)?(?:IT)?(?:企業|会社|オフショア|ベンダー|開発会社|同業)[^。、]{0,4}?(?:から|より)|\bfrom (?:other )?vietnamese (?:firms|companies|vendors|outsourc)|(?:cho|từ|tu) (?:các |cac )?(?:công ty|cong ty|doanh nghiệp|doanh nghiep)(?: \p{L}+){0,2}? (?:việt|viet)\b/iu,
    "VN",
  ],
  [
    /日本(?:の)?(?:企業|会社|SIer|ベンダー)[^。、]{0,4}?(?:から|より)|\bfrom (?:other )?japanese (?:firms|companies|vendors|SIers)|(?:cho|từ|tu) (?:các |cac )?(?:công ty|cong ty|doanh nghiệp|doanh nghiep)(?: \p{L}+){0,2}? (?:nhật|nhat)\b/iu,
    "JP",
  ],
  [
    /(?:海外|国外|外国)(?:の)?(?:企業|会社|ベンダー|事業者)[^。、]{0,4}?(?:から|より)|\bfrom (?:foreign|overseas) (?:firms|companies|vendors|clients)|(?:cho|từ|tu) (?:các |cac )?(?:công ty|cong ty|doanh nghiệp|doanh nghiep) (?:nước ngoài|nuoc ngoai)/iu,
    "ABROAD",
  ],
];
function workFrom(clause: string): string {
  return REFUSED_WORK_FROM.find(([re]) => re.test(clause))?.[1] ?? "ALL";
}

/** Testing work, and the kinds of thing it is done on. */
const TESTING = new Set([
  "quality",
  "test-automation",
  "performance-testing",
  "game-testing",
  "accessibility-testing",
  "penetration-testing",
]);
const TESTED_THING = new Set(["web-apps", "mobile-apps", "web-mobile", "games", "gambling-games"]);
/** Building words: a clause that builds the thing tested builds it too ("phát triển và kiểm thử app mobile"). */
const BUILDS =
  /phát triển|phat trien|lập trình|lap trinh|xây dựng|xay dung|thiết kế|thiet ke|\b(?:develop\w*|build\w*|programming|coding|design\w*|co-development|implement\w*)\b|開発|制作|構築|実装|設計/iu;
/**
 * A thing right after a test ("pentest web/app/mobile", "testing for web and mobile", "Kiểm thử game trên thiết bị
 * iOS/Android", "第三者検証（業務系、Web、スマホアプリ）") or joined before it by の or a space ("スマホアプリの
 * 脆弱性診断", "mobile app testing").
 */
function testedBy(m: Match<string>, mentions: Match<string>[], text: string): boolean {
  return mentions.some((k) => {
    if (!TESTING.has(k.payload)) return false;
    // ("Test game mobile": the test's words and the game's share "game".)
    if (k.start < m.start && k.end > m.start) return true;
    if (k.end <= m.start) {
      const between = text.slice(k.end, m.start);
      return between.length <= 60 && !/[;；。]/u.test(between);
    }
    if (m.end <= k.start) return /^(?:[\p{L}\p{N}・、,/ ]{0,24}の|\s?)$/u.test(text.slice(m.end, k.start));
    return false;
  });
}

/** A relative pronoun a few words before a verb ("team that includes board-certified", "vendors who deliver"). */
const RELATIVE_BEFORE_VERB = /\b(?:that|who|which)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** After a Japanese verb, only the noun it qualifies to the clause's end ("を行うBPO。"), no verb of its own. */
const ATTRIBUTIVE_HEAD =
  /^(?![^。]*(?:ます|です|した|する|いる|おる|ください|ある|ない))(?!\s*(?:ため|ので|から|場合|際|よう|こと|予定|方針|形|上で|中))(?:[^\s、。，,]{1,14}|[^\s、。，,（）()]{15,20})[。.]?\s*$/u;
/** Right before a certification: the firm has it ("Đạt", "achieved", "certified", "assessed at"). */
const ACHIEVED_BEFORE =
  /(?:^|[\s,;:(（])(?:đã đạt|da dat|đạt được|dat duoc|đạt|dat|achieved|attained|certified(?: to| for)?|assessed(?: at)?|awarded)\s*$/iu;
/** A partner sought abroad: 海外（の）協力スタジオ, "overseas vendors", "đối tác nước ngoài". */
const ABROAD_PARTNER =
  /(?:海外|国外)(?:の)?(?:協力)?(?:スタジオ|パートナー|企業|会社|委託先|外注先|拠点|ベンダー|制作会社|開発会社)|\b(?:overseas|foreign|offshore) (?:studios?|partners?|vendors?|suppliers?|subcontractors?|teams?)\b|(?:đối tác|doi tac|nhà cung cấp|nha cung cap|đơn vị|don vi) (?:ở |o )?(?:nước ngoài|nuoc ngoai)/iu;
/** After a word for work, its size or length ("案件は3〜6ヶ月規模", "projects of 3-6 months", "dự án 3-6 tháng"; not a head count). */
const WORK_SIZE_AFTER =
  /^\s*(?:は|の|:|：|of|size|quy mô|quy mo|kéo dài|keo dai)?\s*(?:約|およそ|about|around|khoảng|khoang)?\s*[\d０-９][\d０-９.,]*\s*(?:[〜~\-–]\s*[\d０-９][\d０-９.,]*\s*)?(?:ヶ月|か月|カ月|ケ月|人月|万円|週間|months?|weeks?|man-months?|tháng|tuần|tuan|thang)/iu;
/** After a site in a need, where the work is done: "で", past a place in brackets ("本社工場 (東大阪) で"). */
const SITE_OF_WORK_AFTER = /^[^\s、。]{0,4}\s*(?:[(（][^)）]{1,12}[)）]\s*)?で(?!は|も|の|す)/u;

/** Right before a count, growing a team to it: the most the firm can field ("huy động", "mở rộng lên", "scale to"). */
const RAMPS_UP =
  /(?:huy động|huy dong|mở rộng(?: lên)?|mo rong(?: len)?|tăng lên|tang len|\b(?:scale|scaling|ramp|ramping|grow|growing|expand|expanding)(?: up)?(?: to)?|\bmobili[sz]e|\bup to)\s*(?:khoảng |khoang |about |around )?$/iu;

/** After a count, growing the team to it later: 10名規模へ拡大, "10名まで増員". */
const GROWS_TO = /^[\d,.]*\s*(?:名|人)?(?:規模|体制|程度)?(?:へ|に|まで)(?:の)?(?:拡大|増員|拡張|増強)/u;
/** Before a count, the same: "growing to 10", "then scale to 20", "sau đó tăng lên 10". */
const GROWING_TO =
  /(?:\b(?:grow|growing|scale|scaling|expand|expanding|ramp|ramping|increase|increasing)(?: up)?\s+to|\blater\b[^.;]{0,10}|tăng lên|tang len|mở rộng lên|mo rong len|mở rộng tới|nâng lên)\s*(?:about |around |khoảng |khoang )?$/iu;

/** Before a capability: following or accepting a process of it ("chấp nhận quy trình QA", "follow our QA process"). */
const FOLLOWS_PROCESS_BEFORE =
  /(?:chấp nhận|chap nhan|tuân thủ|tuan thu|tuân theo|tuan theo|làm theo|lam theo|\bfollow(?:s|ing)?|\baccept(?:s|ing)?|\bcomply with|\badhere to)\s+(?:(?:our|the|their)\s+)?(?:quy trình|quy trinh|quy định|quy dinh|process(?:es)?|procedures?|standards?|rules?)\s*$/iu;
/** …or after it: 当社のQAプロセスに従う, "QA processes must be followed". */
const FOLLOWS_PROCESS_AFTER =
  /^\s*(?:プロセス|ルール|基準|規程|手順)(?:に|へ)(?:従|準拠|沿)|^\s*(?:process(?:es)?|procedures?)\s+(?:must|should|is|are)?\s*(?:be\s+)?followed/iu;

/** Small work the firm takes too ("nhận cả nhóm nhỏ", "small teams welcome", 少人数からでも). */
/** "up to", "at most", "tối đa" just before a number: the most, never the least. */
const UP_TO_BEFORE = /(?:up to|at most|tối đa|toi da|最大)\s*(?:about |around |khoảng |khoang )?$/iu;
const SMALL_TOO =
  /(?:nhận cả|nhan ca|kể cả|ke ca)\s+(?:\S+\s+){0,2}(?:nhỏ|nho)(?![\p{L}])|\bsmall (?:teams?|projects?|jobs?)\b[^.]{0,24}\b(?:welcome|too|also|ok)\b|\beven small\b|少人数(?:から|でも)|小規模(?:な案件)?(?:から|でも)/iu;

/** A partner firm said to have (employ) a number of people: its size, not a team. */
const FIRM_HAS =
  /\b(?:vendors?|partners?|compan(?:y|ies)|firms?|suppliers?|providers?)\s+(?:should|must|needs? to|has to|have to|is required to)?\s*(?:have|has|employ|employs)\s+(?:at least|over|more than|a minimum of|minimum)?\s*$|(?:công ty|cong ty|đối tác|doi tac|nhà cung cấp)\s+(?:phải|cần|nên)?\s*có\s+(?:ít nhất|tối thiểu|trên)?\s*$/iu;

/** People of one role in a partner's team: bridge engineers, interpreters, leads. */
const BRIDGE = "bridge-services";
const ROLE_IN_TEAM =
  /brse|bridge|ブリッジ|comtor|コミュニケーター|通訳|リーダー|マネージャー|\b(?:pms?|leads?|leaders?|managers?|interpreters?)\b|phiên dịch|phien dich|trưởng nhóm|truong nhom/iu;
/** Part of a team placed on site ("常駐", "on-site in Kariya"). */
const ONSITE_PART = /常駐|駐在|\bon[- ]?site\b|\bonsite\b|tại chỗ|tai cho|làm việc tại nhật/iu;

/** Putting people on a client's work ("bố trí", "allocate", アサイン, 投入): a count capped is the most it fields. */
const ALLOCATES =
  /bố trí|bo tri|\b(?:allocate|assign|dedicate|field|provide|supply|staff)\b|アサイン|投入|提供可能|対応可能|cung cấp|cung cap|điều động|dieu dong|\bper (?:client|customer)\b|\bfor (?:one|each|a new) (?:client|customer)\b|(?:cho|mỗi|cho mỗi) (?:một )?khách hàng|1社(?:あたり|につき)|お客様(?:には|1社)|体制(?:で|を)(?:スタート|組)/iu;

/** Head counts in a clause: "300 engineers", "50名以上", "ít nhất 100 kỹ sư", "20〜30名" (the low end). */
type HeadCount = {
  value: number;
  /** The upper end of a range ("3–8 engineers": 8), 0 for a single number. */
  high: number;
  atLeast: boolean;
  range: boolean;
  under: boolean;
  /** The people word after the number ("engineers", "名") and where the number starts. */
  word: string;
  at: number;
};

/** A currency or unit between a number and a people word ("3.000 USD/người", "50 million yen per engineer"). */
const MONEY_WORD = /usd|jpy|vnd|yen|dollars?|million|triệu|trieu|nghìn|nghin|k\b|円|万|\$/iu;

/** What may stand between "minimum" and its number: "Minimum vendor size 200 employees", "tối thiểu quy mô 50 người". */
const SIZE_WORDS =
  /^\s*(?:(?:vendor|partner|company|firm|supplier)\s+)?(?:size|headcount|quy mô|quy mo)\s*(?:of|is|:)?\s*$/u;

/** Right before whom something is for: "for (the)", "cho (các)", "dành cho". */
const FOR_BEFORE =
  /(?:\bfor(?: the)?|(?:^|\s)(?:cho|dành cho|danh cho|phục vụ|phuc vu)(?:\s+(?:các|những|cac|nhung))?)\s+$/iu;
/** A firm named by its trade ("công ty logistics", "logistics companies"). */
const TRADE_FIRM =
  /(?:companies|company|firms|providers|operators|manufacturers?|makers?|công ty|cong ty|doanh nghiệp|doanh nghiep|hãng|hang)/iu;
const FIRM_NOUN_AFTER = /^\s*(?:companies|company|firms|providers|operators|brands?|makers?|manufacturers?)\b/iu;
/** Firms named by their trade after the word for them ("cho các thương hiệu mỹ phẩm", "cho nhà sản xuất thực phẩm"). */
const FOR_FIRMS_OF =
  /(?:^|\s)(?:cho|dành cho|danh cho|phục vụ|phuc vu)\s+(?:(?:các|những|cac|nhung)\s+)?(?:thương hiệu|thuong hieu|nhà sản xuất|nha san xuat|hãng|công ty|cong ty|doanh nghiệp|doanh nghiep)\s+$/iu;

/** How people are employed ("正社員として", "契約社員として"). */
/** Cues of a sentence that states conditions rather than a need. */
const CONDITION_CUES: ReadonlySet<string> = new Set([
  "language",
  "certification",
  "negation",
  "onsite",
  "presence",
  "people",
  "scale",
  "requirement",
  "weakRequirement",
  "atLeast",
]);

/** Farm produce and food: the context in which traceability is the farm's. */
const FOOD_CONTEXT =
  /産地|青果|農産|農家|農業|食品|果物|水産|生産者|\b(?:farms?|farmers?|food|fruits?|produce|seafood|agri\w*)\b|nông sản|nong san|trái cây|trai cay|thực phẩm|thuc pham|thủy sản|thuy san|nông dân|nong dan|(?<![\p{L}])rau(?![\p{L}])/iu;

/** Words before "invest in" that make it others' investment the firm attracts. */
const PROMOTES_INVESTMENT = /(?:xúc tiến|xuc tien|thu hút|thu hut|kêu gọi|keu goi|\bpromot\w*|\battract\w*)\s*$/iu;

/** Helping others to a certification: a consultancy's service, not a certification it lacks. */
const SUPPORT_GOAL = /支援|サポート|コンサル|\b(?:support|consult\w*|help\w*|advis\w*)\b|tư vấn|tu van|hỗ trợ|ho tro/iu;

/** Setting up an office: what a firm seeks for a base of its own. */
const OWN_BASE = "office-location";
/** A base the firm plans to open ("第2拠点（100名規模）の開設を計画", "plan to open a 50-person office in Hue"). */
const OWN_BASE_PLAN =
  /(?:拠点|事務所|オフィス|支店|支社|開発センター|\b(?:office|branch|base|centre|center)\b|văn phòng|chi nhánh|trung tâm)[^。.;]{0,24}(?:開設|設立|設置|\b(?:open|opening|set up|setting up|establish)|mở|thành lập)|(?:開設|設立|\b(?:open|opening|set up|setting up|establish)\b|mở|thành lập)[^。.;]{0,24}(?:拠点|事務所|オフィス|支店|支社|\b(?:office|branch|base|centre|center)\b|văn phòng|chi nhánh)/iu;
const EMPLOYED_AS = /(?:正社員|社員|従業員|契約社員|派遣社員|職員|スタッフ)$/u;

/** Placing people with employers: staffing, recruiting, sending workers to Japan. */
const PLACING: ReadonlySet<string> = new Set(["hr-staffing", "it-staffing", "it-recruitment", "japan-placement"]);
/** The words of each trade workers are placed in, on a statement that places or asks workers. */
const TRADE_WORDS: [WorkerTrade, RegExp][] = [
  [
    "Engineers",
    /(?<![A-Za-z])(?:IT|CNTT)(?![A-Za-z])|kỹ sư|ky su|lập trình viên|lap trinh vien|エンジニア|技術者|技術人材|技術・人文知識|\b(?:engineers?|developers|brse)\b/iu,
  ],
  ["CareWorkers", /介護|看護|caregiv|care ?workers?|nursing care|hộ lý|ho ly|điều dưỡng|dieu duong|\bkaigo\b/iu],
  ["ConstructionWorkers", /建設|建築|土木|xây dựng|xay dung|construction/iu],
  [
    "FactoryWorkers",
    /製造業|工場|成形|溶接|機械加工|素形材|factory|manufacturing|welders?|cơ khí|co khi|nhà máy|nha may|điện tử|dien tu/iu,
  ],
  [
    "FoodWorkers",
    /食品|飲食料品|水産加工|chế biến (?:thực phẩm|thủy sản)|che bien (?:thuc pham|thuy san)|(?:food|seafood)[- ]processing|food factory/iu,
  ],
  ["LodgingWorkers", /宿泊|旅館|ホテル|khách sạn|khach san|lưu trú|luu tru|lodging|ryokan|hotels?\b/iu],
  ["FoodServiceWorkers", /外食|飲食店|nhà hàng|nha hang|restaurants?|food[- ]service/iu],
  ["LogisticsWorkers", /物流|ドライバー|運送|倉庫|tài xế|tai xe|kho vận|drivers?\b|logistics|warehouse/iu],
  [
    "FarmWorkers",
    /農業|漁業|養殖|nông nghiệp|nong nghiep|ngư nghiệp|ngu nghiep|thủy sản|thuy san|agricultur|aquaculture|farm|fishery/iu,
  ],
];
const CONTENT_FOR_WORKERS = /\bcontent\b|コンテンツ|教材|nội dung|noi dung|e-?learning|exam prep|試験対策/iu;
/**
 * Workers, not engineers, in a statement: the trades but care are named of them only ("kỹ sư cơ khí" are engineers;
 * "lao động … ngành cơ khí", 現場作業員, 特定技能 are workers of a trade).
 */
const WORKER_WORDS =
  /労働|作業員|工員|人材|workers?|labou?r|operators?|lao động|lao dong|thực tập sinh|thuc tap sinh|特定技能|技能実習|kỹ năng đặc định|ky nang dac dinh|specified[- ]skilled|\bssw\b|technical intern/iu;
/** The work on a thing named after it ("アプリ開発", "app development"): the thing again in wider words. */
const WORK_OF_IT = /^\s*(?:の)?(?:開発|改修|制作|構築|development|dev|phát triển|phat trien)$/iu;
/** Another firm named where it is, right before a region: "một công ty ở Tokyo", "a distributor in Osaka". */
const ANOTHER_FIRM_AT_BEFORE =
  /(?:công ty|cong ty|company|firm|partner|distributor|reseller|agent|nhà phân phối|nha phan phoi|đại lý|dai ly|đối tác|doi tac)\s+(?:[\p{L}-]+\s+)?(?:ở|o|tại|tai|in|based in)\s*$/iu;
/** …or right after it: 東京の代理店, 大阪にある販売会社, "our Tokyo sales agent". */
const ANOTHER_FIRM_AT_AFTER =
  /^(?:(?:の|にある)(?:会社|企業|代理店|販売店|販売会社|商社|パートナー)|\s+(?:sales\s+)?(?:agents?|distributors?|resellers?)\b)/iu;
/**
 * A sentence where an office or entity denied is not the firm's own lack: everywhere but a place ("outside
 * Thailand", "other than Hanoi", ngoài Nhật Bản, 日本以外, ほかに), others' lack (clients, "unlike vendors without"),
 * leave given (でも可, "do not need"), a kind of office (ではなく), or "not only" (だけでなく).
 */
const NOT_OWN_ABSENCE =
  /\boutside\b|\bbeyond\b|\bexcept\b|\bother than\b|\bbesides\b|\bapart from\b|(?<!nước |nuoc )(?:ngoài|ngoai)(?! ra)|以外|国外|海外|ほか|他に|\bunlike\b|khác với|khac voi|とは異なり|と違い|\bclients?\b|\bcustomers?\b|\bcompanies\b|\bfirms\b|\bvendors\b|お客|顧客|企業でも|企業様|khách hàng|khach hang|doanh nghiệp|doanh nghiep|\bneed\b|\bneeded\b|\brequired\b|可能|でも可|構いません|không cần|khong can|ではなく|じゃなく|だけでなく|のみならず/iu;
/** The country of a legal entity named as one word (日本法人). */
const ENTITY_PLACE: [RegExp, string][] = [
  [/^日本法人$/u, "JP"],
  [/^ベトナム法人$/u, "VN"],
  [/^タイ法人$/u, "TH"],
];
/** The country of a nationality before "legal entity" ("a Japanese legal entity"). */
const NATIONALITY_PLACE: Partial<Record<Lang, string>> = { ja: "JP", vi: "VN" };
/** A scheme of foreign workers across trades (特定技能, technical intern training). */
const WORKER_SCHEME =
  /特定技能|技能実習|kỹ năng đặc định|ky nang dac dinh|thực tập sinh|thuc tap sinh|specified[- ]skilled|technical intern/iu;
/** Trades foreign workers are placed in (care, food processing, farming, building, hotels, factories, transport). */
const WORKERS_TRADES: ReadonlySet<string> = new Set([
  "elderly-care",
  "food-products",
  "construction-contracting",
  "travel-services",
  "logistics-services",
  "manufacturing-services",
  "electronics-manufacturing",
  "precision-machining",
]);

/** Certifications any firm may hold (information security, quality, environment, process maturity, privacy). */
const GENERIC_CERTS: ReadonlySet<Cert> = new Set(FORM_CERTIFICATIONS);

/** The text ends inside an open bracket ("…（受注・問い合わせ"): what follows it is said in brackets. */
/** Words in a bracket after a denial that make it what is wanted instead. */
const WANTED_IN_BRACKET =
  /必要|必須|のみ|だけ|歓迎|\bonly\b|\brequired\b|\bneeded\b|\bwelcome\b|\bpreferred\b|chỉ|cần|bắt buộc/iu;
/** A firm noun right after "only" ("SAP-only consultancy"): the firm's own specialisation. */
const ONLY_TRADE_NOUN =
  /^\s*(?:consultanc(?:y|ies)|consulting|consultants?|firm|company|shop|house|vendor|studio|agency|boutique|integrator|provider|specialists?)\b/iu;
/** A bracket saying how things are done now. */
const STATUS_QUO =
  /[（(]\s*(?:今は|いまは|現在は|現状は|現在|hiện tại|hien tai|hiện nay|hien nay|currently|today|now)[^（()）]{0,40}[）)]/giu;
/** After clients in Japanese: what the firm wants to become able to do for them (に…できるようにしたい). */
const JA_ABLE_FOR = /^[にへ][^。、]{0,14}?(?:ようにしたい|ようになりたい|ようにする(?:ため|仕組み))/u;
/** Work handed to suppliers: "for (Vietnamese) subcontractors", "cho các nhà thầu phụ", "協力会社向け". */
const WORK_FOR_SUPPLIERS =
  /\bfor\s+(?:[\p{L}-]+\s+){0,2}(?:subcontractors?|sub-contractors?|suppliers?|vendors?)\b|\bcho\s+(?:các\s+)?(?:nhà thầu phụ|nha thau phu|đơn vị gia công|don vi gia cong)|(?:協力会社|外注先|委託先)(?:様)?(?:向け|へ)/iu;
/** After a word for work: per job ("案件ごとに", "プロジェクト単位で", "per project", "theo từng dự án" is before). */
const PER_JOB_AFTER = /^\s*(?:ごと|毎|単位|ベース|by project|per project)/iu;
/** Japanese naming a partner or people by what they can do for the firm. */
const JA_PARTNER_WHO_CAN =
  /(?:ができる|が出来る|できる|してくれる|てくれる|していただける|ていただける|してもらえる|に対応できる|に強い|が得意な)(?:エンジニア|技術者|人材|会社|企業|業者|方|パートナー|協力会社|チーム)/u;
/** After 請負 or 受託: the contract form the firm gives work in ("…を一括請負でお願いしたい"). */
const CONTRACT_FORM_ASKED =
  /^\s*(?:契約)?\s*(?:\(一括\)|（一括）)?\s*(?:で|にて|形式で|の形で|ベースで)\s*(?:お願い|依頼|発注|委託|外注|ご依頼|ご相談|見積|[)）]|$)|^(?:開発)?先/u;
/** 請負 or 受託 as the form of contract asked: before the words above, or alone in brackets after the partner sought
 * ("iOS / Android の外注先 (請負) 募集中"). */
const PARTNER_BEFORE_BRACKET = /(?:外注先|委託先|協力会社|パートナー|開発会社|オフショア先|ベンダー)\s*[(（]\s*$/u;
function contractFormAsked(x: CueAt, s: Statement): boolean {
  return (
    CONTRACT_FORM_ASKED.test(s.text.slice(x.end, x.end + 12)) ||
    (PARTNER_BEFORE_BRACKET.test(s.text.slice(Math.max(0, x.start - 12), x.start)) &&
      /^\s*[)）]/u.test(s.text.slice(x.end, x.end + 2)))
  );
}
/** Right after a trade in Japanese, the partner doing it for the firm ("輸入・販売していただける会社"); not the firm's
 * product that is its object ("当社AI-OCRを販売いただける代理店"). */
const DONE_FOR_US = /^[^。、を]{0,4}?(?:していただ|いただけ|してくれ|してもらえ)/u;
/** A Japanese verb of what a partner can do or do for the firm (できる, いただける, 任せられる, 対応可能な). */
const JA_CAN_DO = "(?:(?:でき|いただけ|頂け|くれ|もらえ|られ)る|可能な)";
const JA_CAN_DO_BEFORE = new RegExp(`${JA_CAN_DO}[^。、]{0,14}$`, "u");
const JA_CAN_DO_PARTNER = new RegExp(
  `^[^。]{0,40}?${JA_CAN_DO}[^。、]{0,14}?(?:企業|会社|パートナー|事業者|業者|ベンダー|sier|協力会社|委託先|外注先)`,
  "iu",
);
/** After work named in Japanese, the partner sought named after what it can do ("…を受託できる企業"), not a client that
 * needs it ("…を必要としている企業様", "…を検討しているお客様"). */
const partnerCanDo = (after: string): boolean => {
  const m = JA_CAN_DO_PARTNER.exec(after);
  return m !== null && !/必要と|検討|したい|お考え|探して|お客様|顧客|クライアント|ユーザー|予定/u.test(m[0]);
};
/** After work named in Japanese, a partner's verb of doing it for the firm ("…を現地で支援いただける会社"). */
const PARTNER_DOES =
  /^\s*(?:を|の)[^。、を]{0,6}?(?:支援|サポート|代行|担当|実施|対応|提供)(?:して)?(?:いただけ|頂け|いただ|くれる|くださる|もらえ)/u;
function counterpartTakes(x: CueAt, flat: CueAt[], text: string): boolean {
  return (
    x.cue.kind === "role" &&
    x.cue.role === "takesWork" &&
    !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(x.phrase) &&
    flat.some(
      (y) =>
        y.cue.kind === "counterpart" &&
        y.end <= x.start &&
        x.start - y.end <= 30 &&
        !/chúng tôi|chung toi|\bwe\b|\bour\b|của mình|[,;:.]|để|\bde\b|nhằm|\bto\b/iu.test(
          text.slice(y.start, x.start),
        ) &&
        // …not one the firm works with or for ("hợp tác với các công ty Nhật để nhận phần việc").
        !/(?:với|voi|cho|with|for|from|từ)\s+(?:các\s+|cac\s+|the\s+)?$/iu.test(
          text.slice(Math.max(0, y.start - 12), y.start),
        ),
    )
  );
}
/** Inside brackets opened after some words of the clause's own (the need the remark is about). */
/** ERP and its packages: a clause that names one needs no suite read beside it. */
const ERP_CODES: ReadonlySet<string> = new Set([
  "erp",
  "sap",
  "sap-business-one",
  "oracle-erp",
  "dynamics",
  "odoo-erp",
]);
/** The business functions of a core system, each group one function (accounting, sales, purchasing, stock, production). */
const SUITE_FUNCTIONS: readonly RegExp[] = [
  /^(?:会計|経理|財務|accounting|finance|financial|kế toán|ke toan|tài chính|tai chinh)$/iu,
  /^(?:販売|営業|受注|sales|order|orders|bán hàng|ban hang)$/iu,
  /^(?:購買|仕入|仕入れ|発注|調達|purchasing|procurement|purchase|mua hàng|mua hang)$/iu,
  /^(?:在庫|inventory|stock|warehouse|kho|tồn kho|ton kho)$/iu,
  /^(?:生産|製造|原価|production|manufacturing|sản xuất|san xuat)$/iu,
];
const JA_SUITE =
  /((?:(?:会計|経理|財務|販売|営業|受注|購買|仕入れ?|発注|調達|在庫|生産|製造|原価|人事|給与)(?:管理)?[・、／/ と及び]){1,5}(?:会計|経理|財務|販売|営業|受注|購買|仕入れ?|発注|調達|在庫|生産|製造|原価|人事|給与)(?:管理)?)(?:システム|ソフト|パッケージ)/u;
const EN_SUITE =
  /\b((?:(?:accounting|finance|financial|sales|order|purchasing|procurement|purchase|inventory|stock|warehouse|production|manufacturing|hr|payroll)(?: management)?(?:,\s*|\s*\/\s*|\s+(?:and|&)\s+|,\s+and\s+)){1,5}(?:accounting|finance|financial|sales|order|purchasing|procurement|purchase|inventory|stock|warehouse|production|manufacturing|hr|payroll)(?: management)?)\s+(?:systems?|software|modules|suite|solutions?)\b/iu;
const VI_SUITE =
  /(?:hệ thống|he thong|phần mềm|phan mem|phân hệ|phan he|quản lý|quan ly)\s+((?:(?:quản lý\s+)?(?:kế toán|ke toan|tài chính|tai chinh|bán hàng|ban hang|mua hàng|mua hang|kho|tồn kho|ton kho|sản xuất|san xuat|nhân sự|nhan su|tiền lương|tien luong)(?:,\s*|\s+(?:và|va)\s+|\s*\/\s*)){1,5}(?:quản lý\s+)?(?:kế toán|ke toan|tài chính|tai chinh|bán hàng|ban hang|mua hàng|mua hang|kho|tồn kho|ton kho|sản xuất|san xuat|nhân sự|nhan su|tiền lương|tien luong))(?![\p{L}])/iu;
/** A system named by two or more core business functions, and where its list is in the clause. */
function businessSuite(text: string): { start: number; end: number; phrase: string } | null {
  for (const re of [JA_SUITE, EN_SUITE, VI_SUITE]) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = m[1]!
      .split(re === JA_SUITE ? /[・、／/\sと]|及び/u : /[/,]|\s+(?:and|&|và|va)\s+/u)
      .map((w) => w.replace(/管理$|\s*management$|^(?:quản lý|quan ly)\s+/iu, "").trim())
      .filter(Boolean);
    const groups = new Set(parts.map((w) => SUITE_FUNCTIONS.findIndex((g) => g.test(w))).filter((g) => g >= 0));
    if (groups.size >= 2) return { start: m.index, end: m.index + m[0].length, phrase: m[0] };
  }
  return null;
}
/** Outsourcing named as such: in an offer's first word, the service sold. */
const OUTSOURCING_WORD = /^(?:outsource|outsourcing)$/iu;
/** "Outsource React Native, Node.js (đội 10 người)" heading what the firm offers: the service it sells, no work given. */
const sellsOutsourcing = (x: CueAt, c: Clause, s: Statement, kind: SourceKind): boolean =>
  kind === "offers" && OUTSOURCING_WORD.test(x.phrase) && /^[\s•*・\-–—]*$/u.test(s.text.slice(c.start, x.start));
/** After the Vietnamese pronoun "ai" (who): the verb it is the subject of ("ai nói tiếng Nhật", "ai cũng"). */
const VI_WHO_AFTER =
  /^\s+(?:nói|noi|biết|biet|hiểu|hieu|cũng|cung|làm được|lam duoc|đó|khác|khac|phụ trách|phu trach|có thể|co the|chịu trách nhiệm|chiu trach nhiem)(?![\p{L}])/u;
/** …or what makes it "anyone" ("bất kỳ ai", "bất cứ ai"). */
const VI_WHO_BEFORE = /(?:bất kỳ|bat ky|bất cứ|bat cu)\s+$/iu;
/** …or "nobody", a negation before it and a word after ("không có ai test", "chưa ai có chứng chỉ"). */
const VI_NOBODY_BEFORE = /(?:^|[^\p{L}])(?:không|khong|chưa|chua)(?:\s+(?:có|co))?\s+$/iu;
/** Verbs of holding, not doing ("保有", "we have", "sở hữu"). */
const HOLDS = /^(?:保有|所有|取得|取得済み|擁する|擁し|在籍|we have|hold|holds|we hold|có|đã có|hiện có|sở hữu)$/u;
const remarkAfterNeed = (text: string) => {
  const open = Math.max(text.lastIndexOf("("), text.lastIndexOf("（"));
  return open > 0 && openBracket(text) && text.slice(0, open).replace(/[\s、。,.:;]/gu, "").length > 4;
};
const openBracket = (text: string) => /[(（][^)）]*$/u.test(text);

function headCounts(s: Statement, c: Clause): HeadCount[] {
  const out: HeadCount[] = [];
  const text = s.text;
  // Normalisation folds a hyphen to a space: "3-5 engineers" arrives as "3 5 engineers", still a range.
  const NUMBER =
    /(\d{1,3}(?:[,.]\d{3})+(?![.,]?\d)|\d+(?:\.\d+)?)(?:(?:\s*(?:-|–|~|〜|～|to|đến|tới)\s*|\s+)(\d{1,3}(?:[,.]\d{3})+|\d+)(?=\s*\+?\s*[A-Za-zÀ-ỹ\u3040-\u30ff\u4e00-\u9fff]))?(\s*\+)?/g;
  NUMBER.lastIndex = c.start;
  for (let m = NUMBER.exec(text); m && m.index < c.end; m = NUMBER.exec(text)) {
    const end = m.index + m[0].length;
    const low = m[1]!.includes(".") && !/^\d{1,3}\.\d{3}$/.test(m[1]!) ? NaN : Number(m[1]!.replace(/[,.]/g, ""));
    // A range may start at one person ("1〜2名", "1-3 person jobs"); a lone 1 is not a head count, unless counted
    // as one ("コーディングを手伝ってくれる人（1名）", "cần 1 người").
    const onePerson =
      low === 1 && !m[2] && /^(?:名|人(?!月)|\s*(?:người|nguoi)(?![\p{L}]))/u.test(text.slice(end, end + 7));
    if (!Number.isFinite(low) || (low < (m[2] ? 1 : 2) && !onePerson) || low > 200000) continue;
    // The number must count people: a people word right after it ("名以上", "+ engineers"), not person-months.
    if (/^\s*人月|^\s*man-?months?|^\s*person-?months?/.test(text.slice(end))) continue;
    // Right after it, or after one word naming the trade ("30 operations engineers", "6 Revit modellers"), unless
    // the number is a standard's or a year ("ISO 27001 certified engineers").
    const people = c.cues.find(
      (x) =>
        (x.cue.kind === "people" || x.cue.kind === "scale") &&
        x.start >= end &&
        // …but not another counter ("年間300話規模": episodes; "5施設" facilities).
        ((x.start - end <= 2 && /^[\s+名人]*$/u.test(text.slice(end, x.start))) ||
          // "200 or more employees", "10 or more Java engineers"
          /^\s*(?:or more|or above|and above)\s+(?:[\p{L}.#+]{1,14}\s+)?$/iu.test(text.slice(end, x.start)) ||
          (/^\s*[\p{L}\d.#+]{1,14}\s+$/u.test(text.slice(end, x.start)) &&
            !MONEY_WORD.test(text.slice(end, x.start)) &&
            !/(?:iso|iec|cmmi|level|jlpt|\bn)\s*$/i.test(text.slice(Math.max(0, m!.index - 8), m!.index)) &&
            !/^(?:19|20)\d\d$/.test(m![1]!))),
    );
    // "React / Go engineers x3", "エンジニア×3名": the people word before the count.
    const times =
      !people &&
      c.cues.some(
        (x) => x.cue.kind === "people" && x.end <= m!.index && /^\s*[x×]\s*$/u.test(text.slice(x.end, m!.index)),
      );
    // "Manual software testing (team of 10)": a team's size with no people word after it.
    const teamOf =
      !people &&
      /\b(?:a |our )?teams? of\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !/^\s*(?:years?|months?|weeks?|days?|projects?|clients?|%)/i.test(text.slice(end, end + 10));
    if (!people && !teamOf && !times && !onePerson) continue;
    const atLeast =
      !!m[3] ||
      // "ODC from 10 engineers", "từ 5 người", "5名から": a least.
      /(?:\bfrom|\bstarting (?:at|from)|(?:^|\s)(?:từ|tu))\s*$/iu.test(
        text.slice(Math.max(0, m.index - 14), m.index),
      ) ||
      /^\s*(?:名|人)\s*から/u.test(text.slice(end, end + 6)) ||
      c.cues.some(
        (x) =>
          x.cue.kind === "atLeast" &&
          ((x.end <= m!.index && (m!.index - x.end <= 3 || SIZE_WORDS.test(text.slice(x.end, m!.index)))) ||
            (people !== undefined && x.start >= people.end && x.start - people.end <= 1) ||
            (people !== undefined && x.start >= end && x.end <= people.start)),
      );
    const under =
      /(?:under|below|fewer than|less than|up to|at most|dưới|ít hơn|tối đa|toi da)\s*(?:about |around |khoảng |khoang )?$/i.test(
        text.slice(Math.max(0, m.index - 22), m.index),
      ) ||
      /(?:最大|上限)\s*(?:約)?\s*$/u.test(text.slice(Math.max(0, m.index - 5), m.index)) ||
      // "Quy mô đội tối đa cho một khách hàng hiện nay khoảng 30 người", "our largest team for one client is 30".
      /(?:(?:đội|doi|team)\s*(?:\S+\s+)?(?:tối đa|toi da|lớn nhất|lon nhat)|\b(?:largest|biggest|maximum) team)\b[^.;,、。]{0,44}$/iu.test(
        text.slice(Math.max(0, m.index - 64), m.index),
      ) ||
      /^\s*(?:名|人)?\s*(?:未満|以下)/.test(text.slice(end, end + 6));
    const high = m[2] ? Number(m[2].replace(/[,.]/g, "")) : 0;
    out.push({
      value: low,
      high: high > low ? high : 0,
      atLeast,
      range: !!m[2],
      under,
      word: people?.phrase ?? "team",
      at: m.index,
    });
  }
  return out;
}
