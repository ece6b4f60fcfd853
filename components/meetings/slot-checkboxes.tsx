import { Choice } from "@/components/forms/fields";
import type { AppLocale } from "@/lib/i18n/routing";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/zoned-format";

type Session = {
  id: string;
  name: string;
  nameJa?: string;
  nameVi?: string;
  startsAt: Date;
  slots: { id: string; startsAt: Date; endsAt: Date }[];
};

/** The event's slots as checkboxes, a fieldset per session, times in the event's zone (inside an ActionForm). */
export function SlotCheckboxes({
  sessions,
  name,
  checked,
  zone,
  locale,
}: {
  sessions: Session[];
  name: string;
  checked: Set<string>;
  zone: string;
  locale: AppLocale;
}) {
  return sessions.map((s) => (
    <fieldset key={s.id} className="rounded-xl border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">
        {plainTextForReader(s, "name", locale, "name")} · {formatDate(s.startsAt, zone, locale)} (
        {zoneLabel(s.startsAt, zone)})
      </legend>
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
        {s.slots.map((slot) => (
          <label key={slot.id} className="flex min-h-11 items-center gap-2">
            <Choice name={name} value={slot.id} defaultChecked={checked.has(slot.id)} className="h-5 w-5" />
            {formatTime(slot.startsAt, zone, locale)}–{formatTime(slot.endsAt, zone, locale)}
          </label>
        ))}
      </div>
    </fieldset>
  ));
}
