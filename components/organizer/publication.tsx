import { getTranslations } from "next-intl/server";
import { publishAction, sendChangesAction, undoPublicationAction } from "@/actions/schedule-control";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import type { AppLocale } from "@/lib/i18n/routing";
import type { publicationPreview, publicationsOf, undoState } from "@/lib/meetings/publication";
import { formatDateTime } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";

type Preview = Awaited<ReturnType<typeof publicationPreview>>;
type Undo = Awaited<ReturnType<typeof undoState>>;
type History = Awaited<ReturnType<typeof publicationsOf>>;

/**
 * Publishing with a preview and an undo: what publishing will do (new meetings, changed ones, which firms get one
 * mail each) with the button that confirms exactly that; the last publication and whether it can be undone (and
 * why not); the changes the firms have not been told of, with "send them now".
 */
export async function PublicationCard({
  preview,
  undo,
  history,
  untoldFirms,
  inEffect,
  zone,
  locale,
}: {
  preview: Preview;
  undo: Undo;
  history: History;
  untoldFirms: number;
  inEffect: boolean;
  zone: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("publication");
  const nothing = preview.placed === 0 && preview.firms.length === 0;
  return (
    <Card title={t("title")}>
      <div id="publication" className="space-y-4">
        <section data-testid="publication-preview">
          <h3 className="font-semibold">{t("previewTitle")}</h3>
          {nothing ? (
            <p className="text-slate-600">{t("nothing")}</p>
          ) : (
            <>
              <p data-testid="publication-summary">
                {t("summary", { placed: preview.placed, changed: preview.changed, firms: preview.firms.length })}
              </p>
              <details className="mt-1">
                <summary className="min-h-11 cursor-pointer py-2 text-sm">
                  {t("whoGetsMail", { count: preview.firms.length })}
                </summary>
                <ul className="max-h-64 overflow-auto text-sm" data-testid="publication-firms">
                  {preview.firms.map((f) => (
                    <li key={f.id}>
                      {f.nameLocal}: {t("firmNews", { placed: f.placed, changed: f.changed })}
                    </li>
                  ))}
                </ul>
              </details>
              <ActionForm
                action={publishAction}
                hiddenFields={{ runId: preview.runId ?? "", fingerprint: preview.fingerprint }}
                notice="page"
                className="mt-2"
              >
                <SubmitButton
                  variant="plain"
                  className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white"
                >
                  {t("confirm", { placed: preview.placed, changed: preview.changed, firms: preview.firms.length })}
                </SubmitButton>
              </ActionForm>
            </>
          )}
        </section>

        {inEffect || untoldFirms > 0 ? (
          <section>
            <h3 className="font-semibold">{t("changesTitle")}</h3>
            <p className="text-sm" data-testid="untold">
              {untoldFirms === 0
                ? t("noUntold")
                : inEffect
                  ? t("untold", { firms: untoldFirms })
                  : t("untoldBeforePublishing", { firms: untoldFirms })}
            </p>
            {inEffect && untoldFirms > 0 ? (
              <ActionForm action={sendChangesAction} notice="page" className="mt-1">
                <SubmitButton
                  variant="plain"
                  className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800"
                >
                  {t("sendNow")}
                </SubmitButton>
              </ActionForm>
            ) : null}
          </section>
        ) : null}

        {undo ? (
          <section data-testid="undo">
            <h3 className="font-semibold">{t("lastTitle")}</h3>
            <p className="text-sm">
              {t("last", {
                when: formatDateTime(undo.publication.publishedAt, zone, locale),
                placed: undo.publication.placed,
                changed: undo.publication.changed,
              })}
            </p>
            {undo.refusals.length === 0 ? (
              <ActionForm
                action={undoPublicationAction}
                hiddenFields={{ publicationId: undo.publication.id }}
                notice="page"
                className="mt-1"
              >
                <SubmitButton
                  variant="plain"
                  className="min-h-11 rounded-lg border border-accent-600 px-3 font-semibold text-accent-600"
                >
                  {t("undo")}
                </SubmitButton>
              </ActionForm>
            ) : (
              <div className="mt-1 text-sm">
                <p className="font-medium">{t("cannotUndo")}</p>
                <ul className="list-disc pl-5">
                  {[...new Set(undo.refusals.map((r) => r.reason))].map((reason) => (
                    <li key={reason}>
                      {t(`undoRefusal.${reason}`, { count: undo.refusals.filter((r) => r.reason === reason).length })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        ) : null}

        {history.length ? (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">
              {t("history", { count: history.length })}
            </summary>
            <ul className="text-sm" data-testid="publications">
              {history.map((p) => (
                <li key={p.id}>
                  {t("historyLine", {
                    when: formatDateTime(p.publishedAt, zone, locale),
                    who: p.publishedBy,
                    placed: p.placed,
                    changed: p.changed,
                    firms: p.firmsTold,
                  })}
                  {p.undoneAt
                    ? ` · ${t("undoneBy", { who: p.undoneBy, when: formatDateTime(p.undoneAt, zone, locale) })}`
                    : ""}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </Card>
  );
}
