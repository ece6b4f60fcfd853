// The organizer dashboard's queries on the 10,000-firm registry (the directory benchmark's database, built by
// `npm run bench:directory` on first run): median and p95 over repeated loads, one JSON line.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const URL = process.env.BENCH_DATABASE_URL ?? "file:./var/bench-directory.db";
process.env.DATABASE_URL = URL;

async function main() {
  if (!existsSync("var/bench-directory.db"))
    execFileSync("npx", ["tsx", "--conditions=react-server", "bench/directory.ts"], {
      stdio: "inherit",
      env: process.env,
    });
  // Bring the benchmark database up to the current migrations (it may predate some).
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"], {
    stdio: "ignore",
    env: process.env,
  });
  const { db } = await import("../lib/db");
  const { loadActor } = await import("../lib/auth/load-actor");
  const { dashboard } = await import("../lib/organizer/dashboard");
  const user = await db.user.findUniqueOrThrow({ where: { email: "organizer.vinasa@demo.kakehashi.example" } });
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  // Organizer rights are per edition (the staff role at the event in scope).
  const actor = (await loadActor(user.id, event.id))!;
  const firms = await db.firm.count();
  await dashboard(actor, event.id); // warm-up: the first query of a process opens the database and plans
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    await dashboard(actor, event.id);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  console.log(JSON.stringify({ bench: "dashboard", firms, runs: times.length, p50Ms: pick(0.5), p95Ms: pick(0.95) }));
  await db.$disconnect();
}
main();
