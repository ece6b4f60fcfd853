// The matching engine's inputs and outputs: plain data, no database or React types.
import type { Stage } from "./text/money";
import type { FirmType, Intent } from "./intents";
import type { Cert, Lang } from "./text/lexicon";
import type { TextReading } from "./text/read-text";

export type Country = "VN" | "JP" | "OTHER";
/** The markets a firm targets, in the engine's bit order (profile.ts MARKETS). */
export type Market = "JAPAN" | "VIETNAM" | "ASEAN" | "US" | "EU" | "EAST_ASIA" | "OCEANIA";
export type EmployeeBand = "B1_49" | "B50_249" | "B250_999" | "B1000_PLUS";

/** A taxonomy node as the engine sees it: its code, kind, parent, and every way of writing it. */
export type Concept = {
  code: string;
  kind: "SECTOR" | "CAPABILITY";
  parent: string | null;
  /** Its labels and synonyms, in any language: what the reader finds it by. */
  terms: string[];
  /** Its labels alone (English, Japanese, Vietnamese), where known: what the app names it by. */
  labels?: string[];
};

/** A firm's profile as the engine reads it. Only approved firms are given to the engine. */
export type MatchFirm = {
  id: string;
  country: Country;
  /** The country outside Japan and Vietnam a firm of country OTHER is based in ("TW", "TH"), when known. */
  countryCode?: string;
  /** Where the firm is based; a city abroad (Bangkok) counts as presence there. */
  city?: string;
  sectors: string[];
  /** Coded capabilities (taxonomy codes); a code the taxonomy does not know is read as text. */
  offers: { code: string; note?: string }[];
  seeks: { code: string; note?: string }[];
  markets: string[];
  /** ISO27001, ISO9001, ISO14001, CMMI, PRIVACY_MARK. */
  certifications: string[];
  /** The CMMI level held, when CMMI is among the certifications. */
  cmmiLevel?: number | null;
  /** Certifications the firm requires of a partner (e.g. ISO/IEC 27001 for work on client data). */
  requiredCertifications: string[];
  requiredCmmiLevel?: number | null;
  employeeBand: EmployeeBand;
  /** The band is the importer's stand-in for a size left empty: a head count the text states is the size. */
  sizeUnstated?: boolean;
  /** The head count when known exactly (a CSV may give a number instead of a band). */
  employees?: number | null;
  /** The year it was founded (null: not stated; the text may say). */
  yearFounded?: number | null;
  /** Language capacity; null when not stated. */
  japaneseSpeakers: number | null;
  bridgeEngineers: number | null;
  jlptN1: number | null;
  jlptN2: number | null;
  englishSpeakers: number | null;
  /** Descriptions and tags in any language (read as descriptions). */
  texts: string[];
  /** "What we offer" and "what we are looking for", one statement a line, in any language. */
  offersText?: string;
  seeksText?: string;
  tags?: string[];
  /** The kinds of partner the firm says it wants, and what it is; empty / null when not said. */
  intents?: Intent[];
  firmType?: FirmType | null;
  /** Dealbreakers stated in fields: languages a partner must work in, its minimum size, where it must be present. */
  partnerLanguages?: Lang[];
  minPartnerEmployees?: number | null;
  partnerPresence?: string[];
  partnerOnsite?: boolean;
  /** What reading the free text found, computed when the profile was saved; read on upsert when absent. */
  reading?: TextReading;
};

/** A requirement of one firm that the other fails. */
export type Dealbreaker =
  | { kind: "language"; language: Lang }
  /** A JLPT level asked (N2 = 2) above the best the other's people hold. */
  | { kind: "jlpt"; level: number; held: number }
  | { kind: "certification"; certification: Cert; level?: number }
  | { kind: "size"; minimum: number }
  /** The team asked for one capability is larger than the team the other states for it. */
  | { kind: "team"; capability: string; minimum: number; team: number }
  | { kind: "presence"; place: string }
  /** Data asked to stay in a country the other's service keeps it outside of. */
  | { kind: "dataLocation"; place: string }
  /** A system asked on the firm's own servers of a service the other keeps in its cloud only. */
  | { kind: "onPremise" }
  /** Bridge engineers were asked, and the other says it has none. */
  | { kind: "bridge" }
  /** Japanese at a level was asked of everyone on the team, and the other works in Japanese through a few only. */
  | { kind: "everyone" }
  | { kind: "onsite" };

