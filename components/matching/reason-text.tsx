import { getTranslations } from "next-intl/server";
import { isCertification, isMarket } from "@/lib/enums";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Reason } from "@/lib/matching/types";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";

/** One reason, in the reader's language. */
export async function ReasonText({
  reason,
  locale,
  taxonomy,
}: {
  reason: Reason;
  locale: AppLocale;
  taxonomy: TaxonomyTree;
}) {
  const t = await getTranslations("matching.reason");
  const common = await getTranslations("common");
  const label = (code: string) => {
    const node = taxonomy.byCodeOf(code);
    return node ? localized(node, "label", locale) : code;
  };
  switch (reason.kind) {
    case "theyOffer":
      return reason.capability === reason.sought
        ? t("theyOffer", { capability: label(reason.capability) })
        : t("theyOfferNear", { capability: label(reason.capability), sought: label(reason.sought) });
    case "theySeek":
      return t("theySeek", { capability: label(reason.capability) });
    case "sharedSector":
      return t("sharedSector", { sector: label(reason.sector) });
    case "sharedMarket":
      return t("sharedMarket", { market: isMarket(reason.market) ? common(`market.${reason.market}`) : reason.market });
    case "targetsYourMarket":
      return t("targetsYourMarket", {
        market: isMarket(reason.market) ? common(`market.${reason.market}`) : reason.market,
      });
    case "japaneseCapacity":
      return t("japaneseCapacity", {
        speakers: reason.japaneseSpeakers,
        bridge: reason.bridgeEngineers,
        n1: reason.jlptN1,
      });
    case "commonEnglish":
      return t("commonEnglish", { speakers: reason.englishSpeakers });
    case "hasRequiredCertification":
      return t("hasRequiredCertification", {
        certification: isCertification(reason.certification)
          ? common(`certification.${reason.certification}`)
          : reason.certification,
      });
    case "theyWantCapacity":
      return t("theyWantCapacity", { capability: label(reason.capability) });
    case "bothConsortium":
    case "theyInvest":
    case "theyDistribute":
    case "noCommonLanguage":
    case "nothingInCommon":
      return t(reason.kind);
    case "competitor":
      return reason.market
        ? t("competitor", { capability: label(reason.capability), market: common(`market.${reason.market}`) })
        : t("competitorAnyMarket", { capability: label(reason.capability) });
    case "notLookingFor": {
      const intent = await getTranslations("matching.intent");
      return t("notLookingFor", { wants: reason.wants.map((w) => intent(w)).join(", ") || intent("clients") });
    }
    case "sizeGap":
      return t("sizeGap", {
        yourBand: common(`employeeBand.${reason.yourBand}`),
        theirBand: common(`employeeBand.${reason.theirBand}`),
      });
    case "theyFail":
    case "youFail": {
      const d = reason.dealbreaker;
      // The key is built from the reason; next-intl's typed keys cannot follow it.
      const tt = t as unknown as (key: string, values?: Record<string, string | number>) => string;
      const key = `${reason.kind}.${d.kind}`;
      if (d.kind === "language")
        return tt(key, {
          language: new Intl.DisplayNames([locale], { type: "language" }).of(d.language) ?? d.language,
        });
      if (d.kind === "certification")
        return tt(key, {
          certification: d.level ? common("cmmiLevel", { level: d.level }) : common(`certification.${d.certification}`),
        });
      if (d.kind === "size") return tt(key, { minimum: d.minimum });
      if (d.kind === "presence")
        return tt(key, {
          place:
            d.place === "ASEAN"
              ? "ASEAN"
              : (new Intl.DisplayNames([locale], { type: "region" }).of(d.place) ?? d.place),
        });
      return tt(key);
    }
  }
}
