// A thread's live updates (lib/conversations/live-stream.ts) end when their reader goes, even a reader gone before
// the stream started: its abort event has fired by then, and the stream must not poll on with no one to read it.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { threadEvents } from "@/lib/conversations/live-stream";

// A thread with no new messages, whatever the database holds (the stream's own timing is under test).
vi.mock("@/lib/conversations/conversations", () => ({ messagesAfter: async () => [] }));

const actor = { userId: "u1" } as unknown as Actor;

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
});
