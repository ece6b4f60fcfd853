import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { apiError } from "@/lib/http/api-error";
import { BODY_LIMITS, withLimitedBody } from "@/lib/http/body-limit";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth reads the whole body of a post before looking at it; it gets it only once it fits the limit.
export async function POST(request: NextRequest, context: Context) {
  let limited: NextRequest;
  try {
    limited = await withLimitedBody(request, BODY_LIMITS.auth, (init) => new NextRequest(request.url, init));
  } catch (e) {
    return apiError(e);
  }
  return handler(limited, context);
}

export { handler as GET };
