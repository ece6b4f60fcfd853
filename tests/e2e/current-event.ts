// The current edition as the suite's global set-up found it (scripts/reset-matching-day.ts): the demo's
// upcoming edition is dated from the day it was seeded, so its name and date are read, not written here.
import { readFileSync } from "node:fs";

export type CurrentEvent = {
  slug: string;
  nameEn: string;
  nameJa: string;
  nameVi: string;
  timeZone: string;
  dateEn: string;
  dateJa: string;
};

export function currentEvent(): CurrentEvent {
  return JSON.parse(readFileSync("var/e2e-event.json", "utf8")) as CurrentEvent;
}
