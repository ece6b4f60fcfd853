import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { fieldErrors } from "@/lib/validation/form-input";

const label = z.string().trim().min(1, { error: "errors.required" }).max(120, { error: "errors.text.tooLong" });
export const TaxonomyNodeSchema = z.object({
  kind: z.enum(["SECTOR", "CAPABILITY"], { error: "errors.choice" }),
  parentId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || null),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,48}$/, { error: "errors.taxonomy.code" }),
  labelEn: label,
  labelJa: label,
  labelVi: label,
});

/** Organizers extend the taxonomy with an entry in all three languages. */
export async function addTaxonomyNode(actor: Actor, options: z.input<typeof TaxonomyNodeSchema>): Promise<void> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const parsed = TaxonomyNodeSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid taxonomy entry", fieldErrors(parsed.error));
  }
  const data = parsed.data;
  if (data.parentId) {
    const parent = await db.taxonomyNode.findUnique({ where: { id: data.parentId } });
    if (!parent || parent.kind !== data.kind)
      throw new AppError("INVALID_INPUT", "bad parent", { parentId: "errors.choice" });
  }
  try {
    await db.taxonomyNode.create({ data });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "code taken", { code: "errors.taxonomy.codeTaken" });
    throw e;
  }
}
