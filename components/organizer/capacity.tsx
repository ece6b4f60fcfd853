import { getTranslations } from "next-intl/server";
import { addInterpreterTablesAction } from "@/actions/schedule-control";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { capacityView } from "@/lib/meetings/capacity-view";
import type { Hint } from "@/lib/meetings/capacity";
import { formatTime } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";

type View = Awaited<ReturnType<typeof capacityView>>;
type Places = {
  slotTime: (id: string) => Date | undefined;
  tableNumber: (id: string) => number | undefined;
};

const button =
  "inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50";

/** What the event asks of its set-up against what the set-up holds, with the fix for each interpreter pair short. */
export async function CapacityCard({ view }: { view: View }) {
  const t = await getTranslations("capacity");
  const r = view.report;
  return (
    <Card title={t("title")}>
      <ul className="space-y-2" data-testid="capacity">
        <li>
          {t("total", { demanded: r.demanded, places: r.tableSlots, tables: r.tables, slots: r.slots })}
          {r.demanded > r.tableSlots ? <span className="font-semibold"> {t("totalShort")}</span> : null}
        </li>
        {r.pairs.map((p) => (
          <li key={p.pair} data-testid={`capacity-pair-${p.pair}`}>
            <span className={p.moreTables > 0 ? "font-semibold text-accent-600" : ""}>
              {t("pair", { pair: p.pair, demanded: p.demanded, places: p.places, tables: p.tables, slots: r.slots })}
            </span>
            {p.moreTables > 0 ? (
              <ActionForm
                action={addInterpreterTablesAction}
                hiddenFields={{ pair: p.pair, count: String(p.moreTables) }}
                notice="page"
                className="mt-1 flex flex-wrap items-center gap-2"
              >
                <span className="text-sm">{t("pairShort", { count: p.moreTables, pair: p.pair })}</span>
                <SubmitButton variant="plain" className={button}>
                  {t("addTables", { count: p.moreTables, pair: p.pair })}
                </SubmitButton>
              </ActionForm>
            ) : null}
          </li>
        ))}
        {r.firmsOver.length ? (
          <li>
            <p>{t("firmsOver", { count: r.firmsOver.length })}</p>
            <ul className="list-disc pl-5 text-sm">
              {r.firmsOver.slice(0, 10).map((f) => (
                <li key={f.firmId}>
                  {t("firmOver", {
                    firm: view.firmName(f.firmId),
                    demanded: f.demanded,
                    available: f.available,
                    cap: r.cap ?? "–",
                  })}
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-sm text-slate-600">{t(view.fromPreview ? "afterRun" : "beforeRun")}</p>
    </Card>
  );
}

/** The fix for one unplaced meeting, in words, with the step that takes it. */
export async function UnplacedHint({
  requestId,
  hint,
  view,
  places,
  zone,
  locale,
}: {
  requestId: string;
  hint: Hint | undefined;
  view: View;
  places: Places;
  zone: string;
  locale: AppLocale;
}) {
  if (!hint) return null;
  const t = await getTranslations("capacity.hint");
  const time = (slotId: string) => {
    const at = places.slotTime(slotId);
    return at ? formatTime(at, zone, locale) : "?";
  };
  const times = (slots: string[]) => slots.slice(0, 6).map(time).join(", ");
  const table = (tableId: string) => places.tableNumber(tableId) ?? "?";
  const grid = (params: Record<string, string>) => `/organizer/schedule/grid?${new URLSearchParams(params)}`;
  let text: string;
  let action: React.ReactNode = null;
  switch (hint.kind) {
    case "moreInterpreterTables":
      text = t("moreTables", {
        demanded: hint.demanded,
        pair: hint.pair,
        places: hint.places,
        tables: hint.tables,
        placed: hint.placesMeetings,
      });
      action = (
        <ActionForm
          action={addInterpreterTablesAction}
          hiddenFields={{ pair: hint.pair, count: String(hint.tables) }}
          notice="page"
        >
          <SubmitButton variant="plain" className={button}>
            {t("addTables", { count: hint.tables, pair: hint.pair })}
          </SubmitButton>
        </ActionForm>
      );
      break;
    case "overCap":
      text = hint.cell
        ? hint.move
          ? t("overCapAfterMove", {
              firm: view.firmName(hint.firmId),
              cap: hint.cap,
              other: view.pairName(hint.move.other),
              to: time(hint.move.to.slot),
              time: time(hint.cell.slot),
              table: table(hint.cell.table),
            })
          : t("overCap", {
              firm: view.firmName(hint.firmId),
              cap: hint.cap,
              time: time(hint.cell.slot),
              table: table(hint.cell.table),
            })
        : t("overCapNoTable", { firm: view.firmName(hint.firmId), cap: hint.cap, times: times(hint.slots) || "–" });
      action = (
        <Link href={grid({ request: requestId, overCap: "1" })} className={button}>
          {t("placeOverCap")}
        </Link>
      );
      break;
    case "freeCell":
      text = t(hint.slots.length === 1 ? "freeCellOnly" : "freeCell", {
        times: times(hint.slots),
        time: time(hint.cell.slot),
        table: table(hint.cell.table),
      });
      action = (
        <Link href={grid({ request: requestId })} className={button}>
          {t("place")}
        </Link>
      );
      break;
    case "moveOther": {
      text = t("moveOther", {
        other: view.pairName(hint.other),
        to: time(hint.to.slot),
        toTable: table(hint.to.table),
        time: time(hint.cell.slot),
        table: table(hint.cell.table),
      });
      const meeting = view.meetingOf.get(hint.other);
      action = meeting ? (
        <Link href={grid({ meeting })} className={button}>
          {t("openGrid")}
        </Link>
      ) : null;
      break;
    }
    case "tablesFull":
      text = t("tablesFull", { times: times(hint.slots) });
      break;
    case "noCommonSlot":
      text = t("noCommonSlot");
      break;
  }
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2" data-testid="hint">
      <p className="text-sm font-medium text-slate-900">{text}</p>
      {action}
    </div>
  );
}
