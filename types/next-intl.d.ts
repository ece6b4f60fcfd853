// next-intl's typed messages: every t("…") key is checked against the English messages (the other languages
// have the same keys: tests/unit/messages.test.ts), and locales are the three we serve.
import type { AppLocale } from "@/lib/i18n/routing";
import type en from "@/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
