// An edition's admin buttons on the events list: make it the one the site shows, archive it (after a second,
// explicit step that says what stays readable), restore it. Each is its own ActionForm; answers show at the top
// of the page, since the row changes with them.
import { getTranslations } from "next-intl/server";
import { archiveEventAction, makeCurrentEventAction, restoreEventAction } from "@/actions/events";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Link } from "@/lib/i18n/navigation";

export async function EventRowActions({
  eventId,
  archived,
  current,
  meetings,
}: {
  eventId: string;
  archived: boolean;
  current: boolean;
  meetings: number;
}) {
  const t = await getTranslations("events");
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Link
        href={`/organizer/events/${eventId}`}
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-slate-800 hover:bg-slate-100"
      >
        {t("edit")}
      </Link>
      {!archived && !current ? (
        <ActionForm action={makeCurrentEventAction} hiddenFields={{ eventId }} notice="page">
          <SubmitButton variant="secondary">{t("makeCurrent")}</SubmitButton>
        </ActionForm>
      ) : null}
      {archived ? (
        <ActionForm action={restoreEventAction} hiddenFields={{ eventId }} notice="page">
          <SubmitButton variant="secondary">{t("restore")}</SubmitButton>
        </ActionForm>
      ) : (
        <details className="relative">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-lg border border-red-700 px-3 text-red-800 hover:bg-red-50">
            {t("archive")}…
          </summary>
          <div className="absolute right-0 z-10 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
            <p className="mb-2 text-sm text-slate-700">{t("archiveExplain")}</p>
            <ActionForm action={archiveEventAction} hiddenFields={{ eventId, confirmed: "on" }} notice="page">
              <SubmitButton
                variant="plain"
                className="min-h-11 rounded-lg bg-red-700 px-3 font-semibold text-white hover:bg-red-800"
              >
                {t("confirmArchive", { meetings })}
              </SubmitButton>
            </ActionForm>
          </div>
        </details>
      )}
    </div>
  );
}
