"use client";
// The firm's profile, to register a firm or edit one. An ActionForm: a refusal shows each message at its field
// (rows too: "contacts.0.email") and keeps everything typed, the logo aside (a browser cannot put a file back).
import { useTranslations } from "next-intl";
import { ActionForm, FieldError, SubmitButton, useActionForm } from "@/components/forms/action-form";
import { Choice, Input, Select, TextArea } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/actions/action-state";

export type ProfileFormValues = {
  nameLocal: string;
  nameEn: string;
  nameJa: string;
  country: string;
  city: string;
  yearFounded: string;
  employeeBand: string;
  website: string;
  sectorIds: string[];
  offers: { nodeId: string; note: string }[];
  seeks: { nodeId: string; note: string }[];
  markets: string[];
  certifications: string[];
  requiredCertifications: string[];
  cmmiLevel: string;
  japaneseSpeakers: string;
  bridgeEngineers: string;
  jlptN1: string;
  jlptN2: string;
  englishSpeakers: string;
  tags: string;
  descriptionEn: string;
  descriptionJa: string;
  descriptionVi: string;
  offersText: string;
  seeksText: string;
  intents: string[];
  firmType: string;
  partnerLanguages: string[];
  partnerPresence: string[];
  minPartnerEmployees: string;
  partnerOnsite: boolean;
  contacts: { name: string; title: string; email: string; phone: string }[];
};

type Option = { id: string; label: string; depth?: number };
type Props<Data> = {
  mode: "register" | "edit";
  action: (state: ActionState<Data>, form: FormData) => Promise<ActionState<Data>>;
  /** The firm edited (absent when registering). */
  firmId?: string;
  initial: ProfileFormValues;
  sectors: Option[];
  capabilities: Option[];
  labels: {
    countries: [string, string][];
    bands: [string, string][];
    markets: [string, string][];
    certifications: [string, string][];
    intents: [string, string][];
    firmTypes: [string, string][];
    languages: [string, string][];
    places: [string, string][];
  };
};

const SLOTS = 5;
const inputClass = "mt-1 block w-full rounded-lg border bg-white px-3 py-2";

export function FirmProfileForm<Data>({ action, firmId, ...props }: Props<Data>) {
  return (
    <ActionForm
      action={action}
      hiddenFields={firmId ? { firmId } : undefined}
      className="space-y-6"
      data-testid="profile-form"
      encType="multipart/form-data"
    >
      <ProfileFields {...props} />
    </ActionForm>
  );
}

