// The schedule grid's cells and the reasons it gives for refusing one, on a small hand-made event.
import { describe, expect, it } from "vitest";
import { gridView, ScheduleGrid, type GridFacts } from "@/lib/meetings/schedule-grid";

const at = (h: number) => new Date(Date.UTC(2027, 1, 4, h - 7, 0));
function facts(over: Partial<GridFacts> = {}): GridFacts {
  return {
    eventId: "e",
    timeZone: "Asia/Ho_Chi_Minh",
    cap: null,
    slots: [9, 10, 11].map((h) => ({ id: `s${h}`, startsAt: at(h), endsAt: at(h + 1), sessionId: "am" })),
    tables: [
      { id: "t1", number: 1, interpreter: null },
      { id: "t2", number: 2, interpreter: "ja-vi" },
    ],
    firms: [
      { id: "vn1", nameLocal: "Sao Việt", nameEn: "Sao Viet", country: "VN" },
      { id: "vn2", nameLocal: "Hà Nội Soft", nameEn: "Hanoi Soft", country: "VN" },
      { id: "jp1", nameLocal: "彩システムズ", nameEn: "Aya Systems", country: "JP" },
      { id: "jp2", nameLocal: "東京データ", nameEn: "Tokyo Data", country: "JP" },
    ],
    meetings: [
      {
        id: "m1",
        requestId: "r1",
        slotId: "s9",
        tableId: "t1",
        firmAId: "vn1",
        firmBId: "jp1",
        status: "SCHEDULED",
        source: "SCHEDULER",
        overCap: false,
        interpreter: null,
      },
    ],
    unavailable: [{ firmId: "vn2", slotId: "s10" }],
    tourHolds: [{ firmId: "jp2", slotId: "s11", tourId: "tour1" }],
    unplaced: [],
    planned: [],
    ...over,
  };
}

describe("schedule grid", () => {
  it("marks each cell free, taken by its meeting, unavailable or on a tour", () => {
    const g = new ScheduleGrid(facts());
    expect(g.tableCell(0, 0)?.id).toBe("m1");
    expect(g.tableCell(0, 1)).toBeNull();
    expect(g.firmCell("vn1", 0)).toEqual({ kind: "meeting", meetingId: "m1" });
    expect(g.firmCell("vn2", 1)).toEqual({ kind: "unavailable" });
    expect(g.firmCell("jp2", 2)).toEqual({ kind: "tour", tourId: "tour1" });
    expect(g.firmCell("jp2", 0)).toEqual({ kind: "free" });
    expect(g.meetingsOf("vn1")).toBe(1);
  });

  it("says why a cell is refused, with the same reasons as the placement rules", () => {
    const g = new ScheduleGrid(facts());
    const place = { firms: ["vn2", "jp1"] as const, interpreter: "ja-vi" };
    // 09:00 at table 1: jp1 is busy with m1, the table is taken, and it has no interpreter.
    expect(
      g
        .refusals(place, 0, 0)
        .map((r) => r.reason)
        .sort(),
    ).toEqual(["busy", "interpreter", "tableTaken"]);
    expect(g.refusals(place, 1, 1)).toEqual([{ reason: "unavailable", firmId: "vn2" }]);
    expect(g.refusals(place, 2, 1)).toEqual([]);
    expect(g.refusals({ firms: ["vn2", "jp2"], interpreter: null }, 2, 0)).toEqual([{ reason: "tour", firmId: "jp2" }]);
    // Moving m1 within its own slot: it does not stand in its own way.
    expect(g.refusals({ firms: ["vn1", "jp1"], interpreter: null, exceptMeetingId: "m1" }, 0, 0)).toEqual([]);
  });

  it("refuses a firm at the cap unless over the cap is asked for, and keeps the preview's cells free", () => {
    const g = new ScheduleGrid(
      facts({ cap: 1, planned: [{ requestId: "r9", slotId: "s11", tableId: "t1", firmAId: "vn2", firmBId: "jp2" }] }),
    );
    expect(g.refusals({ firms: ["vn1", "jp2"], interpreter: null }, 1, 0)).toEqual([{ reason: "cap", firmId: "vn1" }]);
    expect(g.refusals({ firms: ["vn1", "jp2"], interpreter: null, overCap: true }, 1, 0)).toEqual([]);
    expect(g.firmCell("vn2", 2)).toEqual({ kind: "planned", requestId: "r9" });
    expect(g.refusals({ firms: ["vn1", "jp1"], interpreter: null, exceptMeetingId: "m1" }, 2, 0)).toEqual([
      { reason: "plannedTable", table: 1 },
    ]);
    expect(g.openCells({ firms: ["vn1", "jp1"], interpreter: null, exceptMeetingId: "m1" })).toEqual([
      { slotIdx: 0, tableIdx: 0 },
      { slotIdx: 0, tableIdx: 1 },
      { slotIdx: 1, tableIdx: 0 },
      { slotIdx: 1, tableIdx: 1 },
      { slotIdx: 2, tableIdx: 1 },
    ]);
  });

  it("a preview's online placement (no table) holds both firms' cell and no table", () => {
    const g = new ScheduleGrid(
      facts({ planned: [{ requestId: "r8", slotId: "s10", tableId: null, firmAId: "vn1", firmBId: "jp2" }] }),
    );
    expect(g.firmCell("vn1", 1)).toEqual({ kind: "planned", requestId: "r8" });
    expect(g.firmCell("jp2", 1)).toEqual({ kind: "planned", requestId: "r8" });
    expect([g.plannedCell(0, 1), g.plannedCell(1, 1)]).toEqual([null, null]);
    expect(g.refusals({ firms: ["vn1", "jp1"], interpreter: null }, 1, 0)).toEqual([
      { reason: "plannedFirm", firmId: "vn1" },
    ]);
  });

  it("filters by firm name in any script, country, table and interpreter pair, and pages the firms", () => {
    const g = new ScheduleGrid(facts());
    expect(gridView(g, { q: "sao viet" }).firmRows.map((r) => r.firm.id)).toEqual(["vn1"]);
    expect(gridView(g, { q: "システム" }).firmRows.map((r) => r.firm.id)).toEqual(["jp1"]);
    expect(gridView(g, { country: "JP" }).totalFirms).toBe(2);
    const byTable = gridView(g, { table: 1 });
    expect(byTable.tables.map((t) => t.table.number)).toEqual([1]);
    expect(byTable.firmRows.map((r) => r.firm.id).sort()).toEqual(["jp1", "vn1"]);
    expect(gridView(g, { pair: "ja-vi" }).tables.map((t) => t.table.number)).toEqual([2]);
    const paged = gridView(g, { pageSize: 3, page: 2 });
    expect([paged.pages, paged.page, paged.firmRows.length]).toEqual([2, 2, 1]);
    expect(gridView(g, { pageSize: 3, page: 99 }).page).toBe(2);
  });
});
