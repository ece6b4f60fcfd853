import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// Unit tests run without a database: nothing they import may reach lib/db.ts or Prisma's client. This walks the
// imports of every unit test to keep it so. Prisma's generated enums (lib/enums.ts) are plain objects and allowed;
// the test steps generate the client before anything else (scripts/test-steps.mjs).
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*import\s+(?!type\b)[^"']*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
}

function resolveLocal(spec: string, from: string): string | null {
  const base = spec.startsWith("@/")
    ? resolve(spec.slice(2))
    : spec.startsWith(".")
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (readFileSync(candidate) && !candidate.endsWith("/")) return candidate;
    } catch {}
  }
  return null;
}

describe("unit tests stay pure", () => {
  for (const test of readdirSync("tests/unit").filter((f) => f.endsWith(".test.ts"))) {
    it(`${test} does not reach the database client`, () => {
      const seen = new Set<string>();
      const queue = [resolve("tests/unit", test)];
      while (queue.length) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const spec of importsOf(file)) {
          const target = resolveLocal(spec, file);
          if (target) queue.push(target);
        }
      }
      const client = (f: string) =>
        f.endsWith("/lib/db.ts") || (f.includes("/lib/generated/") && !f.endsWith("/lib/generated/prisma/enums.ts"));
      expect([...seen].filter(client)).toEqual([]);
    });
  }
});
