import { databaseAnswers } from "@/lib/database/health";

export const dynamic = "force-dynamic";

/** For load balancers and start-up scripts: 200 when the database answers. */
export async function GET() {
  return (await databaseAnswers()) ? Response.json({ ok: true }) : Response.json({ ok: false }, { status: 503 });
}
