"use server";
// Events and editions (/organizer/events): create, edit, make current, archive and restore; and the switcher
// every visitor uses to choose the edition the site shows them (a cookie).
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { EVENT_COOKIE, eventBySlug } from "@/lib/events/current-event";
import { EventFormSchema } from "@/lib/events/event-form";
import { archiveEvent, createEvent, makeCurrentEvent, restoreEvent, updateEvent } from "@/lib/events/events";
import { registerForEvent } from "@/lib/events/participation";

const EVENTS_PAGE = [{ page: "/[locale]/organizer/events" }, { layout: "/[locale]" }];
const EventId = z.object({ eventId: z.string().min(1).max(64) });

export const createEventAction = defineAction({
  rule: { kind: "bodyMember" },
  schema: EventFormSchema,
  run: ({ actor, raw }) => createEvent(actor, raw),
  done: "events.done.created",
  revalidate: EVENTS_PAGE,
  goTo: ({ locale, data }) => `/${locale}/organizer/events/${data}`,
});

export const updateEventAction = defineAction({
  // Who may edit is the edition's admins: lib/events/events.ts checks the role at that edition.
  rule: { kind: "bodyMember" },
  schema: z.intersection(EventFormSchema, EventId.extend({ version: z.coerce.number().int().min(1) })),
  run: ({ actor, raw, input }) => updateEvent(actor, { ...raw, eventId: input.eventId, version: input.version }),
  done: "events.done.saved",
  revalidate: EVENTS_PAGE,
});

export const makeCurrentEventAction = defineAction({
  rule: { kind: "bodyMember" },
  schema: EventId,
  run: ({ actor, input }) => makeCurrentEvent(actor, input.eventId),
  done: "events.done.current",
  revalidate: EVENTS_PAGE,
});

export const archiveEventAction = defineAction({
  rule: { kind: "bodyMember" },
  schema: EventId.extend({ confirmed: z.boolean().default(false) }),
  run: ({ actor, input }) => archiveEvent(actor, input),
  done: "events.done.archived",
  revalidate: EVENTS_PAGE,
});

export const restoreEventAction = defineAction({
  rule: { kind: "bodyMember" },
  schema: EventId,
  run: ({ actor, input }) => restoreEvent(actor, input.eventId),
  done: "events.done.restored",
  revalidate: EVENTS_PAGE,
});

/** Same-site paths only: the switcher comes back to the page it was on. */
const SamePath = z
  .string()
  .max(500)
  .refine((p) => /^\/[^/\\\s]/.test(p) && !/[\u0000-\u001f]/.test(p), { error: "errors.invalid" });

export const chooseEventAction = defineAction({
  rule: "anyone",
  schema: z.object({ slug: z.string().min(1).max(80), returnTo: SamePath }),
  run: async ({ input }) => {
    const event = await eventBySlug(input.slug);
    (await cookies()).set(EVENT_COOKIE, event.slug, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
      maxAge: 60 * 60 * 24 * 180,
    });
  },
  revalidate: [{ layout: "/[locale]" }],
  goTo: ({ input }) => input.returnTo,
});

/**
 * A firm's administrator registers the firm for an edition (its profile carries over from the registry), or an
 * organizer registers it; lib/events/participation.ts checks the admin role at that edition.
 */
export const registerForEventAction = defineAction({
  rule: (input) => ({ kind: "firmAdminOrOrganizer", firmId: input.firmId }),
  schema: z.object({ firmId: z.string().min(1).max(64), eventId: z.string().min(1).max(64) }),
  run: ({ actor, input }) => registerForEvent(actor, input),
  done: "events.done.registered",
  revalidate: [{ page: "/[locale]/firm" }, { layout: "/[locale]" }],
});
