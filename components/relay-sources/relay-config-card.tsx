"use client";

import Link from "next/link";
import { resourceHref } from "@/lib/resources/resource-href";
import { MutationButton } from "@/components/auth/mutation-button";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";

/**
 * One app's relay config as the cloud returned it: App → groups → origin servers in failover order. Edit and
 * Delete appear only when the caller handles them (the read-back panel shows the same card without actions).
 */
export function RelayConfigCard({
  config,
  onEdit,
  onDelete,
}: {
  config: RelaySourceConfig;
  onEdit?: (config: RelaySourceConfig) => void;
  onDelete?: (config: RelaySourceConfig, group: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  return (
    <article
      aria-labelledby={headingId}
      data-app={config.App}
      className="flex flex-col gap-3 rounded-lg border border-neutral-200 p-3 dark:border-neutral-800"
    >
      <header className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          <Link
            href={resourceHref({ kind: "relay-source", vhost: config.Vhost, app: config.App })}
            className="underline-offset-2 hover:underline"
          >
            {t("relaySources.appHeading", { app: config.App })}
          </Link>
        </h3>
        {onEdit && (
          <Button
            variant="secondary"
            aria-label={t("relaySources.editLabel", { app: config.App })}
            onClick={() => onEdit(config)}
          >
            {t("relaySources.edit")}
          </Button>
        )}
      </header>
      {config.GroupDetails.map((group) => (
        <section key={group.Group} data-group={group.Group} className="flex flex-col gap-1.5">
          <div className="flex items-center justify-between gap-2">
            <h4 className="text-sm font-medium">{t("relaySources.groupHeading", { group: group.Group })}</h4>
            {onDelete && (
              <MutationButton
                variant="ghost"
                aria-label={t("relaySources.deleteLabel", { app: config.App, group: group.Group })}
                onClick={() => onDelete(config, group.Group)}
              >
                {t("relaySources.delete")}
              </MutationButton>
            )}
          </div>
          <Table
            caption={t("relaySources.groupHeading", { group: group.Group })}
            headers={["#", t("relaySources.protocol"), t("relaySources.domain"), t("relaySources.params")]}
          >
            {group.Servers.map((server, i) => {
              const params = Object.entries(server.RelaySourceParams ?? {});
              return (
                <tr key={`${i}-${server.RelaySourceDomain}`}>
                  <td className={cellClass}>{i + 1}</td>
                  <td className={`${cellClass} font-mono`}>{server.RelaySourceProtocol}</td>
                  <td className={`${cellClass} font-mono`}>{server.RelaySourceDomain}</td>
                  <td className={`${cellClass} font-mono text-xs`}>
                    {params.length === 0
                      ? t("relaySources.paramsNone")
                      : params.map(([key, value]) => <div key={key}>{`${key}=${value}`}</div>)}
                  </td>
                </tr>
              );
            })}
          </Table>
        </section>
      ))}
    </article>
  );
}
