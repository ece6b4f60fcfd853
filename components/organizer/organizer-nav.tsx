// The organizer area's menu, grouped by the phases of running an event, each group a disclosure so the whole
// menu fits one row at 1,280 px and wraps on a phone. Each person sees only what their role at the event
// allows (an on-site staff member sees the day's tools; vetting staff see vetting).
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/guards";
import { allows, type Rule } from "@/lib/auth/policy";
import type { KeyIn } from "@/lib/i18n/message-keys";
import type { Messages } from "@/lib/i18n/messages";
import { OrganizerMenu, type MenuGroup } from "./organizer-menu";

type NavKey = KeyIn<"organizerNav">;
type GroupKey = keyof Messages["organizerNav"]["group"];
type Item = { key: Exclude<NavKey, `group.${string}`>; href: string; rule: Rule["kind"] };

const GROUPS: { key: GroupKey; items: Item[] }[] = [
  {
    key: "setUp",
    items: [
      { key: "overview", href: "/organizer", rule: "organizer" },
      { key: "events", href: "/organizer/events", rule: "bodyMember" },
      { key: "setup", href: "/organizer/setup", rule: "organizer" },
      { key: "taxonomy", href: "/organizer/taxonomy", rule: "organizer" },
      { key: "staff", href: "/organizer/staff", rule: "organizer" },
    ],
  },
  {
    key: "registrations",
    items: [
      { key: "vetting", href: "/organizer/vetting", rule: "vetting" },
      { key: "import", href: "/organizer/import", rule: "organizer" },
      { key: "firmPeople", href: "/organizer/firm-people", rule: "organizer" },
      { key: "directory", href: "/firms", rule: "organizerArea" },
    ],
  },
  {
    key: "matchingSchedule",
    items: [
      { key: "matching", href: "/organizer/matching", rule: "organizer" },
      { key: "schedule", href: "/organizer/schedule", rule: "organizer" },
      { key: "tours", href: "/tours", rule: "organizer" },
    ],
  },
  {
    key: "day",
    items: [
      { key: "now", href: "/organizer/now", rule: "onsite" },
      { key: "checkIn", href: "/organizer/check-in", rule: "onsite" },
      { key: "badges", href: "/organizer/badges", rule: "organizer" },
    ],
  },
  {
    key: "results",
    items: [
      { key: "dashboard", href: "/organizer/dashboard", rule: "organizer" },
      { key: "outcomes", href: "/organizer/outcomes", rule: "organizer" },
      { key: "report", href: "/organizer/report", rule: "organizer" },
    ],
  },
  {
    key: "settings",
    items: [
      { key: "outbox", href: "/organizer/outbox", rule: "organizer" },
      { key: "audit", href: "/organizer/audit", rule: "organizer" },
      { key: "reports", href: "/organizer/reports", rule: "organizer" },
    ],
  },
];

export async function OrganizerNav() {
  const [t, nav, actor] = await Promise.all([getTranslations("organizerNav"), getTranslations("nav"), currentActor()]);
  const groups: MenuGroup[] = GROUPS.map((g) => ({
    key: g.key,
    label: t(`group.${g.key}`),
    items: g.items
      .filter((i) => allows(actor, { kind: i.rule } as Rule))
      .map((i) => ({ href: i.href, label: t(i.key) })),
  })).filter((g) => g.items.length > 0);
  return <OrganizerMenu label={nav("organizer")} groups={groups} />;
}
