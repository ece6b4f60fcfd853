// The authorization matrix: every server action (and each of its operations) and every route handler that
// reads private data or changes anything, with the roles that may use it. Each case prepares what it needs
// (a request to accept, a meeting to mark, a tour seat to cancel) and then calls the action exactly as the
// page would, with the ids an attacker would pick: firm A's, whoever is asking.
import { db } from "@/lib/db";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { publicationPreview } from "@/lib/meetings/publication";
import { moveMeeting } from "@/lib/meetings/placement";
import { markMeeting, standbyFor } from "@/lib/meetings/meeting-day";
import { setOpenSlots } from "@/lib/meetings/self-booking";
import { addSession } from "@/lib/event-setup/event-setup";
import { badgeOf } from "@/lib/check-in/check-in";
import { createOpportunity, inviteToConsortium, type OpportunityFields } from "@/lib/consortiums/opportunities";
import { answerChallenge, postChallenge, setShortlisted } from "@/lib/challenges/challenges";
import { saveTour, signUpForTour, type TourFields } from "@/lib/tours/tours";
import { registerFirm } from "@/lib/firms/save-firm-profile";
import { loadActor } from "@/lib/auth/load-actor";
import { form, jsonBody } from "./form-data";
import {
  firmProfile,
  firmProfileForm,
  MATRIX_EMAIL,
  MATRIX_PASSWORD,
  ROLES,
  type Role,
  type World,
} from "./authorization-world";

import * as setup from "@/actions/event-setup";
import * as firm from "@/actions/firm";
import * as account from "@/actions/account";
import * as auth from "@/actions/auth";
import * as invitations from "@/actions/invitations";
import * as availability from "@/actions/availability";
import * as interests from "@/actions/interests";
import * as meetings from "@/actions/meetings";
import * as meetingDay from "@/actions/meeting-day";
import * as schedule from "@/actions/schedule";
import * as organizer from "@/actions/organizer";
import * as consortiums from "@/actions/consortiums";
import * as challenges from "@/actions/challenges";
import * as tours from "@/actions/tours";
import { issueToken } from "@/lib/auth/account-tokens";
import { inviteColleague } from "@/lib/firms/invitations";
import * as undo from "@/actions/undo";
import * as online from "@/actions/online";
import { askOnline } from "@/lib/meetings/online-meetings";
import * as contacts from "@/actions/contacts";
import * as contactsExportRoute from "@/app/api/contacts/export/route";
import { saveContact } from "@/lib/contacts/saved-contacts";
import * as events from "@/actions/events";
import { archiveEvent, createEvent } from "@/lib/events/events";
import * as staffActions from "@/actions/staff";
import * as firmPeople from "@/actions/firm-people";
import { inviteStaff } from "@/lib/events/staff-invitations";
import * as scheduleControl from "@/actions/schedule-control";
import * as eventDay from "@/actions/event-day";
import * as icsRoute from "@/app/api/agenda/ics/route";
import * as logoRoute from "@/app/api/firms/[id]/logo/route";
import * as exportRoute from "@/app/api/organizer/firms/export/route";
import * as importRoute from "@/app/api/organizer/firms/import/route";
import * as instanceRoute from "@/app/api/organizer/schedule/instance/route";
import * as runRoute from "@/app/api/organizer/schedule/run/route";
import * as outcomesRoute from "@/app/api/organizer/outcomes/route";
import * as dashboardRoute from "@/app/api/organizer/dashboard/route";
import * as auditRoute from "@/app/api/organizer/audit/route";
import * as reportRoute from "@/app/api/organizer/report/route";
import * as healthRoute from "@/app/api/health/route";
import * as rosterRoute from "@/app/api/tours/[id]/roster/route";
import * as bookRoute from "@/app/api/meetings/book/route";
import * as conversations from "@/actions/conversations";
import * as threadEventsRoute from "@/app/api/conversations/[id]/events/route";
import * as calendarRoute from "@/app/api/calendar/[token]/route";
import { sendMessage } from "@/lib/conversations/conversations";
import { reportMessage } from "@/lib/conversations/reports";
import { feedTokenOf } from "@/lib/meetings/calendar-feed";

