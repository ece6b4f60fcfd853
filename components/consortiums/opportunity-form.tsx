"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { RequirementRows, type CapabilityOption } from "./requirement-rows";
import type { OpportunityFormResult } from "@/app/[locale]/consortiums/actions";

const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
const REGIONS = ["ASEAN", "US", "EU", "EAST_ASIA", "OCEANIA", "JAPAN", "VIETNAM"] as const;
const CLIENTS = ["GOVERNMENT", "ENTERPRISE", "SME", "NONPROFIT"] as const;
const BANDS = ["UNDER_100K", "K100_500", "K500_2M", "M2_10", "OVER_10M"] as const;

/** Post a bid opportunity: the project, its market, and the capabilities the consortium needs. */
export function OpportunityForm({
  action,
  leads,
  sectors,
  capabilities,
}: {
  action: (prev: OpportunityFormResult | null, form: FormData) => Promise<OpportunityFormResult>;
  leads: { id: string; name: string }[];
  sectors: CapabilityOption[];
  capabilities: CapabilityOption[];
}) {
  const t = useTranslations("consortiums.form");
  const c = useTranslations("consortiums");
  const common = useTranslations("common");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const error = (name: string) => (state?.errors[name] ? tAll(state.errors[name] as never) : undefined);
  const fieldError = (name: string) =>
    error(name) ? (
      <p className="text-sm font-medium text-accent-600" data-field-error={name}>
        {error(name)}
      </p>
    ) : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state?.errors.form ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {tAll(state.errors.form as never)}
        </p>
      ) : null}
      <div>
        <label htmlFor="opp-lead" className="block text-sm font-medium">
          {t("lead")}
        </label>
        <select id="opp-lead" name="leadFirmId" className={select}>
          {leads.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t("title")} name="title" error={error("title")} />
      <div>
        <label htmlFor="opp-description" className="block text-sm font-medium">
          {t("description")}
        </label>
        <textarea id="opp-description" name="description" rows={4} className={select} />
        {fieldError("description")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="opp-region" className="block text-sm font-medium">
            {t("region")}
          </label>
          <select id="opp-region" name="region" defaultValue="ASEAN" className={select}>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {common(`market.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t("country")} name="country" error={error("country")} />
        <div>
          <label htmlFor="opp-sector" className="block text-sm font-medium">
            {t("sector")}
          </label>
          <select id="opp-sector" name="sectorId" defaultValue="" className={select}>
            <option value="">{common("any")}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="opp-client" className="block text-sm font-medium">
            {t("clientType")}
          </label>
          <select id="opp-client" name="clientType" defaultValue="GOVERNMENT" className={select}>
            {CLIENTS.map((x) => (
              <option key={x} value={x}>
                {c(`client.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="opp-budget" className="block text-sm font-medium">
            {t("budget")}
          </label>
          <select id="opp-budget" name="budgetBand" defaultValue="K500_2M" className={select}>
            {BANDS.map((x) => (
              <option key={x} value={x}>
                {c(`band.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t("deadline")} name="deadline" type="date" error={error("deadline")} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["en", "ja", "vi"] as const).map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="languages" value={l} defaultChecked={l === "en"} className="h-5 w-5" />
              {tAll(`tours.form.language.${l}`)}
            </label>
          ))}
        </div>
        {fieldError("languages")}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("visibility")}</legend>
        {(["OPEN", "CONFIDENTIAL"] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="visibility" value={v} defaultChecked={v === "OPEN"} className="h-5 w-5" />
            {c(`visibility.${v}`)}
          </label>
        ))}
      </fieldset>
      <RequirementRows options={capabilities} error={error("requirements")} />
      <button
        disabled={pending}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
