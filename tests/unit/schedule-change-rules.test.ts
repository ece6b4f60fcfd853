// What a firm is told: the difference between what it last heard and the meeting now.
import { describe, expect, it } from "vitest";
import { netNotices, quietPeriodOver, type MeetingNow, type UntoldChange } from "@/lib/meetings/schedule-change-rules";

const t = (minute: number) => new Date(Date.UTC(2027, 0, 1, 9, minute));
const meeting = (over: Partial<MeetingNow> = {}): MeetingNow => ({
  id: "m",
  firmAId: "a",
  firmBId: "b",
  status: "SCHEDULED",
  slotId: "s2",
  tableId: "t2",
  cancelReason: null,
  ...over,
});
const moved = (from: [string, string], minute: number): UntoldChange => ({
  meetingId: "m",
  kind: "MOVED",
  fromSlotId: from[0],
  fromTableId: from[1],
  createdAt: t(minute),
});

describe("net change notices", () => {
  it("a move there and back tells nothing; two moves tell one, from the place the firm knew", () => {
    const back = netNotices("a", [moved(["s2", "t2"], 1), moved(["s5", "t1"], 2)], new Map([["m", meeting()]]));
    expect(back).toEqual([]);
    const twice = netNotices("a", [moved(["s1", "t1"], 1), moved(["s5", "t1"], 2)], new Map([["m", meeting()]]));
    expect(twice).toEqual([
      {
        kind: "moved",
        meetingId: "m",
        partnerId: "b",
        slotId: "s2",
        tableId: "t2",
        fromSlotId: "s1",
        fromTableId: "t1",
      },
    ]);
  });

  it("a new meeting is news; one created and cancelled before anyone heard of it is not", () => {
    const created: UntoldChange = {
      meetingId: "m",
      kind: "CREATED",
      fromSlotId: null,
      fromTableId: null,
      createdAt: t(1),
    };
    expect(netNotices("b", [created, moved(["s1", "t1"], 2)], new Map([["m", meeting()]]))).toEqual([
      { kind: "new", meetingId: "m", partnerId: "a", slotId: "s2", tableId: "t2" },
    ]);
    expect(netNotices("b", [created], new Map([["m", meeting({ status: "CANCELLED" })]]))).toEqual([]);
    expect(netNotices("b", [created], new Map())).toEqual([]);
  });

  it("a cancellation names the place the firm knew and the reason", () => {
    const notices = netNotices(
      "a",
      [moved(["s1", "t1"], 1), { ...moved(["s2", "t2"], 2), kind: "CANCELLED" }],
      new Map([["m", meeting({ status: "CANCELLED", cancelReason: "Firm B withdrew" })]]),
    );
    expect(notices).toEqual([
      { kind: "cancelled", meetingId: "m", partnerId: "b", slotId: "s1", tableId: "t1", reason: "Firm B withdrew" },
    ]);
  });

  it("waits for the quiet period after a firm's latest change", () => {
    const rows = [{ createdAt: t(0) }, { createdAt: t(5) }];
    expect(quietPeriodOver(rows, t(14), 10)).toBe(false);
    expect(quietPeriodOver(rows, t(15), 10)).toBe(true);
    expect(quietPeriodOver([], t(15), 10)).toBe(false);
  });
});
