"use server";
// Organizers' desk work: vetting new firms, checking people in at the door, adding to the taxonomy.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { BadgeCodeSchema, checkIn } from "@/lib/check-in/check-in";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { approveFirms, DecisionSchema, vetFirm } from "@/lib/firms/vetting";
import { addTaxonomyNode, TaxonomyNodeSchema } from "@/lib/taxonomy/add-taxonomy-node";
import { formatTimeWithZone } from "@/lib/time/zoned-format";

export const vetAction = defineAction({
  rule: { kind: "vetting" },
  schema: DecisionSchema,
  run: async ({ actor, input }) => {
    await vetFirm(actor, input);
    return (await firmNamesOf([input.firmId]))[0]?.nameLocal ?? "";
  },
  done: (name, input) => ({
    key:
      input.decision === "approve"
        ? "vetting.approved"
        : input.decision === "reject"
          ? "vetting.rejected"
          : "vetting.reconsidered",
    values: { name },
  }),
  revalidate: [{ page: "/[locale]/organizer/vetting" }, { page: "/[locale]/firms" }],
});

/** Several pending firms approved at once (those still pending in the body's scope; lib/firms/vetting.ts). */
export const approveFirmsAction = defineAction({
  rule: { kind: "vetting" },
  schema: z.object({ firmIds: z.array(z.string().min(1).max(64)).max(200) }),
  run: ({ actor, input }) => approveFirms(actor, input),
  done: (count) => ({ key: "vetting.bulkApproved", values: { count } }),
  revalidate: [{ page: "/[locale]/organizer/vetting" }, { page: "/[locale]/firms" }],
});

export const checkInAction = defineAction({
  rule: { kind: "onsite" },
  schema: BadgeCodeSchema,
  run: async ({ actor, input, locale }) => {
    const event = await requireCurrentEvent();
    const { already, at, user } = await checkIn(actor, { eventId: event.id, code: input.code });
    return { already, name: user.displayName, at: formatTimeWithZone(at, event.timeZone, locale) };
  },
  done: ({ already, name, at }) =>
    already ? { key: "checkIn.already", values: { name, at } } : { key: "checkIn.welcome", values: { name } },
  revalidate: [{ page: "/[locale]/organizer/check-in" }],
});

export const addTaxonomyNodeAction = defineAction({
  rule: { kind: "organizer" },
  schema: TaxonomyNodeSchema,
  run: async ({ actor, raw }) => {
    await addTaxonomyNode(actor, raw);
  },
  done: "taxonomyPage.added",
  revalidate: [{ page: "/[locale]/organizer/taxonomy" }],
});
