"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/action-form";
import { Input, Select } from "@/components/forms/fields";

export type CapabilityOption = { id: string; label: string };

/**
 * Requirement rows the lead adds and removes: capability, must-have or nice-to-have, weight 1–5. Each row's
 * fields are named by a key that stays with the row (requirements.<key>.capabilityId), so a refused form puts
 * every row's values back in its own row.
 */
export function RequirementRows({ options }: { options: CapabilityOption[] }) {
  const t = useTranslations("consortiums.form");
  const [rows, setRows] = useState<number[]>([0, 1, 2]);
  const [next, setNext] = useState(3);
  return (
    <fieldset className="space-y-2" aria-describedby="requirements-error">
      <legend className="font-semibold">{t("requirements")}</legend>
      <p className="text-sm text-slate-600">{t("requirementsHint")}</p>
      {rows.map((key, i) => (
        <div
          key={key}
          className="grid gap-2 rounded-lg border border-slate-200 p-2 sm:grid-cols-[1fr_10rem_6rem_auto]"
          data-testid="requirement-row"
        >
          <label className="text-sm">
            <span className="sr-only">{t("capabilityN", { n: i + 1 })}</span>
            <Select
              name={`requirements.${key}.capabilityId`}
              className="block w-full rounded-lg border border-slate-300 px-2 py-2"
              aria-label={t("capabilityN", { n: i + 1 })}
            >
              <option value="">{t("chooseCapability")}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </label>
          <Select
            name={`requirements.${key}.must`}
            defaultValue="must"
            className="rounded-lg border border-slate-300 px-2 py-2"
            aria-label={t("importanceN", { n: i + 1 })}
          >
            <option value="must">{t("must")}</option>
            <option value="nice">{t("nice")}</option>
          </Select>
          <Input
            name={`requirements.${key}.weight`}
            type="number"
            min={1}
            max={5}
            defaultValue={3}
            className="rounded-lg border border-slate-300 px-2 py-2"
            aria-label={t("weightN", { n: i + 1 })}
          />
          <button
            type="button"
            onClick={() => setRows(rows.filter((r) => r !== key))}
            className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm"
            aria-label={t("removeN", { n: i + 1 })}
          >
            {t("remove")}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          setRows([...rows, next]);
          setNext(next + 1);
        }}
        className="min-h-11 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800"
      >
        {t("addRequirement")}
      </button>
      <FieldError name="requirements" id="requirements-error" />
    </fieldset>
  );
}
