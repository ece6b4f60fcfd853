// What a scheduler run stores: the placements it proposes and, for each request it could not place, why.
import { z } from "zod";

export const UNPLACED_REASONS = ["cap", "noInterpreter", "noCommonSlot", "partnersBusy", "noTable"] as const;

const RunResultSchema = z.object({
  // A placement without a table (null) is an online meeting: a video room, only both firms' slot.
  placements: z.array(z.object({ requestId: z.string(), slotId: z.string(), tableId: z.string().nullable() })),
  unplaced: z.array(
    z.object({
      requestId: z.string(),
      reason: z.enum(UNPLACED_REASONS),
      firmId: z.string().optional(),
      online: z.boolean().optional(),
    }),
  ),
  // How good the run is (absent in runs stored before the scheduler reported it): the weighted score of the
  // event's schedule, the bound no schedule can beat, and whether they meet; with a cap per firm the bound is
  // for the meetings admitted under the cap.
  quality: z
    .object({
      weighted: z.number(),
      bound: z.number(),
      gap: z.number(),
      proven: z.boolean(),
      maxBreaks: z.number(),
      fair: z.boolean(),
      capped: z.boolean(),
    })
    .optional(),
  // Meetings per firm with accepted requests, in the schedule the preview would publish.
  distribution: z
    .object({
      firms: z.number(),
      withNone: z.number(),
      minimum: z.number(),
      maximum: z.number(),
      mean: z.number(),
      histogram: z.array(z.object({ meetings: z.number(), firms: z.number() })),
    })
    .optional(),
});
export type RunResult = z.infer<typeof RunResultSchema>;

export function parseRunResult(json: string): RunResult {
  return RunResultSchema.parse(JSON.parse(json));
}
