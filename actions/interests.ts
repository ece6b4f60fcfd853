"use server";
// Interested / not interested in a firm, from a recommendation or from the firm's profile.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { setInterest } from "@/lib/matching/interests";
import { Id } from "@/lib/validation/form-input";

const InterestSchema = z.object({ fromFirmId: Id, toFirmId: Id, interested: z.enum(["yes", "no", "clear"]) });

export const setInterestAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.fromFirmId }),
  schema: InterestSchema,
  run: async ({ actor, input }) => {
    const { mutual } = await setInterest(actor, input);
    // A new mutual match is announced with the other firm's name.
    return { mutualWith: mutual ? ((await firmNamesOf([input.toFirmId]))[0]?.nameLocal ?? null) : null };
  },
  done: ({ mutualWith }) => (mutualWith ? { key: "matching.mutualBanner", values: { name: mutualWith } } : undefined),
  revalidate: [{ page: "/[locale]/firm/recommendations" }, { page: "/[locale]/firms/[id]" }],
});
