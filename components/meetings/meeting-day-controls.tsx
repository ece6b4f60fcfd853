import { getTranslations } from "next-intl/server";
import type { AgendaItem } from "@/lib/meetings/agenda";

type Standby = { id: string; nameLocal: string; country: string };
type Bound = (form: FormData) => Promise<void>;

const small = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const field = "rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";

/** On the day and after: mark held or no-show, seat a standby firm, rate the meeting and record its outcome. */
export async function MeetingDayControls({
  item,
  firmId,
  act,
  standby,
}: {
  item: AgendaItem;
  firmId: string;
  act: (op: "held" | "noShow" | "standby" | "outcome") => Bound;
  standby: Standby[];
}) {
  const t = await getTranslations("meetingDay");
  const common = await getTranslations("common");
  if (item.status === "SCHEDULED") {
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        <form action={act("held")}>
          <button className={`${small} border border-green-700 text-green-800`}>{t("held")}</button>
        </form>
        <form action={act("noShow")}>
          <button
            className={`${small} border border-slate-300`}
            aria-label={t("noShowOf", { firm: item.partner.nameLocal })}
          >
            {t("noShow")}
          </button>
        </form>
      </div>
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
              <form action={act("standby")} className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="standbyFirmId" value={f.id} />
                <span className="text-sm">
                  {f.nameLocal} <span className="text-slate-600">({common(`country.${f.country}` as never)})</span>
                </span>
                <button
                  className={`${small} border border-brand-700 text-brand-800`}
                  aria-label={t("meetInstead", { firm: f.nameLocal })}
                >
                  {t("seat")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  // Held: each side rates it and says what came of it.
  return (
    <form
      action={act("outcome")}
      className="mt-2 grid gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-[auto_auto_1fr_auto]"
      data-testid="outcome-form"
    >
      <label className="text-sm">
        <span className="block font-medium">{t("rating")}</span>
        <select name="rating" defaultValue={item.outcome?.rating ?? 4} className={field}>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {"★".repeat(n)} {n}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("outcome")}</span>
        <select name="outcome" defaultValue={item.outcome?.outcome ?? "FOLLOW_UP"} className={field}>
          {(["FOLLOW_UP", "NDA", "PILOT_ORDER", "NO_FIT"] as const).map((o) => (
            <option key={o} value={o}>
              {t(`kind.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("comment")}</span>
        <input name="comment" defaultValue={item.outcome?.comment ?? ""} className={`${field} w-full`} />
      </label>
      <button className={`${small} self-end bg-brand-700 text-white`}>{item.outcome ? t("update") : t("save")}</button>
      {item.outcome ? (
        <p className="text-sm text-green-900 sm:col-span-4" data-testid="outcome-saved">
          {t("recorded", { outcome: t(`kind.${item.outcome.outcome}`), rating: item.outcome.rating })}
        </p>
      ) : null}
    </form>
  );
}
