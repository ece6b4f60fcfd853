"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import type { TourFormResult } from "@/app/[locale]/tours/actions";

export type TourFormValues = {
  hostFirmId: string;
  titleEn: string;
  titleJa: string;
  titleVi: string;
  descriptionEn: string;
  descriptionJa: string;
  descriptionVi: string;
  date: string;
  start: string;
  durationMinutes: number;
  meetingPoint: string;
  meetingPointJa: string;
  meetingPointVi: string;
  transport: string;
  seats: number;
  languages: string[];
  eligibleCountries: string[];
  deadlineDate: string;
  deadlineTime: string;
  hostApproval: boolean;
};

const area = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

/** Create or edit a tour; every error shows at its field, in the reader's language. */
export function TourForm({
  action,
  hosts,
  values,
  zoneLabel,
}: {
  action: (prev: TourFormResult | null, form: FormData) => Promise<TourFormResult>;
  hosts: { id: string; name: string }[];
  values: TourFormValues;
  zoneLabel: string;
}) {
  const t = useTranslations("tours.form");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const error = (name: string) => (state?.errors[name] ? tAll(state.errors[name] as never) : undefined);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state?.errors.form ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {tAll(state.errors.form as never)}
        </p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="tour-host" className="block text-sm font-medium">
          {t("host")}
        </label>
        <select id="tour-host" name="hostFirmId" defaultValue={values.hostFirmId} className={area}>
          {hosts.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
        {error("hostFirmId") ? <p className="text-sm font-medium text-accent-600">{error("hostFirmId")}</p> : null}
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("titles")}</legend>
        <TextField label={t("titleEn")} name="titleEn" defaultValue={values.titleEn} error={error("titleEn")} />
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
            <textarea
              id={`tour-description${suffix}`}
              name={`description${suffix}`}
              rows={3}
              defaultValue={values[`description${suffix}`]}
              className={area}
            />
            {error(`description${suffix}`) ? (
              <p className="text-sm font-medium text-accent-600">{error(`description${suffix}`)}</p>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t("date")}
          name="date"
          type="date"
          defaultValue={values.date}
          error={error("date")}
          hint={zoneLabel}
        />
        <TextField label={t("start")} name="start" type="time" defaultValue={values.start} error={error("start")} />
        <TextField
          label={t("duration")}
          name="durationMinutes"
          type="number"
          min={15}
          max={720}
          defaultValue={values.durationMinutes}
          error={error("durationMinutes")}
        />
      </div>
      <TextField
        label={t("meetingPoint")}
        name="meetingPoint"
        defaultValue={values.meetingPoint}
        error={error("meetingPoint")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("meetingPointJa")}
          name="meetingPointJa"
          lang="ja"
          defaultValue={values.meetingPointJa}
          error={error("meetingPointJa")}
        />
        <TextField
          label={t("meetingPointVi")}
          name="meetingPointVi"
          lang="vi"
          defaultValue={values.meetingPointVi}
          error={error("meetingPointVi")}
        />
      </div>
      <TextField label={t("transport")} name="transport" defaultValue={values.transport} error={error("transport")} />
      <TextField
        label={t("seats")}
        name="seats"
        type="number"
        min={1}
        max={500}
        defaultValue={values.seats}
        error={error("seats")}
      />
      <fieldset>
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["ja", "vi", "en"] as const).map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="languages"
                value={l}
                defaultChecked={values.languages.includes(l)}
                className="h-5 w-5"
              />
              {t(`language.${l}`)}
            </label>
          ))}
        </div>
        {error("languages") ? <p className="text-sm font-medium text-accent-600">{error("languages")}</p> : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("eligible")}</legend>
        <p className="text-sm text-slate-600">{t("eligibleHint")}</p>
        <div className="flex flex-wrap gap-4">
          {(["JP", "VN", "OTHER"] as const).map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
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
        <TextField
          label={t("deadlineDate")}
          name="deadlineDate"
          type="date"
          defaultValue={values.deadlineDate}
          error={error("deadlineDate")}
        />
        <TextField
          label={t("deadlineTime")}
          name="deadlineTime"
          type="time"
          defaultValue={values.deadlineTime}
          error={error("deadlineTime")}
        />
      </div>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="hostApproval" defaultChecked={values.hostApproval} className="h-5 w-5" />
        {t("hostApproval")}
      </label>
      <button
        disabled={pending}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