/** Why a firm is recommended (or ranks low), as data; the app renders it in the reader's language. */
export type Reason =
  | { kind: "theyOffer"; capability: string; sought: string; note: string }
  /** One side seeks a business system the other, a software house, could build to order. */
  | { kind: "builtToOrder"; side: "you" | "they"; capability: string; sought: string }
  | { kind: "theySeek"; capability: string }
  | { kind: "bothConsortium" }
  /** Both lead their bids, or both only join others': neither is the other's consortium (bid-role.ts). */
  | { kind: "sameBidRole"; role: "lead" | "member" }
  /** One deals in control of a company changing hands, the other only in a minority (stake-control.ts); yours. */
  | { kind: "stakeClash"; stake: "majority" | "minority" }
  /** One signs exclusive distribution agreements only, the other non-exclusive ones only (exclusivity.ts); yours. */
  | { kind: "exclusivityClash"; yours: "exclusive" | "nonExclusive" }
  | { kind: "theyWantCapacity"; capability: string }
  /** They offer themselves as capacity or a partner in a capability the reader does not sell. */
  | { kind: "theyOfferCapacity"; capability: string }
  /** The reader offers itself as capacity or a partner in a capability they do not sell. */
  | { kind: "youOfferCapacity"; capability: string }
  | { kind: "theyInvest" }
  | { kind: "theyDistribute" }
  | { kind: "sharedSector"; sector: string }
  | { kind: "sharedMarket"; market: string }
  | { kind: "targetsYourMarket"; market: string }
  /** Counts are null where the firm did not state them: the reason then names the capacity without numbers. */
  | { kind: "japaneseCapacity"; japaneseSpeakers: number | null; bridgeEngineers: number | null; jlptN1: number | null }
  | { kind: "commonEnglish"; englishSpeakers: number | null }
  | { kind: "hasRequiredCertification"; certification: string }
  // The negatives: the reader's requirement they fail ("you need Japanese-speaking partners: they list none"),
  // theirs the reader fails, competitors, one-sided interest, no common language, a size gap.
  | { kind: "theyFail"; dealbreaker: Dealbreaker }
  | { kind: "youFail"; dealbreaker: Dealbreaker }
  | { kind: "competitor"; capability: string; market: Market | null }
  | { kind: "notLookingFor"; wants: Intent[] }
  | { kind: "noCommonLanguage" }
  /** One looks for partners from a place the other is not in ("Japanese consortium leaders", đối tác Nhật Bản). */
  | { kind: "partnersElsewhere"; side: "you" | "they"; place: string }
  /** One looks for distributors; the other distributes products of other fields (score.ts, PARAMS.offLine). */
  | { kind: "outsideLine"; side: "you" | "they" }
  /** One rules out partners abroad ("オフショア開発は使わない方針", "ベトナム企業との協業は考えていません"). */
  | { kind: "refusesAbroad"; side: "you" | "they" }
  /**
   * What one looks for and what the other offers name the same specific words (text/specific-terms.ts, score.ts
   * PARAMS.sharedTerms), where the other meets that need: the words, as the firms wrote them.
   */
  | { kind: "sharedWords"; side: "you" | "they"; words: string[] }
  /**
   * What one looks for names specific words of which what the other offers, in words of its own, names none
   * (score.ts PARAMS.termMiss), where the other meets that need at all: the words sought.
   */
  | { kind: "wordsUnmet"; side: "you" | "they"; words: string[] }
  /** One asks for technologies the other does not work in (stack.ts): what it asks for, what the other names. */
  | { kind: "stackMismatch"; side: "you" | "they"; wanted: string[]; theirs: string[] }
  | { kind: "sizeGap"; yourBand: EmployeeBand; theirBand: EmployeeBand }
  /** A team smaller than the other takes on: the side that needs `need` people, the other's smallest team. */
  | { kind: "teamTooSmall"; side: "you" | "they"; need: number; minimum: number }
  | { kind: "teamTooLarge"; side: "you" | "they"; need: number; maximum: number }
  /** A volume of work below the least the other takes on ("projects from 30 man-months" for a 6 man-month job). */
  | { kind: "volumeTooSmall"; side: "you" | "they"; need: number; minimum: number; unit: "pm" | "items" }
  /** A monthly volume of pieces well beyond what the other says it does a month. */
  | { kind: "volumeBeyondCapacity"; side: "you" | "they"; need: number; capacity: number }
  /** Larger than the largest partner the other wants ("a small company of 50 staff or fewer"). */
  | { kind: "firmTooLarge"; side: "you" | "they"; maximum: number }
  | {
      kind: "roundOutOfReach";
      /** Who raises the round: "they" raise it and you invest, or the other way round. */
      side: "you" | "they";
      /** The round, and the investor's tickets, in US dollars ([0, 0]: not said). */
      raise: [number, number];
      ticket: [number, number];
      roundCap: number;
    }
  | { kind: "stageOutOfReach"; side: "you" | "they"; stage: Stage; stages: Stage[] }
  /** The startup's (side) revenue is below the least the investor asks, in US dollars. */
  /** (revenue 0: the start-up says it has none yet.) */
  | { kind: "revenueBelow"; side: "you" | "they"; revenue: number; minimum: number }
  /** The other (side "they") was founded too recently for the least age in years one asks of its partners. */
  | { kind: "tooYoung"; side: "you" | "they"; founded: number; minimum: number }
  /** One asks years of working experience of the people sent; the other offers only graduates and interns. */
  | { kind: "juniorsOnly"; side: "you" | "they"; minimum: number }
  /** The main need of one (side "you": yours) is what the other says it does not do. */
  | { kind: "turnsDownNeed"; side: "you" | "they"; capability: string }
  /** The main offer of one (side "you": yours) is what the other says it does not want. */
  | { kind: "offerNotWanted"; side: "you" | "they"; capability: string }
  /** One (side "they": the other firm) sells only through distributors where the other is, and it would buy direct. */
  | { kind: "indirectOnly"; side: "you" | "they" }
  /** One takes work only as a subcontractor through a prime contractor; the other is an end client. */
  | { kind: "primeOnly"; side: "you" | "they" }
  /**
   * side "you": you ask a form of contract they refuse, or they take only forms you rule out (only); "they": the
   * other way round (text/contracts.ts).
   */
  | { kind: "contractRefused"; side: "you" | "they"; form: "fixed" | "lab" | "spot" | "direct"; only: boolean }
  /** One (side "they": the other firm) takes work only in regions (regions.ts) where the other, its client, is not. */
  | { kind: "servesElsewhere"; side: "you" | "they"; regions: string[] }
  /** One takes no clients in its own country, where the other is ("Overseas clients only"). */
  | { kind: "noDomesticClients"; side: "you" | "they" }
  /** One takes clients only from some countries, and the other, its client, is from another. */
  | { kind: "clientsOnlyFrom"; side: "you" | "they"; places: string[] }
  /**
   * The startup (side) is not from where the investor backs startups ("ベトナムのスタートアップ"), or is from where
   * it does not ("we do not invest in Japanese startups": excluded).
   */
  | { kind: "startupElsewhere"; side: "you" | "they"; places: string[]; excluded: boolean }
  /**
   * The startup (side) works outside the fields the investor backs (`thesis`, the first few), or in one it says it
   * does not invest in (`excluded`).
   */
  | { kind: "outsideThesis"; side: "you" | "they"; thesis: string[]; excluded: string | null }
  | { kind: "nothingInCommon" };

export type Recommendation = {
  firmId: string;
  /** Reciprocal score in [0, 1]: the harmonic mean of how well each side suits the other. */
  score: number;
  /** How well the recommended firm suits the reader, and the reader suits it. */
  forYou: number;
  forThem: number;
  reasons: Reason[];
};
