"use client";

import { useQuery } from "@tanstack/react-query";
import { CatalogPicker } from "@/components/fields/catalog-picker";
import { useT } from "@/lib/i18n/i18n-provider";
import { listTransitRouterMulticastDomainAssociationsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-domain-associations.meta";
import { describeAliyunNetworkInterfacesMeta } from "@/lib/operations/ecs/describe-network-interfaces.meta";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { tokenPaging } from "@/lib/queries/paging";

/**
 * ENIs of the region, each labelled with whether its vSwitch is associated with the domain — the
 * prerequisite the cloud checks (apis.md §2.1). Unassociated ENIs stay selectable: the operator may be about
 * to associate them, and the cloud's refusal is shown precisely if not.
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
  const associations = useQuery(
    operationQueryOptions(listTransitRouterMulticastDomainAssociationsMeta, region, {
      TransitRouterMulticastDomainId: domainId,
      MaxResults: 100,
    }),
  );
  const associated = new Set(
    associations.data?.TransitRouterMulticastAssociations.filter((a) => a.Status === "Associated").map(
      (a) => a.VSwitchId,
    ),
  );
  return (
    <CatalogPicker
      op={describeAliyunNetworkInterfacesMeta}
      region={region}
      input={{ MaxResults: 50 }}
      nextPage={tokenPaging()}
      enabled={associations.isSuccess}
      legend={t("multicastSources.enis")}
      multiple
      max={5}
      value={value}
      onChange={onChange}
      error={error}
      toOptions={(page) =>
        page.NetworkInterfaceSets.NetworkInterfaceSet.map((eni) => ({
          value: eni.NetworkInterfaceId,
          label: eni.NetworkInterfaceName
            ? `${eni.NetworkInterfaceName} (${eni.NetworkInterfaceId})`
            : eni.NetworkInterfaceId,
          detail: `${eni.PrivateIpAddress ?? ""} · ${
            associated.has(eni.VSwitchId)
              ? t("multicastSources.eniAssociated", { vswitch: eni.VSwitchId })
              : t("multicastSources.eniNotAssociated", { vswitch: eni.VSwitchId })
          }`,
        }))
      }
    />
  );
}
