// The dashboard's figures as CSV (section, key, value) for the organizers' report.
import Papa from "papaparse";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { dashboard } from "@/lib/organizer/dashboard";
import { dashboardRows } from "@/lib/organizer/dashboard-figures";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const d = await dashboard(actor, event.id);
  const rows = dashboardRows({
    registrationsByCountry: d.registrations.byCountry,
    registrationsByStatus: d.registrations.byStatus,
    sectors: Object.fromEntries(d.sectors.map((s) => [s.sector.labelEn, s.firms])),
    requests: { ...d.requests.byStatus, acceptanceRatePercent: d.requests.acceptanceRate },
    meetings: d.meetings,
    tableUse: Object.fromEntries(d.tableUse.slots.map((s) => [s.startsAt.toISOString(), s.used])),
    tours: Object.fromEntries(
      d.tours.flatMap((t) => [
        [`${t.titleEn || t.titleJa || t.titleVi} seats`, t.seats],
        [`${t.titleEn || t.titleJa || t.titleVi} taken`, t.held],
        [`${t.titleEn || t.titleJa || t.titleVi} waiting`, t.waiting],
      ]),
    ),
    consortiums: { ...d.consortiums, pilotOrders: d.pilots },
  });
  const body =
    "\uFEFF" +
    Papa.unparse({ fields: ["section", "key", "value"], data: rows }, { escapeFormulae: true, newline: "\r\n" });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-dashboard.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
