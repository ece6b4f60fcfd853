// The migration tool diffs from prisma/<provider>/schema.snapshot (scripts/new-migration.ts): it must be the schema
// the latest migration leads to, which is the current schema unless a change waits for its migration. A change to
// prisma/models.prisma without `npm run db:migration:new` fails here, before a database refuses it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROVIDERS, schemaFor } from "../../scripts/prisma-schemas.mjs";

describe("migration snapshots", () => {
  for (const provider of PROVIDERS)
    it(`${provider}: the snapshot is the current schema (every model change has its migration)`, () => {
      expect(readFileSync(`prisma/${provider}/schema.snapshot`, "utf8")).toBe(schemaFor(provider));
    });
});
