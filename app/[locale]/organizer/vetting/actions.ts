"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { vetFirm } from "@/lib/firms/vetting";

/** Approve or reject from the queue; the outcome comes back in the URL to be shown on the page. */
export async function vetAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "vetting" });
  const firmId = String(form.get("firmId") ?? "");
  const decision = String(form.get("decision") ?? "") as "approve" | "reject";
  const base = `/${locale}/organizer/vetting`;
  try {
    await vetFirm(actor, { decision, firmId, reason: String(form.get("reason") ?? "") });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") {
      const key = Object.values(e.fields)[0] ?? (e.code === "NOT_FOUND" ? "errors.forbidden" : "errors.invalid");
      redirect(`${base}?firm=${encodeURIComponent(firmId)}&error=${encodeURIComponent(key)}`);
    }
    throw e;
  }
  revalidatePath("/[locale]/firms", "page");
  redirect(`${base}?firm=${encodeURIComponent(firmId)}&done=${decision === "approve" ? "approved" : "rejected"}`);
}
