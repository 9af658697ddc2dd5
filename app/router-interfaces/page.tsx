import type { Metadata } from "next";
import { RouterInterfacesConsole } from "@/components/router-interfaces/router-interfaces-console";
import { getT } from "@/lib/i18n/server";
import { initialRegion } from "@/lib/regions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("routerInterfaces.title") };
}

export default async function RouterInterfacesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const t = await getT();
  const { region } = await searchParams;
  return (
    <section aria-labelledby="page-title" className="flex flex-col gap-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold">
          {t("routerInterfaces.title")}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          {t("routerInterfaces.placeholder")}
        </p>
      </header>
      <RouterInterfacesConsole initialRegion={initialRegion("aliyun", region)} />
    </section>
  );
}
