"use client";
import { useTranslations } from "next-intl";
import { inviteAction } from "@/actions/firm";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/ui/text-field";

/** A firm's administrator invites a colleague by email address; the answer shows under the field. */
export function InviteForm({ firmId }: { firmId: string }) {
  const t = useTranslations("myFirm");
  return (
    <ActionForm action={inviteAction} hiddenFields={{ firmId }} notice="end" className="space-y-3">
      <p className="text-sm text-slate-600">{t("inviteHint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label={t("inviteEmail")} name="email" type="email" autoComplete="off" required />
        </div>
        <SubmitButton>{t("inviteSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
