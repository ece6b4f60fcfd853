// Long writes killed halfway (kill -9 of the process, inside its transaction) leave the database as it was:
// a CSV import and the publishing of a scheduler run. Each runs in a child process that signals when it is
// inside the transaction and then waits there; the test kills it, checks nothing stayed, and that the same
// work then goes through (no lock or half-written row left behind).
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearMatchingDay } from "@/prisma/seed/matching-day";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { demoActor } from "../support/demo-actor";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { activePairKey } from "@/lib/meetings/request-rules";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { commitFirmImport } from "@/lib/firms/csv/import-firms";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { generatedFirmCsv } from "@/prisma/seed/generated-firm-csv";

let organizer: LoadedActor, eventId: string;

const clear = () => clearMatchingDay(eventId);

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  await clearMatchingDay(eventId, { setup: true });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2026-02-04",
    start: "09:00",
    end: "12:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 10 });
});
afterAll(async () => {
  await clearMatchingDay(eventId, { setup: true });
  await db.$disconnect();
});

/** Starts the child, waits until it is inside its transaction, kills it (SIGKILL) and waits for it to go. */
function killHalfway(...args: string[]): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "tests/support/interrupted-child.ts", ...args], {
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    let errors = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the child never reached its transaction: ${errors}`));
    }, 90_000);
    child.stderr.on("data", (d) => (errors += d));
    child.stdout.on("data", (d) => {
      output += d;
      // npx runs tsx, which runs node: kill the whole group so the process holding the transaction dies.
      if (output.includes("progress")) process.kill(-child.pid!, "SIGKILL");
    });
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      // npx exits first; the node process holding the transaction (and SQLite's lock) may take a moment longer
      // on a loaded machine: wait until the whole group is gone, or the next write waits out the busy timeout.
      const gone = () => {
        try {
          process.kill(-child.pid!, 0);
          setTimeout(gone, 50);
        } catch {
          resolve({ signal, output });
        }
      };
      gone();
    });
  }).then((r) => r as { signal: NodeJS.Signals | null; output: string });
}

describe("interrupted writes", () => {
  it("a CSV import killed halfway stores no firm; the same file then imports whole", async () => {
    const before = await db.firm.count();
    const started = new Date();
    const { output } = await killHalfway("import", "450");
    expect(output).toContain("progress");
    expect(output).not.toContain("finished");
    expect(await db.firm.count()).toBe(before);
    expect(await db.firm.count({ where: { createdAt: { gte: started } } })).toBe(0);

    const result = await commitFirmImport(
      organizer,
      generatedFirmCsv(450, "interrupted-import"),
      await loadTaxonomy(),
      { decisions: {}, approve: true },
    );
    expect(result.created).toBeGreaterThan(300);
    expect(await db.firm.count()).toBe(before + result.created);
    await db.firm.deleteMany({ where: { createdAt: { gte: started } } });
    expect(await db.firm.count()).toBe(before);
  }, 180_000);

  it("publishing a scheduler run killed halfway places no meeting; the preview can then be published", async () => {
    await clear();
    const firms = await db.firm.findMany({
      where: { status: "APPROVED", participations: { some: { eventId } }, englishSpeakers: { gt: 0 } },
      orderBy: { id: "asc" },
      take: 40,
    });
    const pairs = firms.slice(0, 20).map((a, i) => [a, firms[20 + i]!] as const);
    for (const [a, b] of pairs) {
      await db.meetingRequest.create({
        data: {
          eventId,
          fromFirmId: a.id,
          toFirmId: b.id,
          requestedById: organizer.userId,
          status: "ACCEPTED",
          decidedById: organizer.userId,
          decidedAt: new Date(),
          activePairKey: activePairKey(eventId, a.id, b.id),
          message: "",
        },
      });
    }
    const run = await runScheduler(organizer, eventId);
    expect(run.placed).toBeGreaterThan(10);

    const { output } = await killHalfway("publish", run.id);
    expect(output).toContain("progress");
    expect(output).not.toContain("finished");
    expect(await db.meeting.count({ where: { eventId } })).toBe(0);
    expect(await db.firmSlotHold.count({ where: { slot: { eventId } } })).toBe(0);
    expect((await db.schedulerRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("PREVIEW");

    expect(await publishRun(organizer, run.id)).toBe(run.placed);
    expect(await db.meeting.count({ where: { eventId } })).toBe(run.placed);
  }, 180_000);
});
