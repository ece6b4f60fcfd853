// The seeded demo people as the authorization rules see them, for integration tests: with their staff role at
// the current edition, as a request to the current event's pages would load them.
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";

export async function demoActor(email: string): Promise<LoadedActor> {
  const [user, event] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email } }),
    db.event.findFirst({ where: { isCurrent: true }, select: { id: true } }),
  ]);
  return (await loadActor(user.id, event?.id))!;
}
