import { getTranslations } from "next-intl/server";
import { bookSlotAction } from "@/actions/meetings";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { bookableSlotsOf, bookingOffer } from "@/lib/meetings/self-booking";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/zoned-format";

/**
 * The open slots of a firm that another firm's member can book directly (self-booking events only): only those
 * that will work (both firms free, a suitable table free; lib/meetings/booking-offer-rules.ts). A booked slot
 * leaves the list, so the answer ("Booked at table 4", or "just taken") shows at the top of the page.
 */
export async function BookSlotCard(props: {
  actor: Actor;
  locale: AppLocale;
  toFirmId: string;
  fromFirmId: string;
  eventId: string;
  zone: string;
}) {
  const { actor, locale, toFirmId, fromFirmId, eventId, zone } = props;
  const t = await getTranslations("booking");
  const [open, offer] = await Promise.all([
    bookableSlotsOf(toFirmId, eventId),
    bookingOffer(actor, { bookerFirmId: fromFirmId, hostFirmId: toFirmId, eventId }),
  ]);
  const slots = offer.slots;
  const none =
    offer.blocked === "alreadyMeeting"
      ? t("blockedAlreadyMeeting")
      : offer.blocked === "cap"
        ? t("blockedCap")
        : open.length === 0
          ? t("none")
          : t("noneForYou");
  return (
    <Card title={t("title")}>
      {slots.length === 0 ? (
        <p className="text-slate-600" data-testid="open-slots-none">
          {none}
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {formatDate(slots[0]!.startsAt, zone, locale)} · {zoneLabel(slots[0]!.startsAt, zone)}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="open-slots">
            {slots.map((s) => (
              <li key={s.id}>
                <ActionForm action={bookSlotAction} hiddenFields={{ fromFirmId, toFirmId, slotId: s.id }} notice="page">
                  <SubmitButton
                    variant="plain"
                    className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold tabular-nums text-brand-800 hover:bg-brand-50"
                    aria-label={t("bookAt", { time: formatTime(s.startsAt, zone, locale) })}
                  >
                    {formatTime(s.startsAt, zone, locale)}–{formatTime(s.endsAt, zone, locale)}
                  </SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
