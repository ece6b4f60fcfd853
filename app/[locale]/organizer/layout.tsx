import { requireOrganizer } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { notFound } from "next/navigation";
import { OrganizerNav } from "@/components/organizer/organizer-nav";

// Organizer pages: the layout checks the role, and every page and action checks again (layouts and pages
// render in parallel, so a layout check alone would not stop a page's queries).
export default async function OrganizerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requireOrganizer(locale, `/${locale}/organizer`);
  return (
    <>
      <OrganizerNav />
      {children}
    </>
  );
}
