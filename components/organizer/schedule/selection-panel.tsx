// What is selected on the schedule grid (a meeting to move or cancel, a pair to place) and what can be done with
// it, with the two-firm picker and the waiting requests to start from.
import { Link } from "@/lib/i18n/navigation";
import { formatTime } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input } from "@/components/forms/fields";
import { gridCancelAction } from "@/actions/schedule-control";
import type { GridPageContext } from "./grid-context";

/** What is selected and what can be done with it; the waiting requests and the two-firm picker to start from. */
export function SelectionPanel({ ctx }: { ctx: GridPageContext }) {
  const { grid, t, locale, zone, firmName, selection } = ctx;
  const { selected, request, chosen, overCap, href, keep } = selection;
  const requestPair = request ? ([request.firmAId, request.firmBId] as const) : null;
  const firms = [...grid.facts.firms].sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  const cap = grid.facts.cap;
  const pair = selected ? [selected.firmAId, selected.firmBId] : (requestPair ?? chosen);
  const atCap = pair && cap !== null ? pair.filter((f) => grid.meetingsOf(f) >= cap) : [];
  return (
    <Card title={t("selection")}>
      {selected ? (
        <div className="space-y-3" data-testid="selected-meeting">
          <p>
            <span className="font-semibold">{`${firmName(selected.firmAId)} — ${firmName(selected.firmBId)}`}</span>
            {" · "}
            {formatTime(grid.slots[grid.slotIndex.get(selected.slotId)!]!.startsAt, zone, locale)}
            {" · "}
            {selected.tableId === null
              ? t("online")
              : t("tableN", { number: grid.tables[grid.tableIndex.get(selected.tableId)!]!.number })}
            {selected.interpreter ? ` · ${t("needs", { pair: selected.interpreter })}` : ""}
            {selected.overCap ? ` · ${t("overCapMark")}` : ""}
          </p>
          <p className="text-sm text-slate-700">{t("moveHelp")}</p>
          <ActionForm
            action={gridCancelAction}
            hiddenFields={{ ...keep, meetingId: selected.id }}
            notice="page"
            className="flex flex-wrap items-end gap-2"
          >
            <label className="text-sm">
              <span className="block font-medium">{t("cancelReason")}</span>
              <Input
                name="reason"
                required
                maxLength={500}
                aria-describedby="cancel-reason-error"
                className="w-80 max-w-full rounded-lg border border-slate-300 px-2 py-2"
              />
              <FieldError name="reason" id="cancel-reason-error" />
            </label>
            <SubmitButton
              variant="plain"
              className="min-h-11 rounded-lg border border-accent-600 px-3 font-semibold text-accent-600"
            >
              {t("cancelMeeting")}
            </SubmitButton>
          </ActionForm>
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={`/organizer/schedule/meetings/${selected.id}`} className="text-brand-800 underline">
              {t("meetingPage")}
            </Link>
            <Link href={href({ meeting: undefined })} className="text-brand-800 underline">
              {t("deselect")}
            </Link>
          </div>
        </div>
      ) : pair ? (
        <div className="space-y-2" data-testid="placing">
          <p>
            <span className="font-semibold">{`${firmName(pair[0]!)} — ${firmName(pair[1]!)}`}</span>
            {" · "}
            {t("placeHelp")}
          </p>
          {atCap.length ? (
            <p className="text-sm">
              {atCap.map((f) => t("atCap", { firm: firmName(f), cap: cap ?? 0 })).join(" ")}{" "}
              {overCap ? (
                <span className="font-semibold">{t("overCapOn")}</span>
              ) : (
                <Link href={href({ overCap: "1" })} className="font-semibold text-brand-800 underline">
                  {t("overCapAsk")}
                </Link>
              )}
            </p>
          ) : null}
          <Link
            href={href({ request: undefined, a: undefined, b: undefined, overCap: undefined })}
            className="text-sm text-brand-800 underline"
          >
            {t("deselect")}
          </Link>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("nothingSelected")}</p>
      )}
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("newMeeting")}</summary>
        <form method="get" className="flex flex-wrap items-end gap-2" data-testid="new-meeting">
          {Object.entries(keep).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          {(["a", "b"] as const).map((k) => (
            <label key={k} className="text-sm">
              <span className="block font-medium">{t(k === "a" ? "firmA" : "firmB")}</span>
              <select
                name={k}
                defaultValue={chosen?.[k === "a" ? 0 : 1] ?? ""}
                className="max-w-xs rounded-lg border border-slate-300 px-2 py-2"
              >
                <option value="">—</option>
                {firms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal === f.nameEn ? f.nameLocal : `${f.nameLocal} (${f.nameEn})`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800">
            {t("showFreeCells")}
          </button>
        </form>
      </details>
      {grid.facts.unplaced.length ? (
        <details className="mt-2">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            {t("waiting", { count: grid.facts.unplaced.length })}
          </summary>
          <ul className="max-h-64 divide-y divide-slate-100 overflow-auto" data-testid="waiting">
            {grid.facts.unplaced.slice(0, 200).map((r) => (
              <li key={r.requestId} className="flex flex-wrap items-center justify-between gap-2 py-1 text-sm">
                <span>
                  {firmName(r.firmAId)} — {firmName(r.firmBId)}
                  {r.interpreter ? ` · ${t("needs", { pair: r.interpreter })}` : ""}
                </span>
                <a
                  href={`/${locale}${href({ request: r.requestId, meeting: undefined, a: undefined, b: undefined })}`}
                  className="inline-flex min-h-11 items-center text-brand-800 underline"
                  aria-label={t("placeLabel", { a: firmName(r.firmAId), b: firmName(r.firmBId) })}
                >
                  {t("place")}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
