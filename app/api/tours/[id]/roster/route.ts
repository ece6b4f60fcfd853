// A tour's roster and waitlist as CSV, for organizers and the host firm's administrators.
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { tourRoster } from "@/lib/tours/tours";
import { rosterCsv } from "@/lib/tours/roster-csv";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor();
  const { seated, waiting } = await tourRoster(actor, (await params).id);
  const row = (list: "seated" | "waiting", number: number | null) => (s: (typeof seated)[number]) => ({
    list,
    number,
    name: s.user.displayName,
    email: s.user.email,
    firm: s.firm.nameLocal,
    country: s.firm.country,
    status: s.status,
  });
  const body = rosterCsv([
    ...seated.map((s) => row("seated", s.seatNo)(s)),
    ...waiting.map((s, i) => row("waiting", i + 1)(s)),
  ]);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="tour-roster.csv"',
      "cache-control": "private, no-store",
    },
  });
});
