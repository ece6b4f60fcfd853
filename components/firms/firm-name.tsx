// A firm named in both scripts (lib/firms/firm-name.ts): its own name first, then the one the reader's side
// reads, each with its lang attribute so the right font and pronunciation are used. No hooks: it renders on
// the server and in client components alike.
import { firmNameParts, type NamedFirm } from "@/lib/firms/firm-name";

export function FirmName({
  firm,
  locale,
  className = "",
  testId,
}: {
  firm: NamedFirm;
  locale: string;
  className?: string;
  testId?: string;
}) {
  const { primary, secondary, primaryLang, secondaryLang } = firmNameParts(firm, locale);
  return (
    <span className={className} data-testid={testId}>
      <span lang={primaryLang}>{primary}</span>
      {secondary ? (
        <span className="font-normal text-slate-600">
          {" "}
          (<span lang={secondaryLang}>{secondary}</span>)
        </span>
      ) : null}
    </span>
  );
}
