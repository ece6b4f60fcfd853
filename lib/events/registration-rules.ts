// Until when firms register for an edition themselves. After the deadline the firm page says registration is
// closed and the action refuses; the edition's admins may still register a firm (a late exhibitor they agreed
// to). Pure, so the rule is tested without a database.

export type RegistrationWindow = { registrationClosesAt: Date | null; endsAt: Date };

/** Whether a firm may still register itself: before the deadline, and never once the edition is over. */
export function registrationOpen(event: RegistrationWindow, now = new Date()): boolean {
  if (now.getTime() >= event.endsAt.getTime()) return false;
  return event.registrationClosesAt === null || now.getTime() < event.registrationClosesAt.getTime();
}
