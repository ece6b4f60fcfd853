// What the end-to-end suite starts from, so it can run again on the same database: the seeded upcoming
// edition is the current one again (a test makes another current and archives it), editions the suite created
// are removed, and the current edition's matching day is cleared (sessions, tables, requests, meetings, runs,
// open slots, unavailability; self-booking off). Firms, people, tours and consortiums stay. It writes what the
// tests need to know of the current edition (its names and date as the pages show them) to var/e2e-event.json.
import "dotenv/config";
import { mkdirSync, writeFileSync } from "node:fs";
import { db } from "../lib/db";
import { formatDate } from "../lib/time/zoned-format";
import { clearMatchingDay } from "../prisma/seed/matching-day";

/** Editions the end-to-end suite creates carry this in their slug. */
export const E2E_EDITION_MARK = "e2e";

async function main() {
  await db.event.deleteMany({ where: { slug: { contains: `-${E2E_EDITION_MARK}` } } });
  const event =
    (await db.event.findFirst({ where: { slug: { endsWith: "-da-nang" } }, orderBy: { startsAt: "desc" } })) ??
    (await db.event.findFirst({ orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }] }));
  if (!event) return;
  await db.$transaction([
    db.event.updateMany({ where: { isCurrent: true, id: { not: event.id } }, data: { isCurrent: false } }),
    db.event.update({ where: { id: event.id }, data: { isCurrent: true, archivedAt: null } }),
  ]);
  await clearMatchingDay(event.id, { setup: true });
  mkdirSync("var", { recursive: true });
  writeFileSync(
    "var/e2e-event.json",
    JSON.stringify({
      slug: event.slug,
      nameEn: event.nameEn,
      nameJa: event.nameJa,
      nameVi: event.nameVi,
      timeZone: event.timeZone,
      dateEn: formatDate(event.startsAt, event.timeZone, "en"),
      dateJa: formatDate(event.startsAt, event.timeZone, "ja"),
    }),
  );
  console.log(`reset-matching-day: ${event.slug} current and cleared`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
