import type { Metadata } from "next";
import { OverviewConsole } from "@/components/overview/overview-console";
import { ResourcePage } from "@/components/shell/resource-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  // The root layout's title template only applies to child segments, so the overview spells it out.
  return { title: { absolute: `${t("overview.title")} · ${t("common.productName")}` } };
}

export default function OverviewPage() {
  return (
    <ResourcePage titleKey="overview.title" introKey="overview.intro">
      <OverviewConsole />
    </ResourcePage>
  );
}
