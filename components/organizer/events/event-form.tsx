// An edition's form, for creating one and for editing it: names in three languages, place, time zone, local
// start and end in that zone, the organizing bodies and which of them vets which country. The labels are
// translated here on the server; the ActionForm around them shows each refusal at its field and keeps what was
// typed. Editing carries the version the form was loaded with, so a save over another admin's is refused.
import { getTranslations } from "next-intl/server";
import { createEventAction, updateEventAction } from "@/actions/events";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, Select } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";

/** The zones organizers pick most; any IANA name the server knows is accepted. */
const ZONES = ["Asia/Ho_Chi_Minh", "Asia/Tokyo", "Asia/Bangkok", "Asia/Singapore", "UTC"];
const COUNTRIES = ["VN", "JP", "OTHER"] as const;

export type EventFormValues = {
  series: string;
  nameEn: string;
  nameJa: string;
  nameVi: string;
  city: string;
  venue: string;
  timeZone: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  bodies: string[];
  vettingVN: string;
  vettingJP: string;
  vettingOTHER: string;
};

type Body = { id: string; code: string; nameEn: string; nameJa: string; nameVi: string };

export async function EventForm({
  values,
  bodies,
  locale,
  edit,
}: {
  values: EventFormValues;
  bodies: Body[];
  locale: AppLocale;
  /** The edition being edited and the version its form was loaded with; none when creating. */
  edit?: { eventId: string; version: number };
}) {
  const t = await getTranslations("events.form");
  const common = await getTranslations("common");
  const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
  const fields = (
    <>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField label={t("nameEn")} name="nameEn" defaultValue={values.nameEn} required maxLength={120} />
        <TextField label={t("nameJa")} name="nameJa" defaultValue={values.nameJa} required maxLength={120} lang="ja" />
        <TextField label={t("nameVi")} name="nameVi" defaultValue={values.nameVi} required maxLength={120} lang="vi" />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={t("series")}
          name="series"
          defaultValue={values.series}
          hint={t("seriesHint")}
          maxLength={60}
        />
        <TextField label={t("city")} name="city" defaultValue={values.city} required maxLength={80} />
        <TextField label={t("venue")} name="venue" defaultValue={values.venue} required maxLength={160} />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={t("timeZone")}
          name="timeZone"
          defaultValue={values.timeZone}
          hint={t("timeZoneHint")}
          list="event-time-zones"
          autoComplete="off"
        />
        <datalist id="event-time-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4">
        <TextField label={t("startDate")} name="startDate" type="date" defaultValue={values.startDate} required />
        <TextField label={t("startTime")} name="startTime" type="time" defaultValue={values.startTime} required />
        <TextField label={t("endDate")} name="endDate" type="date" defaultValue={values.endDate} required />
        <TextField label={t("endTime")} name="endTime" type="time" defaultValue={values.endTime} required />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("bodies")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {bodies.map((b) => (
            <label key={b.id} className="inline-flex min-h-11 items-center gap-2">
              <Choice name="bodies" value={b.id} defaultChecked={values.bodies.includes(b.id)} className="h-5 w-5" />
              {b.code} · {localized(b, "name", locale)}
            </label>
          ))}
        </div>
        <FieldError name="bodies" />
      </fieldset>
      <div className="grid gap-4 md:grid-cols-3">
        {COUNTRIES.map((c) => (
          <div key={c}>
            <label htmlFor={`vetting-${c}`} className="block text-sm font-medium text-slate-800">
              {t("vetting")} {common(`country.${c}`)}
            </label>
            <Select id={`vetting-${c}`} name={`vetting${c}`} defaultValue={values[`vetting${c}`]} className={select}>
              <option value="">{t("vettingNone")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.code}
                </option>
              ))}
            </Select>
            <FieldError name={`vetting${c}`} />
          </div>
        ))}
      </div>
      <SubmitButton>{edit ? t("save") : t("create")}</SubmitButton>
    </>
  );
  // Two forms rather than one with a chosen action: each action's answer has its own type.
  return edit ? (
    <ActionForm
      action={updateEventAction}
      hiddenFields={{ eventId: edit.eventId, version: String(edit.version) }}
      className="space-y-5"
      data-testid="event-form"
    >
      {fields}
    </ActionForm>
  ) : (
    <ActionForm action={createEventAction} className="space-y-5" data-testid="event-form">
      {fields}
    </ActionForm>
  );
}
