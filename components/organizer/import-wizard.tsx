"use client";
import { readNdjson } from "@/lib/http/read-ndjson";
import { useRuntimeErrorText } from "@/components/forms/action-message";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportResult } from "@/lib/firms/csv/import-firms";

type Issue = { row: number; column: string; code: string; params: Record<string, string | number> };
type Duplicate = { row: number; firmId: string; firmName: string; reason: "website" | "name" };
type Country = "VN" | "JP" | "OTHER";
type Preview = {
  rows: number;
  valid: number;
  issues: Issue[];
  duplicates: Duplicate[];
  /** New firms by country, and the countries the importer's body may approve at the chosen edition. */
  newByCountry: Partial<Record<Country, number>>;
  approvable: Country[];
};
const COUNTRIES: Country[] = ["VN", "JP", "OTHER"];
type Phase =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "previewed"; preview: Preview }
  | { kind: "importing"; done: number; total: number; preview: Preview }
  | ({ kind: "done" } & ImportResult)
  | { kind: "failed"; message: string; preview?: Preview };

const ENDPOINT = "/api/organizer/firms/import";

/**
 * Choose the edition -> upload -> check (every bad row listed; new firms by country, and which of them the
 * importer's body may approve there) -> choose for duplicates -> import with progress (approved vs pending).
 */
