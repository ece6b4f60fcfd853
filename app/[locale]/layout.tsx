import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider, hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { clientMessages } from "@/lib/i18n/client-messages";
import { PageNotices } from "@/components/forms/page-notices";
import type { Messages } from "@/lib/i18n/messages";
import { AppBottomBar, SiteHeader } from "@/components/layout/site-header";
import { EventBar } from "@/components/layout/event-bar";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "en", namespace: "meta" });
  return { title: t("title"), description: t("description") };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("nav");
  const messages = clientMessages((await getMessages()) as Messages);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={messages}>
          <SiteHeader />
          <EventBar locale={locale} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8 print:max-w-none print:p-0">
            <PageNotices>{children}</PageNotices>
          </main>
          <AppBottomBar />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
