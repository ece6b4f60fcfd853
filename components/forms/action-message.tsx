"use client";
// How an action's answer reads: its notice in the reader's language, and the form's message for it.
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import type { ClientMessageKey, ErrorKey, Notice } from "@/lib/i18n/message-keys";

/** The values given, without those left undefined (a notice built by a condition may leave one out). */
const defined = (values: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, string | number] => e[1] !== undefined));

/** A notice in the reader's language. */
export function useNoticeText() {
  const t = useTranslations();
  return (notice: Notice<ClientMessageKey | ErrorKey>): string =>
    typeof notice === "string" ? t(notice) : t(notice.key, defined(notice.values));
}

/**
 * A message key that arrived at run time (an API's JSON, not an action's typed answer): shown when it is one of
 * our errors.* keys, as errors.generic otherwise.
 */
export function useRuntimeErrorText() {
  const t = useTranslations();
  return (key: unknown, values: Record<string, string | number> = {}): string =>
    typeof key === "string" && key.startsWith("errors.") && t.has(key as ErrorKey)
      ? t(key as ErrorKey, values)
      : t("errors.generic");
}

/** The form's message for an answer: what was done, the refusal (with its reasons), or "fix the fields below". */
export function ActionMessage({ state, className = "" }: { state: ActionState<unknown>; className?: string }) {
  const text = useNoticeText();
  const t = useTranslations("errors");
  if (state.status === "done")
    return state.message ? (
      <p role="status" className={`rounded-lg bg-green-50 p-3 text-green-900 ${className}`} data-testid="form-done">
        {text(state.message)}
      </p>
    ) : null;
  if (state.status === "formError")
    return (
      <div role="alert" className={`rounded-lg bg-red-50 p-3 text-accent-600 ${className}`} data-testid="form-error">
        <p className="font-medium">{text(state.message)}</p>
        {state.reasons?.length ? (
          <ul className="list-disc pl-5">
            {state.reasons.map((r) => (
              <li key={text(r)}>{text(r)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  if (state.status === "fieldErrors")
    return (
      <p
        role="alert"
        className={`rounded-lg bg-red-50 p-3 font-medium text-accent-600 ${className}`}
        data-testid="form-error"
      >
        {state.fields.form ? text(state.fields.form) : t("fixFields")}
      </p>
    );
  return null;
}
