// Lint: Next.js's rules (React, hooks, accessibility, Core Web Vitals), typescript-eslint's recommended rules, and
// the layering the README's architecture section describes, held as import boundaries:
//   app/, components/  never import the database client: pages read through lib/<domain>/ query functions;
//   components/        never import from app/ (route folders): actions come as props or from actions/;
//   lib/               imports nothing from app/, components/ or actions/ (domain code knows no transport or UI).
// The boundaries are in eslint.boundaries.mjs; tests/unit/lint-boundaries.test.ts proves each fires on a bad import.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { boundaryConfigs } from "./eslint.boundaries.mjs";

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "var/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Unused variables are errors, except the `_name` convention for a parameter a signature requires.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // `as never` silenced the message-key checks (issue 15): keys are typed (lib/i18n/message-keys.ts), and a key
    // taken from stored data goes through one guard that says why.
    files: ["app/**", "components/**", "actions/**", "lib/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TSAsExpression > TSNeverKeyword", message: "Type the key or value instead of casting to never." },
      ],
    },
  },
  {
    // CommonJS configuration read by Next.js itself.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...boundaryConfigs,
];

export default config;
