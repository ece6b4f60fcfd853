// A firm's editions: those it is registered for, and those it may still register for (its registry profile
// carries over). Registering is for the firm's administrators (registerForEventAction).
import { getTranslations } from "next-intl/server";
import { registerForEventAction } from "@/actions/events";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { PhaseBadge } from "@/components/organizer/events/phase-badge";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { eventPhase } from "@/lib/events/event-phase";
import { participationsOf } from "@/lib/events/participation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, zoneLabel } from "@/lib/time/zoned-format";

export async function FirmParticipations({
  actor,
  firmId,
  locale,
}: {
  actor: Actor;
  firmId: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("events");
  const { registered, open } = await participationsOf(actor, firmId);
  const admin = allows(actor, { kind: "firmAdmin", firmId });
  const when = (e: { startsAt: Date; timeZone: string; city: string }) =>
    `${e.city} · ${formatDate(e.startsAt, e.timeZone, locale)} (${zoneLabel(e.startsAt, e.timeZone)})`;
  return (
    <Card title={t("participation.title")}>
      <div className="space-y-4" data-testid="participations">
        <div>
          <h3 className="text-sm text-slate-600">{t("participation.registered")}</h3>
          {registered.length === 0 ? <p>{t("participation.none")}</p> : null}
          <ul className="mt-1 space-y-1">
            {registered.map((e) => {
              const phase = eventPhase(e);
              return (
                <li key={e.id} className="flex flex-wrap items-center gap-2" data-testid="participation">
                  <span className="font-medium">{localized(e, "name", locale)}</span>
                  <span className="text-sm text-slate-600">{when(e)}</span>
                  <PhaseBadge phase={phase} label={t(`phase.${phase}`)} />
                </li>
              );
            })}
          </ul>
        </div>
        {admin && open.length > 0 ? (
          <div>
            <h3 className="text-sm text-slate-600">{t("participation.open")}</h3>
            <ul className="mt-1 space-y-2">
              {open.map((e) => (
                <li key={e.id} className="flex flex-wrap items-center justify-between gap-2" data-testid="open-edition">
                  <span>
                    <span className="font-medium">{localized(e, "name", locale)}</span>{" "}
                    <span className="text-sm text-slate-600">{when(e)}</span>
                  </span>
                  <ActionForm action={registerForEventAction} hiddenFields={{ firmId, eventId: e.id }} notice="page">
                    <SubmitButton variant="secondary">{t("participation.register")}</SubmitButton>
                  </ActionForm>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
