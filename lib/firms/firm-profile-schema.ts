// The firm profile as a form submits it, validated. Error messages are message keys (errors.*), translated
// at the field. Used by registration, profile editing and (row by row) the CSV import.
import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import { formText, issueKey } from "@/lib/validation/form-input";

import { CERTIFICATIONS, COUNTRIES, EMPLOYEE_BANDS, MARKETS } from "@/lib/enums";
import { PLACES } from "@/lib/matching/places";

export { CERTIFICATIONS, COUNTRIES, EMPLOYEE_BANDS, MARKETS };
export const MAX_CAPABILITIES = 8;
export const INTENTS = ["CLIENTS", "SUBCONTRACTORS", "CAPACITY", "CONSORTIUM", "INVESTORS", "DISTRIBUTORS"] as const;
export const FIRM_TYPES = ["VENDOR", "BUYER", "BOTH"] as const;
export const WORK_LANGUAGES = ["JA", "EN", "VI"] as const;
/** Where a partner may be required to be present: the places the matching engine knows, and the ASEAN region. */
export const PRESENCE_PLACES = [...PLACES, "ASEAN"] as const;

const required = (max: number) => formText(max).pipe(z.string().min(1, { error: "errors.required" }));
const optional = (max: number) =>
  formText(max)
    .optional()
    .transform((s) => (s ? s : null));
const count = z.coerce
  .number({ error: "errors.number.invalid" })
  .int({ error: "errors.number.invalid" })
  .min(0, { error: "errors.number.range" })
  .max(1_000_000, { error: "errors.number.range" })
  .default(0);

export const WebsiteSchema = z
  .string()
  .trim()
  .max(300, { error: "errors.text.tooLong" })
  .transform((s) => (s && !/^https?:\/\//i.test(s) ? `https://${s}` : s))
  .refine(
    (s) => !s || (URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) && new URL(s).hostname.includes(".")),
    { error: "errors.website.invalid" },
  )
  .transform((s) => (s ? s : null));

export const ContactSchema = z.object({
  name: required(120),
  title: formText(120).default(""),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "errors.email.invalid" })),
  phone: formText(40)
    .default("")
    .refine((s) => !s || /^[+()\d\s.-]{6,40}$/.test(s), { error: "errors.phone.invalid" }),
});

export const CapabilityChoiceSchema = z.object({ nodeId: z.string().min(1).max(64), note: formText(200).default("") });

export const FirmProfileSchema = z
  .object({
    nameLocal: required(200),
    nameEn: required(200),
    nameJa: optional(200),
    country: z.enum(COUNTRIES, { error: "errors.choice" }),
    city: required(100),
    yearFounded: z
      .union([
        z.literal(""),
        z.coerce.number({ error: "errors.number.invalid" }).int({ error: "errors.number.invalid" }),
      ])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v))
      .refine((v) => v === null || (v >= 1850 && v <= new Date().getFullYear()), { error: "errors.yearFounded.range" }),
    employeeBand: z.enum(EMPLOYEE_BANDS, { error: "errors.choice" }),
    website: WebsiteSchema.optional().transform((v) => v ?? null),
    sectorIds: z.array(z.string().min(1).max(64)).max(11, { error: "errors.tooMany" }).default([]),
    offers: z.array(CapabilityChoiceSchema).max(MAX_CAPABILITIES, { error: "errors.tooMany" }).default([]),
    seeks: z.array(CapabilityChoiceSchema).max(MAX_CAPABILITIES, { error: "errors.tooMany" }).default([]),
    markets: z.array(z.enum(MARKETS, { error: "errors.choice" })).default([]),
    certifications: z.array(z.enum(CERTIFICATIONS, { error: "errors.choice" })).default([]),
    requiredCertifications: z.array(z.enum(CERTIFICATIONS, { error: "errors.choice" })).default([]),
    cmmiLevel: z
      .union([
        z.literal(""),
        z.coerce.number().int().min(1, { error: "errors.cmmi.range" }).max(5, { error: "errors.cmmi.range" }),
      ])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    japaneseSpeakers: count,
    bridgeEngineers: count,
    jlptN1: count,
    jlptN2: count,
    englishSpeakers: count,
    tags: z
      .array(formText(40))
      .max(20, { error: "errors.tooMany" })
      .default([])
      .transform((tags) => [...new Set(tags.filter(Boolean))]),
    descriptionEn: optional(4000),
    descriptionJa: optional(4000),
    descriptionVi: optional(4000),
    // What the firm offers and looks for in its own words (one statement a line, any language), the partners it
    // wants, and its dealbreakers; the matching reads them (lib/matching).
    offersText: optional(4000),
    seeksText: optional(4000),
    intents: z.array(z.enum(INTENTS, { error: "errors.choice" })).default([]),
    firmType: z
      .union([z.literal(""), z.enum(FIRM_TYPES, { error: "errors.choice" })])
      .optional()
      .transform((v) => (v ? v : null)),
    partnerLanguages: z.array(z.enum(WORK_LANGUAGES, { error: "errors.choice" })).default([]),
    partnerPresence: z.array(z.enum(PRESENCE_PLACES, { error: "errors.choice" })).default([]),
    minPartnerEmployees: z
      .union([
        z.literal(""),
        z.coerce
          .number({ error: "errors.number.invalid" })
          .int({ error: "errors.number.invalid" })
          .min(1, { error: "errors.number.range" })
          .max(1_000_000, { error: "errors.number.range" }),
      ])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    partnerOnsite: z
      .union([z.boolean(), z.literal("on"), z.literal("")])
      .optional()
      .transform((v) => v === true || v === "on"),
    ref: optional(64),
    contacts: z.array(ContactSchema).max(3, { error: "errors.tooMany" }).default([]),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (`when` below), so a form shows every problem at once; the value
      // may then be partly unparsed, hence the defensive reads.
      if (!v.descriptionEn && !v.descriptionJa && !v.descriptionVi) {
        ctx.addIssue({ code: "custom", path: ["descriptionEn"], message: "errors.description.required" });
      }
      if (
        Array.isArray(v.certifications) &&
        v.certifications.includes("CMMI") &&
        (v.cmmiLevel === null || v.cmmiLevel === undefined)
      ) {
        ctx.addIssue({ code: "custom", path: ["cmmiLevel"], message: "errors.cmmi.range" });
      }
      const [n1, n2, speakers] = [v.jlptN1, v.jlptN2, v.japaneseSpeakers].map(Number);
      if (speakers! > 0 && n1! + n2! > speakers!) {
        ctx.addIssue({ code: "custom", path: ["japaneseSpeakers"], message: "errors.jlpt.moreThanSpeakers" });
      }
    },
    { when: () => true },
  );

