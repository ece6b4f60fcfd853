// Server configuration, checked once. A missing or malformed value stops the server at start with a message
// naming what to set (instrumentation.ts calls loadEnv before the first request).
import { isIP } from "node:net";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, DatabaseUrlError, providerOf } from "./database/database-url";
import { parseVideoBaseUrl, VideoUrlError } from "./meetings/online-room";

const EnvSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  // Reverse proxies whose X-Forwarded-For entries are believed (lib/http/client-address.ts): addresses only, so
  // that a typo does not silently leave the per-address throttle counting the proxy.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine(
      (v) =>
        !v ||
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .every((s) => isIP(s.replace(/^::ffff:/i, "")) !== 0),
      { error: "TRUSTED_PROXIES must be a comma-separated list of IP addresses (e.g. 10.0.0.2,10.0.0.3)" },
    ),
  NEXTAUTH_SECRET: z
    .string({
      error:
        "NEXTAUTH_SECRET is not set: set it to a random string of at least 32 characters (openssl rand -base64 32)",
    })
    .min(32, {
      error: "NEXTAUTH_SECRET is too short: use a random string of at least 32 characters (openssl rand -base64 32)",
    }),
  // The Jitsi Meet server of online meetings (lib/meetings/online-room.ts); the public one when unset.
  JITSI_BASE_URL: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema> & { databaseProvider: "sqlite" | "postgresql" };

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(`Kakehashi cannot start:\n${parsed.error.issues.map((i) => `  - ${i.message}`).join("\n")}`);
  }
  try {
    parseVideoBaseUrl(parsed.data.JITSI_BASE_URL);
    return { ...parsed.data, databaseProvider: providerOf(parsed.data.DATABASE_URL) };
  } catch (e) {
    if (e instanceof DatabaseUrlError || e instanceof VideoUrlError)
      throw new EnvError(`Kakehashi cannot start:\n  - ${e.message}`);
    throw e;
  }
}

let cached: Env | undefined;
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
