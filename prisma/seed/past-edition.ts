// Japan ICT Day 2026 as it happened: its matching day (requests made in January, most accepted), every
// accepted meeting placed at a slot and table, most of them held and a few missed, what each side said came
// of them, a challenge board with answers and a pilot order, and badges checked in. It is over, so the app shows
// it read-only; its outcomes and reports are what the past edition is for.
import seedrandom from "seedrandom";
import { db } from "../../lib/db";
import type { GeneratedFirm } from "./generate-firms";
import { seedMatchingDay } from "./matching-day";

type Edition = { id: string; startsAt: Date; endsAt: Date; timeZone: string };

const COMMENTS = {
  FOLLOW_UP: [
    "Good fit for our AUTOSAR backlog; second meeting in Tokyo next month.",
    "オフショア体制の説明が具体的で、見積依頼を出すことにしました。",
    "Đối tác hiểu rõ yêu cầu kiểm thử, hẹn gặp lại tại Hà Nội.",
  ],
  NDA: ["NDA signed on the spot; sharing specs next week.", "秘密保持契約を締結しました。"],
  PILOT_ORDER: ["Small pilot ordered: OCR for invoices, three months.", "Đã ký đơn hàng thử nghiệm 3 tháng."],
  NO_FIT: ["Their focus is web, we need embedded.", "Quy mô dự án quá lớn so với đội của chúng tôi."],
} as const;

export async function seedPastEdition(
  event: Edition,
  firms: GeneratedFirm[],
  seedText: string,
  requesterOf: (firmId: string) => string,
  organizerId: string,
) {
  const random = seedrandom(`${seedText}:past-edition`);
  await seedMatchingDay(event, firms, seedText, requesterOf, new Date("2026-01-25T03:00:00Z"), ":2026");

  const [slots, tables, accepted] = await Promise.all([
    db.slot.findMany({ where: { eventId: event.id }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } }),
    db.meetingRequest.findMany({ where: { eventId: event.id, status: "ACCEPTED" }, orderBy: { createdAt: "asc" } }),
  ]);
  const country = new Map(firms.map((f) => [f.id, f.country]));
  // A plain first-fit placement: each meeting at the first slot where both firms are free and a table is,
  // the interpreter tables for Japanese–Vietnamese pairs. (The demo's upcoming edition is where the real
  // scheduler is shown; this only has to be a valid, plausible past.)
  const busy = new Set<string>();
  const tableTaken = new Set<string>();
  const meetings = [];
  const holds = [];
  for (const r of accepted) {
    const needsInterpreter = country.get(r.fromFirmId) !== country.get(r.toFirmId) && random() < 0.3;
    for (const slot of slots) {
      if (busy.has(`${r.fromFirmId}:${slot.id}`) || busy.has(`${r.toFirmId}:${slot.id}`)) continue;
      const table = tables.find(
        (t) => !tableTaken.has(`${t.id}:${slot.id}`) && (needsInterpreter ? t.interpreter === "ja-vi" : !t.interpreter),
      );
      if (!table) continue;
      const roll = random();
      const status = roll < 0.9 ? ("HELD" as const) : ("MISSED" as const);
      const id: string = `seed-past-m-${meetings.length + 1}`;
      meetings.push({
        id,
        eventId: event.id,
        requestId: r.id,
        firmAId: r.fromFirmId,
        firmBId: r.toFirmId,
        slotId: slot.id,
        tableId: table.id,
        source: "SCHEDULER" as const,
        status,
        // A missed meeting freed its table and its firms' holds on the day.
        tableSlotKey: status === "HELD" ? `${table.id}:${slot.id}` : null,
        placedById: organizerId,
        markedById: organizerId,
        noShowFirmId: status === "MISSED" ? (random() < 0.5 ? r.fromFirmId : r.toFirmId) : null,
      });
      if (status === "HELD")
        holds.push(
          { firmId: r.fromFirmId, slotId: slot.id, meetingId: id },
          { firmId: r.toFirmId, slotId: slot.id, meetingId: id },
        );
      busy.add(`${r.fromFirmId}:${slot.id}`);
      busy.add(`${r.toFirmId}:${slot.id}`);
      tableTaken.add(`${table.id}:${slot.id}`);
      break;
    }
  }
  for (let i = 0; i < meetings.length; i += 500) await db.meeting.createMany({ data: meetings.slice(i, i + 500) });
  for (let i = 0; i < holds.length; i += 500) await db.firmSlotHold.createMany({ data: holds.slice(i, i + 500) });

  // What each side said came of the meetings held (most firms answer; a few never do).
  const outcomes = [];
  const kinds = ["FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP", "NDA", "PILOT_ORDER", "NO_FIT"] as const;
  for (const m of meetings.filter((m) => m.status === "HELD")) {
    for (const firmId of [m.firmAId, m.firmBId]) {
      if (random() < 0.15) continue;
      const outcome = kinds[Math.floor(random() * kinds.length)]!;
      const comments = COMMENTS[outcome];
      outcomes.push({
        meetingId: m.id,
        firmId,
        rating: outcome === "NO_FIT" ? 2 + Math.floor(random() * 2) : 4 + Math.floor(random() * 2),
        outcome,
        comment: random() < 0.6 ? comments[Math.floor(random() * comments.length)]! : "",
        byId: requesterOf(firmId),
      });
    }
  }
  for (let i = 0; i < outcomes.length; i += 500)
    await db.meetingOutcome.createMany({ data: outcomes.slice(i, i + 500) });

  await seedChallengeBoard(event, firms, requesterOf);

  // Everyone of a firm that met somebody came through the door.
  const present = new Set(meetings.flatMap((m) => [m.firmAId, m.firmBId]));
  const people = await db.membership.findMany({ where: { firmId: { in: [...present] } }, select: { userId: true } });
  const arrived = new Date(event.startsAt.getTime() + 20 * 60_000);
  await db.badge.createMany({
    data: [...new Set(people.map((p) => p.userId))].map((userId, i) => ({
      eventId: event.id,
      userId,
      code: `P26-${String(i + 1).padStart(5, "0")}`,
      checkedInAt: new Date(arrived.getTime() + (i % 90) * 60_000),
      checkedInById: organizerId,
    })),
  });
  return { meetings: meetings.length, outcomes: outcomes.length };
}

