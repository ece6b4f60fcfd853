// The score of a pair of firms: how much each gains from the other, then the context (a common language,
// size, markets, sectors), then the rules that hold by construction:
//
// - a pair that breaks a dealbreaker (a requirement one side states and the other plainly fails) scores below
//   FLOOR, every other pair at or above it, so it ranks below every pair that does not;
// - an unknown need counts as nothing, exactly like a known need that is not met: saying less never scores
//   better, and adding an unmet need never raises a score;
// - two sellers of the same thing to the same clients are competitors and lose most of their score, unless one
//   of them wants capacity or consortium partners;
// - the score is symmetric: every part is either symmetric or taken for both directions at once.
//
// What a firm gains from another (its directional score) is the best of: what it seeks that the other supplies
// (if the other supplies at all), a client who seeks what it sells (if it wants clients), and a consortium
// both want. The reciprocal score is the harmonic mean of the two directions, so a pair only one side gains
// from (the other wants investors and this firm is none) ranks low.
//
// There is one implementation, over the packed arrays (store.ts): the all-pairs run, one firm's list and the
// evaluation command all score with it.
import type { Packed } from "./store";
import { MAX_LIST, MAX_SCOPES, MAX_THESIS, ON_PREMISE } from "./profile";
import { INTENT_BIT } from "./intents";
import { backs as backsRaise, isInvestment as investment } from "./investment";
import { FRAMEWORKS, PLATFORMS, stackMissed } from "./stack";
import { teamShortfall } from "./teams";
import { regionFails } from "./regions";
import { contractsClash } from "./text/contracts";
import { MAX_TERMS } from "./text/specific-terms";
import { BRIDGE_FLAG, EVERYONE_FLAG, levelOf } from "./text/jlpt";

/** The free parameters; weights.json-style fitting (bench/fit-match.ts) may replace the defaults. */
export const PARAMS = {
  /** What is left of a pair when one sells only through distributors and the other would buy direct. */
  indirect: 0.4,
  /** What goes of a pair when one takes work only in regions where the other, its client, is not. */
  serviceArea: 0.5,
  /**
   * What goes of a pair when one asks a form of contract the other refuses ("案件単位で" of a lab that takes no
   * one-off jobs, a fixed price of a firm that works only time and materials; text/contracts.ts).
   */
  contractClash: 0.8,
  /**
   * What goes of a pair when one is not where the other's organizer column alone asks partners to be (the text
   * asks no place): the column often sums up where the firm's clients are. 0.3, 0.5, 0.7 and 0.85 scored the
   * opened sets BK 0.772, 0.769, 0.759, 0.748 and BI 0.795, 0.797, 0.801, 0.796, the 54 older sets 0.8770,
   * 0.8775, 0.8778, 0.8778.
   */
  columnPlace: 0.6,
  /**
   * What goes of a pair when one says it does not do, or does not want, the other's main need ("Không nhận phân
   * phối phần mềm kế toán của hãng khác" of a cloud accounting vendor seeking resellers). 0.3, 0.5 and 0.7 scored
   * the 60 held-out sets 0.8737, 0.8742 and 0.8740 in session 25 (BO, unopened, 0.811, 0.811, 0.810).
   */
  deniedNeed: 0.5,
  /** Clean pairs score in [floor, 1], pairs with a dealbreaker in [0, floor). */
  floor: 0.2,
  /**
   * How much the best-met seek counts against the share of all seeks met. Firms list many needs, and a reader
   * finds some that are not there: meeting the main one matters more than meeting many (0.5 -> 0.7 in session 11
   * raised the three newest sets, X, Y and Z, by 0.002-0.005 and the mean over all of them by 0.001).
   */
  coverMax: 0.7,
  /** Both want consortium partners: a base, plus how well their capabilities fit. */
  consortiumBase: 0.3,
  consortiumFit: 0.5,
  /** How much a missing common language costs (cross-country pairs). */
  language: 0.35,
  /** A language capacity below this fails a requirement to work in that language. */
  languageNeeded: 0.3,
  /** Per size band of gap beyond one. */
  sizeGap: 0.12,
  /** A stated scale (team size) that the other's typical size does not reach. */
  scaleShort: 0.35,
  /**
   * A scale both state and that does not fit: a job below the least the other takes on, or beyond the most it
   * fields ("labo from 3 engineers x 6 months" for "月1〜2人月"; "ODC 20名以上" for "at most 10-12 engineers").
   */
  scaleStated: 0.6,
  /** The share of its staff a firm can put on one job: a 40-person team is beyond a 55-person firm. */
  teamShare: 0.5,
  /** A partner larger than the largest the other wants ("a small company of 50 staff or fewer"). */
  tooLarge: 0.5,
  /** A round many times an investor's ticket, or below its smallest ticket. */
  stakeMiss: 0.6,
  /** Exclusive distribution rights asked only, of a firm that grants non-exclusive ones only (exclusivity.ts). */
  exclusivityMiss: 0.85,
  market: 0.1,
  sector: 0.15,
  /** How much of a competitor pair's score goes, times how much of their offers overlap. */
  competitor: 0.7,
  /**
   * What a vendor gains from a firm that offers itself as capacity or a partner to vendors (a testing house, a
   * design studio), times how little of that the vendor sells itself; the offering firm gains a client.
   */
  capacityOffer: 0.6,
  /**
   * What is left of a seek met by a firm of the seeker's own country when the seeker looks for that partner
   * elsewhere ("Japanese suppliers of servo motors" for a Vietnamese robot maker).
   */
  origin: 0.4,
  /** What is left of supplying a firm that wants capacity partners, when the supplier refuses such work. */
  refused: 0.35,
  /** How much of a pair goes when one asks for a technology the other does not work in (stack.ts). */
  stackMiss: 0.6,
  /** …and when the other says it refuses that technology. */
  stackRefused: 0.8,
  /** How much of a pair across the border goes when one of them rules out partners abroad. */
  abroad: 0.6,
  /**
   * How much of what a clean pair lacks of a full score it gains when what one looks for and what the other
   * offers name the same specific words (ROS, LiDAR, 生産管理; text/specific-terms.ts), at sharedTermsFull of
   * rarity (the sum of ln(firms / firms using the word)) or more; only where the need is met at all. 0.1, 0.2, 0.3
   * scored the 68 held-out sets 0.8829, 0.8845, 0.8842 when tried beside the engine (session 30: 56 sets up, 12
   * down, at most -0.005); words weighed alike, 0.8832.
   */
  sharedTerms: 0.2,
  sharedTermsFull: 3,
  /** Both sell (want clients) at least this much: they can be competitors. */
  seller: 0.6,
  /** What an investor gains from a startup outside its thesis (its thesis met: 1), and from one it excludes. */
  offThesis: 0.3,
  excludedField: 0.1,
  /**
   * What is left of a need for distributors met by a distributor whose line (the fields of what it offers and looks
   * for) holds none of the vendor's products (0.3-0.7 all within 0.0002 of the mean over the sets; 0.5).
   */
  offLine: 0.5,
  /**
   * What goes of a clean pair when what one looks for names specific words (text/specific-terms.ts) of which what
   * the other offers, in words of its own, names none: the same field but most likely not the thing ("OSCP
   * holders for manual pentests" of a QA house that writes of ZAP scans); only where the need is met at all.
   * 0.05, 0.1, 0.15, 0.25 scored the 69 held-out sets +0.0009, +0.0014, +0.0015, +0.0008 (0.1: 45 sets up, 15
   * down, at most -0.004) in session 32.
   */
  termMiss: 0.1,
};

export type Params = typeof PARAMS;
export type PairOut = { forA: number; forB: number; broken: boolean };

// Imported constants copied into module locals: a transpiled import is a getter, read in the innermost loop.
const LIST = MAX_LIST;
const missedStack = stackMissed;
const FRAMEWORK_FAMILIES = FRAMEWORKS.families;
const PLATFORM_FAMILIES = PLATFORMS.families;
const THESIS = MAX_THESIS;
const TERMS = MAX_TERMS;
/** Marks words of the firm a row scores (store.ts, seekTermMark): a new number a row, never reused in a thread. */
let termStamp = 0;
const SCOPES = MAX_SCOPES;
const CONSORTIUM = INTENT_BIT.consortium;
/** How much a firm must sell what it offers to be a prime contractor giving out work (Profile.vendor). */
export const PRIME_VENDOR = 0.8;
const CAPACITY = INTENT_BIT.capacity;
const backs = backsRaise;
const isInvestment = investment;
/** Refusing either, a firm gives no work to a capacity partner. */
const GIVES_OUT = INTENT_BIT.capacity | INTENT_BIT.subcontractors;
const THIRD_MARKETS = ~0b11;
const OTHER = 2;
/** How far beyond the largest team a firm says it fields a job may start before it is out of its reach. */
export const TEAM_STRETCH = 1.5;
/** What an offer of capacity to vendors of no named trade is worth to any vendor (see audience in kernel()). */
const UNNAMED_AUDIENCE = 0.5;
/** How well (in 255ths) a firm must meet a need for the requirements stated with that need to bind it. */
export const SCOPE_MET = 128;
/**
 * The least weight of a need the firm said, not one put to it (a way into Japan's market, 0.3; a word in a
 * description): a firm that asks certifications of the firms it would bid with does not ask them of a client that
 * meets only such a need.
 */
