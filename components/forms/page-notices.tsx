"use client";
// The top of the page's answer to a form, for answers that outlive their form: a row's button whose row the
// action removes (ActionForm notice="page"), and an action that sends the person to another page (`goTo`): the
// done message waits in sessionStorage for that page, so it survives the trip (even into another language's
// layout) without a message in the URL. Cleared when the person goes on to another page.
import { createContext, use, useCallback, useEffect, useMemo, useState } from "react";
import { usePathname } from "next/navigation";
import type { ActionState } from "@/lib/actions/action-state";
import { ActionMessage } from "./action-message";

type Notices = {
  /** Show an answer at the top of this page. */
  show: (state: ActionState<unknown>) => void;
  /** Show an answer at the top of the page at `path` once the person is there. */
  showAt: (path: string, state: ActionState<unknown>) => void;
};
const NoticesContext = createContext<Notices | null>(null);
const WAITING = "kakehashi:notice";

export function usePageNotices(): Notices | null {
  return use(NoticesContext);
}

const pathOf = (href: string) => new URL(href, "http://x").pathname;

export function PageNotices({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [shown, setShown] = useState<{ state: ActionState<unknown>; pathname: string } | null>(null);
  const show = useCallback((state: ActionState<unknown>) => setShown({ state, pathname }), [pathname]);
  const showAt = useCallback(
    (path: string, state: ActionState<unknown>) => {
      // The same page with other search parameters (a grid's selection): the effect below would not run again.
      if (pathOf(path) === pathname) setShown({ state, pathname });
      else sessionStorage.setItem(WAITING, JSON.stringify({ pathname: pathOf(path), state }));
    },
    [pathname],
  );

  useEffect(() => {
    const waiting = sessionStorage.getItem(WAITING);
    if (!waiting) return;
    const notice = JSON.parse(waiting) as { state: ActionState<unknown>; pathname: string };
    if (notice.pathname !== pathname) return;
    sessionStorage.removeItem(WAITING);
    // The notice arrives with the page; showing it is the effect's whole purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(notice);
  }, [pathname]);

  const notices = useMemo(() => ({ show, showAt }), [show, showAt]);
  return (
    <NoticesContext value={notices}>
      <div aria-live="polite" data-testid="page-notice">
        {shown && shown.pathname === pathname ? <ActionMessage state={shown.state} className="mb-4" /> : null}
      </div>
      {children}
    </NoticesContext>
  );
}
