// The header: compact and sticky, on one row at every width. A few links stay in view (from the large
// breakpoint; on phones the bottom bar has them) and everything is in the menu behind the menu button, so the
// first meeting of an agenda is on the first screen of a phone (issue 21).
import { getTranslations } from "next-intl/server";
import { Suspense, cache } from "react";
import { currentActor } from "@/lib/auth/guards";
import { LANDING_PATH, landingRole } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { AppMenu } from "./app-menu";
import { BottomBar } from "./bottom-bar";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { unreadCount } from "@/lib/notifications/notifications";
import { unreadMessageCount } from "@/lib/conversations/conversations";

const linkClass =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100";
// The header's row of links is tighter than the menu's: six links, the brand, three languages, sign out and the
// menu button share 1,280 px in Vietnamese with unread counts on two of them (issue 21).
const headerLinkClass =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-100";
const menuLinkClass = "flex min-h-11 items-center rounded-md px-3 font-medium text-slate-800 hover:bg-slate-100";

/**
 * `primary` links sit in the header from the large breakpoint, `wide` ones only from 1,280 px (between 1,024 and
 * 1,280 px six links, three languages and the menu do not fit in Vietnamese); every link is in the menu. `short`
 * is the header's label where the menu's is long ("Danh bạ" beside "Danh bạ doanh nghiệp").
 */
type NavLink = { href: string; label: string; short?: string; testId?: string; primary?: boolean; wide?: boolean };

// The header and the bottom bar both ask; once a request.
const headerState = cache(async () => {
  const t = await getTranslations("nav");
  const actor = await currentActor();
  const role = actor ? landingRole(actor) : null;
  const [unread, unreadMessages] = actor ? await Promise.all([unreadCount(actor), unreadMessageCount(actor)]) : [0, 0];
  const firmPerson = role === "firmAdmin" || role === "attendee";
  const roleLink =
    role === "organizer"
      ? t("organizer")
      : role === "firmAdmin"
        ? t("myFirm")
        : role === "attendee"
          ? null
          : t("account");
  const links: NavLink[] = [
    ...(firmPerson
      ? [{ href: "/home", label: t("home"), primary: true }]
      : [{ href: "/", label: t("event"), primary: true }]),
    ...(firmPerson ? [{ href: "/agenda", label: t("agenda"), primary: true }] : []),
    ...(firmPerson ? [{ href: "/firm/meetings", label: t("meetings"), primary: true, wide: true }] : []),
    { href: "/firms", label: t("directory"), short: t("directoryShort"), primary: true, wide: firmPerson },
    ...(firmPerson
      ? [
          {
            href: "/messages",
            label: t("messages", { count: unreadMessages }),
            testId: "messages-link",
            primary: true,
            wide: true,
          },
        ]
      : []),
    ...(firmPerson ? [{ href: "/contacts", label: t("contacts") }] : []),
    ...(firmPerson ? [{ href: "/firm/recommendations", label: t("recommended") }] : []),
    { href: "/tours", label: t("tours"), primary: !role },
    ...(role ? [{ href: "/consortiums", label: t("consortiums") }] : []),
    ...(role ? [{ href: "/challenges", label: t("challenges") }] : []),
    ...(firmPerson ? [{ href: "/", label: t("event") }] : []),
    ...(actor
      ? [{ href: "/notifications", label: t("updates", { count: unread }), testId: "updates-link", primary: true }]
      : []),
    // A firm administrator lands on the firm home; "My firm" is the firm's own page.
    ...(role && roleLink
      ? [{ href: role === "firmAdmin" ? "/firm" : LANDING_PATH[role], label: roleLink, primary: !firmPerson }]
      : []),
  ];
  return { t, actor, role, unread, firmPerson, links };
});

export async function SiteHeader() {
  const { t, actor, role, links } = await headerState();
  const roles = await getTranslations("common.role");
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-4 py-1">
        <Link href="/" className="flex min-h-11 shrink-0 items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="rounded bg-brand-700 px-1.5 py-0.5 text-sm text-white">
            架
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("main")} className="hidden min-w-0 lg:block">
          <ul className="flex gap-0.5">
            {links
              .filter((l) => l.primary)
              .map((l) => (
                <li key={l.href} className={l.wide ? "hidden xl:block" : undefined}>
                  <Link href={l.href} className={headerLinkClass} data-testid={l.testId}>
                    {l.short ?? l.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="flex shrink-0 items-center gap-1">
          <div className="hidden md:block">
            <Suspense>
              <LanguageSwitcher />
            </Suspense>
          </div>
          {actor ? (
            <div className="hidden md:block">
              <SignOutButton />
            </div>
          ) : null}
          {actor ? (
            <span className="sr-only" data-testid="signed-in-as">
              {t("signedInAs", { name: actor.displayName })} · {roles(role!)}
            </span>
          ) : (
            <Link href="/signin" className={`${linkClass} hidden sm:inline-flex`}>
              {t("signIn")}
            </Link>
          )}
          <AppMenu label={t("menu")} closeLabel={t("closeMenu")} title={t("menuTitle")}>
            {actor ? (
              <p className="px-3 text-sm text-slate-700">
                {t("signedInAs", { name: actor.displayName })} · {roles(role!)}
              </p>
            ) : null}
            <nav aria-label={t("main")}>
              <ul className="space-y-1">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className={menuLinkClass}>
                      {l.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <Suspense>
              <LanguageSwitcher />
            </Suspense>
            <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-3">
              {actor ? (
                <SignOutButton />
              ) : (
                <>
                  <Link href="/signin" className={menuLinkClass}>
                    {t("signIn")}
                  </Link>
                  <Link
                    href="/signup"
                    className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800"
                  >
                    {t("signUp")}
                  </Link>
                </>
              )}
            </div>
          </AppMenu>
        </div>
      </div>
    </header>
  );
}

/** The phone's bottom bar, for people of a firm at the event. */
export async function AppBottomBar() {
  const { t, unread, firmPerson } = await headerState();
  if (!firmPerson) return null;
  return (
    <BottomBar
      label={t("quickLinks")}
      items={[
        { href: "/home", label: t("home"), icon: "home" },
        { href: "/agenda", label: t("agendaShort"), icon: "agenda" },
        { href: "/firms", label: t("directoryShort"), icon: "directory" },
        {
          href: "/notifications",
          label: t("updatesShort"),
          icon: "updates",
          badge: unread,
          name: t("updates", { count: unread }),
        },
      ]}
    />
  );
}
