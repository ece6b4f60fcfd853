"use server";
// Contacts from badges (issue 21): save a person from their badge with a note and a rating, change the note,
// delete (asked to confirm first), and, for the person saved, withdraw their details or share them again. The
// lib operations decide whose row it is; someone else's is "not found".
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  DeleteContactInput,
  deleteSavedContact,
  SaveContactInput,
  saveContact,
  setDetailsWithdrawn,
  UpdateContactInput,
  updateSavedContact,
  WithdrawInput,
} from "@/lib/contacts/saved-contacts";
import { z } from "zod";

const PAGE = [{ page: "/[locale]/contacts" }];

export const saveContactAction = defineAction({
  rule: { kind: "signedIn" },
  schema: SaveContactInput,
  run: async ({ actor, raw }) => saveContact(actor, (await requireCurrentEvent()).id, raw),
  done: ({ created, name }) => ({ key: created ? "contacts.done.saved" : "contacts.done.updated", values: { name } }),
  revalidate: PAGE,
});

export const updateContactAction = defineAction({
  rule: { kind: "signedIn" },
  schema: UpdateContactInput,
  run: async ({ actor, raw }) => {
    await updateSavedContact(actor, raw);
  },
  done: "contacts.done.noteSaved",
  revalidate: PAGE,
});

export const deleteContactAction = defineAction({
  rule: { kind: "signedIn" },
  schema: DeleteContactInput,
  run: async ({ actor, raw }) => {
    await deleteSavedContact(actor, raw);
  },
  done: "contacts.done.deleted",
  revalidate: PAGE,
});

// A form posts "withdrawn" as text; the lib operation takes a boolean.
const WithdrawForm = z.object({ id: z.string().min(1).max(64), withdrawn: z.enum(["yes", "no"]) });

export const withdrawDetailsAction = defineAction({
  rule: { kind: "signedIn" },
  schema: WithdrawForm,
  run: async ({ actor, input }) => {
    await setDetailsWithdrawn(actor, WithdrawInput.parse({ id: input.id, withdrawn: input.withdrawn === "yes" }));
  },
  done: (_, input) => (input.withdrawn === "yes" ? "contacts.done.withdrawn" : "contacts.done.shared"),
  revalidate: PAGE,
});
