import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the pages' content security policy", () => {
  it("lets scripts run only with this response's nonce in production", () => {
    const policy = pageContentSecurityPolicy("abc123==", { production: true });
    const scripts = directive(policy, "script-src");
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self'");
  });

  it("allows eval and the reload websocket only in development", () => {
    const policy = pageContentSecurityPolicy("n", { production: false });
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "connect-src")).toContain("ws:");
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
