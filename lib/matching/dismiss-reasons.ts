// "Not interested, because…": the reasons a firm may give when it dismisses a recommendation. Pure, so forms
// and the scoring can name them without the database.
export const DISMISS_REASONS = ["COMPETITOR", "NOT_OUR_FIELD", "TOO_SMALL", "LANGUAGE", "ALREADY_WORKING"] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];
