import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { allows } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { FirmProfileForm } from "@/components/firms/firm-profile-form";
import { profileFormOptions, profileValues } from "@/components/firms/profile-form-props";
import { updateFirmAction } from "../../actions";

export default async function EditFirmPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/firm/${id}/edit`);
  // Only the firm's administrators and organizers; the action checks again.
  if (!allows(actor, { kind: "firmAdmin", firmId: id }) && !allows(actor, { kind: "organizer" })) forbidden();
  const firm = await db.firm.findUnique({
    where: { id },
    include: {
      sectors: true,
      capabilities: true,
      markets: true,
      certifications: true,
      requirements: true,
      tags: true,
      contacts: { orderBy: { id: "asc" } },
      intents: true,
      partnerLanguages: true,
      partnerPresence: true,
    },
  });
  if (!firm) notFound();
  const t = await getTranslations("profileForm");
  const options = await profileFormOptions(await loadTaxonomy(), locale);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("editTitle", { name: firm.nameLocal })} />
      <FirmProfileForm
        mode="edit"
        action={updateFirmAction.bind(null, firm.id)}
        initial={profileValues(firm)}
        {...options}
      />
    </div>
  );
}
