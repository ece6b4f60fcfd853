import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isFirmMember, isOrganizer } from "@/lib/auth/policy";
import { contactsFor } from "./contact-visibility";

/**
 * A firm's profile as this actor may see it: approved firms for everyone; pending or rejected ones only for
 * their members and organizers (others get null, as if it did not exist). Contacts only where allowed.
 */
export async function loadFirmProfile(actor: Actor | null, firmId: string) {
  const firm = await db.firm.findUnique({
    where: { id: firmId },
    include: {
      sectors: { include: { sector: true } },
      capabilities: { include: { node: true }, orderBy: { id: "asc" } },
      markets: true,
      certifications: true,
      requirements: true,
      tags: { orderBy: { tag: "asc" } },
      logo: { select: { updatedAt: true } },
      intents: true,
      partnerLanguages: true,
      partnerPresence: true,
    },
  });
  if (!firm) return null;
  const insider = !!actor && (isOrganizer(actor) || isFirmMember(actor, firmId));
  if (firm.status !== "APPROVED" && !insider) return null;
  return { firm, contacts: await contactsFor(actor, firmId), insider };
}
