"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import { CopyButton } from "@/components/ui/copy-button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeCustomRoutingEndpointGroupMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group.meta";
import type { CustomRoutingEndpointGroup } from "@/lib/operations/ga/ga-types";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { isSettled, toneOf } from "@/lib/status/lifecycles";

/** The endpoint group's own state (DescribeCustomRoutingEndpointGroup), which the console polls while it moves. */
export function GroupPanel({
  groupId,
  group,
  error,
}: {
  groupId: string;
  group: CustomRoutingEndpointGroup | undefined;
  error: Error | null;
}) {
  const t = useT();
  return (
    <section
      aria-labelledby="group-title"
      data-testid="group-panel"
      className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="group-title" className="text-lg font-semibold">
        {t("gaDestinations.groupTitle", { name: group?.Name || groupId })}
      </h2>
      {error instanceof OperationFailure && (
        <LazyErrorPanel
          failure={error}
          op={describeCustomRoutingEndpointGroupMeta}
          context={t("clarity.ga.groupFailed", { group: groupId })}
        />
      )}
      {!group && !error && <LoadingNote lines={2} />}
      {group && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-neutral-600 dark:text-neutral-400">{t("gaDestinations.group")}</dt>
          <dd className="flex items-center gap-2 font-mono">
            {group.EndpointGroupId}
            <CopyButton value={group.EndpointGroupId} label={t("gaDestinations.group")} />
          </dd>
          <dt className="text-neutral-600 dark:text-neutral-400">{t("gaDestinations.groupState")}</dt>
          <dd data-testid="group-state">
            <StatusBadge status={group.State} tone={toneOf("gaState", group.State)} />
            {!isSettled("gaState", group.State) && (
              <span className="ml-2 text-xs text-neutral-700 dark:text-neutral-300">
                {t("gaDestinations.groupUpdatingHint")}
              </span>
            )}
          </dd>
          <dt className="text-neutral-600 dark:text-neutral-400">{t("gaDestinations.groupRegion")}</dt>
          <dd>{group.EndpointGroupRegion}</dd>
          {group.EndpointGroupIpList && group.EndpointGroupIpList.length > 0 && (
            <>
              <dt className="text-neutral-600 dark:text-neutral-400">{t("gaDestinations.groupIps")}</dt>
              <dd className="font-mono text-xs">{group.EndpointGroupIpList.join(", ")}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
