// The scheduling exchange format (an instance in, a schedule out), as documented in README "Scheduler".
// Parsed with zod so a bad file gets a clear message instead of a crash.
import { z } from "zod";

const Id = z.string().min(1).max(200);

export const InstanceSchema = z.object({
  name: z.string().max(200).default("instance"),
  slots: z
    .array(
      z.object({ id: Id, start: z.string().optional(), minutes: z.number().int().positive().optional(), session: Id }),
    )
    .min(1),
  tables: z.array(z.object({ id: Id, interpreter: z.string().max(20).optional() })).min(1),
  participants: z.array(z.object({ id: Id, unavailable: z.array(Id).default([]) })),
  meetings: z.array(
    z.object({
      id: Id,
      participants: z.tuple([Id, Id]),
      priority: z.number().int().positive().default(1),
      session: Id.optional(),
      interpreter: z.string().max(20).optional(),
    }),
  ),
  fixed: z.array(z.object({ meeting: Id, slot: Id, table: Id.optional() })).default([]),
});
export type Instance = z.infer<typeof InstanceSchema>;

export const ScheduleSchema = z.object({
  assignments: z.array(z.object({ meeting: Id, slot: Id, table: Id })),
  unscheduled: z.array(Id),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export class InstanceError extends Error {}

/** Parses and cross-checks an instance: every reference must name something that exists. */
export function parseInstance(json: unknown): Instance {
  const parsed = InstanceSchema.safeParse(json);
  if (!parsed.success)
    throw new InstanceError(
      parsed.error.issues.map((i) => `${i.path.join(".") || "instance"}: ${i.message}`).join("\n"),
    );
  const inst = parsed.data;
  const slots = new Set(inst.slots.map((s) => s.id));
  const sessions = new Set(inst.slots.map((s) => s.session));
  const people = new Set(inst.participants.map((p) => p.id));
  const meetings = new Set(inst.meetings.map((m) => m.id));
  const tables = new Set(inst.tables.map((t) => t.id));
  const problems: string[] = [];
  const unique = (ids: string[], what: string) =>
    ids.length !== new Set(ids).size && problems.push(`${what} ids must be unique`);
  unique(
    inst.slots.map((s) => s.id),
    "slot",
  );
  unique(
    inst.tables.map((t) => t.id),
    "table",
  );
  unique(
    inst.participants.map((p) => p.id),
    "participant",
  );
  unique(
    inst.meetings.map((m) => m.id),
    "meeting",
  );
  for (const p of inst.participants)
    for (const s of p.unavailable) if (!slots.has(s)) problems.push(`participant ${p.id}: unknown slot ${s}`);
  for (const m of inst.meetings) {
    for (const p of m.participants) if (!people.has(p)) problems.push(`meeting ${m.id}: unknown participant ${p}`);
    if (m.participants[0] === m.participants[1]) problems.push(`meeting ${m.id}: a participant cannot meet itself`);
    if (m.session && !sessions.has(m.session)) problems.push(`meeting ${m.id}: unknown session ${m.session}`);
  }
  for (const f of inst.fixed) {
    if (!meetings.has(f.meeting)) problems.push(`fixed: unknown meeting ${f.meeting}`);
    if (!slots.has(f.slot)) problems.push(`fixed ${f.meeting}: unknown slot ${f.slot}`);
    if (f.table && !tables.has(f.table)) problems.push(`fixed ${f.meeting}: unknown table ${f.table}`);
  }
  if (problems.length) throw new InstanceError(problems.slice(0, 20).join("\n"));
  return inst;
}
