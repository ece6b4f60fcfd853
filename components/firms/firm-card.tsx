import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { descriptionForReader } from "@/lib/firms/description-for-reader";
import type { AppLocale } from "@/lib/i18n/routing";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { FirmLogo } from "./firm-logo";

type CardFirm = {
  id: string;
  nameLocal: string;
  nameEn: string;
  country: "VN" | "JP" | "OTHER";
  city: string;
  employeeBand: "B1_49" | "B50_249" | "B250_999" | "B1000_PLUS";
  japaneseSpeakers: number;
  bridgeEngineers: number;
  descriptionEn: string | null;
  descriptionJa: string | null;
  descriptionVi: string | null;
  logo: { updatedAt: Date } | null;
  sectors: { sectorId: string }[];
};

const LANGUAGE_KEY = { en: "nameEn", ja: "nameJa", vi: "nameVi" } as const;

export async function FirmCard({
  firm,
  locale,
  taxonomy,
}: {
  firm: CardFirm;
  locale: AppLocale;
  taxonomy: TaxonomyTree;
}) {
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const languages = await getTranslations("language");
  const firmT = await getTranslations("firm");
  const description = descriptionForReader(firm, locale);
  const excerpt =
    description && description.text.length > 180 ? `${description.text.slice(0, 177)}…` : description?.text;
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start gap-3">
        <FirmLogo firm={firm} size={48} />
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {common(`country.${firm.country}`)} · {firm.city}
          </p>
          <h2 className="font-semibold text-slate-900">
            <Link
              href={`/firms/${firm.id}`}
              className="hover:underline"
              aria-label={t("view", { name: firm.nameLocal })}
            >
              {firm.nameLocal}
            </Link>
          </h2>
          {firm.nameLocal !== firm.nameEn ? <p className="text-sm text-slate-600">{firm.nameEn}</p> : null}
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {common(`employeeBand.${firm.employeeBand}`)}
        {firm.japaneseSpeakers > 0 ? ` · ${t("japaneseSpeakers", { count: firm.japaneseSpeakers })}` : ""}
        {firm.bridgeEngineers > 0 ? ` · ${t("bridgeEngineers", { count: firm.bridgeEngineers })}` : ""}
      </p>
      {excerpt ? (
        <p className="mt-2 text-sm text-slate-800" lang={description!.language}>
          {excerpt}
          {description!.language !== locale ? (
            <span className="block text-xs italic text-slate-500">
              {firmT("descriptionIn", { language: languages(LANGUAGE_KEY[description!.language]) })}
            </span>
          ) : null}
        </p>
      ) : null}
      {firm.sectors.length > 0 ? (
        <ul className="mt-auto flex flex-wrap gap-1 pt-3" aria-label={firmT("sectors")}>
          {firm.sectors.map(({ sectorId }) => {
            const node = taxonomy.get(sectorId);
            return node ? (
              <li key={sectorId} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                {localized(node, "label", locale)}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
    </article>
  );
}
