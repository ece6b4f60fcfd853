"use server";
// Interested / not interested in a firm, from a recommendation or from the firm's profile.
import { defineAction } from "@/lib/actions/define-action";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { InterestSchema, setInterest } from "@/lib/matching/interests";

export const setInterestAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.fromFirmId }),
  schema: InterestSchema,
  run: async ({ actor, input, raw }) => {
    const { mutual } = await setInterest(actor, raw);
    // A new mutual match is announced with the other firm's name.
    return { mutualWith: mutual ? ((await firmNamesOf([input.toFirmId]))[0]?.nameLocal ?? null) : null };
  },
  done: ({ mutualWith }) => (mutualWith ? { key: "matching.mutualBanner", values: { name: mutualWith } } : undefined),
  revalidate: [{ page: "/[locale]/firm/recommendations" }, { page: "/[locale]/firms/[id]" }],
});
