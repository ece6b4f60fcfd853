// Creates a migration for each provider from the change in prisma/models.prisma, using Prisma's WebAssembly
// schema engine (the native one cannot be downloaded on our machines, and the WASM one cannot diff from a
// migrations folder). prisma/<provider>/schema.snapshot is the schema the latest migration leads to: the next
// migration diffs from it, and it is overwritten with the new schema. Only the latest is kept (git has the rest).
// Usage: npm run db:migration:new -- add_tours
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PROVIDERS, schemaFor, writeSchemas } from "./prisma-schemas.mjs";

const SNAPSHOT = "schema.snapshot";

async function loadEngine() {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
}

async function diff(provider: string, from: string | null, to: string): Promise<string> {
  // The engine wants a driver adapter even for a pure schema-to-schema diff; it never queries it.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: ":memory:" }));
  if (provider === "postgresql") (adapter as { provider: string }).provider = "postgres";
  const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, adapter);
  const target = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: "schema.prisma", content }],
  });
  const result = await engine.diff({
    from: from === null ? { tag: "empty" as const } : target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return (result.stdout ?? "").trim();
}

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) throw new Error("usage: npm run db:migration:new -- <name>");
  writeSchemas();
  await loadEngine();
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const provider of PROVIDERS) {
    const dir = join("prisma", provider, "migrations");
    mkdirSync(dir, { recursive: true });
    const snapshot = join("prisma", provider, SNAPSHOT);
    if (!existsSync(snapshot) && readdirSync(dir).some((d) => d !== "migration_lock.toml"))
      throw new Error(`${snapshot} is missing: it must hold the schema the latest migration leads to`);
    const from = existsSync(snapshot) ? readFileSync(snapshot, "utf8") : null;
    const to = schemaFor(provider);
    const sql = await diff(provider, from, to);
    if (!sql || /^-- This is an empty migration/.test(sql)) {
      console.log(`${provider}: no changes`);
      continue;
    }
    const folder = join(dir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), sql + "\n");
    writeFileSync(snapshot, to);
    writeFileSync(
      join(dir, "migration_lock.toml"),
      `# Written by scripts/new-migration.ts\nprovider = "${provider}"\n`,
    );
    console.log(`${provider}: ${folder}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
