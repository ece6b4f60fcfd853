"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError, formMessages } from "@/lib/errors";
import { addTaxonomyNode } from "@/lib/taxonomy/add-taxonomy-node";

export type AddNodeResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function addNodeAction(form: FormData): Promise<AddNodeResult> {
  try {
    const actor = await requireActor({ kind: "organizer" });
    const field = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
    await addTaxonomyNode(actor, {
      kind: field("kind"),
      parentId: field("parentId"),
      code: field("code"),
      labelEn: field("labelEn"),
      labelJa: field("labelJa"),
      labelVi: field("labelVi"),
    });
    revalidatePath("/[locale]/organizer/taxonomy", "page");
    return { ok: true };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, errors: formMessages(e) };
    throw e;
  }
}
