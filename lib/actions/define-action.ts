// The one way to write a server action (README, "Architecture: writing an action"). An action is data: who may
// call it (a rule of lib/auth/policy.ts, which may depend on the input), what it accepts (a zod schema), what it
// does (a lib/ operation), what to say, what to refresh and where to go. defineAction makes a function that
//   - answers every caller with an ActionState, never a thrown error: not signed in or not allowed is a refusal
//     that reveals nothing, bad input is a message at each field, an AppError is the message formMessages picks,
//     a busy database is errors.busy, anything unexpected is logged here and shown as errors.generic;
//   - hands back what was submitted, so a refused form keeps everything the person typed;
//   - still lets redirect()/notFound() through (Next.js implements them as thrown errors), though `goTo` is
//     the way to send the form elsewhere when it worked: the done message then shows on arrival.
// Export the result from a "use server" module under actions/.
import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/guards";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { allows, type Rule } from "@/lib/auth/policy";
import { AppError, formMessages, isDatabaseBusy } from "@/lib/errors";
import type { ClientMessageKey, ErrorKey, Notice } from "@/lib/i18n/message-keys";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import { formFieldErrors } from "@/lib/validation/form-input";
import type { ActionState, FieldErrors, FormAction, FormValues } from "./action-state";
import { formObject, formValues, inputValues } from "./form-data";
import { ActionRefusal } from "./refusal";

/** A page or layout to render again after the action, as a route pattern ("/[locale]/agenda"). */
export type Revalidate = { page: string } | { layout: string };

type Context<S extends z.ZodType, Actor> = {
  actor: Actor;
  /** The input as the schema parsed it. */
  input: z.output<S>;
  /** The input as submitted, known to parse: what to hand a lib/ operation that parses it again itself. */
  raw: z.input<S>;
  locale: AppLocale;
};

type Spec<S extends z.ZodType, Data, Actor> = {
  /** Turns a form post into what the schema reads, when the schema's shape is not enough (nested rows). */
  fromForm?: (form: FormData) => unknown;
  schema: S;
  /** The work: usually one call of a lib/ operation, which checks again what it must. */
  run: (context: Context<S, Actor>) => Promise<Data>;
  /** What to say when it worked. */
  done?: Notice<ClientMessageKey> | ((data: Data, input: z.output<S>) => Notice<ClientMessageKey> | undefined);
  revalidate?: Revalidate[] | ((data: Data, input: z.output<S>) => Revalidate[]);
  /**
   * Where the form goes when it worked (a path with its locale: `/${locale}/tours/${data.id}`); the done message
   * shows there. The answer carries it (`goTo`) and the form navigates, so the message survives the trip.
   */
  goTo?: (context: Context<S, Actor> & { data: Data }) => string;
};

/** The rule a caller must satisfy; a function of the input when it names the firm acted for. */
type RuleOf<Input> = Rule | ((input: Input) => Rule);

/** An action anyone may call (signing up): its `run` gets `actor: null` when nobody is signed in. */
export function defineAction<S extends z.ZodType, Data = null>(
  spec: Spec<S, Data, LoadedActor | null> & { rule: "anyone" },
): FormAction<z.input<S>, Data>;
/** An action for signed-in callers the rule allows. */
export function defineAction<S extends z.ZodType, Data = null>(
  spec: Spec<S, Data, LoadedActor> & { rule: RuleOf<z.output<S>> },
): FormAction<z.input<S>, Data>;
// The overloads tie `run`'s actor to the rule; here the actor is whatever the rule let through.
export function defineAction<S extends z.ZodType, Data>(
  spec: Spec<S, Data, never> & { rule: "anyone" | RuleOf<z.output<S>> },
): FormAction<z.input<S>, Data> {
  async function action(first: unknown, second?: unknown): Promise<ActionState<Data>> {
    const form = second instanceof FormData ? second : first instanceof FormData ? first : null;
    const values: FormValues = form ? formValues(form) : inputValues(first);
    const formError = (message: Notice<ErrorKey>, reasons?: Notice[]): ActionState<Data> => ({
      status: "formError",
      message,
      ...(reasons ? { reasons } : {}),
      values,
    });

    let data: Data;
    let context: Context<S, LoadedActor | null>;
    try {
      const actor = await currentActor();
      if (spec.rule !== "anyone" && !actor) return formError("errors.signInFirst");
      const raw = form ? (spec.fromForm ? spec.fromForm(form) : formObject(spec.schema, form)) : first;
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) return { status: "fieldErrors", fields: formFieldErrors(parsed.error), values };
      const input = parsed.data;
      if (spec.rule !== "anyone") {
        const rule = typeof spec.rule === "function" ? spec.rule(input) : spec.rule;
        if (!allows(actor, rule)) return formError("errors.forbidden");
      }
      const locale = await getLocale();
      context = { actor, input, raw: raw as z.input<S>, locale: isLocale(locale) ? locale : "en" };
      data = await spec.run(context as Parameters<typeof spec.run>[0]);
    } catch (e) {
      unstable_rethrow(e);
      return failure(e, values);
    }

    const targets = typeof spec.revalidate === "function" ? spec.revalidate(data, context.input) : spec.revalidate;
    for (const target of targets ?? []) {
      if ("page" in target) revalidatePath(target.page, "page");
      else revalidatePath(target.layout, "layout");
    }
    const message = typeof spec.done === "function" ? spec.done(data, context.input) : spec.done;
    const goTo = spec.goTo?.({ ...context, data } as Parameters<NonNullable<typeof spec.goTo>>[0]);
    return { status: "done", data, ...(message ? { message } : {}), ...(goTo ? { goTo } : {}), values };
  }
  return action as FormAction<z.input<S>, Data>;
}

/** Any failure as the answer a form shows. Nothing a caller can send ends in an error page. */
function failure<Data>(e: unknown, values: FormValues): ActionState<Data> {
  if (e instanceof ActionRefusal)
    return { status: "formError", message: e.notice, ...(e.reasons ? { reasons: e.reasons } : {}), values };
  if (e instanceof AppError) {
    const messages = formMessages(e) as FieldErrors;
    const { form, ...fields } = messages;
    if (Object.keys(fields).length) return { status: "fieldErrors", fields: messages, values };
    return { status: "formError", message: form ?? "errors.generic", values };
  }
  if (isDatabaseBusy(e)) return { status: "formError", message: "errors.busy", values };
  console.error(e);
  return { status: "formError", message: "errors.generic", values };
}
