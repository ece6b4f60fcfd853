// The pages' Content-Security-Policy. Scripts run only with this response's nonce (Next.js puts it on its own
// inline and chunk scripts when the policy reaches it on the request), and what they load in turn
// ('strict-dynamic'): a script injected into a page, by a firm's profile text for instance, does not run.
// Styles stay 'unsafe-inline': React writes style attributes (the QR codes' size), which a nonce cannot cover,
// and a style cannot run code.

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function pageContentSecurityPolicy(nonce: string, { production }: { production: boolean }): string {
  return [
    "default-src 'self'",
    // The development server evaluates modules and talks to its hot reloader over a websocket.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? "" : " ws:"}`,
    // The agenda's service worker (public/sw.js); without this, worker-src falls back to script-src, where
    // 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
