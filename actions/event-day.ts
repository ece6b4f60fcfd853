"use server";
// On the day, at the door: checking a person in by name (whoever has no badge with them). Event admins and
// on-site staff; lib/check-in checks again.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkInPerson } from "@/lib/check-in/check-in";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import { Id } from "@/lib/validation/form-input";

export const checkInByNameAction = defineAction({
  rule: { kind: "onsite" },
  schema: z.object({ userId: Id }),
  run: async ({ actor, input, locale }) => {
    const event = await requireCurrentEvent();
    const { already, at, user } = await checkInPerson(actor, event.id, input.userId);
    return { already, name: user.displayName, at: formatTimeWithZone(at, event.timeZone, locale) };
  },
  done: ({ already, name, at }) =>
    already ? { key: "checkIn.already", values: { name, at } } : { key: "checkIn.welcome", values: { name } },
  revalidate: [{ page: "/[locale]/organizer/check-in" }],
});
