"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useId } from "react";
import { CatalogPicker } from "@/components/fields/catalog-picker";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { mirrorLists } from "@/lib/data/mirror-sessions/sessions-data";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { operationPagesOptions } from "@/lib/queries/operation-pages";
import { enisReceiving, splitServiceManaged } from "./eni-choices";

/**
 * Source ENIs of the region. Service-managed ones are left out and counted in a note (the cloud answers 403
 * `Forbidden` for them); an ENI that is already a mirror target is shown but not selectable, with the reason.
 * The two extra queries share their cache entries with the pickers (same keys), so nothing is fetched twice.
 */
export function SourceEniPicker({
  region,
  sessions,
  value,
  onChange,
  error,
}: {
  region: string;
  sessions: readonly TrafficMirrorSession[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const t = useT();
  const noteId = useId();
  const enis = useInfiniteQuery(operationPagesOptions(mirrorLists.sourceEnis(region)));
  const targets = useInfiniteQuery(operationPagesOptions(mirrorLists.targets(region)));
  const { serviceManaged } = splitServiceManaged(
    enis.data?.pages.flatMap((p) => p.NetworkInterfaceSets) ?? [],
  );
  const receiving = enisReceiving(targets.data?.pages.flatMap((p) => p.TrafficMirrorTargets) ?? [], sessions);

  return (
    <div className="flex flex-col gap-1">
      <CatalogPicker
        list={mirrorLists.sourceEnis(region)}
        legend={t("mirrorSessions.source")}
        value={value ? [value] : []}
        onChange={([id]) => onChange(id ?? "")}
        error={error}
        describedBy={serviceManaged > 0 ? noteId : undefined}
        toOptions={(page) =>
          splitServiceManaged(page.NetworkInterfaceSets).eligible.map((eni) => {
            const target = receiving.get(eni.NetworkInterfaceId);
            return {
              value: eni.NetworkInterfaceId,
              label: eni.NetworkInterfaceName
                ? `${eni.NetworkInterfaceName} (${eni.NetworkInterfaceId})`
                : eni.NetworkInterfaceId,
              detail: t("mirrorSessions.eniDetail", {
                ip: eni.PrimaryIpAddress ?? "—",
                type: vendorText(t, eni.Type),
                status: vendorText(t, eni.Status),
                instance: eni.DeviceId || t("mirrorSessions.detached"),
              }),
              disabledReason: target ? t("mirrorSessions.eniIsTarget", { target }) : undefined,
            };
          })
        }
      />
      {serviceManaged > 0 && (
        <p
          id={noteId}
          data-testid="service-managed-note"
          className="text-xs text-neutral-700 dark:text-neutral-300"
        >
          <span aria-hidden="true">ℹ </span>
          {t("mirrorSessions.serviceManagedHidden", { count: serviceManaged })}
        </p>
      )}
    </div>
  );
}
