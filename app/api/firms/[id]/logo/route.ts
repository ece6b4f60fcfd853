import { db } from "@/lib/db";
import { currentActor } from "@/lib/auth/guards";
import { isFirmMember, isOrganizer } from "@/lib/auth/policy";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/** A firm's logo: public for approved firms, like the rest of the public profile. No request body is read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return await logoResponse((await params).id);
  } catch (e) {
    return apiError(e);
  }
}

async function logoResponse(id: string): Promise<Response> {
  const logo = await db.firmLogo.findUnique({ where: { firmId: id }, include: { firm: { select: { status: true } } } });
  if (!logo) return new Response(null, { status: 404 });
  if (logo.firm.status !== "APPROVED") {
    const actor = await currentActor();
    if (!actor || !(isOrganizer(actor) || isFirmMember(actor, id))) return new Response(null, { status: 404 });
  }
  return new Response(Buffer.from(logo.data), {
    headers: {
      "content-type": logo.mimeType,
      // An approved firm's logo is public; anyone else's is for its members and the organizers only, so no
      // shared cache may keep it (nor the browser, once its viewer signs out).
      "cache-control": logo.firm.status === "APPROVED" ? "public, max-age=300" : "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
}
