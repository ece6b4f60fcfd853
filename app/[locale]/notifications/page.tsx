import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { notificationsOf } from "@/lib/notifications/notifications";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "@/components/notifications/notification-list";
import { markReadAction } from "@/actions/account";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/notifications`);
  const t = await getTranslations("notifications");
  const [notices, event] = await Promise.all([notificationsOf(actor, 100), currentEvent()]);
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("title")}>
        {notices.some((n) => !n.readAt) ? (
          <ActionForm action={markReadAction} notice="page">
            <SubmitButton variant="secondary" className="font-semibold">
              {t("markRead")}
            </SubmitButton>
          </ActionForm>
        ) : null}
      </PageHeader>
      {notices.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t("none")}</p>
      ) : (
        <NotificationList notices={notices} zone={event?.timeZone ?? "UTC"} locale={locale} showTime />
      )}
    </div>
  );
}