export type FirmProfileInput = z.infer<typeof FirmProfileSchema>;

/** FormData from the profile form -> the object FirmProfileSchema reads. Repeated fields become arrays. */
export function profileFromForm(form: FormData): Record<string, unknown> {
  const one = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const many = (k: string) => form.getAll(k).filter((v): v is string => typeof v === "string");
  const rows = (prefix: string) =>
    Array.from({ length: MAX_CAPABILITIES }, (_, i) => ({
      nodeId: one(`${prefix}.${i}.nodeId`) ?? "",
      note: one(`${prefix}.${i}.note`) ?? "",
    })).filter((r) => r.nodeId);
  const contacts = [0, 1, 2]
    .map((i) => ({
      name: one(`contacts.${i}.name`) ?? "",
      title: one(`contacts.${i}.title`) ?? "",
      email: one(`contacts.${i}.email`) ?? "",
      phone: one(`contacts.${i}.phone`) ?? "",
    }))
    .filter((c) => c.name || c.email || c.phone || c.title);
  return {
    nameLocal: one("nameLocal"),
    nameEn: one("nameEn"),
    nameJa: one("nameJa"),
    country: one("country"),
    city: one("city"),
    yearFounded: one("yearFounded"),
    employeeBand: one("employeeBand"),
    website: one("website"),
    sectorIds: many("sectorIds"),
    offers: rows("offers"),
    seeks: rows("seeks"),
    markets: many("markets"),
    certifications: many("certifications"),
    requiredCertifications: many("requiredCertifications"),
    cmmiLevel: one("cmmiLevel"),
    japaneseSpeakers: one("japaneseSpeakers") || undefined,
    bridgeEngineers: one("bridgeEngineers") || undefined,
    jlptN1: one("jlptN1") || undefined,
    jlptN2: one("jlptN2") || undefined,
    englishSpeakers: one("englishSpeakers") || undefined,
    tags: (one("tags") ?? "")
      .split(/[,、，;]/)
      .map((t) => t.trim())
      .filter(Boolean),
    descriptionEn: one("descriptionEn"),
    descriptionJa: one("descriptionJa"),
    descriptionVi: one("descriptionVi"),
    offersText: one("offersText"),
    seeksText: one("seeksText"),
    intents: many("intents"),
    firmType: one("firmType"),
    partnerLanguages: many("partnerLanguages"),
    partnerPresence: many("partnerPresence"),
    minPartnerEmployees: one("minPartnerEmployees"),
    partnerOnsite: one("partnerOnsite"),
    contacts,
  };
}

/** zod issues -> { "field" or "offers.2.note": messageKey }, first per path. */
export function issuesToFields(error: z.ZodError): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) out[issue.path.map(String).join(".") || "form"] ??= issueKey(issue);
  return out;
}
