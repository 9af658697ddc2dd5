import type { Metadata } from "next";
import { MirrorSessionsConsole } from "@/components/mirror-sessions/mirror-sessions-console";
import { getT } from "@/lib/i18n/server";
import { initialRegion } from "@/lib/regions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("mirrorSessions.title") };
}

export default async function MirrorSessionsPage({
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
          {t("mirrorSessions.title")}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          {t("mirrorSessions.placeholder")}
        </p>
      </header>
      <MirrorSessionsConsole initialRegion={initialRegion("volcengine", region)} />
    </section>
  );
}
