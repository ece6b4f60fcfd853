// The firm home: the landing page of a firm's administrators and attendees at the current event (issue 21).
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { firmHome } from "@/lib/home/firm-home";
import { deadlineIsNear } from "@/lib/home/home-rules";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { tourText } from "@/lib/tours/tour-text";
import { formatDate, formatDateTime, formatTime } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NextMeetingCard } from "@/components/home/next-meeting-card";
import { UndoList } from "@/components/undo/undo-list";

const action =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-slate-50";

export default async function FirmHomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/home`);
  const t = await getTranslations("firmHome");
  const ta = await getTranslations("agenda");
  const [firms, event] = await Promise.all([firmsOfActor(actor), currentEvent()]);
  if (!event) return <PageHeader title={t("noEvent")} />;
  const firmId = selectedFirmId(actor, (await searchParams).firm);
  const firm = firms.find((f) => f.id === firmId);
  if (!firm) return <PageHeader title={t("noFirm")} />;
  const home = await firmHome(actor, { firmId: firm.id, eventId: event.id });
  const zone = event.timeZone;
  const { tasks, meetings } = home;
  const eventName = localized(event, "name", locale);
  const nothing =
    tasks.toAnswer.length === 0 &&
    tasks.onlineQuestions.length === 0 &&
    tasks.unread === 0 &&
    tasks.unreadMessages === 0 &&
    tasks.tourChanges.length === 0 &&
    tasks.waitingOnThem === 0;

  return (
    <div className="max-w-3xl space-y-5">
      <PageHeader
        title={t("title", { firm: firm.nameLocal, event: eventName })}
        subtitle={t(`state.${home.event.state}`, { date: formatDate(event.startsAt, zone, locale) })}
      />
      {firms.length > 1 ? (
        <nav aria-label={ta("chooseFirm")} className="flex flex-wrap gap-2">
          {firms.map((f) => (
            <Link
              key={f.id}
              href={`/home?firm=${f.id}`}
              aria-current={f.id === firm.id ? "page" : undefined}
              className={`${action} ${f.id === firm.id ? "bg-brand-50" : ""}`}
            >
              {f.nameLocal}
            </Link>
          ))}
        </nav>
      ) : null}

      <UndoList actor={actor} zone={zone} locale={locale} />
      {meetings.next ? (
        <NextMeetingCard item={meetings.next} zone={zone} locale={locale} />
      ) : (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700" data-testid="next-meeting">
          {t("noNext")}
        </p>
      )}

      <Card title={t("todo")}>
        {nothing ? <p className="text-slate-700">{t("nothingToDo")}</p> : null}
        <ul className="space-y-3" data-testid="home-tasks">
          {tasks.toAnswer.length > 0 ? (
            <li data-testid="task-answer">
              <p className="font-semibold">{t("toAnswer", { count: tasks.toAnswer.length })}</p>
              {tasks.answerDeadline ? (
                <p
                  className={`text-sm ${deadlineIsNear(tasks.deadlineLeft) ? "font-semibold text-red-800" : "text-slate-700"}`}
                >
                  {t("deadline", { when: formatDateTime(tasks.answerDeadline, zone, locale) })}
                  {tasks.deadlineLeft ? ` · ${t("left", tasks.deadlineLeft)}` : null}
                </p>
              ) : null}
              {home.admin ? (
                <Link href="/firm/meetings" className={`${action} mt-1`}>
                  {t("answerLink")}
                </Link>
              ) : (
                <p className="text-sm text-slate-700">{t("adminsAnswer")}</p>
              )}
            </li>
          ) : null}
          {tasks.onlineQuestions.map((q) => (
            <li key={q.requestId}>
              <Link href="/firm/meetings" className="text-brand-800 underline">
                {t("onlineQuestion", { firm: q.partner.nameLocal })}
              </Link>
            </li>
          ))}
          {tasks.unreadMessages > 0 ? (
            <li data-testid="task-messages">
              <Link href="/messages" className="text-brand-800 underline">
                {t("unreadMessages", { count: tasks.unreadMessages })}
              </Link>
            </li>
          ) : null}
          {tasks.unread > 0 ? (
            <li>
              <Link href="/notifications" className="text-brand-800 underline">
                {t("unread", { count: tasks.unread })}
              </Link>
            </li>
          ) : null}
          {tasks.tourChanges.map((c) => {
            const tour = tourText(c.tour, "title", locale);
            return (
              <li key={`${c.kind}-${c.seatId}`}>
                <Link href={`/tours/${c.tour.id}`} className="text-brand-800 underline">
                  {c.kind === "promoted"
                    ? t("tourPromoted", { tour })
                    : c.kind === "waiting"
                      ? t("tourWaiting", { tour, position: c.position })
                      : t("tourAwaitingHost", { tour })}
                </Link>
              </li>
            );
          })}
          {tasks.waitingOnThem > 0 ? (
            <li className="text-sm text-slate-700">{t("waitingOnThem", { count: tasks.waitingOnThem })}</li>
          ) : null}
        </ul>
      </Card>

      {meetings.today.length > 0 ? (
        <Card title={t("today")}>
          <ol className="divide-y divide-slate-200" data-testid="home-today">
            {meetings.today.map((m) => (
              <li key={m.id} className="flex gap-3 py-2">
                <span className="font-mono font-semibold tabular-nums">{formatTime(m.startsAt, zone, locale)}</span>
                <span className="min-w-0 break-words">
                  {m.table ? ta("table", { number: m.table.number }) : ta("online")} ·{" "}
                  {t("with", { firm: m.partner.nameLocal })}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Link href={`/agenda?firm=${firm.id}`} className={action}>
          {t("allMeetings", { count: meetings.total })}
        </Link>
        <Link href="/agenda/badge" className={action}>
          {ta("badgeLink")}
        </Link>
      </div>
    </div>
  );
}
