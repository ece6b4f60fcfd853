// The set-up page's three sections: sessions (and the form to add one), tables, and the matching settings. Each
// form is an ActionForm: a refusal shows at the field and keeps what the organizer typed.
import { getTranslations } from "next-intl/server";
import { addSessionAction, removeSessionAction, saveSettingsAction, saveTablesAction } from "@/actions/event-setup";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Choice, Select } from "@/components/forms/fields";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, formatTime, formatTimeRange } from "@/lib/time/zoned-format";
import type { MatchingSetup } from "@/lib/event-setup/event-setup";

const input = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";
const PAIRS = ["ja-vi", "ja-en", "en-vi"] as const;

type Zone = { zone: string; locale: AppLocale };

export async function SessionsSection({
  sessions,
  day,
  zone,
  locale,
}: Zone & { sessions: MatchingSetup["sessions"]; day: string }) {
  const t = await getTranslations("setup");
  return (
    <Card title={t("sessions")}>
      {sessions.length === 0 ? <p className="text-slate-600">{t("noSessions")}</p> : null}
      <ul className="space-y-3" data-testid="sessions">
        {sessions.map((s) => (
          <li
            key={s.id}
            className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 p-3"
          >
            <div>
              <p className="font-medium">
                {s.name} · {formatDate(s.startsAt, zone, locale)}
              </p>
              <p className="text-sm text-slate-700">
                {formatTimeRange(s.startsAt, s.endsAt, zone, locale)} ·{" "}
                {t("slotSummary", { count: s.slots.length, minutes: s.slotMinutes, pause: s.breakMinutes })}
              </p>
              <p className="text-xs text-slate-500">
                {s.slots.map((slot) => formatTime(slot.startsAt, zone, locale)).join(" · ")}
              </p>
            </div>
            {/* The row goes with the session, so the answer shows at the top of the page. */}
            <ActionForm action={removeSessionAction} hiddenFields={{ sessionId: s.id }} notice="page">
              <SubmitButton variant="secondary" className="text-sm">
                {t("remove")}
              </SubmitButton>
            </ActionForm>
          </li>
        ))}
      </ul>
      <ActionForm action={addSessionAction} className="mt-4 grid gap-3 sm:grid-cols-3" data-testid="add-session-form">
        <h3 className="font-semibold sm:col-span-3">{t("addSession")}</h3>
        <TextField label={t("name")} name="name" placeholder={t("namePlaceholder")} maxLength={60} />
        <TextField label={t("date")} name="date" type="date" defaultValue={day} />
        <TextField label={t("start")} name="start" type="time" defaultValue="09:00" />
        <TextField label={t("end")} name="end" type="time" defaultValue="12:00" />
        <TextField label={t("slotMinutes")} name="slotMinutes" type="number" min={5} max={240} defaultValue={20} />
        <TextField label={t("breakMinutes")} name="breakMinutes" type="number" min={0} max={120} defaultValue={0} />
        <div className="sm:col-span-3">
          <SubmitButton>{t("addSessionSubmit")}</SubmitButton>
        </div>
      </ActionForm>
    </Card>
  );
}

export async function TablesSection({ tables }: { tables: MatchingSetup["tables"] }) {
  const t = await getTranslations("setup");
  const withInterpreter = tables.filter((x) => x.interpreter);
  // Every interpreter table has its own pair: the form lists the most common pair's tables by number, the others
  // as "5:ja-en", so saving it again keeps each table's pair.
  const pairCounts = new Map<string, number>();
  for (const x of withInterpreter) pairCounts.set(x.interpreter!, (pairCounts.get(x.interpreter!) ?? 0) + 1);
  const mainPair = [...pairCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "ja-vi";
  const interpreterField = withInterpreter
    .map((x) => (x.interpreter === mainPair ? String(x.number) : `${x.number}:${x.interpreter}`))
    .join(", ");
  return (
    <Card title={t("tables")}>
      <p className="text-slate-700" data-testid="tables-summary">
        {t("tablesSummary", { count: tables.length, interpreters: withInterpreter.length })}
      </p>
      {pairCounts.size ? (
        <p className="text-sm text-slate-700" data-testid="tables-by-pair">
          {t("tablesByPair", { pairs: [...pairCounts].map(([p, n]) => `${p} × ${n}`).join(", ") })}
        </p>
      ) : null}
      <ActionForm action={saveTablesAction} className="mt-3 grid gap-3 sm:grid-cols-3" data-testid="tables-form">
        <TextField
          label={t("tableCount")}
          name="count"
          type="number"
          min={1}
          max={2000}
          defaultValue={tables.length || 20}
        />
        <TextField
          label={t("interpreterTables")}
          name="interpreterTables"
          placeholder="1, 2, 3, 5:ja-en"
          defaultValue={interpreterField}
          aria-describedby="interpreter-tables-hint"
        />
        <div>
          <label htmlFor="tables-interpreter" className="block text-sm font-medium">
            {t("interpreterPair")}
          </label>
          <Select id="tables-interpreter" name="interpreter" defaultValue={mainPair} className={input}>
            {PAIRS.map((pair) => (
              <option key={pair} value={pair}>
                {t(`pair.${pair}`)}
              </option>
            ))}
          </Select>
        </div>
        <p id="interpreter-tables-hint" className="text-sm text-slate-600 sm:col-span-3">
          {t("interpreterTablesHint")}
        </p>
        <div className="sm:col-span-3">
          <SubmitButton>{t("saveTables")}</SubmitButton>
        </div>
      </ActionForm>
    </Card>
  );
}

export async function SettingsSection({
  deadline,
  meetingCapPerFirm,
  selfBooking,
  onlineMeetings,
}: {
  deadline: { date: string; time: string } | null;
  meetingCapPerFirm: number | null;
  selfBooking: boolean;
  onlineMeetings: boolean;
}) {
  const t = await getTranslations("setup");
  return (
    <Card title={t("settings")}>
      <ActionForm action={saveSettingsAction} className="grid gap-3 sm:grid-cols-3" data-testid="settings-form">
        <TextField label={t("deadlineDate")} name="deadlineDate" type="date" defaultValue={deadline?.date ?? ""} />
        <TextField label={t("deadlineTime")} name="deadlineTime" type="time" defaultValue={deadline?.time ?? ""} />
        <TextField
          label={t("cap")}
          name="meetingCapPerFirm"
          type="number"
          min={1}
          max={100}
          defaultValue={meetingCapPerFirm ?? ""}
        />
        <label className="flex min-h-11 items-center gap-2 sm:col-span-3">
          <Choice name="selfBooking" defaultChecked={selfBooking} className="h-5 w-5" />
          {t("selfBooking")}
        </label>
        <label className="flex min-h-11 items-center gap-2 sm:col-span-3">
          <Choice name="onlineMeetings" defaultChecked={onlineMeetings} className="h-5 w-5" />
          {t("onlineMeetings")}
        </label>
        <div className="sm:col-span-3">
          <SubmitButton>{t("saveSettings")}</SubmitButton>
        </div>
      </ActionForm>
    </Card>
  );
}
