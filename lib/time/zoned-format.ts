// Dates and times of an event, shown in the event's time zone whatever the server's or the browser's zone,
// with the zone labelled: "09:00 ICT (UTC+7)". Uses Intl, which carries the IANA zone database.
import type { AppLocale } from "@/lib/i18n/routing";

// Abbreviations people at these events know. Intl gives "GMT+7" for Asia/Ho_Chi_Minh, not "ICT".
const ZONE_ABBREVIATIONS: Record<string, string> = {
  "Asia/Ho_Chi_Minh": "ICT",
  "Asia/Saigon": "ICT",
  "Asia/Bangkok": "ICT",
  "Asia/Tokyo": "JST",
  "Asia/Singapore": "SGT",
  UTC: "UTC",
};

const INTL_LOCALE: Record<AppLocale, string> = { en: "en-GB", ja: "ja-JP", vi: "vi-VN" };

/** "UTC+7", "UTC+5:30", "UTC" for the zone's offset at that instant. */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = (part ?? "GMT").replace(/^GMT/, "");
  return offset ? `UTC${offset}` : "UTC";
}

/** "ICT (UTC+7)", or "UTC+9" alone for a zone without a well-known abbreviation. */
export function zoneLabel(instant: Date, timeZone: string): string {
  const offset = utcOffsetLabel(instant, timeZone);
  const abbreviation = ZONE_ABBREVIATIONS[timeZone];
  if (!abbreviation || abbreviation === offset) return offset;
  return `${abbreviation} (${offset})`;
}

/** "09:00", 24-hour, in the zone. */
export function formatTime(instant: Date, timeZone: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** "09:00 ICT (UTC+7)". */
export function formatTimeWithZone(instant: Date, timeZone: string, locale: AppLocale): string {
  return `${formatTime(instant, timeZone, locale)} ${zoneLabel(instant, timeZone)}`;
}

/** "Wednesday 4 February 2026" / "2026年2月4日水曜日" / "Thứ Tư, 4 tháng 2, 2026", in the zone. */
export function formatDate(instant: Date, timeZone: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/** "09:00–17:30 ICT (UTC+7)" for a range within one day. */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: AppLocale): string {
  return `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)} ${zoneLabel(start, timeZone)}`;
}

/** "4 Feb 2026, 14:05 ICT (UTC+7)" for a moment such as a registration time. */
export function formatDateTime(instant: Date, timeZone: string, locale: AppLocale): string {
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(instant);
  return `${date} ${formatTimeWithZone(instant, timeZone, locale)}`;
}
