"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CatalogPicker } from "@/components/fields/catalog-picker";
import { RegionSelect } from "@/components/fields/region-select";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { deregisterTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources";
import { listTransitRouterMulticastDomains } from "@/lib/operations/cbn/list-transit-router-multicast-domains";
import {
  listTransitRouterMulticastGroups,
  type TransitRouterMulticastGroup,
} from "@/lib/operations/cbn/list-transit-router-multicast-groups";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { operationQueryOptions, pollWhile } from "@/lib/queries/operation-query";
import { tokenPaging } from "@/lib/queries/paging";
import { useOperationMutation } from "@/lib/queries/use-operation-mutation";
import { isSettled } from "@/lib/status/lifecycles";
import { GroupsTable } from "./groups-table";
import { RegisterSourcesForm, type RegisterSourcesValues } from "./register-sources-form";

/** The page's client island: it owns the queries and mutations; the form and table only render. */
export function MulticastSourcesConsole({ initialRegion }: { initialRegion: string }) {
  const t = useT();
  const toast = useToast();
  const [region, setRegion] = useState(initialRegion);
  const [domainId, setDomainId] = useState<string | null>(null);
  const [pending, setPending] = useState<TransitRouterMulticastGroup | null>(null);

  const groups = useQuery({
    ...operationQueryOptions(listTransitRouterMulticastGroups, region, {
      TransitRouterMulticastDomainId: domainId ?? "",
      MaxResults: 100,
    }),
    enabled: domainId !== null,
    refetchInterval: pollWhile((data) =>
      data.TransitRouterMulticastGroups.some((g) => !isSettled("multicastSource", g.Status)),
    ),
  });
  const register = useOperationMutation(registerTransitRouterMulticastGroupSources, region);
  const deregister = useOperationMutation(deregisterTransitRouterMulticastGroupSources, region);

  async function handleRegister(values: RegisterSourcesValues) {
    await register.mutateAsync(values);
    if (!values.DryRun) {
      toast(
        "success",
        t("multicastSources.started", {
          count: values.NetworkInterfaceIds.length,
          group: values.GroupIpAddress,
        }),
      );
    }
  }

  async function handleDeregister(source: TransitRouterMulticastGroup) {
    setPending(null);
    try {
      await deregister.mutateAsync({
        TransitRouterMulticastDomainId: source.TransitRouterMulticastDomainId,
        GroupIpAddress: source.GroupIpAddress,
        NetworkInterfaceIds: [source.NetworkInterfaceId],
      });
      toast("success", t("multicastSources.deregisterStarted", { eni: source.NetworkInterfaceId }));
    } catch (error) {
      toast("error", `${(error as Error).message}`);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <RegionSelect cloud="aliyun" value={region} onChange={(r) => (setRegion(r), setDomainId(null))} />
      <CatalogPicker
        key={region}
        op={listTransitRouterMulticastDomains}
        region={region}
        input={{ MaxResults: 50 }}
        nextPage={tokenPaging()}
        legend={t("multicastSources.domain")}
        value={domainId ? [domainId] : []}
        onChange={([id]) => setDomainId(id ?? null)}
        toOptions={(page) =>
          page.TransitRouterMulticastDomains.map((d) => ({
            value: d.TransitRouterMulticastDomainId,
            label: d.TransitRouterMulticastDomainName ?? d.TransitRouterMulticastDomainId,
            detail: `${d.TransitRouterMulticastDomainId} · ${d.CenId} · ${d.Status}`,
          }))
        }
      />
      {domainId === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("multicastSources.noDomain")}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
          <section aria-labelledby="groups-title" className="flex flex-col gap-2">
            <h2 id="groups-title" className="text-lg font-semibold">
              {t("multicastSources.groups")}
            </h2>
            {groups.data && (
              <GroupsTable groups={groups.data.TransitRouterMulticastGroups} onDeregister={setPending} />
            )}
            {groups.isLoading && <p className="text-sm">{t("ui.loading")}</p>}
          </section>
          <RegisterSourcesForm key={domainId} region={region} domainId={domainId} onSubmit={handleRegister} />
        </div>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t("multicastSources.deregisterTitle")}
        confirmLabel={t("multicastSources.deregister")}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && handleDeregister(pending)}
      >
        {pending &&
          t("multicastSources.deregisterBody", {
            eni: pending.NetworkInterfaceId,
            group: pending.GroupIpAddress,
          })}
      </ConfirmDialog>
    </div>
  );
}
