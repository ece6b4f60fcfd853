"use client";
// The staff page's forms: a new offer (address, role, body), a role change, a removal behind an explicit second
// step, withdrawing an offer. Answers of row forms show at the top of the page, since the row changes with them.
import { useId } from "react";
import { useTranslations } from "next-intl";
import {
  changeStaffRoleAction,
  inviteStaffAction,
  removeStaffAction,
  revokeStaffInvitationAction,
} from "@/actions/staff";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";

type Role = "EVENT_ADMIN" | "VETTING" | "ONSITE";
type Body = { id: string; code: string };
const ROLES: Role[] = ["EVENT_ADMIN", "VETTING", "ONSITE"];
const selectClass = "block min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base";

function RoleAndBody({
  bodies,
  roleLabels,
  role,
  bodyId,
}: {
  bodies: Body[];
  roleLabels: Record<Role, string>;
  role: Role;
  bodyId: string;
}) {
  const t = useTranslations("staff");
  const id = useId();
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${id}-role`} className="block text-sm font-medium text-slate-800">
          {t("role")}
        </label>
        <Select id={`${id}-role`} name="role" defaultValue={role} className={selectClass}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </Select>
        <FieldError name="role" />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
          {t("body")}
        </label>
        <Select id={`${id}-body`} name="bodyId" defaultValue={bodyId} className={selectClass}>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.code}
            </option>
          ))}
        </Select>
        <FieldError name="bodyId" />
      </div>
    </>
  );
}

export function StaffInviteForm({
  eventId,
  bodies,
  defaultBody,
  roleLabels,
}: {
  eventId: string;
  bodies: Body[];
  defaultBody: string;
  roleLabels: Record<Role, string>;
}) {
  const t = useTranslations("staff");
  return (
    <ActionForm
      action={inviteStaffAction}
      hiddenFields={{ eventId }}
      notice="end"
      className="space-y-3"
      data-testid="staff-invite-form"
    >
      <p className="text-sm text-slate-600">{t("inviteHint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label={t("email")} name="email" type="email" autoComplete="off" required />
        </div>
        <RoleAndBody bodies={bodies} roleLabels={roleLabels} role="ONSITE" bodyId={defaultBody} />
        <SubmitButton>{t("invite")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function StaffRoleForm({
  eventId,
  staffId,
  role,
  bodyId,
  bodies,
  roleLabels,
}: {
  eventId: string;
  staffId: string;
  role: Role;
  bodyId: string;
  bodies: Body[];
  roleLabels: Record<Role, string>;
}) {
  const t = useTranslations("staff");
  return (
    <ActionForm
      action={changeStaffRoleAction}
      hiddenFields={{ eventId, staffId }}
      notice="page"
      className="flex flex-wrap items-end gap-2"
    >
      <RoleAndBody bodies={bodies} roleLabels={roleLabels} role={role} bodyId={bodyId} />
      <SubmitButton variant="secondary">{t("change")}</SubmitButton>
    </ActionForm>
  );
}

export function StaffRemoveForm({ eventId, staffId, name }: { eventId: string; staffId: string; name: string }) {
  const t = useTranslations("staff");
  return (
    <details className="relative">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-lg border border-red-700 px-3 text-red-800 hover:bg-red-50">
        {t("remove")}…
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="mb-2 text-sm text-slate-700">{t("removeExplain", { name })}</p>
        <ActionForm action={removeStaffAction} hiddenFields={{ eventId, staffId, confirmed: "on" }} notice="page">
          <SubmitButton
            variant="plain"
            className="min-h-11 rounded-lg bg-red-700 px-3 font-semibold text-white hover:bg-red-800"
          >
            {t("confirmRemove", { name })}
          </SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}

export function StaffRevokeForm({ eventId, invitationId }: { eventId: string; invitationId: string }) {
  const t = useTranslations("staff");
  return (
    <ActionForm action={revokeStaffInvitationAction} hiddenFields={{ eventId, invitationId }} notice="page">
      <SubmitButton variant="secondary">{t("revoke")}</SubmitButton>
    </ActionForm>
  );
}
