// The authorization matrix: every server action (and each of its operations) and every route handler that
// reads private data or changes anything, with the roles that may use it. Each case prepares what it needs
// (a request to accept, a meeting to mark, a tour seat to cancel) and then calls the action exactly as the
// page would, with the ids an attacker would pick: firm A's, whoever is asking.
import { db } from "@/lib/db";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { markMeeting, standbyFor } from "@/lib/meetings/meeting-day";
import { setOpenSlots } from "@/lib/meetings/self-booking";
import { addSession } from "@/lib/event-setup/event-setup";
import { badgeOf } from "@/lib/check-in/check-in";
import { createOpportunity, inviteToConsortium } from "@/lib/consortiums/opportunities";
import { answerChallenge, postChallenge, setShortlisted } from "@/lib/challenges/challenges";
import { saveTour, signUpForTour } from "@/lib/tours/tours";
import { registerFirm } from "@/lib/firms/save-firm-profile";
import { loadActor } from "@/lib/auth/load-actor";
import { form, jsonBody } from "./form-data";
import { firmProfile, firmProfileForm, MATRIX_EMAIL, ROLES, type Role, type World } from "./authorization-world";

import * as account from "@/app/[locale]/account/actions";
import * as agenda from "@/app/[locale]/agenda/actions";
import * as challenges from "@/app/[locale]/challenges/actions";
import * as consortiums from "@/app/[locale]/consortiums/actions";
import * as firm from "@/app/[locale]/firm/actions";
import * as availability from "@/app/[locale]/firm/availability/actions";
import * as meetings from "@/app/[locale]/firm/meetings/actions";
import * as recommendations from "@/app/[locale]/firm/recommendations/actions";
import * as profile from "@/app/[locale]/firms/[id]/actions";
import * as notifications from "@/app/[locale]/notifications/actions";
import * as checkIn from "@/app/[locale]/organizer/check-in/actions";
import * as schedule from "@/app/[locale]/organizer/schedule/actions";
import * as setup from "@/app/[locale]/organizer/setup/actions";
import * as taxonomy from "@/app/[locale]/organizer/taxonomy/actions";
import * as vetting from "@/app/[locale]/organizer/vetting/actions";
import * as signup from "@/app/[locale]/signup/actions";
import * as tours from "@/app/[locale]/tours/actions";
import * as icsRoute from "@/app/api/agenda/ics/route";
import * as logoRoute from "@/app/api/firms/[id]/logo/route";
import * as exportRoute from "@/app/api/organizer/firms/export/route";
import * as importRoute from "@/app/api/organizer/firms/import/route";
import * as instanceRoute from "@/app/api/organizer/schedule/instance/route";
import * as runRoute from "@/app/api/organizer/schedule/run/route";
import * as outcomesRoute from "@/app/api/organizer/outcomes/route";
import * as dashboardRoute from "@/app/api/organizer/dashboard/route";
import * as healthRoute from "@/app/api/health/route";
import * as rosterRoute from "@/app/api/tours/[id]/roster/route";
import * as bookRoute from "@/app/api/meetings/book/route";

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
    "next-auth's own sign-in endpoints (throttled sign-in is tested in the e2e suite)",
};

const ALL = ROLES;
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

/** A request from C to A, pending. */
const requestFromC = (w: World) =>
  createMeetingRequest(w.adminC, w.eventId, { fromFirmId: w.firmC, toFirmId: w.firmA, priority: "MUST" });

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

