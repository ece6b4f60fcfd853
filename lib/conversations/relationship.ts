// Whether two firms have a reason to talk: a meeting request between them (any status: the request opened the
// thread), a mutual match, or a meeting. Without one there is no thread, and asking for one is "not found".
import { db } from "@/lib/db";
import type { ConversationOrigin } from "@/lib/generated/prisma/client";

export async function relationshipBetween(a: string, b: string): Promise<ConversationOrigin | null> {
  if (a === b) return null;
  const [meeting, request, interests] = await Promise.all([
    db.meetingRequest.findFirst({
      where: {
        status: "ACCEPTED",
        OR: [
          { fromFirmId: a, toFirmId: b },
          { fromFirmId: b, toFirmId: a },
        ],
      },
      select: { id: true },
    }),
    db.meetingRequest.findFirst({
      where: {
        OR: [
          { fromFirmId: a, toFirmId: b },
          { fromFirmId: b, toFirmId: a },
        ],
      },
      select: { id: true },
    }),
    db.firmInterest.count({
      where: {
        interested: true,
        OR: [
          { fromFirmId: a, toFirmId: b },
          { fromFirmId: b, toFirmId: a },
        ],
      },
    }),
  ]);
  if (meeting) return "MEETING";
  if (request) return "REQUEST";
  if (interests === 2) return "MUTUAL_MATCH";
  return null;
}

/** The firms `firmId` is a mutual match with (they may start a thread from the messages page). */
export async function mutualMatchesOf(firmId: string): Promise<string[]> {
  const [given, received] = await Promise.all([
    db.firmInterest.findMany({ where: { fromFirmId: firmId, interested: true }, select: { toFirmId: true } }),
    db.firmInterest.findMany({ where: { toFirmId: firmId, interested: true }, select: { fromFirmId: true } }),
  ]);
  const back = new Set(received.map((r) => r.fromFirmId));
  return given.map((g) => g.toFirmId).filter((id) => back.has(id));
}
