"use client";
// Start an edition from an earlier one's set-up (sessions, tables, settings); shown while it has none.
import { useId } from "react";
import { useTranslations } from "next-intl";
import { copySetupAction } from "@/actions/events";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";

export function CopySetupForm({ eventId, sources }: { eventId: string; sources: { id: string; name: string }[] }) {
  const t = useTranslations("eventCopy");
  const id = useId();
  return (
    <ActionForm action={copySetupAction} hiddenFields={{ eventId }} notice="end" className="space-y-3">
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {t("from")}
          </label>
          <Select
            id={id}
            name="fromEventId"
            defaultValue={sources[0]?.id ?? ""}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base"
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <FieldError name="fromEventId" />
        </div>
        <SubmitButton variant="secondary">{t("copy")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
