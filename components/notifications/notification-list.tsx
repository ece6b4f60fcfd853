import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { isTourNotice, type notificationsOf } from "@/lib/notifications/notifications";
import { tourText } from "@/lib/tours/tour-text";
import { formatDateTime } from "@/lib/time/zoned-format";

type Notice = Awaited<ReturnType<typeof notificationsOf>>[number];

/** Notifications in the reader's language, unread ones in bold, each with a link to what it is about. */
export async function NotificationList({
  notices,
  zone,
  locale,
  showTime = false,
}: {
  notices: Notice[];
  zone: string;
  locale: AppLocale;
  showTime?: boolean;
}) {
  const tn = await getTranslations("notifications");
  const tAll = await getTranslations();
  const text = (n: Notice) =>
    isTourNotice(n.kind)
      ? tn(n.kind, {
          tour: tourText(n.params, "title", locale),
          when: formatDateTime(new Date(String(n.params.startsAt)), zone, locale),
        })
      : tAll(`email.${n.kind}.subject`, n.params);
  return (
    <ul className="space-y-2" data-testid="notifications">
      {notices.map((n) => (
        <li key={n.id} className={n.readAt ? "text-slate-700" : "font-semibold"}>
          {showTime ? (
            <span className="mr-2 text-sm font-normal text-slate-600">{formatDateTime(n.createdAt, zone, locale)}</span>
          ) : null}
          {text(n)}{" "}
          {n.link ? (
            <Link href={n.link} className="font-normal text-brand-800 underline">
              {tn("open")}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
