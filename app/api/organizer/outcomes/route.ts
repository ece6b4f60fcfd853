// Every recorded meeting outcome as CSV, for the organizers' report.
import Papa from "papaparse";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { outcomesOf } from "@/lib/meetings/meeting-day";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const { outcomes } = await outcomesOf(actor, event.id);
  const body =
    "\uFEFF" +
    Papa.unparse(
      {
        fields: [
          "meeting",
          "firm_a",
          "country_a",
          "firm_b",
          "country_b",
          "recorded_by_firm",
          "rating",
          "outcome",
          "comment",
          "recorded_at",
        ],
        data: outcomes.map((o) => [
          o.meetingId,
          o.meeting.firmA.nameLocal,
          o.meeting.firmA.country,
          o.meeting.firmB.nameLocal,
          o.meeting.firmB.country,
          o.firmId,
          o.rating,
          o.outcome,
          o.comment,
          o.updatedAt.toISOString(),
        ]),
      },
      { escapeFormulae: true, newline: "\r\n" },
    );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-outcomes.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
