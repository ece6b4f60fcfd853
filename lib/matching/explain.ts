// The reasons behind a score, as data for the reader's language: what each side brings the other, and the
// negatives (a dealbreaker, competitors, interest on one side only, no common language, a size gap). A
// dealbreaker is always named first: it is why the pair ranks at the bottom.
import { MAX_SEEK_TERMS, MAX_TERMS } from "./text/specific-terms";
import { CREDIT, type ConceptIndex } from "./concept-index";
import { INTENTS, INTENT_BIT } from "./intents";
import { backs, isInvestment } from "./investment";
import { contractClash, formName } from "./text/contracts";
import {
  CERTIFICATIONS,
  LANGS,
  MARKETS,
  ON_PREMISE,
  PLACES,
  placeMask,
  PRE_REVENUE,
  type Profile,
  type ScopedRequirements,
} from "./profile";
import {
  volumeBelow,
  volumeBeyond,
  dataKeptBy,
  dataMisplaced,
  IN_FIELD,
  PARAMS,
  PRIME_VENDOR,
  revenueBelow,
  tooYoung,
  roundOutOfReach,
  SCOPE_MET,
  stageOutOfReach,
  TEAM_STRETCH,
} from "./score";
import { FRAMEWORKS, PLATFORMS, stackMissed } from "./stack";
import { teamShortfall } from "./teams";
import { regionFails, REGIONS } from "./regions";
import { STAGES } from "./text/money";
import { BRIDGE_FLAG, EVERYONE_FLAG, levelOf } from "./text/jlpt";
import type { Dealbreaker, Reason } from "./types";

const MAX_REASONS = 4;
/** The capability of bridge engineers (a need the bridge dealbreaker asks, see lacksBridge in explain()). */
const BRIDGE_SERVICES = "bridge-services";
const BANDS = ["B1_49", "B50_249", "B250_999", "B1000_PLUS"] as const;

function languageOf(p: Profile, lang: (typeof LANGS)[number]): number {
  return lang === "ja" ? p.ja : lang === "en" ? p.en : p.vi;
}

/** Requirements as masks: a firm's own (Profile.req*) or those it stated with some needs (Profile.scoped). */
type Asked = Omit<ScopedRequirements, "caps" | "capacity" | "bid">;

/** The requirements b fails (score.ts, check()). */
function failed(b: Profile, r: Asked, langAny = 0): Dealbreaker[] {
  const out: Dealbreaker[] = [];
  const speaks = LANGS.filter((lang, i) => langAny & (1 << i) && languageOf(b, lang) >= PARAMS.languageNeeded);
  if (langAny && !speaks.length) out.push({ kind: "language", language: LANGS.find((_, i) => langAny & (1 << i))! });
  LANGS.forEach((lang, i) => {
    if (r.lang & (1 << i) && languageOf(b, lang) < PARAMS.languageNeeded)
      out.push({ kind: "language", language: lang });
  });
  if (r.jlpt & b.jlptBest & BRIDGE_FLAG) out.push({ kind: "bridge" });
  else if (r.jlpt & b.jlptBest & EVERYONE_FLAG) out.push({ kind: "everyone" });
  else if (levelOf(r.jlpt) > 0 && levelOf(b.jlptBest) > levelOf(r.jlpt))
    out.push({ kind: "jlpt", level: levelOf(r.jlpt), held: levelOf(b.jlptBest) });
  if (r.minEmployees > 0 && b.empMax < r.minEmployees) out.push({ kind: "size", minimum: r.minEmployees });
  if (r.presence && (b.presence & r.presence) === 0) {
    const place = r.places.find((p) => placeMask(p) !== 0) ?? PLACES.find((_, i) => r.presence & (1 << i)) ?? "";
    out.push({ kind: "presence", place });
  }
  if (regionFails(r.regions, b.regions))
    out.push({
      kind: "presence",
      place:
        REGIONS.find((_, i) => r.regions & (1 << i) && !(b.regions & (1 << i))) ??
        REGIONS.find((_, i) => r.regions & (1 << i))!,
    });
  CERTIFICATIONS.forEach((cert, i) => {
    if (r.certMask & (1 << i) && !(b.certMask & (1 << i))) out.push({ kind: "certification", certification: cert });
  });
  if (r.certAny && (b.certMask & r.certAny) === 0) {
    const first = CERTIFICATIONS.findIndex((_, i) => r.certAny & (1 << i));
    out.push({ kind: "certification", certification: CERTIFICATIONS[first]! });
  }
  if (r.cmmi > 0 && b.cmmi < r.cmmi && b.certMask & (1 << CERTIFICATIONS.indexOf("CMMI")))
    out.push({ kind: "certification", certification: "CMMI", level: r.cmmi });
  if (r.onsite === 2 ? b.canOnsite < 1 : r.onsite === 1 && b.canOnsite < 0) out.push({ kind: "onsite" });
  return out;
}

const met = (p: Profile, cap: number) => Math.round(p.meets[cap]! * 255) >= SCOPE_MET;
/** b meets one of a's needs (score.ts, meetsNeedOf()). */
const meetsNeedOf = (a: Profile, b: Profile) => Array.from(a.seekCaps).some((c) => met(b, c));

