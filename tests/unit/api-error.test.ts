import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { apiError } from "@/lib/http/api-error";

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
