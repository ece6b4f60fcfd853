// A tour as the form's starting values: local date and time in the event's zone.
import type { TourFormValues } from "@/components/tours/tour-form";
import { splitList } from "./tour-rules";

function localParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

type TourRow = Omit<
  TourFormValues,
  "date" | "start" | "durationMinutes" | "languages" | "eligibleCountries" | "deadlineDate" | "deadlineTime"
> & {
  startsAt: Date;
  endsAt: Date;
  languages: string;
  eligibleCountries: string;
  signupDeadline: Date | null;
};

export function tourFormValues(tour: TourRow, timeZone: string): TourFormValues {
  const start = localParts(tour.startsAt, timeZone);
  const deadline = tour.signupDeadline ? localParts(tour.signupDeadline, timeZone) : null;
  return {
    hostFirmId: tour.hostFirmId,
    titleEn: tour.titleEn,
    titleJa: tour.titleJa,
    titleVi: tour.titleVi,
    descriptionEn: tour.descriptionEn,
    descriptionJa: tour.descriptionJa,
    descriptionVi: tour.descriptionVi,
    date: start.date,
    start: start.time,
    durationMinutes: Math.round((tour.endsAt.getTime() - tour.startsAt.getTime()) / 60_000),
    meetingPoint: tour.meetingPoint,
    meetingPointJa: tour.meetingPointJa,
    meetingPointVi: tour.meetingPointVi,
    transport: tour.transport,
    seats: tour.seats,
    languages: splitList(tour.languages),
    eligibleCountries: splitList(tour.eligibleCountries),
    deadlineDate: deadline?.date ?? "",
    deadlineTime: deadline?.time ?? "",
    hostApproval: tour.hostApproval,
  };
}

export function newTourValues(eventStartsAt: Date, timeZone: string, hostFirmId: string): TourFormValues {
  return {
    hostFirmId,
    titleEn: "",
    titleJa: "",
    titleVi: "",
    descriptionEn: "",
    descriptionJa: "",
    descriptionVi: "",
    date: localParts(eventStartsAt, timeZone).date,
    start: "14:00",
    durationMinutes: 90,
    meetingPoint: "",
    meetingPointJa: "",
    meetingPointVi: "",
    transport: "",
    seats: 20,
    languages: ["ja", "vi"],
    eligibleCountries: [],
    deadlineDate: "",
    deadlineTime: "",
    hostApproval: false,
  };
}
