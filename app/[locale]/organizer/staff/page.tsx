import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { staffOfEvent } from "@/lib/events/staff-invitations";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate, formatDateTime, zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import {
  StaffInviteForm,
  StaffRoleForm,
  StaffRemoveForm,
  StaffRevokeForm,
} from "@/components/organizer/staff/staff-forms";

// The edition's staff, for its event admins: who holds which role for which body and when they last did
// something as staff; a role change, a removal (asked to confirm), offers sent and their state, and a new offer.
export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/staff`);
  const eventId = actor.staff!.eventId;
  const [t, roles, event, { staff, invitations, bodies }] = await Promise.all([
    getTranslations("staff"),
    getTranslations("events.role"),
    currentEvent(),
    staffOfEvent(actor, eventId),
  ]);
  const zone = event?.timeZone ?? "UTC";
  const roleLabels = { EVENT_ADMIN: roles("EVENT_ADMIN"), VETTING: roles("VETTING"), ONSITE: roles("ONSITE") };
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card title={t("listTitle")}>
        <p className="mb-3 text-sm text-slate-600">{t("timesIn", { zone: zoneLabel(new Date(), zone) })}</p>
        <ul className="divide-y divide-slate-200" data-testid="staff-list">
          {staff.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-start justify-between gap-3 py-3"
              data-testid="staff-row"
              data-email={s.user.email}
            >
              <div>
                <p className="font-semibold">{s.user.displayName}</p>
                <p className="text-sm text-slate-600">{s.user.email}</p>
                <p className="text-sm text-slate-700">
                  {roleLabels[s.role]} · {s.body.code} ·{" "}
                  {s.lastActiveAt
                    ? t("lastActive", { when: formatDateTime(s.lastActiveAt, zone, locale) })
                    : t("neverActive")}
                </p>
              </div>
              {s.user.id === actor.userId ? (
                <p className="text-sm text-slate-600">{t("you")}</p>
              ) : (
                <div className="flex flex-wrap items-end gap-2">
                  <StaffRoleForm
                    eventId={eventId}
                    staffId={s.id}
                    role={s.role}
                    bodyId={s.body.id}
                    bodies={bodies}
                    roleLabels={roleLabels}
                  />
                  <StaffRemoveForm eventId={eventId} staffId={s.id} name={s.user.displayName} />
                </div>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("inviteTitle")}>
        <StaffInviteForm eventId={eventId} bodies={bodies} defaultBody={actor.staff!.bodyId} roleLabels={roleLabels} />
      </Card>
      <Card title={t("invitationsTitle")}>
        {invitations.length === 0 ? <p className="text-slate-600">{t("noInvitations")}</p> : null}
        <ul className="divide-y divide-slate-200" data-testid="staff-invitations">
          {invitations.map((i) => (
            <li
              key={i.id}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
              data-testid="staff-invitation"
              data-email={i.email}
            >
              <div>
                <p className="font-semibold">{i.email}</p>
                <p className="text-sm text-slate-700">
                  {roleLabels[i.role]} · {i.body.code} · {t(`state.${i.state}`)} ·{" "}
                  {t("sentOn", { date: formatDate(i.createdAt, zone, locale) })}
                </p>
              </div>
              <StaffRevokeForm eventId={eventId} invitationId={i.id} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
