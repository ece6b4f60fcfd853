// The demo accounts printed in the README. One password for all, only ever in the demo seed.
export const DEMO_PASSWORD = "kakehashi-demo-2026";
export const DEMO_DOMAIN = "demo.kakehashi.example";

export const DEMO_ACCOUNTS = {
  organizerVinasa: {
    email: `organizer.vinasa@${DEMO_DOMAIN}`,
    displayName: "Trần Thu Hà",
    body: "VINASA",
    locale: "vi",
  },
  organizerJetro: { email: `organizer.jetro@${DEMO_DOMAIN}`, displayName: "佐藤 健", body: "JETRO", locale: "ja" },
  // On-site staff at the current edition: check-in and meeting status, nothing else.
  staffOnsite: { email: `staff.onsite@${DEMO_DOMAIN}`, displayName: "Phạm Văn Đức", body: "VINASA", locale: "vi" },
  adminVn: { email: `admin.vn@${DEMO_DOMAIN}`, displayName: "Nguyễn Minh Quân", locale: "vi" },
  attendeeVn: { email: `attendee.vn@${DEMO_DOMAIN}`, displayName: "Lê Thị Lan", locale: "vi" },
  adminJp: { email: `admin.jp@${DEMO_DOMAIN}`, displayName: "高橋 美咲", locale: "ja" },
  attendeeJp: { email: `attendee.jp@${DEMO_DOMAIN}`, displayName: "田中 翔太", locale: "ja" },
} as const;
