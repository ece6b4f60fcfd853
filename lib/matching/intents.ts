// What kind of partner a firm wants (its intents) and what kind of firm it is. The matching needs both: two
// vendors of the same service to the same clients are competitors unless one wants capacity or consortium
// partners; a firm that only wants investors gains nothing from a would-be client.
export const INTENTS = ["clients", "subcontractors", "capacity", "consortium", "investors", "distributors"] as const;
export type Intent = (typeof INTENTS)[number];
export type FirmType = "vendor" | "buyer" | "both";

export const INTENT_BIT: Record<Intent, number> = {
  clients: 1,
  subcontractors: 2,
  capacity: 4,
  consortium: 8,
  investors: 16,
  distributors: 32,
};

export function intentMask(intents: Iterable<Intent>): number {
  let m = 0;
  for (const i of intents) m |= INTENT_BIT[i];
  return m;
}
