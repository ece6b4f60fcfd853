import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { Link } from "@/lib/i18n/navigation";
import { meetingRequestsOf } from "@/lib/meetings/meeting-requests";
import { formatDateTime } from "@/lib/time/zoned-format";
import { FirmName } from "@/components/firms/firm-name";
import { OpenConversationButton } from "@/components/messages/open-conversation-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import { firmNamesOf } from "@/lib/firms/firm-names";
import { actOnRequestAction } from "@/actions/meetings";
import { answerOnlineAction, askOnlineAction } from "@/actions/online";
import { isFirmAdmin } from "@/lib/auth/policy";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { UndoList } from "@/components/undo/undo-list";

type SearchParams = Promise<{ firm?: string }>;
const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";

export default async function MeetingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm/meetings`);
  const raw = await searchParams;
  const t = await getTranslations("meetings");
  const event = await currentEvent();
  const firmId = selectedFirmId(actor, raw.firm);
  if (!event || !firmId) {
    return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  }
  const [firm, requests] = await Promise.all([
    firmNamesOf([firmId]).then(([firm]) => firm!),
    meetingRequestsOf(actor, firmId, event.id),
  ]);
  const zone = event.timeZone;
  const other = (r: (typeof requests)[number]) => (r.incoming ? r.from : r.to);
  const groups = [
    ["incoming", requests.filter((r) => r.incoming && r.status === "PENDING")],
    ["outgoing", requests.filter((r) => !r.incoming && r.status === "PENDING")],
    ["accepted", requests.filter((r) => r.status === "ACCEPTED")],
    ["closed", requests.filter((r) => r.status !== "PENDING" && r.status !== "ACCEPTED")],
  ] as const;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={`${firm.nameLocal} · ${localized(event, "name", locale)}${event.requestDeadline ? ` · ${t("deadline", { when: formatDateTime(event.requestDeadline, zone, locale) })}` : ""}`}
      />
      <UndoList actor={actor} zone={zone} locale={locale} />
      <div className="flex flex-wrap gap-4">
        <Link href={`/agenda?firm=${firmId}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("agendaLink")}
        </Link>
        <Link
          href={`/firm/availability?firm=${firmId}`}
          className="inline-flex min-h-11 items-center text-brand-700 underline"
        >
          {t("availabilityLink")}
        </Link>
      </div>
      {groups.map(([key, list]) => (
        <Card key={key} title={t(`group.${key}`)}>
          {list.length === 0 ? (
            <p className="text-slate-600">{t("none")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid={`requests-${key}`}>
              {list.map((r) => (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <Link href={`/firms/${other(r).id}`} className="font-medium text-brand-800 hover:underline">
                      <FirmName firm={other(r)} locale={locale} testId="request-firm" />
                    </Link>
                    {" · "}
                    <OpenConversationButton
                      firmId={firmId}
                      otherFirmId={other(r).id}
                      label={t("messages")}
                      look="link"
                      testId="request-messages"
                    />
                    <p className="text-sm text-slate-600">
                      {r.priority === "MUST" ? t("must") : t("wouldLike")} · {t(`status.${r.status}`)} ·{" "}
                      {/* Labelled: an unlabelled time here was read as the meeting's. */}
                      {t("sentOn", { when: formatDateTime(r.createdAt, zone, locale) })}
                    </p>
                    {r.message ? <p className="mt-1 whitespace-pre-line text-sm">{r.message}</p> : null}
                    {key === "accepted" ? (
                      <p className="mt-1 text-sm font-medium" data-testid="placement">
                        {r.meeting?.status === "SCHEDULED"
                          ? r.meeting.table
                            ? t("placedAt", {
                                when: formatDateTime(r.meeting.slot.startsAt, zone, locale),
                                table: r.meeting.table.number,
                              })
                            : t("placedOnline", { when: formatDateTime(r.meeting.slot.startsAt, zone, locale) })
                          : t("notPlacedYet")}
                      </p>
                    ) : null}
                    {key === "accepted" || key === "incoming" || key === "outgoing" ? (
                      <OnlineQuestion
                        request={r}
                        firmId={firmId}
                        partner={other(r).nameLocal}
                        allowed={event.onlineMeetings}
                        admin={isFirmAdmin(actor, firmId)}
                      />
                    ) : null}
                  </div>
                  {/* The row moves to another list when the answer arrives: the answer shows at the top. */}
                  <ActionForm
                    action={actOnRequestAction}
                    hiddenFields={{ requestId: r.id }}
                    notice="page"
                    className="flex flex-wrap gap-2"
                  >
                    {key === "incoming" ? (
                      <>
                        <SubmitButton
                          variant="plain"
                          name="action"
                          value="accept"
                          className={`${button} bg-green-700 text-white`}
                        >
                          {t("accept")}
                        </SubmitButton>
                        <SubmitButton
                          variant="plain"
                          name="action"
                          value="decline"
                          className={`${button} border border-slate-300`}
                        >
                          {t("decline")}
                        </SubmitButton>
                      </>
                    ) : null}
                    {key === "outgoing" ? (
                      <SubmitButton
                        variant="plain"
                        name="action"
                        value="withdraw"
                        className={`${button} border border-slate-300`}
                      >
                        {t("withdraw")}
                      </SubmitButton>
                    ) : null}
                    {key === "accepted" ? (
                      <SubmitButton
                        variant="plain"
                        name="action"
                        value="cancel"
                        className={`${button} border border-red-300 text-red-800`}
                      >
                        {t("cancel")}
                      </SubmitButton>
                    ) : null}
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}

/** Whether the meeting is online, asked to be, or can be asked; the other firm's administrators answer. */
async function OnlineQuestion({
  request: r,
  firmId,
  partner,
  allowed,
  admin,
}: {
  request: { id: string; online: boolean; onlineAskedByFirmId: string | null };
  firmId: string;
  partner: string;
  allowed: boolean;
  admin: boolean;
}) {
  const t = await getTranslations("meetings");
  if (r.online)
    return (
      <p className="mt-1 text-sm font-medium text-brand-800" data-testid="online-state">
        {t("isOnline")}
      </p>
    );
  if (r.onlineAskedByFirmId === firmId)
    return (
      <p className="mt-1 text-sm text-slate-700" data-testid="online-state">
        {t("onlineAskedByUs")}
      </p>
    );
  if (r.onlineAskedByFirmId)
    return (
      <div className="mt-2 rounded-lg bg-brand-50 p-2" data-testid="online-state">
        <p className="text-sm">{t("onlineAskedByThem", { firm: partner })}</p>
        {admin ? (
          <ActionForm
            action={answerOnlineAction}
            hiddenFields={{ requestId: r.id }}
            notice="page"
            className="mt-1 flex flex-wrap gap-2"
          >
            <SubmitButton variant="plain" name="answer" value="yes" className={`${button} bg-brand-700 text-white`}>
              {t("agreeOnline")}
            </SubmitButton>
            <SubmitButton variant="plain" name="answer" value="no" className={`${button} border border-slate-300`}>
              {t("keepInPerson")}
            </SubmitButton>
          </ActionForm>
        ) : (
          <p className="text-sm text-slate-700">{t("onlineAdminsAnswer")}</p>
        )}
      </div>
    );
  if (!allowed) return null;
  return (
    <ActionForm action={askOnlineAction} hiddenFields={{ requestId: r.id, firmId }} notice="page" className="mt-1">
      <SubmitButton
        variant="plain"
        className={`${button} border border-brand-700 text-brand-800`}
        aria-label={t("askOnlineOf", { firm: partner })}
      >
        {t("askOnline")}
      </SubmitButton>
    </ActionForm>
  );
}
