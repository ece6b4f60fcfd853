// A firm administrator mutes, blocks or clears another firm from the thread page (actions/conversations.ts).
import { getTranslations } from "next-intl/server";
import { firmBlockAction } from "@/actions/conversations";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import type { BlockState } from "@/lib/conversations/conversation-rules";

export async function FirmBlockControls({
  firmId,
  otherFirmId,
  state,
}: {
  firmId: string;
  otherFirmId: string;
  state: BlockState;
}) {
  const t = await getTranslations("messages");
  const choices: [BlockState, string][] = [
    state === "mute" ? ["none", t("unmute")] : ["mute", t("mute")],
    state === "block" ? ["none", t("unblock")] : ["block", t("block")],
  ];
  return (
    <section className="space-y-2 border-t border-slate-200 pt-4" aria-label={t("block")}>
      <p className="text-sm text-slate-600">{t("controlsHint")}</p>
      {/* The buttons change with the answer: it shows at the top of the page. */}
      <ActionForm
        action={firmBlockAction}
        hiddenFields={{ firmId, otherFirmId }}
        notice="page"
        className="flex flex-wrap gap-2"
      >
        {choices.map(([value, label]) => (
          <SubmitButton key={label} variant="secondary" name="state" value={value} className="text-sm font-semibold">
            {label}
          </SubmitButton>
        ))}
      </ActionForm>
    </section>
  );
}
