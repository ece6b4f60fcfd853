import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { rejectedFirms, vettingBody, vettingQueue } from "@/lib/firms/vetting";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/lib/time/zoned-format";
import { currentEvent } from "@/lib/events/current-event";
import { PageHeader } from "@/components/ui/page-header";
import { FirmDescription } from "@/components/firms/firm-description";
import { approveFirmsAction, vetAction } from "@/actions/organizer";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input } from "@/components/forms/fields";

export default async function VettingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "vetting" }, `/${locale}/organizer/vetting`);
  const t = await getTranslations("vetting");
  const common = await getTranslations("common");
  const [queue, rejected, { body, countries }, event] = await Promise.all([
    vettingQueue(actor),
    rejectedFirms(actor),
    vettingBody(actor),
    currentEvent(),
  ]);
  const zone = event?.timeZone ?? "UTC";
  const bodyName = localized(body, "name", locale);

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle", { count: queue.length, body: bodyName })} />
      {countries.length > 0 ? (
        <p className="text-sm text-slate-600">
          {t("queueNote", { countries: countries.map((c) => common(`country.${c}`)).join(", ") })}
        </p>
      ) : null}
      {queue.length > 1 ? (
        // The queue's checkboxes belong to this form (their `form` attribute), so each firm keeps its own
        // approve and reject forms beside them.
        <ActionForm
          id="bulk-approve"
          action={approveFirmsAction}
          notice="page"
          className="flex flex-wrap items-center gap-3 rounded-xl border border-green-200 bg-green-50 p-3"
        >
          <p className="text-sm text-green-900">{t("bulkNote")}</p>
          <SubmitButton
            variant="plain"
            className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white hover:bg-green-800"
            data-testid="bulk-approve"
          >
            {t("bulkApprove")}
          </SubmitButton>
          <FieldError name="firmIds" />
        </ActionForm>
      ) : null}
      <ul className="space-y-4">
        {queue.map((firm) => {
          const admin = firm.members[0]?.user;
          return (
            <li
              key={firm.id}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="vetting-item"
            >
              <div className="flex flex-wrap justify-between gap-2">
                <div className="flex items-start gap-3">
                  {queue.length > 1 ? (
                    <input
                      type="checkbox"
                      form="bulk-approve"
                      name="firmIds"
                      value={firm.id}
                      aria-label={t("select", { name: firm.nameLocal })}
                      className="mt-1.5 h-5 w-5"
                    />
                  ) : null}
                  <div>
                    <h2 className="text-lg font-semibold">
                      <Link href={`/firms/${firm.id}`} className="hover:underline">
                        {firm.nameLocal}
                      </Link>
                    </h2>
                    <p className="text-slate-600">
                      {firm.nameEn} · {common(`country.${firm.country}`)} · {firm.city} ·{" "}
                      {common(`employeeBand.${firm.employeeBand}`)}
                    </p>
                    {admin ? (
                      <p className="text-sm text-slate-600">
                        {t("registeredBy", { name: admin.displayName, email: admin.email })}
                      </p>
                    ) : null}
                    <p className="text-sm text-slate-500">{formatDateTime(firm.createdAt, zone, locale)}</p>
                  </div>
                </div>
              </div>
              <div className="mt-2 text-sm">
                <FirmDescription firm={firm} locale={locale} />
              </div>
              <div className="mt-4 grid gap-3 md:grid-cols-[auto_1fr]">
                {/* A decided firm leaves the queue, so the answer shows at the top of the page. */}
                <ActionForm action={vetAction} hiddenFields={{ firmId: firm.id, decision: "approve" }} notice="page">
                  <SubmitButton
                    variant="plain"
                    className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white hover:bg-green-800"
                  >
                    {t("approve")}
                  </SubmitButton>
                </ActionForm>
                <ActionForm
                  action={vetAction}
                  hiddenFields={{ firmId: firm.id, decision: "reject" }}
                  notice="page"
                  className="flex flex-wrap items-end gap-2"
                >
                  <div className="min-w-64 flex-1">
                    <label htmlFor={`reason-${firm.id}`} className="block text-sm font-medium">
                      {t("reason")}
                    </label>
                    <Input
                      id={`reason-${firm.id}`}
                      name="reason"
                      maxLength={1000}
                      aria-describedby={`reason-error-${firm.id}`}
                      className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
                    />
                    <FieldError name="reason" id={`reason-error-${firm.id}`} />
                  </div>
                  <SubmitButton
                    variant="plain"
                    className="min-h-11 rounded-lg border border-red-700 px-4 font-semibold text-red-800 hover:bg-red-50"
                  >
                    {t("reject")}
                  </SubmitButton>
                </ActionForm>
              </div>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="rejected-heading" className="space-y-3 pt-4">
        <h2 id="rejected-heading" className="text-xl font-semibold">
          {t("rejectedTitle", { count: rejected.length })}
        </h2>
        {rejected.length === 0 ? <p className="text-slate-600">{t("noRejected")}</p> : null}
        <ul className="space-y-2">
          {rejected.map((firm) => (
            <li
              key={firm.id}
              data-testid="rejected-item"
              className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3"
            >
              <div>
                <p className="font-semibold">
                  {firm.nameLocal} · {common(`country.${firm.country}`)}
                </p>
                <p className="text-sm text-slate-600">{t("rejectedBecause", { reason: firm.rejectionReason ?? "" })}</p>
              </div>
              <ActionForm action={vetAction} hiddenFields={{ firmId: firm.id, decision: "reconsider" }} notice="page">
                <SubmitButton variant="secondary">{t("reconsider")}</SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
