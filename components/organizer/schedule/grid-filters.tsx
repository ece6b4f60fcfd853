// The grid's filters: a plain GET form, so the view is an address that can be shared and reloaded.
import type { GridSearch } from "@/lib/meetings/grid-selection";
import type { GridPageContext } from "./grid-context";

const INTERPRETER_PAIRS = ["ja-vi", "ja-en", "en-vi"] as const;

export function GridFilters({ ctx, sp }: { ctx: GridPageContext; sp: GridSearch }) {
  const { t, tAll, selection } = ctx;
  const { selected, request } = selection;
  return (
    <section aria-label={t("filters")}>
      <form method="get" className="flex flex-wrap items-end gap-3" data-testid="grid-filters">
        <label className="text-sm">
          <span className="block font-medium">{t("filter.firm")}</span>
          <input name="q" defaultValue={sp.q ?? ""} className="rounded-lg border border-slate-300 px-2 py-2" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.country")}</span>
          <select
            name="country"
            defaultValue={sp.country ?? ""}
            className="rounded-lg border border-slate-300 px-2 py-2"
          >
            <option value="">{t("filter.all")}</option>
            {(["VN", "JP", "OTHER"] as const).map((c) => (
              <option key={c} value={c}>
                {tAll(`common.country.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.table")}</span>
          <input
            name="table"
            inputMode="numeric"
            defaultValue={sp.table ?? ""}
            className="w-20 rounded-lg border border-slate-300 px-2 py-2"
          />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.pair")}</span>
          <select name="pair" defaultValue={sp.pair ?? ""} className="rounded-lg border border-slate-300 px-2 py-2">
            <option value="">{t("filter.all")}</option>
            {INTERPRETER_PAIRS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        {selected ? <input type="hidden" name="meeting" value={selected.id} /> : null}
        {request ? <input type="hidden" name="request" value={request.requestId} /> : null}
        <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
          {t("filter.apply")}
        </button>
      </form>
    </section>
  );
}
