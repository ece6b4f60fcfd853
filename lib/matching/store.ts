// Compiled profiles in struct-of-arrays form: the scoring kernel reads dense typed arrays and makes no
// allocations. One row a firm; a changed profile overwrites its row in place, so one firm's list after an edit
// costs one pass over the rows. The same arrays go to worker threads for the all-firms run.
import { MAX_LIST, MAX_SCOPES, MAX_THESIS, type Profile } from "./profile";
import { MAX_SEEK_TERMS, MAX_TERMS } from "./text/specific-terms";

/** Each need's requirements (Profile.scoped), MAX_SCOPES slots a firm. */
const SCOPE_INT_FIELDS = [
  "sReqLang",
  "sReqPresence",
  "sReqRegions",
  "sReqCertMask",
  "sReqCertAny",
  "sReqCmmi",
  "sReqOnsite",
  "sReqJlpt",
  "sReqCapacity",
  "sReqBid",
] as const;

const FLOAT_FIELDS = [
  "seekTotal",
  "vendor",
  "avail",
  "ja",
  "en",
  "vi",
  "empMid",
  "empMax",
  "reqMinEmployees",
  "reqMinCol",
  "reqScale",
  "minTeam",
  "maxTeam",
  "ticketLow",
  "ticketHigh",
  "roundCap",
  "raiseLow",
  "raiseHigh",
  "reqMaxEmployees",
  "teamAsked",
  "teamFloor",
  "teamTop",
  "needPm",
  "needItems",
  "floorPm",
  "floorItems",
  "itemsMonthly",
  "itemsCapacity",
  "revenue",
  "minRevenue",
  "founded",
  "reqMinYears",
  "reqMinExperience",
  "juniorsOnly",
  "clientMin",
] as const;
const INT_FIELDS = [
  "dataIn",
  "dataHosted",
  "itemsKind",
  "capacityKind",
  "offerCount",
  "deniedCount",
  "unwantedCount",
  "seekCount",
  "seekTermCount",
  "offerTermCount",
  "domainOffer",
  "domainReach",
  "domainSeek",
  "wants",
  "refuses",
  "refusesAbroad",
  "refusesFrom",
  "thesisFrom",
  "thesisNotFrom",
  "home",
  "stackOffered",
  "stackSought",
  "stackRefused",
  "platformOffered",
  "platformSought",
  "platformRefused",
  "capacityTo",
  "channelSeek",
  "lineDomain",
  "presence",
  "indirectOnly",
  "primeOnly",
  "distributes",
  "seekFromAny",
  "consortiumFrom",
  "certMask",
  "cmmi",
  "canOnsite",
  "reqLang",
  "reqLangAny",
  "langColumnOnly",
  "reqPresence",
  "reqPlaceCol",
  "regions",
  "servesOnly",
  "noDomestic",
  "bidRole",
  "stake",
  "exclusivity",
  "clientsOnly",
  "reqJlpt",
  "jlptBest",
  "contractsAsked",
  "contractsRefused",
  "reqRegions",
  "reqCertMask",
  "reqCertAny",
  "reqCmmi",
  "reqOnsite",
  "scopeCount",
  "scopeGroups",
  "teamNeedCount",
  "teamCount",
  "reqSupplyOnly",
  "reqBidOnly",
  "reqOfSuppliers",
  "reqCertMaskCol",
  "reqCmmiCol",
  "investor",
  "seekHost",
  "stageMask",
  "raiseStage",
  "thesisCount",
  "excludedCount",
  "audienceCount",
  "sectorMask",
  "sectorCount",
  "marketMask",
  "homeMarket",
  "band",
  "country",
] as const;

export type FloatField = (typeof FLOAT_FIELDS)[number];
export type IntField = (typeof INT_FIELDS)[number];

