"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { SignUpState } from "@/app/[locale]/tours/actions";

/** Join the tour (or its waitlist); if the delegation has meetings then, they are listed to cancel by choice. */
export function TourSignUp({
  action,
  firms,
  full,
}: {
  action: (prev: SignUpState | null, form: FormData) => Promise<SignUpState>;
  firms: { id: string; name: string }[];
  full: boolean;
}) {
  const t = useTranslations("tours");
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.kind === "done") {
    return (
      <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
        {state.status === "WAITLISTED"
          ? t("joinedWaitlist", { position: state.position ?? 0 })
          : state.status === "AWAITING_HOST"
            ? t("awaitingHost")
            : t("joined")}
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      {firms.length > 1 ? (
        <div>
          <label htmlFor="tour-firm" className="block text-sm font-medium">
            {t("onBehalfOf")}
          </label>
          <select
            id="tour-firm"
            name="firmId"
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          >
            {firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="firmId" value={firms[0]?.id ?? ""} />
      )}
      {state?.kind === "clash" ? (
        <fieldset role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 font-semibold">{t("clashTitle")}</legend>
          <p className="mb-2 text-sm">{t("clashIntro")}</p>
          {state.meetings.map((m) => (
            <label key={m.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="cancelMeetingIds" value={m.id} className="h-5 w-5" />
              {t("cancelThis", { meeting: m.label })}
            </label>
          ))}
        </fieldset>
      ) : null}
      {state?.kind === "error" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {state.message}
        </p>
      ) : null}
      <button
        disabled={pending}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
      >
        {full ? t("joinWaitlist") : t("signUp")}
      </button>
    </form>
  );
}
