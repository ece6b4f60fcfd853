// The password policy (ASVS 2.1): at least 12 characters, at most 128, any characters (spaces and every script
// included), and not guessable, as judged by zxcvbn-ts with its common-password and English dictionaries plus
// what the person typed about themselves. The estimate runs on a worker thread (password-strength-worker.mjs):
// it costs up to half a second of CPU, which on the main thread stalled every other request during a burst of
// sign-ups. The reason a password is weak comes back as a message key, so the form says why in the reader's
// language. Hashing is in password-hash.ts.
import path from "node:path";
import { Worker } from "node:worker_threads";

import { limited } from "./password-hash";
import type { ErrorKey } from "@/lib/i18n/message-keys";

export { burnPasswordCheck, hashPassword, verifyPassword } from "./password-hash";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

/** zxcvbn's warnings, each with a message under `errors.password.weakBecause`. */
export const WEAK_REASONS = [
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
  "topTen",
  "topHundred",
  "common",
  "similarToCommon",
  "wordByItself",
  "namesByThemselves",
  "commonNames",
  "userInputs",
] as const;
export type WeakReason = (typeof WEAK_REASONS)[number];

type Estimate = { score: number; warning: string | null };

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (e: Estimate) => void; reject: (e: Error) => void }>();

function estimator(): Worker {
  if (worker) return worker;
  // A file of the project, read at run time (not bundled): the same path under next start, tests and benches.
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "password-strength-worker.mjs");
  const started = new Worker(script);
  started.unref();
  started.on("message", (m: Estimate & { id: number; error?: string }) => {
    const entry = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) entry?.reject(new Error(m.error));
    else entry?.resolve(m);
  });
  const fail = (e: Error) => {
    for (const entry of waiting.values()) entry.reject(e);
    waiting.clear();
    worker = undefined;
  };
  started.on("error", fail);
  started.on("exit", () => fail(new Error("the password-strength worker stopped")));
  worker = started;
  return started;
}

function estimate(password: string, inputs: string[]): Promise<Estimate> {
  // Takes a turn with the hashes (password-hash.ts): with both at once, two busy threads would leave the event
  // loop no core of its own on a two-core machine.
  return limited(() => estimateNow(password, inputs));
}

function estimateNow(password: string, inputs: string[]): Promise<Estimate> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    waiting.set(id, { resolve, reject });
    const w = estimator();
    w.ref();
    w.postMessage({ id, password, inputs });
  }).finally(() => {
    if (waiting.size === 0) worker?.unref();
  }) as Promise<Estimate>;
}

/** Starts the estimator and builds its dictionaries ahead of the first sign-up (instrumentation.ts). */
export function warmPasswordEstimator(): void {
  void estimate("warm-up", []).catch(() => undefined);
}

/** Why a password is not acceptable (a message key under `errors.`), or null. */
export async function passwordProblem(password: string, personal: readonly string[] = []): Promise<ErrorKey | null> {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors.password.tooShort";
  if ([...password].length > PASSWORD_MAX_LENGTH) return "errors.password.tooLong";
  // The parts of an address and a name a guesser would try first.
  const inputs = personal
    .flatMap((s) => s.toLowerCase().split(/[@.\s_+-]+/))
    .filter((s) => s.length >= 3)
    .concat(["kakehashi", "japan", "vietnam", "ictday"]);
  const { score, warning } = await estimate(password, inputs);
  if (score >= MIN_SCORE) return null;
  return (WEAK_REASONS as readonly string[]).includes(warning ?? "")
    ? (`errors.password.weakBecause.${warning}` as ErrorKey)
    : "errors.password.weak";
}
