import { getTranslations } from "next-intl/server";
import { textForReader } from "@/lib/i18n/text-for-reader";
import type { AppLocale } from "@/lib/i18n/routing";

const LANGUAGE_KEY = { en: "nameEn", ja: "nameJa", vi: "nameVi" } as const;

/**
 * A text written in up to three languages, in the reader's language or another with "Written in Japanese" under
 * it (as firm descriptions do), marked with its language for screen readers and fonts.
 */
export async function ReaderText({
  record,
  base,
  locale,
  englishField,
  as = "p",
  className = "whitespace-pre-line",
}: {
  record: Record<string, unknown>;
  base: string;
  locale: AppLocale;
  englishField?: string;
  as?: "p" | "span";
  className?: string;
}) {
  const found = textForReader(record, base, locale, englishField);
  if (!found) return null;
  const t = await getTranslations("firm");
  const languages = await getTranslations("language");
  const Tag = as;
  return (
    <>
      <Tag lang={found.language} className={className}>
        {found.text}
      </Tag>
      {found.language !== locale ? (
        <Tag className="block text-sm italic text-slate-600" data-testid="written-in">
          {t("descriptionIn", { language: languages(LANGUAGE_KEY[found.language]) })}
        </Tag>
      ) : null}
    </>
  );
}
