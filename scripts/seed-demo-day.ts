// Puts the demo's matching day on the current event again (sessions, 24 tables with 4 ja–vi interpreter tables,
// the firms' meeting requests), after clearing what is there: for the schedule-control end-to-end test, which the
// e2e database (seeded --bare) does not have, and for trying the schedule's tools again on the demo.
// --future dates the day a year from now (so a publication can still be undone); --cap N sets the cap per firm;
// --extra-tables N adds N tables without an interpreter.
import "dotenv/config";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { clearMatchingDay, seedMatchingDay } from "../prisma/seed/matching-day";
import type { GeneratedFirm } from "../prisma/seed/generate-firms";

async function main() {
  const { values } = parseArgs({
    options: { future: { type: "boolean" }, cap: { type: "string" }, "extra-tables": { type: "string" } },
  });
  const event = await db.event.findFirstOrThrow({ orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }] });
  await clearMatchingDay(event.id, { setup: true });
  // The seed's own order of the firms, as the demo seed made them (their ids are numbered in that order).
  const firms = (await db.firm.findMany({
    where: { id: { startsWith: "seed-firm-" } },
    orderBy: { id: "asc" },
    select: { id: true, country: true, status: true },
  })) as unknown as GeneratedFirm[];
  const admins = await db.membership.findMany({
    where: { role: "FIRM_ADMIN" },
    select: { firmId: true, userId: true },
  });
  const adminOf = new Map(admins.map((m) => [m.firmId, m.userId]));
  const day = values.future
    ? new Date(Date.UTC(new Date().getUTCFullYear() + 1, event.startsAt.getUTCMonth(), event.startsAt.getUTCDate(), 2))
    : event.startsAt;
  const requests = await seedMatchingDay(
    { ...event, startsAt: day },
    firms,
    "kakehashi-2026",
    (id) => adminOf.get(id) ?? "seed",
    // The requests were made over the two weeks before now, like the demo seed's.
    new Date(),
  );
  // Plain tables beyond the day's 24, numbered after them: room left in the day for the grid's own meetings.
  const extra = Number(values["extra-tables"] ?? 0);
  if (extra > 0) {
    const last = await db.meetingTable.count({ where: { eventId: event.id } });
    await db.meetingTable.createMany({
      data: Array.from({ length: extra }, (_, i) => ({ eventId: event.id, number: last + i + 1, interpreter: null })),
    });
  }
  if (values.cap) await db.event.update({ where: { id: event.id }, data: { meetingCapPerFirm: Number(values.cap) } });
  console.log(
    `seed-demo-day: ${requests} requests on ${day.toISOString().slice(0, 10)}${values.cap ? `, cap ${values.cap}` : ""}`,
  );
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
