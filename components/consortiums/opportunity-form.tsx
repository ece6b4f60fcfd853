"use client";
import { useTranslations } from "next-intl";
import { createOpportunityAction } from "@/actions/consortiums";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, Select, TextArea } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import { BUDGET_BANDS, CLIENT_TYPES } from "@/lib/enums";
import { LOCALES } from "@/lib/i18n/routing";
import { RequirementRows, type CapabilityOption } from "./requirement-rows";

const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
// Third markets first: where consortiums bid.
const REGIONS = ["ASEAN", "US", "EU", "EAST_ASIA", "OCEANIA", "JAPAN", "VIETNAM"] as const;

/** Post a bid opportunity: the project, its market, and the capabilities the consortium needs. */
export function OpportunityForm({
  leads,
  sectors,
  capabilities,
  zoneLabel,
}: {
  leads: { id: string; name: string }[];
  sectors: CapabilityOption[];
  capabilities: CapabilityOption[];
  /** The event's zone ("ICT (UTC+7)"): the deadline is a local time there. */
  zoneLabel: string;
}) {
  const t = useTranslations("consortiums.form");
  const c = useTranslations("consortiums");
  const common = useTranslations("common");
  const tours = useTranslations("tours.form");
  return (
    <ActionForm action={createOpportunityAction} className="space-y-4" data-testid="opportunity-form">
      <div>
        <label htmlFor="opp-lead" className="block text-sm font-medium">
          {t("lead")}
        </label>
        <Select id="opp-lead" name="leadFirmId" defaultValue={leads[0]?.id ?? ""} className={select}>
          {leads.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </div>
      <TextField label={t("title")} name="title" />
      <div>
        <label htmlFor="opp-description" className="block text-sm font-medium">
          {t("description")}
        </label>
        <TextArea id="opp-description" name="description" rows={4} className={select} />
        <FieldError name="description" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="opp-region" className="block text-sm font-medium">
            {t("region")}
          </label>
          <Select id="opp-region" name="region" defaultValue="ASEAN" className={select}>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {common(`market.${r}`)}
              </option>
            ))}
          </Select>
        </div>
        <TextField label={t("country")} name="country" />
        <div>
          <label htmlFor="opp-sector" className="block text-sm font-medium">
            {t("sector")}
          </label>
          <Select id="opp-sector" name="sectorId" defaultValue="" className={select}>
            <option value="">{common("any")}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="opp-client" className="block text-sm font-medium">
            {t("clientType")}
          </label>
          <Select id="opp-client" name="clientType" defaultValue="GOVERNMENT" className={select}>
            {CLIENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {c(`client.${x}`)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="opp-budget" className="block text-sm font-medium">
            {t("budget")}
          </label>
          <Select id="opp-budget" name="budgetBand" defaultValue="K500_2M" className={select}>
            {BUDGET_BANDS.map((x) => (
              <option key={x} value={x}>
                {c(`band.${x}`)}
              </option>
            ))}
          </Select>
        </div>
        <TextField label={t("deadline")} name="deadline" type="date" hint={t("deadlineZone", { zone: zoneLabel })} />
        <TextField label={t("deadlineTime")} name="deadlineTime" type="time" placeholder="23:59" />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="flex flex-wrap gap-4">
          {LOCALES.map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <Choice name="languages" value={l} defaultChecked={l === "en"} className="h-5 w-5" />
              {tours(`language.${l}`)}
            </label>
          ))}
        </div>
        <FieldError name="languages" />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("visibility")}</legend>
        {(["OPEN", "CONFIDENTIAL"] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-2">
            <Choice type="radio" name="visibility" value={v} defaultChecked={v === "OPEN"} className="h-5 w-5" />
            {c(`visibility.${v}`)}
          </label>
        ))}
      </fieldset>
      <RequirementRows options={capabilities} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