export function ImportWizard({
  events,
  initialEventId,
}: {
  /** The editions the importer administers and that still take changes. */
  events: { id: string; name: string }[];
  initialEventId: string | null;
}) {
  const t = useTranslations("importPage");
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [approve, setApprove] = useState(true);
  const [eventId, setEventId] = useState(initialEventId ?? events[0]?.id ?? "");
  const eventName = events.find((e) => e.id === eventId)?.name ?? null;
  const common = useTranslations("common");
  const [register, setRegister] = useState(true);
  const [decisions, setDecisions] = useState<Record<number, "update" | "skip">>({});
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  const message = useRuntimeErrorText();

  function body(mode: "preview" | "commit") {
    const form = new FormData();
    form.set("file", file!);
    form.set("mode", mode);
    form.set("approve", String(approve));
    form.set("register", String(register));
    form.set("decisions", JSON.stringify(decisions));
    if (eventId) form.set("eventId", eventId);
    return form;
  }

  async function check() {
    if (!file) return setPhase({ kind: "failed", message: message("errors.csv.noFile") });
    setPhase({ kind: "checking" });
    setDecisions({});
    const response = await fetch(ENDPOINT, { method: "POST", body: body("preview") });
    const json = await response.json().catch(() => null);
    if (!response.ok)
      return setPhase({
        kind: "failed",
        message: message((Object.values(json?.fields ?? {})[0] as string) ?? "errors.generic"),
      });
    setPhase({ kind: "previewed", preview: json as Preview });
  }

  async function commit(preview: Preview) {
    setPhase({ kind: "importing", done: 0, total: preview.valid, preview });
    const response = await fetch(ENDPOINT, { method: "POST", body: body("commit") });
    if (!response.ok || !response.body) {
      const json = await response.json().catch(() => null);
      return setPhase({
        kind: "failed",
        message: message((Object.values(json?.fields ?? {})[0] as string) ?? "errors.generic"),
        preview,
      });
    }
    // The server streams one JSON object a line: progress, then the result or an error.
    await readNdjson(response.body, (event) => {
      if (event.type === "progress")
        setPhase({ kind: "importing", done: Number(event.done), total: Number(event.total), preview });
      if (event.type === "done") {
        setPhase({
          kind: "done",
          created: Number(event.created),
          updated: Number(event.updated),
          skipped: Number(event.skipped),
          approved: Number(event.approved ?? 0),
          pending: Number(event.pending ?? 0),
          invited: Number(event.invited ?? 0),
          bounced: Number(event.bounced ?? 0),
        });
        router.refresh();
      }
      if (event.type === "error") setPhase({ kind: "failed", message: t("failed"), preview });
    });
  }

  const preview =
    phase.kind === "previewed" || phase.kind === "importing"
      ? phase.preview
      : phase.kind === "failed"
        ? phase.preview
        : undefined;
  const toImport = preview ? preview.valid - preview.duplicates.filter((d) => decisions[d.row] !== "update").length : 0;

  return (
    <div className="space-y-6">
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        {events.length > 0 ? (
          <div>
            <label htmlFor={`${fileId}-event`} className="block font-medium">
              {t("event")}
            </label>
            <select
              id={`${fileId}-event`}
              value={eventId}
              onChange={(e) => {
                setEventId(e.target.value);
                setPhase({ kind: "idle" });
              }}
              className="mt-1 block rounded-lg border border-slate-300 bg-white px-3 py-2"
              data-testid="import-event"
            >
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor={fileId} className="block font-medium">
            {t("file")}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPhase({ kind: "idle" });
            }}
          />
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={approve} onChange={(e) => setApprove(e.target.checked)} className="h-5 w-5" />
          {t("approve")}
        </label>
        {eventName ? (
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={register}
              onChange={(e) => setRegister(e.target.checked)}
              className="h-5 w-5"
            />
            {t("register", { event: eventName })}
          </label>
        ) : null}
        <Button
          type="button"
          onClick={check}
          disabled={!file || phase.kind === "checking" || phase.kind === "importing"}
        >
          {phase.kind === "checking" ? t("checking") : t("preview")}
        </Button>
      </div>

      <div aria-live="polite">
        {phase.kind === "failed" ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-accent-600">
            {phase.message}
          </p>
        ) : null}
        {phase.kind === "done" ? (
          <p role="status" className="rounded-lg bg-green-50 p-3 font-medium text-green-900" data-testid="import-done">
            {t("done", { created: phase.created, updated: phase.updated, skipped: phase.skipped })}{" "}
            <span data-testid="import-vetting-result">
              {t("doneVetting", { approved: phase.approved, pending: phase.pending })}
            </span>{" "}
            <span data-testid="import-invitations-result">
              {t("doneInvited", { invited: phase.invited, bounced: phase.bounced })}
            </span>
          </p>
        ) : null}
        {phase.kind === "importing" ? (
          <div className="space-y-2">
            <p>{t("importing", { done: phase.done, total: phase.total })}</p>
            <progress
              value={phase.done}
              max={Math.max(1, phase.total)}
              className="h-3 w-full"
              aria-label={t("importing", { done: phase.done, total: phase.total })}
            />
          </div>
        ) : null}
      </div>

      {preview ? (
        <div className="space-y-4">
          <p className="font-medium" data-testid="preview-summary">
            {t("rows", { count: preview.rows, valid: preview.valid })}
          </p>
          {Object.keys(preview.newByCountry ?? {}).length > 0 ? (
            <ul className="space-y-1 text-sm" data-testid="preview-by-country">
              {COUNTRIES.filter((c) => preview.newByCountry[c]).map((c) => (
                <li key={c}>
                  {t("newFirms", { count: preview.newByCountry[c]!, country: common(`country.${c}`) })} ·{" "}
                  {approve && preview.approvable.includes(c)
                    ? t("willApprove")
                    : approve
                      ? t("willWait")
                      : t("willStayPending")}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.issues.length > 0 ? (
            <section className="rounded-xl border border-red-200 bg-white p-4">
              <h2 className="font-semibold text-accent-600">{t("problems", { count: preview.issues.length })}</h2>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="import-issues">
                  <thead className="border-b border-slate-200 text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-4">
                        {t("row")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t("column")}
                      </th>
                      <th scope="col" className="py-2">
                        {t("problem")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.issues.map((issue, i) => (
                      <tr key={i} className="border-b border-slate-100">
                        <td className="py-2 pr-4">{issue.row}</td>
                        <td className="py-2 pr-4 font-mono">{issue.column}</td>
                        <td className="py-2">{message(issue.code, issue.params)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          {preview.duplicates.length > 0 ? (
            <section className="rounded-xl border border-amber-200 bg-white p-4">
              <h2 className="font-semibold">{t("duplicates")}</h2>
              <table className="mt-2 w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      {t("row")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("existingFirm")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("decision")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.duplicates.map((d) => (
                    <tr key={d.row} className="border-b border-slate-100">
                      <td className="py-2 pr-4">{d.row}</td>
                      <td className="py-2 pr-4">
                        {d.firmName} <span className="text-slate-500">({t(`duplicateReason.${d.reason}`)})</span>
                      </td>
                      <td className="py-2">
                        <label className="sr-only" htmlFor={`decision-${d.row}`}>
                          {t("decision")} {d.row}
                        </label>
                        <select
                          id={`decision-${d.row}`}
                          value={decisions[d.row] ?? "skip"}
                          onChange={(e) => setDecisions({ ...decisions, [d.row]: e.target.value as "update" | "skip" })}
                          className="rounded border border-slate-300 px-2 py-1"
                        >
                          <option value="skip">{t("skip")}</option>
                          <option value="update">{t("update")}</option>
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {preview.issues.length === 0 && phase.kind === "previewed" ? (
            <Button type="button" onClick={() => commit(preview)} disabled={toImport === 0}>
              {t("commit", { count: toImport })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
