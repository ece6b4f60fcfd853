// npm run bench:import — preview and commit of a 2,000-row firm CSV on a fresh SQLite database
// (var/bench-import.db). Prints one JSON line with the time of each step.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { generatedFirmCsv } from "../prisma/seed/generated-firm-csv";

const ROWS = Number(process.env.BENCH_ROWS ?? 2000);
const FILE = "var/bench-import.db";
process.env.DATABASE_URL = `file:./${FILE}`;

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${FILE}${suffix}`, { force: true });
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"], {
    env: process.env,
    stdio: "ignore",
  });
  const { db } = await import("../lib/db");
  const { syncTaxonomy } = await import("../lib/taxonomy/sync-taxonomy");
  const { TaxonomyTree } = await import("../lib/taxonomy/taxonomy-tree");
  const { previewFirmImport, commitFirmImport } = await import("../lib/firms/csv/import-firms");
  await syncTaxonomy(db);
  const taxonomy = new TaxonomyTree(await db.taxonomyNode.findMany());
  const csv = generatedFirmCsv(ROWS, "bench-import");
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  const organizer = {
    userId: "bench",
    organizingBodyId: "bench",
    memberships: [],
    staff: { eventId: event.id, role: "EVENT_ADMIN" as const, bodyId: "bench" },
  };
  let t = performance.now();
  const preview = await previewFirmImport(organizer, csv, taxonomy);
  const previewMs = performance.now() - t;
  if (preview.issues.length) console.error(JSON.stringify(preview.issues.slice(0, 5)));
  t = performance.now();
  let progressEvents = 0;
  const result = await commitFirmImport(organizer, csv, taxonomy, {
    decisions: {},
    approve: true,
    onProgress: () => progressEvents++,
  });
  const commitMs = performance.now() - t;
  console.log(
    JSON.stringify({
      bench: "import",
      rows: ROWS,
      bytes: Buffer.byteLength(csv),
      issues: preview.issues.length,
      created: result.created,
      previewMs: Math.round(previewMs),
      commitMs: Math.round(commitMs),
      progressEvents,
      firmsStored: await db.firm.count(),
    }),
  );
  await db.$disconnect();
}

void main();
