"use client";

import { MutationButton } from "@/components/auth/mutation-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useDomainSources } from "@/lib/data/multicast-sources/use-domain-sources";
import { detailRead } from "@/lib/data/resource-detail/use-resource-detail";
import { useT } from "@/lib/i18n/i18n-provider";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources.meta";
import { listTransitRouterMulticastGroupsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { isOk, toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";
import { useDetailAction } from "./use-detail-action";

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
  const { groups, deregister } = useDomainSources(region, domainId);
  const source = groups.data?.items.find(
    (g) => g.GroupSource && g.GroupIpAddress === groupIp && g.NetworkInterfaceId === eni,
  );
  const deregistration = useDetailAction();
  const handleDeregister = () =>
    deregistration.run(async () => {
      await deregister.mutateAsync({
        TransitRouterMulticastDomainId: domainId,
        GroupIpAddress: groupIp,
        NetworkInterfaceIds: [eni],
      });
      toast("success", t("multicastSources.deregisterStarted", { eni }));
    });

  return (
    <>
      <ResourceDetail
        read={detailRead(groups, listTransitRouterMulticastGroupsMeta)}
        found={source !== undefined}
        status={source && { value: source.Status, tone: toneOf("multicastSource", source.Status) }}
        attributes={source ? cloudAttributes(source) : []}
        actions={
          source && (
            <MutationButton
              variant="danger"
              disabled={!isOk("multicastSource", source.Status) || deregister.isPending}
              title={isOk("multicastSource", source.Status) ? undefined : t("views.detail.busy")}
              onClick={() => deregistration.ask(true)}
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
          deregistration.failure && (
            <LazyErrorPanel
              failure={deregistration.failure}
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
        open={deregistration.asking !== null}
        title={t("multicastSources.deregisterTitle")}
        confirmLabel={t("multicastSources.deregister")}
        onCancel={deregistration.cancel}
        onConfirm={handleDeregister}
      >
        {t("multicastSources.deregisterBody", { eni, group: groupIp })}
      </LazyConfirmDialog>
    </>
  );
}
