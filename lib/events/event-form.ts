// An edition's details as organizers enter them: names in three languages, place, the time zone, local start
// and end in that zone, the organizing bodies and which of them vets which country. Pure (no database), so
// the rules are unit-tested and shared by create and edit.
import { z } from "zod";
import { CalendarDate } from "@/lib/time/calendar-date";
import { LOCAL_TIME, localInstant } from "@/lib/time/event-time";

const COUNTRIES = ["VN", "JP", "OTHER"] as const;

const text = (max: number) =>
  z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(max, { error: "errors.text.tooLong" })
    // Control characters never belong in a name or a place.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "errors.text.control" });

const LocalTime = z.string().regex(LOCAL_TIME, { error: "errors.setup.time" });

/** An IANA zone name this server's time-zone database knows ("Asia/Ho_Chi_Minh"). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const EventFormSchema = z
  .object({
    series: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "errors.event.series" })
      .max(60, { error: "errors.text.tooLong" }),
    nameEn: text(120),
    nameJa: text(120),
    nameVi: text(120),
    city: text(80),
    venue: text(160),
    timeZone: z.string().trim().refine(isTimeZone, { error: "errors.event.timeZone" }),
    startDate: CalendarDate,
    startTime: LocalTime,
    endDate: CalendarDate,
    endTime: LocalTime,
    bodies: z.array(z.string().min(1).max(64)).min(1, { error: "errors.event.bodies" }).max(10),
    vettingVN: z.string().max(64).default(""),
    vettingJP: z.string().max(64).default(""),
    vettingOTHER: z.string().max(64).default(""),
  })
  .superRefine((v, ctx) => {
    for (const c of COUNTRIES) {
      const body = v[`vetting${c}`];
      if (body && !v.bodies.includes(body))
        ctx.addIssue({ code: "custom", path: [`vetting${c}`], message: "errors.event.vettingBody" });
    }
  });

export type EventFormInput = z.input<typeof EventFormSchema>;
export type EventForm = z.output<typeof EventFormSchema>;

/** The edition's start and end as instants; refused (at the end field) when it ends before it starts. */
export function eventSpan(
  form: EventForm,
): { startsAt: Date; endsAt: Date } | { error: "errors.event.endBeforeStart" } {
  const startsAt = localInstant(form.startDate, form.startTime, form.timeZone);
  const endsAt = localInstant(form.endDate, form.endTime, form.timeZone);
  if (endsAt.getTime() <= startsAt.getTime()) return { error: "errors.event.endBeforeStart" };
  return { startsAt, endsAt };
}

/** The vetting split as rows: each country with a body chosen. */
export function vettingRows(form: EventForm): { country: (typeof COUNTRIES)[number]; bodyId: string }[] {
  return COUNTRIES.flatMap((country) => {
    const bodyId = form[`vetting${country}`];
    return bodyId ? [{ country, bodyId }] : [];
  });
}

/** A URL-safe slug from the English name ("Japan ICT Day 2027" → "japan-ict-day-2027"). */
export function slugOf(nameEn: string): string {
  return (
    nameEn
      // Đ has no decomposition: it would otherwise vanish from the slug.
      .replace(/[đĐ]/g, "d")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "event"
  );
}

/** Two spans overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
