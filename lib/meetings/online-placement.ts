// Placing a scheduler run's online meetings, as a pure decision. They compete for no table, only for both firms'
// slot, so they are placed after the in-person solution (which competes for tables), one at a time in priority
// order: each in a slot where neither firm is blocked (marked away, a tour) nor already meeting (the event's
// meetings, the run's in-person placements, the online meetings placed before it), while both firms are under
// the event's cap per firm.
//
// Which slot: the one that adds the fewest breaks to the two firms' days (a break as the scheduler counts it: an
// idle run strictly between two of a firm's meetings in one session), the earliest of those on a tie. The
// earliest free slot alone would put a firm whose meetings are in the afternoon on a morning call and leave it
// waiting in between; minimising breaks is the scheduler's own second objective, so the firms' days stay as
// compact as the in-person solution made them, and a firm with no meetings yet starts at the beginning.

export type OnlineSlot = { id: string; session: string | null };
export type OnlineCandidate = { id: string; participants: readonly [string, string] };
export type OnlineUnplacedReason = "cap" | "noCommonSlot" | "partnersBusy";

export type OnlinePlacementInput = {
  /** The event's slots in time order. */
  slots: readonly OnlineSlot[];
  /** The online requests waiting for a place, most important first. */
  requests: readonly OnlineCandidate[];
  /** Per firm, the slots it cannot meet in for another reason than a meeting (marked away, a tour). */
  blocked: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per firm, the slots of its meetings so far (placed, and placed by this run in person). */
  meeting: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per firm, its meetings so far, for the cap. */
  count: ReadonlyMap<string, number>;
  cap: number | null;
};

export type OnlinePlacementResult = {
  placements: { requestId: string; slotId: string }[];
  unplaced: { requestId: string; reason: OnlineUnplacedReason; firmId?: string }[];
};

export function chooseOnlineSlots(input: OnlinePlacementInput): OnlinePlacementResult {
  const { slots, cap } = input;
  const index = new Map(slots.map((s, i) => [s.id, i]));
  // Per firm, which slot indexes hold one of its meetings (grows as this run places online meetings).
  const busy = new Map<string, boolean[]>();
  const busyOf = (firm: string) => {
    let row = busy.get(firm);
    if (!row) {
      row = new Array<boolean>(slots.length).fill(false);
      for (const id of input.meeting.get(firm) ?? []) {
        const i = index.get(id);
        if (i !== undefined) row[i] = true;
      }
      busy.set(firm, row);
    }
    return row;
  };
  const count = new Map(input.count);
  const placements: OnlinePlacementResult["placements"] = [];
  const unplaced: OnlinePlacementResult["unplaced"] = [];

  /** How many breaks placing a meeting of `firm` at slot i adds (negative: it fills a gap). */
  const addedBreaks = (firm: string, i: number) => {
    const row = busyOf(firm);
    let prev = i - 1;
    while (prev >= 0 && !row[prev]) prev--;
    let next = i + 1;
    while (next < slots.length && !row[next]) next++;
    // Consecutive meetings of one session with idle slots between them make a break.
    const gap = (x: number, y: number) =>
      x >= 0 && y < slots.length && y - x > 1 && slots[x]!.session === slots[y]!.session ? 1 : 0;
    return gap(prev, i) + gap(i, next) - gap(prev, next);
  };

  for (const r of input.requests) {
    const [a, b] = r.participants;
    const full = r.participants.find((f) => cap !== null && (count.get(f) ?? 0) >= cap);
    if (full) {
      unplaced.push({ requestId: r.id, reason: "cap", firmId: full });
      continue;
    }
    const open = slots
      .map((_, i) => i)
      .filter((i) => r.participants.every((f) => !input.blocked.get(f)?.has(slots[i]!.id)));
    if (open.length === 0) {
      unplaced.push({ requestId: r.id, reason: "noCommonSlot" });
      continue;
    }
    let best = -1;
    let bestCost = Infinity;
    for (const i of open) {
      if (busyOf(a)[i] || busyOf(b)[i]) continue;
      const cost = addedBreaks(a, i) + addedBreaks(b, i);
      if (cost < bestCost) [best, bestCost] = [i, cost];
    }
    if (best < 0) {
      unplaced.push({ requestId: r.id, reason: "partnersBusy" });
      continue;
    }
    placements.push({ requestId: r.id, slotId: slots[best]!.id });
    for (const f of r.participants) {
      busyOf(f)[best] = true;
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  return { placements, unplaced };
}
