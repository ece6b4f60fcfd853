"use client";
// For a form that has nothing more to do once it worked (signing up, asking for a reset link): its fields go,
// and the done message (shown by the ActionForm around it) stays.
import { useActionForm } from "./action-form";

export function UntilDone({ children }: { children: React.ReactNode }) {
  const { state } = useActionForm();
  return state.status === "done" ? null : children;
}
