"use client";
import { readNdjson } from "@/lib/http/read-ndjson";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useRuntimeErrorText } from "@/components/forms/action-message";

const PHASES = ["load", "schedule", "explain", "save"] as const;
type Phase = (typeof PHASES)[number];
/** The solver's steps while scheduling (lib/scheduling/solve.ts), shown with the bound and the gap. */
const STEPS = ["bound", "construct", "improve", "exact", "fair", "breaks", "done"] as const;
type Step = (typeof STEPS)[number];
type Live = { step?: Step; weighted?: number; bound?: number; gap?: number };
type State =
  | ({ kind: "idle" } & Live)
  | ({ kind: "running"; phase: Phase; round?: number; total?: number } & Live)
  | { kind: "done"; placed: number; considered: number }
  | { kind: "error"; message: string };

const firstKey = (fields: unknown) => Object.values((fields ?? {}) as Record<string, string>)[0] ?? "errors.generic";
const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : undefined);

/** Starts a scheduler run and shows its phases as it goes; the page below refreshes to the new preview. */
export function SchedulerRunner() {
  const t = useTranslations("schedule");
  const tAll = useTranslations();
  const errorText = useRuntimeErrorText();
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [fair, setFair] = useState(false);

  async function run() {
    setState({ kind: "running", phase: "load" });
    try {
      const response = await fetch("/api/organizer/schedule/run", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ fair }),
      });
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
            step: STEPS.includes(event.step as Step) ? (event.step as Step) : undefined,
            weighted: num(event.weighted),
            bound: num(event.bound),
            gap: num(event.gap),
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
      <label className="flex min-h-11 items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={fair}
          onChange={(e) => setFair(e.target.checked)}
          disabled={state.kind === "running"}
        />
        <span>
          <span className="font-medium">{t("fairShares")}</span>
          <span className="block text-sm text-slate-600">{t("fairSharesHint")}</span>
        </span>
      </label>
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
          {state.kind === "running" && state.phase === "schedule" && state.step ? (
            <p className="text-sm text-slate-700" data-testid="solver-progress">
              {t(`step.${state.step}`)}
              {state.weighted !== undefined && state.bound !== undefined && Number.isFinite(state.bound) ? (
                <>
                  {" · "}
                  {t("liveQuality", {
                    weighted: state.weighted,
                    bound: state.bound,
                    gap: ((state.gap ?? 0) * 100).toFixed(2),
                  })}
                </>
              ) : null}
            </p>
          ) : null}
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
