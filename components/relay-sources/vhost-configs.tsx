"use client";

import { clientOnly } from "@/components/ui/client-only";
import { LoadingNote } from "@/components/ui/loading-note";
import { useState } from "react";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { deleteRelaySourceV3Meta } from "@/lib/operations/live/delete-relay-source-v3.meta";
import { describeRelaySourceV3Meta } from "@/lib/operations/live/describe-relay-source-v3.meta";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";
import { useVhostConfigs } from "@/lib/data/relay-sources/use-vhost-configs";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { RelayConfigCard } from "./relay-config-card";
import { blankFormValues, configToFormValues } from "./relay-form-rows";
import type { RelayInput } from "./relay-form-values";
import { SavedConfig, type SavedState } from "./saved-config";

// Fetched when first shown: react-hook-form, the resolver and the catalog's zod schema stay out of first-load JS.
const RelaySourceForm = clientOnly(() => import("./relay-source-form").then((m) => m.RelaySourceForm), {
  loading: LoadingNote,
});

/** One chosen vhost: its data layer owns the configs query and the save/delete mutations; this only renders. */
export function VhostConfigs({ vhost }: { vhost: string }) {
  const t = useT();
  const toast = useToast();
  // `formKey` remounts the form with fresh defaults for "Edit" and "New configuration".
  const [editing, setEditing] = useState<{ config: RelaySourceConfig | null; formKey: number }>({
    config: null,
    formKey: 0,
  });
  const [saved, setSaved] = useState<SavedState | null>(null);
  const [pendingDelete, setPendingDelete] = useState<{ config: RelaySourceConfig; group: string } | null>(
    null,
  );
  // The failed delete and the group it concerns: the panel names them.
  const [deleteFailure, setDeleteFailure] = useState<{
    failure: OperationFailure;
    app: string;
    group: string;
  } | null>(null);

  const { configs, update, remove, readBack } = useVhostConfigs(vhost);

  const edit = (config: RelaySourceConfig | null) => {
    setEditing((e) => ({ config, formKey: e.formKey + 1 }));
    setSaved(null);
  };

  async function handleSave(input: RelayInput) {
    setSaved(null);
    await update.mutateAsync(input);
    toast("success", t("relaySources.savedToast", { app: input.App }));
    setSaved({ app: input.App, ...readBack(input.App) });
  }

  async function handleDelete(config: RelaySourceConfig, group: string) {
    setPendingDelete(null);
    setDeleteFailure(null);
    try {
      await remove.mutateAsync({ Vhost: config.Vhost, App: config.App, Group: group });
      toast("success", t("relaySources.deleted", { app: config.App, group }));
      if (saved?.app === config.App) setSaved(null);
    } catch (error) {
      if (error instanceof OperationFailure) setDeleteFailure({ failure: error, app: config.App, group });
      else throw error;
    }
  }

  const list = [...(configs.data?.RelaySourceConfigList ?? [])].sort((a, b) => a.App.localeCompare(b.App));
  return (
    <>
      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="configs-title" className="flex flex-col gap-3">
          <h2 id="configs-title" className="text-lg font-semibold">
            {t("relaySources.configs", { vhost })}
          </h2>
          {configs.isLoading && <LoadingNote />}
          {configs.error instanceof OperationFailure && (
            <LazyErrorPanel
              failure={configs.error}
              op={describeRelaySourceV3Meta}
              context={t("clarity.relay.listFailed", { vhost })}
            />
          )}
          {deleteFailure && (
            <LazyErrorPanel
              failure={deleteFailure.failure}
              op={deleteRelaySourceV3Meta}
              context={t("clarity.relay.deleteFailed", {
                app: deleteFailure.app,
                group: deleteFailure.group,
              })}
              subject={t("clarity.relay.delete", { app: deleteFailure.app, group: deleteFailure.group })}
            />
          )}
          {configs.isSuccess && list.length === 0 && (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("relaySources.empty")}</p>
          )}
          {list.map((config) => (
            <RelayConfigCard
              key={config.App}
              config={config}
              onEdit={edit}
              onDelete={(c, group) => (setDeleteFailure(null), setPendingDelete({ config: c, group }))}
            />
          ))}
        </section>
        <div className="flex flex-col gap-4">
          {saved && <SavedConfig state={saved} />}
          <RelaySourceForm
            key={`${vhost}/${editing.formKey}`}
            initialValues={editing.config ? configToFormValues(editing.config) : blankFormValues(vhost)}
            isEdit={editing.config !== null}
            onSubmit={handleSave}
            onNew={() => edit(null)}
          />
        </div>
      </div>
      <LazyConfirmDialog
        open={pendingDelete !== null}
        title={t("relaySources.deleteTitle")}
        confirmLabel={t("relaySources.delete")}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => pendingDelete && handleDelete(pendingDelete.config, pendingDelete.group)}
      >
        {pendingDelete &&
          t("relaySources.deleteBody", {
            app: pendingDelete.config.App,
            group: pendingDelete.group,
            vhost: pendingDelete.config.Vhost,
          })}
      </LazyConfirmDialog>
    </>
  );
}
