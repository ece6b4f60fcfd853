"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { RequestFormResult } from "@/app/[locale]/firm/meetings/actions";

export function RequestMeetingForm({
  action,
  fromFirmId,
}: {
  action: (form: FormData) => Promise<RequestFormResult>;
  fromFirmId: string;
}) {
  const t = useTranslations("meetings");
  const tAll = useTranslations();
  const router = useRouter();
  const messageId = useId();
  const [result, setResult] = useState<RequestFormResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.errors : {};

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const r = await action(form);
      setResult(r);
      if (r.ok) router.refresh();
    });
  }

  if (result?.ok) {
    return (
      <p role="status" className="font-medium text-green-800" data-testid="request-sent">
        {t("sent")}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" id="request">
      <input type="hidden" name="fromFirmId" value={fromFirmId} />
      <fieldset>
        <legend className="text-sm font-medium">{t("priority")}</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="priority" value="MUST" className="h-5 w-5" /> {t("must")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="priority" value="WOULD_LIKE" defaultChecked className="h-5 w-5" /> {t("wouldLike")}
        </label>
      </fieldset>
      <div>
        <label htmlFor={messageId} className="block text-sm font-medium">
          {t("message")}
        </label>
        <textarea
          id={messageId}
          name="message"
          rows={3}
          maxLength={1000}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={errors.message ? true : undefined}
        />
        {errors.message ? <p className="text-sm text-accent-600">{tAll(errors.message as never)}</p> : null}
      </div>
      {errors.form ? (
        <p role="alert" className="text-sm font-medium text-accent-600" data-testid="request-error">
          {tAll(errors.form as never)}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("send")}
      </Button>
    </form>
  );
}
