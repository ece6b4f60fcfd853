// Password hashing off the event loop. Argon2id (OWASP's first choice: memory-hard, no 72-byte limit) through
// @node-rs/argon2, a maintained Rust binding whose hash and verify run on libuv's thread pool, so a burst of
// sign-ups no longer stalls every other request as bcryptjs on the main thread did (32 parallel sign-ups took
// /api/health from 6 ms to 9.4 s). Hashes written before (bcrypt, $2a$/$2b$) still verify, through
// @node-rs/bcrypt (also off the loop), and are replaced by an Argon2id hash at the next successful sign-in.
//
// At most HASH_CONCURRENCY hashes run at once (one core's worth on our two-core machines), so hashing can use
// one core and never both: the event loop keeps a core to answer everything else.
import { cpus } from "node:os";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { verify as bcryptVerify } from "@node-rs/bcrypt";

// OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB, 2 iterations, 1 lane (about 50 ms on one core here).
// (`algorithm: 2` is Algorithm.Argon2id, a const enum that isolated modules cannot read.)
const PARAMETERS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const parameters = () => PARAMETERS;

const HASH_CONCURRENCY = Math.max(1, Math.min(4, cpus().length - 1));
let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs `work` when fewer than HASH_CONCURRENCY hashes (or strength estimates, password.ts) are running; the rest
 * wait their turn in order. All the CPU-heavy work of accounts shares these turns, so together it never takes
 * more than a core from the event loop.
 */
export async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) await new Promise<void>((resume) => waiting.push(resume));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => argon2Hash(password, parameters()));
}

export function isLegacyHash(stored: string): boolean {
  return /^\$2[aby]\$/.test(stored);
}

/** Whether a stored hash should be replaced after a successful check: bcrypt, or Argon2 with other costs. */
export function needsRehash(stored: string): boolean {
  if (isLegacyHash(stored)) return true;
  const p = parameters();
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  return !m || Number(m[1]) !== p.memoryCost || Number(m[2]) !== p.timeCost || Number(m[3]) !== p.parallelism;
}

/** Checks a password against a stored hash (Argon2id, or bcrypt from before); false for anything malformed. */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return limited(async () => {
    try {
      if (isLegacyHash(stored)) return await bcryptVerify(password, stored);
      if (stored.startsWith("$argon2")) return await argon2Verify(stored, password);
      return false;
    } catch {
      return false;
    }
  });
}

// Checked against when the account does not exist, so a wrong address costs as long as a wrong password and
// response times do not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-0f3a");
  await verifyPassword(password, await dummyHash);
}
