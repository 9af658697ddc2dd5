"use client";

import { CatalogPicker } from "@/components/fields/catalog-picker";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { gaLists } from "@/lib/data/ga-destinations/ga-lists";
import { formatPorts } from "./format-ports";
import type { GaSelection } from "./ga-selection";

/**
 * Accelerator → listener → endpoint group. Each choice resets the ones below it. Standard listeners are listed
 * (so the operator sees they exist) but cannot be chosen: only custom-routing listeners have destinations.
 */
export function GaPickers({
  selection,
  onChange,
}: {
  selection: GaSelection;
  onChange: (s: GaSelection) => void;
}) {
  const t = useT();
  const { acceleratorId, listenerId, groupId } = selection;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <CatalogPicker
        list={gaLists.accelerators()}
        legend={t("gaDestinations.accelerator")}
        value={acceleratorId ? [acceleratorId] : []}
        onChange={([id]) => onChange({ acceleratorId: id ?? null, listenerId: null, groupId: null })}
        toOptions={(page) =>
          page.Accelerators.map((a) => ({
            value: a.AcceleratorId,
            label: a.Name || a.AcceleratorId,
            detail: t("gaDestinations.acceleratorDetail", {
              id: a.AcceleratorId,
              spec: a.Spec ?? "—",
              state: vendorText(t, a.State),
            }),
          }))
        }
      />
      {acceleratorId === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {t("gaDestinations.chooseAccelerator")}
        </p>
      ) : (
        <CatalogPicker
          key={acceleratorId}
          list={gaLists.listeners(acceleratorId)}
          legend={t("gaDestinations.listener")}
          value={listenerId ? [listenerId] : []}
          onChange={([id]) => onChange({ acceleratorId, listenerId: id ?? null, groupId: null })}
          toOptions={(page) =>
            page.Listeners.map((l) => {
              const type = t(
                l.Type === "CustomRouting"
                  ? "gaDestinations.listenerType.CustomRouting"
                  : "gaDestinations.listenerType.Standard",
              );
              return {
                value: l.ListenerId,
                label: l.Name || l.ListenerId,
                detail: t("gaDestinations.listenerDetail", {
                  id: l.ListenerId,
                  type,
                  protocol: l.Protocol,
                  ports: l.PortRanges.map((r) => formatPorts(r.FromPort, r.ToPort)).join(", "),
                  state: vendorText(t, l.State),
                }),
                disabledReason:
                  l.Type === "CustomRouting"
                    ? undefined
                    : t("gaDestinations.listenerNotApplicable", { type }),
              };
            })
          }
        />
      )}
      {acceleratorId !== null &&
        (listenerId === null ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            {t("gaDestinations.chooseListener")}
          </p>
        ) : (
          <CatalogPicker
            key={listenerId}
            list={gaLists.groups(acceleratorId, listenerId)}
            legend={t("gaDestinations.group")}
            value={groupId ? [groupId] : []}
            onChange={([id]) => onChange({ acceleratorId, listenerId, groupId: id ?? null })}
            toOptions={(page) =>
              page.EndpointGroups.map((g) => ({
                value: g.EndpointGroupId,
                label: g.Name || g.EndpointGroupId,
                detail: t("gaDestinations.groupDetail", {
                  id: g.EndpointGroupId,
                  region: g.EndpointGroupRegion,
                  state: vendorText(t, g.State),
                }),
              }))
            }
          />
        ))}
    </div>
  );
}
