import { getMessages } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import type { Reason } from "@/lib/matching/types";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";

/**
 * One reason, in the reader's language: the same words the evaluation command prints (lib/matching/reason-words),
 * from this request's messages, so a new kind of reason cannot be left unsaid on the page.
 */
export async function ReasonText({
  reason,
  locale,
  taxonomy,
}: {
  reason: Reason;
  locale: AppLocale;
  taxonomy: TaxonomyTree;
}) {
  const messages = (await getMessages({ locale })) as unknown as ReasonMessages;
  const label = (code: string) => {
    const node = taxonomy.byCodeOf(code);
    return node ? localized(node, "label", locale) : code;
  };
  return reasonWords(reason, locale, messages, label);
}
