import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { organizingBodies } from "@/lib/events/events";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EventForm } from "@/components/organizer/events/event-form";

// A new edition. Its creator (a member of an organizing body) becomes its admin; every body ticked organizes it.
export default async function NewEventPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "bodyMember" }, `/${locale}/organizer/events/new`);
  const t = await getTranslations("events");
  const bodies = await organizingBodies();
  const code = (c: string) => bodies.find((b) => b.code === c)?.id ?? "";
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <Card>
        <EventForm
          locale={locale}
          bodies={bodies}
          values={{
            series: "",
            nameEn: "",
            nameJa: "",
            nameVi: "",
            city: "",
            venue: "",
            timeZone: "Asia/Ho_Chi_Minh",
            startDate: "",
            startTime: "08:30",
            endDate: "",
            endTime: "17:30",
            // The creator's body and the two that vet by default, so the vetting split below holds as shown.
            bodies: [...new Set([actor.organizingBodyId ?? "", code("VINASA"), code("JETRO")].filter(Boolean))],
            vettingVN: code("VINASA"),
            vettingJP: code("JETRO"),
            vettingOTHER: "",
          }}
        />
      </Card>
    </div>
  );
}
