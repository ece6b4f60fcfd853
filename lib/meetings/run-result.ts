// What a scheduler run stores: the placements it proposes and, for each request it could not place, why.
import { z } from "zod";

export const UNPLACED_REASONS = ["cap", "noInterpreter", "noCommonSlot", "partnersBusy", "noTable"] as const;

const RunResultSchema = z.object({
  placements: z.array(z.object({ requestId: z.string(), slotId: z.string(), tableId: z.string() })),
  unplaced: z.array(
    z.object({ requestId: z.string(), reason: z.enum(UNPLACED_REASONS), firmId: z.string().optional() }),
  ),
});
export type RunResult = z.infer<typeof RunResultSchema>;

export function parseRunResult(json: string): RunResult {
  return RunResultSchema.parse(JSON.parse(json));
}
