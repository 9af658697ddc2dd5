"use client";

import { clientOnly } from "@/components/ui/client-only";
import { LoadingNote } from "@/components/ui/loading-note";
import { useQueryStates } from "@/lib/url-state/query-state";
import { CatalogPicker } from "@/components/fields/catalog-picker";
import { RegionSelect } from "@/components/fields/region-select";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { multicastLists } from "@/lib/data/multicast-sources/multicast-lists";
import { resourceId } from "@/lib/schemas/resource-id";
import { idParam, regionParam } from "@/lib/url-state/table-params";

// Fetched once a domain is chosen, not with the page (docs/DECISIONS.md): the page opens on the pickers alone.
const DomainSources = clientOnly(() => import("./domain-sources").then((m) => m.DomainSources), {
  loading: LoadingNote,
});

/** `?region=` and `?domain=`: a reload, back/forward or a link opens the same domain. */
const PARAMS = { region: regionParam("aliyun"), domain: idParam(resourceId("tr-mcast-domain-")) };

/** The page's client island: region and domain; everything of the chosen domain lives in DomainSources. */
export function MulticastSourcesConsole() {
  const t = useT();
  const [{ region, domain: domainId }, setParams] = useQueryStates(PARAMS);
  // A domain belongs to one region: switching region closes it.
  const setRegion = (r: string) => void setParams({ region: r as typeof region, domain: null });
  const setDomainId = (id: string | null) => void setParams({ domain: id });

  return (
    <div className="flex flex-col gap-6">
      <RegionSelect cloud="aliyun" value={region} onChange={setRegion} />
      <CatalogPicker
        key={region}
        list={multicastLists.domains(region)}
        legend={t("multicastSources.domain")}
        value={domainId ? [domainId] : []}
        onChange={([id]) => setDomainId(id ?? null)}
        toOptions={(page) =>
          page.TransitRouterMulticastDomains.map((d) => ({
            value: d.TransitRouterMulticastDomainId,
            label: d.TransitRouterMulticastDomainName ?? d.TransitRouterMulticastDomainId,
            detail: `${d.TransitRouterMulticastDomainId} · ${d.CenId} · ${vendorText(t, d.Status)}`,
          }))
        }
      />
      {domainId === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("multicastSources.noDomain")}</p>
      ) : (
        <DomainSources region={region} domainId={domainId} />
      )}
    </div>
  );
}
