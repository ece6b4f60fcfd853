"use server";
// The organizers' schedule: publishing or discarding a scheduler run's preview, moving a meeting by hand, and
// staff at a table marking a meeting or seating a standby firm.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionRefusal } from "@/lib/actions/refusal";
import { firmNamesOf } from "@/lib/firms/firm-names";
import type { ClientMessageKey, Notice } from "@/lib/i18n/message-keys";
import { markMeeting, MarkSchema, seatStandby, StandbySchema } from "@/lib/meetings/meeting-day";
import { moveMeeting, MoveSchema, PlacementRefused } from "@/lib/meetings/placement";
import { discardRun, publishRun } from "@/lib/meetings/scheduler-run";
import { Id } from "@/lib/validation/form-input";

const SCHEDULE = [{ layout: "/[locale]/organizer/schedule" }];
const RunSchema = z.object({ runId: Id });

export const publishRunAction = defineAction({
  rule: { kind: "organizer" },
  schema: RunSchema,
  run: ({ actor, input }) => publishRun(actor, input.runId),
  done: (count) => ({ key: "schedule.published", values: { count } }),
  revalidate: [...SCHEDULE, { page: "/[locale]/agenda" }],
});

export const discardRunAction = defineAction({
  rule: { kind: "organizer" },
  schema: RunSchema,
  run: async ({ actor, input }) => {
    await discardRun(actor, input.runId);
  },
  done: "schedule.discarded",
  revalidate: SCHEDULE,
});

/** Moves a meeting by hand; a refusal names every firm and table in the way, in words. */
export const moveMeetingAction = defineAction({
  rule: { kind: "organizer" },
  schema: MoveSchema,
  run: async ({ actor, input }) => {
    try {
      await moveMeeting(actor, input);
    } catch (e) {
      if (e instanceof PlacementRefused) throw new ActionRefusal("errors.placement.refused", await reasons(e));
      throw e;
    }
  },
  done: "schedule.moved",
  revalidate: [...SCHEDULE, { page: "/[locale]/agenda" }],
});

async function reasons(e: PlacementRefused): Promise<Notice<ClientMessageKey>[]> {
  const names = await firmNamesOf(e.conflicts.flatMap((c) => ("firmId" in c ? [c.firmId] : [])));
  const firm = (id: string) => names.find((f) => f.id === id)?.nameLocal ?? id;
  return e.conflicts.map((c): Notice<ClientMessageKey> =>
    c.reason === "unavailable" || c.reason === "busy"
      ? { key: `schedule.conflict.${c.reason}`, values: { firm: firm(c.firmId) } }
      : c.reason === "tableTaken"
        ? { key: "schedule.conflict.tableTaken", values: { table: c.table } }
        : { key: "schedule.conflict.interpreter", values: { table: c.table, pair: c.pair } },
  );
}

/** Staff at the table (event admins and on-site staff): held, or which firm did not come. */
export const staffMarkMeetingAction = defineAction({
  rule: { kind: "onsite" },
  schema: MarkSchema,
  run: async ({ actor, input }) => {
    await markMeeting(actor, input);
  },
  done: (_, input) => `meetingDay.done.${input.mark}`,
  revalidate: SCHEDULE,
});

/** Staff seat a standby firm after a no-show; the new meeting's page says so. */
export const staffSeatStandbyAction = defineAction({
  rule: { kind: "organizer" },
  schema: StandbySchema,
  run: ({ actor, input }) => seatStandby(actor, input),
  done: "meetingDay.done.standby",
  revalidate: SCHEDULE,
  goTo: ({ locale, data }) => `/${locale}/organizer/schedule/meetings/${data}`,
});
