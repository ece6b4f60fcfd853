// The person's changes that can still be taken back (lib/undo), each with its Undo button and the time it can
// be undone until, in the event's zone. Shown where the change was made: the agenda, the meetings page, the home.
import { getTranslations } from "next-intl/server";
import { undoAction } from "@/actions/undo";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { undoableChangesOf } from "@/lib/undo/undo";
import type { UndoKind } from "@/lib/undo/undo-rules";

// Message keys cannot hold the dots of the kinds' names (next-intl reads a dot as nesting).
const KIND = { "meeting.noShow": "noShow", "meeting.cancel": "cancel", "request.withdraw": "withdraw" } as const;
import { formatTimeWithZone } from "@/lib/time/zoned-format";

export async function UndoList({ actor, zone, locale }: { actor: Actor; zone: string; locale: AppLocale }) {
  const changes = await undoableChangesOf(actor);
  if (changes.length === 0) return null;
  const t = await getTranslations("undo");
  return (
    <section aria-labelledby="undo-title" className="rounded-xl border border-amber-300 bg-amber-50 p-3">
      <h2 id="undo-title" className="sr-only">
        {t("title")}
      </h2>
      <ul className="space-y-2" data-testid="undo-list">
        {changes.map((c) => (
          <li key={c.id}>
            <ActionForm
              action={undoAction}
              hiddenFields={{ undoId: c.id }}
              notice="page"
              className="flex flex-wrap items-center gap-2"
            >
              <span className="text-sm text-slate-900">
                {t(`kind.${KIND[c.kind as UndoKind]}`)}{" "}
                {t("until", { time: formatTimeWithZone(c.expiresAt, zone, locale) })}
              </span>
              <SubmitButton
                variant="plain"
                className="min-h-11 rounded-lg bg-slate-900 px-4 text-sm font-semibold text-white"
              >
                {t("undo")}
              </SubmitButton>
            </ActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
