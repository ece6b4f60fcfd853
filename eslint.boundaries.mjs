// The import boundaries of the layering (README, "Architecture"), as no-restricted-imports rules per folder.
// Kept apart from eslint.config.mjs so tests/unit/lint-boundaries.test.ts can run exactly these rules.
const DATABASE_CLIENT = {
  group: ["@/lib/db", "**/lib/db", "@/lib/generated/prisma/client", "**/generated/prisma/client"],
  message: "Pages and components read through query functions in lib/<domain>/, not the database client.",
};
const ROUTE_FOLDERS = {
  group: ["@/app/*", "**/app/*"],
  message: "Route folders hold routes only: import actions from actions/ and logic from lib/.",
};
const COMPONENTS = {
  group: ["@/components/*", "**/components/*"],
  message: "Actions return results; the UI that shows them lives in components/.",
};
const OUTSIDE_LIB = {
  group: ["@/app/*", "@/components/*", "@/actions/*", "**/app/*", "**/components/*", "**/actions/*"],
  message: "lib/ is domain code: it imports nothing from app/, components/ or actions/.",
};

const SEVERITY = "error";

/** Which folder may not import what. */
export const BOUNDARIES = [
  { files: ["app/**/*.{ts,tsx}"], patterns: [DATABASE_CLIENT] },
  { files: ["components/**/*.{ts,tsx}"], patterns: [DATABASE_CLIENT, ROUTE_FOLDERS] },
  { files: ["actions/**/*.ts"], patterns: [ROUTE_FOLDERS, COMPONENTS] },
  { files: ["lib/**/*.{ts,tsx}"], patterns: [OUTSIDE_LIB] },
];

export const boundaryConfigs = BOUNDARIES.map(({ files, patterns }) => ({
  files,
  rules: { "no-restricted-imports": [SEVERITY, { patterns }] },
}));
