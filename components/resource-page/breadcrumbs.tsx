import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export interface Crumb {
  label: string;
  /** Absent on the current page (the last crumb). */
  href?: string;
}

/** Where this page sits: Overview › list › resource. The last crumb is the page itself (aria-current). */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getT();
  return (
    <nav aria-label={t("views.breadcrumbs")} className="min-w-0 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-neutral-600 dark:text-neutral-400">
        {items.map((crumb, i) => (
          <li key={`${i}-${crumb.label}`} className="flex min-w-0 items-center gap-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <Link href={crumb.href} className="underline-offset-2 hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span
                aria-current="page"
                className="truncate font-medium text-neutral-900 dark:text-neutral-100"
              >
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
