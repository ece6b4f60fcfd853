// The dashboard as CSV rows in the reader's language (section, item, value), times in the event's zone, labelled.
import type { Translate } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import { tourText } from "@/lib/tours/tour-text";
import type { dashboard } from "./dashboard";

type Dashboard = Awaited<ReturnType<typeof dashboard>>;
type T = Translate;
type Section = "byCountry" | "byStatus" | "bySector" | "requests" | "meetings" | "tours" | "consortiums";

export function dashboardCsv(d: Dashboard, locale: AppLocale, timeZone: string, t: T) {
  const rows: (string | number)[][] = [];
  const add = (section: Section, item: string, value: string | number | null) =>
    rows.push([t(`dashboard.${section}`), item, value ?? ""]);
  for (const c of ["VN", "JP", "OTHER"] as const)
    add("byCountry", t(`common.country.${c}`), d.registrations.byCountry[c] ?? 0);
  for (const s of ["PENDING", "APPROVED", "REJECTED"] as const)
    add("byStatus", t(`common.firmStatus.${s}`), d.registrations.byStatus[s] ?? 0);
  for (const s of d.sectors) add("bySector", localized(s.sector, "label", locale), s.firms);
  for (const s of ["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const)
    add("requests", t(`meetings.status.${s}`), d.requests.byStatus[s] ?? 0);
  add("requests", t("dashboard.csv.acceptanceRate"), d.requests.acceptanceRate);
  for (const s of ["SCHEDULED", "HELD", "MISSED", "CANCELLED"] as const)
    add("meetings", t(`dashboard.meetingStatus.${s}`), d.meetings[s] ?? 0);
  for (const s of d.tableUse.slots)
    rows.push([
      t("dashboard.csv.tableUse", { tables: d.tableUse.tables }),
      formatTimeWithZone(s.startsAt, timeZone, locale),
      s.used,
    ]);
  for (const tour of d.tours) {
    const title = tourText(tour, "title", locale);
    add("tours", t("dashboard.csv.tourSeats", { tour: title }), tour.seats);
    add("tours", t("dashboard.csv.tourTaken", { tour: title }), tour.held);
    add("tours", t("dashboard.csv.tourWaiting", { tour: title }), tour.waiting);
  }
  for (const s of ["FORMING", "READY", "SUBMITTED", "WON", "LOST"] as const)
    add("consortiums", t(`consortiums.status.${s}`), d.consortiums[s] ?? 0);
  add("consortiums", t("dashboard.csv.pilotOrders"), d.pilots);
  return { fields: [t("dashboard.csv.section"), t("dashboard.csv.item"), t("dashboard.csv.value")], rows };
}
