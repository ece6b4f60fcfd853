import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AgendaItem } from "@/lib/meetings/agenda";
import { Link } from "@/lib/i18n/navigation";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/zoned-format";
import type { FirmContactView } from "@/lib/firms/contact-visibility";
import { FirmName } from "@/components/firms/firm-name";

/** A firm's meetings by day: time, table, partner. Used on the phone agenda and on the printout. */
export async function AgendaList({
  items,
  zone,
  locale,
  links = true,
  extra,
  contacts,
}: {
  items: AgendaItem[];
  /** The partners' contacts where the reader may see them (confirmed partners: lib/firms/contact-visibility). */
  contacts?: ReadonlyMap<string, FirmContactView[] | null>;
  zone: string;
  locale: AppLocale;
  links?: boolean;
  extra?: (item: AgendaItem) => React.ReactNode;
}) {
  const t = await getTranslations("agenda");
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const day = formatDate(item.startsAt, zone, locale);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <div className="space-y-4">
      {[...days].map(([day, list]) => (
        <section key={day}>
          <h3 className="mb-2 font-semibold text-slate-800">
            {day} <span className="text-sm font-normal text-slate-600">({zoneLabel(list[0]!.startsAt, zone)})</span>
          </h3>
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="agenda">
            {list.map((m) => (
              <li
                key={m.id}
                className="grid grid-cols-[5.5rem_1fr] gap-x-3 p-3 print:break-inside-avoid"
                data-testid="agenda-item"
              >
                <p className="font-mono text-lg font-semibold tabular-nums" data-testid="agenda-time">
                  {formatTime(m.startsAt, zone, locale)}
                  <span className="block text-xs font-normal text-slate-600">
                    –{formatTime(m.endsAt, zone, locale)}
                  </span>
                </p>
                <div className="min-w-0">
                  <p className="font-semibold" data-testid="agenda-table">
                    {m.table ? t("table", { number: m.table.number }) : t("online")}
                    {m.table?.interpreter ? (
                      <span className="ml-2 text-sm font-normal text-slate-600">
                        {t("interpreter", { pair: m.table.interpreter })}
                      </span>
                    ) : null}
                  </p>
                  <p className="break-words">
                    {links ? (
                      <Link
                        href={`/firms/${m.partner.id}`}
                        className="text-brand-800 underline"
                        data-testid="agenda-partner"
                      >
                        <FirmName firm={m.partner} locale={locale} />
                      </Link>
                    ) : (
                      <FirmName firm={m.partner} locale={locale} testId="agenda-partner" />
                    )}
                  </p>
                  {contacts?.get(m.partner.id)?.length ? (
                    <ul className="mt-1 text-sm text-slate-700" data-testid="agenda-contacts">
                      {contacts.get(m.partner.id)!.map((c) => (
                        <li key={c.id} className="break-words">
                          {c.name}
                          {c.title ? `, ${c.title}` : ""} · <a href={`mailto:${c.email}`}>{c.email}</a>
                          {c.phone ? (
                            <>
                              {" "}
                              · <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="text-sm text-slate-600">
                    {m.priority === "MUST" ? t("must") : t("wouldLike")}
                    {m.status !== "SCHEDULED" && m.status !== "CANCELLED" ? (
                      <span
                        className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800"
                        data-testid="meeting-status"
                      >
                        {t(`meetingStatus.${m.status}`)}
                      </span>
                    ) : null}
                  </p>
                  {m.roomUrl ? (
                    <p>
                      <a
                        href={m.roomUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="break-all text-sm text-brand-800 underline"
                        data-testid="agenda-room"
                      >
                        {t("joinRoom")}
                        <span className="sr-only print:not-sr-only"> {m.roomUrl}</span>
                      </a>
                    </p>
                  ) : null}
                  {extra ? extra(m) : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
