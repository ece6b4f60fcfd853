"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { answerChallenge, postChallenge, recordPilotOrder, setShortlisted } from "@/lib/challenges/challenges";

const failed = (back: string, e: AppError) => {
  const [field, key] = Object.entries(e.fields)[0] ?? [
    "form",
    e.code === "FORBIDDEN" ? "errors.forbidden" : "errors.invalid",
  ];
  return `${back}${back.includes("?") ? "&" : "?"}field=${encodeURIComponent(field)}&error=${encodeURIComponent(key)}`;
};

function trilingual(get: (k: string) => string, base: "title" | "description", locale: string) {
  const pick = (suffix: "En" | "Ja" | "Vi", lang: string) =>
    get(`${base}${suffix}`) || (locale === lang ? get(base) : "");
  return { [`${base}En`]: pick("En", "en"), [`${base}Ja`]: pick("Ja", "ja"), [`${base}Vi`]: pick("Vi", "vi") };
}

export async function postChallengeAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const get = (k: string) => String(form.get(k) ?? "");
  let id: string;
  try {
    const event = await requireCurrentEvent();
    id = (
      await postChallenge(actor, event.id, {
        firmId: get("firmId"),
        // Each language's own field; the single "title"/"description" of a one-language form is the page's language.
        ...trilingual(get, "title", locale),
        ...trilingual(get, "description", locale),
        sectorId: get("sectorId"),
        budgetBand: get("budgetBand"),
        languages: form.getAll("languages"),
      })
    ).id;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") redirect(failed(`/${locale}/challenges`, e));
    throw e;
  }
  revalidatePath("/[locale]/challenges", "layout");
  redirect(`/${locale}/challenges/${id}?done=posted`);
}

type Op = "answer" | "shortlist" | "unshortlist" | "pilot";

export async function challengeAction(locale: string, challengeId: string, op: Op, form: FormData): Promise<void> {
  const actor = await requireActor();
  const get = (k: string) => String(form.get(k) ?? "");
  const back = `/${locale}/challenges/${challengeId}`;
  try {
    if (op === "answer") await answerChallenge(actor, { challengeId, firmId: get("firmId"), body: get("body") });
    if (op === "shortlist" || op === "unshortlist")
      await setShortlisted(actor, { answerId: get("answerId"), shortlisted: op === "shortlist" });
    if (op === "pilot")
      await recordPilotOrder(actor, {
        answerId: get("answerId"),
        scope: get("scope"),
        valueBand: get("valueBand"),
        orderedOn: get("orderedOn"),
      });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") redirect(failed(back, e));
    throw e;
  }
  revalidatePath("/[locale]/challenges", "layout");
  redirect(`${back}?done=${op}`);
}
