import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canSeeContacts } from "./contact-rule";

/** The firm's contacts, or null when the actor may not see them. The only way contacts are read. */
export async function contactsFor(actor: Actor | null, firmId: string) {
  if (!canSeeContacts(actor, firmId)) return null;
  return db.firmContact.findMany({ where: { firmId }, orderBy: { id: "asc" } });
}
