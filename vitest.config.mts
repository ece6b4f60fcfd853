import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests: plain TypeScript, no database, no server. Integration tests (vitest.integration.config.ts)
// run against the database DATABASE_URL names.
export default defineConfig({
  // "server-only" (on the database client, actions, route handlers) is an empty module outside a client bundle.
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Property tests run hundreds of cases; on a shared 2-core CI machine 5 s is too little for the slowest, and
    // a timeout there says nothing about the code. Speed is measured in bench/, not here.
    testTimeout: 30_000,
  },
});
