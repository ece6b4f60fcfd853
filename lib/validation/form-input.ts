// How form input is validated everywhere: free text trimmed, bounded and without control characters, and
// zod's issues turned into one message key per field (errors.*, translated at the field). Pure.
import { z } from "zod";

/** Control characters other than tab and line breaks: never meant in a form's text. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Free text of at most `max` characters after trimming. */
export const formText = (max: number, tooLong = "errors.text.tooLong") =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: "errors.text.control" });

/** zod issues -> { field: messageKey }, the first issue per field; issues without a field go to "form". */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
  }
  return out;
}
