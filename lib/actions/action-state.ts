// What every server action answers, and what every form shows: one type for the whole app (lib/actions/
// define-action.ts makes actions that answer it; components/forms/action-form.tsx shows it). Pure; safe in the
// browser.
import type { ErrorKey, Notice } from "@/lib/i18n/message-keys";

/**
 * What the person submitted, field by field (repeated fields as lists; files and passwords left out), handed back
 * with every answer so a refused form shows what they typed instead of starting over.
 */
export type FormValues = Record<string, string | string[]>;

/** Field name ("email", "contacts.0.name") -> the message to show at that field. */
export type FieldErrors = Record<string, ErrorKey>;

export type ActionState<Data = null> =
  /** Nothing submitted yet. */
  | { status: "idle" }
  /** It worked; `message` says so at the form when there is something to say. */
  | { status: "done"; data: Data; message?: Notice; goTo?: string; values: FormValues }
  /** The input was wrong: a message at each field concerned ("form" for one about the whole form). */
  | { status: "fieldErrors"; fields: FieldErrors; values: FormValues }
  /**
   * One message for the whole form: a refusal (which says nothing about what exists), a conflict, a busy
   * database, an unexpected failure; `reasons` when the refusal has several (a move into a conflict).
   */
  | { status: "formError"; message: Notice<ErrorKey>; reasons?: Notice[]; values: FormValues };

export const IDLE: ActionState<never> = { status: "idle" };

/**
 * A server action made by defineAction. Forms pass it to useActionState (state, FormData) or straight to
 * <form action> (FormData); client code may call it with its typed input. The (state, form) signature is last so
 * that useActionState infers from it.
 */
export type FormAction<Input, Data = null> = {
  (input: Input): Promise<ActionState<Data>>;
  (form: FormData): Promise<ActionState<Data>>;
  (state: ActionState<Data>, form: FormData): Promise<ActionState<Data>>;
};

/** The values to show in a form after an answer: what was submitted, unless it worked (then the page's own). */
export function submittedValues(state: ActionState<unknown>): FormValues | null {
  return state.status === "fieldErrors" || state.status === "formError" ? state.values : null;
}
