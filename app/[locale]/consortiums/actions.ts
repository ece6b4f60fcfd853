"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  addNote,
  answerInvitation,
  createOpportunity,
  inviteToConsortium,
  opportunityFor,
  setOpportunityStatus,
  setRequirements,
} from "@/lib/consortiums/opportunities";

export type OpportunityFormResult = { ok: boolean; errors: Record<string, string> };

/** The requirement rows of the form: capability, must-have and weight, row by row. */
function requirementsFrom(form: FormData) {
  const caps = form.getAll("reqCapability").map(String);
  const must = form.getAll("reqMust").map(String);
  const weights = form.getAll("reqWeight").map(String);
  return caps.flatMap((capabilityId, i) =>
    capabilityId ? [{ capabilityId, mustHave: must[i] === "must", weight: weights[i] ?? "" }] : [],
  );
}

export async function createOpportunityAction(
  locale: string,
  _prev: OpportunityFormResult | null,
  form: FormData,
): Promise<OpportunityFormResult> {
  const actor = await requireActor();
  const get = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : "");
  let id: string;
  try {
    const event = await requireCurrentEvent();
    const o = await createOpportunity(actor, event.id, {
      leadFirmId: get("leadFirmId"),
      title: get("title"),
      description: get("description"),
      region: get("region"),
      country: get("country"),
      sectorId: get("sectorId"),
      clientType: get("clientType"),
      budgetBand: get("budgetBand"),
      deadline: get("deadline"),
      deadlineTime: get("deadlineTime"),
      languages: form.getAll("languages"),
      visibility: get("visibility"),
      requirements: requirementsFrom(form),
    });
    id = o.id;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      return { ok: false, errors: Object.keys(e.fields).length ? e.fields : { form: "errors.forbidden" } };
    throw e;
  }
  revalidatePath("/[locale]/consortiums", "layout");
  redirect(`/${locale}/consortiums/${id}?done=created`);
}

type Op = "invite" | "accept" | "decline" | "status" | "note" | "addRequirement" | "removeRequirement";

/** Every button on an opportunity's page; the outcome, or the reason it failed, comes back in the URL. */
export async function consortiumAction(locale: string, opportunityId: string, op: Op, form: FormData): Promise<void> {
  const actor = await requireActor();
  const get = (k: string) => String(form.get(k) ?? "");
  const back = `/${locale}/consortiums/${opportunityId}`;
  try {
    if (op === "invite") await inviteToConsortium(actor, { opportunityId, firmId: get("firmId"), role: get("role") });
    if (op === "accept" || op === "decline")
      await answerInvitation(actor, { memberId: get("memberId"), accept: op === "accept" });
    if (op === "status") await setOpportunityStatus(actor, { opportunityId, status: get("status") });
    if (op === "note") await addNote(actor, { opportunityId, body: get("body") });
    if (op === "addRequirement" || op === "removeRequirement") {
      const o = await opportunityFor(actor, opportunityId);
      const current = o.requirements.map((r) => ({
        capabilityId: r.capabilityId,
        mustHave: r.mustHave,
        weight: r.weight,
      }));
      const next =
        op === "addRequirement"
          ? [...current, { capabilityId: get("capabilityId"), mustHave: get("must") === "must", weight: get("weight") }]
          : current.filter((r) => r.capabilityId !== get("capabilityId"));
      await setRequirements(actor, opportunityId, next);
    }
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(
        `${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? (e.code === "FORBIDDEN" ? "errors.forbidden" : "errors.invalid"))}`,
      );
    throw e;
  }
  revalidatePath("/[locale]/consortiums", "layout");
  redirect(`${back}?done=${op}`);
}
