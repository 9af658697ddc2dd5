import type { Metadata } from "next";
import { OverviewConsole } from "@/components/overview/overview-console";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  // The root layout's title template only applies to child segments, so the overview spells it out.
  return { title: { absolute: `${t("overview.title")} · ${t("common.productName")}` } };
}

export default async function OverviewPage() {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="flex flex-col gap-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold">
          {t("overview.title")}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{t("overview.intro")}</p>
      </header>
      <OverviewConsole />
    </section>
  );
}
