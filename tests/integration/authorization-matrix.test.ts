// Who may do what: every server action and route handler in the matrix (tests/support/authorization-cases.ts)
// is called as each of anonymous, an attendee of firm A, firm A's administrator, firm B's administrator and an
// organizer, against the real database, and exactly the allowed ones succeed. The actions run as they are;
// only what Next.js gives them at request time is stood in for: the session (who is signed in), redirect()
// (which ends an action by throwing), revalidatePath() and the request headers.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CASES, NOT_IN_MATRIX } from "../support/authorization-cases";
import { createWorld, resetWorld, removeWorld, ROLES, type Role, type World } from "../support/authorization-world";

const request = vi.hoisted(() => ({
  userId: null as string | null,
  Redirected: class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  },
  Interrupted: class Interrupted extends Error {
    constructor(readonly status: number) {
      super(`HTTP ${status}`);
    }
  },
}));

vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (request.userId ? { user: { id: request.userId } } : null),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new request.Redirected(url);
  },
  permanentRedirect: (url: string) => {
    throw new request.Redirected(url);
  },
  forbidden: () => {
    throw new request.Interrupted(403);
  },
  unauthorized: () => {
    throw new request.Interrupted(401);
  },
  notFound: () => {
    throw new request.Interrupted(404);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next-intl/server", async () => ({
  getTranslations: async (options: { locale?: string; namespace?: string } = {}) => {
    const locale = options.locale ?? "en";
    const messages = (await import(`@/messages/${locale}.json`)).default;
    return createTranslator({ locale, messages, namespace: options.namespace as never });
  },
}));

type Outcome = "ok" | "refused" | `crashed: ${string}`;

const REFUSAL_IN_URL = /[?&](error|bookError)=|[?&]interest=error/;

/** Reads what an action or handler did as a user would see it: done, refused (with a message), or a 500. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result instanceof Response) {
      if (result.status >= 500) return `crashed: HTTP ${result.status}`;
      if (result.status >= 400) return "refused";
      // The scheduler and the import stream their result; an error line is a refusal.
      if (result.headers.get("content-type")?.includes("ndjson")) return (await result.text()).includes('"type":"error"') ? "refused" : "ok";
      await result.arrayBuffer();
      return "ok";
    }
    if (result && typeof result === "object") {
      if ("ok" in result) return result.ok ? "ok" : "refused";
      if ("kind" in result) return result.kind === "done" ? "ok" : "refused";
    }
    return "ok";
  } catch (e) {
    if (e instanceof request.Redirected) return REFUSAL_IN_URL.test(e.url) ? "refused" : "ok";
    if (e instanceof request.Interrupted || e instanceof AppError) return "refused";
    return `crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
}

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

describe("authorization matrix", () => {
  for (const c of CASES) {
    it(`${c.target}${c.op ? ` (${c.op})` : ""}: allowed for ${c.allowed.join(", ")}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const role of ROLES) {
        await resetWorld(world);
        const given = c.given ? await c.given(world) : undefined;
        request.userId = userOf(role);
        seen[role] = await outcomeOf(() => c.act(world, given));
        request.userId = null;
      }
      const expected = Object.fromEntries(ROLES.map((r) => [r, c.allowed.includes(r) ? "ok" : "refused"]));
      expect(seen).toEqual(expected);
    }, 60_000);
  }
});

/** Every exported server action and route handler method under app/, as "file#export". */
function endpoints(): string[] {
  const root = path.resolve(__dirname, "../..");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(name)) {
        const text = readFileSync(full, "utf8");
        const file = path.relative(root, full).split(path.sep).join("/");
        if (/^\s*["']use server["']/.test(text)) for (const m of text.matchAll(/^export\s+async\s+function\s+(\w+)/gm)) found.push(`${file}#${m[1]}`);
        if (name === "route.ts") {
          for (const m of text.matchAll(/^export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)) found.push(`${file}#${m[1]}`);
          for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const alias of m[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${file}#${alias[1]}`);
        }
      }
    }
  };
  walk(path.join(root, "app"));
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
