import type { ReactNode } from "react";
import type { MessageKey } from "@/lib/i18n/catalog";
import { getT } from "@/lib/i18n/server";

/** The frame of every console page: its title (the page's h1) and one sentence on what it is for. */
export async function ResourcePage({
  titleKey,
  introKey,
  children,
}: {
  titleKey: MessageKey;
  introKey: MessageKey;
  children: ReactNode;
}) {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="flex flex-col gap-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold">
          {t(titleKey)}
        </h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{t(introKey)}</p>
      </header>
      {children}
    </section>
  );
}

/** The `<title>` of a console page, from the same key as its h1. */
export async function pageTitle(titleKey: MessageKey) {
  return { title: (await getT())(titleKey) };
}
