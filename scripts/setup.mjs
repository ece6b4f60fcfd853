// One-time (and repeatable) set-up: a .env with a fresh secret if there is none, the Prisma client for the
// database DATABASE_URL names, migrations, and the demo seed when the database is empty.
// Extra arguments go to the seed (npm run setup -- --reset, npm run setup -- --firms 10000).
import { existsSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";

function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    [
      "# Written by npm run setup. See README.md, Configuration.",
      "DATABASE_URL=file:./var/kakehashi.db",
      `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`,
      "NEXTAUTH_URL=http://localhost:3000",
      "# Shows the demo password on the sign-in page. Remove for a real event.",
      "KAKEHASHI_DEMO=1",
      "",
    ].join("\n"),
  );
  console.log("setup: wrote .env (SQLite under var/, a new NEXTAUTH_SECRET)");
}

run("node", ["scripts/prisma-generate.mjs"]);
run("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed/index.ts", ...process.argv.slice(2)]);
