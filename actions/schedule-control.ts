"use server";
// The organizers' control of the schedule (issue 18): publish what the preview shows (refused if it changed since),
// undo the last publication, send the firms their untold changes now, add the interpreter tables the capacity view
// proposes, and in the grid place, move or cancel a meeting. Event admins only; lib/meetings checks again and does
// each change in one transaction. A refusal says every reason in words, with names.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionRefusal } from "@/lib/actions/refusal";
import { addInterpreterTables, INTERPRETER_PAIRS } from "@/lib/event-setup/event-setup";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { firmNamesOf } from "@/lib/firms/firm-names";
import type { ClientMessageKey, Notice } from "@/lib/i18n/message-keys";
import { CapReached, cancelMeetingByHand, createMeetingByHand } from "@/lib/meetings/organizer-meetings";
import { moveMeeting, PlacementRefused } from "@/lib/meetings/placement";
import { publish, undoPublication, UndoRefused } from "@/lib/meetings/publication";
import { sendScheduleChangesNow } from "@/lib/meetings/schedule-changes";
import { Id } from "@/lib/validation/form-input";

const SCHEDULE = [{ layout: "/[locale]/organizer/schedule" }, { page: "/[locale]/agenda" }];

export const publishAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({ runId: z.string().max(64).default(""), fingerprint: z.string().max(200) }),
  run: async ({ actor, input }) => {
    const event = await requireCurrentEvent();
    return publish(actor, event.id, { runId: input.runId || null, fingerprint: input.fingerprint });
  },
  done: ({ placed, firms }) => ({ key: "schedule.publishedMailed", values: { count: placed, firms } }),
  revalidate: SCHEDULE,
});

export const undoPublicationAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({ publicationId: Id }),
  run: async ({ actor, input }) => {
    const event = await requireCurrentEvent();
    try {
      return await undoPublication(actor, event.id, input);
    } catch (e) {
      if (!(e instanceof UndoRefused)) throw e;
      const reasons = [...new Set(e.refusals.map((r) => r.reason))].map((reason): Notice<ClientMessageKey> => ({
        key: `publication.undoRefusal.${reason}`,
        values: { count: e.refusals.filter((r) => r.reason === reason).length },
      }));
      throw new ActionRefusal("errors.publication.undoRefused", reasons);
    }
  },
  done: ({ removed, firms }) => ({ key: "schedule.undone", values: { count: removed, firms } }),
  revalidate: SCHEDULE,
});

export const sendChangesAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({}),
  run: async ({ actor }) => sendScheduleChangesNow(actor, (await requireCurrentEvent()).id),
  done: ({ firms }) => ({ key: "schedule.changesSent", values: { firms } }),
  revalidate: SCHEDULE,
});

export const addInterpreterTablesAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({ pair: z.enum(INTERPRETER_PAIRS), count: z.coerce.number().int().min(1).max(50) }),
  run: async ({ actor, input }) => addInterpreterTables(actor, (await requireCurrentEvent()).id, input),
  done: (added, input) => ({ key: "schedule.tablesAdded", values: { count: added.length, pair: input.pair } }),
  revalidate: [...SCHEDULE, { page: "/[locale]/organizer/setup" }],
});

// The grid: one form around the table grid; each open cell is a submit button named "cell" ("slotId|tableId").
const Cell = z
  .string()
  .max(140)
  .transform((s) => s.split("|"))
  .pipe(z.tuple([Id, Id]));

// Where the grid was (its filters and page of firms), so the organizer lands back on the same view.
const VIEW_KEYS = ["q", "country", "table", "pair", "page"] as const;
const ViewKey = z.string().max(100).default("");
const GridView = z.object({ q: ViewKey, country: ViewKey, table: ViewKey, pair: ViewKey, page: ViewKey });
function gridHref(locale: string, view: z.output<typeof GridView>, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const k of VIEW_KEYS) if (view[k]) params.set(k, view[k]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/${locale}/organizer/schedule/grid?${params}`;
}

const PlaceSchema = GridView.extend({
  cell: Cell,
  requestId: z.string().max(64).default(""),
  firmAId: z.string().max(64).default(""),
  firmBId: z.string().max(64).default(""),
  overCap: z.boolean().default(false),
});

export const gridPlaceAction = defineAction({
  rule: { kind: "organizer" },
  schema: PlaceSchema,
  run: async ({ actor, input }) => {
    const event = await requireCurrentEvent();
    const [slotId, tableId] = input.cell;
    const who = input.requestId ? { requestId: input.requestId } : { firmAId: input.firmAId, firmBId: input.firmBId };
    return refusalsInWords(() =>
      createMeetingByHand(actor, event.id, { ...who, slotId, tableId, overCap: input.overCap }),
    );
  },
  done: "grid.done.placed",
  revalidate: SCHEDULE,
  // The new meeting is selected, ready to be moved again.
  goTo: ({ locale, input, data }) => gridHref(locale, input, { meeting: data.meetingId }),
});

export const gridMoveAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({ meetingId: Id, cell: Cell }),
  run: async ({ actor, input }) => {
    const [slotId, tableId] = input.cell;
    await refusalsInWords(() => moveMeeting(actor, { meetingId: input.meetingId, slotId, tableId }));
  },
  done: "grid.done.moved",
  revalidate: SCHEDULE,
});

export const gridCancelAction = defineAction({
  rule: { kind: "organizer" },
  schema: GridView.extend({ meetingId: Id, reason: z.string().max(1000) }),
  run: async ({ actor, input }) => {
    await cancelMeetingByHand(actor, { meetingId: input.meetingId, reason: input.reason });
  },
  done: "grid.done.cancelled",
  revalidate: SCHEDULE,
  goTo: ({ locale, input }) => gridHref(locale, input),
});

/** Runs a placement; a refusal by the placement rules or the cap becomes every reason in words, with names. */
async function refusalsInWords<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PlacementRefused || e instanceof CapReached) {
      const conflicts = e.conflicts;
      const names = await firmNamesOf(conflicts.flatMap((c) => ("firmId" in c ? [c.firmId] : [])));
      const firm = (id: string) => names.find((f) => f.id === id)?.nameLocal ?? "?";
      const reasons = conflicts.map((c): Notice<ClientMessageKey> => {
        if (c.reason === "cap") return { key: "grid.why.cap", values: { firm: firm(c.firmId), cap: c.cap } };
        if (c.reason === "unavailable" || c.reason === "busy")
          return { key: `grid.why.${c.reason}`, values: { firm: firm(c.firmId) } };
        if (c.reason === "tableTaken") return { key: "grid.why.tableTaken", values: { table: c.table } };
        return { key: "grid.why.interpreter", values: { table: c.table, pair: c.pair } };
      });
      throw new ActionRefusal(e instanceof CapReached ? "errors.placement.cap" : "errors.placement.refused", reasons);
    }
    throw e;
  }
}
