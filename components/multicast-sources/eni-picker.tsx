"use client";

import { useQuery } from "@tanstack/react-query";
import { CatalogPicker } from "@/components/fields/catalog-picker";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useT } from "@/lib/i18n/i18n-provider";
import { domainAssociationsOptions, multicastLists } from "@/lib/data/multicast-sources/multicast-lists";
import { listTransitRouterMulticastDomainAssociationsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-domain-associations.meta";
import { MAX_SOURCE_ENIS } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta";
import { isOk } from "@/lib/status/lifecycles";

/**
 * ENIs of the region, each labelled with whether its vSwitch is associated with the domain — the
 * prerequisite the cloud checks (docs/cloud-apis.md §2.1). Unassociated ENIs stay selectable: the operator may be about
 * to associate them, and the cloud's refusal is shown precisely if not. When the associations cannot be read,
 * the ENIs are still listed but marked "unknown", and the picker says why: none is claimed as (not) associated.
 */
export function EniPicker({
  region,
  domainId,
  value,
  onChange,
  error,
}: {
  region: string;
  domainId: string;
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  const t = useT();
  const associations = useQuery(domainAssociationsOptions(region, domainId));
  const associated = new Set(
    associations.data?.items.filter((a) => isOk("multicastAssociation", a.Status)).map((a) => a.VSwitchId),
  );
  // Without the associations a label would be a guess; a previous read (kept through a failed re-read) is not.
  // Nor is "not associated" when the list was longer than we read: the vSwitch may be on a page left unread.
  const isKnown = associations.data !== undefined;
  const association = (vswitch: string) =>
    !isKnown
      ? t("multicastSources.eniAssociationUnknown", { vswitch })
      : associated.has(vswitch)
        ? t("multicastSources.eniAssociated", { vswitch })
        : associations.data?.truncated
          ? t("multicastSources.eniAssociationUnknown", { vswitch })
          : t("multicastSources.eniNotAssociated", { vswitch });
  return (
    <CatalogPicker
      list={multicastLists.enis(region)}
      // Wait for the lookup (so no ENI is labelled before it answers), but not for a lookup that failed.
      enabled={!associations.isPending}
      legend={t("multicastSources.enis", { max: MAX_SOURCE_ENIS })}
      multiple
      max={MAX_SOURCE_ENIS}
      value={value}
      onChange={onChange}
      error={error}
      toOptions={(page) =>
        page.NetworkInterfaceSets.NetworkInterfaceSet.map((eni) => ({
          value: eni.NetworkInterfaceId,
          label: eni.NetworkInterfaceName
            ? `${eni.NetworkInterfaceName} (${eni.NetworkInterfaceId})`
            : eni.NetworkInterfaceId,
          detail: `${eni.PrivateIpAddress ?? ""} · ${association(eni.VSwitchId)}`,
        }))
      }
      footer={
        !isKnown &&
        associations.isError && (
          <LazyErrorPanel
            failure={associations.error}
            op={listTransitRouterMulticastDomainAssociationsMeta}
            context={t("multicastSources.associationsUnreadable")}
            onRetry={() => associations.refetch()}
          />
        )
      }
    />
  );
}