/** The arrays themselves: plain data, so that they can be sent to a worker thread. */
export type Packed = {
  n: number;
  capabilities: number;
  /** meets[row * capabilities + s]: how well the firm meets a seek of s, in 255ths (a byte keeps the table in cache). */
  meets: Uint8Array;
  /** field[row * capabilities + s]: Profile.field in 255ths (an investor's thesis and an audience read it). */
  field: Uint8Array;
  offerCap: Int32Array;
  offerW: Float32Array;
  seekCap: Int32Array;
  seekW: Float32Array;
  /** Where each seek's partner must be (place bits, 0: anywhere), MAX_LIST slots a firm like seekCap. */
  seekFrom: Int32Array;
  /** An investor's thesis and exclusions, MAX_THESIS slots a firm. */
  thesisCap: Int32Array;
  excludedCap: Int32Array;
  /** The needs a firm's scoped requirements go with (Profile.scoped[].caps), MAX_THESIS slots a firm... */
  scopeCap: Int32Array;
  /** ...and which of its MAX_SCOPES sets each goes with. */
  scopeGroup: Int32Array;
  sReqMin: Float32Array;
  /** Whom a firm offers itself to as capacity (Profile.audienceCaps), MAX_THESIS slots a firm. */
  audienceCap: Int32Array;
  /** The least teams its needs ask for (Profile.teamNeeds), MAX_THESIS slots a firm. */
  teamNeedCap: Int32Array;
  teamNeedMin: Float32Array;
  teamNeedGroup: Int32Array;
  /** The teams it states (Profile.teams), MAX_LIST slots a firm. */
  teamCap: Int32Array;
  teamSize: Float32Array;
  /** What it denies doing (Profile.deniedCaps), MAX_LIST slots a firm. */
  deniedCap: Int32Array;
  /** What it says it does not want (Profile.unwantedCaps), MAX_LIST slots a firm. */
  unwantedCap: Int32Array;
  /**
   * The specific words of what it looks for and of what it offers (TextReading.terms), as word numbers in rising
   * order, MAX_TERMS slots a firm; termFirms[word]: how many firms use the word (its rarity weighs it, score.ts).
   */
  seekTerms: Int32Array;
  offerTerms: Int32Array;
  termFirms: Int32Array;
  /** termRarity[word]: ln(firms / firms using it), brought up to date when the arrays are handed out. */
  termRarity: Float32Array;
  /** Scratch for the scoring kernel: the words of the firm whose row it scores, marked (score.ts). */
  seekTermMark: Int32Array;
  offerTermMark: Int32Array;
} & Record<FloatField, Float32Array> &
  Record<IntField, Int32Array> &
  Record<(typeof SCOPE_INT_FIELDS)[number], Int32Array>;

export class ProfileStore {
  private rows = 0;
  private capacity = 0;
  private packed: Packed;
  private readonly rowOf = new Map<string, number>();
  private readonly ids: string[] = [];
  /** Word numbers of the specific words (text/specific-terms.ts), for the whole event. */
  private readonly termNumber = new Map<string, number>();
  /** Rows or words changed since termRarity was worked out. */
  private rarityStale = true;

  constructor(private readonly capabilities: number) {
    this.packed = this.allocate(64);
  }

  private allocate(capacity: number): Packed {
    const C = this.capabilities;
    const p = {
      n: this.rows,
      capabilities: C,
      meets: new Uint8Array(capacity * C),
      field: new Uint8Array(capacity * C),
      offerCap: new Int32Array(capacity * MAX_LIST),
      offerW: new Float32Array(capacity * MAX_LIST),
      seekCap: new Int32Array(capacity * MAX_LIST),
      seekW: new Float32Array(capacity * MAX_LIST),
      seekFrom: new Int32Array(capacity * MAX_LIST),
      thesisCap: new Int32Array(capacity * MAX_THESIS),
      excludedCap: new Int32Array(capacity * MAX_THESIS),
      audienceCap: new Int32Array(capacity * MAX_THESIS),
      scopeCap: new Int32Array(capacity * MAX_THESIS),
      scopeGroup: new Int32Array(capacity * MAX_THESIS),
      sReqMin: new Float32Array(capacity * MAX_SCOPES),
      teamNeedCap: new Int32Array(capacity * MAX_THESIS),
      teamNeedMin: new Float32Array(capacity * MAX_THESIS),
      teamNeedGroup: new Int32Array(capacity * MAX_THESIS),
      teamCap: new Int32Array(capacity * MAX_LIST),
      teamSize: new Float32Array(capacity * MAX_LIST),
      deniedCap: new Int32Array(capacity * MAX_LIST),
      unwantedCap: new Int32Array(capacity * MAX_LIST),
      seekTerms: new Int32Array(capacity * MAX_TERMS),
      offerTerms: new Int32Array(capacity * MAX_TERMS),
      // Grown by word count, not by rows (see termOf).
      termFirms: this.packed?.termFirms ?? new Int32Array(1024),
      termRarity: this.packed?.termRarity ?? new Float32Array(1024),
      seekTermMark: this.packed?.seekTermMark ?? new Int32Array(1024),
      offerTermMark: this.packed?.offerTermMark ?? new Int32Array(1024),
    } as Packed;
    for (const f of SCOPE_INT_FIELDS) p[f] = new Int32Array(capacity * MAX_SCOPES);
    for (const f of FLOAT_FIELDS) p[f] = new Float32Array(capacity);
    for (const f of INT_FIELDS) p[f] = new Int32Array(capacity);
    if (this.packed) {
      for (const key of Object.keys(p) as (keyof Packed)[]) {
        const from = this.packed[key];
        if (ArrayBuffer.isView(from)) (p[key] as Float32Array).set(from as Float32Array);
      }
    }
    this.capacity = capacity;
    return p;
  }

