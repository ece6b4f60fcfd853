// Reads a streamed NDJSON response (one JSON object a line, as the import and scheduler routes send progress),
// calling back for each message as it arrives. Browser-side; no server imports.
export async function readNdjson(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  onMessage: (message: Record<string, unknown> & { type?: string }) => void,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) onMessage(JSON.parse(line));
  }
  if (buffer.trim()) onMessage(JSON.parse(buffer));
}
