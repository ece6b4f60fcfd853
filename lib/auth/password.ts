// The password policy (ASVS 2.1): at least 12 characters, at most 128, any characters (spaces and every script
// included), and not guessable, as judged by zxcvbn-ts with its common-password and English dictionaries plus
// what the person typed about themselves. The reason a password is weak comes back as a message key, so the
// form can say why in the reader's language. Hashing is in password-hash.ts.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

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

// zxcvbn translates its own warnings; handing it each key as its "translation" gives the keys back.
const identity = <T extends Record<string, string>>(o: T) =>
  Object.fromEntries(Object.keys(o).map((k) => [k, k])) as Record<keyof T, string>;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      warnings: identity(english.translations.warnings),
      suggestions: identity(english.translations.suggestions),
      timeEstimation: english.translations.timeEstimation,
    },
  });
  return estimator;
}

/** Why a password is not acceptable (a message key under `errors.`), or null. */
export function passwordProblem(password: string, personal: readonly string[] = []): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors.password.tooShort";
  if ([...password].length > PASSWORD_MAX_LENGTH) return "errors.password.tooLong";
  // The parts of an address and a name a guesser would try first.
  const inputs = personal
    .flatMap((s) => s.toLowerCase().split(/[@.\s_+-]+/))
    .filter((s) => s.length >= 3)
    .concat(["kakehashi", "japan", "vietnam", "ictday"]);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning as string | null;
  return (WEAK_REASONS as readonly string[]).includes(warning ?? "")
    ? `errors.password.weakBecause.${warning}`
    : "errors.password.weak";
}
