import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { opportunitiesFor } from "@/lib/consortiums/opportunities";
import { PageHeader } from "@/components/ui/page-header";

export default async function ConsortiumsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/consortiums`);
  const t = await getTranslations("consortiums");
  const common = await getTranslations("common");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const list = await opportunitiesFor(actor, event.id);
  const canPost = actor.memberships.some((m) => m.role === "FIRM_ADMIN");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={`${localized(event, "name", locale)} · ${t("intro")}`}>
        {canPost ? (
          <Link
            href="/consortiums/new"
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white"
          >
            {t("post")}
          </Link>
        ) : null}
      </PageHeader>
      {list.length === 0 ? <p className="rounded-lg bg-white p-4">{t("none")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2" data-testid="opportunities">
        {list.map((o) => (
          <li key={o.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={`/consortiums/${o.id}`} className="text-brand-800 hover:underline">
                {o.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-700">
              {t("ledBy", { firm: o.lead.nameLocal })} · {common(`market.${o.region}`)}
              {o.country ? ` (${o.country})` : ""} · {t(`band.${o.budgetBand}`)}
            </p>
            <p className="mt-1 text-sm">
              <span className="rounded-full bg-slate-100 px-2 py-0.5">{t(`status.${o.status}`)}</span>{" "}
              {o.visibility === "CONFIDENTIAL" ? (
                <span className="rounded-full bg-amber-100 px-2 py-0.5">{t("visibility.CONFIDENTIAL")}</span>
              ) : null}{" "}
              <span className="text-slate-600">
                {t("counts", {
                  requirements: o._count.requirements,
                  members: o.members.filter((m) => m.status === "ACCEPTED").length,
                })}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
