// Writes prisma/<provider>/schema.prisma from the shared prisma/models.prisma.
// Prisma's generated client is tied to one provider, so each provider keeps its own schema and migrations.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROVIDERS = ["sqlite", "postgresql"];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function schemaFor(provider) {
  const models = readFileSync(join(root, "prisma/models.prisma"), "utf8");
  const header = `// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs; do not edit by hand.

generator client {
  provider     = "prisma-client"
  output       = "../../lib/generated/prisma"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
}

`;
  return header + models;
}

export function writeSchemas() {
  for (const provider of PROVIDERS) {
    const file = join(root, "prisma", provider, "schema.prisma");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, schemaFor(provider));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writeSchemas();
