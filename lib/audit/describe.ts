// An audit entry in words, in the reader's language: names instead of ids (firms, people, tours, slots as times in
// the event's zone, tables by number), and the change as a sentence. Entries store ids (stable) and a few names as
// they were (for things since deleted); this reads them back whichever shape an older entry has. Pure.
import type { KeyIn, TranslateIn } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime, formatTime, formatTimeWithZone } from "@/lib/time/zoned-format";

export type AuditRow = {
  id: string;
  actorId: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  createdAt: Date;
};

/** Names of what entries refer to, looked up once for a page of entries. */
export type AuditLookup = {
  firm: (id: string) => string | undefined;
  person: (id: string) => string | undefined;
  tour: (id: string, locale: AppLocale) => string | undefined;
  slot: (id: string) => Date | undefined;
  /** A meeting's two firms (for entries that name only the meeting). */
  meetingFirms: (id: string) => [string, string] | undefined;
};

type T = TranslateIn<"audit">;

/** Every id an entry refers to, by kind, so a page of entries can look them all up at once. */
export function referencedIds(rows: readonly AuditRow[]) {
  const firms = new Set<string>();
  const people = new Set<string>();
  const tours = new Set<string>();
  const slots = new Set<string>();
  const meetings = new Set<string>();
  for (const r of rows) {
    const d = r.details;
    people.add(r.actorId);
    for (const k of ["firmA", "firmB", "absent"]) if (typeof d[k] === "string") firms.add(d[k] as string);
    if (r.targetType === "firm") firms.add(r.targetId);
    if (typeof d.user === "string") people.add(d.user);
    if (typeof d.tour === "string") tours.add(d.tour);
    for (const k of ["fromSlot", "toSlot"]) if (typeof d[k] === "string") slots.add(d[k] as string);
    if (r.targetType === "meeting") meetings.add(r.targetId);
  }
  return { firms, people, tours, slots, meetings };
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export type DescribedEntry = { when: string; who: string; what: string; details: string };

/** One entry as the log shows it: when (event zone), who, what happened, and the change in words. */
export function describeEntry(
  row: AuditRow,
  ctx: { lookup: AuditLookup; t: T; locale: AppLocale; timeZone: string; body?: string },
): DescribedEntry {
  const { lookup, t, locale, timeZone } = ctx;
  const d = row.details;
  const known = `action.${row.action.replace(".", "_")}`;
  const what = safe(t, known) ?? row.action;
  const time = (iso: unknown) => {
    if (typeof iso !== "string" || !iso) return t("describe.none");
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : formatTimeWithZone(at, timeZone, locale);
  };
  const dateTime = (iso: unknown) => {
    if (typeof iso !== "string" || !iso) return t("describe.none");
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : formatDateTime(at, timeZone, locale);
  };
  const slotTime = (id: unknown, iso?: unknown) => {
    const at = typeof id === "string" ? lookup.slot(id) : undefined;
    if (at) return formatTime(at, timeZone, locale);
    return typeof iso === "string" ? formatTime(new Date(iso), timeZone, locale) : "?";
  };
  const firm = (id: unknown, fallback?: unknown) =>
    (typeof id === "string" ? lookup.firm(id) : undefined) ?? str(fallback);
  // The meeting's firms: from the ids it stored, else from the meeting, else the names it kept.
  const firms = () => {
    if (typeof d.firmA === "string" && typeof d.firmB === "string") return `${firm(d.firmA)} — ${firm(d.firmB)}`;
    const pair = row.targetType === "meeting" ? lookup.meetingFirms(row.targetId) : undefined;
    if (pair) return `${firm(pair[0])} — ${firm(pair[1])}`;
    return str(d.firms);
  };
  const pairs = Object.keys(d)
    .filter((k) => k.startsWith("pair:") && Number(d[k]) > 0)
    .map((k) => `${k.slice(5)} × ${d[k]}`)
    .join(", ");
  let details: string;
  switch (row.action) {
    case "firm.approve":
    case "firm.edit":
      details = t("describe.firm", { firm: firm(row.targetId, d.firm) });
      break;
    case "firm.reject":
      details = t("describe.firmRejected", { firm: firm(row.targetId, d.firm), reason: str(d.reason) });
      break;
    case "firms.import":
      details = t("describe.import", {
        created: Number(d.created ?? 0),
        updated: Number(d.updated ?? 0),
        skipped: Number(d.skipped ?? 0),
      });
      break;
    case "schedule.publish":
      details = t("describe.publish", {
        meetings: Number(d.meetings ?? 0),
        changed: Number(d.changed ?? 0),
        firms: Number(d.firms ?? 0),
      });
      break;
    case "schedule.undo":
      details = t("describe.undo", {
        meetings: Number(d.meetings ?? 0),
        firms: Number(d.firms ?? 0),
        when: dateTime(d.publishedAt),
      });
      break;
    case "schedule.sendChanges":
      details = t("describe.sendChanges", { firms: Number(d.firms ?? 0) });
      break;
    case "meeting.move":
      details = t("describe.move", {
        firms: firms(),
        from: slotTime(d.fromSlot, d.fromAt),
        fromTable: str(d.fromTable || "?"),
        to: slotTime(d.toSlot, d.at),
        table: str(d.table),
      });
      break;
    case "meeting.create":
      details = t("describe.create", { firms: firms(), time: slotTime(d.toSlot, d.at), table: str(d.table) });
      break;
    case "meeting.overCap":
      details = t("describe.overCap", {
        firms: firms(),
        time: slotTime(d.toSlot, d.at),
        table: str(d.table),
        cap: str(d.cap),
      });
      break;
    case "meeting.cancel":
      details = t("describe.cancel", {
        firms: firms(),
        time: slotTime(d.fromSlot, d.at),
        table: str(d.table),
        reason: str(d.reason),
      });
      break;
    case "meeting.noShow":
      details = t("describe.noShow", { firms: firms(), absent: firm(d.absent) });
      break;
    case "meeting.standby":
      details = t("describe.standby", { firms: firms() });
      break;
    case "tourSeat.cancel":
    case "tourSeat.approve":
    case "tourSeat.decline":
      details = t("describe.tourSeat", {
        person: (typeof d.user === "string" && lookup.person(d.user)) || "?",
        tour: (typeof d.tour === "string" && lookup.tour(d.tour, locale)) || "?",
      });
      break;
    case "setup.sessionAdd":
    case "setup.sessionRemove":
      details = t("describe.session", {
        name: str(d.name),
        from: time(d.from),
        to: typeof d.to === "string" ? formatTime(new Date(d.to), timeZone, locale) : "?",
        slots: Number(d.slots ?? 0),
      });
      break;
    case "setup.tables":
      details =
        d.added !== undefined
          ? t("describe.tablesAdded", { count: Number(d.added), pair: str(d.pair), numbers: str(d.numbers) })
          : t("describe.tables", {
              from: Number(d.fromCount ?? 0),
              count: Number(d.count ?? 0),
              pairs: pairs || t("describe.noInterpreters"),
            });
      break;
    case "setup.settings": {
      const parts: string[] = [];
      if ("deadlineTo" in d)
        parts.push(t("describe.deadline", { from: dateTime(d.deadlineFrom), to: dateTime(d.deadlineTo) }));
      if ("capTo" in d)
        parts.push(
          t("describe.cap", {
            from: d.capFrom === null || d.capFrom === undefined ? t("describe.noCap") : str(d.capFrom),
            to: d.capTo === null ? t("describe.noCap") : str(d.capTo),
          }),
        );
      if ("selfBooking" in d) parts.push(t(d.selfBooking ? "describe.selfBookingOn" : "describe.selfBookingOff"));
      details = parts.join(" · ");
      break;
    }
    case "event.create":
    case "event.makeCurrent":
    case "event.restore":
      details = t("describe.event", { event: str(d.event) });
      break;
    case "event.edit": {
      const fields = Array.isArray(d.changed) ? d.changed.map((f) => safe(t, `describe.field.${f}`) ?? str(f)) : [];
      details = t("describe.eventEdit", { event: str(d.event), fields: fields.join(", ") || t("describe.none") });
      break;
    }
    case "event.archive":
      details = t("describe.eventArchive", { event: str(d.event), meetings: Number(d.meetings ?? 0) });
      break;
    default:
      // An action this version does not know: its details as they are, ids and all.
      details = Object.entries(d)
        .map(([k, v]) => `${k}: ${str(v)}`)
        .join(" · ");
  }
  return {
    when: formatDateTime(row.createdAt, timeZone, locale),
    who: ctx.body ? `${row.actorName} (${ctx.body})` : row.actorName,
    what,
    details,
  };
}

// Keys named by stored rows (an action or field written by a later version of the app) may not exist: the one
// place a key is taken on trust, and a missing one falls back to the stored name.
function safe(t: T, key: string): string | null {
  try {
    const text = t(key as KeyIn<"audit">);
    return text && !text.includes(key) ? text : null;
  } catch {
    return null;
  }
}

/** The log's categories for its "what" filter, by action prefix. */
export const AUDIT_CATEGORIES = {
  firms: ["firm.approve", "firm.reject", "firm.edit", "firms.import"],
  schedule: ["schedule.publish", "schedule.undo", "schedule.sendChanges"],
  meetings: [
    "meeting.move",
    "meeting.create",
    "meeting.overCap",
    "meeting.cancel",
    "meeting.noShow",
    "meeting.standby",
  ],
  setup: ["setup.sessionAdd", "setup.sessionRemove", "setup.tables", "setup.settings"],
  tours: ["tourSeat.cancel", "tourSeat.approve", "tourSeat.decline"],
  event: ["event.create", "event.edit", "event.makeCurrent", "event.archive", "event.restore"],
} as const;
export type AuditCategory = keyof typeof AUDIT_CATEGORIES;

/** The categories in the order the filter lists them. */
export const AUDIT_CATEGORY_NAMES = Object.keys(AUDIT_CATEGORIES) as AuditCategory[];
