import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { loadFirmProfile } from "@/lib/firms/load-firm-profile";
import { profileViewerState } from "@/lib/firms/profile-viewer";
import { pageLocale } from "@/lib/i18n/page-locale";
import {
  ProfileActions,
  ProfileContacts,
  ProfileDetails,
  ProfileHeader,
} from "@/components/firms/profile/profile-sections";

export default async function FirmPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await currentActor();
  const loaded = await loadFirmProfile(actor, id);
  if (!loaded) notFound();
  const event = await currentEvent();
  const viewer = await profileViewerState(actor, loaded.firm, event?.id ?? null);
  return (
    <div className="space-y-6">
      <ProfileHeader firm={loaded.firm} viewer={viewer} />
      <ProfileActions actor={actor} firm={loaded.firm} viewer={viewer} event={event} locale={locale} />
      <ProfileDetails firm={loaded.firm} locale={locale} />
      <ProfileContacts contacts={loaded.contacts} />
    </div>
  );
}
