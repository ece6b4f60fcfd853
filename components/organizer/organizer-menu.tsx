"use client";
// The organizer menu's behaviour: one group open at a time, closed by Escape (focus back on its button), by a
// click elsewhere or by following a link; the group holding the current page is marked.
import { useEffect, useRef, useState } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

export type MenuGroup = { key: string; label: string; items: { href: string; label: string }[] };

export function OrganizerMenu({ label, groups }: { label: string; groups: MenuGroup[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      buttons.current.get(open)?.focus();
      setOpen(null);
    };
    const onClick = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  // The longest matching link is the current page ("/organizer/schedule" rather than "/organizer").
  const current = groups
    .flatMap((g) => g.items.map((i) => ({ group: g.key, href: i.href })))
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];

  return (
    <nav ref={root} aria-label={label} className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {groups.map((g) => {
          const expanded = open === g.key;
          const here = current?.group === g.key;
          return (
            <li key={g.key} className="relative">
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(g.key, el);
                }}
                aria-expanded={expanded}
                aria-controls={`organizer-menu-${g.key}`}
                onClick={() => setOpen(expanded ? null : g.key)}
                className={`inline-flex min-h-11 items-center gap-1 whitespace-nowrap px-3 text-sm font-medium hover:text-brand-800 ${
                  here ? "border-b-2 border-brand-700 text-brand-800" : "text-slate-700"
                }`}
              >
                {g.label}
                <span aria-hidden="true" className="text-xs">
                  ▾
                </span>
              </button>
              <ul
                id={`organizer-menu-${g.key}`}
                hidden={!expanded}
                className="absolute left-0 z-20 mt-1 min-w-52 rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
              >
                {g.items.map((i) => (
                  <li key={i.href}>
                    <Link
                      href={i.href}
                      onClick={() => setOpen(null)}
                      aria-current={current?.href === i.href ? "page" : undefined}
                      className="flex min-h-11 items-center px-4 text-sm text-slate-800 hover:bg-slate-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
                    >
                      {i.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
