// Clears the current event's matching day (sessions, tables, requests, meetings, runs, open slots,
// unavailability) and turns self-booking off: what the end-to-end suite starts from, so it can run again on
// the same database. Firms, people, tours and consortiums stay.
import "dotenv/config";
import { db } from "../lib/db";
import { clearMatchingDay } from "../prisma/seed/matching-day";

async function main() {
  const event = await db.event.findFirst({ orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }] });
  if (!event) return;
  await clearMatchingDay(event.id, { setup: true });
  console.log(`reset-matching-day: ${event.slug} cleared`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
