// Reading a firm's logo (the bytes are checked on upload: logo.ts).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import type { Logo } from "./logo";

/** A firm's logo as the actor may see it: any approved firm's; a firm under review's only for its members and organizers. */
export async function logoFor(actor: Actor | null, firmId: string): Promise<Logo | null> {
  const logo = await db.firmLogo.findUnique({ where: { firmId }, include: { firm: { select: { status: true } } } });
  if (!logo) return null;
  if (logo.firm.status !== "APPROVED" && !allows(actor, { kind: "firmMemberOrOrganizer", firmId })) return null;
  return { mimeType: logo.mimeType as Logo["mimeType"], data: logo.data };
}
