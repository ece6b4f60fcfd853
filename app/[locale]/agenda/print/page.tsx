import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { currentEvent } from "@/lib/events/current-event";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { agendaOf } from "@/lib/meetings/agenda";
import { siteOrigin } from "@/lib/http/site-origin";
import { AgendaList } from "@/components/meetings/agenda-list";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import { QrCode } from "@/components/ui/qr-code";
import { PrintButton } from "@/components/ui/print-button";

/** The firm's schedule on paper (venues lose signal), with a QR code back to the live agenda. */
export default async function AgendaPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/agenda/print`);
  const t = await getTranslations("agenda");
  const event = await currentEvent();
  const firmId = selectedFirmId(actor, (await searchParams).firm);
  if (!event || !firmId) return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  const [firm, items, origin] = await Promise.all([
    firmNamesOf([firmId]).then(([firm]) => firm!),
    agendaOf(actor, firmId, event.id),
    siteOrigin(),
  ]);
  const url = `${origin}/${locale}/agenda?firm=${firmId}`;
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-4 print:p-0">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">
            {localized(event, "name", locale)} · {event.venue}, {event.city}
          </p>
          <h1 className="text-2xl font-bold">{t("printTitle", { firm: firm.nameLocal })}</h1>
          {firm.nameEn !== firm.nameLocal ? <p className="text-slate-700">{firm.nameEn}</p> : null}
        </div>
        <QrCode url={url} label={t("qrLabel")} />
      </header>
      <PrintButton label={t("print")} />
      {items.length === 0 ? (
        <p>{t("noMeetings")}</p>
      ) : (
        <AgendaList items={items} zone={event.timeZone} locale={locale} links={false} />
      )}
    </article>
  );
}
