// The capacity view of the schedule page: what the event asks of its set-up and what the set-up holds, and for each
// meeting without a place (in the latest preview, or now when there is none) the fix that would place it.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { buildInstance, loadSchedulingData } from "@/lib/event-setup/event-instance";
import type { Schedule } from "@/lib/scheduling/instance";
import { unplacedReasons } from "@/lib/scheduling/unplaced-reasons";
import { capacityReport, unplacedHints, type UnplacedInput } from "./capacity";
import { underCap } from "./placement-rules";
import { parseRunResult } from "./run-result";

export async function capacityView(actor: Actor, eventId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [data, preview] = await Promise.all([
    loadSchedulingData(eventId),
    db.schedulerRun.findFirst({ where: { eventId, status: "PREVIEW" }, orderBy: { createdAt: "desc" } }),
  ]);
  const inst = buildInstance(data, data.requests);
  const fixed = data.requests.flatMap((r) =>
    r.placed ? [{ meeting: r.id, slot: r.placed.slot, table: r.placed.table }] : [],
  );
  const cap = data.event.meetingCapPerFirm;
  let schedule: Schedule;
  let unplaced: UnplacedInput[];
  // Online meetings count for the cap but take no table: each firm's, placed before or by the preview.
  const online = new Map<string, number>();
  const countOnline = (firms: readonly string[]) => {
    for (const f of firms) online.set(f, (online.get(f) ?? 0) + 1);
  };
  for (const r of data.online) if (r.placed) countOnline(r.participants);
  if (preview) {
    const result = parseRunResult(preview.result);
    const known = new Set(data.requests.map((r) => r.id));
    const onlineById = new Map(data.online.map((r) => [r.id, r]));
    for (const p of result.placements) if (!p.tableId) countOnline(onlineById.get(p.requestId)?.participants ?? []);
    schedule = {
      assignments: [
        ...fixed,
        ...result.placements
          // Online placements (no table) are not the in-person instance's meetings.
          .flatMap((p) =>
            known.has(p.requestId) && p.tableId ? [{ meeting: p.requestId, slot: p.slotId, table: p.tableId }] : [],
          ),
      ],
      unscheduled: result.unplaced.map((u) => u.requestId).filter((id) => known.has(id)),
    };
    unplaced = result.unplaced
      .filter((u) => known.has(u.requestId))
      .map((u) => ({ meetingId: u.requestId, reason: u.reason, firmId: u.firmId }));
  } else {
    // No preview: explain what is waiting now against what is placed, as the scheduler would.
    const waiting = data.requests.filter((r) => !r.placed).map((r) => r.id);
    schedule = { assignments: fixed, unscheduled: waiting };
    const reasons = unplacedReasons(inst, schedule);
    const count = new Map<string, number>();
    for (const r of data.requests) if (r.placed) for (const p of r.participants) count.set(p, (count.get(p) ?? 0) + 1);
    unplaced = data.requests
      .filter((r) => !r.placed)
      .map((r) => {
        const full = r.participants.find((p) => !underCap(count.get(p) ?? 0, cap));
        return full
          ? { meetingId: r.id, reason: "cap", firmId: full }
          : { meetingId: r.id, reason: reasons.get(r.id) ?? "noTable" };
      });
  }
  const report = capacityReport(inst, schedule, cap);
  const hints = unplacedHints(inst, schedule, unplaced, cap, online);
  // Names for what the hints and the figures mention: the meetings (by request) and the firms.
  const requestIds = new Set<string>(unplaced.map((u) => u.meetingId));
  for (const h of hints.values()) {
    if (h.kind === "moveOther") requestIds.add(h.other);
    if (h.kind === "overCap" && h.move) requestIds.add(h.move.other);
  }
  const firmIds = new Set<string>([
    ...report.firmsOver.slice(0, 20).map((f) => f.firmId),
    ...unplaced.flatMap((u) => (u.firmId ? [u.firmId] : [])),
  ]);
  const byId = new Map(data.requests.map((r) => [r.id, r]));
  for (const id of requestIds) for (const f of byId.get(id)?.participants ?? []) firmIds.add(f);
  const [firms, meetings] = await Promise.all([
    db.firm.findMany({ where: { id: { in: [...firmIds] } }, select: { id: true, nameLocal: true } }),
    db.meeting.findMany({
      where: { requestId: { in: [...requestIds] }, status: "SCHEDULED" },
      select: { id: true, requestId: true },
    }),
  ]);
  const firmName = new Map(firms.map((f) => [f.id, f.nameLocal]));
  const pairName = new Map(
    [...requestIds].map((id) => {
      const r = byId.get(id);
      return [id, r ? r.participants.map((f) => firmName.get(f) ?? "?").join(" — ") : "?"] as const;
    }),
  );
  return {
    report,
    hints,
    unplaced,
    fromPreview: preview?.id ?? null,
    firmName: (id: string) => firmName.get(id) ?? "?",
    pairName: (requestId: string) => pairName.get(requestId) ?? "?",
    meetingOf: new Map(meetings.map((m) => [m.requestId, m.id])),
  };
}
