// The event report as titled tables in the reader's language: what the printable page shows and what each sheet of
// the spreadsheet holds, from one definition so the two never disagree. Pure.
import type { Translate } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { tourText } from "@/lib/tours/tour-text";
import { formatDateTime } from "@/lib/time/zoned-format";
import { OUTCOME_KINDS, type EventReport, type OutcomeCounts } from "./event-report";

export type ReportSection = { key: string; title: string; columns: string[]; rows: (string | number)[][] };
type T = Translate;

const isCountry = (c: string): c is "VN" | "JP" | "OTHER" => c === "VN" || c === "JP" || c === "OTHER";

export function reportSections(r: EventReport, locale: AppLocale, t: T): ReportSection[] {
  const countries = ["VN", "JP", "OTHER"] as const;
  const outcomeColumns = (first: string) => [
    first,
    t("report.col.meetings"),
    ...OUTCOME_KINDS.map((k) => t(`meetingDay.kind.${k}`)),
    t("report.col.boardPilots"),
  ];
  const outcomeRow = (label: string, c: OutcomeCounts) => [
    label,
    c.meetings,
    ...OUTCOME_KINDS.map((k) => c[k]),
    c.boardPilots,
  ];
  const pairLabel = (pair: string) =>
    pair
      .split("–")
      .map((c) => (isCountry(c) ? t(`common.country.${c}`) : c))
      .join(" – ");
  return [
    {
      key: "registrations",
      title: t("report.section.registrations"),
      columns: [t("report.col.item"), t("report.col.count")],
      rows: [
        ...countries.map((c) => [t(`common.country.${c}`), r.registrations.byCountry[c] ?? 0]),
        ...(["APPROVED", "PENDING", "REJECTED"] as const).map((s) => [
          t(`common.firmStatus.${s}`),
          r.registrations.byStatus[s] ?? 0,
        ]),
      ],
    },
    {
      key: "requests",
      title: t("report.section.requests"),
      columns: [t("report.col.item"), t("report.col.count")],
      rows: [
        [t("report.requestsTotal"), r.requests.total],
        ...(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const).map((s) => [
          t(`meetings.status.${s}`),
          r.requests.byState[s],
        ]),
        [t("report.acceptanceRate"), r.requests.acceptanceRate === null ? "–" : `${r.requests.acceptanceRate}%`],
      ],
    },
    {
      key: "meetings",
      title: t("report.section.meetings"),
      columns: [t("report.col.item"), t("report.col.count")],
      rows: [
        [t("dashboard.meetingStatus.HELD"), r.meetings.held],
        [t("dashboard.meetingStatus.MISSED"), r.meetings.missed],
        [t("dashboard.meetingStatus.SCHEDULED"), r.meetings.scheduled],
        [t("dashboard.meetingStatus.CANCELLED"), r.meetings.cancelled],
        [t("report.outcomesRecorded"), r.outcomes.recorded],
        [t("report.pilotsFromMeetings"), r.pilotOrders.fromMeetings],
        [t("report.pilotsOnBoard"), r.pilotOrders.board],
      ],
    },
    {
      key: "byPair",
      title: t("report.section.byPair"),
      columns: outcomeColumns(t("report.col.pair")),
      rows: r.outcomes.byPair.map(([pair, c]) => outcomeRow(pairLabel(pair), c)),
    },
    {
      key: "bySector",
      title: t("report.section.bySector"),
      columns: outcomeColumns(t("report.col.sector")),
      rows: r.outcomes.bySector.map(({ sector, counts }) =>
        outcomeRow(sector ? localized(sector, "label", locale) : t("outcomes.noSector"), counts),
      ),
    },
    {
      key: "tours",
      title: t("report.section.tours"),
      columns: [
        t("report.col.tour"),
        t("report.col.when"),
        t("report.col.seats"),
        t("report.col.taken"),
        t("report.col.waiting"),
      ],
      rows: r.tours.map((x) => [
        tourText(x, "title", locale),
        formatDateTime(x.startsAt, r.event.timeZone, locale),
        x.seats,
        x.taken,
        x.waiting,
      ]),
    },
    {
      key: "consortiums",
      title: t("report.section.consortiums"),
      columns: [t("report.col.item"), t("report.col.count")],
      rows: [
        ...(["FORMING", "READY", "SUBMITTED", "WON", "LOST"] as const).map((s) => [
          t(`consortiums.status.${s}`),
          r.consortiums.byStatus[s] ?? 0,
        ]),
        [t("report.consortiumMembers"), r.consortiums.members],
      ],
    },
  ];
}