const opportunityInput = (w: World, leadFirmId: string) => ({
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
const opportunityOfA = (w: World) => createOpportunity(w.as.adminA, w.eventId, opportunityInput(w, w.firmA));
/** C's consortium, which has invited A. */
async function invitationToA(w: World) {
  const o = await createOpportunity(w.adminC, w.eventId, opportunityInput(w, w.firmC));
  return inviteToConsortium(w.adminC, { opportunityId: o.id, firmId: w.firmA, role: "DELIVERY" });
}

const challengeInput = (firmId: string) => ({
  firmId,
  titleEn: "Matrix challenge",
  descriptionEn: "Paper invoices",
  budgetBand: "K100_500",
  languages: ["en"],
});
/** A's challenge with C's answer (shortlisted if asked). */
async function answerToA(w: World, shortlisted = false) {
  const c = await postChallenge(w.as.adminA, w.eventId, challengeInput(w.firmA));
  const a = await answerChallenge(w.adminC, { challengeId: c.id, firmId: w.firmC, body: "OCR pipeline" });
  if (shortlisted) await setShortlisted(w.as.adminA, { answerId: a.id, shortlisted: true });
  return a;
}

const tourInput = (hostFirmId: string, over: Record<string, unknown> = {}) => ({
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
const tourOf = (w: World, host: "A" | "C", over: Record<string, unknown> = {}) =>
  saveTour(host === "A" ? w.as.adminA : w.adminC, w.eventId, tourInput(host === "A" ? w.firmA : w.firmC, over));
/** A seat waiting for the host's approval on A's tour, taken by C's attendee. */
async function pendingSeatOnA(w: World) {
  const tour = await tourOf(w, "A", { hostApproval: true });
  await signUpForTour(w.attendeeC, { tourId: tour.id, firmId: w.firmC });
  return db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id } });
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

const A = "app/[locale]";
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
    target: `${A}/account/actions.ts#savePreferredLocale`,
    allowed: SIGNED_IN,
    act: () => account.savePreferredLocale("en", form({ locale: "en" })),
  },
  {
    target: `${A}/notifications/actions.ts#markReadAction`,
    allowed: SIGNED_IN,
    act: () => notifications.markReadAction("en"),
  },
  {
    target: `${A}/signup/actions.ts#signUpAction`,
    allowed: ALL,
    act: (w) =>
      signup.signUpAction(
        form({
          displayName: "Matrix sign-up",
          email: `signup-${unique(w)}${MATRIX_EMAIL}`,
          password: "kakehashi-matrix-2026",
          locale: "en",
        }),
      ),
  },

  // The firm's profile and team
  {
    target: `${A}/firm/actions.ts#registerFirmAction`,
    allowed: SIGNED_IN,
    act: (w) => firm.registerFirmAction(firmProfileForm(`Matrix new ${unique(w)}`)),
  },
  {
    target: `${A}/firm/actions.ts#updateFirmAction`,
    allowed: ["adminA", "organizer"],
    act: (w) => firm.updateFirmAction(w.firmA, firmProfileForm(`Matrix A ${w.stamp}`)),
  },
  {
    target: `${A}/firm/actions.ts#inviteAction`,
    allowed: ADMIN_A,
    act: (w) => firm.inviteAction(w.firmA, form({ email: `invited-${unique(w)}${MATRIX_EMAIL}` })),
  },

  // Matching and 1:1 meetings
  {
    target: `${A}/firm/recommendations/actions.ts#interestAction`,
    allowed: MEMBERS_A,
    act: (w) => recommendations.interestAction("en", w.firmA, form({ toFirmId: w.firmC, interested: "yes" })),
  },
  {
    target: `${A}/firms/[id]/actions.ts#profileInterestAction`,
    allowed: MEMBERS_A,
    act: (w) => profile.profileInterestAction("en", w.firmC, form({ fromFirmId: w.firmA, interested: "no" })),
  },
  {
    target: `${A}/firm/meetings/actions.ts#requestMeetingAction`,
    allowed: MEMBERS_A,
    act: (w) =>
      meetings.requestMeetingAction(w.firmC, form({ fromFirmId: w.firmA, priority: "MUST", message: "Let us meet" })),
  },
  {
    target: `${A}/firm/meetings/actions.ts#requestFromMatchAction`,
    allowed: MEMBERS_A,
    act: (w) => meetings.requestFromMatchAction("en", w.firmA, w.firmC),
  },
  {
    target: `${A}/firm/meetings/actions.ts#actOnRequestAction`,
    op: "accept",
    allowed: MEMBERS_A,
    given: requestFromC,
    act: (w, r) => meetings.actOnRequestAction("en", w.firmA, form({ requestId: r.id, action: "accept" })),
  },
  {
    target: `${A}/firm/meetings/actions.ts#actOnRequestAction`,
    op: "withdraw",
    allowed: MEMBERS_A,
    given: (w) => createMeetingRequest(w.as.adminA, w.eventId, { fromFirmId: w.firmA, toFirmId: w.firmC }),
    act: (w, r) => meetings.actOnRequestAction("en", w.firmA, form({ requestId: r.id, action: "withdraw" })),
  },
  {
    target: `${A}/firm/meetings/actions.ts#bookSlotAction`,
    allowed: MEMBERS_A,
    given: async (w) => {
      await db.event.update({ where: { id: w.eventId }, data: { selfBooking: true } });
      await setOpenSlots(w.adminC, w.firmC, w.eventId, { openSlotIds: [w.slots[0]] });
    },
    act: (w) => meetings.bookSlotAction("en", w.firmC, form({ fromFirmId: w.firmA, slotId: w.slots[0]! })),
  },
  {
    target: `${A}/firm/availability/actions.ts#saveAvailabilityAction`,
    allowed: MEMBERS_A,
    act: (w) => availability.saveAvailabilityAction("en", w.firmA, form({ unavailable: [w.slots[1]!] })),
  },
  {
    target: `${A}/firm/availability/actions.ts#saveOpenSlotsAction`,
    allowed: ADMIN_A,
    act: (w) => availability.saveOpenSlotsAction("en", w.firmA, form({ open: [w.slots[1]!] })),
  },

  // The day, from the agenda
  {
    target: `${A}/agenda/actions.ts#meetingDayAction`,
    op: "held",
    allowed: [...MEMBERS_A, "organizer", "onsite"],
    given: meeting,
    act: (w, m) => agenda.meetingDayAction("en", w.firmA, m.id, "held", form()),
  },
  {
    target: `${A}/agenda/actions.ts#meetingDayAction`,
    op: "noShow",
    allowed: MEMBERS_A,
    given: meeting,
    act: (w, m) => agenda.meetingDayAction("en", w.firmA, m.id, "noShow", form()),
  },
  {
    target: `${A}/agenda/actions.ts#meetingDayAction`,
    op: "standby",
    allowed: [...MEMBERS_A, "organizer"],
    given: missedByC,
    act: (w, { m, standbyFirmId }) => agenda.meetingDayAction("en", w.firmA, m.id, "standby", form({ standbyFirmId })),
  },
  {
    target: `${A}/agenda/actions.ts#meetingDayAction`,
    op: "outcome",
    allowed: MEMBERS_A,
    given: meeting,
    act: (w, m) =>
      agenda.meetingDayAction(
        "en",
        w.firmA,
        m.id,
        "outcome",
        form({ rating: "4", outcome: "FOLLOW_UP", comment: "Next call in March" }),
      ),
  },

  // Organizers: vetting, set-up, scheduling, staff on the day, check-in, taxonomy
  {
    target: `${A}/organizer/vetting/actions.ts#vetAction`,
    allowed: ["organizer", "vetting"],
    given: async (w) => {
      const applicant = await db.user.create({
        data: {
          email: `applicant-${unique(w)}${MATRIX_EMAIL}`,
          displayName: "Matrix applicant",
          passwordHash: "not-used",
        },
      });
      return registerFirm((await loadActor(applicant.id))!, firmProfile(`Matrix applicant ${unique(w)}`), {
        eventId: w.eventId,
      });
    },
    act: (w, { firmId }) => vetting.vetAction("en", form({ firmId, decision: "approve" })),
  },
  {
    target: `${A}/organizer/setup/actions.ts#setupAction`,
    op: "session",
    allowed: ORGANIZER,
    act: () =>
      setup.setupAction(
        "en",
        "session",
        form({ name: "Matrix afternoon", date: "2026-02-04", start: "15:00", end: "16:00", slotMinutes: "20" }),
      ),
  },
  {
    target: `${A}/organizer/setup/actions.ts#setupAction`,
    op: "tables",
    allowed: ORGANIZER,
    act: () => setup.setupAction("en", "tables", form({ count: "4" })),
  },
  {
    target: `${A}/organizer/setup/actions.ts#setupAction`,
    op: "settings",
    allowed: ORGANIZER,
    act: () => setup.setupAction("en", "settings", form({ meetingCapPerFirm: "8", selfBooking: "on" })),
  },
  {
    target: `${A}/organizer/setup/actions.ts#setupAction`,
    op: "remove",
    allowed: ORGANIZER,
    given: (w) =>
      addSession(w.as.organizer, w.eventId, {
        name: "Matrix evening",
        date: "2026-02-04",
        start: "17:00",
        end: "18:00",
        slotMinutes: 20,
      }),
    act: (w, s) => setup.setupAction("en", "remove", form({ sessionId: s.id })),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#runDecisionAction`,
    op: "publish",
    allowed: ORGANIZER,
    given: previewRun,
    act: (w, run) => schedule.runDecisionAction("en", "publish", form({ runId: run.id })),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#runDecisionAction`,
    op: "discard",
    allowed: ORGANIZER,
    given: previewRun,
    act: (w, run) => schedule.runDecisionAction("en", "discard", form({ runId: run.id })),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#moveMeetingAction`,
    allowed: ORGANIZER,
    given: meeting,
    act: (w, m) =>
      schedule.moveMeetingAction(
        "en",
        m.id,
        null,
        form({ slotId: w.slots.find((s) => s !== m.slotId)!, tableId: m.tableId }),
      ),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#staffMeetingAction`,
    op: "held",
    allowed: ["organizer", "onsite"],
    given: meeting,
    act: (w, m) => schedule.staffMeetingAction("en", m.id, "held", form()),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#staffMeetingAction`,
    op: "noShow",
    allowed: ["organizer", "onsite"],
    given: meeting,
    act: (w, m) => schedule.staffMeetingAction("en", m.id, "noShow", form({ absentFirmId: w.firmC })),
  },
  {
    target: `${A}/organizer/schedule/actions.ts#staffMeetingAction`,
    op: "standby",
    allowed: ORGANIZER,
    given: missedByC,
    act: (w, { m, standbyFirmId }) => schedule.staffMeetingAction("en", m.id, "standby", form({ standbyFirmId })),
  },
  {
    target: `${A}/organizer/check-in/actions.ts#checkInAction`,
    allowed: ["organizer", "onsite"],
    given: (w) => badgeOf(w.as.attendeeA, w.eventId),
    act: (w, badge) => checkIn.checkInAction("en", form({ code: badge.code })),
  },
  {
    target: `${A}/organizer/taxonomy/actions.ts#addNodeAction`,
    allowed: ORGANIZER,
    act: (w) =>
      taxonomy.addNodeAction(
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
    target: `${A}/consortiums/actions.ts#createOpportunityAction`,
    allowed: ADMIN_A,
    act: (w) =>
      consortiums.createOpportunityAction(
        "en",
        null,
        form({
          leadFirmId: w.firmA,
          title: "Matrix bid",
          region: "ASEAN",
          country: "Thailand",
          clientType: "GOVERNMENT",
          budgetBand: "M2_10",
          languages: "en",
          visibility: "OPEN",
          reqCapability: w.capability,
          reqMust: "must",
          reqWeight: "3",
        }),
      ),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "invite",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.consortiumAction("en", o.id, "invite", form({ firmId: w.firmC, role: "DELIVERY" })),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "accept",
    allowed: ADMIN_A,
    given: invitationToA,
    act: (w, m) => consortiums.consortiumAction("en", m.opportunityId, "accept", form({ memberId: m.id })),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "decline",
    allowed: ADMIN_A,
    given: invitationToA,
    act: (w, m) => consortiums.consortiumAction("en", m.opportunityId, "decline", form({ memberId: m.id })),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "status",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.consortiumAction("en", o.id, "status", form({ status: "READY" })),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "note",
    allowed: MEMBERS_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.consortiumAction("en", o.id, "note", form({ body: "Draft ready" })),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "addRequirement",
    allowed: ADMIN_A,
    given: (w) =>
      createOpportunity(w.as.adminA, w.eventId, {
        ...opportunityInput(w, w.firmA),
        requirements: [{ capabilityId: w.capability, mustHave: true, weight: 3 }],
      }),
    act: (w, o) =>
      consortiums.consortiumAction(
        "en",
        o.id,
        "addRequirement",
        form({ capabilityId: w.capability2, must: "must", weight: "2" }),
      ),
  },
  {
    target: `${A}/consortiums/actions.ts#consortiumAction`,
    op: "removeRequirement",
    allowed: ADMIN_A,
    given: opportunityOfA,
    act: (w, o) => consortiums.consortiumAction("en", o.id, "removeRequirement", form({ capabilityId: w.capability2 })),
  },

  // The challenge board
  {
    target: `${A}/challenges/actions.ts#postChallengeAction`,
    allowed: MEMBERS_A,
    act: (w) =>
      challenges.postChallengeAction(
        "en",
        form({
          firmId: w.firmA,
          title: "Matrix challenge",
          description: "Paper invoices",
          budgetBand: "K100_500",
          languages: "en",
        }),
      ),
  },
  {
    target: `${A}/challenges/actions.ts#challengeAction`,
    op: "answer",
    allowed: MEMBERS_A,
    given: (w) => postChallenge(w.adminC, w.eventId, challengeInput(w.firmC)),
    act: (w, c) => challenges.challengeAction("en", c.id, "answer", form({ firmId: w.firmA, body: "We can do this" })),
  },
  {
    target: `${A}/challenges/actions.ts#challengeAction`,
    op: "shortlist",
    allowed: ADMIN_A,
    given: (w) => answerToA(w),
    act: (w, a) => challenges.challengeAction("en", a.challengeId, "shortlist", form({ answerId: a.id })),
  },
  {
    target: `${A}/challenges/actions.ts#challengeAction`,
    op: "unshortlist",
    allowed: ADMIN_A,
    given: (w) => answerToA(w, true),
    act: (w, a) => challenges.challengeAction("en", a.challengeId, "unshortlist", form({ answerId: a.id })),
  },
  {
    target: `${A}/challenges/actions.ts#challengeAction`,
    op: "pilot",
    allowed: ADMIN_A,
    given: (w) => answerToA(w, true),
    act: (w, a) =>
      challenges.challengeAction(
        "en",
        a.challengeId,
        "pilot",
        form({ answerId: a.id, scope: "PoC", valueBand: "K100_500", orderedOn: "2026-03-01" }),
      ),
  },

  // Company tours
  {
    target: `${A}/tours/actions.ts#saveTourAction`,
    op: "create",
    allowed: ["adminA", "organizer"],
    act: (w) => tours.saveTourAction("en", null, null, tourForm(w)),
  },
  {
    target: `${A}/tours/actions.ts#saveTourAction`,
    op: "edit",
    allowed: ["adminA", "organizer"],
    given: (w) => tourOf(w, "A"),
    act: (w, t) =>
      tours.saveTourAction("en", t.id, null, tourForm(w, { titleEn: "Matrix visit, renamed", seats: "12" })),
  },
  {
    target: `${A}/tours/actions.ts#signUpAction`,
    allowed: MEMBERS_A,
    given: (w) => tourOf(w, "C"),
    act: (w, t) => tours.signUpAction("en", t.id, null, form({ firmId: w.firmA })),
  },
  {
    target: `${A}/tours/actions.ts#seatAction`,
    op: "cancel",
    allowed: ["attendeeA", "organizer"],
    given: async (w) => {
      const tour = await tourOf(w, "C");
      await signUpForTour(w.as.attendeeA, { tourId: tour.id, firmId: w.firmA });
      return db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id } });
    },
    act: (w, seat) => tours.seatAction("en", "/tours", form({ seatId: seat.id })),
  },
  {
    target: `${A}/tours/actions.ts#seatAction`,
    op: "approve",
    allowed: ["adminA", "organizer"],
    given: pendingSeatOnA,
    act: (w, seat) => tours.seatAction("en", "/tours", form({ seatId: seat.id, decision: "approve" })),
  },
  {
    target: `${A}/tours/actions.ts#seatAction`,
    op: "decline",
    allowed: ["adminA", "organizer"],
    given: pendingSeatOnA,
    act: (w, seat) => tours.seatAction("en", "/tours", form({ seatId: seat.id, decision: "decline" })),
  },

  // Route handlers
  {
    target: "app/api/agenda/ics/route.ts#GET",
    allowed: [...MEMBERS_A, "organizer"],
    given: meeting,
    act: (w) => icsRoute.GET(get(`/api/agenda/ics?firm=${w.firmA}&locale=ja`)),
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
      await setOpenSlots(w.adminC, w.firmC, w.eventId, { openSlotIds: [w.slots[0]] });
    },
    act: (w) =>
      bookRoute.POST(
        new Request(`${BASE}/api/meetings/book`, {
          method: "POST",
          body: JSON.stringify(jsonBody({ fromFirmId: w.firmA, toFirmId: w.firmC, slotId: w.slots[0]! })),
          headers: { "content-type": "application/json" },
        }),
      ),
  },
  { target: "app/api/organizer/firms/export/route.ts#GET", allowed: ORGANIZER, act: () => exportRoute.GET() },
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
      ),
  },
  { target: "app/api/organizer/schedule/instance/route.ts#GET", allowed: ORGANIZER, act: () => instanceRoute.GET() },
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
      ),
  },
  { target: "app/api/organizer/outcomes/route.ts#GET", allowed: ORGANIZER, act: () => outcomesRoute.GET() },
  { target: "app/api/organizer/dashboard/route.ts#GET", allowed: ORGANIZER, act: () => dashboardRoute.GET() },
  { target: "app/api/health/route.ts#GET", allowed: ALL, act: () => healthRoute.GET() },
  {
    target: "app/api/tours/[id]/roster/route.ts#GET",
    allowed: ["adminA", "organizer"],
    given: (w) => tourOf(w, "A"),
    act: (w, t) => rosterRoute.GET(get(`/api/tours/${t.id}/roster`), params(t.id)),
  },
];
