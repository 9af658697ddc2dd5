"use client";

import { clientOnly } from "@/components/ui/client-only";
import { LoadingNote } from "@/components/ui/loading-note";
import { useState } from "react";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useDomainSources } from "@/lib/data/multicast-sources/use-domain-sources";
import { useT } from "@/lib/i18n/i18n-provider";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources.meta";
import {
  listTransitRouterMulticastGroupsMeta,
  type TransitRouterMulticastGroup,
} from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { GroupsTable } from "./groups-table";
import type { RegisterSourcesValues } from "./register-sources-form";

// Fetched when first shown: react-hook-form, the resolver and the catalog's zod schema stay out of first-load JS.
const RegisterSourcesForm = clientOnly(
  () => import("./register-sources-form").then((m) => m.RegisterSourcesForm),
  { loading: LoadingNote },
);

type DeregisterFailure = { eni: string; failure: OperationFailure; source: TransitRouterMulticastGroup };

/** One chosen domain: its data layer owns the groups query and the (de)register mutations; this only renders. */
export function DomainSources({ region, domainId }: { region: string; domainId: string }) {
  const t = useT();
  const toast = useToast();
  const [pending, setPending] = useState<TransitRouterMulticastGroup | null>(null);
  const [deregisterFailure, setDeregisterFailure] = useState<DeregisterFailure | null>(null);

  const { groups, register, deregister } = useDomainSources(region, domainId);

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

  // A refusal is shown in full like the register form's (code, message, RequestId, explanation); a toast would
  // vanish with the RequestId support asks for. The toast stays for the start, as everywhere.
  async function handleDeregister(source: TransitRouterMulticastGroup) {
    setPending(null);
    setDeregisterFailure(null);
    try {
      await deregister.mutateAsync({
        TransitRouterMulticastDomainId: source.TransitRouterMulticastDomainId,
        GroupIpAddress: source.GroupIpAddress,
        NetworkInterfaceIds: [source.NetworkInterfaceId],
      });
      toast("success", t("multicastSources.deregisterStarted", { eni: source.NetworkInterfaceId }));
    } catch (error) {
      if (!(error instanceof OperationFailure)) throw error;
      setDeregisterFailure({ eni: source.NetworkInterfaceId, failure: error, source });
    }
  }

  return (
    <>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="groups-title" className="flex flex-col gap-2">
          <h2 id="groups-title" className="text-lg font-semibold">
            {t("multicastSources.groups")}
          </h2>
          {!groups.error && (
            <GroupsTable region={region} groups={groups.data?.items} onDeregister={setPending} />
          )}
          {groups.data?.truncated && (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              {t("multicastSources.groupsTruncated", { count: groups.data.items.length })}
            </p>
          )}
          {groups.error instanceof OperationFailure && (
            <LazyErrorPanel
              failure={groups.error}
              op={listTransitRouterMulticastGroupsMeta}
              context={t("multicastSources.groupsUnreadable")}
              onRetry={() => groups.refetch()}
            />
          )}
          {deregisterFailure && (
            <LazyErrorPanel
              failure={deregisterFailure.failure}
              op={deregisterTransitRouterMulticastGroupSourcesMeta}
              context={t("multicastSources.deregisterFailed", { eni: deregisterFailure.eni })}
              subject={t("clarity.multicast.deregister", { eni: deregisterFailure.eni })}
              // Same input, so the same ClientToken (lib/queries/catalog-mutation.ts): applied at most once.
              onRetrySame={() => void handleDeregister(deregisterFailure.source)}
            />
          )}
        </section>
        <RegisterSourcesForm key={domainId} region={region} domainId={domainId} onSubmit={handleRegister} />
      </div>
      <LazyConfirmDialog
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
      </LazyConfirmDialog>
    </>
  );
}
