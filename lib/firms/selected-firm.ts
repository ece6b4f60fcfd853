import type { Actor } from "@/lib/auth/actor";

/**
 * The firm a member's page is about: the one asked for in the URL if the actor belongs to it, else their
 * first firm; null when they belong to none.
 */
export function selectedFirmId(actor: Actor, requested?: string): string | null {
  const ids = actor.memberships.map((m) => m.firmId);
  if (requested && ids.includes(requested)) return requested;
  return ids[0] ?? null;
}
