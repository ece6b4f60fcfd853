// The account page's reminder switches and calendar subscription (issue 19). Server component; the forms post
// to the account page's actions.
import { getTranslations } from "next-intl/server";
import type { NotificationChoices } from "@/lib/reminders/settings";
import { Card } from "@/components/ui/card";

const CHOICES: (keyof NotificationChoices)[] = [
  "remindDeadline",
  "remindEventDay",
  "remindMeeting",
  "remindMeetingEmail",
  "messageDigest",
];

export async function ReminderSettings({
  choices,
  save,
  saved,
  error,
}: {
  choices: NotificationChoices;
  save: (form: FormData) => Promise<void>;
  saved: boolean;
  error?: string;
}) {
  const t = await getTranslations("account");
  const errors = await getTranslations("errors");
  return (
    <Card title={t("notificationsTitle")}>
      <form action={save} id="notifications" className="space-y-1" data-testid="reminder-settings">
        <p className="mb-2 text-sm text-slate-600">{t("notificationsIntro")}</p>
        {CHOICES.map((key) => (
          <label key={key} className="flex min-h-11 items-start gap-3 py-1">
            <input type="checkbox" name={key} defaultChecked={choices[key]} className="mt-1 h-5 w-5 shrink-0" />
            <span>{t(key)}</span>
          </label>
        ))}
        <button
          type="submit"
          className="mt-2 min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("saveNotifications")}
        </button>
        {saved ? (
          <p role="status" className="text-sm text-brand-800">
            {t("notificationsSaved")}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm font-medium text-accent-600">
            {errors(error === "busy" ? "busy" : "invalid")}
          </p>
        ) : null}
      </form>
    </Card>
  );
}

export async function CalendarSubscription({
  urls,
  reset,
  wasReset,
}: {
  urls: { webcal: string; https: string };
  reset: () => Promise<void>;
  wasReset: boolean;
}) {
  const t = await getTranslations("account");
  return (
    <Card title={t("calendarTitle")}>
      <div id="calendar" className="space-y-3">
        <p className="text-sm text-slate-700">{t("calendarIntro")}</p>
        {wasReset ? (
          <p role="status" className="rounded-lg bg-green-50 p-3 text-sm text-green-900">
            {t("calendarWasReset")}
          </p>
        ) : null}
        <a
          href={urls.webcal}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          data-testid="calendar-subscribe"
        >
          {t("calendarSubscribe")}
        </a>
        <div>
          <label htmlFor="calendar-url" className="block text-sm font-medium">
            {t("calendarAddress")}
          </label>
          <input
            id="calendar-url"
            readOnly
            value={urls.https}
            className="mt-1 w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            data-testid="calendar-url"
          />
        </div>
        <form action={reset}>
          <button
            type="submit"
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100"
          >
            {t("calendarReset")}
          </button>
        </form>
      </div>
    </Card>
  );
}
