import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { bookableSlotsOf } from "@/lib/meetings/self-booking";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/zoned-format";
import { Link } from "@/lib/i18n/navigation";
import { Card } from "@/components/ui/card";
import { bookSlotAction } from "@/app/[locale]/firm/meetings/actions";

/** The open slots of a firm that another firm's member can book directly (self-booking events only). */
export async function BookSlotCard(props: {
  locale: AppLocale;
  toFirmId: string;
  fromFirmId: string;
  eventId: string;
  zone: string;
  booked?: string;
  error?: string;
}) {
  const { locale, toFirmId, fromFirmId, eventId, zone } = props;
  const t = await getTranslations("booking");
  const tAll = await getTranslations();
  const slots = await bookableSlotsOf(toFirmId, eventId);
  return (
    <Card title={t("title")}>
      {props.booked ? (
        <p role="status" className="mb-3 rounded-lg bg-green-50 p-3 text-green-900">
          {t("booked", { table: props.booked })}{" "}
          <Link href={`/agenda?firm=${fromFirmId}`} className="underline">
            {t("agendaLink")}
          </Link>
        </p>
      ) : null}
      {props.error ? (
        <p role="alert" className="mb-3 rounded-lg bg-red-50 p-3 text-accent-600">
          {tAll(props.error as never)}
        </p>
      ) : null}
      {slots.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {formatDate(slots[0]!.startsAt, zone, locale)} · {zoneLabel(slots[0]!.startsAt, zone)}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="open-slots">
            {slots.map((s) => (
              <li key={s.id}>
                <form action={bookSlotAction.bind(null, locale, toFirmId)}>
                  <input type="hidden" name="fromFirmId" value={fromFirmId} />
                  <input type="hidden" name="slotId" value={s.id} />
                  <button
                    className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold tabular-nums text-brand-800 hover:bg-brand-50"
                    aria-label={t("bookAt", { time: formatTime(s.startsAt, zone, locale) })}
                  >
                    {formatTime(s.startsAt, zone, locale)}–{formatTime(s.endsAt, zone, locale)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
