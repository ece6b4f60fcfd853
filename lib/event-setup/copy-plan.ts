// Copying an edition's set-up to another (next year's): each session keeps its local times and its day
// relative to the edition's first day, the request deadline and the registration deadline keep their distance
// before the start (in days, at the same local time). Pure: the dates are read in each edition's own zone.
import { localParts } from "@/lib/time/event-time";

type Session = {
  name: string;
  nameJa?: string;
  nameVi?: string;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  breakMinutes: number;
};
type Edition = { startsAt: Date; timeZone: string };

const dayNumber = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

const shiftDate = (date: string, days: number) =>
  new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);

export type LocalMoment = { date: string; time: string };

export type CopiedSession = {
  name: string;
  nameJa: string;
  nameVi: string;
  date: string;
  start: string;
  end: string;
  slotMinutes: number;
  breakMinutes: number;
};

export function planCopiedSetup(
  source: Edition & { sessions: readonly Session[]; requestDeadline: Date | null; registrationClosesAt?: Date | null },
  target: Edition,
): {
  sessions: CopiedSession[];
  deadline: LocalMoment | null;
  registrationCloses: LocalMoment | null;
} {
  const sourceDay = localParts(source.startsAt, source.timeZone).date;
  const targetDay = localParts(target.startsAt, target.timeZone).date;
  const moved = (instant: Date) => {
    const local = localParts(instant, source.timeZone);
    return { date: shiftDate(targetDay, dayNumber(local.date) - dayNumber(sourceDay)), time: local.time };
  };
  const sessions = source.sessions.map((s) => {
    const start = moved(s.startsAt);
    return {
      name: s.name,
      nameJa: s.nameJa ?? "",
      nameVi: s.nameVi ?? "",
      date: start.date,
      start: start.time,
      end: localParts(s.endsAt, source.timeZone).time,
      slotMinutes: s.slotMinutes,
      breakMinutes: s.breakMinutes,
    };
  });
  return {
    sessions,
    deadline: source.requestDeadline ? moved(source.requestDeadline) : null,
    registrationCloses: source.registrationClosesAt ? moved(source.registrationClosesAt) : null,
  };
}