export type Case = {
  /** The file and export, as the completeness check finds them: "app/[locale]/firm/actions.ts#updateFirmAction". */
  target: string;
  /** What the case does, when the export has several operations. */
  op?: string;
  allowed: readonly Role[];
  /** What has to exist first (made as the people concerned, not as the role under test); a failure here fails the test. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  given?: (w: World) => Promise<any>;
  /** The call, as the role under test. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  act: (w: World, given: any) => Promise<unknown>;
};

/** Route handlers that are not in the matrix, and why. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET":
    "next-auth's own sign-in endpoints (throttled sign-in is tested in the e2e suite)",
  "app/api/auth/[...nextauth]/route.ts#POST":
    "next-auth's own sign-in and sign-out endpoints, behind a body limit (the throttle: accounts.test.ts and the e2e suite)",
};

const ALL = ROLES;
/** Signed in with a verified address: an account that is not verified may only verify and sign out. */
const SIGNED_IN: Role[] = ["attendeeA", "adminA", "adminB", "organizer", "vetting", "onsite"];
const MEMBERS_A: Role[] = ["attendeeA", "adminA"];
const ADMIN_A: Role[] = ["adminA"];
const ORGANIZER: Role[] = ["organizer"];

const BASE = "http://localhost:3000";
const get = (path: string) => new Request(`${BASE}${path}`);
const params = (id: string) => ({ params: Promise.resolve({ id }) });
let counter = 0;
const unique = (w: World) => `${w.stamp}-${++counter}`;

// ---- fixtures --------------------------------------------------------------------------------------------

/**
 * An edition's form, unique per call, in a year of its own so editions never overlap: series "matrix-<stamp>"
 * (removeWorld deletes them).
 */
async function editionFields(w: World): Promise<Record<string, string | string[]>> {
  const n = ++counter;
  const vinasa = await db.organizingBody.findFirstOrThrow({ where: { code: "VINASA" } });
  const year = 2100 + n;
  return {
    series: `matrix-${w.stamp}`,
    nameEn: `Matrix Day ${w.stamp} ${n}`,
    nameJa: `マトリクス ${w.stamp} ${n}`,
    nameVi: `Ma trận ${w.stamp} ${n}`,
    city: "Da Nang",
    venue: "Matrix hall",
    timeZone: "Asia/Ho_Chi_Minh",
    startDate: `${year}-03-04`,
    startTime: "08:30",
    endDate: `${year}-03-04`,
    endTime: "17:30",
    bodies: [vinasa.id],
  };
}

/** An upcoming edition the matrix's organizer administers (created as them, not as the role under test). */
async function editionOf(w: World): Promise<string> {
  const fields = await editionFields(w);
  return createEvent(w.as.organizer, fields as never);
}

const vinasaId = async () => (await db.organizingBody.findFirstOrThrow({ where: { code: "VINASA" } })).id;

/** A staff member (on-site) of the world's edition, to change or remove. */
async function staffMember(w: World): Promise<string> {
  const user = await db.user.create({
    data: {
      email: `staff-member-${unique(w)}${MATRIX_EMAIL}`,
      displayName: "Matrix staff member",
      passwordHash: "not-used",
      emailVerifiedAt: new Date(),
    },
  });
  const row = await db.eventStaff.create({
    data: { eventId: w.eventId, userId: user.id, role: "ONSITE", bodyId: await vinasaId() },
  });
  return row.id;
}

/** A fresh staff offer at the world's edition to an address (an earlier one to it withdrawn). */
async function staffOfferTo(w: World, email: string): Promise<string> {
  await db.staffInvitation.deleteMany({ where: { eventId: w.eventId, email } });
  await db.eventStaff.deleteMany({ where: { eventId: w.eventId, user: { email } } });
  return (await inviteStaff(w.as.organizer, { eventId: w.eventId, email, role: "ONSITE", bodyId: await vinasaId() }))
    .invitationId;
}

/** A firm registered for the world's edition that nobody has joined (as an import leaves it), with a contact. */
async function firmWithNobody(w: World): Promise<string> {
  const applicant = await db.user.create({
    data: {
      email: `nobody-${unique(w)}${MATRIX_EMAIL}`,
      displayName: "Matrix importer stand-in",
      passwordHash: "not-used",
      emailVerifiedAt: new Date(),
    },
  });
  const { firmId } = await registerFirm((await loadActor(applicant.id))!, {
    profile: firmProfile(`Matrix nobody ${unique(w)}`),
    eventId: w.eventId,
  });
  await db.membership.deleteMany({ where: { firmId } });
  await db.firmContact.create({ data: { firmId, name: "Contact", email: `imported-${unique(w)}${MATRIX_EMAIL}` } });
  return firmId;
}

/** A request from C to A, pending. */
const requestFromC = (w: World) =>
  createMeetingRequest(w.adminC, { eventId: w.eventId, fromFirmId: w.firmC, toFirmId: w.firmA, priority: "MUST" });

/** An accepted request from C to A and the scheduler's preview placing it. */
async function previewRun(w: World) {
  const r = await requestFromC(w);
  await actOnMeetingRequest(w.as.adminA, { requestId: r.id, action: "accept" });
  return runScheduler(w.as.organizer, w.eventId);
}

/** A published meeting between A and C. */
async function meeting(w: World) {
  const run = await previewRun(w);
  await publishRun(w.as.organizer, run.id);
  return db.meeting.findFirstOrThrow({ where: { eventId: w.eventId, status: "SCHEDULED" } });
}

/** A meeting between A and C at which C did not come: A may now meet a standby firm. */
async function missedByC(w: World) {
  const m = await meeting(w);
  await markMeeting(w.as.adminA, { meetingId: m.id, mark: "noShow" });
  const [standby] = await standbyFor(w.as.adminA, m.id);
  if (!standby) throw new Error("fixture: no standby firm free");
  return { m, standbyFirmId: standby.id };
}

const opportunityInput = (w: World, leadFirmId: string): OpportunityFields => ({
  leadFirmId,
  title: "Matrix smart city bid",
  region: "ASEAN",
  country: "Thailand",
  clientType: "GOVERNMENT",
  budgetBand: "M2_10",
  languages: ["en"],
  visibility: "OPEN",
  requirements: [
    { capabilityId: w.capability, mustHave: true, weight: 3 },
    { capabilityId: w.capability2, mustHave: false, weight: 1 },
  ],
});
const opportunityOfA = (w: World) =>
  createOpportunity(w.as.adminA, { eventId: w.eventId, ...opportunityInput(w, w.firmA) });
/** C's consortium, which has invited A. */
async function invitationToA(w: World) {
  const o = await createOpportunity(w.adminC, { eventId: w.eventId, ...opportunityInput(w, w.firmC) });
  return inviteToConsortium(w.adminC, { opportunityId: o.id, firmId: w.firmA, role: "DELIVERY" });
}

const challengeInput = (firmId: string) => ({
  firmId,
  titleEn: "Matrix challenge",
  descriptionEn: "Paper invoices",
  budgetBand: "K100_500" as const,
  languages: ["en" as const],
});
/** A's challenge with C's answer (shortlisted if asked). */
async function answerToA(w: World, shortlisted = false) {
  const c = await postChallenge(w.as.adminA, { eventId: w.eventId, ...challengeInput(w.firmA) });
  const a = await answerChallenge(w.adminC, { challengeId: c.id, firmId: w.firmC, body: "OCR pipeline" });
  if (shortlisted) await setShortlisted(w.as.adminA, { answerId: a.id, shortlisted: true });
  return a;
}

const tourInput = (hostFirmId: string, over: Partial<TourFields> = {}): TourFields => ({
  hostFirmId,
  titleEn: "Matrix factory visit",
  date: "2026-02-04",
  start: "13:00",
  durationMinutes: 60,
  meetingPoint: "Lobby",
  seats: 10,
  languages: ["en"],
  ...over,
});
const tourOf = (w: World, host: "A" | "C", over: Partial<TourFields> = {}) =>
  saveTour(host === "A" ? w.as.adminA : w.adminC, {
    eventId: w.eventId,
    ...tourInput(host === "A" ? w.firmA : w.firmC, over),
  });
/** A seat waiting for the host's approval on A's tour, taken by C's attendee. */
async function pendingSeatOnA(w: World) {
  const tour = await tourOf(w, "A", { hostApproval: true });
  await signUpForTour(w.attendeeC, { tourId: tour.id, firmId: w.firmC });
  return db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id } });
}

/** The thread between A and C, opened by C's request (and a message from C in it, if asked). */
async function threadWithC(w: World, withMessage = false) {
  await requestFromC(w);
  const thread = await db.conversation.findFirstOrThrow({
    where: {
      OR: [
        { firmAId: w.firmA, firmBId: w.firmC },
        { firmAId: w.firmC, firmBId: w.firmA },
      ],
    },
  });
  // C writes in every case of several roles: its rate-limit window starts afresh each time.
  await db.messageRate.deleteMany({ where: { userId: w.adminC.userId } });
  const message = withMessage
    ? await sendMessage(w.adminC, { conversationId: thread.id, body: `From C ${unique(w)}` })
    : null;
  return { threadId: thread.id, messageId: message?.id ?? "" };
}

