// Who may do what: every server action and route handler in the matrix (tests/support/authorization-cases.ts)
// is called as each of anonymous, an attendee of firm A, firm A's administrator, firm B's administrator and an
// organizer, against the real database, and exactly the allowed ones succeed. Everyone else gets a refusal as an
// answer (an action's formError, a handler's 4xx), never a thrown error or a 5xx (observe() counts those as
// crashes), and the refusal says nothing about what exists. The actions run as they are; only what Next.js gives
// them at request time is stood in for: the session (who is signed in), redirect() and its kin, revalidatePath()
// and the request headers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CASES, NOT_IN_MATRIX } from "../support/authorization-cases";
import { createWorld, removeWorld, resetWorld, ROLES, type Role, type World } from "../support/authorization-world";
import { observe, request, type Outcome } from "../support/next-request";
import { sourceFiles } from "../support/source-files";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).nextAuth(await original()));
vi.mock("next/navigation", async () => (await import("../support/next-request")).navigation);
vi.mock("next/cache", async () => (await import("../support/next-request")).cache);
vi.mock("next/headers", async () => (await import("../support/next-request")).headers);
vi.mock("next-intl/server", async () => (await import("../support/next-request")).intlServer);

let world: World;

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  request.userId = null;
  if (world) await removeWorld(world);
  await db.$disconnect();
});

const userOf = (role: Role) => (role === "anonymous" ? null : world.as[role].userId);

/** What a refused caller may be told: to sign in, that it is not allowed, or that the input is not valid. */
const REVEALS_NOTHING = ["errors.signInFirst", "errors.forbidden", "errors.invalid"];

describe("authorization matrix", () => {
  for (const c of CASES) {
    it(`${c.target}${c.op ? ` (${c.op})` : ""}: allowed for ${c.allowed.join(", ")}`, async () => {
      const seen: Record<string, Outcome> = {};
      const said: Record<string, string[]> = {};
      for (const role of ROLES) {
        await resetWorld(world);
        const given = c.given ? await c.given(world) : undefined;
        request.userId = userOf(role);
        const observed = await observe(() => c.act(world, given));
        request.userId = null;
        seen[role] = observed.outcome;
        if (!c.allowed.includes(role)) said[role] = observed.messages;
      }
      const expected = Object.fromEntries(ROLES.map((r) => [r, c.allowed.includes(r) ? "ok" : "refused"]));
      expect(seen).toEqual(expected);
      for (const [role, messages] of Object.entries(said))
        for (const m of messages) expect(REVEALS_NOTHING, `${role} was told ${m}`).toContain(m);
    }, 60_000);
  }
});

/** Every exported server action (under actions/, or anywhere in app/) and route handler method, as "file#export". */
function endpoints(): string[] {
  const root = path.resolve(__dirname, "../..");
  const found: string[] = [];
  for (const full of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "actions"))]) {
    const text = readFileSync(full, "utf8");
    const file = path.relative(root, full).split(path.sep).join("/");
    if (/^\s*(\/\/.*\n\s*)*["']use server["']/.test(text))
      for (const m of text.matchAll(/^export\s+(?:async\s+function\s+|const\s+)(\w+)/gm)) found.push(`${file}#${m[1]}`);
    if (path.basename(full) === "route.ts") {
      for (const m of text.matchAll(/^export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm))
        found.push(`${file}#${m[1]}`);
      for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm))
        for (const alias of m[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${file}#${alias[1]}`);
    }
  }
  return found.sort();
}

describe("the matrix is complete", () => {
  it("lists every server action and route handler (add new ones to tests/support/authorization-cases.ts)", () => {
    const listed = new Set([...CASES.map((c) => c.target), ...Object.keys(NOT_IN_MATRIX)]);
    const all = endpoints();
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((e) => !listed.has(e))).toEqual([]);
    expect([...listed].filter((e) => !all.includes(e))).toEqual([]);
  });
});

describe("cross-site requests", () => {
  it("every POST route handler refuses a request from another site's page, even with a valid session", async () => {
    const { POST: book } = await import("@/app/api/meetings/book/route");
    const { POST: importFirms } = await import("@/app/api/organizer/firms/import/route");
    const { POST: runSchedule } = await import("@/app/api/organizer/schedule/run/route");
    // Another site, a sandboxed frame or a redirect across sites ("null"), and an Origin that is no URL at all.
    for (const origin of ["https://evil.example", "null", "not a url"])
      for (const [role, handler] of [
        ["adminA", book],
        ["organizer", importFirms],
        ["organizer", runSchedule],
      ] as const) {
        request.userId = world.as[role].userId;
        const r = await handler(
          new Request("http://localhost:3000/api/x", {
            method: "POST",
            headers: { origin, host: "localhost:3000", "content-type": "application/json" },
            body: "{}",
          }),
          {},
        );
        request.userId = null;
        expect(r.status, `${origin} at ${role}'s handler`).toBe(403);
      }
    // Server actions get the same Origin check from Next.js itself; the e2e suite posts one from another origin.
    const posts = endpoints().filter(
      (e) => e.startsWith("app/api/") && e.endsWith("#POST") && !e.includes("[...nextauth]"),
    );
    expect(posts.sort()).toEqual([
      "app/api/meetings/book/route.ts#POST",
      "app/api/organizer/firms/import/route.ts#POST",
      "app/api/organizer/schedule/run/route.ts#POST",
    ]);
  });
});
