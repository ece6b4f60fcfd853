"use client";
import { useId } from "react";
import { useActionForm } from "@/components/forms/action-form";
import { useNoticeText } from "@/components/forms/action-message";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "defaultValue"> & {
  label: string;
  name: string;
  /** Overrides the message the surrounding ActionForm's answer has for this field. */
  error?: string;
  hint?: string;
  defaultValue?: string | number;
};

/**
 * A labelled input with its hint and error tied to it for screen readers. Inside an ActionForm it shows its
 * field's message and, after a refusal, what was submitted.
 */
export function TextField({ label, name, error, hint, defaultValue, ...input }: Props) {
  const id = useId();
  const form = useActionForm();
  const text = useNoticeText();
  const key = form.error(name);
  const message = error ?? (key ? text(key) : undefined);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 ${
          message ? "border-accent-600" : "border-slate-300"
        }`}
        defaultValue={form.inForm ? form.value(name, String(defaultValue ?? "")) : defaultValue}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="text-sm font-medium text-accent-600" data-field-error={name}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
