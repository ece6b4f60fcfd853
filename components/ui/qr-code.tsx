import QRCode from "qrcode";

/** A QR code (SVG, drawn on the server) for a link, with the link written under it for those without a camera. */
export async function QrCode({ url, label, size = 128 }: { url: string; label: string; size?: number }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <figure className="inline-flex flex-col items-center gap-1">
      <div
        role="img"
        aria-label={label}
        style={{ width: size, height: size }}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="max-w-[14rem] break-all text-center text-xs text-slate-600">{url}</figcaption>
    </figure>
  );
}
