import { describe, expect, it } from "vitest";
import { AppError, databaseBusy, formMessages } from "@/lib/errors";

const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

describe("formMessages", () => {
  it("shows the error's own field messages for bad input, a conflict and a busy database", () => {
    expect(formMessages(new AppError("INVALID_INPUT", "bad", { email: "errors.email.invalid" }))).toEqual({
      email: "errors.email.invalid",
    });
    expect(formMessages(new AppError("CONFLICT", "taken", { email: "errors.email.taken" }))).toEqual({
      email: "errors.email.taken",
    });
    expect(formMessages(databaseBusy(prismaError("P2028")))).toEqual({ form: "errors.busy" });
  });

  it("answers a refusal with one message that says nothing about what exists", () => {
    expect(formMessages(new AppError("FORBIDDEN", "not yours", { secret: "errors.vetting.alreadyDecided" }))).toEqual({
      form: "errors.forbidden",
    });
    expect(formMessages(new AppError("NOT_FOUND", "no such firm"))).toEqual({ form: "errors.forbidden" });
    expect(formMessages(new AppError("UNAUTHENTICATED", "sign in"))).toEqual({ form: "errors.signInFirst" });
    expect(formMessages(new AppError("INVALID_INPUT", "bad, no field"))).toEqual({ form: "errors.invalid" });
  });
});
