// Transactions are where a busy database shows: Prisma gives up waiting for a connection to start one (P2028),
// or PostgreSQL aborts one that conflicted with another (P2034). Every transaction in lib/ goes through the
// client's $transaction, so turning those errors into AppError("BUSY") here reaches every server action and
// route handler at once: they already show an AppError's message at the form or answer its status.
import { databaseBusy, isDatabaseBusy } from "../errors";

type WithTransaction = { $transaction: (...args: never[]) => Promise<unknown> };

/** The same client, whose $transaction rejects with AppError("BUSY") where the database was too busy. */
export function busyTransactionsAsAppError<C extends WithTransaction>(client: C): C {
  const transaction = async (...args: Parameters<C["$transaction"]>) => {
    try {
      return await client.$transaction(...args);
    } catch (e) {
      throw isDatabaseBusy(e) ? databaseBusy(e) : e;
    }
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "$transaction") return transaction;
      const value: unknown = Reflect.get(target, property);
      // The client's own methods run on the client itself, not on this proxy.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
