"use client";
// Form controls that know the answer of the ActionForm around them: after a refusal they show what was
// submitted (React resets a form after its action; the reset goes back to these values) and mark themselves
// invalid when their field has a message. Outside an ActionForm they are plain controls.
import { useActionForm } from "./action-form";

type Named = { name: string };

export function Input({
  name,
  defaultValue = "",
  type,
  ...props
}: Named &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & { defaultValue?: string | number }) {
  const form = useActionForm();
  if (type === "checkbox" || type === "radio") throw new Error("use <Choice> for checkboxes and radio buttons");
  return (
    <input
      name={name}
      type={type}
      defaultValue={form.value(name, String(defaultValue))}
      aria-invalid={form.error(name) ? true : undefined}
      {...props}
    />
  );
}

export function TextArea({
  name,
  defaultValue = "",
  ...props
}: Named &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue"> & { defaultValue?: string }) {
  const form = useActionForm();
  return (
    <textarea
      name={name}
      defaultValue={form.value(name, defaultValue)}
      aria-invalid={form.error(name) ? true : undefined}
      {...props}
    />
  );
}

export function Select({
  name,
  defaultValue = "",
  ...props
}: Named & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "defaultValue"> & { defaultValue?: string }) {
  const form = useActionForm();
  const shown = form.value(name, defaultValue);
  return (
    // React applies a select's defaultValue only when it mounts: a new value mounts a new select.
    <select
      key={shown}
      name={name}
      defaultValue={shown}
      aria-invalid={form.error(name) ? true : undefined}
      {...props}
    />
  );
}

/** A checkbox or radio button: ticked as submitted after a refusal, otherwise as `defaultChecked` says. */
export function Choice({
  name,
  value = "on",
  type = "checkbox",
  defaultChecked = false,
  ...props
}: Named & { value?: string; type?: "checkbox" | "radio" } & Omit<
    React.InputHTMLAttributes<HTMLInputElement>,
    "name" | "value" | "type"
  >) {
  const form = useActionForm();
  return (
    <input
      name={name}
      value={value}
      type={type}
      defaultChecked={form.checked(name, value, defaultChecked)}
      {...props}
    />
  );
}
