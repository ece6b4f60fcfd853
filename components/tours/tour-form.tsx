"use client";
import { useTranslations } from "next-intl";
import { saveTourAction } from "@/actions/tours";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, Select, TextArea } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import type { TourFormValues } from "@/lib/tours/tour-form-values";

export type { TourFormValues };

const area = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

/** Create or edit a tour (tourId); every error shows at its field, in the reader's language. */
export function TourForm({
  tourId,
  hosts,
  values,
  zoneLabel,
}: {
  tourId?: string;
  hosts: { id: string; name: string }[];
  values: TourFormValues;
  zoneLabel: string;
}) {
  const t = useTranslations("tours.form");
  return (
    <ActionForm
      action={saveTourAction}
      hiddenFields={tourId ? { tourId } : undefined}
      className="space-y-5"
      data-testid="tour-form"
    >
      <div className="space-y-1">
        <label htmlFor="tour-host" className="block text-sm font-medium">
          {t("host")}
        </label>
        <Select id="tour-host" name="hostFirmId" defaultValue={values.hostFirmId} className={area}>
          {hosts.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </Select>
        <FieldError name="hostFirmId" />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("titles")}</legend>
        <TextField label={t("titleEn")} name="titleEn" defaultValue={values.titleEn} />
        <TextField label={t("titleJa")} name="titleJa" defaultValue={values.titleJa} lang="ja" />
        <TextField label={t("titleVi")} name="titleVi" defaultValue={values.titleVi} lang="vi" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("descriptions")}</legend>
        {(["En", "Ja", "Vi"] as const).map((suffix) => (
          <div key={suffix} className="space-y-1">
            <label htmlFor={`tour-description${suffix}`} className="block text-sm font-medium">
              {t(`description${suffix}`)}
            </label>
            <TextArea
              id={`tour-description${suffix}`}
              name={`description${suffix}`}
              rows={3}
              defaultValue={values[`description${suffix}`]}
              className={area}
            />
            <FieldError name={`description${suffix}`} />
          </div>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("date")} name="date" type="date" defaultValue={values.date} hint={zoneLabel} />
        <TextField label={t("start")} name="start" type="time" defaultValue={values.start} />
        <TextField
          label={t("duration")}
          name="durationMinutes"
          type="number"
          min={15}
          max={720}
          defaultValue={values.durationMinutes}
        />
      </div>
      <TextField label={t("meetingPoint")} name="meetingPoint" defaultValue={values.meetingPoint} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("meetingPointJa")} name="meetingPointJa" lang="ja" defaultValue={values.meetingPointJa} />
        <TextField label={t("meetingPointVi")} name="meetingPointVi" lang="vi" defaultValue={values.meetingPointVi} />
      </div>
      <TextField label={t("transport")} name="transport" defaultValue={values.transport} />
      <TextField label={t("seats")} name="seats" type="number" min={1} max={500} defaultValue={values.seats} />
      <fieldset>
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["ja", "vi", "en"] as const).map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <Choice name="languages" value={l} defaultChecked={values.languages.includes(l)} className="h-5 w-5" />
              {t(`language.${l}`)}
            </label>
          ))}
        </div>
        <FieldError name="languages" />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("eligible")}</legend>
        <p className="text-sm text-slate-600">{t("eligibleHint")}</p>
        <div className="flex flex-wrap gap-4">
          {(["JP", "VN", "OTHER"] as const).map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2">
              <Choice
                name="eligibleCountries"
                value={c}
                defaultChecked={values.eligibleCountries.includes(c)}
                className="h-5 w-5"
              />
              {t(`country.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("deadlineDate")} name="deadlineDate" type="date" defaultValue={values.deadlineDate} />
        <TextField label={t("deadlineTime")} name="deadlineTime" type="time" defaultValue={values.deadlineTime} />
      </div>
      <label className="flex min-h-11 items-center gap-2">
        <Choice name="hostApproval" defaultChecked={values.hostApproval} className="h-5 w-5" />
        {t("hostApproval")}
      </label>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
