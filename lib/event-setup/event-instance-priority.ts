/**
 * A meeting's priority for the scheduler: 1 for "would like to meet", 2 for "must meet", one more when the two
 * firms are a mutual match (both said they are interested), so 3 is the strongest.
 */
export function meetingPriority(priority: "MUST" | "WOULD_LIKE", mutual: boolean): number {
  return (priority === "MUST" ? 2 : 1) + (mutual ? 1 : 0);
}
