"use client";
// The directory's filters on a phone: behind a button, so the results start on the first screen; open from the
// start when a filter is set, so what narrows the list is in sight. From the small breakpoint up they are
// always shown and the button is hidden.
import { useState } from "react";

export function CollapsibleFilters({
  label,
  active,
  children,
}: {
  label: string;
  active: number;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(active > 0);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="directory-filters"
        onClick={() => setOpen(!open)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 sm:hidden"
        data-testid="filters-toggle"
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {label}
      </button>
      <div id="directory-filters" className={`${open ? "block" : "hidden"} mt-3 sm:mt-0 sm:block`}>
        {children}
      </div>
    </div>
  );
}
