import { describe, expect, it } from "vitest";
import { isConfirmed, SAFEGUARD, UNDO_KINDS, UNDO_WINDOW_MS, undoExpiry, undoRefusal } from "@/lib/undo/undo-rules";

const t0 = new Date("2026-02-04T03:00:00Z");
const stamp = new Date("2026-02-04T03:00:00.123Z");
const record = { userId: "u", expiresAt: undoExpiry(t0), undoneAt: null, targetStamp: stamp };

describe("confirm or undo", () => {
  it("every destructive tap named by issue 21 is guarded, and the undo kinds are exactly the 'undo' ones", () => {
    for (const a of ["meeting.noShow", "meeting.cancel", "request.withdraw", "tourSeat.giveUp"] as const)
      expect(SAFEGUARD[a]).toBeDefined();
    expect(
      Object.entries(SAFEGUARD)
        .filter(([, s]) => s === "undo")
        .map(([a]) => a)
        .sort(),
    ).toEqual([...UNDO_KINDS].sort());
    // A tour seat goes to the next person waiting at once: it cannot be put back, so it is confirmed first.
    expect(SAFEGUARD["tourSeat.giveUp"]).toBe("confirm");
  });

  it("the maker may undo once, within the window, while nothing else changed the row", () => {
    expect(undoRefusal(record, "u", new Date(t0.getTime() + 1000), stamp)).toBeNull();
    expect(undoRefusal(record, "u", new Date(t0.getTime() + UNDO_WINDOW_MS), stamp)).toBeNull();
    expect(undoRefusal(record, "u", new Date(t0.getTime() + UNDO_WINDOW_MS + 1), stamp)).toBe("expired");
    expect(undoRefusal(record, "someone else", t0, stamp)).toBe("notYours");
    expect(undoRefusal({ ...record, undoneAt: t0 }, "u", t0, stamp)).toBe("alreadyUndone");
    expect(undoRefusal(record, "u", t0, new Date(stamp.getTime() + 1))).toBe("changedSince");
    expect(undoRefusal(record, "u", t0, null)).toBe("changedSince");
  });

  it("only an explicit confirmation confirms", () => {
    expect(isConfirmed("yes")).toBe(true);
    expect(isConfirmed(true)).toBe(true);
    for (const v of [undefined, null, "", "no", "on", "true", 1]) expect(isConfirmed(v)).toBe(false);
  });
});
