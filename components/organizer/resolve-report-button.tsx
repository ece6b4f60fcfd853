// An event admin marks a reported message dealt with (actions/conversations.ts). The row changes with the
// answer, so the answer shows at the top of the page.
import { resolveReportAction } from "@/actions/conversations";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export function ResolveReportButton({ reportId, label }: { reportId: string; label: string }) {
  return (
    <ActionForm action={resolveReportAction} hiddenFields={{ reportId }} notice="page" className="mt-2">
      <SubmitButton variant="secondary" className="text-sm font-semibold">
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
