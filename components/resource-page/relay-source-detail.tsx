"use client";

import type { OperationSnippet } from "@/components/tokens/copy-as-operation";
import { RelayConfigCard } from "@/components/relay-sources/relay-config-card";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useVhostConfigs } from "@/lib/data/relay-sources/use-vhost-configs";
import { detailRead } from "@/lib/data/resource-detail/use-resource-detail";
import { useT } from "@/lib/i18n/i18n-provider";
import { deleteRelaySourceV3Meta } from "@/lib/operations/live/delete-relay-source-v3.meta";
import { describeRelaySourceV3Meta } from "@/lib/operations/live/describe-relay-source-v3.meta";
import { updateRelaySourceV3Meta } from "@/lib/operations/live/update-relay-source-v3.meta";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";
import { ResourceDetail } from "./resource-detail";
import { useDetailAction } from "./use-detail-action";

/**
 * /relay-sources/<vhost>[?app=&group=]: a vhost's relay origins as the cloud holds them (DescribeRelaySourceV3),
 * narrowed to one app and one group when the address names them, each group deletable. Relay configs have no status
 * to watch: the change is synchronous (docs/cloud-apis.md §7.1).
 */
export function RelaySourceDetail({ vhost, app, group }: { vhost: string; app?: string; group?: string }) {
  const t = useT();
  const toast = useToast();
  const deletion = useDetailAction<{ config: RelaySourceConfig; group: string }>();
  const { configs, remove } = useVhostConfigs(vhost);
  const shown = (configs.data?.RelaySourceConfigList ?? [])
    .filter((c) => !app || c.App === app)
    .map((c) => (group ? { ...c, GroupDetails: c.GroupDetails.filter((g) => g.Group === group) } : c))
    .filter((c) => c.GroupDetails.length > 0 || !group)
    .sort((a, b) => a.App.localeCompare(b.App));

  // Update re-applies an app's whole configuration (it replaces the app's groups), so its snippet carries every
  // group the cloud holds even when the page is narrowed to one; Delete names the group this page shows.
  const all = configs.data?.RelaySourceConfigList ?? [];
  const snippets: OperationSnippet[] = shown.flatMap((c) => [
    {
      op: updateRelaySourceV3Meta,
      input: all.find((full) => full.App === c.App) ?? c,
      subject: shown.length > 1 ? c.App : undefined,
    },
    ...(group ? [{ op: deleteRelaySourceV3Meta, input: { Vhost: c.Vhost, App: c.App, Group: group } }] : []),
  ]);

  const handleDelete = (config: RelaySourceConfig, groupName: string) =>
    deletion.run(async () => {
      await remove.mutateAsync({ Vhost: config.Vhost, App: config.App, Group: groupName });
      toast("success", t("relaySources.deleted", { app: config.App, group: groupName }));
    });

  return (
    <>
      <ResourceDetail
        read={detailRead(configs, describeRelaySourceV3Meta)}
        found={shown.length > 0}
        attributes={[
          { label: "Vhost", value: vhost, id: vhost },
          ...(app ? [{ label: "App", value: app, id: app }] : []),
          ...(group ? [{ label: "Group", value: group }] : []),
        ]}
        snippets={snippets}
        notices={
          <>
            {deletion.failure && <LazyErrorPanel failure={deletion.failure} op={deleteRelaySourceV3Meta} />}
            <div className="flex flex-col gap-3">
              {shown.map((config) => (
                <RelayConfigCard
                  key={config.App}
                  config={config}
                  onDelete={(c, g) => (deletion.setFailure(null), deletion.ask({ config: c, group: g }))}
                />
              ))}
            </div>
          </>
        }
        history={{
          resource: vhost,
          alsoNames: app ? [app] : undefined,
          version: JSON.stringify(shown.map((c) => [c.App, c.GroupDetails.length])),
        }}
        list={{ href: "/relay-sources", label: t("relaySources.title") }}
      />
      <LazyConfirmDialog
        open={deletion.asking !== null}
        title={t("relaySources.deleteTitle")}
        confirmLabel={t("relaySources.delete")}
        onCancel={deletion.cancel}
        onConfirm={() => deletion.asking && handleDelete(deletion.asking.config, deletion.asking.group)}
      >
        {deletion.asking &&
          t("relaySources.deleteBody", {
            app: deletion.asking.config.App,
            group: deletion.asking.group,
            vhost: deletion.asking.config.Vhost,
          })}
      </LazyConfirmDialog>
    </>
  );
}
