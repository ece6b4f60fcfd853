"use client";
import { readNdjson } from "@/lib/http/read-ndjson";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useRuntimeErrorText } from "@/components/forms/action-message";

const PHASES = ["load", "schedule", "explain", "save"] as const;
type Phase = (typeof PHASES)[number];
type State =
  | { kind: "idle" }
  | { kind: "running"; phase: Phase; round?: number; total?: number }
  | { kind: "done"; placed: number; considered: number }
  | { kind: "error"; message: string };

const firstKey = (fields: unknown) => Object.values((fields ?? {}) as Record<string, string>)[0] ?? "errors.generic";

/** Starts a scheduler run and shows its phases as it goes; the page below refreshes to the new preview. */
export function SchedulerRunner() {
  const t = useTranslations("schedule");
  const tAll = useTranslations();
  const errorText = useRuntimeErrorText();
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });

  async function run() {
    setState({ kind: "running", phase: "load" });
    try {
      const response = await fetch("/api/organizer/schedule/run", { method: "POST" });
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({}));
        setState({ kind: "error", message: errorText(firstKey(body.fields)) });
        return;
      }
      await readNdjson(response.body, (event) => {
        if (event.type === "progress")
          setState({
            kind: "running",
            phase: event.phase as Phase,
            round: event.round as number | undefined,
            total: event.total as number | undefined,
          });
        if (event.type === "done")
          setState({ kind: "done", placed: Number(event.placed), considered: Number(event.considered) });
        if (event.type === "error") setState({ kind: "error", message: errorText(firstKey(event.fields)) });
      });
      router.refresh();
    } catch {
      setState({ kind: "error", message: tAll("errors.generic") });
    }
  }

  const step = state.kind === "running" ? PHASES.indexOf(state.phase) + 1 : state.kind === "done" ? PHASES.length : 0;
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={run}
        disabled={state.kind === "running"}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
      >
        {state.kind === "running" ? t("running") : t("run")}
      </button>
      {state.kind === "running" || state.kind === "done" ? (
        <div aria-live="polite" className="space-y-1">
          <progress value={step} max={PHASES.length} className="h-3 w-full" aria-label={t("progressLabel")} />
          <p className="text-sm text-slate-700" role="status">
            {state.kind === "running"
              ? t(`phase.${state.phase}`, { round: state.round ?? 1, total: state.total ?? 0 })
              : t("runDone", { placed: state.placed, considered: state.considered })}
          </p>
        </div>
      ) : null}
      {state.kind === "error" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