const NEED_SAID = 0.5;
/** A firm works in a field when its offers meet it at 0.8 (204 in 255ths): an investor's thesis asks this. */
export const IN_FIELD = 204;
/** A round this many times an investor's largest ticket is beyond it (it could take only a sliver of it). */
export const ROUND_STRETCH = 3.5;

/**
 * A round out of an investor's reach: many times its largest ticket, below its smallest, or above the largest
 * round it joins (sums in thousands of US dollars; 0 where not said).
 */
export function roundOutOfReach(
  ticketLow: number,
  ticketHigh: number,
  roundCap: number,
  raiseLow: number,
  raiseHigh: number,
): boolean {
  if (raiseHigh <= 0) return false;
  if (ticketHigh > 0 && (raiseLow >= ROUND_STRETCH * ticketHigh || raiseHigh < ticketLow)) return true;
  return roundCap > 0 && raiseLow > roundCap;
}

/** A round at a stage the investor does not invest at (stage + 1 and mask as in Profile; 0: not said). */
export const stageOutOfReach = (stageMask: number, raiseStage: number): boolean =>
  stageMask !== 0 && raiseStage > 0 && (stageMask & (1 << (raiseStage - 1))) === 0;

/** A startup's revenue below the least the investor asks ("Minimum ARR of US$1M"; 0: not said). */
export const revenueBelow = (minRevenue: number, revenue: number): boolean =>
  minRevenue > 0 && revenue > 0 && revenue < minRevenue;

/**
 * A partner founded too recently for the least age asked ("設立5年以上", "at least 3 years in business"; 0: not
 * said). Counted in whole calendar years, so a firm at the bound passes: a dealbreaker is for the sure case.
 */
export const tooYoung = (minYears: number, founded: number, year: number): boolean =>
  minYears > 0 && founded > 0 && year - founded < minYears;

/** The round b raises is out of investor a's reach: its size, its stage, or b's revenue. */
function stakeMisses(P: Packed, a: number, b: number): boolean {
  return (
    P.investor[a]! !== 0 &&
    (roundOutOfReach(P.ticketLow[a]!, P.ticketHigh[a]!, P.roundCap[a]!, P.raiseLow[b]!, P.raiseHigh[b]!) ||
      stageOutOfReach(P.stageMask[a]!, P.raiseStage[b]!) ||
      revenueBelow(P.minRevenue[a]!, P.revenue[b]!))
  );
}

function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** 1 where n is not 0, else 0, without a branch (n | -n has the sign bit of every n but 0). */
const nonZero = (n: number): number => (n | -n) >>> 31;
/** The smaller of two integers, without a branch. */
const smaller = (x: number, y: number): number => y + ((x - y) & ((x - y) >> 31));
/** |x - y| for integers, without a branch. */
const distance = (x: number, y: number): number => {
  const d = x - y;
  return (d ^ (d >> 31)) - (d >> 31);
};

/** The market factor (see row()) for each case: bit 0, a targets b's home; bit 1, b a's; bit 2, a third market. */
const MARKETS_UNKNOWN = 8;
function marketTable(weight: number): Float64Array {
  const table = new Float64Array(MARKETS_UNKNOWN + 1);
  for (let bits = 0; bits < MARKETS_UNKNOWN; bits++) {
    let m = 0;
    if (bits & 1) m += 0.5;
    if (bits & 2) m += 0.5;
    if (bits & 4) m += 0.5;
    if (m > 1) m = 1;
    table[bits] = 1 - weight + weight * m;
  }
  // Either firm names no market.
  table[MARKETS_UNKNOWN] = 1 - weight + weight * 0.5;
  return table;
}

/** Sector masks are 32 bits: counts 0..32. */
const SECTORS = 33;
/**
 * The sector factor (see row()) at shared * SECTORS + fewer: the sectors both firms are in, and the fewer of the
 * two firms' counts (0 when either names none: half).
 */
function sectorTable(weight: number): Float64Array {
  const table = new Float64Array(SECTORS * SECTORS);
  for (let shared = 0; shared < SECTORS; shared++)
    for (let fewer = 0; fewer < SECTORS; fewer++) {
      const sec = fewer === 0 ? 0.5 : shared / fewer;
      table[shared * SECTORS + fewer] = 1 - weight + weight * sec;
    }
  return table;
}

/** The size factor (see row()) for gaps of 0..SIZE_GAPS - 1 bands (wider ones are worked out as they come). */
const SIZE_GAPS = 16;
function sizeTable(sizeGap: number): Float64Array {
  return Float64Array.from({ length: SIZE_GAPS }, (_, gap) => (gap > 1 ? 1 - sizeGap * (gap - 1) : 1));
}

/** The worst score each firm's candidate pool holds (-1 while it has room): for a, and for every b. */
export type Bar = { a: number; b: Float64Array };

export type Kernel = {
  /** The pair's score as if no requirement were broken, 0..1 before the floor is applied; directions to `out`. */
  clean(a: number, b: number, out: PairOut): number;
  /**
   * Clean scores of a against right[from..to), into scores/forAs/forBs at the same positions. With `bar`, a pair
   * whose final score cannot reach bar.a nor bar.b[b] (the worst of each firm's candidate pool so far) is left
   * at 0, not scored in full: the all-pairs run keeps only pairs one of the two pools would take. The positions
   * of the pairs not so dropped go to `kept` in order (when given), and their number is returned: a caller
   * offering pairs to pools need not walk the many a bar dropped.
   */
  row(
    a: number,
    right: Int32Array,
    from: number,
    to: number,
    scores: Float64Array,
    forAs: Float64Array,
    forBs: Float64Array,
    bar?: Bar,
    kept?: Int32Array,
  ): number;
  /** Whether either firm fails a requirement of the other. */
  broken(a: number, b: number): boolean;
  /** The final score in [0, 1] (clean above the floor, broken below it). */
  score(a: number, b: number, out: PairOut): number;
  /** The final score of a clean part, given whether the pair is broken. */
  finish(clean: number, broken: boolean): number;
};

/**
 * The scoring kernel over the packed arrays. Every array is read into a local once, so the hot loops touch
 * typed arrays only (this runs for 25 million pairs in the all-firms run). The arrays may grow (the store
 * reallocates): a kernel belongs to one version of them.
 */
