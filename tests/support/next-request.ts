// What Next.js gives server actions and route handlers at request time, stood in for so that the real actions
// can be called from a test against the real database: who is signed in (the session), redirect() and its
// kin (which end an action by throwing), revalidatePath() and the request's headers; translations come from
// the real message files. Test files wire these in with vi.mock (see authorization-matrix.test.ts).
import { createTranslator } from "next-intl";
import { isLocale } from "@/lib/i18n/routing";
import type { ActionState } from "@/lib/actions/action-state";
import type { Notice } from "@/lib/i18n/message-keys";

export const request = { userId: null as string | null, locale: "en" };

export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}
export class Interrupted extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export const nextAuth = (original: object) => ({
  ...original,
  getServerSession: async () => (request.userId ? { user: { id: request.userId } } : null),
});

export const navigation = {
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  permanentRedirect: (url: string) => {
    throw new Redirected(url);
  },
  forbidden: () => {
    throw new Interrupted(403);
  },
  unauthorized: () => {
    throw new Interrupted(401);
  },
  notFound: () => {
    throw new Interrupted(404);
  },
  /** Lets Next.js's own control-flow errors (here, their stand-ins) through a catch. */
  unstable_rethrow: (e: unknown) => {
    if (e instanceof Redirected || e instanceof Interrupted) throw e;
  },
};

export const cache = { revalidatePath: () => {}, revalidateTag: () => {} };

export const headers = {
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
};

export const intlServer = {
  getLocale: async () => request.locale,
  getTranslations: async (options: { locale?: string; namespace?: string } = {}) => {
    const locale = isLocale(options.locale) ? options.locale : "en";
    const messages = (await import(`@/messages/${locale}.json`)).default;
    // The namespace the code under test asked for; the real getTranslations checks it against the messages' type.
    const namespace = options.namespace as Parameters<typeof createTranslator<typeof messages>>[0]["namespace"];
    return createTranslator({ locale, messages, namespace });
  },
};

export type Outcome = "ok" | "refused" | `crashed: ${string}`;

const noticeKey = (notice: Notice<string>) => (typeof notice === "string" ? notice : notice.key);
export type Observed = { outcome: Outcome; messages: string[] };

/**
 * What an action or handler did, as a user would see it: done, or refused (with the message keys it showed), or
 * crashed. Actions answer with an ActionState; route handlers with a Response. Anything thrown out of them (an
 * AppError included) is a crash, because that is what a person would see as an error page: only Next.js's own
 * control flow (redirect, notFound, forbidden) may leave by throwing.
 */
export async function observe(call: () => Promise<unknown>): Promise<Observed> {
  try {
    const result = await call();
    if (result instanceof Response) {
      if (result.status >= 500) return { outcome: `crashed: HTTP ${result.status}`, messages: [] };
      if (result.status >= 400) return { outcome: "refused", messages: [] };
      // The scheduler and the import stream their result; an error line is a refusal.
      if (result.headers.get("content-type")?.includes("ndjson")) {
        const text = await result.text();
        if (text.includes('"error":"INTERNAL"')) return { outcome: "crashed: INTERNAL in the stream", messages: [] };
        return { outcome: text.includes('"type":"error"') ? "refused" : "ok", messages: [] };
      }
      await result.arrayBuffer();
      return { outcome: "ok", messages: [] };
    }
    const state = result as ActionState<unknown> | undefined;
    switch (state?.status) {
      case "done":
        return { outcome: "ok", messages: [] };
      case "fieldErrors":
        return { outcome: "refused", messages: Object.values(state.fields) };
      case "formError":
        return { outcome: "refused", messages: [noticeKey(state.message), ...(state.reasons ?? []).map(noticeKey)] };
      default:
        return { outcome: `crashed: answered ${JSON.stringify(result)}`, messages: [] };
    }
  } catch (e) {
    if (e instanceof Redirected) return { outcome: "ok", messages: [] };
    if (e instanceof Interrupted) return { outcome: "refused", messages: [] };
    return { outcome: `crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, messages: [] };
  }
}
