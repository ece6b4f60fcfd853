"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { addTaxonomyNodeAction } from "@/actions/organizer";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";

type Option = { id: string; label: string; kind: "SECTOR" | "CAPABILITY" };
const select = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

/** A new sector or capability in all three languages, optionally under an existing one of the same kind. */
export function AddTaxonomyNodeForm({ parents }: { parents: Option[] }) {
  const t = useTranslations("taxonomyPage");
  // The kind decides which parents are offered; it is kept across a refusal like the other fields.
  const [kind, setKind] = useState<"SECTOR" | "CAPABILITY">("CAPABILITY");
  return (
    <ActionForm action={addTaxonomyNodeAction} notice="end" className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor="kind" className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select
          id="kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as "SECTOR" | "CAPABILITY")}
          className={select}
        >
          <option value="CAPABILITY">{t("capabilities")}</option>
          <option value="SECTOR">{t("sectors")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="parentId" className="block text-sm font-medium">
          {t("parent")}
        </label>
        <Select id="parentId" name="parentId" defaultValue="" className={select}>
          <option value="">—</option>
          {parents
            .filter((p) => p.kind === kind)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
        </Select>
        <FieldError name="parentId" />
      </div>
      <TextField label={t("code")} name="code" hint={t("codeHint")} />
      <TextField label={t("labelEn")} name="labelEn" lang="en" />
      <TextField label={t("labelJa")} name="labelJa" lang="ja" />
      <TextField label={t("labelVi")} name="labelVi" lang="vi" />
      <div className="sm:col-span-2">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
