// A refusal an action's `run` raises itself, when the form should say more than one AppError message can: a move
// into a conflict lists every reason in words ("Sao Viet already has another meeting at that time").
import type { ClientMessageKey, ErrorKey, Notice } from "@/lib/i18n/message-keys";

export class ActionRefusal extends Error {
  override name = "ActionRefusal";
  constructor(
    readonly notice: Notice<ErrorKey>,
    readonly reasons?: Notice<ClientMessageKey>[],
  ) {
    super(typeof notice === "string" ? notice : notice.key);
  }
}
