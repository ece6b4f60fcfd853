"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import type { InviteResult } from "@/app/[locale]/firm/actions";

export function InviteForm({ action }: { action: (form: FormData) => Promise<InviteResult> }) {
  const t = useTranslations("myFirm");
  const tAll = useTranslations();
  const [result, setResult] = useState<InviteResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.errors : {};

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    startTransition(async () => {
      const r = await action(form);
      setResult(r);
      if (r.ok) formElement.reset();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">{t("inviteHint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            label={t("inviteEmail")}
            name="email"
            type="email"
            autoComplete="off"
            required
            error={errors.email ? tAll(errors.email as never) : undefined}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {t("inviteSubmit")}
        </Button>
      </div>
      {errors.form ? <p className="text-sm font-medium text-accent-600">{tAll(errors.form as never)}</p> : null}
      {result?.ok ? (
        <p role="status" className="text-sm text-green-800">
          {t("invited", { email: result.email })}
        </p>
      ) : null}
    </form>
  );
}