export function kernel(P: Packed, params: Params = PARAMS): Kernel {
  const C = P.capabilities;
  const { meets, seekCap, seekW, offerCap, offerW, seekCount, offerCount, seekTotal, domainSeek, domainOffer } = P;
  const { domainReach } = P;
  const { capacityTo, audienceCap, audienceCount, channelSeek, lineDomain } = P;
  const { vendor, avail, wants, refuses, ja, en, vi, empMid, empMax, reqMinEmployees, reqScale, minTeam, maxTeam } = P;
  const { langColumnOnly } = P;
  const { reqMaxEmployees, needPm, needItems, floorPm, floorItems, teamAsked, teamFloor, teamTop } = P;
  const { itemsMonthly, itemsCapacity, itemsKind, capacityKind, dataIn, dataHosted } = P;
  const { refusesAbroad, refusesFrom, stackOffered, stackSought, stackRefused, thesisFrom, thesisNotFrom, home } = P;
  const {
    presence,
    seekFrom,
    seekFromAny,
    consortiumFrom,
    certMask,
    cmmi,
    canOnsite,
    reqLang,
    reqLangAny,
    reqPresence,
    reqPlaceCol,
    reqCertMask,
    reqCertAny,
    reqCmmi,
    reqOnsite,
  } = P;
  const { sectorMask, sectorCount, marketMask, homeMarket, band, country } = P;
  const { reqSupplyOnly, reqBidOnly, reqOfSuppliers, reqCertMaskCol, reqCmmiCol, reqMinCol } = P;
  const { scopeCap, scopeGroup, scopeCount, scopeGroups } = P;
  const { sReqLang, sReqMin, sReqPresence, sReqCertMask, sReqCertAny, sReqCmmi, sReqOnsite, sReqCapacity } = P;
  const { sReqBid } = P;
  const { investor, thesisCap, thesisCount, excludedCap, excludedCount, field, seekHost } = P;
  const { minRevenue, revenue, founded, reqMinYears, clientMin, reqMinExperience, juniorsOnly } = P;
  // The calendar year ages are counted to (a kernel is rebuilt with every engine, so it follows the calendar).
  const thisYear = new Date().getUTCFullYear();
  const { platformOffered, platformSought, platformRefused } = P;
  const { regions, reqRegions, sReqRegions, servesOnly, noDomestic, clientsOnly, bidRole, stake, exclusivity } = P;
  const { contractsAsked, contractsRefused, reqJlpt, jlptBest, sReqJlpt } = P;
  const { deniedCap, deniedCount, unwantedCap, unwantedCount, indirectOnly, primeOnly, distributes } = P;
  const { teamNeedCap, teamNeedMin, teamNeedGroup, teamNeedCount, teamCap, teamSize, teamCount } = P;
  const { seekTerms, offerTerms, seekTermCount, offerTermCount, termRarity: rarity } = P;
  const sharedTerms = params.sharedTerms;
  const sharedFull = params.sharedTermsFull;
  // The rarity of the words a's needs and b's offers share (and b's needs and a's offers): the sum of
  // ln(firms / firms using each word). The words of the row's firm are marked once a row (markTerms), so a pair
  // costs one look at each of b's words.
  const seekMark = P.seekTermMark;
  const offerMark = P.offerTermMark;
  let marked = 0;
  /** The row's firm: where its needs' words are, and how many (markTerms). */
  let markedSeeks = 0;
  let markedSeekCount = 0;
  const markTerms = (a: number) => {
    marked = ++termStamp;
    const base = a * TERMS;
    markedSeeks = base;
    markedSeekCount = seekTermCount[a]!;
    for (let k = 0; k < seekTermCount[a]!; k++) seekMark[seekTerms[base + k]!] = marked;
    for (let k = 0; k < offerTermCount[a]!; k++) offerMark[offerTerms[base + k]!] = marked;
  };
  const sharedWith = (b: number, bSeeks: boolean): number => {
    const words = bSeeks ? seekTerms : offerTerms;
    const mark = bSeeks ? offerMark : seekMark;
    const base = b * TERMS;
    const end = base + (bSeeks ? seekTermCount[b]! : offerTermCount[b]!);
    // A need names a word or two, an offer up to TERMS: the row firm's few words are looked up in b's offer (its
    // words are known when row() marked them, which it does where shared words count).
    if (!bSeeks && sharedTerms !== 0 && markedSeekCount * 4 < end - base) return foundIn(base, end);
    let w = 0;
    for (let k = base; k < end; k++) {
      const t = words[k]!;
      if (mark[t] === marked) w += rarity[t]!;
    }
    return w;
  };
  // The rarity of the row firm's needs' words that b's offer (offerTerms[base..end)) names, each looked up by
  // halving. Both lists rise, so the words found come in the order a walk over b's list would meet them, and their
  // sum is the same to the last bit; the search for the next word starts where the last one ended.
  const foundIn = (base: number, end: number): number => {
    let w = 0;
    let lo = base;
    for (let k = markedSeeks; k < markedSeeks + markedSeekCount; k++) {
      const t = seekTerms[k]!;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (offerTerms[mid]! < t) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && offerTerms[lo] === t) w += rarity[t]!;
    }
    return w;
  };
  // How far the words shared go towards the full lift, from the words each side's needs share (sharedWith; -1
  // where that side's needs are not met at all): a need no one meets never gains (an unmet need stays worth no
  // more than saying nothing).
  const liftShare = (wordsA: number, wordsB: number): number => {
    const w = ((wordsA > 0 ? wordsA : 0) + (wordsB > 0 ? wordsB : 0)) / 2;
    return w <= 0 ? 0 : w < sharedFull ? w / sharedFull : 1;
  };
  const offThesis = params.offThesis;
  const offLine = params.offLine;
  const excludedField = params.excludedField;
  const alpha = params.coverMax;
  const consortiumBase = params.consortiumBase;
  const consortiumFit = params.consortiumFit;
  const languageCost = params.language;
  const needed = params.languageNeeded;
  const sizeGap = params.sizeGap;
  const tooLarge = params.tooLarge;
  const scaleShort = params.scaleShort;
  const scaleStated = params.scaleStated;
  const teamShare = params.teamShare;
  const abroad = params.abroad;
  const stackMiss = params.stackMiss;
  const stackRefusedCost = params.stackRefused;
  // What is left of a pair when one asks for technologies of a bank (stack.ts) that the other does not work in.
  // (Of platforms and legacy languages a refused one misses beside another offered: refusalBinds, stack.ts.)
  const stackFactor = (
    sought: number,
    offered: number,
    refused: number,
    families: readonly number[],
    refusalBinds = false,
  ): number => {
    const missed = missedStack(sought, offered, refused, families, refusalBinds);
    return missed === 0 ? 1 : (missed & refused) !== 0 ? 1 - stackRefusedCost : 1 - stackMiss;
  };
  const stakeMiss = params.stakeMiss;
  const exclusivityMiss = params.exclusivityMiss;
  const deniedNeed = params.deniedNeed;
  const indirect = params.indirect;
  const serviceArea = params.serviceArea;
  const columnPlace = params.columnPlace;
  const contractClash = params.contractClash;
  // b says it does not do a's main need, the one it states most (first among equals; Profile.deniedCaps): "We do
  // not implement ERP packages" to a firm whose first need is an S/4HANA migration. Not any need: a firm listing
  // several may be well met on another (an EMS after bare boards and PCB design, by a PCB design house that makes
  // no boards).
  const turnsDown = (a: number, b: number): boolean =>
    seekCount[a]! !== 0 && listed(seekCap[a * LIST]!, deniedCap, b * LIST, deniedCount[b]!);
  // …or a's main offer is what b says it does not want ("We are not looking for TMS/WMS software" to a TMS vendor).
  const unwanted = (a: number, b: number): boolean =>
    offerCount[a]! !== 0 && listed(offerCap[a * LIST]!, unwantedCap, b * LIST, unwantedCount[b]!);
  const marketWeight = params.market;
  const sectorWeight = params.sector;
  const competitor = params.competitor;
  const seller = params.seller;
  const refused = params.refused;
  const capacityOffer = params.capacityOffer;
  const originLeft = params.origin;
  const floor = params.floor;
  const termMiss = params.termMiss;
  const consortiumMost = consortiumBase + consortiumFit;
  // The market, sector and size factors of row(), each worked out once for every case it can take and looked up
  // by pair: with the same arithmetic, so the same numbers to the last bit. Worked out pair by pair they cost a
  // division and a few branches no processor can guess (the pairs come in no order), and they are worked out for
  // every pair of the all-firms run.
  const marketFactors = marketTable(marketWeight);
  const sectorFactors = sectorTable(sectorWeight);
  const sizeFactors = sizeTable(sizeGap);
  // The clean part's weight in a final score, a hair more (weights are 32-bit floats): for upper bounds.
  const reach = (1 - floor) * (1 + 1e-6);

  // How much of what firm a mainly offers (its two strongest offers) firm b offers too (credit-weighted).
  const overlap = (a: number, b: number): number => {
    const count = offerCount[a]! < 2 ? offerCount[a]! : 2;
    if (count === 0 || (domainOffer[a]! & domainOffer[b]!) === 0) return 0;
    const base = a * LIST;
    const row = b * C;
    let sum = 0;
    let total = 0;
    for (let k = 0; k < count; k++) {
      const w = offerW[base + k]!;
      sum += w * meets[row + offerCap[base + k]!]!;
      total += w;
    }
    return sum / total / 255;
  };
  // How much b is one of the firms a offers itself to as capacity (half, for any vendor, when a names none:
  // "vendors needing QA capacity" is more often said by a firm that sells to clients of its own trade).
  const audience = (a: number, b: number): number => {
    const n = audienceCount[a]!;
    if (n === 0) return UNNAMED_AUDIENCE;
    const row = b * C;
    const base = a * THESIS;
    let best = 0;
    // Whom it offers itself to is a field ("development companies"): any narrower trade is in it.
    for (let k = 0; k < n; k++) {
      const m = field[row + audienceCap[base + k]!]!;
      if (m > best) best = m;
    }
    return best / 255;
  };
  // a's requirements that b fails. With a firm it would bid with (both want consortium partners), the
  // certifications and sizes a's text asked of its suppliers do not apply; those in its columns, its languages,
  // places and on-site work do.
  // How much investor a gains from a client b: by how well b's fields fall in a's thesis; little if b is outside
  // it and in a field a excludes ("we do not invest in games"). A startup seeking money is not thereby an
  // investment. Another investor is a co-investor, not a thesis question.
  const thesisFit = (a: number, b: number): number => {
    if (investor[b]!) return 1;
    // "ベトナムのスタートアップ", "we do not invest in Japanese startups": a startup from elsewhere is outside it.
    const from = thesisFrom[a]!;
    if ((from !== 0 && (presence[b]! & from) === 0) || (thesisNotFrom[a]! & home[b]!) !== 0) return excludedField;
    const row = b * C;
    const base = a * THESIS;
    const n = thesisCount[a]!;
    let best = n === 0 ? 255 : 0;
    for (let k = 0; k < n; k++) {
      const m = field[row + thesisCap[base + k]!]!;
      if (m > best) best = m;
    }
    if (best >= IN_FIELD) return offThesis + ((1 - offThesis) * best) / 255;
    const ex = excludedCount[a]!;
    for (let k = 0; k < ex; k++) if (field[row + excludedCap[base + k]!]! >= IN_FIELD) return excludedField;
    return offThesis + ((1 - offThesis) * best) / 255;
  };
  // Whether vendor a's products fall outside the line of distributor b (the fields of what b offers and looks for: a
  // distributor of business software is little use to a drone maker).
  const outsideLine = (b: number, a: number): boolean => (lineDomain[b]! & domainOffer[a]!) === 0;
  // a's cover by b (see row()) with its need for distributors met at `fit`.
  const channelCover = (a: number, b: number, fit: number): number => {
    const base = a * LIST;
    const row = b * C;
    const dist = channelSeek[a]! - 1;
    const elsewhere = country[a]! === country[b]! && (presence[b]! & seekFromAny[a]!) !== seekFromAny[a]!;
    let sum = 0;
    let best = 0;
    for (let k = 0; k < seekCount[a]!; k++) {
      let v = meets[row + seekCap[base + k]!]! * seekW[base + k]!;
      const from = seekFrom[base + k]!;
      if (elsewhere && from !== 0 && (presence[b]! & from) === 0) v *= originLeft;
      if (seekCap[base + k]! === dist) v *= fit;
      sum += v;
      if (v > best) best = v;
    }
    return ((1 - alpha) * (sum / seekTotal[a]!) + alpha * best) / 255;
  };
  // The language two firms both work in best: how well the weaker of them works in it (explain.ts's twin, on rows).
  const commonLanguage = (a: number, b: number): number =>
    Math.max(Math.min(ja[a]!, ja[b]!), Math.min(en[a]!, en[b]!), Math.min(vi[a]!, vi[b]!));
  // Whether b fails requirements (languages, size, places, certifications, CMMI level, on-site work).
  const check = (
    b: number,
    langs: number,
    min: number,
    place: number,
    certs: number,
    anyOf: number,
    level: number,
    onsite: number,
    langAny = 0,
    inRegions = 0,
    jlpt = 0,
  ): boolean => {
    // A JLPT level asked above the best the other says its people hold ("N2以上" of "6 Japanese speakers (N3)"),
    // or asked of bridge engineers when the other says it has none (both carry BRIDGE_FLAG; jlpt.ts).
    if (
      jlpt &&
      ((jlpt & jlptBest[b]! & (BRIDGE_FLAG | EVERYONE_FLAG)) !== 0 ||
        (levelOf(jlpt) > 0 && levelOf(jlptBest[b]!) > levelOf(jlpt)))
    )
      return true;
    if (
      langAny &&
      !((langAny & 1 && ja[b]! >= needed) || (langAny & 2 && en[b]! >= needed) || (langAny & 4 && vi[b]! >= needed))
    )
      return true;
    if (langs) {
      if (langs & 1 && ja[b]! < needed) return true;
      if (langs & 2 && en[b]! < needed) return true;
      if (langs & 4 && vi[b]! < needed) return true;
    }
    if (min > 0 && empMax[b]! < min) return true;
    if (place && (presence[b]! & place) === 0) return true;
    if (inRegions && regionFails(inRegions, regions[b]!)) return true;
    if (certs && (certMask[b]! & certs) !== certs) return true;
    if (anyOf && (certMask[b]! & anyOf) === 0) return true;
    if (level > cmmi[b]!) return true;
    // Required on site: the partner must show it can; the need is on-site work: a partner that refuses fails.
    return onsite === 2 ? canOnsite[b]! < 1 : onsite === 1 && canOnsite[b]! < 0;
  };
  // a, whose need b meets, buys for itself: it asks no capacity or bid partners, is no vendor looking for
  // subcontractors (a Japanese IT firm giving out work), and sells none of what b sells.
  const endClient = (a: number, b: number): boolean =>
    (wants[a]! & (INTENT_BIT.capacity | INTENT_BIT.consortium)) === 0 &&
    !((wants[a]! & INTENT_BIT.subcontractors) !== 0 && vendor[a]! >= PRIME_VENDOR && offerCount[a]! > 0) &&
    overlap(a, b) === 0 &&
    overlap(b, a) === 0;
  // b meets one of a's needs.
  const meetsNeedOf = (a: number, b: number): boolean => {
    const rowB = b * C;
    const seeksA = a * LIST;
    for (let k = 0; k < seekCount[a]!; k++)
      if (meets[rowB + seekCap[seeksA + k]!]! >= SCOPE_MET && seekW[seeksA + k]! >= NEED_SAID) return true;
    return false;
  };
  // b meets a's needs only as a host (a city, a province, a park: Profile.seekHost), none as a supplier.
  const hostOnly = (a: number, b: number): boolean => {
    const bits = seekHost[a]!;
    if (bits === 0) return false;
    const rowB = b * C;
    const seeksA = a * LIST;
    let hosts = false;
    for (let k = 0; k < seekCount[a]!; k++) {
      if (meets[rowB + seekCap[seeksA + k]!]! < SCOPE_MET) continue;
      if (((bits >> k) & 1) === 0) return false;
      hosts = true;
    }
    return hosts;
  };
  // b is only a client of a: it needs what a sells, supplies nothing a needs, and wants nothing but suppliers.
  const clientOnly = (a: number, b: number): boolean =>
    (wants[b]! & ~INTENT_BIT.subcontractors) === 0 && !meetsNeedOf(a, b) && meetsNeedOf(b, a);
  const fails = (a: number, b: number, bidding: boolean): boolean => {
    // An investor is asked what every counterpart is (a language, a place), not a supplier's certifications, size
    // or on-site work.
    // …and so is a client of a firm whose text asked its requirements of the firms it would bid with.
    // (Not the languages only the organizer's column asks, where the firm itself works in one the investor does, as
    // well as a language asked of a partner must be worked in: they are of its business partners, and a founder
    // raising money meets an investor in a language both speak, "vi" of a Vietnamese start-up against a Singapore
    // fund. A Japanese start-up that works only in Japanese still asks it.)
    if (investor[b]! && !investor[a]!) {
      const column = langColumnOnly[a]! !== 0 && commonLanguage(a, b) >= needed;
      return check(
        b,
        column ? 0 : reqLang[a]!,
        0,
        reqPresence[a]!,
        0,
        0,
        0,
        0,
        column ? 0 : reqLangAny[a]!,
        reqRegions[a]!,
        reqJlpt[a]!,
      );
    }
    if (reqBidOnly[a]! !== 0 && !bidding && !meetsNeedOf(a, b))
      return check(b, reqLang[a]!, 0, reqPresence[a]!, 0, 0, 0, 0, reqLangAny[a]!, reqRegions[a]!, reqJlpt[a]!);
    // Data asked to stay in a country that the other's service keeps elsewhere (data-location.ts).
    if (dataMisplaced(dataIn[a]!, dataHosted[b]!)) return true;
    // A host is asked what every counterpart is, not a supplier's size, certifications or on-site work.
    if (hostOnly(a, b))
      return check(b, reqLang[a]!, 0, reqPresence[a]!, 0, 0, 0, 0, reqLangAny[a]!, reqRegions[a]!, reqJlpt[a]!);
    // A partner's revenue below the least a firm asks of its partners (an investor's is a question of its stake).
    if (!investor[a]! && revenueBelow(minRevenue[a]!, revenue[b]!)) return true;
    if (tooYoung(reqMinYears[a]!, founded[b]!, thisYear)) return true;
    // Years of experience asked of the people sent, and a partner (not a mere client) that offers only graduates
    // and interns.
    if (reqMinExperience[a]! > 0 && juniorsOnly[b]! !== 0 && !clientOnly(a, b)) return true;
    // A client smaller than the least a firm takes ("chỉ nhận khách hàng từ 300 nhân viên"): b needs what a sells,
    // supplies nothing a needs, and wants no clients or partners of its own (a reseller's size is not a client's).
    if (clientMin[a]! > 0 && empMax[b]! < clientMin[a]! && clientOnly(a, b)) return true;
    // A client that only buys from a firm whose text asked its requirements of its suppliers ("The partner must be
    // ISO/IEC 27001 certified and have at least 500 employees" after an ODC sought) is asked what every counterpart
    // is, not the size, certifications or on-site work its text asks (the organizer's columns still hold).
    if (reqOfSuppliers[a]! !== 0 && !bidding && clientOnly(a, b))
      return check(
        b,
        reqLang[a]!,
        reqMinCol[a]!,
        reqPresence[a]!,
        reqCertMaskCol[a]!,
        0,
        reqCmmiCol[a]!,
        0,
        reqLangAny[a]!,
        reqRegions[a]!,
        reqJlpt[a]!,
      );
    const supplyOnly = bidding && reqSupplyOnly[a]! !== 0;
    return check(
      b,
      reqLang[a]!,
      supplyOnly ? reqMinCol[a]! : reqMinEmployees[a]!,
      reqPresence[a]!,
      supplyOnly ? reqCertMaskCol[a]! : reqCertMask[a]!,
      supplyOnly ? 0 : reqCertAny[a]!,
      supplyOnly ? reqCmmiCol[a]! : reqCmmi[a]!,
      reqOnsite[a]!,
      reqLangAny[a]!,
      reqRegions[a]!,
      reqJlpt[a]!,
    );
  };
  // a seeks `cap` only from places b is not in ("BPO partners in Vietnam" of a Japanese call centre): b is not
  // the partner that need's requirements are stated for.
  const soughtElsewhere = (a: number, cap: number, b: number): boolean => {
    if (seekFromAny[a]! === 0) return false;
    const base = a * LIST;
    for (let k = 0; k < seekCount[a]!; k++) {
      if (seekCap[base + k]! !== cap) continue;
      const from = seekFrom[base + k]!;
      return from !== 0 && (presence[b]! & from) === 0;
    }
    return false;
  };
  // b meets, at least as well as `least`, one of a's needs outside scope group g (g < 0: outside every group), other
  // than a's own offers: for a capacity group, another need than capacity in a's own work (least SCOPE_MET); for
  // all of them, a need stated without requirements ("現地法人のセキュリティ診断：報告書は英語でも可" beside a
  // helpdesk need asked in Japanese; least IN_FIELD, b's own field).
  const meetsNeedOutside = (a: number, b: number, g: number, least: number): boolean => {
    const rowB = b * C;
    const seeksA = a * LIST;
    const base = a * THESIS;
    for (let k = 0; k < seekCount[a]!; k++) {
      const cap = seekCap[seeksA + k]!;
      if (meets[rowB + cap]! < least || listed(cap, offerCap, a * LIST, offerCount[a]!)) continue;
      let inGroup = false;
      for (let j = 0; j < scopeCount[a]! && !inGroup; j++)
        inGroup = scopeCap[base + j] === cap && (g < 0 || scopeGroup[base + j] === g);
      if (!inGroup) return true;
    }
    return false;
  };
  // Requirements a stated with some of its needs bind b when b would meet one of those needs; not when b is the
  // partner for another of a's needs, or a's client ("Overflow partners for QA (ISO 27001 required)" asks
  // nothing of a client buying an ODC). A firm that is neither keeps them, as a firm's requirements always bind.
  // With a firm it would bid with, the languages, places and on-site work stated with a need hold, like the
  // certifications and sizes a text asks of suppliers do not (see fails()).
  // Per scope group, the needs of it b meets and all its needs (scopedFails; no allocation in the loop).
  const groupMet = new Int32Array(SCOPES);
  const groupAll = new Int32Array(SCOPES);
  const scopedFails = (a: number, b: number, bidding: boolean): boolean => {
    const n = scopeCount[a]!;
    if (n === 0 || (investor[b]! && !investor[a]!)) return false;
    // An investor's start-up is not its supplier: what a Japanese maker asks of its app developers (ISO 27001, a
    // Japanese-speaking PM) does not bind the agritech start-up its CVC would back.
    if (backs(investor[a]!, wants[b]!)) return false;
    const rowB = b * C;
    const base = a * THESIS;
    // Each need's requirements bind the partner for that need only.
    let bound = 0;
    groupMet.fill(0);
    groupAll.fill(0);
    for (let k = 0; k < n; k++) {
      const cap = scopeCap[base + k]!;
      const g = scopeGroup[base + k]!;
      groupAll[g]!++;
      // Those stated of the firms a would bid with bind only a firm it would bid with.
      if (meets[rowB + cap]! >= SCOPE_MET && !soughtElsewhere(a, cap, b) && (bidding || !sReqBid[a * SCOPES + g])) {
        bound |= 1 << g;
        groupMet[g]!++;
      }
    }
    const groups = scopeGroups[a]!;
    // b meeting several needs with their own requirements is the partner for the one it meets best: an ABAP house
    // that also does Java is the partner for "ABAP developers, ISMS not required", not for the 300-person Java
    // offshore need beside it. Needs it meets as well bind it all (the app and the maintenance of one project).
    if (bound & (bound - 1)) {
      let best = 0;
      for (let g = 0; g < groups; g++)
        if (bound & (1 << g) && groupMet[g]! / groupAll[g]! > best) best = groupMet[g]! / groupAll[g]!;
      for (let g = 0; g < groups; g++)
        if (bound & (1 << g) && groupMet[g]! / groupAll[g]! < best - 1e-9) bound &= ~(1 << g);
    }
    // …and one that meets a need stated without requirements in its field, and less than half of the needs
    // stated with them, is the partner for that need: the pentest firm with a SOC line, not the helpdesk.
    if (bound !== 0 && meetsNeedOutside(a, b, -1, IN_FIELD)) {
      let most = 0;
      for (let g = 0; g < groups; g++)
        if (bound & (1 << g) && groupMet[g]! / groupAll[g]! > most) most = groupMet[g]! / groupAll[g]!;
      if (most < 0.5) bound = 0;
    }
    // Capacity asked in the firm's own work binds a firm of that trade as a subcontractor, not as a client
    // whose needs the firm meets, nor as the partner for another need it names.
    if (bound !== 0)
      for (let g = 0; g < groups; g++)
        if (
          bound & (1 << g) &&
          sReqCapacity[a * SCOPES + g]! &&
          (meetsNeedOf(b, a) || meetsNeedOutside(a, b, g, SCOPE_MET))
        )
          bound &= ~(1 << g);
    if (bound === 0) {
      const seeksA = a * LIST;
      for (let k = 0; k < seekCount[a]!; k++) if (meets[rowB + seekCap[seeksA + k]!]! >= SCOPE_MET) return false;
      const rowA = a * C;
      const seeksB = b * LIST;
      for (let k = 0; k < seekCount[b]!; k++) if (meets[rowA + seekCap[seeksB + k]!]! >= SCOPE_MET) return false;
      bound = (1 << groups) - 1;
    }
    for (let g = 0; g < groups; g++) {
      if ((bound & (1 << g)) === 0) continue;
      const i = a * SCOPES + g;
      // …unless they were stated of those firms ("Consortium members must have at least 300 employees").
      const failsScope =
        bidding && !sReqBid[i]
          ? check(b, sReqLang[i]!, 0, sReqPresence[i]!, 0, 0, 0, sReqOnsite[i]!, 0, sReqRegions[i]!, sReqJlpt[i]!)
          : check(
              b,
              sReqLang[i]!,
              sReqMin[i]!,
              sReqPresence[i]!,
              sReqCertMask[i]!,
              sReqCertAny[i]!,
              sReqCmmi[i]!,
              sReqOnsite[i]!,
              0,
              sReqRegions[i]!,
              sReqJlpt[i]!,
            );
      if (failsScope) return true;
    }
    return false;
  };

  // One firm against a run of others: a's fields are read once, each b's as it comes. This is the only place
  // where the clean score is computed; clean() below runs it on a single firm.
  const row = (
    a: number,
    right: Int32Array,
    from: number,
    to: number,
    scores: Float64Array,
    forAs: Float64Array,
    forBs: Float64Array,
    bar?: Bar,
    kept?: Int32Array,
  ): number => {
    const barA = bar ? bar.a : -1;
    const barB = bar?.b;
    // Every pair goes on `kept` as it comes; one a bar drops is taken off again (count--).
    let count = 0;
    if (sharedTerms !== 0) markTerms(a);
    const vA = vendor[a]!;
    const wA = wants[a]!;
    const investorA = investor[a]!;
    const availA = avail[a]!;
    const consA = wA & CONSORTIUM;
    const wantsCapacityA = wA & CAPACITY;
    const refusesCapacityA = refuses[a]! & CAPACITY;
    const refusesFromA = refusesFrom[a]!;
    const abroadA = refusesAbroad[a]!;
    const soughtA = stackSought[a]!;
    const offeredA = stackOffered[a]!;
    const refusedA = stackRefused[a]!;
    const platformSoughtA = platformSought[a]!;
    const platformOfferedA = platformOffered[a]!;
    const platformRefusedA = platformRefused[a]!;
    const capacityToA = capacityTo[a]! !== 0;
    const offersA = offerCount[a]!;
    const seekDomainA = domainSeek[a]!;
    const reachA = domainReach[a]!;
    const countryA = country[a]!;
    const fromA = seekFromAny[a]!;
    const bidFromA = consortiumFrom[a]!;
    const presenceA = presence[a]!;
    const jaA = ja[a]!;
    const enA = en[a]!;
    const viA = vi[a]!;
    const bandA = band[a]!;
    const scaleA = reqScale[a]!;
    const minTeamA = minTeam[a]!;
    const maxTeamA = maxTeam[a]!;
    const ceilingA = reqMaxEmployees[a]!;
    const needPmA = needPm[a]!;
    const needItemsA = needItems[a]!;
    const floorPmA = floorPm[a]!;
    const floorItemsA = floorItems[a]!;
    const itemsMonthlyA = itemsMonthly[a]!;
    const itemsCapacityA = itemsCapacity[a]!;
    const itemsKindA = itemsKind[a]!;
    const capacityKindA = capacityKind[a]!;
    const midA = empMid[a]!;
    const mA = marketMask[a]!;
    const homeA = homeMarket[a]!;
    const sectorsA = sectorMask[a]!;
    const sA = sectorCount[a]!;
    const seekCountA = seekCount[a]!;
    const channelA = channelSeek[a]!;
    const lineA = lineDomain[a]!;
    const seekBaseA = a * LIST;
    // Divided, not multiplied by an inverse: the same arithmetic as b's side, so the score stays symmetric.
    const seekTotalA = seekTotal[a]!;
    const seekTermCountA = seekTermCount[a]!;
    const offerTermCountA = offerTermCount[a]!;
    const meetsRowA = a * C;
    const roleA = bidRole[a]!;
    // Whether a says it does not do or want something (turnsDown, unwanted): most firms say neither.
    const refusalsA = deniedCount[a]! | unwantedCount[a]!;
    for (let y = from; y < to; y++) {
      const b = right[y]!;
      if (kept !== undefined) kept[count] = y;
      count++;
      // Two firms that both lead their bids, or both only join others', are not each other's consortium.
      const wB = roleA !== 0 && bidRole[b] === roleA ? wants[b]! & ~CONSORTIUM : wants[b]!;
      const meet = (seekDomainA & domainReach[b]!) !== 0 || (domainSeek[b]! & reachA) !== 0;
      if (!meet && (consA & wB) === 0 && !capacityToA && capacityTo[b]! === 0) {
        scores[y] = 0;
        forAs[y] = 0;
        forBs[y] = 0;
        continue;
      }
      const sameCountry = countryA === country[b]!;
      // A common working language (across the border), markets, sectors and the gap in size: factors of at most
      // 1 that the score is multiplied by below, worked out here because they are cheap and tighten the bound.
      let languageF = 1;
      if (countryA !== country[b]! || countryA === OTHER) {
        const jb = ja[b]!;
        const eb = en[b]!;
        const vb = vi[b]!;
        let l = jaA < jb ? jaA : jb;
        const e = enA < eb ? enA : eb;
        const v = viA < vb ? viA : vb;
        if (e > l) l = e;
        if (v > l) l = v;
        languageF = 1 - languageCost * (1 - l);
      }
      // Markets: each targets the other's home, or both target the same third markets (marketTable).
      const mB = marketMask[b]!;
      const marketF =
        mA && mB
          ? marketFactors[
              nonZero(mA & homeMarket[b]!) | (nonZero(mB & homeA) << 1) | (nonZero(mA & mB & THIRD_MARKETS) << 2)
            ]!
          : marketFactors[MARKETS_UNKNOWN]!;
      // Sectors in common (sectorTable).
      const sB = sectorCount[b]!;
      const sectorF = sectorFactors[popcount(sectorsA & sectorMask[b]!) * SECTORS + smaller(sA, sB)]!;
      // Size: a gap of more than one band (not between an investor and a start-up it would back: a fund of 25
      // backs firms of any size).
      const backing = isInvestment(investorA, wA, investor[b]!, wB);
      const gap = distance(bandA, band[b]!);
      const sizeF = backing ? 1 : gap < sizeFactors.length ? sizeFactors[gap]! : 1 - sizeGap * (gap - 1);
      const damp = languageF * marketF * sectorF * sizeF;
      // A pair these alone keep below both firms' bars is dropped before its needs are worked out.
      if (barB !== undefined) {
        const most = floor + reach * (damp + sharedTerms * (1 - damp));
        if (most < barA && most < barB[b]!) {
          scores[y] = 0;
          forAs[y] = 0;
          forBs[y] = 0;
          count--;
          continue;
        }
      }
      // cover(a, b) and cover(b, a), written out: this is the innermost loop of the all-pairs run. A seek of
      // partners from elsewhere ("Japanese suppliers of servo motors") counts less met by a firm of the seeker's
      // own country that is not there.
      let cA = 0;
      if (seekCountA !== 0 && (seekDomainA & domainReach[b]!) !== 0) {
        const row = b * C;
        let sum = 0;
        let best = 0;
        if (fromA !== 0 && sameCountry && (presence[b]! & fromA) !== fromA) {
          const there = presence[b]!;
          for (let k = 0; k < seekCountA; k++) {
            const from = seekFrom[seekBaseA + k]!;
            let v = meets[row + seekCap[seekBaseA + k]!]! * seekW[seekBaseA + k]!;
            if (from !== 0 && (there & from) === 0) v *= originLeft;
            sum += v;
            if (v > best) best = v;
          }
        } else
          for (let k = 0; k < seekCountA; k++) {
            const v = meets[row + seekCap[seekBaseA + k]!]! * seekW[seekBaseA + k]!;
            sum += v;
            if (v > best) best = v;
          }
        cA = ((1 - alpha) * (sum / seekTotalA) + alpha * best) / 255;
      }
      let cB = 0;
      const seekCountB = seekCount[b]!;
      if (seekCountB !== 0 && (domainSeek[b]! & reachA) !== 0) {
        const base = b * LIST;
        let sum = 0;
        let best = 0;
        const fromB = seekFromAny[b]!;
        if (fromB !== 0 && sameCountry && (presenceA & fromB) !== fromB)
          for (let k = 0; k < seekCountB; k++) {
            const from = seekFrom[base + k]!;
            let v = meets[meetsRowA + seekCap[base + k]!]! * seekW[base + k]!;
            if (from !== 0 && (presenceA & from) === 0) v *= originLeft;
            sum += v;
            if (v > best) best = v;
          }
        else
          for (let k = 0; k < seekCountB; k++) {
            const v = meets[meetsRowA + seekCap[base + k]!]! * seekW[base + k]!;
            sum += v;
            if (v > best) best = v;
          }
        cB = ((1 - alpha) * (sum / seekTotal[b]!) + alpha * best) / 255;
      }
      // A need for distributors met by one whose line is elsewhere: the slow path, for the few such pairs.
      if (cA > 0 && channelA !== 0 && lineDomain[b]! !== 0 && outsideLine(b, a)) cA = channelCover(a, b, offLine);
      if (cB > 0 && channelSeek[b]! !== 0 && lineA !== 0 && outsideLine(a, b)) cB = channelCover(b, a, offLine);
      const vB = vendor[b]!;
      // Each side's met needs and the other's offer both have specific words (termMiss, sharedTerms below); the
      // words they share, once worked out (-1: none to share; -2: not worked out yet).
      const termsA = cA > 0 && seekTermCountA > 0 && offerTermCount[b]! > 0;
      const termsB = cB > 0 && seekTermCount[b]! > 0 && offerTermCountA > 0;
      let wordsA = -2;
      let wordsB = -2;
      // What each could gain at most (every factor below is at most 1): most pairs of a large event are far from
      // either firm's best, and are dropped here before the rest is worked out.
      if (barB !== undefined) {
        const both = (consA & wB) !== 0;
        let mostA = cA * avail[b]!;
        if (cB * vA > mostA) mostA = cB * vA;
        let mostB = cB * availA;
        if (cA * vB > mostB) mostB = cA * vB;
        if (both && mostA < consortiumMost) mostA = consortiumMost;
        if ((capacityToA || capacityTo[b]! !== 0) && mostA < capacityOffer) mostA = capacityOffer;
        if ((capacityToA || capacityTo[b]! !== 0) && mostB < capacityOffer) mostB = capacityOffer;
        if (both && mostB < consortiumMost) mostB = consortiumMost;
        let h = mostA + mostB > 0 ? (2 * mostA * mostB) / (mostA + mostB) : 0;
        h *= damp;
        // The words they share may lift it, or words sought that the other never uses cost it (below): worked out
        // only for the pairs that could stay at the full lift, and then counted in what they could gain.
        let most = floor + reach * (h + sharedTerms * (1 - h));
        if (most >= barA || most >= barB[b]!) {
          if (h > 0 && (termsA || termsB)) {
            wordsA = termsA ? sharedWith(b, false) : -1;
            wordsB = termsB ? sharedWith(b, true) : -1;
            if (wordsA === 0 || wordsB === 0) h *= 1 - termMiss;
            most = floor + reach * (h + sharedTerms * (1 - h) * liftShare(wordsA, wordsB));
          } else most = floor + reach * h;
        }
        if (most < barA && most < barB[b]!) {
          scores[y] = 0;
          forAs[y] = 0;
          forBs[y] = 0;
          count--;
          continue;
        }
      }
      // a gains what it seeks from b (if b supplies at all), or a client in b (if a wants clients). A firm that
      // refuses capacity work ("no subcontracting") supplies little to one that wants capacity.
      // (A refusal of work from firms of one place holds only for them: "ベトナム企業からの再委託はお受けしていません".)
      const supplyB =
        wantsCapacityA && refuses[b]! & CAPACITY && (refusesFrom[b]! === 0 || (refusesFrom[b]! & home[a]!) !== 0)
          ? refused
          : 1;
      const supplyA =
        wB & CAPACITY && refusesCapacityA && (refusesFromA === 0 || (refusesFromA & home[b]!) !== 0) ? refused : 1;
      // Firms looking for partners to bid with from elsewhere are not each other's consortium.
      const bidFromB = consortiumFrom[b]!;
      const bidElsewhere =
        sameCountry &&
        ((bidFromA !== 0 && (presence[b]! & bidFromA) === 0) || (bidFromB !== 0 && (presenceA & bidFromB) === 0));
      let forA = cA * avail[b]! * supplyB;
      let forB = cB * availA * supplyA;
      const clientA = investorA && cB > 0 ? cB * vA * supplyA * thesisFit(a, b) : cB * vA * supplyA;
      const clientB = investor[b]! && cA > 0 ? cA * vB * supplyB * thesisFit(b, a) : cA * vB * supplyB;
      if (clientA > forA) forA = clientA;
      if (clientB > forB) forB = clientB;
      let oAB = -1;
      let oBA = -1;
      if (consA & wB) {
        // Both want consortium partners: worth more when each brings what the other lacks.
        oAB = overlap(a, b);
        oBA = overlap(b, a);
        const differ = offersA && offerCount[b]! ? 1 - (oAB + oBA) / 2 : 0.5;
        let fit = cA > cB ? cA : cB;
        if (differ > fit) fit = differ;
        const consortium = consortiumBase + consortiumFit * fit;
        if (consortium > forA) forA = consortium;
        if (consortium > forB) forB = consortium;
      }
      // One offers itself as capacity to vendors: a vendor gains as much as it lacks what the other brings.
      // …unless it takes no new partners (新規の協力会社募集は行っておりません).
      if (capacityToA && vB >= seller) {
        if (oAB < 0) oAB = overlap(a, b);
        const gain = capacityOffer * (1 - oAB) * audience(a, b) * (refuses[b]! & GIVES_OUT ? refused : 1);
        if (gain > forB) forB = gain;
        if (gain * vA > forA) forA = gain * vA;
      }
      if (capacityTo[b]! !== 0 && vA >= seller) {
        if (oBA < 0) oBA = overlap(b, a);
        const gain = capacityOffer * (1 - oBA) * audience(b, a) * (refuses[a]! & GIVES_OUT ? refused : 1);
        if (gain > forA) forA = gain;
        if (gain * vB > forB) forB = gain * vB;
      }
      forAs[y] = forA;
      forBs[y] = forB;
      let s = forA + forB > 0 ? (2 * forA * forB) / (forA + forB) : 0;
      if (s === 0) {
        scores[y] = 0;
        continue;
      }
      // Competitors: both sell, what they sell overlaps, and neither wants capacity or consortium partners (of
      // the other's country).
      const bid = (consA & wB) !== 0 && !bidElsewhere;
      const partners = bid || wantsCapacityA !== 0 || (wB & CAPACITY) !== 0;
      if (vA >= seller && vB >= seller && !partners) {
        if (oAB < 0) oAB = overlap(a, b);
        if (oBA < 0) oBA = overlap(b, a);
        // Across the border, one that buys what the other sells is its client down the offshore chain (a Japanese
        // agency that sells apps at home and seeks a Vietnamese app lab), not its rival; at home it stays a rival.
        const buys = sameCountry ? 0 : cA > cB ? cA : cB;
        // How much of what either mainly sells the other sells too: a large vendor selling a small one's whole
        // line is its rival, though that line is a small part of what the large one sells.
        s *= 1 - competitor * (oAB > oBA ? oAB : oBA) * (1 - buys);
      }
      if (
        deniedNeed !== 0 &&
        (refusalsA | deniedCount[b]! | unwantedCount[b]!) !== 0 &&
        (turnsDown(a, b) || turnsDown(b, a) || unwanted(a, b) || unwanted(b, a))
      )
        s *= 1 - deniedNeed;
      // One sells only through distributors where the other, no distributor or integrator, would only buy from it
      // direct (it meets none of the seller's own needs).
      if (
        ((indirectOnly[b]! & presenceA) !== 0 && distributes[a]! === 0 && cB === 0) ||
        ((indirectOnly[a]! & presence[b]!) !== 0 && distributes[b]! === 0 && cA === 0)
      )
        s *= 1 - indirect;
      // …or takes work only as a subcontractor through a prime where the other, whose need it meets, is an end
      // client there: no prime (it neither passes work on nor bids with others, nor sells what the first sells).
      else if (
        ((primeOnly[b]! & presenceA) !== 0 && cA > 0 && endClient(a, b)) ||
        ((primeOnly[a]! & presence[b]!) !== 0 && cB > 0 && endClient(b, a))
      )
        s *= 1 - indirect;
      // One takes work only in some regions ("Chi nhan cong trinh o mien Nam") and the other, whose needs it
      // meets, is known to be elsewhere in that country.
      if (
        (servesOnly[a]! !== 0 && cB > 0 && regionFails(servesOnly[a]!, regions[b]!)) ||
        (servesOnly[b]! !== 0 && cA > 0 && regionFails(servesOnly[b]!, regions[a]!))
      )
        s *= 1 - serviceArea;
      // …or none at home ("Overseas clients only"), and the other, its client, is at home.
      else if (sameCountry && countryA !== 2 && ((noDomestic[a]! && cB > 0) || (noDomestic[b]! && cA > 0)))
        s *= 1 - serviceArea;
      // …or only from some countries ("Chỉ tìm khách hàng Nhật Bản"), and the other, its client, is known to be
      // from another.
      else if (
        (clientsOnly[a]! !== 0 && cB > 0 && home[b]! !== 0 && (clientsOnly[a]! & home[b]!) === 0) ||
        (clientsOnly[b]! !== 0 && cA > 0 && home[a]! !== 0 && (clientsOnly[b]! & home[a]!) === 0)
      )
        s *= 1 - serviceArea;
      // A place only the organizer's column asks, of a partner that is not there.
      if (
        (reqPlaceCol[a]! !== 0 && (presence[b]! & reqPlaceCol[a]!) === 0) ||
        (reqPlaceCol[b]! !== 0 && (presenceA & reqPlaceCol[b]!) === 0)
      )
        s *= 1 - columnPlace;
      // A form of contract asked that the other, whose work meets the need, refuses (text/contracts.ts).
      if (
        (cA > 0 &&
          contractsClash(contractsAsked[a]!, contractsRefused[a]!, contractsRefused[b]!, contractsAsked[b]!)) ||
        (cB > 0 && contractsClash(contractsAsked[b]!, contractsRefused[b]!, contractsRefused[a]!, contractsAsked[a]!))
      )
        s *= 1 - contractClash;
      // A technology asked for that the other does not work in (Flutter of a React Native house, stack.ts).
      // Refused outright ("không nhận dự án React Native"), it costs more than a stack merely not named.
      if (soughtA !== 0) s *= stackFactor(soughtA, stackOffered[b]!, stackRefused[b]!, FRAMEWORK_FAMILIES);
      const soughtB = stackSought[b]!;
      if (soughtB !== 0) s *= stackFactor(soughtB, offeredA, refusedA, FRAMEWORK_FAMILIES);
      // …and a platform or legacy language (Salesforce of a Dynamics house, VB6 of a COBOL shop).
      if (platformSoughtA !== 0)
        s *= stackFactor(platformSoughtA, platformOffered[b]!, platformRefused[b]!, PLATFORM_FAMILIES, true);
      const platformSoughtB = platformSought[b]!;
      if (platformSoughtB !== 0)
        s *= stackFactor(platformSoughtB, platformOfferedA, platformRefusedA, PLATFORM_FAMILIES, true);
      // One rules out partners abroad ("オフショア開発は使わない方針").
      // …unless the partner works the data where the firm asked it kept ("患者情報を扱う作業は国内で行うこと" and "Dữ liệu
      // bệnh nhân thật chỉ được xử lý tại văn phòng Tokyo").
      if (
        (abroadA | refusesAbroad[b]!) !== 0 &&
        (countryA !== country[b]! || countryA === OTHER) &&
        ((abroadA !== 0 && !dataKeptBy(dataIn[a]!, dataHosted[b]!)) ||
          (refusesAbroad[b]! !== 0 && !dataKeptBy(dataIn[b]!, dataHosted[a]!)))
      )
        s *= 1 - abroad;
      // A common working language (languageF, above).
      if (countryA !== country[b]! || countryA === OTHER) s *= languageF;
      // Sizes, teams and volumes are a supplier's: none of them parts an investor and its start-up.
      if (!backing) {
        // A gap in size (sizeF, above), or a team size sought that the other's typical size does not reach.
        if (gap > 1) s *= sizeF;
        if (scaleA > teamShare * empMid[b]!) s *= 1 - scaleShort;
        if (reqScale[b]! > teamShare * midA) s *= 1 - scaleShort;
        // A team smaller than the other takes on ("labs from 10 engineers" for a 3-person job).
        if (teamTop[a]! > 0 && teamTop[a]! < minTeam[b]!) s *= 1 - scaleStated;
        if (teamTop[b]! > 0 && teamTop[b]! < minTeamA) s *= 1 - scaleStated;
        // A volume of work below the least the other takes on ("projects from 30 man-months" for a 6 man-month
        // trial; "orders from 1,000 boards" for 300 a month).
        if (volumeBelow(needPmA, floorPm[b]!) || volumeBelow(needItemsA, floorItems[b]!)) s *= 1 - scaleStated;
        if (volumeBelow(needPm[b]!, floorPmA) || volumeBelow(needItems[b]!, floorItemsA)) s *= 1 - scaleStated;
        // …or a monthly volume well beyond what the other says it does a month ("100,000 slips a month" for a team
        // that handles about 20,000).
        if (
          volumeBeyond(itemsMonthlyA, itemsKindA, itemsCapacity[b]!, capacityKind[b]!) ||
          volumeBeyond(itemsMonthly[b]!, itemsKind[b]!, itemsCapacityA, capacityKindA)
        )
          s *= 1 - scaleStated;
        // A partner larger than the largest the other wants.
        if (ceilingA > 0 && empMid[b]! > ceilingA) s *= 1 - tooLarge;
        if (reqMaxEmployees[b]! > 0 && midA > reqMaxEmployees[b]!) s *= 1 - tooLarge;
        // A job well beyond, from the start, the teams the other fields ("15-20 engineers" for "teams of 3-8"); in
        // a consortium each brings a part of the bid.
        if ((consA & wB) === 0) {
          if (teamAsked[a]! > TEAM_STRETCH * maxTeam[b]! && maxTeam[b]! > 0) s *= 1 - scaleStated;
          if (teamAsked[b]! > TEAM_STRETCH * maxTeamA && maxTeamA > 0) s *= 1 - scaleStated;
          // …or a least team asked that is larger than the largest the other fields.
          else if (teamFloor[b]! > maxTeamA && maxTeamA > 0) s *= 1 - scaleStated;
          if (!(teamAsked[a]! > TEAM_STRETCH * maxTeam[b]!) && teamFloor[a]! > maxTeam[b]! && maxTeam[b]! > 0)
            s *= 1 - scaleStated;
        }
      }
      // Money: a round many times the investor's ticket, or below its smallest ("USD 12M Series B" for "tickets
      // of USD 0.5-3M"; "USD 300k seed" for "USD 3-10M").
      if (investorA ? stakeMisses(P, a, b) : investor[b]! && stakeMisses(P, b, a)) s *= 1 - stakeMiss;
      // …or control where the other deals only in a minority ("株式の51〜100%を取得" and "góp 15–25% cổ phần"), between
      // a buyer and a seller (two buyers may invest side by side).
      else if (stake[a]! !== 0 && stake[b]! !== 0 && stake[a] !== stake[b] && investorA !== investor[b]!)
        s *= 1 - stakeMiss;
      // Exclusive rights the only agreement one signs, non-exclusive the other's ("Chỉ ký hợp đồng phân phối độc
      // quyền" and "We sign non-exclusive reseller agreements only").
      // (Between a distributor and a firm that is none: two makers or two distributors sign nothing together.)
      if (
        exclusivity[a]! !== 0 &&
        exclusivity[b]! !== 0 &&
        exclusivity[a] !== exclusivity[b] &&
        distributes[a] !== distributes[b]
      )
        s *= 1 - exclusivityMiss;
      // Markets and sectors (above).
      s *= marketF;
      s *= sectorF;
      // The words: worked out above in the all-firms run, for the pairs that could stay; for one pair, here.
      if (wordsA === -2 && (cA > 0 || cB > 0)) {
        wordsA = termsA ? sharedWith(b, false) : -1;
        wordsB = termsB ? sharedWith(b, true) : -1;
      }
      // What one looks for names specific words the other's offer, in words of its own, never uses.
      if (wordsA === 0 || wordsB === 0) s *= 1 - termMiss;
      // Needs met in the other's own specific words: the capability is more likely the one meant.
      if (sharedTerms !== 0 && (wordsA > 0 || wordsB > 0)) s += sharedTerms * (1 - s) * liftShare(wordsA, wordsB);
      scores[y] = s;
    }
    return count;
  };
  const one = new Int32Array(1);
  const oneScore = new Float64Array(1);
  const oneA = new Float64Array(1);
  const oneB = new Float64Array(1);
  const clean = (a: number, b: number, out: PairOut): number => {
    one[0] = b;
    row(a, one, 0, 1, oneScore, oneA, oneB);
    out.forA = oneA[0]!;
    out.forB = oneB[0]!;
    return oneScore[0]!;
  };
  // a asks for a least team for a need that b states a smaller team for (teams.ts). Not of a firm it would bid
  // with (each brings a part), nor of an investor.
  const teamShort = (a: number, b: number): boolean => {
    if (teamNeedCount[a]! === 0 || teamCount[b]! === 0 || (investor[b]! && !investor[a]!)) return false;
    const needs = a * THESIS;
    const teams = b * LIST;
    return (
      teamShortfall(
        teamNeedCount[a]!,
        (k) => teamNeedCap[needs + k]!,
        (k) => teamNeedMin[needs + k]!,
        (k) => teamNeedGroup[needs + k]!,
        teamCount[b]!,
        (j) => teamCap[teams + j]!,
        (j) => teamSize[teams + j]!,
      ) !== null
    );
  };
  const broken = (a: number, b: number) => {
    const bidding = (wants[a]! & wants[b]! & CONSORTIUM) !== 0;
    return (
      fails(a, b, bidding) ||
      fails(b, a, bidding) ||
      scopedFails(a, b, bidding) ||
      scopedFails(b, a, bidding) ||
      (!bidding && (teamShort(a, b) || teamShort(b, a)))
    );
  };
  // Weights are stored as 32-bit floats, so a full match can come out a hair above 1: clamp.
  const finish = (s: number, isBroken: boolean) => {
    const c = s > 1 ? 1 : s;
    return isBroken ? 0.99 * floor * c : floor + (1 - floor) * c;
  };
  return {
    clean,
    row,
    broken,
    finish,
    score(a, b, out) {
      const s = clean(a, b, out);
      const isBroken = broken(a, b);
      out.broken = isBroken;
      return finish(s, isBroken);
    },
  };
}

