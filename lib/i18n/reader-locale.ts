// The reader's language for a file a route handler writes (a CSV, a spreadsheet): the page that links to it says
// which (?locale=ja), otherwise the language the person chose for their account.
import { isLocale, type AppLocale } from "./routing";

export function readerLocale(request: Request, fallback: string | undefined): AppLocale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (isLocale(asked)) return asked;
  return isLocale(fallback) ? fallback : "en";
}
