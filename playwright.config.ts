import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the production build (`next build` first; scripts/test-all.mjs does it) on the
// database DATABASE_URL names, seeded with the demo. Browsers cannot be downloaded here: Debian's chromium.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // Retries: the suite runs on two shared cores next to the server, where an idle keep-alive socket the server
  // closes as a request reuses it (ECONNRESET) or a slow minute can fail a sound test. A real fault fails every
  // time; Playwright lists a test that passed on a retry as flaky, and `npm test` ends by naming it. On CI, where
  // a red run lands nothing and its log is read from the end, two.
  retries: process.env.CI ? 2 : 1,
  // `npm test` also asks for a JSON report (E2E_JSON_REPORT) so its summary can name what failed or was flaky.
  reporter: [
    ["list"],
    ...(process.env.CI ? [] : [["html", { open: "never" }] as const]),
    ...(process.env.E2E_JSON_REPORT ? [["json", { outputFile: process.env.E2E_JSON_REPORT }] as const] : []),
  ],
  use: {
    baseURL,
    // The browser sits in New York and the server in Los Angeles: event times must still read in Hanoi time.
    timezoneId: "America/New_York",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /(mobile|phone-day)\.spec\.ts|schedule-control\.spec\.ts|run-an-edition\.spec\.ts/,
    },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /(mobile|phone-day)\.spec\.ts/ },
    // Puts the demo's whole matching day on the current event: after the other desktop tests, never beside them.
    {
      name: "schedule-control",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /schedule-control\.spec\.ts/,
      dependencies: ["desktop"],
    },
    // Makes a new edition the current one (every page shows it) and the seeded one current again at its end:
    // after everything else, alone.
    {
      name: "run-an-edition",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /run-an-edition\.spec\.ts/,
      dependencies: ["schedule-control"],
    },
  ],
  webServer: {
    // Idle connections kept for 65 s, not Node's 5: Playwright's request client reuses a socket after a few idle
    // seconds, and one it sent on just as the server closed it came back as ECONNRESET (an /api/agenda/ics read
    // after a sign-in, one-to-one.spec.ts, in the clean-clone CI of 1e6683f).
    command: `npx next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 65000`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      ...(process.env as Record<string, string>),
      TZ: "America/Los_Angeles",
      NEXTAUTH_URL: baseURL,
      KAKEHASHI_DEMO: "1",
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
