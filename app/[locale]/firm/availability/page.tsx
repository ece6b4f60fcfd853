import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { currentEvent } from "@/lib/events/current-event";
import { availabilityOf } from "@/lib/event-setup/availability";
import { pageLocale } from "@/lib/i18n/page-locale";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SlotCheckboxes } from "@/components/meetings/slot-checkboxes";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import { openSlotIdsOf } from "@/lib/meetings/self-booking";
import { allows } from "@/lib/auth/policy";
import { saveAvailabilityAction, saveOpenSlotsAction } from "./actions";

export default async function AvailabilityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string; saved?: string; openSaved?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm/availability`);
  const raw = await searchParams;
  const t = await getTranslations("availability");
  const errors = await getTranslations("errors");
  const event = await currentEvent();
  const firmId = selectedFirmId(actor, raw.firm);
  if (!event || !firmId) {
    return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  }
  const [firm, { sessions, unavailable }, open] = await Promise.all([
    db.firm.findUniqueOrThrow({ where: { id: firmId }, select: { nameLocal: true } }),
    availabilityOf(actor, firmId, event.id),
    openSlotIdsOf(actor, firmId, event.id),
  ]);
  // Self-booking: the firm's administrators open slots that other firms may book directly.
  const canOpen = event.selfBooking && allows(actor, { kind: "firmAdmin", firmId });
  const zone = event.timeZone;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} subtitle={`${firm.nameLocal} · ${t("intro")}`} />
      {raw.saved ? <Notice kind="success">{t("saved")}</Notice> : null}
      {raw.openSaved ? <Notice kind="success">{t("openSaved")}</Notice> : null}
      {raw.error ? <Notice kind="error">{errors("generic")}</Notice> : null}
      {sessions.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t("noSlots")}</p>
      ) : (
        <form action={saveAvailabilityAction.bind(null, locale, firmId)} className="space-y-4">
          <SlotCheckboxes sessions={sessions} name="unavailable" checked={unavailable} zone={zone} locale={locale} />
          <p className="text-sm text-slate-600">{t("hint")}</p>
          <button className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">{t("save")}</button>
        </form>
      )}
      {canOpen && sessions.length > 0 ? (
        <form
          action={saveOpenSlotsAction.bind(null, locale, firmId)}
          className="space-y-4"
          data-testid="open-slots-form"
        >
          <h2 className="text-xl font-semibold">{t("openTitle")}</h2>
          <p className="text-slate-700">{t("openIntro")}</p>
          <SlotCheckboxes sessions={sessions} name="open" checked={open} zone={zone} locale={locale} />
          <button className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">{t("openSave")}</button>
        </form>
      ) : null}
    </div>
  );
}