/** `cap` is among the `n` capabilities of a firm's list from `base`. */
function listed(cap: number, list: Int32Array, base: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (list[base + j] === cap) return true;
  return false;
}

/** Data asked to stay in a country (a place bit) that the other says it keeps elsewhere, and not on-premise. */
export const dataMisplaced = (asked: number, hosted: number): boolean =>
  asked !== 0 && hosted !== 0 && (hosted & (asked | ON_PREMISE)) === 0;
/** Data asked to stay in a place that the other says it keeps or works on there. */
export const dataKeptBy = (asked: number, hosted: number): boolean => asked !== 0 && (hosted & asked) !== 0;
/** A volume needed below the least the other takes on (both stated). */
export const volumeBelow = (need: number, floor: number): boolean => need > 0 && floor > 0 && need < floor;
/** How far a monthly need may exceed a stated capacity: capacities are said loosely and grow with a client. */
export const CAPACITY_STRETCH = 1.5;
/**
 * A monthly volume needed beyond what the other says it does a month, both stated in the same kind of piece
 * (volumes.ts onlyKind: 0 when not said).
 */
export const volumeBeyond = (need: number, needKind: number, capacity: number, capacityKind: number): boolean =>
  needKind !== 0 && needKind === capacityKind && capacity > 0 && need > CAPACITY_STRETCH * capacity;

/** The score of one pair (a fresh kernel: for one-off use; loops should build the kernel once). */
export function scorePair(P: Packed, a: number, b: number, out: PairOut, params: Params = PARAMS): number {
  return kernel(P, params).score(a, b, out);
}
