import { currentActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { logoFor } from "@/lib/firms/logo-for";

export const dynamic = "force-dynamic";

/** A firm's logo: public for approved firms, like the rest of the public profile. No request body is read. */
export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const logo = await logoFor(await currentActor(), (await params).id);
  if (!logo) return new Response(null, { status: 404 });
  return new Response(Buffer.from(logo.data), {
    headers: {
      "content-type": logo.mimeType,
      // An approved firm's logo is public; anyone else's is for its members and the organizers only, so no
      // shared cache may keep it (nor the browser, once its viewer signs out).
      "cache-control": logo.approved ? "public, max-age=300" : "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
});
