import type { ReactNode } from "react";
import type { MessageKey } from "@/lib/i18n/catalog";
import { getT } from "@/lib/i18n/server";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

/**
 * The frame of one resource's own page: breadcrumbs (Overview › the kind's list › this one), the resource as the
 * page's h1, and the kind's client island below. Each kind's route is a few lines declaring these.
 */
export async function DetailPage({
  listKey,
  listHref,
  parents = [],
  title,
  children,
}: {
  /** The kind's list: its nav label key and address. */
  listKey: MessageKey;
  listHref: string;
  /** Crumbs between the list and this resource (a region, a domain, an accelerator…). */
  parents?: Crumb[];
  title: string;
  children: ReactNode;
}) {
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="flex min-w-0 flex-col gap-4">
      <Breadcrumbs
        items={[
          { label: t("shell.nav.overview"), href: "/" },
          { label: t(listKey), href: listHref },
          ...parents,
          { label: title },
        ]}
      />
      <h1 id="page-title" className="font-mono text-xl font-semibold break-all">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** `<title>`: the resource, then the kind (the root template adds the product). */
export async function detailTitle(listKey: MessageKey, title: string) {
  return { title: `${title} · ${(await getT())(listKey)}` };
}

/** A route segment as the cloud wrote it (Next hands them over still percent-encoded). */
export function segment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
