// The organizers' set-up of an event's 1:1 matching: sessions (which generate slots), tables, and settings.
// Every write checks the organizer role and runs in one transaction.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { generateSlots, SessionPlanError } from "./generate-slots";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { LOCAL_TIME, localInstant } from "@/lib/time/event-time";
import { fieldErrors } from "@/lib/validation/form-input";

function requireOrganizer(actor: Actor) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
}

export const SessionSchema = z.object({
  name: z.string().trim().min(1, { error: "errors.required" }).max(60, { error: "errors.text.tooLong" }),
  // The name in Japanese and Vietnamese, when given (readers of those languages see it; else the English one).
  nameJa: z.string().trim().max(60, { error: "errors.text.tooLong" }).default(""),
  nameVi: z.string().trim().max(60, { error: "errors.text.tooLong" }).default(""),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  slotMinutes: z.coerce.number({ error: "errors.number.invalid" }).int({ error: "errors.number.invalid" }),
  breakMinutes: z.coerce.number({ error: "errors.number.invalid" }).int({ error: "errors.number.invalid" }).default(0),
});

export type AddSessionOptions = { eventId: string } & z.input<typeof SessionSchema>;

/** Adds a session and its slots; refused when a slot would overlap a slot the event already has. */
export async function addSession(actor: Actor, { eventId, ...session }: AddSessionOptions) {
  requireOrganizer(actor);
  const parsed = SessionSchema.safeParse(session);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid session", fieldErrors(parsed.error));
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  let slots;
  try {
    slots = generateSlots({ ...parsed.data, timeZone: event.timeZone });
  } catch (e) {
    if (e instanceof SessionPlanError) throw new AppError("INVALID_INPUT", "bad plan", { [e.field]: e.key });
    throw e;
  }
  return db.$transaction(async (tx) => {
    const first = slots[0]!.startsAt;
    const last = slots.at(-1)!.endsAt;
    const overlapping = await tx.slot.count({ where: { eventId, startsAt: { lt: last }, endsAt: { gt: first } } });
    if (overlapping > 0) throw new AppError("CONFLICT", "overlaps another session", { start: "errors.setup.overlap" });
    const session = await tx.matchingSession.create({
      data: {
        eventId,
        name: parsed.data.name,
        nameJa: parsed.data.nameJa,
        nameVi: parsed.data.nameVi,
        startsAt: first,
        endsAt: last,
        slotMinutes: parsed.data.slotMinutes,
        breakMinutes: parsed.data.breakMinutes,
      },
    });
    await tx.slot.createMany({ data: slots.map((s) => ({ eventId, sessionId: session.id, ...s })) });
    await audit(
      tx,
      actor,
      "setup.sessionAdd",
      { type: "session", id: session.id },
      {
        name: session.name,
        from: first.toISOString(),
        to: last.toISOString(),
        slots: slots.length,
        slotMinutes: session.slotMinutes,
      },
    );
    return session;
  });
}

export const RemoveSessionSchema = z.object({ sessionId: z.string().min(1).max(64) });

/** Removes a session and its slots; refused while meetings are placed in it (move or cancel them first). */
export async function removeSession(actor: Actor, options: z.input<typeof RemoveSessionSchema>) {
  requireOrganizer(actor);
  const parsed = RemoveSessionSchema.safeParse(options);
  if (!parsed.success) throw new AppError("NOT_FOUND", "no such session");
  const { sessionId } = parsed.data;
  await db.$transaction(async (tx) => {
    const placed = await tx.meeting.count({
      where: { status: { in: ["SCHEDULED", "HELD"] }, slot: { sessionId } },
    });
    if (placed > 0)
      throw new AppError("CONFLICT", "meetings placed in the session", { form: "errors.setup.sessionHasMeetings" });
    const session = await tx.matchingSession.findUnique({ where: { id: sessionId } });
    const { count } = await tx.matchingSession.deleteMany({ where: { id: sessionId } });
    if (count === 0 || !session) throw new AppError("NOT_FOUND", "no such session");
    await audit(
      tx,
      actor,
      "setup.sessionRemove",
      { type: "session", id: session.id },
      {
        name: session.name,
        from: session.startsAt.toISOString(),
        to: session.endsAt.toISOString(),
      },
    );
  });
}

