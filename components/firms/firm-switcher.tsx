import { Link } from "@/lib/i18n/navigation";

/** For a member of several firms: which firm a member's page is about (?firm=). Nothing for one firm. */
export function FirmSwitcher({
  firms,
  current,
  path,
  label,
}: {
  firms: { id: string; nameLocal: string }[];
  current: string;
  path: string;
  label: string;
}) {
  if (firms.length < 2) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {firms.map((f) => (
        <Link
          key={f.id}
          href={`${path}?firm=${f.id}`}
          aria-current={f.id === current ? "page" : undefined}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-100"
        >
          {f.nameLocal}
        </Link>
      ))}
    </nav>
  );
}
