import { describe, expect, it } from "vitest";
import { busyTransactionsAsAppError } from "@/lib/database/busy-transactions";
import { AppError } from "@/lib/errors";

// Stands in for the Prisma client: a $transaction that fails the way it is told to, and another method that
// reads the client's own state (Prisma's methods must still run on the client, not on the wrapper).
class FakeClient {
  #name = "fake";
  constructor(private readonly failure?: unknown) {}
  async $transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.failure) throw this.failure;
    return work();
  }
  name(): string {
    return this.#name;
  }
}
const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

describe("busyTransactionsAsAppError", () => {
  it.each(["P2028", "P2034"])("turns a busy database (%s) into AppError BUSY with the form message", async (code) => {
    const cause = prismaError(code);
    const client = busyTransactionsAsAppError(new FakeClient(cause));
    const error = await client.$transaction(async () => 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BUSY", status: 503, fields: { form: "errors.busy" }, cause });
  });

  it("passes other errors through unchanged, domain errors included", async () => {
    const conflict = new AppError("CONFLICT", "taken", { form: "errors.booking.slotTaken" });
    await expect(busyTransactionsAsAppError(new FakeClient(conflict)).$transaction(async () => 1)).rejects.toBe(
      conflict,
    );
    const unique = prismaError("P2002");
    await expect(busyTransactionsAsAppError(new FakeClient(unique)).$transaction(async () => 1)).rejects.toBe(unique);
  });

  it("returns what the transaction returns and leaves the client's other methods working", async () => {
    const client = busyTransactionsAsAppError(new FakeClient());
    await expect(client.$transaction(async () => 42)).resolves.toBe(42);
    expect(client.name()).toBe("fake");
  });
});
