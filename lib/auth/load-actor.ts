import { db } from "@/lib/db";
import type { Actor } from "./actor";

export type LoadedActor = Actor & { email: string; displayName: string; locale: "en" | "ja" | "vi" };

export async function loadActor(userId: string): Promise<LoadedActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      locale: true,
      organizingBodyId: true,
      memberships: { select: { firmId: true, role: true } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    organizingBodyId: user.organizingBodyId,
    memberships: user.memberships,
  };
}
