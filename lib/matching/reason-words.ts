// A reason as a sentence in the reader's language, from the app's messages (messages/{en,ja,vi}.json,
// matching.reason): for the evaluation command and anywhere outside React. The app's pages render the same
// messages through next-intl (components/matching/reason-text.tsx).
import { ROUND_STRETCH } from "./score";
import type { Reason } from "./types";
import { WORKER_TRADES } from "./stack";

/** The message subtrees this reads: a nested record of strings, loose because the JSON is imported whole. */
type Words = { [key: string]: string | Words };
export type ReasonMessages = { matching: { reason: Words; intent: Record<string, string> }; common: Words };
type Locale = "en" | "ja" | "vi";

/** The message at a path; a missing key shows as its path rather than failing (a test checks the keys exist). */
function at(tree: Words, ...path: string[]): string {
  let v: string | Words | undefined = tree;
  for (const k of path) v = typeof v === "object" ? v[k] : undefined;
  return typeof v === "string" ? v : path.join(".");
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/** A sum or range in US dollars as these firms write it: "USD 300k", "USD 0.5–3M", "USD 12M". */
export function usd(low: number, high: number): string {
  const one = (n: number, unit: number) => String(Math.round((n / unit) * 10) / 10);
  const unit = high >= 1e6 ? 1e6 : 1e3;
  const suffix = unit === 1e6 ? "M" : "k";
  if (low === high || low <= 0) return `USD ${one(high, unit)}${suffix}`;
  return `USD ${one(low, unit)}–${one(high, unit)}${suffix}`;
}

export function reasonWords(
  reason: Reason,
  locale: Locale,
  messages: ReasonMessages,
  label: (capabilityOrSector: string) => string,
): string {
  const r = messages.matching.reason;
  const common = messages.common;
  // A market or certification the app has no words for (a code from an import) reads as its code.
  const named = (group: "market" | "certification", code: string) => {
    const words = at(common, group, code);
    return words === `${group}.${code}` ? code : words;
  };
  const language = (l: string) => new Intl.DisplayNames([locale], { type: "language" }).of(l) ?? l;
  // A region within a country (regions.ts: "VN-S") has its own words; a country its name in the reader's language.
  const place = (p: string) =>
    p.includes("-")
      ? at(common, "region", p)
      : p === "ASEAN"
        ? "ASEAN"
        : (new Intl.DisplayNames([locale], { type: "region" }).of(p) ?? p);
  const dealbreaker = (side: "theyFail" | "youFail", d: Extract<Reason, { kind: "theyFail" }>["dealbreaker"]) => {
    const t = at(r, side, d.kind);
    switch (d.kind) {
      case "language":
        return fill(t, { language: language(d.language) });
      case "jlpt":
        return fill(t, { level: `N${d.level}`, held: `N${d.held}` });
      case "certification":
        return fill(t, {
          certification: d.level
            ? fill(at(common, "cmmiLevel"), { level: d.level })
            : named("certification", d.certification),
        });
      case "size":
        return fill(t, { minimum: d.minimum });
      case "team":
        return fill(t, { minimum: d.minimum, team: d.team, capability: label(d.capability) });
      case "presence":
      case "dataLocation":
        return fill(t, { place: place(d.place) });
      case "onsite":
      case "onPremise":
      case "bridge":
      case "everyone":
        return t;
    }
  };
  switch (reason.kind) {
    case "theyOffer":
      return reason.capability === reason.sought
        ? fill(at(r, "theyOffer"), { capability: label(reason.capability) })
        : fill(at(r, "theyOfferNear"), { capability: label(reason.capability), sought: label(reason.sought) });
    case "theySeek":
      return fill(at(r, "theySeek"), { capability: label(reason.capability) });
    case "builtToOrder":
      return fill(at(r, reason.side === "they" ? "builtToOrderThey" : "builtToOrderYou"), {
        capability: label(reason.capability),
        sought: label(reason.sought),
      });
    case "theyWantCapacity":
    case "theyOfferCapacity":
    case "youOfferCapacity":
      return fill(at(r, reason.kind), { capability: label(reason.capability) });
    case "bothConsortium":
    case "theyInvest":
    case "theyDistribute":
    case "noCommonLanguage":
    case "nothingInCommon":
      return at(r, reason.kind);
    case "sharedSector":
      return fill(at(r, "sharedSector"), { sector: label(reason.sector) });
    case "sharedMarket":
      return fill(at(r, "sharedMarket"), { market: named("market", reason.market) });
    case "targetsYourMarket":
      return fill(at(r, "targetsYourMarket"), { market: named("market", reason.market) });
    case "japaneseCapacity":
      // A firm read as working in Japanese from its text alone states no head counts: none are shown as zero.
      if (reason.japaneseSpeakers == null && reason.bridgeEngineers == null && reason.jlptN1 == null)
        return at(r, "japaneseWorking");
      return fill(at(r, "japaneseCapacity"), {
        speakers: reason.japaneseSpeakers ?? 0,
        bridge: reason.bridgeEngineers ?? 0,
        n1: reason.jlptN1 ?? 0,
      });
    case "commonEnglish":
      if (reason.englishSpeakers == null) return at(r, "commonEnglishUnstated");
      return fill(at(r, "commonEnglish"), { speakers: reason.englishSpeakers });
    case "hasRequiredCertification":
      return fill(at(r, "hasRequiredCertification"), {
        certification: named("certification", reason.certification),
      });
    case "theyFail":
    case "youFail":
      return dealbreaker(reason.kind, reason.dealbreaker);
    case "partnersElsewhere":
      return fill(at(r, reason.side === "you" ? "partnersElsewhereYou" : "partnersElsewhereThey"), {
        place: place(reason.place),
      });
    case "sameBidRole":
      return at(r, reason.role === "lead" ? "sameBidRoleLead" : "sameBidRoleMember");
    case "stakeClash":
      return at(r, reason.stake === "majority" ? "stakeClashMajority" : "stakeClashMinority");
    case "exclusivityClash":
      return at(r, reason.yours === "exclusive" ? "exclusivityClashExclusive" : "exclusivityClashNonExclusive");
    case "outsideLine":
      return at(r, reason.side === "you" ? "outsideLineYou" : "outsideLineThey");
    case "sharedWords":
      return fill(at(r, reason.side === "you" ? "sharedWordsYou" : "sharedWordsThey"), {
        words: reason.words.join(locale === "ja" ? "、" : ", "),
      });
    case "wordsUnmet":
      return fill(at(r, reason.side === "you" ? "wordsUnmetYou" : "wordsUnmetThey"), {
        words: reason.words.join(locale === "ja" ? "、" : ", "),
      });
    case "stackMismatch": {
      const you = reason.side === "you";
      // A technology is its own name; a field that binds like one ("Gambling") has words in each language.
      const name = (n: string) => {
        const words = at(common, "tech", n);
        return words === `tech.${n}` ? n : words;
      };
      const list = (names: string[]) => names.map(name).join(locale === "ja" ? "、" : ", ");
      // Workers of a trade are placed, not worked in.
      const trades = reason.wanted.every((w) => (WORKER_TRADES as readonly string[]).includes(w));
      const mismatch = trades
        ? you
          ? "tradeMismatchYou"
          : "tradeMismatchThey"
        : you
          ? "stackMismatchYou"
          : "stackMismatchThey";
      return reason.theirs.length
        ? fill(at(r, mismatch), {
            wanted: list(reason.wanted),
            theirs: list(reason.theirs),
          })
        : fill(at(r, you ? "stackRefusedYou" : "stackRefusedThey"), { wanted: list(reason.wanted) });
    }
    case "refusesAbroad":
      return at(r, reason.side === "you" ? "refusesAbroadYou" : "refusesAbroadThey");
    case "competitor":
      return reason.market
        ? fill(at(r, "competitor"), {
            capability: label(reason.capability),
            market: named("market", reason.market),
          })
        : fill(at(r, "competitorAnyMarket"), { capability: label(reason.capability) });
    case "notLookingFor":
      return fill(at(r, "notLookingFor"), {
        wants:
          reason.wants.map((w) => messages.matching.intent[w] ?? w).join(", ") ||
          (messages.matching.intent.clients ?? "clients"),
      });
    case "teamTooSmall":
      return fill(at(r, reason.side === "you" ? "teamTooSmallYou" : "teamTooSmallThey"), {
        need: String(reason.need),
        minimum: String(reason.minimum),
      });
    case "teamTooLarge":
      return fill(at(r, reason.side === "you" ? "teamTooLargeYou" : "teamTooLargeThey"), {
        need: String(reason.need),
        maximum: String(reason.maximum),
      });
    case "volumeTooSmall":
      return fill(at(r, reason.side === "you" ? "volumeTooSmallYou" : "volumeTooSmallThey"), {
        need: reason.need.toLocaleString(locale),
        minimum: reason.minimum.toLocaleString(locale),
        unit: at(r, reason.unit === "pm" ? "unitPersonMonths" : "unitPieces"),
      });
    case "volumeBeyondCapacity":
      return fill(at(r, reason.side === "you" ? "volumeBeyondYou" : "volumeBeyondThey"), {
        need: reason.need.toLocaleString(locale),
        capacity: reason.capacity.toLocaleString(locale),
        unit: at(r, "unitPieces"),
      });
    case "firmTooLarge":
      return fill(at(r, reason.side === "you" ? "firmTooLargeYou" : "firmTooLargeThey"), {
        maximum: String(reason.maximum),
      });
    case "roundOutOfReach": {
      // Which limit the round breaks: the tickets (many times the largest, under the smallest) or the round cap.
      const [raiseLow, raiseHigh] = reason.raise;
      const [ticketLow, ticketHigh] = reason.ticket;
      const byTicket = ticketHigh > 0 && (raiseLow >= ROUND_STRETCH * ticketHigh || raiseHigh < ticketLow);
      const who = reason.side === "you" ? "You" : "They";
      return byTicket
        ? fill(at(r, `roundVsTicket${who}`), { raise: usd(raiseLow, raiseHigh), ticket: usd(ticketLow, ticketHigh) })
        : fill(at(r, `roundVsCap${who}`), {
            raise: usd(raiseLow, raiseHigh),
            cap: usd(reason.roundCap, reason.roundCap),
          });
    }
    case "turnsDownNeed":
      return fill(at(r, reason.side === "you" ? "turnsDownNeedYou" : "turnsDownNeedThey"), {
        capability: label(reason.capability),
      });
    case "offerNotWanted":
      return fill(at(r, reason.side === "you" ? "offerNotWantedYou" : "offerNotWantedThey"), {
        capability: label(reason.capability),
      });
    case "contractRefused": {
      if (reason.form === "direct") return at(r, reason.side === "you" ? "contractDirectYou" : "contractDirectThey");
      const key = reason.only
        ? reason.side === "you"
          ? "contractOnlyYou"
          : "contractOnlyThey"
        : reason.side === "you"
          ? "contractRefusedYou"
          : "contractRefusedThey";
      const form = { fixed: "contractFixed", lab: "contractLab", spot: "contractSpot" }[reason.form];
      return fill(at(r, key), { form: at(r, form) });
    }
    case "indirectOnly":
      return at(r, reason.side === "you" ? "indirectOnlyYou" : "indirectOnlyThey");
    case "primeOnly":
      return at(r, reason.side === "you" ? "primeOnlyYou" : "primeOnlyThey");
    case "servesElsewhere":
      return fill(at(r, reason.side === "you" ? "servesElsewhereYou" : "servesElsewhereThey"), {
        regions: reason.regions.map(place).join(locale === "ja" ? "、" : ", "),
      });
    case "noDomesticClients":
      return at(r, reason.side === "you" ? "noDomesticClientsYou" : "noDomesticClientsThey");
    case "clientsOnlyFrom":
      return fill(at(r, reason.side === "you" ? "clientsOnlyFromYou" : "clientsOnlyFromThey"), {
        places: reason.places.map(place).join(", "),
      });
    case "revenueBelow":
      if (reason.revenue === 0)
        return fill(at(r, reason.side === "you" ? "revenueNoneYou" : "revenueNoneThey"), {
          minimum: usd(reason.minimum, reason.minimum),
        });
      return fill(at(r, reason.side === "you" ? "revenueBelowYou" : "revenueBelowThey"), {
        revenue: usd(reason.revenue, reason.revenue),
        minimum: usd(reason.minimum, reason.minimum),
      });
    case "tooYoung":
      return fill(at(r, reason.side === "you" ? "tooYoungYou" : "tooYoungThey"), {
        minimum: reason.minimum,
        founded: reason.founded,
      });
    case "juniorsOnly":
      return fill(at(r, reason.side === "you" ? "juniorsOnlyYou" : "juniorsOnlyThey"), { minimum: reason.minimum });
    case "outsideThesis":
      return reason.excluded
        ? fill(at(r, reason.side === "you" ? "thesisExcludesYou" : "thesisExcludesThey"), {
            field: label(reason.excluded),
          })
        : fill(at(r, reason.side === "you" ? "outsideThesisYou" : "outsideThesisThey"), {
            fields: reason.thesis.map(label).join(", "),
          });
    case "startupElsewhere":
      return fill(
        at(r, `startup${reason.excluded ? "Excluded" : "Elsewhere"}${reason.side === "you" ? "You" : "They"}`),
        { places: reason.places.map(place).join(", ") },
      );
    case "stageOutOfReach":
      return fill(at(r, reason.side === "you" ? "stageOutOfReachYou" : "stageOutOfReachThey"), {
        stage: at(r, "stage", reason.stage),
        stages: reason.stages.map((s) => at(r, "stage", s)).join(", "),
      });
    case "sizeGap":
      return fill(at(r, "sizeGap"), {
        yourBand: at(common, "employeeBand", reason.yourBand),
        theirBand: at(common, "employeeBand", reason.theirBand),
      });
  }
}
