// The messages the browser needs: the namespaces our client components translate with, "errors" (the keys the
// server hands to forms: a field's message, a refusal) and the few parts of other namespaces that actions hand
// back as done messages ("setup.saved", ...). Everything else is translated on the server, so it need not travel
// with every page (about 40% less message text per page on a phone).
// tests/unit/client-messages.test.ts fails when a client component uses a namespace missing here; an action's
// done message can only name a key listed here (ClientMessageKey in message-keys.ts), or it does not compile.
import type { NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

export const CLIENT_NAMESPACES = [
  "account",
  "auth",
  "common",
  "consortiums",
  "errors",
  "eventCopy",
  "firmPeople",
  "importPage",
  "language",
  "meetings",
  "messages",
  "myFirm",
  "nav",
  "profile",
  "profileForm",
  "schedule",
  "staff",
  "taxonomyPage",
  "tours",
] as const satisfies readonly (keyof Messages)[];

/** Parts of server-side namespaces that actions hand back to forms as done messages. */
export const CLIENT_SUBTREES = [
  "account.calendarWasReset",
  "account.languageSaved",
  "account.notificationsSaved",
  "availability.openSaved",
  "availability.saved",
  "booking.booked",
  "booking.bookedOnline",
  "challenges.done",
  "events.done",
  "checkIn.already",
  "contacts.done",
  "checkIn.welcome",
  "invitations.accepted",
  "invitations.declined",
  "grid.done",
  "grid.why",
  "matching.mutualBanner",
  "meetingDay.done",
  "publication.undoRefusal",
  "reports.done",
  "setup.saved",
  "vetting.approved",
  "vetting.bulkApproved",
  "vetting.reconsidered",
  "vetting.rejected",
] as const satisfies readonly NestedKeyOf<Messages>[];

export const CLIENT_MESSAGES = [...CLIENT_NAMESPACES, ...CLIENT_SUBTREES] as const;

type Tree = { [key: string]: string | Tree };

/** The client's part of all messages, in the same shape. */
export function clientMessages(messages: Messages): Tree {
  const out: Tree = {};
  for (const path of CLIENT_MESSAGES) {
    const parts = path.split(".");
    let from: string | Tree | undefined = messages as unknown as Tree;
    let to = out;
    for (const [i, part] of parts.entries()) {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) break;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Tree;
    }
  }
  return out;
}
