// The pure parts of the account layer: same-origin redirects, CSV formula escaping, the client's address
// behind (or without) a trusted proxy, device cookies and body limits.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { csvCell, csvFile } from "@/lib/csv/csv-file";
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxies } from "@/lib/http/client-address";
import { deviceCookieValue, trustedDeviceId, cookieFromHeader } from "@/lib/auth/trusted-device";
import { readBody } from "@/lib/http/body-limit";
import { AppError } from "@/lib/errors";

const ORIGIN = "http://127.0.0.1:3210";
const FALLBACK = "/en/me";

describe("same-origin redirects", () => {
  it.each([
    "/\t/evil.example/x",
    "/%09/evil.example/x",
    "/\n/evil.example/x",
    "/%0A/evil.example/x",
    "/\r/evil.example/x",
    "/%0D/evil.example/x",
    "//evil.example/x",
    "/\\evil.example/x",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "https://evil.example/x",
    "http://127.0.0.1:3210.evil.example/",
    "javascript:alert(1)",
    " /en/agenda",
    "/en/agenda ",
    "",
    "en/agenda",
  ])("%j falls back to the landing page", (target) => {
    expect(safeRedirectPath(target, ORIGIN, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    ["/en/agenda", "/en/agenda"],
    ["/ja/firms?q=%E8%87%AA%E5%8B%95%E8%BB%8A#top", "/ja/firms?q=%E8%87%AA%E5%8B%95%E8%BB%8A#top"],
    ["/vi/firms/abc/../def", "/vi/firms/def"],
  ])("%s stays on the site", (target, expected) => {
    expect(safeRedirectPath(target, ORIGIN, FALLBACK)).toBe(expected);
  });

  it("whatever it is given, the result resolves on this origin", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/${s}`),
        ),
        (target) => {
          const path = safeRedirectPath(target, ORIGIN, FALLBACK);
          expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
          // What a browser does with it: drops tabs and line breaks, then resolves.
          expect(new URL(path.replace(/[\t\n\r]/g, ""), ORIGIN).origin).toBe(ORIGIN);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("CSV cells cannot become formulas", () => {
  it.each(["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")\nsecond line', "＝1+1"])(
    "%j gets a leading apostrophe",
    (cell) => {
      expect(csvCell(cell)).toBe(`'${cell}`);
    },
  );

  it("numbers stay numbers, other text stays as it is", () => {
    expect(csvCell(-5)).toBe(-5);
    expect(csvCell("Sao Việt JSC")).toBe("Sao Việt JSC");
    expect(csvCell(null)).toBe("");
  });

  it("a multi-line formula cell is escaped and quoted in the file, and reads back as text", () => {
    const file = csvFile(["name", "comment"], [['=HYPERLINK("http://evil")\nx', "ok"]]);
    expect(file.startsWith("\uFEFF")).toBe(true);
    const [, row] = Papa.parse<string[]>(file.slice(1)).data;
    expect(row![0]!.startsWith("'=")).toBe(true);
  });

  it("no cell of any file starts a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const parsed = Papa.parse<string[]>(csvFile(["a", "b", "c"], rows).slice(1)).data.slice(1);
        for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe("the client's address", () => {
  const headers = (peer: string, forwarded?: string) =>
    new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

  it("is the socket's, whatever X-Forwarded-For says, when no proxy is trusted (the default)", () => {
    expect(clientAddress(headers("203.0.113.7", "10.9.9.9"), trustedProxies(""))).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:203.0.113.7"), trustedProxies(undefined))).toBe("203.0.113.7");
  });

  it("behind a trusted proxy, is the right-most entry the proxy added, not what the client wrote", () => {
    const trusted = trustedProxies("10.0.0.2, 10.0.0.3");
    expect(clientAddress(headers("10.0.0.2", "6.6.6.6, 198.51.100.4"), trusted)).toBe("198.51.100.4");
    expect(clientAddress(headers("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.3"), trusted)).toBe("198.51.100.4");
    // A request that did not come through the proxy: its header is ignored.
    expect(clientAddress(headers("198.51.100.9", "6.6.6.6"), trusted)).toBe("198.51.100.9");
    expect(clientAddress(headers("10.0.0.2", "not-an-address"), trusted)).toBe("10.0.0.2");
  });

  it("is unknown when the server did not stamp the peer", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6" }), trustedProxies(""))).toBeNull();
  });
});

describe("device cookies", () => {
  process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-0123456789";
  it("are bound to the account they were signed for", () => {
    const value = deviceCookieValue("an@example.com");
    expect(trustedDeviceId(value, "an@example.com")).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(trustedDeviceId(value, "other@example.com")).toBeNull();
    expect(trustedDeviceId(`${value.split(".")[0]}.forged`, "an@example.com")).toBeNull();
    expect(trustedDeviceId(undefined, "an@example.com")).toBeNull();
    expect(cookieFromHeader(`a=1; kakehashi-device=${value}; b=2`, "kakehashi-device")).toBe(value);
  });
});

describe("body limits", () => {
  it("refuse by Content-Length before reading, and while streaming a body without one", async () => {
    const declared = new Request("http://x/", {
      method: "POST",
      body: "x".repeat(10),
      headers: { "content-length": "999999" },
    });
    await expect(readBody(declared, 100)).rejects.toMatchObject({ code: "TOO_LARGE" });
    let pulled = 0;
    const endless = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
      },
    });
    const chunked = new Request("http://x/", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    const error = await readBody(chunked, 1000).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(413);
    expect(pulled).toBeLessThan(30);
    expect(await readBody(new Request("http://x/", { method: "POST", body: "hello" }), 100)).toHaveLength(5);
  });
});

describe("the trusted-proxy setting", () => {
  it("is off by default and refuses anything but addresses at start", async () => {
    const { parseEnv } = await import("@/lib/env");
    const secret = "a-test-secret-that-is-long-enough-0123456789";
    expect(parseEnv({ NEXTAUTH_SECRET: secret }).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "10.0.0.2, ::1" }).TRUSTED_PROXIES).toBe(
      "10.0.0.2, ::1",
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "10.0.0.0/8" })).toThrow(/TRUSTED_PROXIES/);
  });
});
