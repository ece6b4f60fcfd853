import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { exportFirmsCsv } from "@/lib/firms/csv/export-firms";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const actor = await requireActor({ kind: "organizer" });
  const csv = await exportFirmsCsv(actor);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kakehashi-firms-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});
