import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { apiError } from "@/lib/http/api-error";

vi.mock("next/navigation", async () => (await import("../support/next-request")).navigation);
const { routeHandler } = await import("@/lib/http/route-handler");
const { Interrupted } = await import("../support/next-request");

// Prisma's errors carry a code; these stand in for PrismaClientKnownRequestError without a database.
const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

describe("apiError", () => {
  it("answers an AppError with its status and message keys", async () => {
    const r = apiError(new AppError("CONFLICT", "slot just taken", { form: "errors.booking.slotTaken" }));
    expect(r.status).toBe(409);
    expect(await r.json()).toEqual({ error: "CONFLICT", fields: { form: "errors.booking.slotTaken" } });
  });

  it.each(["P2028", "P2034"])(
    "answers a database too busy to start the work (%s) with 503 and a retry hint",
    async (code) => {
      const r = apiError(prismaError(code));
      expect(r.status).toBe(503);
      expect(r.headers.get("retry-after")).toBe("2");
      expect(await r.json()).toEqual({ error: "BUSY", fields: { form: "errors.busy" } });
    },
  );

  it("answers anything else with a bare 500 and logs it on the server only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = apiError(prismaError("P2003"));
    expect(r.status).toBe(500);
    const body = await r.text();
    expect(body).toBe(JSON.stringify({ error: "INTERNAL" }));
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe("routeHandler", () => {
  const ok = routeHandler(async () => Response.json({ ok: true }), { mutation: true, maxBodyBytes: 100 });
  const post = (headers: Record<string, string>, body = "{}") =>
    ok(
      new Request("http://localhost:3000/api/x", {
        method: "POST",
        headers: { host: "localhost:3000", ...headers },
        body,
      }),
      {},
    );

  it("lets a same-origin mutation, or one without an Origin header, through", async () => {
    expect((await post({ origin: "http://localhost:3000" })).status).toBe(200);
    expect((await post({})).status).toBe(200);
  });

  it.each(["null", "https://evil.example", "not a url", "http://localhost:3000.evil.example", ""])(
    "refuses a mutation with Origin %j as a 403, never a 500",
    async (origin) => {
      const r = await post({ origin });
      expect(r.status).toBe(403);
      expect(await r.json()).toEqual({ error: "FORBIDDEN", fields: {} });
    },
  );

  it("refuses a body declared over the limit with a 413", async () => {
    const r = await post({ origin: "http://localhost:3000", "content-length": "101" }, "x".repeat(101));
    expect(r.status).toBe(413);
  });

  it("answers what the handler throws: AppError as its 4xx, busy as 503, notFound() passes through", async () => {
    const throwing = (e: unknown) => routeHandler(async () => Promise.reject(e))(new Request("http://x/"), {});
    expect((await throwing(new AppError("FORBIDDEN", "no"))).status).toBe(403);
    expect((await throwing(prismaError("P2034"))).status).toBe(503);
    await expect(throwing(new Interrupted(404))).rejects.toBeInstanceOf(Interrupted);
  });
});
