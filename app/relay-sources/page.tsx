import type { Metadata } from "next";
import { RelaySourcesConsole } from "@/components/relay-sources/relay-sources-console";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relaySources.title") };
}

/** No region picker: Live has a single control-plane region (apis.md §5.1). */
export default async function RelaySourcesPage() {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="flex flex-col gap-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold">
          {t("relaySources.title")}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{t("relaySources.placeholder")}</p>
      </header>
      <RelaySourcesConsole />
    </section>
  );
}
