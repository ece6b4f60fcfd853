import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests: plain TypeScript, no database, no server. Integration tests (vitest.integration.config.ts)
// run against the database DATABASE_URL names.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
