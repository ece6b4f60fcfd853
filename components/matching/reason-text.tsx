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
  }
}
