"use client";
// The top of the page's answer to a form that is gone by the time the answer arrives (a row's button whose row
// the action removes or moves): ActionForm with notice="page" shows its message here instead. Cleared when the
// person goes to another page.
import { createContext, use, useCallback, useMemo, useState } from "react";
import { usePathname } from "next/navigation";
import type { ActionState } from "@/lib/actions/action-state";
import { ActionMessage } from "./action-message";

type Notices = { show: (state: ActionState<unknown>) => void };
const NoticesContext = createContext<Notices | null>(null);

export function usePageNotices(): Notices | null {
  return use(NoticesContext);
}

export function PageNotices({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [shown, setShown] = useState<{ state: ActionState<unknown>; pathname: string } | null>(null);
  const show = useCallback((state: ActionState<unknown>) => setShown({ state, pathname }), [pathname]);
  const notices = useMemo(() => ({ show }), [show]);
  return (
    <NoticesContext value={notices}>
      <div aria-live="polite" data-testid="page-notice">
        {shown && shown.pathname === pathname ? <ActionMessage state={shown.state} className="mb-4" /> : null}
      </div>
      {children}
    </NoticesContext>
  );
}
