import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AddTaxonomyNodeForm } from "@/components/organizer/add-taxonomy-node-form";

export default async function TaxonomyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale, `/${locale}/organizer/taxonomy`);
  const t = await getTranslations("taxonomyPage");
  const taxonomy = await loadTaxonomy();
  const list = (kind: "SECTOR" | "CAPABILITY") => (
    <ul className="space-y-1 text-sm">
      {taxonomy.ordered(kind).map(({ node, depth }) => (
        <li key={node.id} style={{ paddingLeft: `${depth * 1.25}rem` }}>
          <span className="font-medium">{node.labelEn}</span> · <span lang="ja">{node.labelJa}</span> ·{" "}
          <span lang="vi">{node.labelVi}</span> <code className="text-slate-500">{node.code}</code>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <Card title={t("add")}>
        <AddTaxonomyNodeForm
          parents={taxonomy.nodes.map((n) => ({ id: n.id, label: localized(n, "label", locale), kind: n.kind }))}
        />
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("sectors")}>{list("SECTOR")}</Card>
        <Card title={t("capabilities")}>{list("CAPABILITY")}</Card>
      </div>
    </div>
  );
}
