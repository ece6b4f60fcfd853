// A tour's roster table: who is on it, their status, a box to tick at the meeting point, and (on screen) the host's
// buttons: approve or decline a place held for approval, cancel a place.
import { getTranslations } from "next-intl/server";
import { cancelSeatAction, decideSeatAction } from "@/actions/tours";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice } from "@/components/forms/fields";
import type { tourRoster } from "@/lib/tours/tours";

const small = "min-h-11 rounded-lg border px-3 text-sm font-semibold print:hidden";

export async function RosterTable({ seated }: { seated: Awaited<ReturnType<typeof tourRoster>>["seated"] }) {
  const t = await getTranslations("tours");
  const common = await getTranslations("common");
  return (
    <section>
      <h2 className="mb-2 text-lg font-semibold">{t("onTheTour")}</h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="roster">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-2">
                #
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("col.person")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("col.firm")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("col.status")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("col.checkIn")}
              </th>
              <th scope="col" className="py-2 print:hidden">
                <span className="sr-only">{t("col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {seated.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="py-2 pr-2 tabular-nums">{s.seatNo}</td>
                <td className="py-2 pr-2">
                  {s.user.displayName}
                  <span className="block text-xs text-slate-600">{s.user.email}</span>
                </td>
                <td className="py-2 pr-2">
                  {s.firm.nameLocal}{" "}
                  <span className="text-xs text-slate-600">({common(`country.${s.firm.country}`)})</span>
                </td>
                <td className="py-2 pr-2">{t(`status.${s.status}`)}</td>
                <td className="py-2 pr-2">
                  <span aria-hidden="true" className="inline-block h-5 w-5 border border-slate-500" />
                </td>
                <td className="py-2 print:hidden">
                  {s.status === "AWAITING_HOST" ? (
                    <ActionForm
                      action={decideSeatAction}
                      hiddenFields={{ seatId: s.id }}
                      notice="page"
                      className="flex flex-wrap gap-1"
                    >
                      <SubmitButton
                        variant="plain"
                        name="approve"
                        value="true"
                        className={`${small} border-green-700 text-green-800`}
                      >
                        {t("approve")}
                      </SubmitButton>
                      <SubmitButton
                        variant="plain"
                        name="approve"
                        value="false"
                        className={`${small} border-slate-300`}
                      >
                        {t("decline")}
                      </SubmitButton>
                    </ActionForm>
                  ) : (
                    <ActionForm
                      action={cancelSeatAction}
                      hiddenFields={{ seatId: s.id }}
                      notice="page"
                      className="flex flex-wrap items-center gap-2"
                    >
                      <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                        <Choice name="confirm" value="yes" className="h-5 w-5" />
                        {t("confirmGiveUp")}
                      </label>
                      <FieldError name="confirm" />
                      <SubmitButton
                        variant="plain"
                        className={`${small} border-red-300 text-red-800`}
                        aria-label={t("cancelFor", { name: s.user.displayName })}
                      >
                        {t("cancelPlace")}
                      </SubmitButton>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
