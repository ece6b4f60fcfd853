"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError, formMessages } from "@/lib/errors";
import { resolveReport } from "@/lib/conversations/reports";

/** An organizer marks a reported message dealt with. */
export async function resolveReportAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const reportId = form.get("reportId");
  try {
    await resolveReport(actor, { reportId: typeof reportId === "string" ? reportId : "" });
  } catch (e) {
    if (e instanceof AppError)
      redirect(`/${locale}/organizer/reports?error=${encodeURIComponent(formMessages(e).form ?? "errors.invalid")}`);
    throw e;
  }
  redirect(`/${locale}/organizer/reports?done=1`);
}
