import type { MessageKey } from "@/lib/i18n/catalog";
import { getT } from "@/lib/i18n/server";

/** A page that is not built yet: its heading and one sentence on what it will hold. */
export async function PlaceholderPage({
  titleKey,
  descriptionKey,
}: {
  titleKey: MessageKey;
  descriptionKey: MessageKey;
}) {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-2xl font-semibold">
        {t(titleKey)}
      </h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{t(descriptionKey)}</p>
    </section>
  );
}
