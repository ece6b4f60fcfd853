// The organizer's scheduler run: every accepted request not yet placed goes through the scheduler (placed
// meetings stay where they are), the waiting online meetings are then placed in slots both firms have free (no
// table: online-placement.ts), the result is kept as a preview with the reason for each meeting it could not
// place, and publishing turns the preview into meetings in one transaction.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { solveSchedule, type SolvePhase } from "@/lib/scheduling/solve";
import { meetingsPerFirm } from "@/lib/scheduling/distribution";
import { evaluate } from "@/lib/scheduling/evaluate";
import type { Schedule } from "@/lib/scheduling/instance";
import { admitUnderCap } from "@/lib/scheduling/cap-admission";
import { unplacedReasons } from "@/lib/scheduling/unplaced-reasons";
import { buildInstance, loadSchedulingData, type SchedulingRequest } from "@/lib/event-setup/event-instance";
import { parseRunResult, type RunResult } from "./run-result";
import { publish } from "./publication";
import { chooseOnlineSlots } from "./online-placement";
import { assertEventIdOpen } from "@/lib/events/event-guard";

export type RunPhase = "load" | "schedule" | "explain" | "save";
export type RunProgress = { phase: RunPhase; round?: number; done?: number; total?: number };
/** While scheduling: the solver's step, the weighted score so far, the bound no schedule can beat, the gap. */
export type SolverProgress = {
  round: number;
  total: number;
  step: SolvePhase;
  weighted: number;
  bound: number;
  gap: number;
};

function requireOrganizer(actor: Actor) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
}

