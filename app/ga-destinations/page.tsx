import type { Metadata } from "next";
import { GaDestinationsConsole } from "@/components/ga-destinations/ga-destinations-console";
import { parseSelection } from "@/components/ga-destinations/ga-selection";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("gaDestinations.title") };
}

export default async function GaDestinationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="flex flex-col gap-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold">
          {t("gaDestinations.title")}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          {t("gaDestinations.placeholder")}
        </p>
      </header>
      <GaDestinationsConsole initialSelection={parseSelection(await searchParams)} />
    </section>
  );
}
