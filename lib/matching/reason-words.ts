// A reason as a sentence in the reader's language, from the app's messages (messages/{en,ja,vi}.json,
// matching.reason): for the evaluation command and anywhere outside React. The app's pages render the same
// messages through next-intl (components/matching/reason-text.tsx).
import type { Reason } from "./types";

type Messages = { matching: { reason: Record<string, unknown>; intent: Record<string, string> }; common: any };
type Locale = "en" | "ja" | "vi";

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

export function reasonWords(
  reason: Reason,
  locale: Locale,
  messages: Messages,
  label: (capabilityOrSector: string) => string,
): string {
  const r = messages.matching.reason as Record<string, any>;
  const common = messages.common;
  const language = (l: string) => new Intl.DisplayNames([locale], { type: "language" }).of(l) ?? l;
  const place = (p: string) =>
    p === "ASEAN" ? "ASEAN" : (new Intl.DisplayNames([locale], { type: "region" }).of(p) ?? p);
  const dealbreaker = (side: "theyFail" | "youFail", d: Extract<Reason, { kind: "theyFail" }>["dealbreaker"]) => {
    const t = r[side][d.kind] as string;
    switch (d.kind) {
      case "language":
        return fill(t, { language: language(d.language) });
      case "certification":
        return fill(t, {
          certification: d.level ? fill(common.cmmiLevel, { level: d.level }) : common.certification[d.certification],
        });
      case "size":
        return fill(t, { minimum: d.minimum });
      case "presence":
        return fill(t, { place: place(d.place) });
      case "onsite":
        return t;
    }
  };
  switch (reason.kind) {
    case "theyOffer":
      return reason.capability === reason.sought
        ? fill(r.theyOffer, { capability: label(reason.capability) })
        : fill(r.theyOfferNear, { capability: label(reason.capability), sought: label(reason.sought) });
    case "theySeek":
      return fill(r.theySeek, { capability: label(reason.capability) });
    case "theyWantCapacity":
      return fill(r.theyWantCapacity, { capability: label(reason.capability) });
    case "bothConsortium":
    case "theyInvest":
    case "theyDistribute":
    case "noCommonLanguage":
    case "nothingInCommon":
      return r[reason.kind];
    case "sharedSector":
      return fill(r.sharedSector, { sector: label(reason.sector) });
    case "sharedMarket":
      return fill(r.sharedMarket, { market: common.market[reason.market] });
    case "targetsYourMarket":
      return fill(r.targetsYourMarket, { market: common.market[reason.market] });
    case "japaneseCapacity":
      return fill(r.japaneseCapacity, {
        speakers: reason.japaneseSpeakers,
        bridge: reason.bridgeEngineers,
        n1: reason.jlptN1,
      });
    case "commonEnglish":
      return fill(r.commonEnglish, { speakers: reason.englishSpeakers });
    case "hasRequiredCertification":
      return fill(r.hasRequiredCertification, { certification: common.certification[reason.certification] });
    case "theyFail":
    case "youFail":
      return dealbreaker(reason.kind, reason.dealbreaker);
    case "competitor":
      return reason.market
        ? fill(r.competitor, { capability: label(reason.capability), market: common.market[reason.market] })
        : fill(r.competitorAnyMarket, { capability: label(reason.capability) });
    case "notLookingFor":
      return fill(r.notLookingFor, {
        wants:
          reason.wants.map((w) => messages.matching.intent[w] ?? w).join(", ") ||
          (messages.matching.intent.clients ?? "clients"),
      });
    case "sizeGap":
      return fill(r.sizeGap, {
        yourBand: common.employeeBand[reason.yourBand],
        theirBand: common.employeeBand[reason.theirBand],
      });
  }
}
