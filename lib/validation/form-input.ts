// How form input is validated everywhere: free text trimmed, bounded and without control characters, and
// zod's issues turned into one message key per field (errors.*, translated at the field). Pure.
import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/message-keys";

/** Control characters other than tab and line breaks: never meant in a form's text. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A row's id as forms and links carry it (cuid, or a seed's readable id). */
export const Id = z.string().min(1).max(64);

/** Free text of at most `max` characters after trimming. */
export const formText = (max: number, tooLong = "errors.text.tooLong") =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: "errors.text.control" });

/** A zod issue's message as a message key: schemas name errors.* keys; zod's own English messages are not. */
export function issueKey(issue: z.core.$ZodIssue): ErrorKey {
  // The keys schemas name exist (tests/integration/bad-input.test.ts checks every message a refusal shows).
  return issue.message.startsWith("errors.") ? (issue.message as ErrorKey) : "errors.invalid";
}

/** zod issues -> { field: messageKey }, the first issue per field; issues without a field go to "form". */
export function fieldErrors(error: z.ZodError): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issueKey(issue);
  return out;
}

/**
 * zod issues -> { "name" or "contacts.0.email": messageKey }, the first issue per field, as forms name their fields:
 * rows of fields by their full path, a list of plain values (ticked checkboxes) by its name.
 */
export function formFieldErrors(error: z.ZodError): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    while (path.length > 1 && /^\d+$/.test(path.at(-1)!)) path.pop();
    out[path.join(".") || "form"] ??= issueKey(issue);
  }
  return out;
}
