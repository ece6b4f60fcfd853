// What the account forms' server actions hand back to useActionState: done or refused, the message keys per
// field ("form" for the form as a whole), a message to show when done (a key and its values), and what the
// person typed, so a refused form keeps it (passwords excepted: they never travel back).
// Issue 15's defineAction is to replace this with one result type for every form; the shape is kept close.
import { AppError, formMessages } from "@/lib/errors";

export type FormState = {
  ok: boolean;
  errors: Record<string, string>;
  values: Record<string, string>;
  done?: { key: string; values?: Record<string, string | number> };
};

export const INITIAL_FORM_STATE: FormState = { ok: false, errors: {}, values: {} };

/** The fields of a form as typed, without any password. */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$")) values[key] = value.slice(0, 1000);
  return values;
}

/** A refusal as a form state; anything that is not an AppError is not the form's to show. */
export function refused(e: unknown, form: FormData): FormState {
  if (e instanceof AppError) return { ok: false, errors: formMessages(e), values: typedValues(form) };
  throw e;
}
