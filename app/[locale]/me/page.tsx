import { redirect } from "next/navigation";
import { LANDING_PATH, landingRole } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";

// After signing in everyone comes here and is sent to the page for their role.
export default async function MePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/me`);
  redirect(`/${locale}${LANDING_PATH[landingRole(actor)]}`);
}
