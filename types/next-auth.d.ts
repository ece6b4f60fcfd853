import type { LandingRole } from "@/lib/auth/actor";

declare module "next-auth" {
  interface Session {
    user?: {
      id: string;
      role: LandingRole;
      /** The user's session version when this session was issued (lib/auth/guards.ts compares it). */
      sessionVersion: number;
      /** When the person signed in, in seconds since the epoch (the absolute lifetime counts from it). */
      authAt: number;
      name?: string | null;
      email?: string | null;
      image?: string | null;
    };
  }
  interface User {
    sessionVersion?: number;
  }
}
