// "Write a message": opens (or finds) the thread with another firm and goes there (actions/conversations.ts).
// Used on the messages list, a firm's profile and each meeting request.
import { openConversationAction } from "@/actions/conversations";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export function OpenConversationButton({
  firmId,
  otherFirmId,
  label,
  look = "button",
  testId,
}: {
  firmId: string;
  otherFirmId: string;
  label: string;
  /** A bordered button, or a link-like one inside a line of text. */
  look?: "button" | "link";
  testId?: string;
}) {
  return (
    <ActionForm
      action={openConversationAction}
      hiddenFields={{ firmId, otherFirmId }}
      notice="end"
      className={look === "link" ? "inline" : undefined}
    >
      <SubmitButton
        variant={look === "link" ? "plain" : "secondary"}
        className={
          look === "link" ? "min-h-11 text-sm text-brand-800 underline" : "text-sm font-semibold text-brand-800"
        }
        data-testid={testId}
      >
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