function ProfileFields({ mode, initial, sectors, capabilities, labels }: Omit<Props<unknown>, "action" | "firmId">) {
  const t = useTranslations("profileForm");
  const tp = useTranslations("profile");
  const { error } = useActionForm();
  const fieldError = (path: string) => <FieldError name={path} />;

  const capabilityRows = (kind: "offers" | "seeks", values: { nodeId: string; note: string }[]) => (
    <div className="space-y-2">
      {Array.from({ length: SLOTS }, (_, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
          <div>
            <label htmlFor={`${kind}-${i}-node`} className="sr-only">
              {t("capabilityN", { n: i + 1 })}
            </label>
            <Select
              id={`${kind}-${i}-node`}
              name={`${kind}.${i}.nodeId`}
              defaultValue={values[i]?.nodeId ?? ""}
              className={`${inputClass} border-slate-300`}
            >
              <option value="">{t("none")}</option>
              {capabilities.map((c) => (
                <option key={c.id} value={c.id}>
                  {"\u00a0\u00a0".repeat(c.depth ?? 0)}
                  {c.label}
                </option>
              ))}
            </Select>
            {fieldError(`${kind}.${i}.nodeId`)}
          </div>
          <div>
            <label htmlFor={`${kind}-${i}-note`} className="sr-only">
              {t("noteN", { n: i + 1 })}
            </label>
            <Input
              id={`${kind}-${i}-note`}
              name={`${kind}.${i}.note`}
              defaultValue={values[i]?.note ?? ""}
              maxLength={200}
              placeholder={t("noteN", { n: i + 1 })}
              className={`${inputClass} border-slate-300`}
            />
            {fieldError(`${kind}.${i}.note`)}
          </div>
        </div>
      ))}
    </div>
  );

  const checkboxes = (name: string, options: [string, string][], checked: string[]) => (
    <div className="grid gap-1 sm:grid-cols-2">
      {options.map(([value, label]) => (
        <label key={value} className="flex min-h-11 items-center gap-2">
          <Choice name={name} value={value} defaultChecked={checked.includes(value)} className="h-5 w-5" />
          {label}
        </label>
      ))}
    </div>
  );

  const textarea = (
    name: "descriptionEn" | "descriptionJa" | "descriptionVi" | "offersText" | "seeksText",
    lang: string | undefined,
  ) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {t(name)}
      </label>
      <TextArea
        id={name}
        name={name}
        lang={lang}
        rows={4}
        maxLength={4000}
        defaultValue={initial[name]}
        className={`${inputClass} ${error(name) ? "border-accent-600" : "border-slate-300"}`}
      />
      {fieldError(name)}
    </div>
  );

  const select = (name: "country" | "employeeBand", options: [string, string][]) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {t(name)}
      </label>
      <Select id={name} name={name} defaultValue={initial[name]} required className={`${inputClass} border-slate-300`}>
        <option value="">{t("none")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
      {fieldError(name)}
    </div>
  );

  const number = (name: "japaneseSpeakers" | "bridgeEngineers" | "jlptN1" | "jlptN2" | "englishSpeakers") => (
    <TextField
      key={name}
      label={tp(name)}
      name={name}
      type="number"
      min={0}
      inputMode="numeric"
      defaultValue={initial[name]}
    />
  );

  return (
    <>
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t("identity")}</legend>
        <TextField
          label={t("nameLocal")}
          name="nameLocal"
          hint={t("nameLocalHint")}
          defaultValue={initial.nameLocal}
          required
          maxLength={200}
        />
        <TextField label={t("nameEn")} name="nameEn" defaultValue={initial.nameEn} required maxLength={200} />
        <TextField
          label={t("nameJa")}
          name="nameJa"
          hint={t("nameJaHint")}
          defaultValue={initial.nameJa}
          maxLength={200}
          lang="ja"
        />
        {select("country", labels.countries)}
        <TextField label={t("city")} name="city" defaultValue={initial.city} required maxLength={100} />
        <TextField
          label={t("yearFounded")}
          name="yearFounded"
          type="number"
          inputMode="numeric"
          defaultValue={initial.yearFounded}
        />
        {select("employeeBand", labels.bands)}
        <TextField label={t("website")} name="website" type="url" inputMode="url" defaultValue={initial.website} />
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("business")}</legend>
        <div>
          <h3 className="font-medium">{t("sectors")}</h3>
          {checkboxes(
            "sectorIds",
            sectors.map((s) => [s.id, s.label]),
            initial.sectorIds,
          )}
          {fieldError("sectorIds")}
        </div>
        <div>
          <h3 className="font-medium">{t("offers")}</h3>
          <p className="text-sm text-slate-600">{t("offersHint")}</p>
          {capabilityRows("offers", initial.offers)}
          {fieldError("offers")}
        </div>
        <div>
          <h3 className="font-medium">{t("seeks")}</h3>
          <p className="text-sm text-slate-600">{t("seeksHint")}</p>
          {capabilityRows("seeks", initial.seeks)}
          {fieldError("seeks")}
        </div>
        <div>
          <h3 className="font-medium">{t("markets")}</h3>
          {checkboxes("markets", labels.markets, initial.markets)}
        </div>
        <div>
          <h3 className="font-medium">{t("certifications")}</h3>
          {checkboxes("certifications", labels.certifications, initial.certifications)}
          <div className="mt-2 max-w-xs">
            <label htmlFor="cmmiLevel" className="block text-sm font-medium">
              {t("cmmiLevel")}
            </label>
            <Select
              id="cmmiLevel"
              name="cmmiLevel"
              defaultValue={initial.cmmiLevel}
              className={`${inputClass} border-slate-300`}
            >
              <option value="">{t("none")}</option>
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
            {fieldError("cmmiLevel")}
          </div>
        </div>
        <div>
          <h3 className="font-medium">{t("requiredCertifications")}</h3>
          <p className="text-sm text-slate-600">{t("requiredCertificationsHint")}</p>
          {checkboxes("requiredCertifications", labels.certifications, initial.requiredCertifications)}
        </div>
        <TextField label={t("tags")} name="tags" hint={t("tagsHint")} defaultValue={initial.tags} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t("languages")}</legend>
        {(["japaneseSpeakers", "bridgeEngineers", "jlptN1", "jlptN2", "englishSpeakers"] as const).map(number)}
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("descriptions")}</legend>
        <p className="text-sm text-slate-600">{t("descriptionsHint")}</p>
        {textarea("descriptionEn", "en")}
        {textarea("descriptionJa", "ja")}
        {textarea("descriptionVi", "vi")}
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("matching")}</legend>
        <p className="text-sm text-slate-600">{t("matchingHint")}</p>
        {textarea("offersText", undefined)}
        {textarea("seeksText", undefined)}
        <div>
          <h3 className="font-medium">{t("intents")}</h3>
          {checkboxes("intents", labels.intents, initial.intents)}
        </div>
        <div>
          <label htmlFor="firmType" className="block text-sm font-medium">
            {t("firmType")}
          </label>
          <Select
            id="firmType"
            name="firmType"
            defaultValue={initial.firmType}
            className={`${inputClass} border-slate-300`}
          >
            <option value="">{t("none")}</option>
            {labels.firmTypes.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          {fieldError("firmType")}
        </div>
        <h3 className="font-medium">{t("dealbreakers")}</h3>
        <p className="text-sm text-slate-600">{t("dealbreakersHint")}</p>
        <div>
          <h4 className="text-sm font-medium">{t("partnerLanguages")}</h4>
          {checkboxes("partnerLanguages", labels.languages, initial.partnerLanguages)}
        </div>
        <div>
          <h4 className="text-sm font-medium">{t("partnerPresence")}</h4>
          {checkboxes("partnerPresence", labels.places, initial.partnerPresence)}
        </div>
        <TextField
          label={t("minPartnerEmployees")}
          name="minPartnerEmployees"
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={initial.minPartnerEmployees}
        />
        <label className="flex min-h-11 items-center gap-2">
          <Choice name="partnerOnsite" defaultChecked={initial.partnerOnsite} className="h-5 w-5" />
          {t("partnerOnsite")}
        </label>
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("contacts")}</legend>
        <p className="text-sm text-slate-600">{t("contactsHint")}</p>
        {[0, 1].map((i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t("contactName", { n: i + 1 })}
              name={`contacts.${i}.name`}
              defaultValue={initial.contacts[i]?.name ?? ""}
            />
            <TextField
              label={t("contactTitle", { n: i + 1 })}
              name={`contacts.${i}.title`}
              defaultValue={initial.contacts[i]?.title ?? ""}
            />
            <TextField
              label={t("contactEmail", { n: i + 1 })}
              name={`contacts.${i}.email`}
              type="email"
              defaultValue={initial.contacts[i]?.email ?? ""}
            />
            <TextField
              label={t("contactPhone", { n: i + 1 })}
              name={`contacts.${i}.phone`}
              type="tel"
              defaultValue={initial.contacts[i]?.phone ?? ""}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("logo")}</legend>
        <label htmlFor="logo" className="block text-sm font-medium">
          {t("logo")}
        </label>
        <input
          id="logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="logo-hint"
          aria-invalid={error("logo") ? true : undefined}
          className="mt-1 block"
        />
        <p id="logo-hint" className="text-sm text-slate-600">
          {t("logoHint")}
        </p>
        {fieldError("logo")}
      </fieldset>

      <Submit mode={mode} />
    </>
  );
}

function Submit({ mode }: { mode: Props<unknown>["mode"] }) {
  const t = useTranslations("profileForm");
  const { pending } = useActionForm();
  return (
    <SubmitButton>{pending ? t("saving") : mode === "register" ? t("submitRegister") : t("submitSave")}</SubmitButton>
  );
}
