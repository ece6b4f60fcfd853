// The firm home's decisions, pure: which meeting is next, what happens today, how long
// until a deadline, and how a time in a request list is labelled (a request's "sent" time is not its meeting
// time, and people read an unlabelled one as the meeting's).

type Timed = { startsAt: Date; endsAt: Date; status: string };

/** The meeting on now or the next one to come: scheduled and not over yet. */
export function nextMeeting<T extends Timed>(items: readonly T[], now: Date): T | null {
  return (
    [...items]
      .filter((m) => m.status === "SCHEDULED" && m.endsAt.getTime() > now.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null
  );
}

/** The calendar day of an instant in a zone, "2026-02-04". */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** The meetings on the event zone's today, in time order. */
export function todaysMeetings<T extends Timed>(items: readonly T[], now: Date, timeZone: string): T[] {
  const today = localDay(now, timeZone);
  return items
    .filter((m) => localDay(m.startsAt, timeZone) === today)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export type Countdown = { days: number; hours: number; minutes: number };

/** Time left until a deadline, rounded down to the minute; null once it has passed. */
export function countdown(deadline: Date, now: Date): Countdown | null {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** Whether a deadline is close enough to stand out (a day or less). */
export function deadlineIsNear(left: Countdown | null): boolean {
  return left !== null && left.days === 0;
}

export type RequestTime =
  { kind: "sent"; at: Date } | { kind: "meeting"; at: Date; online: boolean; table: number | null };

/**
 * The times a request row shows, each with its label: when it was sent, and when the meeting is once placed.
 * Never a bare time.
 */
export function requestTimes(r: {
  createdAt: Date;
  meeting: { status: string; startsAt: Date; table: number | null; online: boolean } | null;
}): RequestTime[] {
  const out: RequestTime[] = [{ kind: "sent", at: r.createdAt }];
  if (r.meeting && (r.meeting.status === "SCHEDULED" || r.meeting.status === "HELD"))
    out.push({ kind: "meeting", at: r.meeting.startsAt, online: r.meeting.online, table: r.meeting.table });
  return out;
}
