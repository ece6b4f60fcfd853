"use client";
// The menu behind the header's menu button. A modal <dialog>: the page behind is inert (Tab wraps around inside
// it), Escape closes it, and focus returns to the button. Links close it as they navigate, since a
// client-side navigation would otherwise leave it open over the next page.
import { useRef, useState } from "react";

export function AppMenu({
  label,
  closeLabel,
  title,
  children,
}: {
  label: string;
  closeLabel: string;
  title: string;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls="app-menu"
        data-testid="menu-button"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
        </svg>
        {label}
      </button>
      <dialog
        id="app-menu"
        ref={dialog}
        aria-labelledby="app-menu-title"
        onClose={() => setOpen(false)}
        onKeyDown={(e) => {
          // The page behind is inert, but Tab past the last item would leave for the browser's own controls:
          // wrap around instead, as a menu does.
          if (e.key !== "Tab" || !dialog.current) return;
          const items = [...dialog.current.querySelectorAll<HTMLElement>("a[href], button:not([disabled])")];
          const first = items[0];
          const last = items.at(-1);
          if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first?.focus();
          } else if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last?.focus();
          }
        }}
        onClick={(e) => {
          // A click on the backdrop lands on the dialog itself; a click on a link navigates away.
          const target = e.target as HTMLElement;
          if (target === dialog.current || target.closest("a")) close();
        }}
        className="ml-auto mr-0 mt-0 h-dvh max-h-none w-[min(22rem,100vw)] max-w-none overflow-y-auto bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
        data-testid="app-menu"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
          <h2 id="app-menu-title" className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <button
            type="button"
            onClick={close}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
          >
            <span aria-hidden="true" className="text-2xl leading-none">
              ×
            </span>
            <span className="sr-only">{closeLabel}</span>
          </button>
        </div>
        <div className="space-y-4 p-4">{children}</div>
      </dialog>
    </>
  );
}
