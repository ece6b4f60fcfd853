"use client";
// The phone's bottom bar: the four places attendees go most, in thumb reach. Hidden from the small breakpoint up,
// where the header has room for them. A spacer keeps the page's end clear of the bar.
import { Link, usePathname } from "@/lib/i18n/navigation";

export type BarItem = {
  href: string;
  label: string;
  icon: "home" | "agenda" | "directory" | "updates";
  /** A count shown on the icon; then the link's name for screen readers says it in words ("Updates (3)"). */
  badge?: number;
  name?: string;
};

const ICONS: Record<BarItem["icon"], string> = {
  home: "M10 3 2 10h2v7h4v-5h4v5h4v-7h2z",
  agenda: "M4 4h12v2H4zM4 9h12v2H4zM4 14h8v2H4z",
  directory: "M9 3a6 6 0 1 0 3.9 10.6l3.8 3.8 1.4-1.4-3.8-3.8A6 6 0 0 0 9 3zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8z",
  updates: "M10 2a5 5 0 0 0-5 5v4l-2 3h14l-2-3V7a5 5 0 0 0-5-5zm-2 14a2 2 0 0 0 4 0z",
};

export function BottomBar({ label, items }: { label: string; items: BarItem[] }) {
  const pathname = usePathname();
  return (
    <>
      <div aria-hidden="true" className="h-16 sm:hidden print:hidden" />
      <nav
        aria-label={label}
        className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden print:hidden"
        data-testid="bottom-bar"
      >
        <ul className="grid grid-cols-4">
          {items.map((item) => {
            const current = pathname === item.href;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  aria-label={item.badge ? item.name : undefined}
                  className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium ${
                    current ? "text-brand-800" : "text-slate-700"
                  }`}
                >
                  <span className="relative">
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-6 w-6" fill="currentColor">
                      <path d={ICONS[item.icon]} />
                    </svg>
                    {item.badge ? (
                      <span className="absolute -right-2 -top-1 rounded-full bg-red-700 px-1 text-[10px] font-bold leading-4 text-white">
                        {item.badge}
                      </span>
                    ) : null}
                  </span>
                  <span className="max-w-full truncate">{item.label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