/** Two real problems posted by Japanese firms, answered by Vietnamese ones; one answer became a pilot order. */
async function seedChallengeBoard(event: Edition, firms: GeneratedFirm[], requesterOf: (firmId: string) => string) {
  const jp = firms.filter((f) => f.country === "JP");
  const vn = firms.filter((f) => f.country === "VN");
  if (jp.length < 2 || vn.length < 3) return;
  const challenges = [
    {
      firm: jp[0]!,
      title: "紙の検査記録をデジタル化したい（手書き文字のOCR）",
      description:
        "工場の検査記録（手書き、月2万枚）をデータ化し、品質管理システムに連携したい。精度95%以上、日本語の手書き文字に対応できるパートナーを探しています。",
      budgetBand: "K100_500" as const,
      languages: "ja",
      answers: [
        {
          firm: vn[0]!,
          body: "Chúng tôi đã triển khai AI-OCR chữ viết tay tiếng Nhật cho 3 nhà máy (độ chính xác 97%). Đề xuất PoC 6 tuần.",
          pilot: { scope: "6週間のPoC：検査記録2,000枚のOCRと品質管理システム連携", valueBand: "UNDER_100K" as const },
        },
        {
          firm: vn[1]!,
          body: "We build OCR pipelines on Azure Document Intelligence with a human review step for low-confidence fields.",
        },
      ],
    },
    {
      firm: jp[1]!,
      title: "Legacy COBOL billing system: migration partner for 2027",
      description:
        "Our billing system (1.2M lines of COBOL on a mainframe) must move to Java on AWS by 2028. We look for a partner with mainframe migration references and Japanese-speaking project managers.",
      budgetBand: "M2_10" as const,
      languages: "en,ja",
      answers: [
        {
          firm: vn[2]!,
          body: "COBOL→Java migrations for two Japanese insurers (BrSE team of 12, JLPT N1). Happy to share the approach.",
        },
      ],
    },
  ];
  for (const c of challenges) {
    const challenge = await db.challenge.create({
      data: {
        eventId: event.id,
        firmId: c.firm.id,
        // Each was written in one language (the first it lists); readers of others see the "written in" note.
        ...(c.languages.startsWith("ja")
          ? { titleJa: c.title, descriptionJa: c.description }
          : { titleEn: c.title, descriptionEn: c.description }),
        budgetBand: c.budgetBand,
        languages: c.languages,
        createdById: requesterOf(c.firm.id),
        createdAt: new Date("2026-01-12T02:00:00Z"),
      },
    });
    for (const a of c.answers) {
      const answer = await db.challengeAnswer.create({
        data: {
          challengeId: challenge.id,
          firmId: a.firm.id,
          body: a.body,
          shortlisted: "pilot" in a,
          createdById: requesterOf(a.firm.id),
        },
      });
      if ("pilot" in a && a.pilot)
        await db.pilotOrder.create({
          data: {
            answerId: answer.id,
            scope: a.pilot.scope,
            valueBand: a.pilot.valueBand,
            orderedOn: new Date("2026-02-04T00:00:00Z"),
            createdById: requesterOf(c.firm.id),
          },
        });
    }
  }
}
