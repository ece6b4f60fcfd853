"use client";
// Forms of the firms-without-people page: resend a firm's administrator offer (to the address shown, or a new
// one typed here), and invite all not yet invited.
import { useTranslations } from "next-intl";
import { inviteAllNotInvitedAction, resendFirmOfferAction } from "@/actions/firm-people";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/ui/text-field";

export function ResendOfferForm({
  eventId,
  firmId,
  email,
  invited,
}: {
  eventId: string;
  firmId: string;
  email: string;
  invited: boolean;
}) {
  const t = useTranslations("firmPeople");
  return (
    <ActionForm action={resendFirmOfferAction} hiddenFields={{ eventId, firmId }} notice="end" className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64">
          <TextField label={t("address")} name="email" type="email" defaultValue={email} autoComplete="off" />
        </div>
        <SubmitButton variant="secondary">{invited ? t("resend") : t("send")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function InviteAllForm({ eventId }: { eventId: string }) {
  const t = useTranslations("firmPeople");
  return (
    <ActionForm action={inviteAllNotInvitedAction} hiddenFields={{ eventId }} notice="page">
      <SubmitButton>{t("inviteAll")}</SubmitButton>
    </ActionForm>
  );
}