/** The requirements a stated with some of its needs that bind b (score.ts, scopedFails()). */
function boundScopes(a: Profile, b: Profile): ScopedRequirements[] {
  // Not of an investor's start-up (score.ts, scopedFails()).
  if (a.scoped.length === 0 || backs(a.investor, b.wants)) return [];
  const otherNeed = (s: ScopedRequirements) =>
    Array.from(a.seekCaps).some((c) => !s.caps.includes(c) && !a.offerCaps.includes(c) && met(b, c));
  const bidding = (a.wants & b.wants & INTENT_BIT.consortium) !== 0;
  const metNeeds = a.scoped.filter((s) => Array.from(s.caps).some((c) => met(b, c)) && (bidding || !s.bid));
  // The need b meets best binds it, not another it meets less of (score.ts, scopedFails()).
  const fit = (s: ScopedRequirements) => Array.from(s.caps).filter((c) => met(b, c)).length / s.caps.length;
  const best = Math.max(0, ...metNeeds.map(fit));
  const bound = metNeeds.filter((s) => fit(s) >= best - 1e-9 && !(s.capacity && (meetsNeedOf(b, a) || otherNeed(s))));
  // Nor when b meets, in its field, a need stated without requirements and less than half of theirs.
  const unscopedInField = Array.from(a.seekCaps).some(
    (c) =>
      Math.round(b.meets[c]! * 255) >= IN_FIELD &&
      !a.offerCaps.includes(c) &&
      !a.scoped.some((s) => s.caps.includes(c)),
  );
  if (bound.length && !(unscopedInField && best < 0.5)) return bound;
  const neither = !meetsNeedOf(a, b) && !meetsNeedOf(b, a);
  return neither ? a.scoped : [];
}

/** b is only a client of a: it needs what a sells, supplies nothing a needs, and wants nothing but suppliers. */
function clientOnly(a: Profile, b: Profile): boolean {
  return (b.wants & ~INTENT_BIT.subcontractors) === 0 && !meetsNeedOf(a, b) && meetsNeedOf(b, a);
}

/** b meets a's needs only as a host, a place to set up in (score.ts, hostOnly()). */
function hostOnly(a: Profile, b: Profile): boolean {
  if (a.seekHost === 0) return false;
  let hosts = false;
  for (let k = 0; k < a.seekCaps.length; k++) {
    if (!met(b, a.seekCaps[k]!)) continue;
    if (((a.seekHost >> k) & 1) === 0) return false;
    hosts = true;
  }
  return hosts;
}

/** A least team a asks for that b states a smaller team for (score.ts, teamShort()). */
function teamFailed(a: Profile, b: Profile, index: ConceptIndex): Dealbreaker[] {
  const need = a.teamNeeds;
  const team = b.teams;
  const short = teamShortfall(
    need.caps.length,
    (k) => need.caps[k]!,
    (k) => need.mins[k]!,
    (k) => need.groups[k]!,
    team.caps.length,
    (j) => team.caps[j]!,
    (j) => team.sizes[j]!,
  );
  return short
    ? [{ kind: "team", capability: index.capabilities[short.capability]!, minimum: short.minimum, team: short.team }]
    : [];
}

/**
 * Whether a asks b what it asks of a supplier (score.ts, fails(), after its early returns): b is no investor met by a
 * non-investor, no client of a firm that asked its requirements of bid partners only, and not a mere host.
 */
function asksAsSupplier(a: Profile, b: Profile): boolean {
  return !asksAsAnyone(a, b) && !hostOnly(a, b);
}

/**
 * a asks b only what it asks every counterpart, a language or a place (score.ts, fails()): b is an investor met by a
 * non-investor, or the client of a firm that asked its requirements of the firms it would bid with.
 */
function asksAsAnyone(a: Profile, b: Profile): boolean {
  const bidding = (a.wants & b.wants & INTENT_BIT.consortium) !== 0;
  return (b.investor && !a.investor) || (a.reqBidOnly && !bidding && !meetsNeedOf(a, b));
}

/** A firm's revenue in US dollars for a reason: 0 for one that says it has none yet (profile.ts, PRE_REVENUE). */
const revenueSaid = (f: Profile): number => (f.revenue === PRE_REVENUE ? 0 : f.revenue * 1000);

/** The language two firms both work in best: how well the weaker of them works in it (score.ts's commonLanguage). */
export function commonLanguage(a: Profile, b: Profile): number {
  return Math.max(Math.min(a.ja, b.ja), Math.min(a.en, b.en), Math.min(a.vi, b.vi));
}

