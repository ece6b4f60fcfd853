import { describe, expect, it } from "vitest";
import { planCopiedSetup } from "@/lib/event-setup/copy-plan";
import { localInstant } from "@/lib/time/event-time";

const HCM = "Asia/Ho_Chi_Minh";

describe("copying an edition's set-up", () => {
  it("keeps local times and the day relative to the first day, in the target's own zone", () => {
    const source = {
      startsAt: localInstant("2026-02-04", "08:30", HCM),
      timeZone: HCM,
      requestDeadline: localInstant("2026-01-21", "23:59", HCM),
      registrationClosesAt: localInstant("2026-01-14", "17:00", HCM),
      sessions: [
        {
          name: "Morning",
          nameJa: "午前の部",
          nameVi: "Buổi sáng",
          startsAt: localInstant("2026-02-04", "09:00", HCM),
          endsAt: localInstant("2026-02-04", "12:00", HCM),
          slotMinutes: 20,
          breakMinutes: 5,
        },
        {
          name: "Day two",
          startsAt: localInstant("2026-02-05", "13:30", HCM),
          endsAt: localInstant("2026-02-05", "17:00", HCM),
          slotMinutes: 30,
          breakMinutes: 0,
        },
      ],
    };
    const plan = planCopiedSetup(source, {
      startsAt: localInstant("2027-03-01", "08:00", "Asia/Tokyo"),
      timeZone: "Asia/Tokyo",
    });
    expect(plan.sessions).toEqual([
      {
        name: "Morning",
        nameJa: "午前の部",
        nameVi: "Buổi sáng",
        date: "2027-03-01",
        start: "09:00",
        end: "12:00",
        slotMinutes: 20,
        breakMinutes: 5,
      },
      {
        name: "Day two",
        nameJa: "",
        nameVi: "",
        date: "2027-03-02",
        start: "13:30",
        end: "17:00",
        slotMinutes: 30,
        breakMinutes: 0,
      },
    ]);
    // Two weeks before the first day, at the same local time; across a month end.
    expect(plan.deadline).toEqual({ date: "2027-02-15", time: "23:59" });
    // Registration closed three weeks before the first day: so it does next year.
    expect(plan.registrationCloses).toEqual({ date: "2027-02-08", time: "17:00" });
  });

  it("has no deadlines when the source had none", () => {
    const at = localInstant("2026-02-04", "08:30", HCM);
    expect(
      planCopiedSetup(
        { startsAt: at, timeZone: HCM, requestDeadline: null, sessions: [] },
        { startsAt: at, timeZone: HCM },
      ),
    ).toEqual({ sessions: [], deadline: null, registrationCloses: null });
  });
});
