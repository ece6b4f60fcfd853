"use server";
// Taking back a change within its few minutes (a no-show marked, a meeting cancelled, a request withdrawn). The lib
// operation finds the change by its id and refuses anyone but the person who made it, as "not found".
import { defineAction } from "@/lib/actions/define-action";
import { undoChange, UndoInput } from "@/lib/undo/undo";

export const undoAction = defineAction({
  rule: { kind: "signedIn" },
  schema: UndoInput,
  run: async ({ actor, input }) => {
    await undoChange(actor, input);
  },
  done: "meetingDay.done.undone",
  revalidate: [{ page: "/[locale]/agenda" }, { page: "/[locale]/home" }, { page: "/[locale]/firm/meetings" }],
});
