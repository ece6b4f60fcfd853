import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const ITEMS = [
  ["overview", "/organizer"],
  ["dashboard", "/organizer/dashboard"],
  ["vetting", "/organizer/vetting"],
  ["matching", "/organizer/matching"],
  ["setup", "/organizer/setup"],
  ["schedule", "/organizer/schedule"],
  ["now", "/organizer/now"],
  ["checkIn", "/organizer/check-in"],
  ["outcomes", "/organizer/outcomes"],
  ["report", "/organizer/report"],
  ["outbox", "/organizer/outbox"],
  ["audit", "/organizer/audit"],
  ["reports", "/organizer/reports"],
  ["import", "/organizer/import"],
  ["taxonomy", "/organizer/taxonomy"],
  ["directory", "/firms"],
] as const;

export async function OrganizerNav() {
  const t = await getTranslations("organizerNav");
  const nav = await getTranslations("nav");
  return (
    <nav aria-label={nav("organizer")} className="mb-6 overflow-x-auto print:hidden">
      <ul className="flex gap-1 border-b border-slate-200">
        {ITEMS.map(([key, href]) => (
          <li key={key}>
            <Link
              href={href}
              className="inline-flex min-h-11 items-center whitespace-nowrap px-3 text-sm font-medium text-slate-700 hover:text-brand-800"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
