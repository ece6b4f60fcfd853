// The messages the browser needs: those of the namespaces our client components translate with, and
// "errors", whose keys the server hands to forms (a field's message key). Everything else is translated on
// the server, so it need not travel with every page (about 40% less message text per page on a phone).
// tests/unit/client-messages.test.ts fails when a client component uses a namespace missing here.
import type { Messages } from "./messages";

export const CLIENT_NAMESPACES = [
  "account",
  "auth",
  "common",
  "consortiums",
  "errors",
  "importPage",
  "language",
  "meetings",
  "myFirm",
  "nav",
  "profile",
  "profileForm",
  "schedule",
  "taxonomyPage",
  "tours",
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
