// Where a person starts, read afresh: after confirming an address the request's actor (cached, unverified) is
// out of date, and /me would redirect away from the page a done message waits for.
import { currentEvent } from "@/lib/events/current-event";
import { LANDING_PATH, landingRole } from "./actor";
import { loadActor } from "./load-actor";

/** The landing page of the user as stored now (without the locale prefix). */
export async function landingPathOf(userId: string): Promise<string> {
  const event = await currentEvent();
  const actor = await loadActor(userId, event?.id);
  return LANDING_PATH[actor ? landingRole(actor) : "member"];
}
