// What a firm is told about its meetings' changes: the difference between what it was last told and the meeting
// as it stands now, not the list of moves that led there. Pure.

export type ChangeKind = "CREATED" | "MOVED" | "CANCELLED";

/** One untold change to one firm's meeting (a ScheduleChange row). */
export type UntoldChange = {
  meetingId: string;
  kind: ChangeKind;
  /** Where the meeting was before this change; null for a meeting that did not exist yet. */
  fromSlotId: string | null;
  fromTableId: string | null;
  createdAt: Date;
};

export type MeetingNow = {
  id: string;
  firmAId: string;
  firmBId: string;
  status: string;
  slotId: string;
  /** Null for an online meeting. */
  tableId: string | null;
  cancelReason: string | null;
};

// tableId is null for an online meeting (issue 21).
export type ChangeNotice =
  | { kind: "new"; meetingId: string; partnerId: string; slotId: string; tableId: string | null }
  | {
      kind: "moved";
      meetingId: string;
      partnerId: string;
      slotId: string;
      tableId: string | null;
      fromSlotId: string;
      fromTableId: string;
    }
  | { kind: "cancelled"; meetingId: string; partnerId: string; slotId: string; tableId: string | null; reason: string };

const LIVE = new Set(["SCHEDULED", "HELD"]);

/**
 * A firm's notices from its untold changes. Per meeting, the earliest untold change says what the firm knows (the
 * place it was told, or nothing for a meeting it never heard of); the meeting now says what is true. A meeting
 * gone (undone) or cancelled before the firm heard of it, or back where it was, needs no notice.
 */
export function netNotices(
  firmId: string,
  changes: readonly UntoldChange[],
  meetings: ReadonlyMap<string, MeetingNow>,
): ChangeNotice[] {
  const first = new Map<string, UntoldChange>();
  for (const c of [...changes].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
    if (!first.has(c.meetingId)) first.set(c.meetingId, c);
  const out: ChangeNotice[] = [];
  for (const [meetingId, told] of first) {
    const m = meetings.get(meetingId);
    if (!m) continue;
    const partnerId = m.firmAId === firmId ? m.firmBId : m.firmAId;
    const knew = told.kind !== "CREATED" && told.fromSlotId && told.fromTableId;
    const live = LIVE.has(m.status);
    if (!knew) {
      if (live) out.push({ kind: "new", meetingId, partnerId, slotId: m.slotId, tableId: m.tableId });
      continue;
    }
    if (!live) {
      if (m.status === "CANCELLED")
        out.push({
          kind: "cancelled",
          meetingId,
          partnerId,
          slotId: told.fromSlotId!,
          tableId: told.fromTableId!,
          reason: m.cancelReason ?? "",
        });
      continue;
    }
    if (m.slotId !== told.fromSlotId || m.tableId !== told.fromTableId)
      out.push({
        kind: "moved",
        meetingId,
        partnerId,
        slotId: m.slotId,
        tableId: m.tableId,
        fromSlotId: told.fromSlotId!,
        fromTableId: told.fromTableId!,
      });
  }
  return out;
}

/** Whether a firm's untold changes are due by mail: the quiet period has passed since its latest one. */
export function quietPeriodOver(changes: readonly { createdAt: Date }[], now: Date, quietMinutes: number): boolean {
  const latest = Math.max(...changes.map((c) => c.createdAt.getTime()));
  return changes.length > 0 && now.getTime() - latest >= quietMinutes * 60_000;
}
