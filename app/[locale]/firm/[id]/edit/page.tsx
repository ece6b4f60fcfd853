import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { updateFirmAction } from "@/actions/firm";
import { requireUser } from "@/lib/auth/guards";
import { allows } from "@/lib/auth/policy";
import { loadFirmProfile } from "@/lib/firms/load-firm-profile";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { FirmProfileForm } from "@/components/firms/firm-profile-form";
import { profileFormOptions, profileValues } from "@/components/firms/profile-form-props";

export default async function EditFirmPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/firm/${id}/edit`);
  // Only the firm's administrators and organizers; the action checks again.
  if (!allows(actor, { kind: "firmAdminOrOrganizer", firmId: id })) forbidden();
  const loaded = await loadFirmProfile(actor, id);
  if (!loaded) notFound();
  const t = await getTranslations("profileForm");
  const options = await profileFormOptions(await loadTaxonomy(), locale);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("editTitle", { name: loaded.firm.nameLocal })} />
      <FirmProfileForm
        mode="edit"
        action={updateFirmAction}
        firmId={loaded.firm.id}
        initial={profileValues({ ...loaded.firm, contacts: loaded.contacts ?? [] })}
        {...options}
      />
    </div>
  );
}
