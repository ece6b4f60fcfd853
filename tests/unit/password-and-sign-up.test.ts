import { beforeAll, describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import { SignUpSchema, normalizeEmail } from "@/lib/auth/sign-up-schema";
import { fieldErrors } from "@/lib/validation/form-input";
import en from "@/messages/en.json";

// The estimator's worker builds its dictionaries on the first estimate (seconds on a busy machine).
beforeAll(() => passwordProblem("warm-up-password"), 120_000);

describe("password policy (zxcvbn-ts with its common-password dictionary)", () => {
  it.each([
    ["short1!", "errors.password.tooShort"],
    ["qwerty1234", "errors.password.tooShort"],
    ["qwertyuiop12", "errors.password.weakBecause.similarToCommon"],
    ["abcdefghijkl", "errors.password.weakBecause.sequences"],
    ["password1234", "errors.password.weakBecause.similarToCommon"],
    ["aaaaaaaaaaaa", "errors.password.weakBecause.simpleRepeat"],
    ["abcabcabcabc", "errors.password.weakBecause.extendedRepeat"],
    ["1qaz2wsx3edc", "errors.password.weakBecause.common"],
    ["x".repeat(129), "errors.password.tooLong"],
  ])("%s is refused: %s", async (password, problem) => {
    expect(await passwordProblem(password, ["nguyen.an@example.com", "Nguyễn An"])).toBe(problem);
  });

  it("says why, with a message for every reason it can give", async () => {
    for (const p of ["qwertyuiop12", "abcdefghijkl", "aaaaaaaaaaaa", "iloveyou2026"]) {
      const key = (await passwordProblem(p))!;
      expect(key).toMatch(/^errors\.password\.weak/);
      const path = key.split(".").slice(1);
      let node: unknown = en.errors;
      for (const part of path) node = (node as Record<string, unknown>)[part];
      expect(typeof node).toBe("string");
    }
  });

  it.each(["Sakura-2026-bridge", "cầu-nối-Hà-Nội-2026", "架け橋パスワード二〇二六年春", "kakehashi-demo-2026"])(
    "%s is accepted",
    async (password) => {
      expect(await passwordProblem(password, ["someone@example.com"])).toBeNull();
    },
  );
});

describe("sign-up input", () => {
  const valid = {
    displayName: "Nguyễn Văn An",
    email: "  An.Nguyen@Example.COM ",
    password: "Sakura-2026-bridge",
    locale: "vi",
  };

  it("normalises the address", async () => {
    const parsed = await SignUpSchema.parseAsync(valid);
    expect(parsed.email).toBe("an.nguyen@example.com");
    expect(normalizeEmail(" A@B.CO ")).toBe("a@b.co");
  });

  it("reports each bad field with a message key", async () => {
    const result = await SignUpSchema.safeParseAsync({
      displayName: "   ",
      email: "not-an-address",
      password: "short",
      locale: "fr",
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors.displayName).toBe("errors.displayName.required");
    expect(errors.email).toBe("errors.email.invalid");
    expect(errors.locale).toBe("errors.invalid");
  });

  it("reports a weak password at the password field, with the reason", async () => {
    const result = await SignUpSchema.safeParseAsync({ ...valid, password: "abcdefghijkl" });
    expect(fieldErrors(result.error!)).toEqual({ password: "errors.password.weakBecause.sequences" });
  });

  it("refuses control characters in names and wrong types", async () => {
    expect((await SignUpSchema.safeParseAsync({ ...valid, displayName: "An\u0000" })).success).toBe(false);
    expect((await SignUpSchema.safeParseAsync({ ...valid, email: 42 })).success).toBe(false);
    expect((await SignUpSchema.safeParseAsync({ ...valid, displayName: "x".repeat(101) })).success).toBe(false);
  });
});
