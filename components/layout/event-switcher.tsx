"use client";
// The event switcher: choosing an edition stores it (a cookie, chooseEventAction) and comes back to this page.
import { usePathname } from "next/navigation";
import { chooseEventAction } from "@/actions/events";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";

export function EventSwitcher({
  current,
  label,
  choose,
  choices,
}: {
  current: string;
  label: string;
  choose: string;
  choices: { slug: string; name: string }[];
}) {
  const pathname = usePathname();
  return (
    <ActionForm action={chooseEventAction} hiddenFields={{ returnTo: pathname }} className="flex items-center gap-2">
      <label htmlFor="event-switcher" className="sr-only">
        {label}
      </label>
      <Select
        id="event-switcher"
        name="slug"
        defaultValue={current}
        className="min-h-9 max-w-[44vw] rounded-md sm:max-w-64 border border-slate-300 bg-white px-2 py-1"
      >
        {choices.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </Select>
      <SubmitButton variant="secondary" className="min-h-9 py-1">
        {choose}
      </SubmitButton>
    </ActionForm>
  );
}
