import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/guards";
import { allows } from "@/lib/auth/policy";
import { loadFirmProfile } from "@/lib/firms/load-firm-profile";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { Card } from "@/components/ui/card";
import { FirmDescription } from "@/components/firms/firm-description";
import { FirmLogo } from "@/components/firms/firm-logo";
import { db } from "@/lib/db";
import { profileInterestAction } from "./actions";
import { currentEvent } from "@/lib/events/current-event";
import { activePairKey } from "@/lib/meetings/request-rules";
import { RequestMeetingForm } from "@/components/meetings/request-meeting-form";
import { BookSlotCard } from "@/components/meetings/book-slot-card";
import { requestMeetingAction } from "@/app/[locale]/firm/meetings/actions";
import { openConversationAction } from "@/app/[locale]/messages/actions";
import { relationshipBetween } from "@/lib/conversations/relationship";

export default async function FirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ mutual?: string; interest?: string; booked?: string; bookError?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { mutual, interest, booked, bookError } = await searchParams;
  const actor = await currentActor();
  const loaded = await loadFirmProfile(actor, id);
  if (!loaded) notFound();
  const { firm, contacts } = loaded;
  const t = await getTranslations("profile");
  const m = await getTranslations("matching");
  // Members of another firm can say whether their firm is interested in this one.
  const ownFirmId =
    actor && firm.status === "APPROVED" ? actor.memberships.find((x) => x.firmId !== firm.id)?.firmId : undefined;
  const ownInterest = ownFirmId
    ? await db.firmInterest.findUnique({ where: { fromFirmId_toFirmId: { fromFirmId: ownFirmId, toFirmId: firm.id } } })
    : null;
  const mt = await getTranslations("meetings");
  const event = await currentEvent();
  const liveRequest =
    ownFirmId && event
      ? await db.meetingRequest.findUnique({
          where: { activePairKey: activePairKey(event.id, ownFirmId, firm.id) },
          select: { status: true, fromFirmId: true },
        })
      : null;
  const common = await getTranslations("common");
  const tb = await getTranslations("badge");
  // A request, a mutual match or a meeting between the firms: they may write to each other.
  const canMessage = ownFirmId ? (await relationshipBetween(ownFirmId, firm.id)) !== null : false;
  const canEdit =
    !!actor && (allows(actor, { kind: "firmAdmin", firmId: firm.id }) || allows(actor, { kind: "organizer" }));
  const offers = firm.capabilities.filter((c) => c.direction === "OFFER");
  const seeks = firm.capabilities.filter((c) => c.direction === "SEEK");
  const language = [
    ["japaneseSpeakers", firm.japaneseSpeakers],
    ["bridgeEngineers", firm.bridgeEngineers],
    ["jlptN1", firm.jlptN1],
    ["jlptN2", firm.jlptN2],
    ["englishSpeakers", firm.englishSpeakers],
  ] as const;

  return (
    <div className="space-y-6">
      {firm.status !== "APPROVED" ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t("statusNote", { status: common(`firmStatus.${firm.status}`) })}
          {firm.status === "REJECTED" && firm.rejectionReason ? (
            <span className="block">{t("rejectedBecause", { reason: firm.rejectionReason })}</span>
          ) : null}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-4">
        <FirmLogo firm={firm} size={72} />
        <div className="min-w-0 flex-1">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            {common(`country.${firm.country}`)} · {firm.city}
            {firm.yearFounded ? ` · ${t("founded", { year: firm.yearFounded })}` : ""}
          </p>
          <h1 className="text-2xl font-bold sm:text-3xl">{firm.nameLocal}</h1>
          <p className="text-slate-600">
            {firm.nameEn}
            {firm.nameJa && firm.nameJa !== firm.nameLocal ? ` · ${firm.nameJa}` : ""}
          </p>
          <p className="mt-1 text-slate-700">
            {common(`employeeBand.${firm.employeeBand}`)}
            {firm.website ? (
              <>
                {" · "}
                <a
                  href={firm.website}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-brand-700 underline"
                >
                  {firm.website.replace(/^https?:\/\//, "")}
                </a>
              </>
            ) : null}
          </p>
        </div>
        {canEdit ? (
          <Link
            href={`/firm/${firm.id}/edit`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
          >
            {t("edit")}
          </Link>
        ) : null}
        {actor && allows(actor, { kind: "organizer" }) ? (
          <Link
            href={`/organizer/badges?firm=${firm.id}`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
          >
            {tb("printBadges")}
          </Link>
        ) : null}
      </div>

      {mutual ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 font-medium text-green-900" data-testid="mutual-banner">
          {m("mutualBanner", { name: firm.nameLocal })}
        </p>
      ) : null}
      {interest === "error" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {m("interestError")}
        </p>
      ) : null}
      {ownFirmId ? (
        <form
          action={profileInterestAction.bind(null, locale, firm.id)}
          className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-white p-3"
        >
          <input type="hidden" name="fromFirmId" value={ownFirmId} />
          <span className="text-sm text-slate-700">
            {ownInterest ? (ownInterest.interested ? m("interestedState") : m("dismissedState")) : m("askInterest")}
          </span>
          {!ownInterest?.interested ? (
            <button
              name="interested"
              value="yes"
              className="min-h-11 rounded-lg bg-green-700 px-3 text-sm font-semibold text-white"
            >
              {m("interested")}
            </button>
          ) : null}
          {ownInterest?.interested !== false ? (
            <button
              name="interested"
              value="no"
              className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-semibold"
            >
              {m("notInterested")}
            </button>
          ) : null}
        </form>
      ) : null}
      {ownFirmId && event ? (
        <Card title={mt("requestTitle")}>
          {liveRequest ? (
            <p data-testid="request-state">
              {mt(`status.${liveRequest.status}`)} ·{" "}
              <Link href={`/firm/meetings?firm=${ownFirmId}`} className="text-brand-700 underline">
                {mt("title")}
              </Link>
            </p>
          ) : (
            <RequestMeetingForm action={requestMeetingAction.bind(null, firm.id)} fromFirmId={ownFirmId} />
          )}
          {canMessage ? (
            <form action={openConversationAction.bind(null, locale, ownFirmId, firm.id)} className="mt-3">
              <button
                className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800"
                data-testid="write-message"
              >
                {t("writeMessage")}
              </button>
            </form>
          ) : null}
        </Card>
      ) : null}
      {ownFirmId && event?.selfBooking ? (
        <div id="book">
          <BookSlotCard
            locale={locale}
            toFirmId={firm.id}
            fromFirmId={ownFirmId}
            eventId={event.id}
            zone={event.timeZone}
            booked={booked}
            error={bookError}
          />
        </div>
      ) : null}
      <Card>
        <FirmDescription firm={firm} locale={locale} />
        {firm.sectors.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-1" aria-label={t("sectors")}>
            {firm.sectors.map(({ sector }) => (
              <li key={sector.id} className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
                {localized(sector, "label", locale)}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("offers")}>
          <CapabilityList items={offers} locale={locale} none={t("noneGiven")} />
        </Card>
        <Card title={t("seeks")}>
          <CapabilityList items={seeks} locale={locale} none={t("noneGiven")} />
        </Card>
        <Card title={t("languageCapacity")}>
          <dl className="space-y-1">
            {language.map(([key, value]) => (
              <div key={key} className="flex justify-between gap-4">
                <dt>{t(key)}</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("markets")}>
          <p>
            {firm.markets.length ? firm.markets.map((m) => common(`market.${m.market}`)).join(" · ") : t("noneGiven")}
          </p>
          <h3 className="mt-4 font-semibold">{t("certifications")}</h3>
          <p>
            {firm.certifications.length
              ? firm.certifications
                  .map((c) =>
                    c.kind === "CMMI" && c.level
                      ? common("cmmiLevel", { level: c.level })
                      : common(`certification.${c.kind}`),
                  )
                  .join(" · ")
              : t("noneGiven")}
          </p>
          {firm.requirements.length ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("requires", {
                certifications: firm.requirements.map((r) => common(`certification.${r.kind}`)).join(" · "),
              })}
            </p>
          ) : null}
          {firm.tags.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("tags")}</h3>
              <ul className="flex flex-wrap gap-1">
                {firm.tags.map((tag) => (
                  <li key={tag.tag} className="rounded bg-slate-100 px-2 py-0.5 text-sm">
                    {tag.tag}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      </div>

      <Card title={t("contacts")}>
        {contacts === null ? (
          <p className="text-slate-600" data-testid="contacts-hidden">
            {t("contactsHidden")}
          </p>
        ) : (
          <ul className="space-y-2" data-testid="contacts">
            {contacts.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span>
                {c.title ? <span className="text-slate-600"> · {c.title}</span> : null}
                <span className="block">
                  <a href={`mailto:${c.email}`} className="text-brand-700 underline">
                    {c.email}
                  </a>
                  {c.phone ? ` · ${c.phone}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function CapabilityList({
  items,
  locale,
  none,
}: {
  items: { id: string; note: string; node: { labelEn: string; labelJa: string; labelVi: string } }[];
  locale: "en" | "ja" | "vi";
  none: string;
}) {
  if (items.length === 0) return <p className="text-slate-600">{none}</p>;
  return (
    <ul className="space-y-2">
      {items.map((c) => (
        <li key={c.id}>
          <span className="font-medium">{localized(c.node, "label", locale)}</span>
          {c.note ? <span className="block text-sm text-slate-600">{c.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
