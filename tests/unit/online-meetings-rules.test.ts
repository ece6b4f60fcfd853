import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_VIDEO_BASE_URL,
  isRoomName,
  newRoomName,
  parseVideoBaseUrl,
  roomUrl,
  VideoUrlError,
} from "@/lib/meetings/online-room";
import {
  answerOnlineRefusal,
  askOnlineRefusal,
  firstCommonFreeSlot,
  type OnlineView,
} from "@/lib/meetings/online-rules";
import { EnvError, parseEnv } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";

describe("video rooms", () => {
  it("have 128 random bits in their name, in letters and digits a URL and Jitsi take as they are", () => {
    const names = new Set(Array.from({ length: 5000 }, () => newRoomName()));
    expect(names.size).toBe(5000);
    for (const n of [...names].slice(0, 50)) expect(isRoomName(n)).toBe(true);
    expect(newRoomName(new Uint8Array(16))).toBe(`kakehashi-${"a".repeat(26)}`);
    expect(newRoomName(new Uint8Array(16).fill(255))).toBe(`kakehashi-${"7".repeat(25)}4`);
  });

  it("do not depend on the meeting: the same bytes give the same name, different bytes a different one", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (a, b) => {
          expect(newRoomName(a) === newRoomName(b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
        },
      ),
    );
  });

  it("live on the configured server: https, or http on this machine; the public server when unset", () => {
    expect(parseVideoBaseUrl(undefined)).toBe(DEFAULT_VIDEO_BASE_URL);
    expect(parseVideoBaseUrl("https://meet.example.org/")).toBe("https://meet.example.org");
    expect(parseVideoBaseUrl("https://video.example.org/jitsi/")).toBe("https://video.example.org/jitsi");
    expect(parseVideoBaseUrl("http://localhost:8443")).toBe("http://localhost:8443");
    for (const bad of ["meet.example.org", "http://meet.example.org", "https://meet.example.org/?x=1", "ftp://x"])
      expect(() => parseVideoBaseUrl(bad)).toThrow(VideoUrlError);
    expect(roomUrl("https://meet.example.org", `kakehashi-${"b".repeat(26)}`)).toBe(
      `https://meet.example.org/kakehashi-${"b".repeat(26)}`,
    );
    expect(() => roomUrl("https://meet.example.org", "../admin")).toThrow();
  });

  it("a wrong JITSI_BASE_URL stops the server at start, naming the setting", () => {
    const env = { NEXTAUTH_SECRET: "s".repeat(32) };
    expect(parseEnv({ ...env, JITSI_BASE_URL: "https://meet.example.org" }).JITSI_BASE_URL).toBe(
      "https://meet.example.org",
    );
    expect(() => parseEnv({ ...env, JITSI_BASE_URL: "meet.example.org" })).toThrow(EnvError);
    expect(() => parseEnv({ ...env, JITSI_BASE_URL: "meet.example.org" })).toThrow(/JITSI_BASE_URL/);
  });
});

const vnAttendee: Actor = {
  userId: "v",
  organizingBodyId: null,
  memberships: [{ firmId: "VN", role: "ATTENDEE" }],
  staff: null,
};
const jpAdmin: Actor = {
  userId: "j",
  organizingBodyId: null,
  memberships: [{ firmId: "JP", role: "FIRM_ADMIN" }],
  staff: null,
};
const jpAttendee: Actor = {
  userId: "k",
  organizingBodyId: null,
  memberships: [{ firmId: "JP", role: "ATTENDEE" }],
  staff: null,
};
const r = (over: Partial<OnlineView> = {}): OnlineView => ({
  fromFirmId: "VN",
  toFirmId: "JP",
  status: "ACCEPTED",
  online: false,
  onlineAskedByFirmId: null,
  ...over,
});

describe("asking to meet online", () => {
  it("either firm's people ask, where the event allows it, once, while the request is live", () => {
    expect(askOnlineRefusal(vnAttendee, r(), "VN", true)).toBeNull();
    expect(askOnlineRefusal(vnAttendee, r({ status: "PENDING" }), "VN", true)).toBeNull();
    expect(askOnlineRefusal(vnAttendee, r(), "VN", false)).toBe("off");
    expect(askOnlineRefusal(vnAttendee, r(), "JP", true)).toBe("notYours");
    expect(askOnlineRefusal(vnAttendee, r({ status: "CANCELLED" }), "VN", true)).toBe("notLive");
    expect(askOnlineRefusal(vnAttendee, r({ online: true }), "VN", true)).toBe("already");
    expect(askOnlineRefusal(vnAttendee, r({ onlineAskedByFirmId: "JP" }), "VN", true)).toBe("asked");
  });

  it("the other firm's administrators answer; not the asker, not an attendee", () => {
    const asked = r({ onlineAskedByFirmId: "VN" });
    expect(answerOnlineRefusal(jpAdmin, asked, true)).toBeNull();
    expect(answerOnlineRefusal(jpAttendee, asked, true)).toBe("notYours");
    expect(answerOnlineRefusal(vnAttendee, asked, true)).toBe("notYours");
    expect(answerOnlineRefusal(jpAdmin, r(), true)).toBe("notAsked");
    expect(answerOnlineRefusal(jpAdmin, asked, false)).toBe("off");
  });
});

describe("placing an online meeting", () => {
  it("takes the first slot both firms have free, tables or not", () => {
    const taken = new Map([
      ["A", new Set(["s1", "s3"])],
      ["B", new Set(["s2"])],
    ]);
    expect(firstCommonFreeSlot(["s1", "s2", "s3", "s4"], ["A", "B"], taken)).toBe("s4");
    expect(firstCommonFreeSlot(["s1", "s2", "s3"], ["A", "B"], taken)).toBeNull();
    expect(firstCommonFreeSlot(["s1"], ["C", "D"], taken)).toBe("s1");
  });
});
