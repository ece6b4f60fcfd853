import type { EventPhase } from "@/lib/events/event-phase";

const LOOK: Record<EventPhase, string> = {
  upcoming: "bg-green-100 text-green-900",
  running: "bg-amber-100 text-amber-900",
  over: "bg-slate-200 text-slate-800",
};

/** Where an edition stands in time, as a small label. */
export function PhaseBadge({ phase, label }: { phase: EventPhase; label: string }) {
  return (
    <span data-phase={phase} className={`rounded-full px-2 py-0.5 text-xs font-medium ${LOOK[phase]}`}>
      {label}
    </span>
  );
}
