"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { requestMeetingAction } from "@/actions/meetings";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, TextArea } from "@/components/forms/fields";

/**
 * A meeting request to another firm, from its profile: how much, and a message. Once sent, the profile shows the
 * request's state instead of this form, so the answer shows at the top of the page.
 */
export function RequestMeetingForm({ fromFirmId, toFirmId }: { fromFirmId: string; toFirmId: string }) {
  const t = useTranslations("meetings");
  const messageId = useId();
  return (
    <ActionForm
      action={requestMeetingAction}
      hiddenFields={{ fromFirmId, toFirmId }}
      notice="page"
      className="space-y-3"
      id="request"
    >
      <fieldset>
        <legend className="text-sm font-medium">{t("priority")}</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <Choice type="radio" name="priority" value="MUST" className="h-5 w-5" /> {t("must")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <Choice type="radio" name="priority" value="WOULD_LIKE" defaultChecked className="h-5 w-5" /> {t("wouldLike")}
        </label>
      </fieldset>
      <div>
        <label htmlFor={messageId} className="block text-sm font-medium">
          {t("message")}
        </label>
        <TextArea
          id={messageId}
          name="message"
          rows={3}
          maxLength={1000}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        />
        <FieldError name="message" />
      </div>
      <SubmitButton>{t("send")}</SubmitButton>
    </ActionForm>
  );
}
