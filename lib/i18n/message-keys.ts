// Message keys as types, so a key handed from the server to a form (an error at a field, a done message) is
// checked when it is written, not when someone reads the page. Pure types.
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";
import type { CLIENT_MESSAGES } from "./client-messages";

/** Any message's full key ("errors.busy", "setup.saved.session"). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** What a refusal or a field error says: the "errors" namespace, which the browser always has. */
export type ErrorKey = Extract<MessageKey, `errors.${string}`>;

type ClientPath = (typeof CLIENT_MESSAGES)[number];
/** A key the browser has (lib/i18n/client-messages.ts), so a client component can show it. */
export type ClientMessageKey = Extract<MessageKey, ClientPath | `${ClientPath}.${string}`>;

/** A message with its arguments, when it has any ({count}, {table}). */
export type Notice<K extends string = ClientMessageKey> =
  K | { key: K; values: Record<string, string | number | undefined> };

/** Values a message takes ({count}, {firm}). */
export type MessageValues = Record<string, string | number>;

/** A translator handed to lib/ code that builds text (reports, mails, CSV headers): keys are checked there too. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A key inside one namespace of the messages ("filter.what" in "audit"). */
export type KeyIn<N extends keyof Messages> = MessageKeys<Messages[N], NestedKeyOf<Messages[N]>>;

/** A translator for one namespace, as getTranslations(namespace) gives. */
export type TranslateIn<N extends keyof Messages> = (key: KeyIn<N>, values?: MessageValues) => string;
