import type { LandingRole } from "@/lib/auth/actor";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: LandingRole; name?: string | null; email?: string | null; image?: string | null };
  }
}
