"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import type { AddNodeResult } from "@/app/[locale]/organizer/taxonomy/actions";

type Option = { id: string; label: string; kind: "SECTOR" | "CAPABILITY" };

export function AddTaxonomyNodeForm({
  action,
  parents,
}: {
  action: (form: FormData) => Promise<AddNodeResult>;
  parents: Option[];
}) {
  const t = useTranslations("taxonomyPage");
  const tAll = useTranslations();
  const router = useRouter();
  const [kind, setKind] = useState<"SECTOR" | "CAPABILITY">("CAPABILITY");
  const [result, setResult] = useState<AddNodeResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.errors : {};
  const err = (k: string) => (errors[k] ? tAll(errors[k] as never) : undefined);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    startTransition(async () => {
      const r = await action(form);
      setResult(r);
      if (r.ok) {
        el.reset();
        router.refresh();
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor="kind" className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select
          id="kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as "SECTOR" | "CAPABILITY")}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        >
          <option value="CAPABILITY">{t("capabilities")}</option>
          <option value="SECTOR">{t("sectors")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="parentId" className="block text-sm font-medium">
          {t("parent")}
        </label>
        <select
          id="parentId"
          name="parentId"
          defaultValue=""
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        >
          <option value="">—</option>
          {parents
            .filter((p) => p.kind === kind)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
        </select>
        {err("parentId") ? <p className="text-sm text-accent-600">{err("parentId")}</p> : null}
      </div>
      <TextField label={t("code")} name="code" hint={t("codeHint")} error={err("code")} />
      <TextField label={t("labelEn")} name="labelEn" lang="en" error={err("labelEn")} />
      <TextField label={t("labelJa")} name="labelJa" lang="ja" error={err("labelJa")} />
      <TextField label={t("labelVi")} name="labelVi" lang="vi" error={err("labelVi")} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
        {result?.ok ? (
          <span role="status" className="ml-3 text-green-800">
            {t("added")}
          </span>
        ) : null}
        {errors.form ? <p className="text-sm text-accent-600">{tAll(errors.form as never)}</p> : null}
      </div>
    </form>
  );
}
