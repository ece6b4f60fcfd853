// Recommendations as the app shows them: for one firm the actor belongs to, with the recommended firms'
// public summaries and the firm's own interest answers.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { interestsOf } from "./interests";
import { registryEngine } from "./registry-engine";
import { dismissalAdjustment } from "./dismissals";

export const RecommendationFilters = z.object({
  country: z.enum(["VN", "JP", "OTHER"]).optional().catch(undefined),
  sector: z.string().max(64).optional().catch(undefined),
  showDismissed: z.literal("1").optional().catch(undefined),
});
export type RecommendationFilters = z.infer<typeof RecommendationFilters>;

export async function recommendationsForFirm(actor: Actor, firmId: string, filters: RecommendationFilters) {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const firm = await db.firm.findUnique({ where: { id: firmId }, select: { status: true } });
  if (!firm) throw new AppError("NOT_FOUND", "no such firm");
  const [engine, interests] = await Promise.all([registryEngine(), interestsOf(firmId)]);
  // A firm still in review gets recommendations too (it helps complete the profile), but is not recommended
  // to anyone until approved.
  const list = engine.has(firmId)
    ? engine.recommend(firmId, {
        topK: 20,
        exclude: filters.showDismissed ? undefined : interests.dismissed,
        // Firms like those dismissed with a reason ("a competitor", "too small") rank lower for this firm.
        adjust: dismissalAdjustment(
          [...interests.reasons].flatMap(([id, reason]) => {
            const profile = engine.profile(id);
            return profile ? [{ profile, reason }] : [];
          }),
        ),
        filter: (f) =>
          (!filters.country || f.country === filters.country) &&
          (!filters.sector || f.sectors.includes(filters.sector)),
      })
    : [];
  const firms = await db.firm.findMany({
    where: { id: { in: [...list.map((r) => r.firmId), ...interests.mutual] }, status: "APPROVED" },
    select: {
      id: true,
      nameLocal: true,
      nameEn: true,
      country: true,
      city: true,
      employeeBand: true,
      logo: { select: { updatedAt: true } },
    },
  });
  const byId = new Map(firms.map((f) => [f.id, f]));
  return {
    inEngine: engine.has(firmId),
    recommendations: list
      .filter((r) => byId.has(r.firmId))
      .map((r) => ({ ...r, reasons: r.reasons, firm: byId.get(r.firmId)! })),
    mutual: [...interests.mutual].filter((id) => byId.has(id)).map((id) => byId.get(id)!),
    interestedIn: interests.interestedIn,
    dismissed: interests.dismissed,
  };
}