/** The requirements of `a` that `b` fails: the same rules as score.ts's fails(), one reason each. */
export function dealbreakers(a: Profile, b: Profile, index: ConceptIndex): Dealbreaker[] {
  // An investor is asked only what every counterpart is: a language, a place (score.ts, fails()); so is the
  // client of a firm that asked its requirements of the firms it would bid with.
  const bidding = (a.wants & b.wants & INTENT_BIT.consortium) !== 0;
  // (Not of an investor the languages only a's column asks, where both work in one: score.ts, fails().)
  const common = commonLanguage(a, b);
  const columnToInvestor = b.investor && !a.investor && a.langColumnOnly !== 0 && common >= PARAMS.languageNeeded;
  if (asksAsAnyone(a, b))
    return failed(
      b,
      {
        lang: columnToInvestor ? 0 : a.reqLang,
        minEmployees: 0,
        jlpt: a.reqJlpt,
        presence: a.reqPresence,
        regions: a.reqRegions,
        places: a.reqPlaces,
        certMask: 0,
        certAny: 0,
        cmmi: 0,
        onsite: 0,
      },
      columnToInvestor ? 0 : a.reqLangAny,
    );
  // With a firm it would bid with, only the certifications and size of the columns hold (score.ts, fails()); a
  // host is asked none of a supplier's (score.ts, hostOnly()).
  // …nor a client of a firm whose text asked them of its suppliers, beyond the columns' (score.ts, fails()).
  const clientOf = a.reqOfSuppliers && !bidding && clientOnly(a, b);
  const supplyOnly = (a.reqSupplyOnly && bidding) || clientOf;
  const host = hostOnly(a, b);
  const out = failed(
    b,
    {
      lang: a.reqLang,
      minEmployees: host ? 0 : supplyOnly ? a.reqMinCol : a.reqMinEmployees,
      jlpt: a.reqJlpt,
      presence: a.reqPresence,
      regions: a.reqRegions,
      places: a.reqPlaces,
      certMask: host ? 0 : supplyOnly ? a.reqCertMaskCol : a.reqCertMask,
      certAny: host || supplyOnly ? 0 : a.reqCertAny,
      cmmi: host ? 0 : supplyOnly ? a.reqCmmiCol : a.reqCmmi,
      onsite: host || clientOf ? 0 : a.reqOnsite,
    },
    a.reqLangAny,
  );
  // A client smaller than the least a firm takes (score.ts, fails()).
  if (!host && a.clientMin > 0 && b.empMax < a.clientMin && clientOnly(a, b))
    out.push({ kind: "size", minimum: a.clientMin });
  if (dataMisplaced(a.dataIn, b.dataHosted))
    out.push(
      a.dataIn === ON_PREMISE
        ? { kind: "onPremise" }
        : { kind: "dataLocation", place: PLACES[Math.log2(a.dataIn & -a.dataIn)] ?? "" },
    );
  for (const bound of boundScopes(a, b)) {
    const scoped = bidding && !bound.bid ? { ...bound, minEmployees: 0, certMask: 0, certAny: 0, cmmi: 0 } : bound;
    for (const d of failed(b, scoped)) if (!out.some((x) => JSON.stringify(x) === JSON.stringify(d))) out.push(d);
  }
  if (!bidding) out.push(...teamFailed(a, b, index));
  return out;
}

function offerOverlap(a: Profile, b: Profile): { share: number; top: number } {
  let sum = 0,
    total = 0,
    top = -1,
    topValue = 0;
  for (let k = 0; k < a.offerCaps.length; k++) {
    const v = a.offerWeights[k]! * b.meets[a.offerCaps[k]!]!;
    sum += v;
    total += a.offerWeights[k]!;
    if (v > topValue) [top, topValue] = [a.offerCaps[k]!, v];
  }
  return { share: total ? sum / total : 0, top };
}

