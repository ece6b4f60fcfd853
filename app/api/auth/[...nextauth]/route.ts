import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { BODY_LIMITS } from "@/lib/http/body-limit";
import { routeHandler } from "@/lib/http/route-handler";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth reads the whole body of a post before looking at it; it gets it only once it fits the limit. Not a
// `mutation` for the same-origin check: next-auth checks its own CSRF token on every post.
export const POST = routeHandler<Context, NextRequest>((request, context) => handler(request, context), {
  maxBodyBytes: BODY_LIMITS.auth,
});

export { handler as GET };
