import type { LiveDomain } from "@/lib/operations/live/list-domain-detail";
import { listDomainDetailMeta } from "@/lib/operations/live/list-domain-detail.meta";
import { operationPagesOptions, pagedList } from "@/lib/queries/operation-pages";
import type { NextPage } from "@/lib/queries/paging";

type DomainPage = { DomainList: LiveDomain[]; Total: number };

/**
 * ListDomainDetail pages by PageNum/PageSize against `Total` (docs/cloud-apis.md §7.4), unlike the PageNumber/TotalCount lists
 * of lib/queries/paging.ts. An empty page ends the walk even if `Total` claims more, so a miscounting server cannot
 * keep "Load more" alive forever.
 */
export const domainPaging: NextPage<DomainPage> = (result, input) => {
  const pageNum = Number(input.PageNum ?? 1);
  const pageSize = Number(input.PageSize ?? result.DomainList.length);
  if (result.DomainList.length === 0 || pageNum * pageSize >= result.Total || pageNum >= 1000)
    return undefined;
  return { ...input, PageNum: pageNum + 1 };
};

export interface VhostOption {
  vhost: string;
  domains: LiveDomain[];
}

/** There is no vhost list API: the vhosts are the distinct `Vhost` values of the domains, each with its domains. */
export function vhostsOf(pages: readonly DomainPage[]): VhostOption[] {
  const byVhost = new Map<string, LiveDomain[]>();
  for (const domain of pages.flatMap((p) => p.DomainList)) {
    const list = byVhost.get(domain.Vhost) ?? [];
    if (!list.some((d) => d.Domain === domain.Domain)) list.push(domain);
    byVhost.set(domain.Vhost, list);
  }
  return [...byVhost.entries()]
    .map(([vhost, domains]) => ({
      vhost,
      domains: [...domains].sort((a, b) => a.Domain.localeCompare(b.Domain)),
    }))
    .sort((a, b) => a.vhost.localeCompare(b.vhost));
}

/** The account's domains, page by page ("Load more"); the vhosts are derived from them (vhostsOf). */
export function domainPages(region: string) {
  return operationPagesOptions(
    pagedList(listDomainDetailMeta, region, { PageNum: 1, PageSize: 100 }, domainPaging),
  );
}
