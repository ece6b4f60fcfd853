"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { MoveResult } from "@/app/[locale]/organizer/schedule/actions";

type Option = { id: string; label: string };
const select = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

/** Slot and table pickers; a refused move lists every conflict in words, at the form. */
export function MoveMeetingForm({
  action,
  slots,
  tables,
  current,
}: {
  action: (prev: MoveResult | null, form: FormData) => Promise<MoveResult>;
  slots: Option[];
  tables: Option[];
  current: { slotId: string; tableId: string };
}) {
  const t = useTranslations("schedule");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <div>
        <label htmlFor="move-slot" className="block text-sm font-medium">
          {t("slot")}
        </label>
        <select
          id="move-slot"
          name="slotId"
          defaultValue={current.slotId}
          className={select}
          aria-describedby="move-result"
        >
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="move-table" className="block text-sm font-medium">
          {t("table")}
        </label>
        <select
          id="move-table"
          name="tableId"
          defaultValue={current.tableId}
          className={select}
          aria-describedby="move-result"
        >
          {tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <button
        disabled={pending}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
      >
        {t("moveSubmit")}
      </button>
      <div id="move-result" aria-live="polite">
        {state?.ok ? (
          <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
            {t("moved")}
          </p>
        ) : null}
        {state && !state.ok ? (
          <div role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
            <p className="font-semibold">{t("refused")}</p>
            <ul className="list-disc pl-5">
              {state.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </form>
  );
}