/** Runs the scheduler over the event and stores a preview; returns the run. */
export async function runScheduler(
  actor: Actor,
  eventId: string,
  options: {
    seed?: string;
    /** Fair shares: raise the firms with the fewest meetings first (lib/scheduling/fair.ts). */
    fair?: boolean;
    onProgress?: (p: RunProgress) => void;
    onSolverProgress?: (p: SolverProgress) => void;
  } = {},
) {
  requireOrganizer(actor);
  await assertEventIdOpen(eventId);
  const progress = options.onProgress ?? (() => {});
  const seed = options.seed ?? "kakehashi";
  const started = Date.now();
  progress({ phase: "load" });
  const data = await loadSchedulingData(eventId);
  if (data.slots.length === 0 || data.tables.length === 0)
    throw new AppError("CONFLICT", "no slots or tables", { form: "errors.schedule.noSetup" });
  const placed = data.requests.filter((r) => r.placed);
  const waiting = data.requests
    .filter((r) => !r.placed)
    .sort((a, b) => b.priority - a.priority || a.createdAt.getTime() - b.createdAt.getTime());
  const cap = data.event.meetingCapPerFirm;
  const count = new Map<string, number>();
  for (const r of placed) for (const p of r.participants) count.set(p, (count.get(p) ?? 0) + 1);
  // Placed online meetings count for the cap like the others.
  for (const r of data.online) if (r.placed) for (const p of r.participants) count.set(p, (count.get(p) ?? 0) + 1);

  // With a cap, admit what fits under it, schedule, and admit more for the firms whose admitted meetings could
  // not be placed, until nothing changes; meetings placed in a round stay fixed in the next.
  let fixed: SchedulingRequest[] = placed;
  let pool = waiting;
  let capped = new Map<string, string>();
  let schedule: Schedule = { assignments: [], unscheduled: [] };
  let solved: Awaited<ReturnType<typeof solveSchedule>> | null = null;
  let rounds = 0;
  for (let round = 1; round <= 6; round++) {
    const admission = admitUnderCap(pool, count, cap);
    capped = admission.capped;
    if (admission.admitted.length === 0) break;
    rounds = round;
    const total = admission.admitted.length;
    progress({ phase: "schedule", round, total });
    const requests = [...fixed, ...admission.admitted];
    solved = await solveSchedule(buildInstance(data, requests), {
      seed,
      fair: options.fair,
      onProgress: (p) =>
        options.onSolverProgress?.({ round, total, step: p.phase, weighted: p.weighted, bound: p.bound, gap: p.gap }),
    });
    schedule = solved.schedule;
    const slotOf = new Map(schedule.assignments.map((a) => [a.meeting, a]));
    const newlyPlaced = admission.admitted.filter((r) => slotOf.has(r.id));
    for (const r of newlyPlaced) for (const p of r.participants) count.set(p, (count.get(p) ?? 0) + 1);
    fixed = [
      ...fixed,
      ...newlyPlaced.map((r) => ({ ...r, placed: { slot: slotOf.get(r.id)!.slot, table: slotOf.get(r.id)!.table } })),
    ];
    pool = waiting.filter((r) => capped.has(r.id));
    if (cap === null || newlyPlaced.length === admission.admitted.length) break;
  }

  progress({ phase: "explain" });
  const fixedIds = new Set(fixed.map((r) => r.id));
  const final = [...fixed, ...waiting.filter((r) => !fixedIds.has(r.id) && !capped.has(r.id))];
  const finalInstance = buildInstance(data, final);
  const finalSchedule: Schedule = {
    assignments: fixed.map((r) => ({ meeting: r.id, slot: r.placed!.slot, table: r.placed!.table })),
    unscheduled: final.filter((r) => !fixedIds.has(r.id)).map((r) => r.id),
  };
  const reasons = unplacedReasons(finalInstance, finalSchedule);
  const stats = evaluate(finalInstance, finalSchedule);
  const placedBefore = new Set(placed.map((r) => r.id));

  // Then the online meetings, around the in-person solution: each firm's meeting slots (in person, and online
  // ones placed before) are taken; what else blocks it (marked away, tours) stays blocked. In-person meetings
  // come first under the cap, since they compete for the scarcer thing (tables).
  const meetingSlots = new Map<string, Set<string>>();
  const addMeeting = (firms: readonly string[], slot: string) => {
    for (const f of firms) {
      if (!meetingSlots.has(f)) meetingSlots.set(f, new Set());
      meetingSlots.get(f)!.add(slot);
    }
  };
  for (const r of fixed) addMeeting(r.participants, r.placed!.slot);
  for (const r of data.online) if (r.placed) addMeeting(r.participants, r.placed);
  const awayOrTour = new Map<string, Set<string>>();
  for (const [firm, slots] of data.blocked)
    awayOrTour.set(firm, new Set([...slots].filter((s) => !meetingSlots.get(firm)?.has(s))));
  const onlineWaiting = data.online
    .filter((r) => r.waiting)
    .sort((a, b) => b.priority - a.priority || a.createdAt.getTime() - b.createdAt.getTime());
  const online = chooseOnlineSlots({
    slots: data.slots.map((s) => ({ id: s.id, session: s.sessionId })),
    requests: onlineWaiting,
    blocked: awayOrTour,
    meeting: meetingSlots,
    count,
    cap,
  });
  // The distribution counts every meeting the preview would publish, online ones included.
  const onlineSlot = new Map(online.placements.map((p) => [p.requestId, p.slotId]));
  const distributionInstance = {
    ...finalInstance,
    meetings: [
      ...finalInstance.meetings,
      ...data.online.map((r) => ({ id: r.id, participants: r.participants, priority: r.priority })),
    ],
  };
  const distributionSchedule: Schedule = {
    assignments: [
      ...finalSchedule.assignments,
      ...data.online.flatMap((r) =>
        r.placed || onlineSlot.has(r.id) ? [{ meeting: r.id, slot: r.placed ?? onlineSlot.get(r.id)!, table: "" }] : [],
      ),
    ],
    unscheduled: finalSchedule.unscheduled,
  };
  // Rounds after the first fix what earlier rounds placed, so the last round's bound is for what it was given.
  const bound = solved ? (rounds === 1 ? solved.bound : Math.max(solved.bound, stats.weighted)) : stats.weighted;
  const result: RunResult = {
    placements: finalSchedule.assignments
      .filter((a) => !placedBefore.has(a.meeting))
      .map((a) => ({ requestId: a.meeting, slotId: a.slot, tableId: a.table as string | null }))
      .concat(online.placements.map((p) => ({ ...p, tableId: null }))),
    unplaced: [
      ...finalSchedule.unscheduled.map((id) => ({ requestId: id, reason: reasons.get(id) ?? ("noTable" as const) })),
      ...[...capped].map(([requestId, firmId]) => ({ requestId, reason: "cap" as const, firmId })),
      ...online.unplaced.map((u) => ({ ...u, online: true })),
    ],
    quality: {
      weighted: stats.weighted,
      bound,
      gap: bound > 0 ? Math.max(0, bound - stats.weighted) / bound : 0,
      proven: stats.weighted >= bound,
      maxBreaks: stats.maxBreaks,
      fair: Boolean(options.fair),
      capped: capped.size > 0,
    },
    distribution: meetingsPerFirm(distributionInstance, distributionSchedule),
  };
  progress({ phase: "save" });
  return db.$transaction(async (tx) => {
    // A new preview replaces any older one: only the latest can be published.
    await tx.schedulerRun.updateMany({ where: { eventId, status: "PREVIEW" }, data: { status: "DISCARDED" } });
    return tx.schedulerRun.create({
      data: {
        eventId,
        startedById: actor.userId,
        seed,
        considered: waiting.length + onlineWaiting.length,
        placed: result.placements.length,
        weighted: stats.weighted,
        breaks: stats.breaks,
        ms: Date.now() - started,
        result: JSON.stringify(result),
      },
    });
  });
}

/**
 * Publishes a preview: its placements become meetings, all or none, and each firm with news gets one mail
 * (publication.ts). Refused when the event changed since.
 */
export async function publishRun(
  actor: Actor,
  runId: string,
  options: { now?: Date; fingerprint?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  requireOrganizer(actor);
  const run = await db.schedulerRun.findUnique({ where: { id: String(runId) }, select: { eventId: true } });
  if (!run) throw new AppError("NOT_FOUND", "no such run");
  return (await publish(actor, run.eventId, { ...options, runId: String(runId) })).placed;
}

export async function discardRun(actor: Actor, runId: string): Promise<void> {
  requireOrganizer(actor);
  await db.schedulerRun.updateMany({ where: { id: String(runId), status: "PREVIEW" }, data: { status: "DISCARDED" } });
}

/** The latest run of the event with its result read back and the firms' names it mentions. */
export async function latestRun(actor: Actor, eventId: string) {
  requireOrganizer(actor);
  const run = await db.schedulerRun.findFirst({ where: { eventId }, orderBy: { createdAt: "desc" } });
  if (!run) return null;
  return { ...run, result: parseRunResult(run.result) };
}
