// defineAction's promises, without a database: every caller gets an answer, never a thrown error (signed out,
// not allowed, bad input, an AppError, a busy database, a bug); the answer carries what was submitted; a form post
// and a typed call are read alike; redirect() still ends the action.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { Redirected, request } from "../support/next-request";

const actors: Record<string, LoadedActor> = {
  admin: {
    userId: "u-admin",
    email: "admin@example.test",
    displayName: "Admin",
    locale: "en",
    organizingBodyId: null,
    memberships: [{ firmId: "firm-a", role: "FIRM_ADMIN" }],
  } as unknown as LoadedActor,
};
vi.mock("@/lib/auth/guards", () => ({ currentActor: async () => (request.userId ? actors[request.userId] : null) }));
vi.mock("next/navigation", async () => (await import("../support/next-request")).navigation);
vi.mock("next/cache", async () => (await import("../support/next-request")).cache);
vi.mock("next-intl/server", async () => (await import("../support/next-request")).intlServer);

const { defineAction } = await import("@/lib/actions/define-action");
const { ActionRefusal } = await import("@/lib/actions/refusal");

const Schema = z.object({
  firmId: z.string().min(1),
  name: z.string().trim().min(1, { error: "errors.required" }),
  count: z.coerce.number().int({ error: "errors.number.invalid" }),
  tags: z.array(z.string()).default([]),
  public: z.boolean().default(false),
});
const run = vi.fn(async ({ input }: { input: z.output<typeof Schema> }) => ({ echoed: input }));
const rename = defineAction({
  rule: (input) => ({ kind: "firmAdmin", firmId: input.firmId }),
  schema: Schema,
  run,
  done: "setup.saved.tables",
});

function post(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
}
const good = { firmId: "firm-a", name: "Sao Viet", count: "3", tags: ["x"], public: "on", password: "secret" };

beforeEach(() => {
  request.userId = "admin";
  run.mockClear();
});

describe("defineAction", () => {
  it("reads a form post by the schema's shape: lists, checkboxes, coerced values", async () => {
    const state = await rename({ status: "idle" }, post(good));
    expect(state.status).toBe("done");
    expect(run).toHaveBeenCalledOnce();
    expect(state.status === "done" && state.data.echoed).toEqual({
      firmId: "firm-a",
      name: "Sao Viet",
      count: 3,
      tags: ["x"],
      public: true,
    });
    expect(state.status === "done" && state.message).toBe("setup.saved.tables");
  });

  it("takes a typed call as well", async () => {
    const state = await rename({ firmId: "firm-a", name: "Typed", count: 1 });
    expect(state.status).toBe("done");
  });

  it("refuses an anonymous caller and one the rule does not allow, with a message that reveals nothing", async () => {
    request.userId = null;
    expect(await rename(post(good))).toMatchObject({ status: "formError", message: "errors.signInFirst" });
    request.userId = "admin";
    expect(await rename(post({ ...good, firmId: "firm-b" }))).toMatchObject({
      status: "formError",
      message: "errors.forbidden",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers bad input with a message per field and hands back what was typed, without the password", async () => {
    const state = await rename({ status: "idle" }, post({ ...good, name: " ", count: "2.5" }));
    expect(state).toEqual({
      status: "fieldErrors",
      fields: { name: "errors.required", count: "errors.number.invalid" },
      values: { firmId: "firm-a", name: " ", count: "2.5", tags: "x", public: "on" },
    });
  });

  it("turns whatever the operation throws into an answer", async () => {
    const failing = (error: unknown) =>
      defineAction({
        rule: { kind: "signedIn" },
        schema: z.object({}),
        run: async () => {
          throw error;
        },
      })(post({ note: "kept" }));
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await failing(new AppError("NOT_FOUND", "not yours", { secret: "errors.invalid" }))).toEqual({
      status: "formError",
      message: "errors.forbidden",
      values: { note: "kept" },
    });
    expect(await failing(new AppError("CONFLICT", "taken", { start: "errors.setup.overlap" }))).toMatchObject({
      status: "fieldErrors",
      fields: { start: "errors.setup.overlap" },
    });
    expect(await failing(Object.assign(new Error("busy"), { code: "P2028" }))).toMatchObject({
      status: "formError",
      message: "errors.busy",
    });
    expect(await failing(new ActionRefusal("errors.forbidden", ["schedule.refused"]))).toMatchObject({
      status: "formError",
      reasons: ["schedule.refused"],
    });
    expect(spy).not.toHaveBeenCalled();
    expect(await failing(new TypeError("a bug"))).toMatchObject({ status: "formError", message: "errors.generic" });
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it("says where to go when it worked, and lets redirect() through", async () => {
    const go = defineAction({
      rule: "anyone",
      schema: z.object({}),
      run: async ({ actor }) => actor?.userId ?? "nobody",
      goTo: ({ data, locale }) => `/${locale}/done/${data}`,
    });
    request.userId = null;
    expect(await go(post({}))).toMatchObject({ status: "done", goTo: "/en/done/nobody" });
    const redirecting = defineAction({
      rule: "anyone",
      schema: z.object({}),
      run: async () => (await import("next/navigation")).redirect("/elsewhere"),
    });
    await expect(redirecting(post({}))).rejects.toEqual(new Redirected("/elsewhere"));
  });
});