  get size(): number {
    return this.rows;
  }

  row(id: string): number | undefined {
    return this.rowOf.get(id);
  }

  idAt(row: number): string {
    return this.ids[row]!;
  }

  /** Writes a profile into its row (a new row for a new firm). */
  put(profile: Profile): number {
    let row = this.rowOf.get(profile.firm.id);
    if (row === undefined) {
      if (this.rows === this.capacity) this.packed = this.allocate(this.capacity * 2);
      row = this.rows++;
      this.rowOf.set(profile.firm.id, row);
      this.ids[row] = profile.firm.id;
      this.packed.n = this.rows;
    }
    this.write(row, profile);
    return row;
  }

  /** Removes a firm: the last row moves into its place. Returns the moved firm's id, if any. */
  remove(id: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    this.countTerms(row, -1);
    const last = this.rows - 1;
    if (row !== last) {
      const p = this.packed;
      const C = this.capabilities;
      p.meets.copyWithin(row * C, last * C, (last + 1) * C);
      p.field.copyWithin(row * C, last * C, (last + 1) * C);
      for (const key of [
        "offerCap",
        "offerW",
        "seekCap",
        "seekW",
        "seekFrom",
        "teamCap",
        "teamSize",
        "deniedCap",
      ] as const)
        p[key].copyWithin(row * MAX_LIST, last * MAX_LIST, (last + 1) * MAX_LIST);
      for (const key of [
        "thesisCap",
        "excludedCap",
        "audienceCap",
        "scopeCap",
        "scopeGroup",
        "teamNeedCap",
        "teamNeedMin",
        "teamNeedGroup",
      ] as const)
        p[key].copyWithin(row * MAX_THESIS, last * MAX_THESIS, (last + 1) * MAX_THESIS);
      for (const key of [...SCOPE_INT_FIELDS, "sReqMin"] as const)
        p[key].copyWithin(row * MAX_SCOPES, last * MAX_SCOPES, (last + 1) * MAX_SCOPES);
      for (const key of ["seekTerms", "offerTerms"] as const)
        p[key].copyWithin(row * MAX_TERMS, last * MAX_TERMS, (last + 1) * MAX_TERMS);
      for (const f of FLOAT_FIELDS) p[f][row] = p[f][last]!;
      for (const f of INT_FIELDS) p[f][row] = p[f][last]!;
      const movedId = this.ids[last]!;
      this.ids[row] = movedId;
      this.rowOf.set(movedId, row);
    }
    // The vacated row's words are counted out already (or moved): a firm put there next counts none out.
    this.packed.seekTermCount[last] = 0;
    this.packed.offerTermCount[last] = 0;
    this.ids.length = last;
    this.rowOf.delete(id);
    this.rows = last;
    this.packed.n = last;
  }

