// The next meeting in one glance, for a phone at the venue: when (in the event's zone, labelled), where (table or
// video room) and with whom. On the firm home and, sticky under the header, on the agenda.
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AgendaItem } from "@/lib/meetings/agenda";
import { formatDate, formatDateTime, formatTimeRange } from "@/lib/time/zoned-format";

export async function NextMeetingCard({
  item,
  zone,
  locale,
  sticky = false,
}: {
  item: AgendaItem;
  zone: string;
  locale: AppLocale;
  sticky?: boolean;
}) {
  const t = await getTranslations("agenda");
  const h = await getTranslations("firmHome");
  const place = item.table ? t("table", { number: item.table.number }) : t("onlineRoom");
  if (sticky)
    // One or two lines: it stays on screen over the agenda, so it must not hide much of it.
    return (
      <section
        aria-labelledby="next-meeting-title"
        data-testid="next-meeting"
        className="sticky top-14 z-20 rounded-xl border border-brand-100 bg-brand-50 px-4 py-2 shadow-sm"
      >
        <h2 id="next-meeting-title" className="sr-only">
          {h("next")}
        </h2>
        <p className="text-sm text-slate-900">
          {t("nextMeeting", {
            time: formatDateTime(item.startsAt, zone, locale),
            place,
            firm: item.partner.nameLocal,
          })}
          {item.roomUrl ? (
            <>
              {" "}
              <a href={item.roomUrl} target="_blank" rel="noopener noreferrer" className="font-semibold underline">
                {t("joinRoom")}
              </a>
            </>
          ) : null}
        </p>
      </section>
    );
  return (
    <section
      aria-labelledby="next-meeting-title"
      data-testid="next-meeting"
      className="rounded-xl border border-brand-100 bg-brand-50 p-4 shadow-sm"
    >
      <h2 id="next-meeting-title" className="text-sm font-semibold uppercase tracking-wide text-brand-800">
        {h("next")}
      </h2>
      <p className="mt-1 text-xl font-bold tabular-nums text-slate-900">
        {formatTimeRange(item.startsAt, item.endsAt, zone, locale)}
      </p>
      <p className="text-sm text-slate-700">{formatDate(item.startsAt, zone, locale)}</p>
      <p className="mt-1 font-semibold text-slate-900" data-testid="next-meeting-place">
        {place}
        {item.table?.interpreter ? (
          <span className="ml-2 text-sm font-normal text-slate-700">
            {t("interpreter", { pair: item.table.interpreter })}
          </span>
        ) : null}
      </p>
      <p className="break-words text-slate-900" data-testid="next-meeting-partner">
        {h("with", { firm: item.partner.nameLocal })}
      </p>
      {item.roomUrl ? (
        <a
          href={item.roomUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-2 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          data-testid="next-meeting-room"
        >
          {t("joinRoom")}
        </a>
      ) : null}
    </section>
  );
}
