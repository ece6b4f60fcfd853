import { requirePage } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { notFound } from "next/navigation";
import { OrganizerNav } from "@/components/organizer/organizer-nav";

// Organizer pages: the layout lets in staff of the event (any role) and members of organizing bodies; every
// page and action checks its own rule again (layouts and pages render in parallel, so a layout check alone would
// not stop a page's queries): vetting staff see vetting, on-site staff check-in and meeting status.
export default async function OrganizerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePage(locale, { kind: "organizerArea" }, `/${locale}/organizer`);
  return (
    <>
      <OrganizerNav />
      {children}
    </>
  );
}
