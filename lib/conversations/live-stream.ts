// New messages of a thread as server-sent events, for a reader who has the thread open. Each app server reads
// the database (every POLL_MS), not its own memory, so a message written through another server arrives the
// same way, within about a second: no message bus, no third-party service. A stream ends after MAX_MS and the
// browser's EventSource reconnects with Last-Event-ID (the last message's number), so nothing is missed or
// repeated across reconnections.
import type { Actor } from "@/lib/auth/actor";
import { messagesAfter } from "./conversations";

export const POLL_MS = 1_000;
const PING_MS = 15_000;
const MAX_MS = 5 * 60_000;

export function threadEvents(input: {
  actor: Actor;
  conversationId: string;
  after: number;
  /** The reader's going (a test's own signal); by default the request's. */
  signal?: AbortSignal;
  /**
   * The request served, held while the stream runs: a Request's signal stops following the client's once the
   * Request is garbage collected (nodejs/undici#3644), and the stream would then poll on for MAX_MS unread.
   */
  request?: Request;
  pollMs?: number;
  maxMs?: number;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pollMs = input.pollMs ?? POLL_MS;
  const maxMs = input.maxMs ?? MAX_MS;
  const signal = input.signal ?? input.request?.signal;
  let after = input.after;
  // Kept reachable from the polling loop until the stream stops (see input.request).
  let served: Request | undefined = input.request;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  let lastWrite = Date.now();
  const stop = () => {
    stopped = true;
    served = undefined;
    if (timer) clearTimeout(timer);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        controller.enqueue(encoder.encode(text));
        lastWrite = Date.now();
      };
      const close = () => {
        if (stopped) return;
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal?.addEventListener("abort", close);
      // The browser waits this long before reconnecting when the stream ends.
      send(`retry: ${pollMs}\n\n`);
      // A reader gone before the stream started (its abort came while the thread was being checked) fires no
      // abort event any more: without this the stream would poll on for MAX_MS with no one to read it.
      if (signal?.aborted) return close();
      const tick = async () => {
        if (stopped || (served && served.signal.aborted)) return close();
        try {
          const fresh = await messagesAfter(input.actor, input.conversationId, after, true);
          for (const m of fresh) {
            send(`id: ${m.seq}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`);
            after = m.seq;
          }
          if (Date.now() - lastWrite > PING_MS) send(": ping\n\n");
        } catch {
          // The thread is gone or the person left the firm: end the stream; a reconnection gets the 404.
          return close();
        }
        if (Date.now() - started >= maxMs) return close();
        if (!stopped) timer = setTimeout(tick, pollMs);
      };
      void tick();
    },
    cancel() {
      stop();
    },
  });
}
