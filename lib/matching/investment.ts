// An investment: an investor and a firm raising money it would back. The start-up is not the fund's supplier, so
// what a firm asks of its suppliers (requirements stated with a need, sizes, teams, volumes) does not part them.
// score.ts and explain.ts ask the same question here, so a score and its explanation cannot disagree on it.
import { INTENT_BIT } from "./intents";

const RAISES = INTENT_BIT.investors;

/** An investor (`investor` non-zero) and a firm whose intents (`wants`) include raising money. */
export const backs = (investor: boolean | number, wants: number): boolean => !!investor && (wants & RAISES) !== 0;

/** Either side would back the other. */
export const isInvestment = (
  investorA: boolean | number,
  wantsA: number,
  investorB: boolean | number,
  wantsB: number,
) => backs(investorA, wantsB) || backs(investorB, wantsA);
