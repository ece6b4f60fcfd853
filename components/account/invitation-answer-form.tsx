"use client";
// Accept or decline an offer made to the signed-in person (a firm's place or a staff role at an edition): the
// row goes once answered, and the answer shows at the top of the page. The labels come from the page (the
// "invitations" namespace is translated on the server, not sent to the browser).
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import type { ActionState } from "@/lib/actions/action-state";

export function InvitationAnswerForm<Data>({
  action,
  invitationId,
  labels,
}: {
  action: (state: ActionState<Data>, form: FormData) => Promise<ActionState<Data>>;
  invitationId: string;
  labels: { accept: string; decline: string };
}) {
  return (
    <ActionForm action={action} hiddenFields={{ invitationId }} notice="page" className="mt-3 flex flex-wrap gap-2">
      <SubmitButton name="response" value="accept">
        {labels.accept}
      </SubmitButton>
      <SubmitButton name="response" value="decline" variant="secondary">
        {labels.decline}
      </SubmitButton>
    </ActionForm>
  );
}
