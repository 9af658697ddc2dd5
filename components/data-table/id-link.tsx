import Link from "next/link";
import { resourceHref, type ResourceRef } from "@/lib/resources/resource-href";

/**
 * A resource id in a list, linking to the resource's own page. Not prefetched: a long list would otherwise fetch a
 * page for every row that scrolls into view.
 */
export function IdLink({ resource, id }: { resource: ResourceRef; id: string }) {
  return (
    <Link
      href={resourceHref(resource)}
      prefetch={false}
      className="font-mono break-all text-sky-800 hover:underline dark:text-sky-300"
    >
      {id}
    </Link>
  );
}
