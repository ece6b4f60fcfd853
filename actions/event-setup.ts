"use server";
// The organizers' set-up of the current event's 1:1 matching: sessions, tables, settings (/organizer/setup).
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  addSession,
  removeSession,
  RemoveSessionSchema,
  saveMatchingSettings,
  SessionSchema,
  SettingsSchema,
  setTables,
  TablesSchema,
} from "@/lib/event-setup/event-setup";

const SETUP_PAGE = [{ page: "/[locale]/organizer/setup" }];

export const addSessionAction = defineAction({
  rule: { kind: "organizer" },
  schema: SessionSchema,
  run: async ({ actor, raw }) => {
    await addSession(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
  },
  done: "setup.saved.session",
  revalidate: SETUP_PAGE,
});

export const removeSessionAction = defineAction({
  rule: { kind: "organizer" },
  schema: RemoveSessionSchema,
  run: ({ actor, input }) => removeSession(actor, input),
  done: "setup.saved.remove",
  revalidate: SETUP_PAGE,
});

export const saveTablesAction = defineAction({
  rule: { kind: "organizer" },
  schema: TablesSchema,
  run: async ({ actor, raw }) => {
    await setTables(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
  },
  done: "setup.saved.tables",
  revalidate: SETUP_PAGE,
});

export const saveSettingsAction = defineAction({
  rule: { kind: "organizer" },
  schema: SettingsSchema,
  run: async ({ actor, raw }) => {
    await saveMatchingSettings(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
  },
  done: "setup.saved.settings",
  revalidate: SETUP_PAGE,
});
