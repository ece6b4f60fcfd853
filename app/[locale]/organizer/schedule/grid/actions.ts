"use server";
// The schedule grid's actions: place a meeting in a free cell (a waiting request, two chosen firms, over the cap
// when asked), move one, cancel one with a reason. Thin: lib/meetings does the work and the checks; a refusal
// comes back in the URL as its reasons (the page says them in words, with names) or a message key.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { CapReached, cancelMeetingByHand, createMeetingByHand } from "@/lib/meetings/organizer-meetings";
import { moveMeeting, PlacementRefused } from "@/lib/meetings/placement";
import { isLocale } from "@/lib/i18n/routing";

const text = (form: FormData, key: string) => (typeof form.get(key) === "string" ? (form.get(key) as string) : "");

/** The cell a grid button names ("slotId|tableId"), or the slotId and tableId fields. */
function cellOf(form: FormData): { slotId: string; tableId: string } {
  const [slotId, tableId] = text(form, "cell").split("|");
  return slotId && tableId ? { slotId, tableId } : { slotId: text(form, "slotId"), tableId: text(form, "tableId") };
}

/** Where the grid was (its filters and page), so the organizer lands back on the same view. */
function back(locale: string, form: FormData, extra: Record<string, string>) {
  const params = new URLSearchParams();
  for (const key of ["q", "country", "table", "pair", "page"]) if (text(form, key)) params.set(key, text(form, key));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/${isLocale(locale) ? locale : "en"}/organizer/schedule/grid?${params}`;
}

/** A refusal as URL parameters: the reasons the placement rules gave, or the message key. */
function refusal(e: unknown): Record<string, string> | null {
  if (e instanceof PlacementRefused)
    return {
      refused: e.conflicts
        .map((c) =>
          "firmId" in c
            ? `${c.reason}:${c.firmId}`
            : c.reason === "interpreter"
              ? `interpreter:${c.table}:${c.pair}`
              : `${c.reason}:${c.table}`,
        )
        .join("~"),
    };
  if (e instanceof CapReached) return { refused: e.conflicts.map((c) => `cap:${c.firmId}:${c.cap}`).join("~") };
  if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
    return { error: Object.values(e.fields)[0] ?? "errors.invalid" };
  return null;
}

export async function gridPlaceAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  let done: string;
  try {
    const event = await requireCurrentEvent();
    const requestId = text(form, "requestId");
    const { meetingId } = await createMeetingByHand(actor, event.id, {
      ...(requestId ? { requestId } : { firmAId: text(form, "firmAId"), firmBId: text(form, "firmBId") }),
      ...cellOf(form),
      overCap: text(form, "overCap") === "1",
    });
    done = meetingId;
  } catch (e) {
    const params = refusal(e);
    if (!params) throw e;
    const keep: Record<string, string> = {};
    for (const key of ["requestId", "firmAId", "firmBId", "overCap"])
      if (text(form, key))
        keep[key === "requestId" ? "request" : key === "firmAId" ? "a" : key === "firmBId" ? "b" : "overCap"] = text(
          form,
          key,
        );
    redirect(back(locale, form, { ...keep, ...params }));
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  redirect(back(locale, form, { done: "placed", meeting: done }));
}

export async function gridMoveAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const meetingId = text(form, "meetingId");
  try {
    await moveMeeting(actor, { meetingId, ...cellOf(form) });
  } catch (e) {
    const params = refusal(e);
    if (!params) throw e;
    redirect(back(locale, form, { meeting: meetingId, ...params }));
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  redirect(back(locale, form, { done: "moved", meeting: meetingId }));
}

export async function gridCancelAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const meetingId = text(form, "meetingId");
  try {
    await cancelMeetingByHand(actor, { meetingId, reason: text(form, "reason") });
  } catch (e) {
    const params = refusal(e);
    if (!params) throw e;
    redirect(back(locale, form, { meeting: meetingId, ...params }));
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  redirect(back(locale, form, { done: "cancelled" }));
}
