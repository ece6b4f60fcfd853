import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";

// The server refuses to start without a usable configuration, and says what to set.
async function startWith(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["next", "start", "-p", String(3290 + Math.floor(Math.random() * 9))], {
      env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("start-up configuration", () => {
  test.skip(({ browserName }) => browserName !== "chromium");

  test("a malformed DATABASE_URL stops the server with a message", async () => {
    const { code, output } = await startWith({ DATABASE_URL: "mysql://nope", NEXTAUTH_SECRET: "x".repeat(40) });
    expect(code).not.toBe(0);
    expect(output).toContain("DATABASE_URL must start with 'file:'");
  });

  test("a missing auth secret stops the server with a message", async () => {
    const { code, output } = await startWith({ NEXTAUTH_SECRET: "" });
    expect(code).not.toBe(0);
    expect(output).toContain("NEXTAUTH_SECRET is too short");
  });
});
