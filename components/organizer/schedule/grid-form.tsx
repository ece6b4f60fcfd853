import { ActionForm } from "@/components/forms/action-form";
import type { gridMoveAction, gridPlaceAction } from "@/actions/schedule-control";

/**
 * The table grid's one form (each open cell is a submit button naming its cell), or a plain box when nothing is
 * selected. A refusal shows at the top of the page with every reason in words.
 */
export function GridForm({
  action,
  fields,
  className,
  children,
}: {
  action: typeof gridMoveAction | typeof gridPlaceAction | null;
  fields: Record<string, string>;
  className: string;
  children: React.ReactNode;
}) {
  if (!action) return <div className={className}>{children}</div>;
  return (
    <ActionForm action={action as typeof gridMoveAction} hiddenFields={fields} notice="page" className={className}>
      {children}
    </ActionForm>
  );
}