export const INTERPRETER_PAIRS = ["ja-vi", "ja-en", "en-vi"] as const;
export type InterpreterPair = (typeof INTERPRETER_PAIRS)[number];

export const TablesSchema = z.object({
  count: z.coerce
    .number({ error: "errors.number.invalid" })
    .int({ error: "errors.number.invalid" })
    .min(1, { error: "errors.setup.tables" })
    .max(2000, { error: "errors.setup.tables" }),
  // Table numbers, each with the default pair below or its own ("5:ja-en"): every interpreter table has a pair.
  interpreterTables: z
    .string()
    .max(4000)
    .default("")
    .transform((s) => s.split(/[,\s、]+/).filter(Boolean))
    .refine(
      (tokens) => tokens.every((t) => /^\d{1,4}(:(ja-vi|ja-en|en-vi))?$/.test(t) && Number(t.split(":")[0]) >= 1),
      {
        error: "errors.setup.tableNumbers",
      },
    ),
  interpreter: z.enum(INTERPRETER_PAIRS, { error: "errors.choice" }).default("ja-vi"),
});

/**
 * Tables 1..count, the listed ones with an interpreter for their pair. Tables keep their identity by number, so
 * placed meetings stay at theirs; removing a table or changing its interpreter is refused while it has meetings.
 */
export async function setTables(
  actor: Actor,
  { eventId, ...tables }: { eventId: string } & z.input<typeof TablesSchema>,
) {
  requireOrganizer(actor);
  const parsed = TablesSchema.safeParse(tables);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid tables", fieldErrors(parsed.error));
  const { count, interpreterTables, interpreter } = parsed.data;
  const pairOf = new Map<number, string>();
  for (const token of interpreterTables) {
    const [n, pair] = token.split(":");
    const number = Number(n);
    if (pairOf.has(number) && pairOf.get(number) !== (pair ?? interpreter))
      throw new AppError("INVALID_INPUT", "two pairs for one table", {
        interpreterTables: "errors.setup.tableTwoPairs",
      });
    pairOf.set(number, pair ?? interpreter);
  }
  if ([...pairOf.keys()].some((n) => n > count))
    throw new AppError("INVALID_INPUT", "table out of range", { interpreterTables: "errors.setup.tableNumbers" });
  const wanted = (n: number) => pairOf.get(n) ?? null;
  await db.$transaction(async (tx) => {
    const existing = await tx.meetingTable.findMany({
      where: { eventId },
      include: { _count: { select: { meetings: { where: { status: { in: ["SCHEDULED", "HELD"] } } } } } },
    });
    const changed = existing.filter((t) => t.number > count || t.interpreter !== wanted(t.number));
    if (changed.some((t) => t._count.meetings > 0))
      throw new AppError("CONFLICT", "tables with meetings", { count: "errors.setup.tablesInUse" });
    await tx.meetingTable.deleteMany({ where: { eventId, number: { gt: count } } });
    for (const t of changed.filter((t) => t.number <= count))
      await tx.meetingTable.update({ where: { id: t.id }, data: { interpreter: wanted(t.number) } });
    const have = new Set(existing.map((t) => t.number));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !have.has(n));
    await tx.meetingTable.createMany({
      data: missing.map((number) => ({ eventId, number, interpreter: wanted(number) })),
    });
    const byPair = (list: { interpreter: string | null }[]) =>
      Object.fromEntries(INTERPRETER_PAIRS.map((p) => [p, list.filter((t) => t.interpreter === p).length]));
    const after = Array.from({ length: count }, (_, i) => ({ interpreter: wanted(i + 1) }));
    if (existing.length !== count || changed.length > 0)
      await audit(
        tx,
        actor,
        "setup.tables",
        { type: "event", id: eventId },
        {
          fromCount: existing.length,
          count,
          ...Object.fromEntries(Object.entries(byPair(after)).map(([p, n]) => [`pair:${p}`, n])),
        },
      );
  });
}

/**
 * Adds `count` tables with an interpreter for `pair`, numbered after the last table: the fix the capacity view
 * proposes when a pair's meetings outnumber its places.
 */
