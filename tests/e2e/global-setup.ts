// Before the suite: the current event's matching day cleared, so the 1:1 tests start from the same place on
// every run (a held meeting from an earlier run could not be removed through the app, by design).
import { execFileSync } from "node:child_process";

export default function globalSetup() {
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/reset-matching-day.ts"], {
    stdio: "inherit",
    env: process.env,
  });
}
