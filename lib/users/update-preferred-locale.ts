import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LOCALES, type AppLocale } from "@/lib/i18n/routing";
import type { Actor } from "@/lib/auth/actor";

export const PreferredLocaleSchema = z.object({ locale: z.enum(LOCALES, { error: "errors.locale.invalid" }) });

/** A user changes only their own language (used for email and the first page after signing in). */
export async function updatePreferredLocale(
  actor: Actor,
  options: z.input<typeof PreferredLocaleSchema>,
): Promise<AppLocale> {
  const parsed = PreferredLocaleSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid locale", { locale: "errors.locale.invalid" });
  await db.user.update({ where: { id: actor.userId }, data: { locale: parsed.data.locale } });
  return parsed.data.locale;
}
