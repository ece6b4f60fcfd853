import bcrypt from "bcryptjs";

// bcrypt (cost 12 in production) through bcryptjs: vetted, and pure JavaScript, so nothing to compile.
// Tests and the seed lower the cost through BCRYPT_COST to keep them quick; never below 10 in production.
function cost(): number {
  const fromEnv = Number(process.env.BCRYPT_COST);
  if (Number.isInteger(fromEnv) && fromEnv >= 4 && fromEnv <= 15) return fromEnv;
  return 12;
}

export const PASSWORD_MIN_LENGTH = 10;
// bcrypt reads only the first 72 bytes; longer passwords would be silently truncated.
export const PASSWORD_MAX_BYTES = 72;

const COMMON = new Set([
  "password123",
  "password1234",
  "1234567890",
  "0123456789",
  "qwertyuiop",
  "iloveyou123",
  "abcdefghij",
  "abc1234567",
  "password12",
  "letmein123",
  "welcome123",
  "kakehashi1",
  "kakehashi123",
  "admin12345",
]);

export type PasswordProblem = "tooShort" | "tooLong" | "weak";

/** Why a password is not acceptable, or null. Keys map to `errors.password.*` messages. */
export function passwordProblem(password: string, email = ""): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return "tooLong";
  const lower = password.toLowerCase();
  const hasLetter = /\p{L}/u.test(password);
  const hasOther = /[^\p{L}]/u.test(password);
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  if (!hasLetter || !hasOther || COMMON.has(lower) || (localPart.length >= 4 && lower.includes(localPart)))
    return "weak";
  if (new Set(password).size < 4) return "weak";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost());
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so a wrong address costs as long as a wrong password
// and response times do not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= bcrypt.hash("not-a-real-password", cost());
  await bcrypt.compare(password, await dummyHash);
}
