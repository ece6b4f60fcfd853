import { getTranslations } from "next-intl/server";
import { markMeetingAction, recordOutcomeAction, seatStandbyAction } from "@/actions/meeting-day";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input, Select } from "@/components/forms/fields";
import { MEETING_OUTCOMES } from "@/lib/enums";
import type { AgendaItem } from "@/lib/meetings/agenda";

type Standby = { id: string; nameLocal: string; country: "VN" | "JP" | "OTHER" };

const small = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const field = "rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";

/**
 * On the day and after: mark held or no-show, seat a standby firm, rate the meeting and record its outcome. The
 * buttons change with the meeting's state, so their answers show at the top of the page.
 */
export async function MeetingDayControls({
  item,
  firmId,
  standby,
}: {
  item: AgendaItem;
  firmId: string;
  standby: Standby[];
}) {
  const t = await getTranslations("meetingDay");
  const common = await getTranslations("common");
  if (item.status === "SCHEDULED") {
    return (
      <ActionForm
        action={markMeetingAction}
        hiddenFields={{ meetingId: item.id }}
        notice="page"
        className="mt-2 flex flex-wrap gap-2"
      >
        <SubmitButton
          variant="plain"
          name="mark"
          value="held"
          className={`${small} border border-green-700 text-green-800`}
        >
          {t("held")}
        </SubmitButton>
        {/* Not right under "we met": behind a disclosure, and undoable for a few minutes (lib/undo). */}
        <details className="basis-full">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-slate-700 underline">
            {t("notHere")}
          </summary>
          <SubmitButton
            variant="plain"
            name="mark"
            value="noShow"
            className={`${small} mt-1 border border-red-700 text-red-800`}
            aria-label={t("noShowOf", { firm: item.partner.nameLocal })}
          >
            {t("noShow")}
          </SubmitButton>
        </details>
      </ActionForm>
    );
  }
  if (item.status === "MISSED") {
    if (item.noShowFirmId === firmId || standby.length === 0) return null;
    return (
      <div className="mt-2 rounded-lg bg-amber-50 p-2">
        <p className="text-sm font-medium">{t("standbyIntro")}</p>
        <ul className="mt-1 space-y-1" data-testid="standby">
          {standby.map((f) => (
            <li key={f.id}>
              <ActionForm
                action={seatStandbyAction}
                hiddenFields={{ meetingId: item.id, firmId: f.id }}
                notice="page"
                className="flex flex-wrap items-center gap-2"
              >
                <span className="text-sm">
                  {f.nameLocal} <span className="text-slate-600">({common(`country.${f.country}`)})</span>
                </span>
                <SubmitButton
                  variant="plain"
                  className={`${small} border border-brand-700 text-brand-800`}
                  aria-label={t("meetInstead", { firm: f.nameLocal })}
                >
                  {t("seat")}
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  // Held: each side rates it and says what came of it.
  return (
    <ActionForm
      action={recordOutcomeAction}
      hiddenFields={{ meetingId: item.id }}
      notice="page"
      className="mt-2 grid gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-[auto_auto_1fr_auto]"
      data-testid="outcome-form"
    >
      <label className="text-sm">
        <span className="block font-medium">{t("rating")}</span>
        <Select name="rating" defaultValue={String(item.outcome?.rating ?? 4)} className={field}>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {"★".repeat(n)} {n}
            </option>
          ))}
        </Select>
        <FieldError name="rating" />
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("outcome")}</span>
        <Select name="outcome" defaultValue={item.outcome?.outcome ?? "FOLLOW_UP"} className={field}>
          {MEETING_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`kind.${o}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("comment")}</span>
        <Input name="comment" defaultValue={item.outcome?.comment ?? ""} className={`${field} w-full`} />
        <FieldError name="comment" />
      </label>
      <SubmitButton variant="plain" className={`${small} self-end bg-brand-700 text-white`}>
        {item.outcome ? t("update") : t("save")}
      </SubmitButton>
      {item.outcome ? (
        <p className="text-sm text-green-900 sm:col-span-4" data-testid="outcome-saved">
          {t("recorded", { outcome: t(`kind.${item.outcome.outcome}`), rating: item.outcome.rating })}
        </p>
      ) : null}
    </ActionForm>
  );
}
