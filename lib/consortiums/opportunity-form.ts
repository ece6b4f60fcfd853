// The opportunity form's fields as the object OpportunitySchema reads: its requirement rows are named by a row key
// that stays with the row while the lead adds and removes rows (requirements.<key>.capabilityId, .must, .weight);
// rows without a capability are left out. Pure.
const ROW = /^requirements\.(\d+)\.capabilityId$/;

export function opportunityFromForm(form: FormData): Record<string, unknown> {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : v === null ? undefined : v;
  };
  const keys = [...new Set([...form.keys()].flatMap((k) => ROW.exec(k)?.[1] ?? []))].sort((a, b) => +a - +b);
  const requirements = keys.flatMap((key) => {
    const capabilityId = text(`requirements.${key}.capabilityId`);
    if (!capabilityId) return [];
    return [
      {
        capabilityId,
        mustHave: text(`requirements.${key}.must`) !== "nice",
        weight: text(`requirements.${key}.weight`) ?? "",
      },
    ];
  });
  return {
    leadFirmId: text("leadFirmId"),
    title: text("title"),
    description: text("description"),
    region: text("region"),
    country: text("country"),
    sectorId: text("sectorId"),
    clientType: text("clientType"),
    budgetBand: text("budgetBand"),
    deadline: text("deadline"),
    languages: form.getAll("languages"),
    visibility: text("visibility"),
    requirements,
  };
}
