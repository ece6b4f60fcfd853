import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and start-up scripts: 200 when the database answers. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
