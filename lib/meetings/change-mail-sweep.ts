// The sweep that mails firms their untold schedule changes once they have been quiet for QUIET_MINUTES: every
// minute on each app server. Two servers sweeping at once never mail a firm twice (sendUntoldChanges claims each
// firm's changes in a transaction). A job queue, when the app has one, can run the same function instead.
import { db } from "@/lib/db";
import { sendUntoldChanges } from "./schedule-changes";

let timer: ReturnType<typeof setInterval> | null = null;

export async function sweepOnce(now = new Date()): Promise<number> {
  const events = await db.publication.findMany({
    where: { undoneAt: null },
    select: { eventId: true },
    distinct: ["eventId"],
  });
  let firms = 0;
  for (const { eventId } of events) firms += (await sendUntoldChanges(eventId, { due: "quiet", now })).firms;
  return firms;
}

export function startChangeMailSweep(everyMs = 60_000): void {
  if (timer) return;
  timer = setInterval(() => {
    sweepOnce().catch((e) => console.error("change-mail sweep failed:", e instanceof Error ? e.message : e));
  }, everyMs);
  timer.unref?.();
}
