// A thread's live updates (lib/conversations/live-stream.ts) end when their reader goes, even a reader gone before
// the stream started: its abort event has fired by then, and the stream must not poll on with no one to read it. And
// even once the Request they serve is no longer referenced and has been collected, whose signal would otherwise stop
// following the reader's (found as a 60 s timeout of the authorization matrix's events case in CI, session 29).
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { threadEvents } from "@/lib/conversations/live-stream";

// A thread with no new messages, whatever the database holds (the stream's own timing is under test).
vi.mock("@/lib/conversations/conversations", () => ({ messagesAfter: async () => [] }));

const actor = { userId: "u1" } as unknown as Actor;

// The collector on demand: a Request's signal stops following its parent once the Request is collected
// (nodejs/undici#3644), which is what the stream must survive.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

async function readAll(stream: ReadableStream<Uint8Array>, withinMs: number): Promise<string | "still open"> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = new Promise<"still open">((resolve) => setTimeout(() => resolve("still open"), withinMs));
  for (;;) {
    const next = await Promise.race([reader.read(), deadline]);
    if (next === "still open") {
      await reader.cancel();
      return next;
    }
    if (next.done) return text;
    text += decoder.decode(next.value);
  }
}

describe("a thread's live updates", () => {
  it("end at once for a reader gone before the stream started", async () => {
    const controller = new AbortController();
    controller.abort();
    const stream = threadEvents({ actor, conversationId: "t1", after: 0, signal: controller.signal, pollMs: 10_000 });
    expect(await readAll(stream, 500)).toBe("retry: 10000\n\n");
  });

  it("while a reader still there keeps the stream open until it goes", async () => {
    const controller = new AbortController();
    // A poll far in the future: the test reads only what the stream says at once.
    const stream = threadEvents({
      actor,
      conversationId: "t1",
      after: 0,
      signal: controller.signal,
      pollMs: 60_000,
      maxMs: 120_000,
    });
    expect(await readAll(stream, 300)).toBe("still open");
    controller.abort();
  });

  it("end when the reader goes, after the request they serve has been collected", async () => {
    const controller = new AbortController();
    // Only the stream holds the request from here on, as a route handler's stream does once it has returned.
    const open = () => {
      const request = new Request("http://localhost/api/conversations/t1/events", { signal: controller.signal });
      return threadEvents({ actor, conversationId: "t1", after: 0, request, pollMs: 50 });
    };
    const stream = open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
    controller.abort();
    expect(await readAll(stream, 1_000)).not.toBe("still open");
  });
});
