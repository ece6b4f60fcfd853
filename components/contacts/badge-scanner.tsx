"use client";
// Scans a badge's QR code with the phone's camera, in the browser, and writes the code into the form's code field
// (typing it works as well). The Barcode Detection API where the browser has it (Chrome on Android), else
// ZXing on frames drawn to a canvas (lib/contacts/decode-qr.ts). The server reads the code again, so this only
// has to be helpful, not right: a QR code that is not a badge is refused there with its own message.
import { useEffect, useRef, useState } from "react";
import { decodeQr } from "@/lib/contacts/decode-qr";

type Labels = { start: string; stop: string; video: string; found: string; denied: string; unsupported: string };

type Detector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };
declare global {
  interface Window {
    BarcodeDetector?: new (options: { formats: string[] }) => Detector;
  }
}

/** The badge code in what a QR code held: its address's `code` or `/b/<code>`, else the text itself. */
function codeIn(text: string): string {
  const match = /[?&]code=([^&#]+)/.exec(text) ?? /\/b\/([^/?#]+)\/?$/.exec(text);
  return decodeURIComponent(match?.[1] ?? text).trim();
}

export function BadgeScanner({ inputId, labels }: { inputId: string; labels: Labels }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const [state, setState] = useState<"idle" | "scanning" | "denied" | "unsupported">("idle");
  const [found, setFound] = useState<string | null>(null);

  function stop() {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
  }
  useEffect(() => stop, []);

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) return setState("unsupported");
    setFound(null);
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment" },
        audio: false,
      });
    } catch {
      return setState("denied");
    }
    setState("scanning");
    const v = video.current!;
    v.srcObject = stream.current;
    await v.play().catch(() => {});
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const detector = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ["qr_code"] }) : null;
    let busy = false;
    timer.current = window.setInterval(async () => {
      if (busy || v.readyState < 2 || !v.videoWidth) return;
      busy = true;
      try {
        // At most 640 px wide: enough for a badge held up to the camera, cheap enough for a phone.
        const scale = Math.min(1, 640 / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        let text: string | null = null;
        if (detector) text = (await detector.detect(canvas).catch(() => []))[0]?.rawValue ?? null;
        if (text === null) {
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          text = decodeQr(data, canvas.width, canvas.height);
        }
        if (text !== null) {
          const code = codeIn(text);
          const input = document.getElementById(inputId) as HTMLInputElement | null;
          if (input) {
            input.value = code;
            input.focus();
          }
          setFound(code);
          stop();
          setState("idle");
        }
      } finally {
        busy = false;
      }
    }, 200);
  }

  return (
    <div className="space-y-2">
      {state === "scanning" ? (
        <button
          type="button"
          onClick={() => {
            stop();
            setState("idle");
          }}
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
        >
          {labels.stop}
        </button>
      ) : (
        <button
          type="button"
          onClick={start}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          data-testid="scan-start"
        >
          {labels.start}
        </button>
      )}
      <video
        ref={video}
        muted
        playsInline
        aria-label={labels.video}
        hidden={state !== "scanning"}
        className="aspect-[4/3] w-full max-w-sm rounded-lg bg-slate-900 object-cover"
      />
      <p role="status" className="text-sm" data-testid="scan-status">
        {found ? labels.found.replace("{code}", found) : null}
        {state === "denied" ? labels.denied : null}
        {state === "unsupported" ? labels.unsupported : null}
      </p>
    </div>
  );
}
