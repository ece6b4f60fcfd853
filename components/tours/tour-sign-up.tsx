"use client";
import { useTranslations } from "next-intl";
import { tourSignUpAction, type TourSignUpAnswer } from "@/actions/tours";
import { ActionForm, SubmitButton, useActionForm } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";

/** Join the tour (or its waitlist); if the delegation has meetings then, they are listed to cancel by choice. */
export function TourSignUp({
  tourId,
  firms,
  full,
}: {
  tourId: string;
  firms: { id: string; name: string }[];
  full: boolean;
}) {
  const t = useTranslations("tours");
  return (
    <ActionForm
      action={tourSignUpAction}
      hiddenFields={{ tourId, ...(firms.length === 1 ? { firmId: firms[0]!.id } : {}) }}
      className="space-y-3"
    >
      {firms.length > 1 ? (
        <div>
          <label htmlFor="tour-firm" className="block text-sm font-medium">
            {t("onBehalfOf")}
          </label>
          <Select
            id="tour-firm"
            name="firmId"
            defaultValue={firms[0]!.id}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          >
            {firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <Answer />
      <SubmitButton>{full ? t("joinWaitlist") : t("signUp")}</SubmitButton>
    </ActionForm>
  );
}

/** The seat taken, or the meetings in the way with a box to cancel each. */
function Answer() {
  const t = useTranslations("tours");
  const { state } = useActionForm<TourSignUpAnswer>();
  if (state.status !== "done") return null;
  const answer = state.data;
  if (answer.kind === "seat")
    return (
      <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
        {answer.status === "WAITLISTED"
          ? t("joinedWaitlist", { position: answer.position ?? 0 })
          : answer.status === "AWAITING_HOST"
            ? t("awaitingHost")
            : t("joined")}
      </p>
    );
  return (
    <fieldset role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
      <legend className="px-1 font-semibold">{t("clashTitle")}</legend>
      <p className="mb-2 text-sm">{t("clashIntro")}</p>
      {answer.meetings.map((m) => (
        <label key={m.id} className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="cancelMeetingIds" value={m.id} className="h-5 w-5" />
          {t("cancelThis", {
            meeting:
              m.table === null
                ? t("clashItemOnline", { partner: m.partner, time: m.time })
                : t("clashItem", { partner: m.partner, time: m.time, table: m.table }),
          })}
        </label>
      ))}
    </fieldset>
  );
}
