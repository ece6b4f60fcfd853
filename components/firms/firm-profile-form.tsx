"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type ProfileFormResult = { ok: true; firmId: string } | { ok: false; errors: Record<string, string> };

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
type Props = {
  mode: "register" | "edit";
  action: (form: FormData) => Promise<ProfileFormResult>;
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

export function FirmProfileForm({ mode, action, initial, sectors, capabilities, labels }: Props) {
  const t = useTranslations("profileForm");
  const tp = useTranslations("profile");
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const err = (path: string) => (errors[path] ? tAll(errors[path] as never) : undefined);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setSaved(false);
    startTransition(async () => {
      const result = await action(form);
      if (!result.ok) {
        setErrors(result.errors);
        requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
        return;
      }
      setErrors({});
      if (mode === "register") router.push(`/${locale}/firm`);
      else {
        setSaved(true);
        router.refresh();
      }
    });
  }

  const fieldError = (path: string) =>
    errors[path] ? (
      <p className="mt-1 text-sm font-medium text-accent-600" data-field-error={path}>
        {err(path)}
      </p>
    ) : null;

  const capabilityRows = (kind: "offers" | "seeks", values: { nodeId: string; note: string }[]) => (
    <div className="space-y-2">
      {Array.from({ length: SLOTS }, (_, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
          <div>
            <label htmlFor={`${kind}-${i}-node`} className="sr-only">
              {t("capabilityN", { n: i + 1 })}
            </label>
            <select
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
            </select>
            {fieldError(`${kind}.${i}.nodeId`)}
          </div>
          <div>
            <label htmlFor={`${kind}-${i}-note`} className="sr-only">
              {t("noteN", { n: i + 1 })}
            </label>
            <input
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
          <input
            type="checkbox"
            name={name}
            value={value}
            defaultChecked={checked.includes(value)}
            className="h-5 w-5"
          />
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
      <textarea
        id={name}
        name={name}
        lang={lang}
        rows={4}
        maxLength={4000}
        defaultValue={initial[name]}
        aria-invalid={errors[name] ? true : undefined}
        className={`${inputClass} ${errors[name] ? "border-accent-600" : "border-slate-300"}`}
      />
      {fieldError(name)}
    </div>
  );

  const select = (name: "country" | "employeeBand", options: [string, string][]) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {t(name)}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={initial[name]}
        required
        aria-invalid={errors[name] ? true : undefined}
        className={`${inputClass} border-slate-300`}
      >
        <option value="">{t("none")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
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
      error={err(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" encType="multipart/form-data">
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-accent-600" data-testid="form-error">
          {errors.form ? err("form") : t("fixErrors")}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 font-medium text-green-800">
          {t("saved")}
        </p>
      ) : null}

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t("identity")}</legend>
        <TextField
          label={t("nameLocal")}
          name="nameLocal"
          hint={t("nameLocalHint")}
          defaultValue={initial.nameLocal}
          required
          maxLength={200}
          error={err("nameLocal")}
        />
        <TextField
          label={t("nameEn")}
          name="nameEn"
          defaultValue={initial.nameEn}
          required
          maxLength={200}
          error={err("nameEn")}
        />
        <TextField
          label={t("nameJa")}
          name="nameJa"
          hint={t("nameJaHint")}
          defaultValue={initial.nameJa}
          maxLength={200}
          error={err("nameJa")}
          lang="ja"
        />
        {select("country", labels.countries)}
        <TextField
          label={t("city")}
          name="city"
          defaultValue={initial.city}
          required
          maxLength={100}
          error={err("city")}
        />
        <TextField
          label={t("yearFounded")}
          name="yearFounded"
          type="number"
          inputMode="numeric"
          defaultValue={initial.yearFounded}
          error={err("yearFounded")}
        />
        {select("employeeBand", labels.bands)}
        <TextField
          label={t("website")}
          name="website"
          type="url"
          inputMode="url"
          defaultValue={initial.website}
          error={err("website")}
        />
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
            <select
              id="cmmiLevel"
              name="cmmiLevel"
              defaultValue={initial.cmmiLevel}
              aria-invalid={errors.cmmiLevel ? true : undefined}
              className={`${inputClass} border-slate-300`}
            >
              <option value="">{t("none")}</option>
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            {fieldError("cmmiLevel")}
          </div>
        </div>
        <div>
          <h3 className="font-medium">{t("requiredCertifications")}</h3>
          <p className="text-sm text-slate-600">{t("requiredCertificationsHint")}</p>
          {checkboxes("requiredCertifications", labels.certifications, initial.requiredCertifications)}
        </div>
        <TextField label={t("tags")} name="tags" hint={t("tagsHint")} defaultValue={initial.tags} error={err("tags")} />
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
          <select
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
          </select>
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
          defaultValue={initial.minPartnerEmployees}
          error={err("minPartnerEmployees")}
        />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="partnerOnsite" defaultChecked={initial.partnerOnsite} className="h-5 w-5" />
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
              error={err(`contacts.${i}.name`)}
            />
            <TextField
              label={t("contactTitle", { n: i + 1 })}
              name={`contacts.${i}.title`}
              defaultValue={initial.contacts[i]?.title ?? ""}
              error={err(`contacts.${i}.title`)}
            />
            <TextField
              label={t("contactEmail", { n: i + 1 })}
              name={`contacts.${i}.email`}
              type="email"
              defaultValue={initial.contacts[i]?.email ?? ""}
              error={err(`contacts.${i}.email`)}
            />
            <TextField
              label={t("contactPhone", { n: i + 1 })}
              name={`contacts.${i}.phone`}
              type="tel"
              defaultValue={initial.contacts[i]?.phone ?? ""}
              error={err(`contacts.${i}.phone`)}
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
          aria-invalid={errors.logo ? true : undefined}
          className="mt-1 block"
        />
        <p id="logo-hint" className="text-sm text-slate-600">
          {t("logoHint")}
        </p>
        {fieldError("logo")}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : mode === "register" ? t("submitRegister") : t("submitSave")}
      </Button>
    </form>
  );
}
