// Next.js gives route handlers and server actions no access to the socket, and `next start` fills in
// X-Forwarded-For from the socket only when the client sent none, so the client decides what it says. This
// hook, installed once at start (instrumentation.ts), stamps every incoming request with the TCP peer's address
// under PEER_ADDRESS_HEADER, overwriting any value a client sent under that name; client-address.ts reads it.
import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "./client-address";

const INSTALLED = Symbol.for("kakehashi.peerAddressHook");

export function installPeerAddressHook(): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as Record<symbol, boolean> & { emit: (...args: unknown[]) => boolean };
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
