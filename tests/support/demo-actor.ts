// The seeded demo people as the authorization rules see them, for integration tests.
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";

export async function demoActor(email: string): Promise<LoadedActor> {
  return (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id))!;
}
