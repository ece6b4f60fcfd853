// The signed-in person's saved contacts as a file: vCard, or CSV in a plain, HubSpot or Salesforce layout
// (lib/contacts/contact-export.ts). Their own contacts only; those who withdrew their details are left out.
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { CONTACT_EXPORT_FORMATS, exportSavedContacts, type ContactExportFormat } from "@/lib/contacts/saved-contacts";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request: Request) => {
  const actor = await requireActor();
  const params = new URL(request.url).searchParams;
  const format = params.get("format") as ContactExportFormat;
  if (!CONTACT_EXPORT_FORMATS.includes(format)) throw new AppError("INVALID_INPUT", "unknown format");
  const requested = params.get("locale");
  const file = await exportSavedContacts(
    actor,
    await requireCurrentEvent(),
    format,
    isLocale(requested) ? requested : "en",
  );
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
