// Server-side checks for pages, layouts and actions. A proxy redirect would be a convenience; these are the
// check. Pages get redirects and 403s; actions get AppErrors they turn into messages.
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { authOptions } from "./options";
import { currentEvent } from "@/lib/events/current-event";
import { loadActor, type LoadedActor } from "./load-actor";
import { allows, type Rule } from "./policy";

/**
 * The signed-in user, read from the database once per request, with their staff role at the event in scope;
 * null when anonymous or the user is gone.
 */
export const currentActor = cache(async (): Promise<LoadedActor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const event = await currentEvent();
  return loadActor(id, event?.id);
});

function signInPath(locale: AppLocale, returnTo?: string): string {
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return `/${locale}/signin${query}`;
}

/** For pages: anonymous visitors go to sign-in, signed-in users without the right get a 403 page. */
export async function requirePage(locale: AppLocale, rule: Rule, returnTo?: string): Promise<LoadedActor> {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(locale, returnTo));
  if (!allows(actor, rule)) forbidden();
  return actor;
}

export const requireUser = (locale: AppLocale, returnTo?: string) =>
  requirePage(locale, { kind: "signedIn" }, returnTo);
export const requireOrganizer = (locale: AppLocale, returnTo?: string) =>
  requirePage(locale, { kind: "organizer" }, returnTo);

/** For server actions and route handlers: throws AppError UNAUTHENTICATED or FORBIDDEN. */
export async function requireActor(rule: Rule = { kind: "signedIn" }): Promise<LoadedActor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "sign in first");
  if (!allows(actor, rule)) throw new AppError("FORBIDDEN", "not allowed");
  return actor;
}
