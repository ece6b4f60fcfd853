import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { auditActionName, auditLog } from "@/lib/audit/audit";
import { formatDateTime } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";

/** Who changed what, when: the organizers' actions on others' data, newest first. */
export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/audit`);
  const t = await getTranslations("audit");
  const event = await currentEvent();
  const zone = event?.timeZone ?? "UTC";
  const entries = await auditLog(actor);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {entries.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      {entries.length > 0 ? (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="audit">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="p-2">
                  {t("col.when")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.who")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.what")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 align-top">
                  <td className="whitespace-nowrap p-2">{formatDateTime(e.createdAt, zone, locale)}</td>
                  <td className="p-2">{e.actorName}</td>
                  <td className="p-2">{t(`action.${auditActionName(e.action)}`)}</td>
                  <td className="p-2 text-slate-700">
                    {Object.entries(e.details)
                      .map(([k, v]) => `${k}: ${v}`)
                      .join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
