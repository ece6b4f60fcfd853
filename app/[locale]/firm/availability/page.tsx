import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { availabilityOf } from "@/lib/event-setup/availability";
import { pageLocale } from "@/lib/i18n/page-locale";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { PageHeader } from "@/components/ui/page-header";
import { SlotCheckboxes } from "@/components/meetings/slot-checkboxes";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import { openSlotIdsOf } from "@/lib/meetings/self-booking";
import { allows } from "@/lib/auth/policy";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { saveAvailabilityAction, saveOpenSlotsAction } from "@/actions/availability";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export default async function AvailabilityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm/availability`);
  const raw = await searchParams;
  const t = await getTranslations("availability");
  const event = await currentEvent();
  const firmId = selectedFirmId(actor, raw.firm);
  if (!event || !firmId) {
    return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  }
  const [firm, { sessions, unavailable }, open] = await Promise.all([
    firmNamesOf([firmId]).then(([firm]) => firm!),
    availabilityOf(actor, firmId, event.id),
    openSlotIdsOf(actor, firmId, event.id),
  ]);
  // Self-booking: the firm's administrators open slots that other firms may book directly.
  const canOpen = event.selfBooking && allows(actor, { kind: "firmAdmin", firmId });
  const zone = event.timeZone;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} subtitle={`${firm.nameLocal} · ${t("intro")}`} />
      {sessions.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t("noSlots")}</p>
      ) : (
        <ActionForm action={saveAvailabilityAction} hiddenFields={{ firmId }} className="space-y-4">
          <SlotCheckboxes
            sessions={sessions}
            name="unavailableSlotIds"
            checked={unavailable}
            zone={zone}
            locale={locale}
          />
          <p className="text-sm text-slate-600">{t("hint")}</p>
          <SubmitButton>{t("save")}</SubmitButton>
        </ActionForm>
      )}
      {canOpen && sessions.length > 0 ? (
        <ActionForm
          action={saveOpenSlotsAction}
          hiddenFields={{ firmId }}
          className="space-y-4"
          data-testid="open-slots-form"
        >
          <h2 className="text-xl font-semibold">{t("openTitle")}</h2>
          <p className="text-slate-700">{t("openIntro")}</p>
          <SlotCheckboxes sessions={sessions} name="openSlotIds" checked={open} zone={zone} locale={locale} />
          <SubmitButton>{t("openSave")}</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
