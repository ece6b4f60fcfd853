// `prisma generate` for the provider DATABASE_URL selects. Prisma's CLI wants its native schema engine even
// though generate never runs it, and that binary cannot be downloaded on our machines; any executable
// path satisfies the check (see README, "Database").
import { spawnSync } from "node:child_process";
import { writeSchemas } from "./prisma-schemas.mjs";

writeSchemas();
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
