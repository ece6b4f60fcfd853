"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { currentEvent, requireCurrentEvent } from "@/lib/events/current-event";
import { isLocale } from "@/lib/i18n/routing";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import { cancelTourSeat, decideTourSeat, saveTour, signUpForTour, TourClash } from "@/lib/tours/tours";

export type TourFormResult = { ok: boolean; errors: Record<string, string> };

/** Create (tourId absent) or edit a tour from the form; field errors come back as message keys. */
export async function saveTourAction(
  locale: string,
  tourId: string | null,
  _prev: TourFormResult | null,
  form: FormData,
): Promise<TourFormResult> {
  const actor = await requireActor();
  const get = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : "");
  let id: string;
  try {
    const event = await requireCurrentEvent();
    const tour = await saveTour(
      actor,
      event.id,
      {
        hostFirmId: get("hostFirmId"),
        titleEn: get("titleEn"),
        titleJa: get("titleJa"),
        titleVi: get("titleVi"),
        descriptionEn: get("descriptionEn"),
        descriptionJa: get("descriptionJa"),
        descriptionVi: get("descriptionVi"),
        date: get("date"),
        start: get("start"),
        durationMinutes: get("durationMinutes"),
        meetingPoint: get("meetingPoint"),
        meetingPointJa: get("meetingPointJa"),
        meetingPointVi: get("meetingPointVi"),
        transport: get("transport"),
        seats: get("seats"),
        languages: form.getAll("languages"),
        eligibleCountries: form.getAll("eligibleCountries"),
        deadlineDate: get("deadlineDate"),
        deadlineTime: get("deadlineTime"),
        hostApproval: form.get("hostApproval") === "on",
      },
      tourId ?? undefined,
    );
    id = tour.id;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      return { ok: false, errors: Object.keys(e.fields).length ? e.fields : { form: "errors.forbidden" } };
    throw e;
  }
  revalidatePath("/[locale]/tours", "layout");
  redirect(`/${locale}/tours/${id}?saved=1`);
}

export type SignUpState =
  | { kind: "done"; status: string; position: number | null }
  | { kind: "clash"; meetings: { id: string; label: string }[] }
  | { kind: "error"; message: string };

/** Sign up; a clash with meetings comes back as the list of them, to cancel by choice and try again. */
export async function signUpAction(
  locale: string,
  tourId: string,
  _prev: SignUpState | null,
  form: FormData,
): Promise<SignUpState> {
  const actor = await requireActor();
  const loc = isLocale(locale) ? locale : "en";
  const t = await getTranslations({ locale: loc });
  try {
    const result = await signUpForTour(actor, {
      tourId,
      firmId: form.get("firmId"),
      cancelMeetingIds: form.getAll("cancelMeetingIds"),
    });
    revalidatePath("/[locale]/tours", "layout");
    revalidatePath("/[locale]/agenda", "page");
    return { kind: "done", status: result.status, position: result.position };
  } catch (e) {
    if (e instanceof TourClash) {
      const event = await currentEvent();
      const zone = event?.timeZone ?? "UTC";
      return {
        kind: "clash",
        meetings: e.meetings.map((m) => ({
          id: m.meetingId,
          label:
            m.table === null
              ? t("tours.clashItemOnline", { partner: m.partner, time: formatTimeWithZone(m.startsAt, zone, loc) })
              : t("tours.clashItem", {
                  partner: m.partner,
                  time: formatTimeWithZone(m.startsAt, zone, loc),
                  table: m.table,
                }),
        })),
      };
    }
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      return { kind: "error", message: t((Object.values(e.fields)[0] ?? "errors.forbidden") as never) };
    throw e;
  }
}

/** Cancel a place (one's own; organizers and hosts anyone's), approve or decline one held for the host. */
export async function seatAction(locale: string, back: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const seatId = String(form.get("seatId") ?? "");
  const decision = form.get("decision");
  try {
    if (decision === "approve" || decision === "decline")
      await decideTourSeat(actor, { seatId, approve: decision === "approve" });
    else await cancelTourSeat(actor, { seatId });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`/${locale}${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.tours.notNow")}`);
    throw e;
  }
  revalidatePath("/[locale]/tours", "layout");
  revalidatePath("/[locale]/agenda", "page");
  redirect(`/${locale}${back}?done=${decision === "approve" || decision === "decline" ? decision : "cancelled"}`);
}
