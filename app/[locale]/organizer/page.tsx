import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { eventOverview, organizingBodyOf } from "@/lib/organizer/event-overview";
import { COUNTRIES } from "@/lib/enums";
import { formatDateTime } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { boardCounts } from "@/lib/challenges/challenges";
import { PageHeader } from "@/components/ui/page-header";
import { FigureList } from "@/components/ui/figure-list";

export default async function OrganizerPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer`);
  const t = await getTranslations("organizer");
  const common = await getTranslations("common");
  const home = await getTranslations("home");
  const [event, body] = await Promise.all([currentEvent(), organizingBodyOf(actor)]);
  if (!event) return <p>{home("noEvent")}</p>;
  const [overview, board] = await Promise.all([eventOverview(event.id), boardCounts(actor, event.id)]);
  const tb = await getTranslations("board");
  const countries = COUNTRIES;
  const statuses = ["PENDING", "APPROVED", "REJECTED"] as const;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", {
          body: body ? localized(body, "name", locale) : "",
          event: localized(event, "name", locale),
        })}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={t("registrations")}>
          <dl className="space-y-1" data-testid="registrations-by-country">
            {countries.map((c) => (
              <div key={c} className="flex justify-between">
                <dt>{common(`country.${c}`)}</dt>
                <dd className="font-semibold">{overview.registrationsByCountry[c] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("byStatus")}>
          <dl className="space-y-1">
            {statuses.map((s) => (
              <div key={s} className="flex justify-between">
                <dt>{common(`firmStatus.${s}`)}</dt>
                <dd className="font-semibold">{overview.firmsByStatus[s] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("people")}>
          <dl className="space-y-1">
            {(
              [
                ["users", overview.people.users],
                ["organizers", overview.people.organizers],
                ["firmAdmins", overview.people.admins],
                ["attendees", overview.people.attendees],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="flex justify-between">
                <dt>{t(key)}</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card title={tb("title")}>
        <FigureList
          testId="board-counts"
          columns={4}
          items={[
            [tb("opportunities"), Object.values(board.opportunities).reduce((a, b) => a + b, 0)],
            [tb("won"), board.opportunities.WON ?? 0],
            [tb("challenges"), board.challenges],
            [tb("answers"), board.answers],
            [tb("pilots"), board.pilots],
          ]}
        />
      </Card>
      <Card title={t("recent")}>
        {overview.recent.length === 0 ? (
          <p>{t("noRegistrations")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t("firm")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("country")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("registeredAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.recent.map(({ firm, registeredAt }) => (
                  <tr key={firm.id} className="border-b border-slate-100">
                    <td className="py-2 pr-4">
                      <span className="font-medium">{firm.nameLocal}</span>
                      {firm.nameLocal !== firm.nameEn ? (
                        <span className="block text-slate-600">{firm.nameEn}</span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-4">{common(`country.${firm.country}`)}</td>
                    <td className="py-2 pr-4">{common(`firmStatus.${firm.status}`)}</td>
                    <td className="py-2">{formatDateTime(registeredAt, event.timeZone, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t("bodies")}>
        <ul className="flex flex-wrap gap-2">
          {event.organizers.map(({ body: b }) => (
            <li key={b.id} className="rounded-full border border-slate-300 px-3 py-1 text-sm">
              {b.code} · {localized(b, "name", locale)}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
