import { describe, expect, it } from "vitest";
import { interpreterNeeded } from "@/lib/matching/language-capacity";
import { meetingPriority } from "@/lib/event-setup/event-instance-priority";

const jp = { country: "JP", japaneseSpeakers: 100, bridgeEngineers: 0, jlptN1: 0, jlptN2: 0, englishSpeakers: 0 };
const vnBridge = { country: "VN", japaneseSpeakers: 10, bridgeEngineers: 4, jlptN1: 2, jlptN2: 4, englishSpeakers: 0 };
const vnEnglish = { country: "VN", japaneseSpeakers: 0, bridgeEngineers: 0, jlptN1: 0, jlptN2: 0, englishSpeakers: 40 };
const vnNone = { country: "VN", japaneseSpeakers: 0, bridgeEngineers: 0, jlptN1: 0, jlptN2: 0, englishSpeakers: 2 };
const jpEnglish = { ...jp, englishSpeakers: 30 };

describe("interpreters", () => {
  it("are needed only when two firms share no working language", () => {
    expect(interpreterNeeded(jp, vnBridge)).toBeNull();
    expect(interpreterNeeded(jpEnglish, vnEnglish)).toBeNull();
    expect(interpreterNeeded(jp, vnNone)).toBe("ja-vi");
    expect(interpreterNeeded(vnNone, jp)).toBe("ja-vi");
    expect(interpreterNeeded(vnNone, vnEnglish)).toBeNull();
  });
});

describe("meeting priority", () => {
  it("is 1 for would like, 2 for must, one more for a mutual match", () => {
    expect(meetingPriority("WOULD_LIKE", false)).toBe(1);
    expect(meetingPriority("MUST", false)).toBe(2);
    expect(meetingPriority("MUST", true)).toBe(3);
  });
});
