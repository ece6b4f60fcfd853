// The account page's reminder switches and calendar subscription (issue 19): forms of actions/account.ts.
import { getTranslations } from "next-intl/server";
import { resetCalendarAction, saveNotificationsAction } from "@/actions/account";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Choice } from "@/components/forms/fields";
import { Card } from "@/components/ui/card";
import type { NotificationChoices } from "@/lib/reminders/settings";

const CHOICES: (keyof NotificationChoices)[] = [
  "remindDeadline",
  "remindEventDay",
  "remindMeeting",
  "remindMeetingEmail",
  "messageDigest",
];

export async function ReminderSettings({ choices }: { choices: NotificationChoices }) {
  const t = await getTranslations("account");
  return (
    <Card title={t("notificationsTitle")}>
      <ActionForm
        action={saveNotificationsAction}
        notice="end"
        id="notifications"
        className="space-y-1"
        data-testid="reminder-settings"
      >
        <p className="mb-2 text-sm text-slate-600">{t("notificationsIntro")}</p>
        {CHOICES.map((key) => (
          <label key={key} className="flex min-h-11 items-start gap-3 py-1">
            <Choice name={key} defaultChecked={choices[key]} className="mt-1 h-5 w-5 shrink-0" />
            <span>{t(key)}</span>
          </label>
        ))}
        <SubmitButton className="mt-2">{t("saveNotifications")}</SubmitButton>
      </ActionForm>
    </Card>
  );
}

export async function CalendarSubscription({ urls }: { urls: { webcal: string; https: string } }) {
  const t = await getTranslations("account");
  return (
    <Card title={t("calendarTitle")}>
      <div id="calendar" className="space-y-3">
        <p className="text-sm text-slate-700">{t("calendarIntro")}</p>
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
        <ActionForm action={resetCalendarAction} notice="start" className="space-y-3">
          <SubmitButton variant="secondary" className="text-sm font-semibold">
            {t("calendarReset")}
          </SubmitButton>
        </ActionForm>
      </div>
    </Card>
  );
}
