"use client";

import { useState } from "react";
import { MutationButton } from "@/components/auth/mutation-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useDomainSources } from "@/lib/data/multicast-sources/use-domain-sources";
import { useT } from "@/lib/i18n/i18n-provider";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources.meta";
import { listTransitRouterMulticastGroupsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";

/**
 * /multicast-sources/<region>/<domain>/<group>/<eni>: one ENI registered as a source of one group. It reads the
 * domain's groups as the list does (the same query, so the two share one read and one poller) and offers Deregister
 * once the source is Registered.
 */
export function MulticastSourceDetail({
  region,
  domainId,
  groupIp,
  eni,
}: {
  region: string;
  domainId: string;
  groupIp: string;
  eni: string;
}) {
  const t = useT();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const { groups, deregister } = useDomainSources(region, domainId);
  const source = groups.data?.items.find(
    (g) => g.GroupSource && g.GroupIpAddress === groupIp && g.NetworkInterfaceId === eni,
  );

  async function handleDeregister() {
    setConfirming(false);
    setFailure(null);
    try {
      await deregister.mutateAsync({
        TransitRouterMulticastDomainId: domainId,
        GroupIpAddress: groupIp,
        NetworkInterfaceIds: [eni],
      });
      toast("success", t("multicastSources.deregisterStarted", { eni }));
    } catch (error) {
      if (!(error instanceof OperationFailure)) throw error;
      setFailure(error);
    }
  }

  return (
    <>
      <ResourceDetail
        read={{
          isLoading: groups.isLoading,
          error: groups.error,
          op: listTransitRouterMulticastGroupsMeta,
          retry: () => void groups.refetch(),
        }}
        found={source !== undefined}
        status={source && { value: source.Status, tone: toneOf("multicastSource", source.Status) }}
        attributes={source ? cloudAttributes(source) : []}
        actions={
          source && (
            <MutationButton
              variant="danger"
              disabled={source.Status !== "Registered" || deregister.isPending}
              title={source.Status === "Registered" ? undefined : t("views.detail.busy")}
              onClick={() => setConfirming(true)}
            >
              {t("multicastSources.deregister")}
            </MutationButton>
          )
        }
        snippets={[
          {
            op: deregisterTransitRouterMulticastGroupSourcesMeta,
            region,
            input: {
              TransitRouterMulticastDomainId: domainId,
              GroupIpAddress: groupIp,
              NetworkInterfaceIds: [eni],
            },
          },
        ]}
        notices={
          failure && (
            <LazyErrorPanel
              failure={failure}
              op={deregisterTransitRouterMulticastGroupSourcesMeta}
              context={t("multicastSources.deregisterFailed", { eni })}
            />
          )
        }
        history={{ resource: eni, alsoNames: [domainId, groupIp], version: source?.Status ?? "gone" }}
        list={{
          href: `/multicast-sources?region=${encodeURIComponent(region)}`,
          label: t("multicastSources.title"),
        }}
      />
      <LazyConfirmDialog
        open={confirming}
        title={t("multicastSources.deregisterTitle")}
        confirmLabel={t("multicastSources.deregister")}
        onCancel={() => setConfirming(false)}
        onConfirm={handleDeregister}
      >
        {t("multicastSources.deregisterBody", { eni, group: groupIp })}
      </LazyConfirmDialog>
    </>
  );
}
