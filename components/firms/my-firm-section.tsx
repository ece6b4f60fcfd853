// One of the person's firms on "My firm": its status, links to its public profile and editor, the profile's
// summary, the team with pending invitations, and (for its administrators) the invitation form.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FirmDescription } from "@/components/firms/firm-description";
import { InviteForm } from "@/components/firms/invite-form";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import type { firmsOfActor } from "@/lib/firms/firms-of-user";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Firm = Awaited<ReturnType<typeof firmsOfActor>>[number];

export async function MyFirmSection({
  firm,
  actor,
  event,
  eventName,
  locale,
}: {
  firm: Firm;
  actor: Actor;
  event: { id: string } | null;
  eventName: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("firm");
  const mine = await getTranslations("myFirm");
  const profileT = await getTranslations("profile");
  const common = await getTranslations("common");
  return (
    <div className="space-y-4">
      {firm.status === "PENDING" ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {mine("pendingNote")}
        </p>
      ) : null}
      {firm.status === "REJECTED" ? (
        <p role="status" className="rounded-lg bg-red-50 p-3 text-red-900" data-testid="rejection">
          {mine("rejectedNote", { reason: firm.rejectionReason ?? "" })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/firms/${firm.id}`}
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4"
        >
          {mine("viewPublic")}
        </Link>
        {allows(actor, { kind: "firmAdmin", firmId: firm.id }) ? (
          <Link
            href={`/firm/${firm.id}/edit`}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white"
          >
            {profileT("edit")}
          </Link>
        ) : null}
      </div>
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 className="text-xl font-semibold">{firm.nameLocal}</h2>
            {firm.nameLocal !== firm.nameEn ? <p className="text-slate-600">{firm.nameEn}</p> : null}
          </div>
          <span className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
            {common(`firmStatus.${firm.status}`)}
          </span>
        </div>
        <dl className="mt-4 grid gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-slate-600">{t("city")}</dt>
            <dd>
              {firm.city}, {common(`country.${firm.country}`)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("size")}</dt>
            <dd>{common(`employeeBand.${firm.employeeBand}`)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("events")}</dt>
            <dd>
              {event && firm.participations.some((p) => p.eventId === event.id)
                ? t("registeredFor", { event: eventName })
                : t("notRegistered", { event: eventName })}
            </dd>
          </div>
          {firm.website ? (
            <div>
              <dt className="text-sm text-slate-600">{common("website")}</dt>
              <dd>
                <a href={firm.website} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                  {firm.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {firm.sectors.length > 0 ? (
          <div className="mt-4">
            <h3 className="text-sm text-slate-600">{t("sectors")}</h3>
            <ul className="mt-1 flex flex-wrap gap-1">
              {firm.sectors.map(({ sector }) => (
                <li key={sector.id} className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
                  {localized(sector, "label", locale)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-4">
          <h3 className="text-sm text-slate-600">{t("description")}</h3>
          <FirmDescription firm={firm} locale={locale} />
        </div>
      </Card>
      <Card title={t("team")}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("email")}
                </th>
                <th scope="col" className="py-2">
                  {t("role")}
                </th>
              </tr>
            </thead>
            <tbody>
              {firm.members.map((m) => (
                <tr key={m.id} className="border-b border-slate-100">
                  <td className="whitespace-nowrap py-2 pr-4">{m.user.displayName}</td>
                  <td className="py-2 pr-4">{m.user.email}</td>
                  <td className="whitespace-nowrap py-2">{common(`role.${m.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {allows(actor, { kind: "firmAdmin", firmId: firm.id }) ? (
        <Card title={mine("invite")}>
          <InviteForm firmId={firm.id} />
          {firm.invitations.length > 0 ? (
            <>
              <h3 className="mt-4 font-semibold">{mine("pendingInvitations")}</h3>
              <ul className="text-sm">
                {firm.invitations.map((i) => (
                  <li key={i.id}>{i.email}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
