"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES } from "@/lib/i18n/routing";

/** Links to the same page in each language; next-intl remembers the choice in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const nav = useTranslations("nav");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={nav("language")}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md px-2 ${
                locale === current ? "bg-brand-100 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
