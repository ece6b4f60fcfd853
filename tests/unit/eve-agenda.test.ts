import { describe, expect, it } from "vitest";
import { eveAgendaLines, type EveItem, type EveWords } from "@/lib/reminders/eve-agenda";

const words: EveWords = {
  meeting: ({ time, firm, table }) => `${time} | table ${table} | ${firm}`,
  meetingOnline: ({ time, firm, link }) => `${time} | online ${link} | ${firm}`,
  tour: ({ time, tour, place }) => `${time} | ${tour} @ ${place}`,
};
// 09:00 in Hanoi on 4 February 2027.
const day1 = new Date("2027-02-04T02:00:00Z");
const at = (minutes: number) => new Date(day1.getTime() + minutes * 60_000);

describe("the evening-before list", () => {
  const items: EveItem[] = [
    { kind: "tour", startsAt: at(300), endsAt: at(420), tour: "Factory visit", meetingPoint: "Gate B" },
    { kind: "meeting", startsAt: at(20), endsAt: at(40), firm: "Takumi Labs (株式会社匠ラボ)", table: 9 },
  ];

  it("is in time order, each time in the event's zone and labelled", () => {
    expect(eveAgendaLines(items, day1, "Asia/Ho_Chi_Minh", "en", words)).toEqual([
      "09:20–09:40 ICT (UTC+7) | table 9 | Takumi Labs (株式会社匠ラボ)",
      "14:00–16:00 ICT (UTC+7) | Factory visit @ Gate B",
    ]);
  });

  it("reads the same in Tokyo's zone for an event held there", () => {
    expect(eveAgendaLines(items.slice(1), day1, "Asia/Tokyo", "ja", words)).toEqual([
      "11:20–11:40 JST (UTC+9) | table 9 | Takumi Labs (株式会社匠ラボ)",
    ]);
  });

  it("adds the date on the event's later days, in the reader's language", () => {
    const second: EveItem = { kind: "meeting", startsAt: at(1440), endsAt: at(1460), firm: "Rạng Đông", table: 2 };
    const [first, next] = eveAgendaLines([second, items[1]!], day1, "Asia/Ho_Chi_Minh", "vi", words);
    expect(first).toBe("09:20–09:40 ICT (UTC+7) | table 9 | Takumi Labs (株式会社匠ラボ)");
    expect(next).toMatch(/^Thứ Sáu, 5 tháng 2, 2027 09:00–09:20 ICT \(UTC\+7\) \| table 2 \| Rạng Đông$/);
  });

  it("gives an online meeting its video room instead of a table", () => {
    const online: EveItem = {
      kind: "meeting",
      startsAt: at(60),
      endsAt: at(80),
      firm: "Rạng Đông",
      table: null,
      link: "https://meet.example.org/kakehashi-abc",
    };
    expect(eveAgendaLines([online], day1, "Asia/Ho_Chi_Minh", "en", words)).toEqual([
      "10:00–10:20 ICT (UTC+7) | online https://meet.example.org/kakehashi-abc | Rạng Đông",
    ]);
  });

  it("is empty without meetings or tours", () => {
    expect(eveAgendaLines([], day1, "Asia/Ho_Chi_Minh", "en", words)).toEqual([]);
  });
});