  /** A word's number, a new one for a word not seen before. */
  private termOf(word: string): number {
    let n = this.termNumber.get(word);
    if (n === undefined) {
      n = this.termNumber.size;
      this.termNumber.set(word, n);
      const firms = this.packed.termFirms;
      if (n >= firms.length) {
        this.packed.termFirms = new Int32Array(firms.length * 2);
        this.packed.termFirms.set(firms);
      }
    }
    return n;
  }

  /** Counts a row's words in (+1) or out (-1) of how many firms use each (a word in both lists counts once). */
  private countTerms(row: number, by: 1 | -1) {
    const p = this.packed;
    this.rarityStale = true;
    const seen = new Set<number>();
    const base = row * MAX_TERMS;
    for (let k = 0; k < p.seekTermCount[row]!; k++) seen.add(p.seekTerms[base + k]!);
    for (let k = 0; k < p.offerTermCount[row]!; k++) seen.add(p.offerTerms[base + k]!);
    for (const t of seen) p.termFirms[t]! += by;
  }

  private writeTerms(row: number, q: Profile) {
    const p = this.packed;
    this.countTerms(row, -1);
    const base = row * MAX_TERMS;
    const numbers = (words: readonly string[] | undefined, most: number) =>
      [...new Set((words ?? []).slice(0, most).map((w) => this.termOf(w)))].sort((x, y) => x - y);
    const seeks = numbers(q.reading.terms?.seeks, MAX_SEEK_TERMS);
    const offers = numbers(q.reading.terms?.offers, MAX_TERMS);
    p.seekTerms.fill(0, base, base + MAX_TERMS);
    p.offerTerms.fill(0, base, base + MAX_TERMS);
    p.seekTerms.set(seeks, base);
    p.offerTerms.set(offers, base);
    p.seekTermCount[row] = seeks.length;
    p.offerTermCount[row] = offers.length;
    this.countTerms(row, 1);
  }

