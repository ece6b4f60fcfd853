"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { discardRun, publishRun } from "@/lib/meetings/scheduler-run";
import { moveMeeting, PlacementRefused } from "@/lib/meetings/placement";
import { markMeeting, seatStandby } from "@/lib/meetings/meeting-day";
import { isLocale } from "@/lib/i18n/routing";

/** Publish or discard the preview; the outcome comes back in the URL. */
export async function runDecisionAction(
  locale: string,
  decision: "publish" | "discard",
  form: FormData,
): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const back = `/${locale}/organizer/schedule`;
  const runId = String(form.get("runId") ?? "");
  let done: string;
  try {
    if (decision === "publish") done = `published&count=${await publishRun(actor, runId)}`;
    else {
      await discardRun(actor, runId);
      done = "discarded";
    }
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      redirect(`${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.generic")}`);
    throw e;
  }
  revalidatePath("/[locale]/organizer/schedule", "page");
  redirect(`${back}?done=${done}`);
}

export type MoveResult = { ok: boolean; messages: string[] };

/** Moves a meeting by hand; a refusal comes back as sentences naming the firms and the table in the way. */
export async function moveMeetingAction(
  locale: string,
  meetingId: string,
  _previous: MoveResult | null,
  form: FormData,
): Promise<MoveResult> {
  const actor = await requireActor({ kind: "organizer" });
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "schedule.conflict" });
  const tAll = await getTranslations({ locale: isLocale(locale) ? locale : "en" });
  try {
    await moveMeeting(actor, { meetingId, slotId: form.get("slotId"), tableId: form.get("tableId") });
  } catch (e) {
    if (e instanceof PlacementRefused) {
      const firms = await db.firm.findMany({
        where: { id: { in: e.conflicts.flatMap((c) => ("firmId" in c ? [c.firmId] : [])) } },
        select: { id: true, nameLocal: true },
      });
      const name = (id: string) => firms.find((f) => f.id === id)?.nameLocal ?? id;
      return {
        ok: false,
        messages: e.conflicts.map((c) =>
          c.reason === "unavailable"
            ? t("unavailable", { firm: name(c.firmId) })
            : c.reason === "busy"
              ? t("busy", { firm: name(c.firmId) })
              : c.reason === "tableTaken"
                ? t("tableTaken", { table: c.table })
                : t("interpreter", { table: c.table, pair: c.pair }),
        ),
      };
    }
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      return { ok: false, messages: [tAll((Object.values(e.fields)[0] ?? "errors.generic") as never)] };
    throw e;
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  return { ok: true, messages: [] };
}

/** Staff at the table: mark a meeting held or a firm absent, or seat a standby firm after a no-show. */
export async function staffMeetingAction(
  locale: string,
  meetingId: string,
  op: "held" | "noShow" | "standby",
  form: FormData,
): Promise<void> {
  // Meeting status is on-site work; seating a standby firm places a meeting, for event admins only.
  const actor = await requireActor({ kind: op === "standby" ? "organizer" : "onsite" });
  const back = `/${locale}/organizer/schedule/meetings/${meetingId}`;
  try {
    if (op === "held") await markMeeting(actor, { meetingId, mark: "held" });
    if (op === "noShow")
      await markMeeting(actor, { meetingId, mark: "noShow", absentFirmId: String(form.get("absentFirmId") ?? "") });
    if (op === "standby") {
      const id = await seatStandby(actor, { meetingId, firmId: String(form.get("standbyFirmId") ?? "") });
      revalidatePath("/[locale]/organizer/schedule", "layout");
      redirect(`/${locale}/organizer/schedule/meetings/${id}?done=standby`);
    }
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      redirect(`${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.invalid")}`);
    throw e;
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  redirect(`${back}?done=${op}`);
}