export async function addInterpreterTables(
  actor: Actor,
  eventId: string,
  input: { pair: string; count: number },
): Promise<number[]> {
  requireOrganizer(actor);
  const parsed = z
    .object({ pair: z.enum(INTERPRETER_PAIRS), count: z.coerce.number().int().min(1).max(50) })
    .safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid tables", { form: "errors.invalid" });
  const { pair, count } = parsed.data;
  const tryOnce = () =>
    db.$transaction(async (tx) => {
      const last = await tx.meetingTable.findFirst({ where: { eventId }, orderBy: { number: "desc" } });
      const numbers = Array.from({ length: count }, (_, i) => (last?.number ?? 0) + i + 1);
      // Two organizers adding at once: the table number is unique per event, so one of them tries again.
      await tx.meetingTable.createMany({ data: numbers.map((number) => ({ eventId, number, interpreter: pair })) });
      await audit(
        tx,
        actor,
        "setup.tables",
        { type: "event", id: eventId },
        { added: count, pair, numbers: numbers.join(", ") },
      );
      return numbers;
    });
  for (let tries = 1; ; tries++) {
    try {
      return await tryOnce();
    } catch (e) {
      if (!isUniqueViolation(e) || tries === 3) throw e;
    }
  }
}

export const SettingsSchema = z.object({
  deadlineDate: z.string().default(""),
  deadlineTime: z.string().default(""),
  meetingCapPerFirm: z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: "errors.number.invalid" })
        .int({ error: "errors.number.invalid" })
        .min(1, { error: "errors.setup.cap" })
        .max(100, { error: "errors.setup.cap" }),
    ])
    .default(""),
  selfBooking: z.boolean().default(false),
  // Online (and so hybrid) meetings allowed; left as it is when the form does not say.
  onlineMeetings: z.boolean().optional(),
});

/** The request deadline (local date and time in the event's zone, or none), the cap per firm, self-booking. */
export async function saveMatchingSettings(
  actor: Actor,
  { eventId, ...settings }: { eventId: string } & z.input<typeof SettingsSchema>,
) {
  requireOrganizer(actor);
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid settings", fieldErrors(parsed.error));
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  const { deadlineDate, deadlineTime, meetingCapPerFirm, selfBooking, onlineMeetings } = parsed.data;
  let requestDeadline: Date | null = null;
  if (deadlineDate || deadlineTime) {
    if (!isCalendarDate(deadlineDate))
      throw new AppError("INVALID_INPUT", "bad date", { deadlineDate: "errors.setup.date" });
    if (!LOCAL_TIME.test(deadlineTime))
      throw new AppError("INVALID_INPUT", "bad time", { deadlineTime: "errors.setup.time" });
    requestDeadline = localInstant(deadlineDate, deadlineTime, event.timeZone);
  }
  const cap = meetingCapPerFirm === "" ? null : meetingCapPerFirm;
  await db.$transaction(async (tx) => {
    await tx.event.update({
      where: { id: eventId },
      data: {
        requestDeadline,
        meetingCapPerFirm: cap,
        selfBooking,
        ...(onlineMeetings === undefined ? {} : { onlineMeetings }),
      },
    });
    // Each setting that changed, from what to what (times as instants; the log shows them in the event's zone).
    const changes: Record<string, string | number | boolean | null> = {};
    if ((event.requestDeadline?.getTime() ?? null) !== (requestDeadline?.getTime() ?? null)) {
      changes.deadlineFrom = event.requestDeadline?.toISOString() ?? null;
      changes.deadlineTo = requestDeadline?.toISOString() ?? null;
    }
    if (event.meetingCapPerFirm !== cap) {
      changes.capFrom = event.meetingCapPerFirm;
      changes.capTo = cap;
    }
    if (event.selfBooking !== selfBooking) changes.selfBooking = selfBooking;
    if (onlineMeetings !== undefined && event.onlineMeetings !== onlineMeetings)
      changes.onlineMeetings = onlineMeetings;
    if (Object.keys(changes).length) await audit(tx, actor, "setup.settings", { type: "event", id: eventId }, changes);
  });
}

export type MatchingSetup = Awaited<ReturnType<typeof matchingSetup>>;

/** The event's sessions with their slots, and its tables, for the set-up page. */
export async function matchingSetup(eventId: string) {
  const [sessions, tables] = await Promise.all([
    db.matchingSession.findMany({
      where: { eventId },
      orderBy: { startsAt: "asc" },
      include: { slots: { orderBy: { startsAt: "asc" } } },
    }),
    db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
  ]);
  return { sessions, tables };
}
