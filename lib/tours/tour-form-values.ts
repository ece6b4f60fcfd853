// A tour as the form's starting values: local date and time in the event's zone.
import { localParts } from "@/lib/time/event-time";
import { splitList } from "./tour-rules";

/** A tour as its form shows it: local date and time in the event's zone, lists as arrays. */
export type TourFormValues = {
  hostFirmId: string;
  titleEn: string;
  titleJa: string;
  titleVi: string;
  descriptionEn: string;
  descriptionJa: string;
  descriptionVi: string;
  date: string;
  start: string;
  durationMinutes: number;
  meetingPoint: string;
  meetingPointJa: string;
  meetingPointVi: string;
  transport: string;
  seats: number;
  languages: string[];
  eligibleCountries: string[];
  deadlineDate: string;
  deadlineTime: string;
  hostApproval: boolean;
};

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
