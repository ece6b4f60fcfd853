// npm run bench:import — preview and commit of a 2,000-row firm CSV on a fresh SQLite database
// (var/bench-import.db). Prints one JSON line with the time of each step.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import Papa from "papaparse";
import { generateFirms } from "../prisma/seed/generate-firms";
import { FIRM_CSV_COLUMNS } from "../lib/firms/csv/firm-csv-columns";

const ROWS = Number(process.env.BENCH_ROWS ?? 2000);
const FILE = "var/bench-import.db";
process.env.DATABASE_URL = `file:./${FILE}`;

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${FILE}${suffix}`, { force: true });
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: process.env, stdio: "ignore" });
  const { db } = await import("../lib/db");
  const { syncTaxonomy } = await import("../lib/taxonomy/sync-taxonomy");
  const { TaxonomyTree } = await import("../lib/taxonomy/taxonomy-tree");
  const { previewFirmImport, commitFirmImport } = await import("../lib/firms/csv/import-firms");
  await syncTaxonomy(db);
  const taxonomy = new TaxonomyTree(await db.taxonomyNode.findMany());
  const band = { B1_49: "1-49", B50_249: "50-249", B250_999: "250-999", B1000_PLUS: "1000+" } as const;
  const rows = generateFirms(ROWS, "bench-import").map((f) => ({
    name_local: f.nameLocal, name_en: f.nameEn, country: f.country, city: f.city, employees: band[f.employeeBand], website: f.website,
    sectors: f.sectorCodes.join(";"), offers: f.offers.map((o) => o.code).join(";"), seeks: f.seeks.map((o) => o.code).join(";"),
    markets: f.markets.join(";"), certifications: f.certifications.map((c) => (c.kind === "CMMI" ? `CMMI${c.level}` : c.kind)).join(";"),
    japanese_speakers: f.japaneseSpeakers, bridge_engineers: f.bridgeEngineers, tags: f.tags.join(";"),
    description_en: f.descriptionEn ?? "", description_ja: f.descriptionJa ?? "", description_vi: f.descriptionVi ?? "",
    contact_name: f.contact.name, contact_email: f.contact.email,
  }));
  const csv = "\uFEFF" + Papa.unparse({ fields: [...FIRM_CSV_COLUMNS], data: rows });
  const organizer = { userId: "bench", organizingBodyId: "bench", memberships: [] };
  let t = performance.now();
  const preview = await previewFirmImport(organizer, csv, taxonomy);
  const previewMs = performance.now() - t;
  if (preview.issues.length) console.error(JSON.stringify(preview.issues.slice(0, 5)));
  t = performance.now();
  let progressEvents = 0;
  const result = await commitFirmImport(organizer, csv, taxonomy, { decisions: {}, approve: true, onProgress: () => progressEvents++ });
  const commitMs = performance.now() - t;
  console.log(JSON.stringify({ bench: "import", rows: ROWS, bytes: Buffer.byteLength(csv), issues: preview.issues.length, created: result.created, previewMs: Math.round(previewMs), commitMs: Math.round(commitMs), progressEvents, firmsStored: await db.firm.count() }));
  await db.$disconnect();
}

void main();
