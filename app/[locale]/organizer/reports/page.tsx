// Reported messages: the only part of firms' conversations organizers see (issue 19); the event admins of the
// event in scope, for threads in which either firm takes part in that event.
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { reportedMessages } from "@/lib/conversations/reports";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDateTime } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { FirmName } from "@/components/firms/firm-name";
import { ResolveReportButton } from "@/components/organizer/resolve-report-button";

export default async function ReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/reports`);
  const [t, reports, event] = await Promise.all([getTranslations("reports"), reportedMessages(actor), currentEvent()]);
  const zone = event?.timeZone ?? "UTC";
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {reports.length === 0 ? <p className="rounded-lg bg-white p-4">{t("none")}</p> : null}
      <ul className="space-y-3" data-testid="reports">
        {reports.map((r) => (
          <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="report">
            <p className="text-sm text-slate-700">
              {t("from", { name: r.message.senderName })} <FirmName firm={r.senderFirm} locale={locale} /> {t("to")}{" "}
              <FirmName firm={r.otherFirm} locale={locale} />
            </p>
            <p className="text-xs text-slate-600">
              {t("sentAt", { time: formatDateTime(r.message.sentAt, zone, locale) })}
            </p>
            <blockquote
              lang={r.message.locale}
              className="my-2 whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3"
            >
              {r.message.body}
            </blockquote>
            <p className="text-sm text-slate-700">
              {t("reportedBy", { name: r.reporterName, time: formatDateTime(r.reportedAt, zone, locale) })}
              {r.reason ? ` · ${t("reason", { reason: r.reason })}` : ""}
            </p>
            {r.resolvedAt ? (
              <p className="mt-2 text-sm font-semibold text-green-800">
                {t("resolved", { time: formatDateTime(r.resolvedAt, zone, locale) })}
              </p>
            ) : (
              <ResolveReportButton reportId={r.id} label={t("resolve")} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