  private write(row: number, q: Profile) {
    const p = this.packed;
    const C = this.capabilities;
    this.writeTerms(row, q);
    for (let s = 0; s < C; s++) p.meets[row * C + s] = Math.round(q.meets[s]! * 255);
    for (let s = 0; s < C; s++) p.field[row * C + s] = Math.round(q.field[s]! * 255);
    const base = row * MAX_LIST;
    p.offerCap.fill(0, base, base + MAX_LIST);
    p.offerW.fill(0, base, base + MAX_LIST);
    p.seekCap.fill(0, base, base + MAX_LIST);
    p.seekW.fill(0, base, base + MAX_LIST);
    p.seekFrom.fill(0, base, base + MAX_LIST);
    p.offerCap.set(q.offerCaps, base);
    p.offerW.set(q.offerWeights, base);
    p.seekCap.set(q.seekCaps, base);
    p.seekW.set(q.seekWeights, base);
    p.seekFrom.set(q.seekFrom, base);
    p.thesisCap.fill(0, row * MAX_THESIS, (row + 1) * MAX_THESIS);
    p.excludedCap.fill(0, row * MAX_THESIS, (row + 1) * MAX_THESIS);
    p.thesisCap.set(q.thesisCaps, row * MAX_THESIS);
    p.excludedCap.set(q.excludedCaps, row * MAX_THESIS);
    p.audienceCap.fill(0, row * MAX_THESIS, (row + 1) * MAX_THESIS);
    p.audienceCap.set(q.audienceCaps, row * MAX_THESIS);
    p.audienceCount[row] = q.audienceCaps.length;
    p.scopeCap.fill(0, row * MAX_THESIS, (row + 1) * MAX_THESIS);
    p.scopeGroup.fill(0, row * MAX_THESIS, (row + 1) * MAX_THESIS);
    let slot = row * MAX_THESIS;
    q.scoped.forEach((scope, g) => {
      for (const cap of scope.caps) {
        p.scopeCap[slot] = cap;
        p.scopeGroup[slot++] = g;
      }
    });
    p.scopeCount[row] = slot - row * MAX_THESIS;
    p.scopeGroups[row] = q.scoped.length;
    const scopes = row * MAX_SCOPES;
    for (const key of [...SCOPE_INT_FIELDS, "sReqMin"] as const) p[key].fill(0, scopes, scopes + MAX_SCOPES);
    q.scoped.forEach((scope, g) => {
      p.sReqLang[scopes + g] = scope.lang;
      p.sReqMin[scopes + g] = scope.minEmployees;
      p.sReqPresence[scopes + g] = scope.presence;
      p.sReqRegions[scopes + g] = scope.regions;
      p.sReqCertMask[scopes + g] = scope.certMask;
      p.sReqCertAny[scopes + g] = scope.certAny;
      p.sReqCmmi[scopes + g] = scope.cmmi;
      p.sReqOnsite[scopes + g] = scope.onsite;
      p.sReqJlpt[scopes + g] = scope.jlpt;
      p.sReqCapacity[scopes + g] = scope.capacity;
      p.sReqBid[scopes + g] = scope.bid;
    });
    const thesis = row * MAX_THESIS;
    for (const key of ["teamNeedCap", "teamNeedMin", "teamNeedGroup"] as const)
      p[key].fill(0, thesis, thesis + MAX_THESIS);
    p.teamNeedCap.set(q.teamNeeds.caps, thesis);
    p.teamNeedMin.set(q.teamNeeds.mins, thesis);
    p.teamNeedGroup.set(q.teamNeeds.groups, thesis);
    p.teamNeedCount[row] = q.teamNeeds.caps.length;
    p.teamCap.fill(0, base, base + MAX_LIST);
    p.teamSize.fill(0, base, base + MAX_LIST);
    p.teamCap.set(q.teams.caps, base);
    p.teamSize.set(q.teams.sizes, base);
    p.teamCount[row] = q.teams.caps.length;
    p.deniedCap.fill(0, base, base + MAX_LIST);
    p.deniedCap.set(q.deniedCaps, base);
    p.deniedCount[row] = q.deniedCaps.length;
    p.unwantedCap.fill(0, base, base + MAX_LIST);
    p.unwantedCap.set(q.unwantedCaps, base);
    p.unwantedCount[row] = q.unwantedCaps.length;
    p.investor[row] = q.investor ? 1 : 0;
    p.seekHost[row] = q.seekHost;
    p.thesisCount[row] = q.thesisCaps.length;
    p.excludedCount[row] = q.excludedCaps.length;
    p.offerCount[row] = q.offerCaps.length;
    p.seekCount[row] = q.seekCaps.length;
    p.seekTotal[row] = q.seekWeights.reduce((s, w) => s + w, 0);
    p.vendor[row] = q.vendor;
    p.revenue[row] = q.revenue;
    p.minRevenue[row] = q.minRevenue;
    p.founded[row] = q.founded;
    p.reqMinYears[row] = q.reqMinYears;
    p.reqMinExperience[row] = q.reqMinExperience;
    p.juniorsOnly[row] = q.juniorsOnly;
    p.clientMin[row] = q.clientMin;
    p.avail[row] = q.avail;
    p.ja[row] = q.ja;
    p.en[row] = q.en;
    p.vi[row] = q.vi;
    p.empMid[row] = q.empMid;
    p.empMax[row] = q.empMax;
    p.reqMinEmployees[row] = q.reqMinEmployees;
    p.reqScale[row] = q.reqScale;
    p.minTeam[row] = q.minTeam;
    p.maxTeam[row] = q.maxTeam;
    p.ticketLow[row] = q.ticketLow;
    p.ticketHigh[row] = q.ticketHigh;
    p.roundCap[row] = q.roundCap;
    p.raiseLow[row] = q.raiseLow;
    p.raiseHigh[row] = q.raiseHigh;
    p.stageMask[row] = q.stageMask;
    p.raiseStage[row] = q.raiseStage;
    p.reqMaxEmployees[row] = q.reqMaxEmployees;
    p.teamAsked[row] = q.teamAsked;
    p.teamFloor[row] = q.teamFloor;
    p.teamTop[row] = q.teamTop;
    p.needPm[row] = q.needPm;
    p.needItems[row] = q.needItems;
    p.floorPm[row] = q.floorPm;
    p.floorItems[row] = q.floorItems;
    p.itemsMonthly[row] = q.itemsMonthly;
    p.itemsCapacity[row] = q.itemsCapacity;
    p.itemsKind[row] = q.itemsKind;
    p.dataIn[row] = q.dataIn;
    p.dataHosted[row] = q.dataHosted;
    p.capacityKind[row] = q.capacityKind;
    p.domainOffer[row] = q.domainOffer;
    p.domainReach[row] = q.domainReach;
    p.domainSeek[row] = q.domainSeek;
    p.wants[row] = q.wants;
    p.refuses[row] = q.refuses;
    p.refusesAbroad[row] = q.refusesAbroad;
    p.refusesFrom[row] = q.refusesFrom;
    p.thesisFrom[row] = q.thesisFrom;
    p.thesisNotFrom[row] = q.thesisNotFrom;
    p.home[row] = q.home;
    p.stackOffered[row] = q.stackOffered;
    p.stackSought[row] = q.stackSought;
    p.stackRefused[row] = q.stackRefused;
    p.platformOffered[row] = q.platformOffered;
    p.platformSought[row] = q.platformSought;
    p.platformRefused[row] = q.platformRefused;
    p.capacityTo[row] = q.capacityTo;
    p.channelSeek[row] = q.channelSeek;
    p.lineDomain[row] = q.lineDomain;
    p.presence[row] = q.presence;
    p.indirectOnly[row] = q.indirectOnly;
    p.primeOnly[row] = q.primeOnly;
    p.distributes[row] = q.distributes;
    p.seekFromAny[row] = q.seekFrom.reduce((m, x) => m | x, 0);
    p.consortiumFrom[row] = q.consortiumFrom;
    p.certMask[row] = q.certMask;
    p.cmmi[row] = q.cmmi;
    p.canOnsite[row] = q.canOnsite;
    p.reqLang[row] = q.reqLang;
    p.reqLangAny[row] = q.reqLangAny;
    p.langColumnOnly[row] = q.langColumnOnly;
    p.reqPresence[row] = q.reqPresence;
    p.reqPlaceCol[row] = q.reqPlaceCol;
    p.regions[row] = q.regions;
    p.servesOnly[row] = q.servesOnly;
    p.noDomestic[row] = q.noDomestic;
    p.bidRole[row] = q.bidRole;
    p.stake[row] = q.stake;
    p.exclusivity[row] = q.exclusivity;
    p.clientsOnly[row] = q.clientsOnly;
    p.reqJlpt[row] = q.reqJlpt;
    p.jlptBest[row] = q.jlptBest;
    p.contractsAsked[row] = q.contractsAsked;
    p.contractsRefused[row] = q.contractsRefused;
    p.reqRegions[row] = q.reqRegions;
    p.reqCertMask[row] = q.reqCertMask;
    p.reqCertAny[row] = q.reqCertAny;
    p.reqCmmi[row] = q.reqCmmi;
    p.reqOnsite[row] = q.reqOnsite;
    p.reqSupplyOnly[row] = q.reqSupplyOnly ? 1 : 0;
    p.reqBidOnly[row] = q.reqBidOnly ? 1 : 0;
    p.reqOfSuppliers[row] = q.reqOfSuppliers ? 1 : 0;
    p.reqCertMaskCol[row] = q.reqCertMaskCol;
    p.reqCmmiCol[row] = q.reqCmmiCol;
    p.reqMinCol[row] = q.reqMinCol;
    p.sectorMask[row] = q.sectorMask;
    p.sectorCount[row] = q.sectorCount;
    p.marketMask[row] = q.marketMask;
    p.homeMarket[row] = q.homeMarket;
    p.band[row] = q.band;
    p.country[row] = q.country;
  }

  /** The live arrays (rows 0..size-1 are valid). */
  get arrays(): Packed {
    const p = this.packed;
    if (this.rarityStale) {
      if (p.termRarity.length !== p.termFirms.length) {
        p.termRarity = new Float32Array(p.termFirms.length);
        p.seekTermMark = new Int32Array(p.termFirms.length);
        p.offerTermMark = new Int32Array(p.termFirms.length);
      }
      for (let t = 0; t < p.termFirms.length; t++)
        p.termRarity[t] = p.termFirms[t]! > 0 ? Math.log(this.rows / p.termFirms[t]!) : 0;
      this.rarityStale = false;
    }
    return p;
  }
}
