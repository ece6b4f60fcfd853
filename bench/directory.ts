// npm run bench:directory — server time of typical directory searches over 10,000 firms on SQLite.
// Uses its own database (var/bench-directory.db), created and seeded with the 10,000-firm registry on the first
// run (about half a minute). Prints one JSON line: the median and p95 in ms over all searches.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const FIRMS = 10_000;
const URL = process.env.BENCH_DATABASE_URL ?? "file:./var/bench-directory.db";
process.env.DATABASE_URL = URL;

const SEARCHES: Record<string, string>[] = [
  {},
  { q: "自動車" },
  { q: "phan mem" },
  { q: "phần mềm ô tô" },
  { q: "AUTOSAR", country: "JP" },
  { country: "VN", sector: "automotive" },
  { capability: "embedded" },
  { lang: "bridge", country: "VN" },
  { cert: "ISO27001", size: "B250_999" },
  { q: "cloud", sort: "japanese" },
  { q: "物流", page: "3" },
  { q: "Hanoi", capability: "data-ai", sort: "newest" },
  { event: "current", country: "JP", sort: "japanese" },
  { q: "zzzz-nothing" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const run = (args: string[]) =>
    execFileSync("npx", ["tsx", "--conditions=react-server", ...args], {
      env: { ...process.env, DATABASE_URL: URL },
      stdio: ["ignore", "ignore", "inherit"],
    });
  run(["scripts/migrate.ts"]);
  const { db } = await import("../lib/db");
  if ((await db.firm.count()) < FIRMS || !existsSync(URL.replace("file:", ""))) {
    await db.$disconnect();
    run(["prisma/seed/index.ts", "--reset", "--firms", String(FIRMS)]);
  }
  const { TaxonomyTree } = await import("../lib/taxonomy/taxonomy-tree");
  const { DirectoryQuery } = await import("../lib/firms/directory-query");
  const { searchDirectory } = await import("../lib/firms/search-directory");
  const taxonomy = new TaxonomyTree(await db.taxonomyNode.findMany());
  const event = await db.event.findFirst({ where: { isCurrent: true } });

  const samples: number[] = [];
  const perSearch: Record<string, number> = {};
  for (const params of SEARCHES) {
    const query = DirectoryQuery.parse(params);
    for (let i = 0; i < 3; i++) await searchDirectory(query, taxonomy, event?.id); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      await searchDirectory(query, taxonomy, event?.id);
      times.push(performance.now() - t);
    }
    samples.push(...times);
    perSearch[new URLSearchParams(params).toString() || "(all)"] =
      Math.round(
        percentile(
          [...times].sort((a, b) => a - b),
          50,
        ) * 10,
      ) / 10;
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      bench: "directory",
      database: "sqlite",
      firms: await db.firm.count(),
      searches: SEARCHES.length,
      samples: samples.length,
      medianMs: round(percentile(samples, 50)),
      p95Ms: round(percentile(samples, 95)),
      maxMs: round(samples.at(-1)!),
      perSearchMedianMs: perSearch,
    }),
  );
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
