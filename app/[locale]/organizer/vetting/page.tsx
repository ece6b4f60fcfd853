import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { vettingQueue, vettingScope } from "@/lib/firms/vetting";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/lib/time/zoned-format";
import { currentEvent } from "@/lib/events/current-event";
import { PageHeader } from "@/components/ui/page-header";
import { FirmDescription } from "@/components/firms/firm-description";
import { vetAction } from "./actions";

type SearchParams = Promise<{ firm?: string; done?: string; error?: string }>;

export default async function VettingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "vetting" }, `/${locale}/organizer/vetting`);
  const { firm: outcomeFirm, done, error } = await searchParams;
  const t = await getTranslations("vetting");
  const common = await getTranslations("common");
  const tAll = await getTranslations();
  const [queue, { body, countries }, event, decided] = await Promise.all([
    vettingQueue(actor),
    vettingScope(actor),
    currentEvent(),
    done && outcomeFirm ? db.firm.findUnique({ where: { id: outcomeFirm }, select: { nameLocal: true } }) : null,
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
      {decided ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {done === "approved"
            ? t("approved", { name: decided.nameLocal })
            : t("rejected", { name: decided.nameLocal })}
        </p>
      ) : null}
      <ul className="space-y-4">
        {queue.map((firm) => {
          const admin = firm.members[0]?.user;
          const fieldError = outcomeFirm === firm.id && error ? tAll(error as never) : null;
          return (
            <li
              key={firm.id}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="vetting-item"
            >
              <div className="flex flex-wrap justify-between gap-2">
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
              <div className="mt-2 text-sm">
                <FirmDescription firm={firm} locale={locale} />
              </div>
              <div className="mt-4 grid gap-3 md:grid-cols-[auto_1fr]">
                <form action={vetAction.bind(null, locale)}>
                  <input type="hidden" name="firmId" value={firm.id} />
                  <input type="hidden" name="decision" value="approve" />
                  <button
                    type="submit"
                    className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white hover:bg-green-800"
                  >
                    {t("approve")}
                  </button>
                </form>
                <form action={vetAction.bind(null, locale)} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="firmId" value={firm.id} />
                  <input type="hidden" name="decision" value="reject" />
                  <div className="min-w-64 flex-1">
                    <label htmlFor={`reason-${firm.id}`} className="block text-sm font-medium">
                      {t("reason")}
                    </label>
                    <input
                      id={`reason-${firm.id}`}
                      name="reason"
                      maxLength={1000}
                      aria-invalid={fieldError ? true : undefined}
                      aria-describedby={fieldError ? `reason-error-${firm.id}` : undefined}
                      className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
                    />
                    {fieldError ? (
                      <p
                        id={`reason-error-${firm.id}`}
                        className="mt-1 text-sm font-medium text-accent-600"
                        data-field-error="reason"
                      >
                        {fieldError}
                      </p>
                    ) : null}
                  </div>
                  <button
                    type="submit"
                    className="min-h-11 rounded-lg border border-red-700 px-4 font-semibold text-red-800 hover:bg-red-50"
                  >
                    {t("reject")}
                  </button>
                </form>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
