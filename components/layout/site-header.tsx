import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { currentActor } from "@/lib/auth/guards";
import { LANDING_PATH, landingRole } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { unreadCount } from "@/lib/notifications/notifications";
import { unreadMessageCount } from "@/lib/conversations/conversations";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const roles = await getTranslations("common.role");
  const actor = await currentActor();
  const role = actor ? landingRole(actor) : null;
  const [unread, unreadMessages] = actor ? await Promise.all([unreadCount(actor), unreadMessageCount(actor)]) : [0, 0];
  const roleLink =
    role === "organizer"
      ? t("organizer")
      : role === "firmAdmin"
        ? t("myFirm")
        : role === "attendee"
          ? t("agenda")
          : t("account");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="rounded bg-brand-700 px-1.5 py-0.5 text-sm text-white">
            架
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("main")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className={linkClass}>
                {t("event")}
              </Link>
            </li>
            <li>
              <Link href="/firms" className={linkClass}>
                {t("directory")}
              </Link>
            </li>
            <li>
              <Link href="/tours" className={linkClass}>
                {t("tours")}
              </Link>
            </li>
            {role ? (
              <li>
                <Link href="/consortiums" className={linkClass}>
                  {t("consortiums")}
                </Link>
              </li>
            ) : null}
            {role ? (
              <li>
                <Link href="/challenges" className={linkClass}>
                  {t("challenges")}
                </Link>
              </li>
            ) : null}
            {role === "firmAdmin" || role === "attendee" ? (
              <li>
                <Link href="/firm/recommendations" className={linkClass}>
                  {t("recommended")}
                </Link>
              </li>
            ) : null}
            {role === "firmAdmin" || role === "attendee" ? (
              <li>
                <Link href="/firm/meetings" className={linkClass}>
                  {t("meetings")}
                </Link>
              </li>
            ) : null}
            {role === "firmAdmin" || role === "attendee" ? (
              <li>
                <Link href="/messages" className={linkClass} data-testid="messages-link">
                  {t("messages", { count: unreadMessages })}
                </Link>
              </li>
            ) : null}
            {role === "firmAdmin" ? (
              <li>
                <Link href="/agenda" className={linkClass}>
                  {t("agenda")}
                </Link>
              </li>
            ) : null}
            {actor ? (
              <li>
                <Link href="/notifications" className={linkClass} data-testid="updates-link">
                  {t("updates", { count: unread })}
                </Link>
              </li>
            ) : null}
            {role ? (
              <li>
                <Link href={LANDING_PATH[role]} className={linkClass}>
                  {roleLink}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-1">
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          {actor ? (
            <>
              <span className="hidden px-2 text-sm text-slate-600 md:inline" data-testid="signed-in-as">
                {t("signedInAs", { name: actor.displayName })} · {roles(role!)}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className={linkClass}>
                {t("signIn")}
              </Link>
              <Link
                href="/signup"
                className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-800"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
