// The secrets in emailed links (verify an address, reset a password). 256 random bits, sent once; only their
// SHA-256 is stored, so a copy of the database or a backup opens no account. A token is used at most once:
// taking it is a conditional update (usedAt still empty, not expired) whose row count decides, so two clicks
// at the same moment cannot both succeed. Issuing a new link of a kind retires the older ones.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TokenKind = "VERIFY_EMAIL" | "RESET_PASSWORD";

export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  VERIFY_EMAIL: 24 * 3600_000,
  RESET_PASSWORD: 3600_000,
};

/**
 * An unknown, used, retired or expired link. It is what the person brought to the form, and saying it is dead
 * tells nothing about anyone's account (only its holder has it), so it is INVALID_INPUT, whose message reaches
 * the form; a NOT_FOUND would be shown as the silent refusal "you are not allowed to do this".
 */
export function deadLink(why: string): AppError {
  return new AppError("INVALID_INPUT", why, { form: "errors.link.invalid" });
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token looks like what issueToken makes (43 base64url characters); anything else is refused unread. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

type Client = Prisma.TransactionClient | typeof db;

export async function issueToken(
  client: Client,
  options: { userId: string; kind: TokenKind; email: string; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  await client.accountToken.updateMany({
    where: { userId: options.userId, kind: options.kind, usedAt: null },
    data: { usedAt: now },
  });
  await client.accountToken.create({
    data: {
      userId: options.userId,
      kind: options.kind,
      email: options.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[options.kind]),
    },
  });
  return token;
}

/** The token's row if it is of this kind, unused and not expired (without taking it). */
export async function findLiveToken(kind: TokenKind, token: unknown, now = new Date()) {
  if (!isWellFormedToken(token)) return null;
  return db.accountToken.findFirst({
    where: { tokenHash: hashToken(token), kind, usedAt: null, expiresAt: { gt: now } },
  });
}

/**
 * Takes the token inside `tx`: true when this call used it, false when it was unknown, used, retired or
 * expired. The caller's changes in the same transaction stand or fall with it.
 */
export async function takeToken(tx: Prisma.TransactionClient, options: { id: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  const taken = await tx.accountToken.updateMany({
    where: { id: options.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return taken.count === 1;
}
