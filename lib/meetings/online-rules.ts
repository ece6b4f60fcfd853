// Online meetings, as pure rules. A meeting is online when the two firms agree (one asks, typically a delegation
// joining remotely; the other's administrators accept) or an organizer sets it; only at an event that allows
// online meetings. An online meeting needs both firms free in its slot but no table.
import type { Actor } from "@/lib/auth/actor";
import { mayActForFirm } from "./meeting-rights";
import type { RequestStatus } from "./request-rules";

export type OnlineView = {
  fromFirmId: string;
  toFirmId: string;
  status: RequestStatus;
  online: boolean;
  onlineAskedByFirmId: string | null;
};

export type OnlineRefusal = "off" | "notLive" | "already" | "asked" | "notAsked" | "notYours";

/** Why `firmId` (the actor's) may not ask for the meeting to be online now, or null when it may. */
export function askOnlineRefusal(
  actor: Actor,
  r: OnlineView,
  firmId: string,
  eventAllowsOnline: boolean,
): OnlineRefusal | null {
  if (firmId !== r.fromFirmId && firmId !== r.toFirmId) return "notYours";
  if (!mayActForFirm(actor, firmId, "askOnline")) return "notYours";
  if (!eventAllowsOnline) return "off";
  if (r.status !== "PENDING" && r.status !== "ACCEPTED") return "notLive";
  if (r.online) return "already";
  if (r.onlineAskedByFirmId) return "asked";
  return null;
}

/** Why the actor may not answer an open question to go online, or null: the other firm's administrators answer. */
export function answerOnlineRefusal(actor: Actor, r: OnlineView, eventAllowsOnline: boolean): OnlineRefusal | null {
  if (!r.onlineAskedByFirmId) return "notAsked";
  const other = r.onlineAskedByFirmId === r.fromFirmId ? r.toFirmId : r.fromFirmId;
  if (!mayActForFirm(actor, other, "answerOnline")) return "notYours";
  if (!eventAllowsOnline) return "off";
  if (r.status !== "PENDING" && r.status !== "ACCEPTED") return "notLive";
  return null;
}

/**
 * The first slot (in time order) in which neither firm is taken: where an online meeting can go, since it
 * competes for no table. `taken` holds each firm's taken slots (meetings, tours, marked away).
 */
export function firstCommonFreeSlot(
  slotIds: readonly string[],
  firms: readonly [string, string],
  taken: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  return slotIds.find((slot) => firms.every((f) => !taken.get(f)?.has(slot))) ?? null;
}
