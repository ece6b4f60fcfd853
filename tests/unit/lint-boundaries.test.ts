// The layering's import boundaries (eslint.boundaries.mjs) fire on a bad import and stay quiet on a good one, so a
// page that reads the database, a component that imports a route folder or lib/ code that imports UI fails `npm run
// lint`. Runs the same rules ESLint runs, on small sources named as if they lived in each folder.
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module without types
import { boundaryConfigs } from "../../eslint.boundaries.mjs";

const linter = new Linter({ configType: "flat" });
const config = [
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser } },
  // The same rules, as errors, whatever severity the project runs them at.
  ...(boundaryConfigs as { files: string[]; rules: Record<string, [string, unknown]> }[]).map((c) => ({
    files: c.files,
    rules: { "no-restricted-imports": ["error", c.rules["no-restricted-imports"]![1]] },
  })),
] as Linter.Config[];

function refused(file: string, source: string): boolean {
  return linter.verify(source, config, file).some((m) => m.ruleId === "no-restricted-imports");
}

describe("import boundaries", () => {
  it.each([
    ["app/[locale]/firms/page.tsx", 'import { db } from "@/lib/db";'],
    ["app/[locale]/firms/page.tsx", 'import { db } from "../../../lib/db";'],
    ["app/api/health/route.ts", 'import { PrismaClient } from "@/lib/generated/prisma/client";'],
    ["components/firms/firm-card.tsx", 'import { db } from "@/lib/db";'],
    ["components/firms/invite-form.tsx", 'import { inviteAction } from "@/app/[locale]/firm/actions";'],
    ["lib/tours/tour-form-values.ts", 'import type { TourFormValues } from "@/components/tours/tour-form";'],
    ["lib/firms/vetting.ts", 'import { vetAction } from "@/actions/vetting";'],
    ["lib/firms/vetting.ts", 'import x from "@/app/[locale]/page";'],
    ["actions/firm.ts", 'import { FirmCard } from "@/components/firms/firm-card";'],
  ])("%s may not: %s", (file, source) => {
    expect(refused(file, source)).toBe(true);
  });

  it.each([
    ["app/[locale]/firms/page.tsx", 'import { searchDirectory } from "@/lib/firms/search-directory";'],
    ["app/[locale]/firms/page.tsx", 'import { FirmCard } from "@/components/firms/firm-card";'],
    ["components/firms/invite-form.tsx", 'import { inviteAction } from "@/actions/firm";'],
    ["components/firms/firm-card.tsx", 'import { Country } from "@/lib/enums";'],
    ["actions/firm.ts", 'import { db } from "@/lib/db";'],
    ["lib/firms/vetting.ts", 'import { db } from "@/lib/db";'],
  ])("%s may: %s", (file, source) => {
    expect(refused(file, source)).toBe(false);
  });
});