/** Why b ranks where it does for a. */
export function explain(a: Profile, b: Profile, index: ConceptIndex): Reason[] {
  const weighted: { weight: number; reason: Reason }[] = [];
  const n = index.size;
  for (const d of dealbreakers(a, b, index))
    weighted.push({ weight: 10, reason: { kind: "theyFail", dealbreaker: d } });
  for (const d of dealbreakers(b, a, index)) weighted.push({ weight: 9, reason: { kind: "youFail", dealbreaker: d } });

  // A business system one seeks that the other, a software house, could build to order (ConceptIndex).
  const buildable = (builder: Profile, seek: number): number => {
    if (builder.meets[seek]! < 0.25) return -1;
    return builder.offerCaps.find((offer) => index.credit[seek * n + offer] === Math.fround(CREDIT.builtToOrder)) ?? -1;
  };
  // What b offers that a seeks: name the offer that meets the seek best.
  let metForA = 0;
  for (let i = 0; i < a.seekCaps.length; i++) {
    const seek = a.seekCaps[i]!;
    if (b.meets[seek]! < 0.45) {
      const builder = buildable(b, seek);
      if (builder >= 0)
        weighted.push({
          weight: 0.5 * a.seekWeights[i]! * b.meets[seek]!,
          reason: {
            kind: "builtToOrder",
            side: "they",
            capability: index.capabilities[builder]!,
            sought: index.capabilities[seek]!,
          },
        });
      continue;
    }
    let best = -1;
    let bestCredit = 0;
    for (const offer of b.offerCaps) {
      const c = index.credit[seek * n + offer]!;
      if (c > bestCredit) [best, bestCredit] = [offer, c];
    }
    if (best < 0) continue;
    const capability = index.capabilities[best]!;
    const note = b.firm.offers.find((o) => o.code === capability)?.note ?? "";
    metForA = Math.max(metForA, b.meets[seek]!);
    weighted.push({
      weight: 0.5 * a.seekWeights[i]! * b.meets[seek]!,
      reason: { kind: "theyOffer", capability, sought: index.capabilities[seek]!, note },
    });
  }
  let metForB = 0;
  for (let i = 0; i < b.seekCaps.length; i++) {
    const seek = b.seekCaps[i]!;
    const builder = a.meets[seek]! < 0.45 ? buildable(a, seek) : -1;
    if (builder >= 0)
      weighted.push({
        weight: 0.4 * a.meets[seek]!,
        reason: {
          kind: "builtToOrder",
          side: "you",
          capability: index.capabilities[builder]!,
          sought: index.capabilities[seek]!,
        },
      });
    if (a.meets[seek]! >= 0.6) {
      metForB = Math.max(metForB, a.meets[seek]!);
      weighted.push({
        weight: 0.4 * a.meets[seek]!,
        reason: { kind: "theySeek", capability: index.capabilities[seek]! },
      });
    }
  }
  const both = a.wants & b.wants;
  // Firms looking for partners to bid with from elsewhere ("Japanese consortium leaders") are not each other's.
  const elsewhere = (x: Profile, y: Profile) =>
    x.consortiumFrom !== 0 && x.country === y.country && (y.presence & x.consortiumFrom) === 0;
  // …nor are two that both lead their bids, or both only join others' (score.ts, bid-role.ts).
  const sameRole = a.bidRole !== 0 && a.bidRole === b.bidRole;
  const bid = (both & INTENT_BIT.consortium) !== 0 && !elsewhere(a, b) && !elsewhere(b, a) && !sameRole;
  if (bid) weighted.push({ weight: 0.35, reason: { kind: "bothConsortium" } });
  else if ((both & INTENT_BIT.consortium) !== 0 && sameRole)
    weighted.push({ weight: 0.8, reason: { kind: "sameBidRole", role: a.bidRole === 1 ? "lead" : "member" } });
  // A seek of partners from elsewhere that the other would meet, or bidding partners from elsewhere (score.ts).
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const) {
    // …or in a place only the organizer's column asks (score.ts, PARAMS.columnPlace), whatever the countries.
    const columnOnly = x.reqPlaceCol !== 0 && (y.presence & x.reqPlaceCol) === 0 ? x.reqPlaceCol : 0;
    if (x.country !== y.country) {
      const place = PLACES.find((p) => columnOnly & placeMask(p));
      if (place) weighted.push({ weight: 0.8, reason: { kind: "partnersElsewhere", side, place } });
      continue;
    }
    let from = ((both & INTENT_BIT.consortium) !== 0 && elsewhere(x, y) ? x.consortiumFrom : 0) | columnOnly;
    for (let i = 0; i < x.seekCaps.length; i++) {
      const f = x.seekFrom[i]!;
      if (f !== 0 && (y.presence & f) === 0 && y.meets[x.seekCaps[i]!]! >= 0.5) from |= f;
    }
    const place = PLACES.find((p) => from & placeMask(p));
    if (place) weighted.push({ weight: 0.8, reason: { kind: "partnersElsewhere", side, place } });
  }
  // A need for distributors that the other meets, but with a line of other fields (score.ts, PARAMS.offLine).
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const) {
    const channel = x.channelSeek - 1;
    if (channel >= 0 && y.lineDomain !== 0 && (y.lineDomain & x.domainOffer) === 0 && y.meets[channel]! >= 0.5)
      weighted.push({ weight: 0.8, reason: { kind: "outsideLine", side } });
  }
  // A need met in the other's own specific words (score.ts, PARAMS.sharedTerms): the words both name, but not
  // the names of the capabilities the lines above already give ("offshore" beside the offshore centre met).
  const named = new Set<number>();
  for (const { reason: r } of weighted)
    if (r.kind === "theyOffer" || r.kind === "builtToOrder")
      for (const code of [r.capability, r.sought]) named.add(index.capability(code)!);
    else if (r.kind === "theySeek") named.add(index.capability(r.capability)!);
  // …or a form of one of their words ("robotics" of "robot system integration").
  const formOf = (w: string, label: string) =>
    w === label || (label.length >= 5 && w.length - label.length <= 3 && w.startsWith(label));
  const labelWords = [...named].flatMap((i) => [...index.capabilityWords(i)]);
  const namesCapability = (w: string) => labelWords.some((label) => formOf(w, label));
  for (const [x, y, side, met] of [
    [a, b, "you", metForA],
    [b, a, "they", metForB],
  ] as const) {
    if (met === 0) continue;
    const offered = new Set(y.reading.terms?.offers.slice(0, MAX_TERMS));
    const words = (x.reading.terms?.seeks ?? [])
      .slice(0, MAX_SEEK_TERMS)
      .filter((w) => offered.has(w) && !namesCapability(w));
    if (words.length) weighted.push({ weight: 0.3, reason: { kind: "sharedWords", side, words: words.slice(0, 4) } });
    // …or none of them, though the other names its own (score.ts, PARAMS.termMiss): "OSCP" sought of a QA house
    // that writes of ZAP scans. Said after what the pair has going for it, and in words other than the names of
    // the capabilities the other lines give ("offshore" beside the offshore centre met says nothing).
    const sought = (x.reading.terms?.seeks ?? []).slice(0, MAX_SEEK_TERMS);
    const unmet = sought.filter((w) => !namesCapability(w));
    if (sought.length && offered.size && unmet.length && !sought.some((w) => offered.has(w)))
      weighted.push({ weight: 0.2, reason: { kind: "wordsUnmet", side, words: unmet.slice(0, 3) } });
  }
  // Technologies asked for that the other does not work in (score.ts, PARAMS.stackMiss).
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const) {
    for (const [bank, sought, offered, refused] of [
      [FRAMEWORKS, x.stackSought, y.stackOffered, y.stackRefused],
      [PLATFORMS, x.platformSought, y.platformOffered, y.platformRefused],
    ] as const) {
      const missed = stackMissed(sought, offered, refused, bank.families, bank === PLATFORMS);
      if (missed === 0) continue;
      const theirs = offered & bank.families.filter((f) => f & missed).reduce((m, f) => m | f, 0);
      weighted.push({
        weight: 0.85,
        reason: { kind: "stackMismatch", side, wanted: techNames(bank, missed), theirs: techNames(bank, theirs) },
      });
    }
  }
  // One's main need is what the other says it does not do (score.ts, PARAMS.deniedNeed)…
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const) {
    const main = x.seekCaps[0];
    if (main !== undefined && y.deniedCaps.includes(main))
      weighted.push({ weight: 0.85, reason: { kind: "turnsDownNeed", side, capability: index.capabilities[main]! } });
    // …and one's main offer what the other says it does not want.
    const sells = x.offerCaps[0];
    if (sells !== undefined && y.unwantedCaps.includes(sells))
      weighted.push({ weight: 0.85, reason: { kind: "offerNotWanted", side, capability: index.capabilities[sells]! } });
  }
  // One sells only through distributors where the other, no channel, would only buy from it (score.ts, PARAMS.indirect).
  for (const [seller, buyer, side] of [
    [b, a, "they"],
    [a, b, "you"],
  ] as const)
    if ((seller.indirectOnly & buyer.presence) !== 0 && !buyer.distributes && !meetsNeedOf(seller, buyer))
      weighted.push({ weight: 0.85, reason: { kind: "indirectOnly", side } });
  // …or one takes work only as a subcontractor through a prime where the other is an end client (score.ts).
  const sells = (x: Profile, y: Profile) =>
    (x.domainOffer & y.domainOffer) !== 0 && x.offerCaps.slice(0, 2).some((c) => y.meets[c]! > 0);
  const endClient = (x: Profile, y: Profile) =>
    (x.wants & (INTENT_BIT.capacity | INTENT_BIT.consortium)) === 0 &&
    !((x.wants & INTENT_BIT.subcontractors) !== 0 && x.vendor >= PRIME_VENDOR && x.offerCaps.length > 0) &&
    !sells(x, y) &&
    !sells(y, x);
  for (const [seller, buyer, side] of [
    [b, a, "they"],
    [a, b, "you"],
  ] as const)
    if (
      (seller.primeOnly & buyer.presence) !== 0 &&
      meetsNeedOf(buyer, seller) &&
      endClient(buyer, seller) &&
      // (score.ts weighs it only where no channel reason did.)
      !weighted.some((w) => w.reason.kind === "indirectOnly")
    )
      weighted.push({ weight: 0.85, reason: { kind: "primeOnly", side } });
  // One takes work only in some regions and the other, its client, is elsewhere (score.ts, PARAMS.serviceArea).
  for (const [seller, buyer, side] of [
    [b, a, "they"],
    [a, b, "you"],
  ] as const)
    if (seller.servesOnly !== 0 && meetsNeedOf(buyer, seller) && regionFails(seller.servesOnly, buyer.regions))
      weighted.push({
        weight: 0.85,
        reason: { kind: "servesElsewhere", side, regions: REGIONS.filter((_, i) => seller.servesOnly & (1 << i)) },
      });
  // …or none in its own country, where the other, its client, is (score.ts, PARAMS.serviceArea).
  if (a.country === b.country && a.country !== 2)
    for (const [seller, buyer, side] of [
      [b, a, "they"],
      [a, b, "you"],
    ] as const)
      if (seller.noDomestic && meetsNeedOf(buyer, seller))
        weighted.push({ weight: 0.85, reason: { kind: "noDomesticClients", side } });
  // …or takes clients only from some countries, and the other, its client, is from another (score.ts).
  for (const [seller, buyer, side] of [
    [b, a, "they"],
    [a, b, "you"],
  ] as const)
    if (
      seller.clientsOnly !== 0 &&
      buyer.home !== 0 &&
      (seller.clientsOnly & buyer.home) === 0 &&
      meetsNeedOf(buyer, seller)
    )
      weighted.push({
        weight: 0.85,
        reason: {
          kind: "clientsOnlyFrom",
          side,
          places: PLACES.filter((_, i) => seller.clientsOnly & (1 << i)),
        },
      });
  // A form of contract asked that the other, who meets the need, refuses (score.ts, PARAMS.contractClash): one
  // reason, a form asked before forms ruled out (of two firms that both buy and sell, the refusal is clearer).
  const clashes = (
    [
      [a, b, "you"],
      [b, a, "they"],
    ] as const
  ).flatMap(([buyer, seller, side]) => {
    const clash = contractClash(
      buyer.contractsAsked,
      buyer.contractsRefused,
      seller.contractsRefused,
      seller.contractsAsked,
    );
    return clash && meetsNeedOf(buyer, seller) ? [{ ...clash, side }] : [];
  });
  const clash = clashes.find((c) => !c.only) ?? clashes[0];
  if (clash)
    weighted.push({
      weight: 0.9,
      reason: { kind: "contractRefused", side: clash.side, form: formName(clash.form), only: clash.only },
    });
  // One rules out partners abroad (score.ts, PARAMS.abroad).
  if (a.country !== b.country || a.country === 2) {
    // (Not one that works the data where the firm asked it kept.)
    if (a.refusesAbroad && !dataKeptBy(a.dataIn, b.dataHosted))
      weighted.push({ weight: 0.9, reason: { kind: "refusesAbroad", side: "you" } });
    if (b.refusesAbroad && !dataKeptBy(b.dataIn, a.dataHosted))
      weighted.push({ weight: 0.9, reason: { kind: "refusesAbroad", side: "they" } });
  }
  if (b.wants & INTENT_BIT.capacity) {
    const { share, top } = offerOverlap(b, a);
    if (share >= 0.4 && top >= 0)
      weighted.push({ weight: 0.3, reason: { kind: "theyWantCapacity", capability: index.capabilities[top]! } });
  }

  // A firm that offers itself as capacity to vendors (score.ts): worth naming when the other lacks what it brings.
  for (const [giver, taker, kind] of [
    [b, a, "theyOfferCapacity"],
    [a, b, "youOfferCapacity"],
  ] as const) {
    // (Not to a firm that takes no new partners: score.ts, GIVES_OUT.)
    const closed = (taker.refuses & (INTENT_BIT.capacity | INTENT_BIT.subcontractors)) !== 0;
    if (!giver.capacityTo || closed || taker.vendor < PARAMS.seller || giver.offerCaps.length === 0) continue;
    const { share } = offerOverlap(giver, taker);
    const audience = giver.audienceCaps.length
      ? Math.max(...Array.from(giver.audienceCaps, (c) => taker.field[c]!))
      : 0.5;
    if (share < 0.4 && audience >= 0.5)
      weighted.push({ weight: 0.3, reason: { kind, capability: index.capabilities[giver.offerCaps[0]!]! } });
  }

  // Negatives: competitors, interest on one side only.
  if (
    a.vendor >= PARAMS.seller &&
    b.vendor >= PARAMS.seller &&
    ((a.wants | b.wants) & INTENT_BIT.capacity) === 0 &&
    !bid &&
    // Across the border, one that buys what the other sells is its client (score.ts).
    (a.country === b.country || Math.max(metForA, metForB) < 0.45)
  ) {
    // How much of what either mainly sells the other sells too (score.ts): a large vendor that also sells a
    // small one's whole line is its rival, though that line is a small part of its own.
    const mine = offerOverlap(a, b);
    const theirs = offerOverlap(b, a);
    const { share, top } = theirs.share > mine.share ? theirs : mine;
    if (share >= 0.4 && top >= 0) {
      const shared = a.marketMask & b.marketMask;
      const market = MARKETS.find((_, i) => shared & (1 << i)) ?? null;
      weighted.push({
        weight: 2 * share,
        reason: { kind: "competitor", capability: index.capabilities[top]!, market },
      });
    }
  }
  // Not said of a firm whose text looks for clients (a "buyer" that also wants them): "looking for clients, not clients".
  if (metForA >= 0.45 && b.vendor < 0.5 && b.wantsKnown && metForB < 0.45 && !(b.wants & INTENT_BIT.clients)) {
    const wants = INTENTS.filter((i) => b.wants & INTENT_BIT[i]);
    weighted.push({ weight: 1.5, reason: { kind: "notLookingFor", wants } });
  }

  for (let s = 0; s < index.sectors.length; s++) {
    if (a.sectorMask & b.sectorMask & (1 << s))
      weighted.push({ weight: 0.12, reason: { kind: "sharedSector", sector: index.sectors[s]! } });
  }
  for (let m = 2; m < MARKETS.length; m++) {
    if (a.marketMask & b.marketMask & (1 << m))
      weighted.push({ weight: 0.06, reason: { kind: "sharedMarket", market: MARKETS[m]! } });
  }
  if (b.marketMask & a.homeMarket) {
    weighted.push({
      weight: 0.05,
      reason: { kind: "targetsYourMarket", market: MARKETS[a.homeMarket === 1 ? 0 : 1]! },
    });
  }
  if (a.country !== b.country || a.country === 2) {
    const common = commonLanguage(a, b);
    const f = b.firm;
    if (common < 0.3) weighted.push({ weight: 1, reason: { kind: "noCommonLanguage" } });
    else if (b.country !== 1 && a.ja >= 0.5 && b.ja >= 0.5)
      weighted.push({
        weight: 0.1 * b.ja,
        reason: {
          kind: "japaneseCapacity",
          japaneseSpeakers: f.japaneseSpeakers ?? null,
          bridgeEngineers: f.bridgeEngineers ?? null,
          jlptN1: f.jlptN1 ?? null,
        },
      });
    else if (Math.min(a.en, b.en) >= 0.5)
      weighted.push({
        weight: 0.1 * Math.min(a.en, b.en),
        reason: { kind: "commonEnglish", englishSpeakers: f.englishSpeakers ?? null },
      });
  }
  // A team smaller than the other takes on (score.ts).
  if (a.teamTop > 0 && a.teamTop < b.minTeam)
    weighted.push({
      weight: 1,
      reason: { kind: "teamTooSmall", side: "you", need: a.teamTop, minimum: b.minTeam },
    });
  if (b.teamTop > 0 && b.teamTop < a.minTeam)
    weighted.push({
      weight: 1,
      reason: { kind: "teamTooSmall", side: "they", need: b.teamTop, minimum: a.minTeam },
    });
  // A job well beyond the teams the other fields, outside a consortium (score.ts).
  if ((a.wants & b.wants & INTENT_BIT.consortium) === 0) {
    if (b.maxTeam > 0 && a.teamAsked > TEAM_STRETCH * b.maxTeam)
      weighted.push({
        weight: 1,
        reason: { kind: "teamTooLarge", side: "you", need: a.teamAsked, maximum: b.maxTeam },
      });
    else if (b.maxTeam > 0 && a.teamFloor > b.maxTeam)
      weighted.push({
        weight: 1,
        reason: { kind: "teamTooLarge", side: "you", need: a.teamFloor, maximum: b.maxTeam },
      });
    if (a.maxTeam > 0 && b.teamAsked > TEAM_STRETCH * a.maxTeam)
      weighted.push({
        weight: 1,
        reason: { kind: "teamTooLarge", side: "they", need: b.teamAsked, maximum: a.maxTeam },
      });
    else if (a.maxTeam > 0 && b.teamFloor > a.maxTeam)
      weighted.push({
        weight: 1,
        reason: { kind: "teamTooLarge", side: "they", need: b.teamFloor, maximum: a.maxTeam },
      });
  }
  // A team larger than the share of its staff the other can put on one job (score.ts, PARAMS.teamShare).
  const canField = (f: Profile) => Math.floor(PARAMS.teamShare * f.empMid);
  if (a.reqScale > canField(b) && !weighted.some((w) => w.reason.kind === "teamTooLarge" && w.reason.side === "you"))
    weighted.push({
      weight: 1,
      reason: { kind: "teamTooLarge", side: "you", need: a.reqScale, maximum: canField(b) },
    });
  if (b.reqScale > canField(a) && !weighted.some((w) => w.reason.kind === "teamTooLarge" && w.reason.side === "they"))
    weighted.push({
      weight: 1,
      reason: { kind: "teamTooLarge", side: "they", need: b.reqScale, maximum: canField(a) },
    });
  // A volume below the least the other takes on (score.ts, volumeBelow).
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const) {
    if (volumeBelow(x.needPm, y.floorPm))
      weighted.push({
        weight: 1,
        reason: { kind: "volumeTooSmall", side, need: x.needPm, minimum: y.floorPm, unit: "pm" },
      });
    else if (volumeBelow(x.needItems, y.floorItems))
      weighted.push({
        weight: 1,
        reason: { kind: "volumeTooSmall", side, need: x.needItems, minimum: y.floorItems, unit: "items" },
      });
  }
  // A monthly volume beyond what the other does a month, in the same kind of piece (score.ts, volumeBeyond).
  for (const [x, y, side] of [
    [a, b, "you"],
    [b, a, "they"],
  ] as const)
    if (volumeBeyond(x.itemsMonthly, x.itemsKind, y.itemsCapacity, y.capacityKind))
      weighted.push({
        weight: 1,
        reason: { kind: "volumeBeyondCapacity", side, need: x.itemsMonthly, capacity: y.itemsCapacity },
      });
  // A partner larger than the largest the other wants (score.ts, PARAMS.tooLarge).
  if (a.reqMaxEmployees > 0 && b.empMid > a.reqMaxEmployees)
    weighted.push({ weight: 1, reason: { kind: "firmTooLarge", side: "you", maximum: a.reqMaxEmployees } });
  if (b.reqMaxEmployees > 0 && a.empMid > b.reqMaxEmployees)
    weighted.push({ weight: 1, reason: { kind: "firmTooLarge", side: "they", maximum: b.reqMaxEmployees } });
  // A partner's revenue below the least a firm asks of its partners (score.ts, fails()); a start-up's below the
  // least an investor asks is a question of its stake (below).
  for (const [asker, other, side] of [
    [a, b, "they"],
    [b, a, "you"],
  ] as const)
    if (!asker.investor && revenueBelow(asker.minRevenue, other.revenue))
      weighted.push({
        weight: 1,
        reason: { kind: "revenueBelow", side, revenue: revenueSaid(other), minimum: asker.minRevenue * 1000 },
      });
  // A partner founded too recently for the least age asked of partners (score.ts, fails()).
  for (const [asker, other, side] of [
    [a, b, "they"],
    [b, a, "you"],
  ] as const)
    if (asksAsSupplier(asker, other) && tooYoung(asker.reqMinYears, other.founded, new Date().getUTCFullYear()))
      weighted.push({
        weight: 1,
        reason: { kind: "tooYoung", side, founded: other.founded, minimum: asker.reqMinYears },
      });
  // Years of experience asked of the people sent, and a partner with only graduates and interns (score.ts, fails()).
  for (const [asker, other, side] of [
    [a, b, "they"],
    [b, a, "you"],
  ] as const)
    if (asksAsSupplier(asker, other) && asker.reqMinExperience > 0 && other.juniorsOnly && !clientOnly(asker, other))
      weighted.push({ weight: 1, reason: { kind: "juniorsOnly", side, minimum: asker.reqMinExperience } });
  // A round out of the investor's reach, by its size or its stage (score.ts).
  for (const [investor, raiser, side] of [
    [a, b, "they"],
    [b, a, "you"],
  ] as const) {
    if (!investor.investor) continue;
    // A startup from elsewhere than the investor backs (score.ts, thesisFit).
    const facts = investor.reading.facts;
    if (!raiser.investor && investor.thesisFrom !== 0 && (raiser.presence & investor.thesisFrom) === 0)
      weighted.push({
        weight: 1,
        reason: { kind: "startupElsewhere", side, places: facts.startupsFrom ?? [], excluded: false },
      });
    else if (!raiser.investor && (investor.thesisNotFrom & raiser.home) !== 0)
      weighted.push({
        weight: 1,
        reason: { kind: "startupElsewhere", side, places: facts.startupsNotFrom ?? [], excluded: true },
      });
    // A startup outside the fields it backs, or in one it excludes (score.ts, thesisFit).
    if (!raiser.investor && investor.thesisCaps.length) {
      const inField = (cap: number) => Math.round(raiser.field[cap]! * 255) >= IN_FIELD;
      if (![...investor.thesisCaps].some(inField)) {
        const excluded = [...investor.excludedCaps].find(inField);
        weighted.push({
          weight: 1,
          reason: {
            kind: "outsideThesis",
            side,
            thesis: [...investor.thesisCaps].slice(0, 3).map((c) => index.capabilities[c]!),
            excluded: excluded === undefined ? null : index.capabilities[excluded]!,
          },
        });
      }
    }
    const bySize = roundOutOfReach(
      investor.ticketLow,
      investor.ticketHigh,
      investor.roundCap,
      raiser.raiseLow,
      raiser.raiseHigh,
    );
    if (bySize)
      weighted.push({
        weight: 1,
        reason: {
          kind: "roundOutOfReach",
          side,
          raise: [raiser.raiseLow * 1000, raiser.raiseHigh * 1000],
          ticket: [investor.ticketLow * 1000, investor.ticketHigh * 1000],
          roundCap: investor.roundCap * 1000,
        },
      });
    else if (!raiser.investor && revenueBelow(investor.minRevenue, raiser.revenue))
      weighted.push({
        weight: 1,
        reason: {
          kind: "revenueBelow",
          side,
          revenue: revenueSaid(raiser),
          minimum: investor.minRevenue * 1000,
        },
      });
    else if (stageOutOfReach(investor.stageMask, raiser.raiseStage))
      weighted.push({
        weight: 1,
        reason: {
          kind: "stageOutOfReach",
          side,
          stage: STAGES[raiser.raiseStage - 1]!,
          stages: STAGES.filter((_, i) => investor.stageMask & (1 << i)),
        },
      });
  }
  // Control where the other deals only in a minority, or the other way round (score.ts).
  if (a.stake !== 0 && b.stake !== 0 && a.stake !== b.stake && a.investor !== b.investor)
    weighted.push({ weight: 1, reason: { kind: "stakeClash", stake: a.stake === 1 ? "majority" : "minority" } });
  // Exclusive rights only against non-exclusive only (score.ts).
  if (a.exclusivity !== 0 && b.exclusivity !== 0 && a.exclusivity !== b.exclusivity && a.distributes !== b.distributes)
    weighted.push({
      weight: 1,
      reason: { kind: "exclusivityClash", yours: a.exclusivity === 1 ? "exclusive" : "nonExclusive" },
    });
  // Sizes, teams and volumes do not part an investor and a start-up it would back (score.ts).
  const backing = isInvestment(a.investor, a.wants, b.investor, b.wants);
  if (Math.abs(a.band - b.band) >= 2 && !backing)
    weighted.push({
      weight: 0.9,
      reason: { kind: "sizeGap", yourBand: BANDS[a.band]!, theirBand: BANDS[b.band]! },
    });
  for (let c = 0; c < CERTIFICATIONS.length; c++) {
    if (a.reqCertMask & b.certMask & (1 << c))
      weighted.push({ weight: 0.08, reason: { kind: "hasRequiredCertification", certification: CERTIFICATIONS[c]! } });
  }
  if (
    !weighted.some((w) =>
      [
        "theyOffer",
        "theySeek",
        "builtToOrder",
        "bothConsortium",
        "theyWantCapacity",
        "theyOfferCapacity",
        "youOfferCapacity",
      ].includes(w.reason.kind),
    )
  )
    weighted.push({ weight: 0.5, reason: { kind: "nothingInCommon" } });
  // Bridge engineers one side asks for and the other says it lacks are not also said to be offered (its comtors are
  // read as bridge services, but they are not what was asked).
  const lacksBridge = (side: "theyFail" | "youFail") =>
    weighted.some((w) => w.reason.kind === side && w.reason.dealbreaker.kind === "bridge");
  const bridgeOffered = (r: Reason) =>
    ((r.kind === "theyOffer" && lacksBridge("theyFail")) || (r.kind === "theySeek" && lacksBridge("youFail"))) &&
    r.capability === BRIDGE_SERVICES;
  return weighted
    .filter((w) => !(backing && SUPPLIER_SCALE.has(w.reason.kind)) && !bridgeOffered(w.reason))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, MAX_REASONS)
    .map((w) => w.reason);
}

/** Scales of a supplier's work, which do not part an investor and its start-up (score.ts). */
const SUPPLIER_SCALE: ReadonlySet<Reason["kind"]> = new Set([
  "teamTooSmall",
  "teamTooLarge",
  "volumeTooSmall",
  "volumeBeyondCapacity",
  "firmTooLarge",
]);

const techNames = (bank: typeof FRAMEWORKS, mask: number) => bank.ids.filter((_, i) => mask & (1 << i));
