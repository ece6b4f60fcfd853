import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import { SignUpSchema, normalizeEmail } from "@/lib/auth/sign-up-schema";
import { fieldErrors } from "@/lib/validation/form-input";

describe("password policy", () => {
  it.each([
    ["short1!", "tooShort"],
    ["abcdefghijk", "weak"],
    ["12345678901", "weak"],
    ["password123", "weak"],
    ["aaaaaaaaa1", "weak"],
    ["nguyen.an2026", "weak"],
    ["x".repeat(70) + "1é", "tooLong"],
  ])("%s is refused as %s", (password, problem) => {
    expect(passwordProblem(password, "nguyen.an@example.com")).toBe(problem);
  });

  it.each(["Sakura-2026-bridge", "cầu-nối-2026", "架け橋パスワード2026"])("%s is accepted", (password) => {
    expect(passwordProblem(password, "someone@example.com")).toBeNull();
  });
});

describe("sign-up input", () => {
  const valid = {
    displayName: "Nguyễn Văn An",
    email: "  An.Nguyen@Example.COM ",
    password: "Sakura-2026-bridge",
    locale: "vi",
  };

  it("normalises the address", () => {
    const parsed = SignUpSchema.parse(valid);
    expect(parsed.email).toBe("an.nguyen@example.com");
    expect(normalizeEmail(" A@B.CO ")).toBe("a@b.co");
  });

  it("reports each bad field with a message key", () => {
    const result = SignUpSchema.safeParse({
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

  it("reports a weak password at the password field", () => {
    const result = SignUpSchema.safeParse({ ...valid, password: "abcdefghijk" });
    expect(fieldErrors(result.error!)).toEqual({ password: "errors.password.weak" });
  });

  it("refuses control characters in names and wrong types", () => {
    expect(SignUpSchema.safeParse({ ...valid, displayName: "An\u0000" }).success).toBe(false);
    expect(SignUpSchema.safeParse({ ...valid, email: 42 }).success).toBe(false);
    expect(SignUpSchema.safeParse({ ...valid, displayName: "x".repeat(101) }).success).toBe(false);
  });
});
