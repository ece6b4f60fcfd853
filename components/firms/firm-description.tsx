import { getTranslations } from "next-intl/server";
import { descriptionForReader } from "@/lib/firms/description-for-reader";
import type { AppLocale } from "@/lib/i18n/routing";

const LANGUAGE_KEY = { en: "nameEn", ja: "nameJa", vi: "nameVi" } as const;

export async function FirmDescription({
  firm,
  locale,
}: {
  firm: { descriptionEn: string | null; descriptionJa: string | null; descriptionVi: string | null };
  locale: AppLocale;
}) {
  const found = descriptionForReader(firm, locale);
  if (!found) return null;
  const t = await getTranslations("firm");
  const languages = await getTranslations("language");
  return (
    <div>
      <p lang={found.language} className="whitespace-pre-line text-slate-800">
        {found.text}
      </p>
      {found.language !== locale ? (
        <p className="mt-1 text-sm italic text-slate-600">
          {t("descriptionIn", { language: languages(LANGUAGE_KEY[found.language]) })}
        </p>
      ) : null}
    </div>
  );
}