/** A server-sent event stream, ended by the caller after a moment (the matrix reads a response to its end). */
function briefly(url: string, id: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  return threadEventsRoute.GET(new Request(`${BASE}${url}`, { signal: controller.signal }), params(id));
}

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const withLogo = (firmId: string) =>
  db.firmLogo.upsert({ where: { firmId }, create: { firmId, mimeType: "image/png", data: PNG }, update: {} });

// ---- the matrix ------------------------------------------------------------------------------------------

const importForm = () => {
  return form({
    mode: "preview",
    file: new File(["name_local,name_en,country\nMatrix import,Matrix import,VN\n"], "firms.csv", { type: "text/csv" }),
  });
};
const tourForm = (w: World, over: Record<string, string> = {}) =>
  form({
    hostFirmId: w.firmA,
    titleEn: "Matrix visit",
    date: "2026-02-04",
    start: "14:00",
    durationMinutes: "60",
    meetingPoint: "Lobby",
    seats: "10",
    languages: "en",
    ...over,
  });

export const CASES: Case[] = [
  // Accounts and sign-up
  {
    target: "actions/account.ts#savePreferredLocaleAction",
    allowed: SIGNED_IN,
    act: () => account.savePreferredLocaleAction(form({ locale: "en" })),
  },
  {
    target: "actions/account.ts#markReadAction",
    allowed: SIGNED_IN,
    act: () => account.markReadAction(form()),
  },
  {
    target: "actions/auth.ts#signUpAction",
    allowed: ALL,
    act: (w) =>
      auth.signUpAction(
        form({
          displayName: "Matrix sign-up",
          email: `signup-${unique(w)}${MATRIX_EMAIL}`,
          password: "kakehashi-matrix-2026",
          locale: "en",
        }),
      ),
  },
  {
    target: "actions/auth.ts#resendVerificationAction",
    allowed: ["unverified"],
    act: () => auth.resendVerificationAction(form()),
  },
  {
    // Whoever holds the link confirms the address it was sent to, signed in or not.
    target: "actions/auth.ts#confirmEmailAction",
    allowed: ALL,
    given: async (w) => {
      const user = await db.user.create({
        data: { email: `confirm-${unique(w)}${MATRIX_EMAIL}`, displayName: "Matrix confirm", passwordHash: "x" },
      });
      return issueToken(db, { userId: user.id, kind: "VERIFY_EMAIL", email: user.email });
    },
    act: (_w, token) => auth.confirmEmailAction(form({ token })),
  },
  {
    target: "actions/auth.ts#forgotPasswordAction",
    allowed: ALL,
    act: (w) => auth.forgotPasswordAction(form({ email: w.as.adminA.email })),
  },
  {
    target: "actions/auth.ts#resetPasswordAction",
    allowed: ALL,
    given: async (w) => {
      const user = await db.user.create({
        data: { email: `reset-${unique(w)}${MATRIX_EMAIL}`, displayName: "Matrix reset", passwordHash: "x" },
      });
      return issueToken(db, { userId: user.id, kind: "RESET_PASSWORD", email: user.email });
    },
    act: (_w, token) => auth.resetPasswordAction(form({ token, password: "Trang-An-boat-2027" })),
  },
  {
    // Only the holder of the invited address (here attendee A's, invited by firm C) accepts.
    target: "actions/invitations.ts#respondToInvitationAction",
    op: "accept",
    allowed: ["attendeeA"],
    given: async (w) => {
      await db.firmInvitation.deleteMany({ where: { firmId: w.firmC } });
      await db.membership.deleteMany({ where: { firmId: w.firmC, userId: w.as.attendeeA.userId } });
      await inviteColleague(w.adminC, { firmId: w.firmC, email: w.as.attendeeA.email });
      return db.firmInvitation.findFirstOrThrow({ where: { firmId: w.firmC } });
    },
    act: (_w, offer) => invitations.respondToInvitationAction(form({ invitationId: offer.id, response: "accept" })),
  },
  {
    target: "actions/invitations.ts#respondToInvitationAction",
    op: "decline",
    allowed: ["attendeeA"],
    given: async (w) => {
      await db.firmInvitation.deleteMany({ where: { firmId: w.firmC } });
      await db.membership.deleteMany({ where: { firmId: w.firmC, userId: w.as.attendeeA.userId } });
      await inviteColleague(w.adminC, { firmId: w.firmC, email: w.as.attendeeA.email });
      return db.firmInvitation.findFirstOrThrow({ where: { firmId: w.firmC } });
    },
    act: (_w, offer) => invitations.respondToInvitationAction(form({ invitationId: offer.id, response: "decline" })),
  },
  {
    target: "actions/account.ts#changePasswordAction",
    allowed: SIGNED_IN,
    act: () => account.changePasswordAction(form({ currentPassword: MATRIX_PASSWORD, newPassword: MATRIX_PASSWORD })),
  },
  {
    target: "actions/account.ts#changeEmailAction",
    allowed: SIGNED_IN,
    act: (w) =>
      account.changeEmailAction(
        form({ newEmail: `moved-${unique(w)}${MATRIX_EMAIL}`, currentPassword: MATRIX_PASSWORD }),
      ),
  },

  // The firm's profile and team
  {
    target: "actions/firm.ts#registerFirmAction",
    allowed: SIGNED_IN,
    act: (w) => firm.registerFirmAction(firmProfileForm(`Matrix new ${unique(w)}`)),
  },
  {
    target: "actions/firm.ts#updateFirmAction",
    allowed: ["adminA", "organizer"],
    act: (w) => firm.updateFirmAction(firmProfileForm(`Matrix A ${w.stamp}`, { firmId: w.firmA })),
  },
  {
    target: "actions/firm.ts#inviteAction",
    allowed: ADMIN_A,
    act: (w) => firm.inviteAction(form({ firmId: w.firmA, email: `invited-${unique(w)}${MATRIX_EMAIL}` })),
  },

  // Matching and 1:1 meetings
  {
    target: "actions/interests.ts#setInterestAction",
    op: "from a recommendation",
    allowed: MEMBERS_A,
    act: (w) => interests.setInterestAction(form({ fromFirmId: w.firmA, toFirmId: w.firmC, interested: "yes" })),
  },
  {
    target: "actions/interests.ts#setInterestAction",
    op: "from a profile",
    allowed: MEMBERS_A,
    act: (w) => interests.setInterestAction(form({ fromFirmId: w.firmA, toFirmId: w.firmC, interested: "no" })),
  },
  {
    target: "actions/meetings.ts#requestMeetingAction",
    allowed: MEMBERS_A,
    act: (w) =>
      meetings.requestMeetingAction(
        form({ fromFirmId: w.firmA, toFirmId: w.firmC, priority: "MUST", message: "Let us meet" }),
      ),
  },
  {
    target: "actions/meetings.ts#requestFromMatchAction",
    allowed: MEMBERS_A,
    act: (w) =>
      meetings.requestFromMatchAction(form({ fromFirmId: w.firmA, toFirmId: w.firmC, priority: "WOULD_LIKE" })),
  },
  {
    target: "actions/meetings.ts#actOnRequestAction",
    op: "accept",
    // Answering commits the firm: its administrators' (lib/meetings/meeting-rights.ts).
    allowed: ["adminA"],
    given: requestFromC,
    act: (w, r) => meetings.actOnRequestAction(form({ requestId: r.id, action: "accept" })),
  },
  {
    target: "actions/meetings.ts#actOnRequestAction",
    op: "withdraw",
    allowed: MEMBERS_A,
    given: (w) => createMeetingRequest(w.as.adminA, { eventId: w.eventId, fromFirmId: w.firmA, toFirmId: w.firmC }),
    act: (w, r) => meetings.actOnRequestAction(form({ requestId: r.id, action: "withdraw" })),
  },
  {
    target: "actions/meetings.ts#bookSlotAction",
    allowed: MEMBERS_A,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { selfBooking: true } });
      await setOpenSlots(w.adminC, { firmId: w.firmC, eventId: w.eventId, openSlotIds: [w.slots[0]!] });
    },
    act: (w) => meetings.bookSlotAction(form({ fromFirmId: w.firmA, toFirmId: w.firmC, slotId: w.slots[0]! })),
  },
  {
    target: "actions/availability.ts#saveAvailabilityAction",
    allowed: MEMBERS_A,
    act: (w) => availability.saveAvailabilityAction(form({ firmId: w.firmA, unavailableSlotIds: [w.slots[1]!] })),
  },
  {
    target: "actions/availability.ts#saveOpenSlotsAction",
    allowed: ADMIN_A,
    act: (w) => availability.saveOpenSlotsAction(form({ firmId: w.firmA, openSlotIds: [w.slots[1]!] })),
  },

  // The day, from the agenda
  {
    target: "actions/meeting-day.ts#markMeetingAction",
    op: "held",
    allowed: [...MEMBERS_A, "organizer", "onsite"],
    given: meeting,
    act: (w, m) => meetingDay.markMeetingAction(form({ meetingId: m.id, mark: "held" })),
  },
  {
    target: "actions/meeting-day.ts#markMeetingAction",
    op: "noShow",
    allowed: MEMBERS_A,
    given: meeting,
    act: (w, m) => meetingDay.markMeetingAction(form({ meetingId: m.id, mark: "noShow" })),
  },
  {
    // Any of the firm's people may ask to meet online; only the other firm's administrators answer.
    target: "actions/online.ts#askOnlineAction",
    allowed: MEMBERS_A,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { onlineMeetings: true } });
      return requestFromC(w);
    },
    act: (w, r) => online.askOnlineAction(form({ requestId: r.id, firmId: w.firmA })),
  },
  {
    target: "actions/online.ts#answerOnlineAction",
    allowed: ["adminA"],
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { onlineMeetings: true } });
      const r = await requestFromC(w);
      await askOnline(w.adminC, { requestId: r.id, firmId: w.firmC });
      return r;
    },
    act: (w, r) => online.answerOnlineAction(form({ requestId: r.id, answer: "yes" })),
  },
  {
    target: "actions/online.ts#setMeetingOnlineAction",
    allowed: ORGANIZER,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { onlineMeetings: true } });
      return meeting(w);
    },
    act: (w, m) => online.setMeetingOnlineAction(form({ requestId: m.requestId, online: "yes" })),
  },
  {
    target: "actions/online.ts#placeOnlineMeetingsAction",
    allowed: ORGANIZER,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { onlineMeetings: true } });
    },
    act: () => online.placeOnlineMeetingsAction(form({})),
  },
  {
    // Only the person who made the change may take it back (anyone else: "not found").
    target: "actions/undo.ts#undoAction",
    allowed: ["adminA"],
    given: async (w) => markMeeting(w.as.adminA, { meetingId: (await meeting(w)).id, mark: "noShow" }),
    act: (w, { undoId }) => undo.undoAction(form({ undoId })),
  },
  {
    target: "actions/meeting-day.ts#seatStandbyAction",
    allowed: [...MEMBERS_A, "organizer"],
    given: missedByC,
    act: (w, { m, standbyFirmId }) => meetingDay.seatStandbyAction(form({ meetingId: m.id, firmId: standbyFirmId })),
  },
  {
    target: "actions/meeting-day.ts#recordOutcomeAction",
    allowed: MEMBERS_A,
    given: meeting,
    act: (w, m) =>
      meetingDay.recordOutcomeAction(
        form({ meetingId: m.id, rating: "4", outcome: "FOLLOW_UP", comment: "Next call in March" }),
      ),
  },

  // Events and editions
  {
    target: "actions/events.ts#createEventAction",
    allowed: ORGANIZER,
    act: async (w) => events.createEventAction(form(await editionFields(w))),
  },
  {
    target: "actions/events.ts#updateEventAction",
    allowed: ORGANIZER,
    given: editionOf,
    act: async (w, eventId) => events.updateEventAction(form({ ...(await editionFields(w)), eventId, version: "1" })),
  },
  {
    // On the edition in scope (already current), so the world's event stays the current one.
    target: "actions/events.ts#makeCurrentEventAction",
    allowed: ORGANIZER,
    act: (w) => events.makeCurrentEventAction(form({ eventId: w.eventId })),
  },
  {
    target: "actions/events.ts#archiveEventAction",
    allowed: ORGANIZER,
    given: editionOf,
    act: (w, eventId) => events.archiveEventAction(form({ eventId, confirmed: "on" })),
  },
  {
    target: "actions/events.ts#restoreEventAction",
    allowed: ORGANIZER,
    given: async (w) => {
      const eventId = await editionOf(w);
      await archiveEvent(w.as.organizer, { eventId, confirmed: true });
      return eventId;
    },
    act: (w, eventId) => events.restoreEventAction(form({ eventId })),
  },
  {
    // Choosing which edition to see is for everybody; it only sets a cookie.
    target: "actions/events.ts#chooseEventAction",
    allowed: ALL,
    act: async (w) => {
      const event = await db.event.findUniqueOrThrow({ where: { id: w.eventId } });
      return events.chooseEventAction(form({ slug: event.slug, returnTo: "/en/organizer" }));
    },
  },
  {
    // The firm's administrators, and the edition's admins (registering a firm for it).
    target: "actions/events.ts#registerForEventAction",
    allowed: ["adminA", "organizer"],
    given: editionOf,
    act: (w, eventId) => events.registerForEventAction(form({ firmId: w.firmA, eventId })),
  },

  {
    target: "actions/events.ts#copySetupAction",
    allowed: ORGANIZER,
    given: async (w) => ({ from: await editionOf(w), to: await editionOf(w) }),
    act: (_w, { from, to }) => events.copySetupAction(form({ eventId: to, fromEventId: from })),
  },

  // Staff of an edition (issue 17): offers, role changes, removal; the invited person answers
  {
    target: "actions/staff.ts#inviteStaffAction",
    allowed: ORGANIZER,
    act: async (w) =>
      staffActions.inviteStaffAction(
        form({
          eventId: w.eventId,
          email: `staff-${unique(w)}${MATRIX_EMAIL}`,
          role: "ONSITE",
          bodyId: await vinasaId(),
        }),
      ),
  },
  {
    target: "actions/staff.ts#changeStaffRoleAction",
    allowed: ORGANIZER,
    given: (w) => staffMember(w),
    act: async (w, staffId) =>
      staffActions.changeStaffRoleAction(
        form({ eventId: w.eventId, staffId, role: "VETTING", bodyId: await vinasaId() }),
      ),
  },
  {
    target: "actions/staff.ts#removeStaffAction",
    allowed: ORGANIZER,
    given: (w) => staffMember(w),
    act: (w, staffId) => staffActions.removeStaffAction(form({ eventId: w.eventId, staffId, confirmed: "on" })),
  },
  {
    target: "actions/staff.ts#revokeStaffInvitationAction",
    allowed: ORGANIZER,
    given: async (w) =>
      (
        await inviteStaff(w.as.organizer, {
          eventId: w.eventId,
          email: `revoked-${unique(w)}${MATRIX_EMAIL}`,
          role: "VETTING",
          bodyId: await vinasaId(),
        })
      ).invitationId,
    act: (w, invitationId) => staffActions.revokeStaffInvitationAction(form({ eventId: w.eventId, invitationId })),
  },
  {
    // Only the holder of the invited address (attendee A's) answers; the role is taken back at once so the
    // other cases still see attendee A as an attendee.
    target: "actions/staff.ts#respondToStaffInvitationAction",
    op: "accept",
    allowed: ["attendeeA"],
    given: (w) => staffOfferTo(w, w.as.attendeeA.email),
    act: async (w, invitationId) => {
      const answer = await staffActions.respondToStaffInvitationAction(form({ invitationId, response: "accept" }));
      await db.eventStaff.deleteMany({ where: { eventId: w.eventId, userId: w.as.attendeeA.userId } });
      return answer;
    },
  },
  {
    target: "actions/staff.ts#respondToStaffInvitationAction",
    op: "decline",
    allowed: ["attendeeA"],
    given: (w) => staffOfferTo(w, w.as.attendeeA.email),
    act: (_w, invitationId) => staffActions.respondToStaffInvitationAction(form({ invitationId, response: "decline" })),
  },

  // Imported firms' people
  {
    target: "actions/firm-people.ts#resendFirmOfferAction",
    allowed: ORGANIZER,
    given: (w) => firmWithNobody(w),
    act: (w, firmId) =>
      firmPeople.resendFirmOfferAction(
        form({ eventId: w.eventId, firmId, email: `contact-${unique(w)}${MATRIX_EMAIL}` }),
      ),
  },
  {
    target: "actions/firm-people.ts#inviteAllNotInvitedAction",
    allowed: ORGANIZER,
    given: (w) => firmWithNobody(w),
    act: (w) => firmPeople.inviteAllNotInvitedAction(form({ eventId: w.eventId })),
  },

  // Organizers: vetting, set-up, scheduling, staff on the day, check-in, taxonomy
  {
    target: "actions/organizer.ts#vetAction",
    allowed: ["organizer", "vetting"],
    given: async (w) => {
      const applicant = await db.user.create({
        data: {
          email: `applicant-${unique(w)}${MATRIX_EMAIL}`,
          displayName: "Matrix applicant",
          passwordHash: "not-used",
          emailVerifiedAt: new Date(),
        },
      });
      return registerFirm((await loadActor(applicant.id))!, {
        profile: firmProfile(`Matrix applicant ${unique(w)}`),
        eventId: w.eventId,
      });
    },
    act: (w, { firmId }) => organizer.vetAction(form({ firmId, decision: "approve" })),
  },
  {
    target: "actions/organizer.ts#approveFirmsAction",
    allowed: ["organizer", "vetting"],
    given: async (w) => {
      const applicant = await db.user.create({
        data: {
          email: `applicant-${unique(w)}${MATRIX_EMAIL}`,
          displayName: "Matrix applicant",
          passwordHash: "not-used",
        },
      });
      return registerFirm((await loadActor(applicant.id))!, {
        profile: firmProfile(`Matrix applicant ${unique(w)}`),
        eventId: w.eventId,
      });
    },
    act: (w, { firmId }) => organizer.approveFirmsAction(form({ firmIds: [firmId] })),
  },
  {
    target: "actions/event-setup.ts#addSessionAction",
    allowed: ORGANIZER,
    act: () =>
      setup.addSessionAction(
        form({ name: "Matrix afternoon", date: "2026-02-04", start: "15:00", end: "16:00", slotMinutes: "20" }),
      ),
  },
  {
    target: "actions/event-setup.ts#saveTablesAction",
    allowed: ORGANIZER,
    act: () => setup.saveTablesAction(form({ count: "4" })),
  },
  {
    target: "actions/event-setup.ts#saveSettingsAction",
    allowed: ORGANIZER,
    act: () => setup.saveSettingsAction(form({ meetingCapPerFirm: "8", selfBooking: "on" })),
  },
  {
    target: "actions/event-setup.ts#removeSessionAction",
    allowed: ORGANIZER,
    given: (w) =>
      addSession(w.as.organizer, {
        eventId: w.eventId,
        name: "Matrix evening",
        date: "2026-02-04",
        start: "17:00",
        end: "18:00",
        slotMinutes: 20,
      }),
    act: (w, s) => setup.removeSessionAction(form({ sessionId: s.id })),
  },
  {
    target: "actions/schedule.ts#publishRunAction",
    allowed: ORGANIZER,
    given: previewRun,
    act: (w, run) => schedule.publishRunAction(form({ runId: run.id })),
  },
  {
    target: "actions/schedule.ts#discardRunAction",
    allowed: ORGANIZER,
    given: previewRun,
    act: (w, run) => schedule.discardRunAction(form({ runId: run.id })),
  },
  {
    target: "actions/schedule.ts#moveMeetingAction",
    allowed: ORGANIZER,
    given: meeting,
    act: (w, m) =>
      schedule.moveMeetingAction(
        form({ meetingId: m.id, slotId: w.slots.find((s) => s !== m.slotId)!, tableId: m.tableId }),
      ),
  },
  {
    target: "actions/schedule.ts#staffMarkMeetingAction",
    op: "held",
    allowed: ["organizer", "onsite"],
    given: meeting,
    act: (w, m) => schedule.staffMarkMeetingAction(form({ meetingId: m.id, mark: "held" })),
  },
  {
    target: "actions/schedule.ts#staffMarkMeetingAction",
    op: "noShow",
    allowed: ["organizer", "onsite"],
    given: meeting,
    act: (w, m) => schedule.staffMarkMeetingAction(form({ meetingId: m.id, mark: "noShow", absentFirmId: w.firmC })),
  },
  {
    target: "actions/schedule.ts#staffSeatStandbyAction",
    allowed: ORGANIZER,
    given: missedByC,
    act: (w, { m, standbyFirmId }) => schedule.staffSeatStandbyAction(form({ meetingId: m.id, firmId: standbyFirmId })),
  },
  // The schedule grid and the controls around publishing
  {
    target: "actions/schedule-control.ts#gridPlaceAction",
    allowed: ORGANIZER,
    given: (w) => db.meetingTable.findFirstOrThrow({ where: { eventId: w.eventId, number: 1 } }),
    act: (w, table) =>
      scheduleControl.gridPlaceAction(form({ firmAId: w.firmA, firmBId: w.firmC, cell: `${w.slots[0]!}|${table.id}` })),
  },
  {
    target: "actions/schedule-control.ts#gridMoveAction",
    allowed: ORGANIZER,
    given: meeting,
    act: (w, m) =>
      scheduleControl.gridMoveAction(
        form({ meetingId: m.id, cell: `${w.slots.find((s) => s !== m.slotId)!}|${m.tableId}` }),
      ),
  },
  {
    target: "actions/schedule-control.ts#gridCancelAction",
    allowed: ORGANIZER,
    given: meeting,
    act: (w, m) => scheduleControl.gridCancelAction(form({ meetingId: m.id, reason: "Matrix C cannot come" })),
  },
  {
    target: "actions/schedule-control.ts#publishAction",
    allowed: ORGANIZER,
    given: async (w) => {
      await previewRun(w);
      return publicationPreview(w.as.organizer, w.eventId);
    },
    act: (w, p) => scheduleControl.publishAction(form({ runId: p.runId ?? "", fingerprint: p.fingerprint })),
  },
  {
    target: "actions/schedule-control.ts#undoPublicationAction",
    allowed: ORGANIZER,
    given: async (w) => {
      await meeting(w);
      return db.publication.findFirstOrThrow({ where: { eventId: w.eventId, undoneAt: null } });
    },
    act: (w, p) => scheduleControl.undoPublicationAction(form({ publicationId: p.id })),
  },
  {
    target: "actions/schedule-control.ts#sendChangesAction",
    allowed: ORGANIZER,
    given: async (w) => {
      const m = await meeting(w);
      await moveMeeting(w.as.organizer, {
        meetingId: m.id,
        slotId: w.slots.find((s) => s !== m.slotId)!,
        tableId: m.tableId!,
      });
    },
    act: () => scheduleControl.sendChangesAction(form()),
  },
  {
    target: "actions/schedule-control.ts#addInterpreterTablesAction",
    allowed: ORGANIZER,
    act: () => scheduleControl.addInterpreterTablesAction(form({ pair: "ja-en", count: "1" })),
  },
  {
    target: "actions/event-day.ts#checkInByNameAction",
    allowed: ["organizer", "onsite"],
    act: (w) => eventDay.checkInByNameAction(form({ userId: w.as.attendeeA.userId })),
  },
  {
    target: "actions/organizer.ts#checkInAction",
    allowed: ["organizer", "onsite"],
    given: (w) => badgeOf(w.as.attendeeA, w.eventId),
    act: (w, badge) => organizer.checkInAction(form({ code: badge.code })),
  },
  {
    target: "actions/organizer.ts#addTaxonomyNodeAction",
    allowed: ORGANIZER,
    act: (w) =>
      organizer.addTaxonomyNodeAction(
        form({
          kind: "CAPABILITY",
          code: `matrix-${unique(w)}`,
          labelEn: "Matrix capability",
          labelJa: "マトリクス",
          labelVi: "Ma trận",
        }),
      ),
  },

  // Consortiums
  {
    target: "actions/consortiums.ts#createOpportunityAction",
    allowed: ADMIN_A,
    act: (w) =>
      consortiums.createOpportunityAction(
        form({
          leadFirmId: w.firmA,
          title: "Matrix bid",
          region: "ASEAN",
          country: "Thailand",
          clientType: "GOVERNMENT",
          budgetBand: "M2_10",
          languages: "en",
          visibility: "OPEN",
          "requirements.0.capabilityId": w.capability,
          "requirements.0.must": "must",
          "requirements.0.weight": "3",
        }),
      ),
  },
  {
    target: "actions/consortiums.ts#inviteToConsortiumAction",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) =>
      consortiums.inviteToConsortiumAction(form({ opportunityId: o.id, firmId: w.firmC, role: "DELIVERY" })),
  },
  {
    target: "actions/consortiums.ts#answerInvitationAction",
    op: "accept",
    allowed: ADMIN_A,
    given: invitationToA,
    act: (w, m) => consortiums.answerInvitationAction(form({ memberId: m.id, accept: "true" })),
  },
  {
    target: "actions/consortiums.ts#answerInvitationAction",
    op: "decline",
    allowed: ADMIN_A,
    given: invitationToA,
    act: (w, m) => consortiums.answerInvitationAction(form({ memberId: m.id, accept: "false" })),
  },
  {
    target: "actions/consortiums.ts#setOpportunityStatusAction",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.setOpportunityStatusAction(form({ opportunityId: o.id, status: "READY" })),
  },
  {
    target: "actions/consortiums.ts#addNoteAction",
    allowed: MEMBERS_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.addNoteAction(form({ opportunityId: o.id, body: "Draft ready" })),
  },
  {
    target: "actions/consortiums.ts#addRequirementAction",
    allowed: ADMIN_A,
    given: (w) =>
      createOpportunity(w.as.adminA, {
        eventId: w.eventId,
        ...opportunityInput(w, w.firmA),
        requirements: [{ capabilityId: w.capability, mustHave: true, weight: 3 }],
      }),
    act: (w, o) =>
      consortiums.addRequirementAction(
        form({ opportunityId: o.id, capabilityId: w.capability2, must: "must", weight: "2" }),
      ),
  },
  {
    target: "actions/consortiums.ts#removeRequirementAction",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.removeRequirementAction(form({ opportunityId: o.id, capabilityId: w.capability2 })),
  },

  // The challenge board
  {
    target: "actions/challenges.ts#postChallengeAction",
    allowed: MEMBERS_A,
    act: (w) =>
      challenges.postChallengeAction(
        form({
          firmId: w.firmA,
          titleEn: "Matrix challenge",
          descriptionEn: "Paper invoices",
          budgetBand: "K100_500",
          languages: "en",
        }),
      ),
  },
  {
    target: "actions/challenges.ts#answerChallengeAction",
    allowed: MEMBERS_A,
    given: (w) => postChallenge(w.adminC, { eventId: w.eventId, ...challengeInput(w.firmC) }),
    act: (w, c) =>
      challenges.answerChallengeAction(form({ challengeId: c.id, firmId: w.firmA, body: "We can do this" })),
  },
  {
    target: "actions/challenges.ts#shortlistAction",
    op: "shortlist",
    allowed: ADMIN_A,
    given: (w) => answerToA(w),
    act: (w, a) => challenges.shortlistAction(form({ answerId: a.id, shortlisted: "true" })),
  },
  {
    target: "actions/challenges.ts#shortlistAction",
    op: "unshortlist",
    allowed: ADMIN_A,
    given: (w) => answerToA(w, true),
    act: (w, a) => challenges.shortlistAction(form({ answerId: a.id, shortlisted: "false" })),
  },
  {
    target: "actions/challenges.ts#recordPilotOrderAction",
    allowed: ADMIN_A,
    given: (w) => answerToA(w, true),
    act: (w, a) =>
      challenges.recordPilotOrderAction(
        form({ answerId: a.id, scope: "PoC", valueBand: "K100_500", orderedOn: "2026-03-01" }),
      ),
  },

  // Company tours
  {
    target: "actions/tours.ts#saveTourAction",
    op: "create",
    allowed: ["adminA", "organizer"],
    act: (w) => tours.saveTourAction(tourForm(w)),
  },
  {
    target: "actions/tours.ts#saveTourAction",
    op: "edit",
    allowed: ["adminA", "organizer"],
    given: (w) => tourOf(w, "A"),
    act: (w, t) => tours.saveTourAction(tourForm(w, { tourId: t.id, titleEn: "Matrix visit, renamed", seats: "12" })),
  },
  {
    target: "actions/tours.ts#tourSignUpAction",
    allowed: MEMBERS_A,
    given: (w) => tourOf(w, "C"),
    act: (w, t) => tours.tourSignUpAction(form({ tourId: t.id, firmId: w.firmA })),
  },
  {
    target: "actions/tours.ts#cancelSeatAction",
    allowed: ["attendeeA", "organizer"],
    given: async (w) => {
      const tour = await tourOf(w, "C");
      await signUpForTour(w.as.attendeeA, { tourId: tour.id, firmId: w.firmA });
      return db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id } });
    },
    act: (w, seat) => tours.cancelSeatAction(form({ seatId: seat.id, confirm: "yes" })),
  },
  {
    target: "actions/tours.ts#decideSeatAction",
    op: "approve",
    allowed: ["adminA", "organizer"],
    given: pendingSeatOnA,
    act: (w, seat) => tours.decideSeatAction(form({ seatId: seat.id, approve: "true" })),
  },
  {
    target: "actions/tours.ts#decideSeatAction",
    op: "decline",
    allowed: ["adminA", "organizer"],
    given: pendingSeatOnA,
    act: (w, seat) => tours.decideSeatAction(form({ seatId: seat.id, approve: "false" })),
  },

  // Contacts from badges: people of participating firms save others; a row is its saver's (or, to withdraw
  // the details in it, its saved person's) alone.
  {
    target: "actions/contacts.ts#saveContactAction",
    allowed: ["attendeeA", "adminA", "adminB"],
    given: (w) => badgeOf(w.attendeeC, w.eventId),
    act: (w, badge) => contacts.saveContactAction(form({ code: badge.code, note: "Matrix", rating: "4" })),
  },
  {
    target: "actions/contacts.ts#updateContactAction",
    allowed: ["attendeeA"],
    given: async (w) => saveContact(w.as.attendeeA, w.eventId, { code: (await badgeOf(w.attendeeC, w.eventId)).code }),
    act: (w, saved) => contacts.updateContactAction(form({ id: saved.id, note: "Changed", rating: "" })),
  },
  {
    target: "actions/contacts.ts#deleteContactAction",
    allowed: ["attendeeA"],
    given: async (w) => saveContact(w.as.attendeeA, w.eventId, { code: (await badgeOf(w.attendeeC, w.eventId)).code }),
    act: (w, saved) => contacts.deleteContactAction(form({ id: saved.id, confirm: "yes" })),
  },
  {
    target: "actions/contacts.ts#withdrawDetailsAction",
    allowed: ["attendeeA"],
    given: async (w) => {
      // The previous role's call may have withdrawn it: start from a fresh save.
      await db.savedContact.deleteMany({ where: { ownerId: w.as.adminB.userId } });
      return saveContact(w.as.adminB, w.eventId, { code: (await badgeOf(w.as.attendeeA, w.eventId)).code });
    },
    act: (w, saved) => contacts.withdrawDetailsAction(form({ id: saved.id, withdrawn: "yes" })),
  },

  // Conversations between firms, reminders and the calendar (issue 19)
  {
    target: "actions/conversations.ts#sendMessageAction",
    allowed: MEMBERS_A,
    given: (w) => threadWithC(w),
    act: (w, { threadId }) =>
      conversations.sendMessageAction(form({ conversationId: threadId, body: "Shall we meet at 10:20?" })),
  },
  {
    target: "actions/conversations.ts#reportMessageAction",
    allowed: MEMBERS_A,
    given: (w) => threadWithC(w, true),
    act: (w, { messageId }) => conversations.reportMessageAction(form({ messageId, reason: "Spam" })),
  },
  {
    target: "actions/conversations.ts#firmBlockAction",
    allowed: ADMIN_A,
    given: (w) => threadWithC(w),
    act: (w) => conversations.firmBlockAction(form({ firmId: w.firmA, otherFirmId: w.firmC, state: "mute" })),
  },
  {
    target: "actions/conversations.ts#openConversationAction",
    allowed: MEMBERS_A,
    given: requestFromC,
    act: (w) => conversations.openConversationAction(form({ firmId: w.firmA, otherFirmId: w.firmC })),
  },
  {
    // The event admins of the event in scope; firms A and C take part in it.
    target: "actions/conversations.ts#resolveReportAction",
    allowed: ORGANIZER,
    given: async (w) => {
      const { messageId } = await threadWithC(w, true);
      return reportMessage(w.as.adminA, { messageId });
    },
    act: (w, report) => conversations.resolveReportAction(form({ reportId: report.id })),
  },
  {
    target: "actions/account.ts#saveNotificationsAction",
    allowed: SIGNED_IN,
    act: () => account.saveNotificationsAction(form({ remindMeeting: "on", messageDigest: "on" })),
  },
  {
    target: "actions/account.ts#resetCalendarAction",
    allowed: SIGNED_IN,
    act: () => account.resetCalendarAction(form({})),
  },
  {
    target: "app/api/conversations/[id]/events/route.ts#GET",
    allowed: MEMBERS_A,
    given: (w) => threadWithC(w, true),
    act: (w, { threadId }) => briefly(`/api/conversations/${threadId}/events?after=0`, threadId),
  },
  {
    // No session: the secret token in the address is the key, whoever holds it.
    target: "app/api/calendar/[token]/route.ts#GET",
    op: "the person's token",
    allowed: ALL,
    given: (w) => feedTokenOf(w.as.attendeeA),
    act: (w, token) =>
      calendarRoute.GET(get(`/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) }),
  },
  {
    target: "app/api/calendar/[token]/route.ts#GET",
    op: "a guessed token",
    allowed: [],
    act: () => {
      const token = `${"x".repeat(43)}.ics`;
      return calendarRoute.GET(get(`/api/calendar/${token}`), { params: Promise.resolve({ token }) });
    },
  },

  // Route handlers
  {
    target: "app/api/contacts/export/route.ts#GET",
    op: "vcard",
    allowed: SIGNED_IN,
    act: () => contactsExportRoute.GET(get("/api/contacts/export?format=vcard&locale=ja"), {}),
  },
  {
    target: "app/api/agenda/ics/route.ts#GET",
    allowed: [...MEMBERS_A, "organizer"],
    given: meeting,
    act: (w) => icsRoute.GET(get(`/api/agenda/ics?firm=${w.firmA}&locale=ja`), {}),
  },
  {
    target: "app/api/firms/[id]/logo/route.ts#GET",
    op: "approved firm",
    allowed: ALL,
    given: (w) => withLogo(w.firmA),
    act: (w) => logoRoute.GET(get(`/api/firms/${w.firmA}/logo`), params(w.firmA)),
  },
  {
    target: "app/api/firms/[id]/logo/route.ts#GET",
    op: "firm under review",
    allowed: [...MEMBERS_A, "organizer"],
    given: async (w) => {
      await withLogo(w.firmA);
      await db.firm.update({ where: { id: w.firmA }, data: { status: "PENDING" } });
    },
    act: (w) => logoRoute.GET(get(`/api/firms/${w.firmA}/logo`), params(w.firmA)),
  },
  {
    target: "app/api/meetings/book/route.ts#POST",
    allowed: MEMBERS_A,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { selfBooking: true } });
      await setOpenSlots(w.adminC, { firmId: w.firmC, eventId: w.eventId, openSlotIds: [w.slots[0]!] });
    },
    act: (w) =>
      bookRoute.POST(
        new Request(`${BASE}/api/meetings/book`, {
          method: "POST",
          body: JSON.stringify(jsonBody({ fromFirmId: w.firmA, toFirmId: w.firmC, slotId: w.slots[0]! })),
          headers: { "content-type": "application/json" },
        }),
        {},
      ),
  },
  {
    target: "app/api/organizer/firms/export/route.ts#GET",
    allowed: ORGANIZER,
    act: () => exportRoute.GET(get("/api/organizer/firms/export"), {}),
  },
  {
    target: "app/api/organizer/firms/import/route.ts#POST",
    allowed: ORGANIZER,
    act: () =>
      importRoute.POST(
        new Request(`${BASE}/api/organizer/firms/import`, {
          method: "POST",
          body: importForm(),
          headers: { origin: BASE, host: "localhost:3000" },
        }),
        {},
      ),
  },
  {
    target: "app/api/organizer/schedule/instance/route.ts#GET",
    allowed: ORGANIZER,
    act: () => instanceRoute.GET(get("/api/organizer/schedule/instance"), {}),
  },
  {
    target: "app/api/organizer/schedule/run/route.ts#POST",
    allowed: ORGANIZER,
    given: async (w) => actOnMeetingRequest(w.as.adminA, { requestId: (await requestFromC(w)).id, action: "accept" }),
    act: () =>
      runRoute.POST(
        new Request(`${BASE}/api/organizer/schedule/run`, {
          method: "POST",
          headers: { origin: BASE, host: "localhost:3000" },
        }),
        {},
      ),
  },
  {
    target: "app/api/organizer/outcomes/route.ts#GET",
    allowed: ORGANIZER,
    act: () => outcomesRoute.GET(get("/api/organizer/outcomes?locale=ja"), {}),
  },
  {
    target: "app/api/organizer/dashboard/route.ts#GET",
    allowed: ORGANIZER,
    act: () => dashboardRoute.GET(get("/api/organizer/dashboard?locale=vi"), {}),
  },
  {
    target: "app/api/organizer/audit/route.ts#GET",
    allowed: ORGANIZER,
    act: () => auditRoute.GET(get("/api/organizer/audit?locale=ja&what=schedule"), {}),
  },
  {
    target: "app/api/organizer/report/route.ts#GET",
    allowed: ORGANIZER,
    act: () => reportRoute.GET(get("/api/organizer/report?locale=vi"), {}),
  },
  { target: "app/api/health/route.ts#GET", allowed: ALL, act: () => healthRoute.GET() },
  {
    target: "app/api/tours/[id]/roster/route.ts#GET",
    allowed: ["adminA", "organizer"],
    given: (w) => tourOf(w, "A"),
    act: (w, t) => rosterRoute.GET(get(`/api/tours/${t.id}/roster`), params(t.id)),
  },
];
