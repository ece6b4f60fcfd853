// Passwords are never logged, whatever happens at sign-up and sign-in; and the repository holds no secret.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signUp } from "@/lib/auth/sign-up";
import { authOptions } from "@/lib/auth/options";

// authorize() checks the configuration first, as the server does at start-up.
process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-0123456789";

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: "secrets-test-" } } });
  await db.signInThrottle.deleteMany({});
  await db.$disconnect();
});

describe("passwords", () => {
  it("are not written to any log at sign-up or sign-in, right or wrong", async () => {
    const password = "Sup3r-secret-passphrase-42";
    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" "))),
    );
    const email = `secrets-test-${Date.now()}@kakehashi.test`;
    try {
      await signUp({ displayName: "Secret", email, password, locale: "en" });
      await signUp({ displayName: "Secret", email, password, locale: "en" }).catch(() => {}); // taken
      // A locale no form offers: what a tampered request sends.
      await signUp({ displayName: "", email: "not an email", password, locale: "xx" as "en" }).catch(() => {});
      const provider = authOptions.providers[0] as unknown as {
        options: { authorize: (c: Record<string, string>, req: unknown) => Promise<unknown> };
      };
      const authorize = provider.options.authorize;
      expect(await authorize({ email, password }, { headers: {} })).toMatchObject({ email });
      expect(await authorize({ email, password: `${password}-wrong` }, { headers: {} })).toBeNull();
      expect(await authorize({ email: "nobody@kakehashi.test", password }, { headers: {} })).toBeNull();
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(logged.filter((line) => line.includes(password) || line.includes("secret-passphrase"))).toEqual([]);
    const stored = await db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.passwordHash).not.toContain(password);
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});

describe("the repository", () => {
  it("holds no secret: no .env file, no private key, no auth secret or database password written down", () => {
    const files = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n").filter(Boolean);
    expect(files.filter((f) => /(^|\/)\.env(\.|$)/.test(f) && !f.endsWith(".env.example"))).toEqual([]);
    const text = files.filter(
      (f) =>
        !/\.(png|jpg|ico|woff2?|db|lock)$/.test(f) && !f.startsWith("bench/instances/") && f !== "package-lock.json",
    );
    const leaks: string[] = [];
    for (const f of text) {
      const content = readFileSync(f, "utf8");
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(content)) leaks.push(`${f}: private key`);
      for (const m of content.matchAll(/NEXTAUTH_SECRET\s*[=:]\s*["']?([A-Za-z0-9+/_=-]{20,})/g))
        leaks.push(`${f}: NEXTAUTH_SECRET ${m[1]!.slice(0, 6)}…`);
      for (const m of content.matchAll(/postgres(?:ql)?:\/\/[^:\s/]+:([^@\s]+)@(?!127\.0\.0\.1|localhost|HOST)/g))
        leaks.push(`${f}: database password ${m[1]!.slice(0, 3)}…`);
    }
    expect(leaks).toEqual([]);
  });
});
