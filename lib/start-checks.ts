// Checked once when the server starts (instrumentation.ts): a missing or malformed DATABASE_URL or
// NEXTAUTH_SECRET stops it with a message saying what to set, instead of failing on the first request.
import { EnvError, loadEnv } from "./env";

export function checkEnvironmentOrExit(): void {
  try {
    loadEnv();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(`\n${e.message}\n\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw e;
  }
}
