"use server";
// Organizers' desk work: vetting new firms, checking people in at the door, adding to the taxonomy.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { BadgeCodeSchema, checkIn } from "@/lib/check-in/check-in";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { DecisionSchema, vetFirm } from "@/lib/firms/vetting";
import { addTaxonomyNode } from "@/lib/taxonomy/add-taxonomy-node";
import { formatTimeWithZone } from "@/lib/time/zoned-format";

export const vetAction = defineAction({
  rule: { kind: "vetting" },
  schema: DecisionSchema,
  run: async ({ actor, input }) => {
    await vetFirm(actor, input);
    return (await firmNamesOf([input.firmId]))[0]?.nameLocal ?? "";
  },
  done: (name, input) => ({
    key: input.decision === "approve" ? "vetting.approved" : "vetting.rejected",
    values: { name },
  }),
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

// The entry's fields as the form sends them; lib/taxonomy/add-taxonomy-node.ts holds the rules (and answers with a
// message per field).
const TaxonomyEntry = z.object({
  kind: z.string(),
  parentId: z.string().optional(),
  code: z.string(),
  labelEn: z.string(),
  labelJa: z.string(),
  labelVi: z.string(),
});

export const addTaxonomyNodeAction = defineAction({
  rule: { kind: "organizer" },
  schema: TaxonomyEntry,
  run: async ({ actor, raw }) => {
    await addTaxonomyNode(actor, raw);
  },
  done: "taxonomyPage.added",
  revalidate: [{ page: "/[locale]/organizer/taxonomy" }],
});
