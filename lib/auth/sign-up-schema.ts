import { z } from "zod";
import { LOCALES } from "@/lib/i18n/routing";
import { passwordProblem } from "./password";

/** Addresses are compared lower-cased and trimmed; the database keeps them that way. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Error messages are message keys under `errors.*`, translated where they are shown.
export const EmailSchema = z
  .string({ error: "errors.email.invalid" })
  .max(254, { error: "errors.email.invalid" })
  .transform(normalizeEmail)
  .pipe(z.email({ error: "errors.email.invalid" }));

export const SignUpSchema = z
  .object({
    displayName: z
      .string({ error: "errors.displayName.required" })
      .trim()
      .min(1, { error: "errors.displayName.required" })
      .max(100, { error: "errors.displayName.tooLong" })
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "errors.displayName.invalid" }),
    email: EmailSchema,
    password: z.string({ error: "errors.password.tooShort" }),
    locale: z.enum(LOCALES).default("en"),
  })
  // Asynchronous: the strength estimate runs on a worker thread (password.ts); parse with safeParseAsync.
  .superRefine(async (v, ctx) => {
    const problem = await passwordProblem(v.password, [v.email, v.displayName]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type SignUpInput = z.infer<typeof SignUpSchema>;
