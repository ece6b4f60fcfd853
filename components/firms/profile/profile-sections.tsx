// A firm's public profile in named sections: the header (names, status, edit and badge links), what the reader's
// own firm can do from here (interest, a meeting request, booking an open slot), the profile's details, and the
// contacts (only where contact-visibility.ts allows).
import { getTranslations } from "next-intl/server";
import { setInterestAction } from "@/actions/interests";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { FirmDescription } from "@/components/firms/firm-description";
import { FirmLogo } from "@/components/firms/firm-logo";
import { BookSlotCard } from "@/components/meetings/book-slot-card";
import { RequestMeetingForm } from "@/components/meetings/request-meeting-form";
import { OpenConversationButton } from "@/components/messages/open-conversation-button";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { loadFirmProfile } from "@/lib/firms/load-firm-profile";
import type { ProfileViewerState } from "@/lib/firms/profile-viewer";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Loaded = NonNullable<Awaited<ReturnType<typeof loadFirmProfile>>>;
type Firm = Loaded["firm"];
type Event = { id: string; timeZone: string; selfBooking: boolean };

export async function ProfileHeader({ firm, viewer }: { firm: Firm; viewer: ProfileViewerState }) {
  const t = await getTranslations("profile");
  const common = await getTranslations("common");
  const tb = await getTranslations("badge");
  return (
    <>
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
        {viewer.canEdit ? (
          <Link
            href={`/firm/${firm.id}/edit`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
          >
            {t("edit")}
          </Link>
        ) : null}
        {viewer.isOrganizer ? (
          <Link
            href={`/organizer/badges?firm=${firm.id}`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
          >
            {tb("printBadges")}
          </Link>
        ) : null}
      </div>
    </>
  );
}

/** What the reader's own firm can do about this one: say whether it is interested, ask for a meeting, book. */
export async function ProfileActions({
  actor,
  firm,
  viewer,
  event,
  locale,
}: {
  actor: Actor | null;
  firm: Firm;
  viewer: ProfileViewerState;
  event: Event | null;
  locale: AppLocale;
}) {
  const { ownFirmId, ownInterest, liveRequest, canMessage } = viewer;
  if (!ownFirmId || !actor) return null;
  const m = await getTranslations("matching");
  const mt = await getTranslations("meetings");
  const t = await getTranslations("profile");
  const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
  return (
    <>
      <ActionForm
        action={setInterestAction}
        hiddenFields={{ fromFirmId: ownFirmId, toFirmId: firm.id }}
        notice="page"
        className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-white p-3"
      >
        <span className="text-sm text-slate-700">
          {ownInterest === null ? m("askInterest") : ownInterest ? m("interestedState") : m("dismissedState")}
        </span>
        {ownInterest !== true ? (
          <SubmitButton variant="plain" name="interested" value="yes" className={`${button} bg-green-700 text-white`}>
            {m("interested")}
          </SubmitButton>
        ) : null}
        {ownInterest !== false ? (
          <SubmitButton variant="plain" name="interested" value="no" className={`${button} border border-slate-300`}>
            {m("notInterested")}
          </SubmitButton>
        ) : null}
      </ActionForm>
      {event ? (
        <Card title={mt("requestTitle")}>
          {liveRequest ? (
            <p data-testid="request-state">
              {mt(`status.${liveRequest.status}`)} ·{" "}
              <Link href={`/firm/meetings?firm=${ownFirmId}`} className="text-brand-700 underline">
                {mt("title")}
              </Link>
            </p>
          ) : (
            <RequestMeetingForm fromFirmId={ownFirmId} toFirmId={firm.id} />
          )}
          {canMessage ? (
            <div className="mt-3">
              <OpenConversationButton
                firmId={ownFirmId}
                otherFirmId={firm.id}
                label={t("writeMessage")}
                testId="write-message"
              />
            </div>
          ) : null}
        </Card>
      ) : null}
      {event?.selfBooking ? (
        <div id="book">
          <BookSlotCard
            actor={actor}
            locale={locale}
            toFirmId={firm.id}
            fromFirmId={ownFirmId}
            eventId={event.id}
            zone={event.timeZone}
          />
        </div>
      ) : null}
    </>
  );
}

export async function ProfileDetails({ firm, locale }: { firm: Firm; locale: AppLocale }) {
  const t = await getTranslations("profile");
  const common = await getTranslations("common");
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
    <>
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
    </>
  );
}

export async function ProfileContacts({ contacts }: { contacts: Loaded["contacts"] }) {
  const t = await getTranslations("profile");
  return (
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
  );
}

function CapabilityList({
  items,
  locale,
  none,
}: {
  items: { id: string; note: string; node: { labelEn: string; labelJa: string; labelVi: string } }[];
  locale: AppLocale;
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
