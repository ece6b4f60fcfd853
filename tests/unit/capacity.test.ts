// Capacity against demand, and the fix each unplaced meeting's hint names.
import { describe, expect, it } from "vitest";
import { capacityReport, unplacedHints } from "@/lib/meetings/capacity";
import type { Instance, Schedule } from "@/lib/scheduling/instance";

const slots = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, session: "day" }));

/** The demo's shape: 16 slots, 4 ja–vi tables, 70 meetings needing them, each between two firms of their own. */
function interpreterShort() {
  const meetings = Array.from({ length: 70 }, (_, i) => ({
    id: `m${i}`,
    participants: [`vn${i}`, `jp${i}`] as [string, string],
    priority: 1,
    interpreter: "ja-vi",
  }));
  const inst: Instance = {
    name: "t",
    slots: slots(16),
    tables: [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `i${i}`, interpreter: "ja-vi" })),
      ...Array.from({ length: 20 }, (_, i) => ({ id: `p${i}` })),
    ],
    participants: meetings.flatMap((m) => m.participants.map((id) => ({ id, unavailable: [] }))),
    meetings,
    fixed: [],
  };
  const assignments = meetings
    .slice(0, 64)
    .map((m, i) => ({ meeting: m.id, slot: `s${i % 16}`, table: `i${Math.floor(i / 16)}` }));
  return { inst, schedule: { assignments, unscheduled: meetings.slice(64).map((m) => m.id) } as Schedule };
}

describe("capacity", () => {
  it("counts interpreter meetings per pair against the pair's table-slots", () => {
    const { inst, schedule } = interpreterShort();
    const r = capacityReport(inst, schedule, null);
    expect(r.tableSlots).toBe(16 * 24);
    expect(r.pairs).toEqual([{ pair: "ja-vi", demanded: 70, tables: 4, places: 64, moreTables: 1 }]);
    expect(r.firmsOver).toEqual([]);
  });

  it("says one more interpreter table places the six meetings left out", () => {
    const { inst, schedule } = interpreterShort();
    const hints = unplacedHints(
      inst,
      schedule,
      schedule.unscheduled.map((id) => ({ meetingId: id, reason: "noTable" })),
      null,
    );
    expect(hints.size).toBe(6);
    expect(hints.get("m64")).toEqual({
      kind: "moreInterpreterTables",
      pair: "ja-vi",
      demanded: 70,
      places: 64,
      tables: 1,
      placesMeetings: 6,
    });
  });

  it("counts only the waiting meetings whose firms are under the cap: a firm at the cap takes none at a new table", () => {
    // Two of the six waiting meetings are with a firm that already has its one meeting (cap 1).
    const { inst, schedule } = interpreterShort();
    const atCap = {
      ...inst,
      meetings: inst.meetings.map((m, i) => (i === 64 || i === 65 ? { ...m, participants: ["vn0", `jp${i}`] } : m)),
    } as Instance;
    const waiting = schedule.unscheduled.map((id) => ({ meetingId: id, reason: "noTable" }));
    expect(unplacedHints(atCap, schedule, waiting, 1).get("m66")).toMatchObject({ placesMeetings: 4 });
    // Without a cap the same tables place all six (vn0 meets at a slot it is free in).
    expect(unplacedHints(atCap, schedule, waiting, null).get("m66")).toMatchObject({ placesMeetings: 6 });
    // An online meeting counts for the cap: jp66 and jp67, with one online meeting each, are at a cap of 1.
    const online = new Map([
      ["jp66", 1],
      ["jp67", 1],
    ]);
    expect(unplacedHints(inst, schedule, waiting, 1, online).get("m68")).toMatchObject({ placesMeetings: 4 });
    expect(unplacedHints(inst, schedule, waiting, 2, online).get("m68")).toMatchObject({ placesMeetings: 6 });
  });

  it("finds a free cell both firms share, a meeting to move out of the way, or says they share no slot", () => {
    const inst: Instance = {
      name: "t",
      slots: slots(2),
      tables: [{ id: "t1" }],
      participants: ["a", "b", "c", "d", "e"].map((id) => ({ id, unavailable: id === "e" ? ["s0", "s1"] : [] })),
      meetings: [
        { id: "ab", participants: ["a", "b"], priority: 1 },
        { id: "cd", participants: ["c", "d"], priority: 1 },
        { id: "ae", participants: ["a", "e"], priority: 1 },
      ],
      fixed: [],
    };
    // ab at s0 on the only table; cd left out although s1 is free: a free cell.
    const free = unplacedHints(
      inst,
      { assignments: [{ meeting: "ab", slot: "s0", table: "t1" }], unscheduled: ["cd"] },
      [{ meetingId: "cd", reason: "noTable" }],
    );
    expect(free.get("cd")).toEqual({ kind: "freeCell", slots: ["s0", "s1"], cell: { slot: "s1", table: "t1" } });
    // cd took s1, ab sits at s0: moving ab cannot help (s1 is full) -> tables full at the slots both are free.
    const full = unplacedHints(
      { ...inst, meetings: [...inst.meetings, { id: "bc", participants: ["b", "c"], priority: 1 }] },
      {
        assignments: [
          { meeting: "ab", slot: "s0", table: "t1" },
          { meeting: "cd", slot: "s1", table: "t1" },
        ],
        unscheduled: [],
      },
      [{ meetingId: "ae", reason: "noCommonSlot" }],
    );
    expect(full.get("ae")).toEqual({ kind: "noCommonSlot" });
  });

  it("moves one other meeting when that frees a place", () => {
    const inst: Instance = {
      name: "t",
      slots: slots(2),
      tables: [{ id: "t1" }, { id: "t2" }],
      participants: ["a", "b", "c"].map((id) => ({ id, unavailable: id === "c" ? ["s1"] : [] })),
      meetings: [
        { id: "ab", participants: ["a", "b"], priority: 1 },
        { id: "ac", participants: ["a", "c"], priority: 1 },
      ],
      fixed: [],
    };
    // ab sits at s0, the only slot c can meet in: move ab to s1 and ac fits at s0.
    const hints = unplacedHints(
      inst,
      { assignments: [{ meeting: "ab", slot: "s0", table: "t1" }], unscheduled: ["ac"] },
      [{ meetingId: "ac", reason: "partnersBusy" }],
    );
    expect(hints.get("ac")).toEqual({
      kind: "moveOther",
      other: "ab",
      to: { slot: "s1", table: "t1" },
      cell: { slot: "s0", table: "t1" },
    });
  });

  it("offers a meeting held back by the cap a place over the cap", () => {
    const inst: Instance = {
      name: "t",
      slots: slots(2),
      tables: [{ id: "t1" }],
      participants: ["a", "b", "c"].map((id) => ({ id, unavailable: [] })),
      meetings: [
        { id: "ab", participants: ["a", "b"], priority: 1 },
        { id: "ac", participants: ["a", "c"], priority: 1 },
      ],
      fixed: [],
    };
    const hints = unplacedHints(
      inst,
      { assignments: [{ meeting: "ab", slot: "s0", table: "t1" }], unscheduled: ["ac"] },
      [{ meetingId: "ac", reason: "cap", firmId: "a" }],
      1,
    );
    expect(hints.get("ac")).toEqual({
      kind: "overCap",
      firmId: "a",
      cap: 1,
      cell: { slot: "s1", table: "t1" },
      move: null,
      slots: ["s1"],
    });
    expect(capacityReport(inst, { assignments: [], unscheduled: [] }, 1).firmsOver).toEqual([
      { firmId: "a", demanded: 2, available: 2 },
    ]);
  });
});
