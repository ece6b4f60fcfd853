"use client";
import { useTranslations } from "next-intl";
import { moveMeetingAction } from "@/actions/schedule";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";

type Option = { id: string; label: string };
const select = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

/** Slot and table pickers; a refused move lists every conflict in words, at the form, and keeps the choice. */
export function MoveMeetingForm({
  meetingId,
  slots,
  tables,
  current,
}: {
  meetingId: string;
  slots: Option[];
  tables: Option[];
  current: { slotId: string; tableId: string };
}) {
  const t = useTranslations("schedule");
  return (
    <ActionForm action={moveMeetingAction} hiddenFields={{ meetingId }} notice="end" className="space-y-3">
      <div>
        <label htmlFor="move-slot" className="block text-sm font-medium">
          {t("slot")}
        </label>
        <Select id="move-slot" name="slotId" defaultValue={current.slotId} className={select}>
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="move-table" className="block text-sm font-medium">
          {t("table")}
        </label>
        <Select id="move-table" name="tableId" defaultValue={current.tableId} className={select}>
          {tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </Select>
      </div>
      <SubmitButton>{t("moveSubmit")}</SubmitButton>
    </ActionForm>
  );
}
