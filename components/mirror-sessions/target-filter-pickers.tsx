"use client";

import { CatalogPicker } from "@/components/fields/catalog-picker";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { mirrorLists } from "@/lib/data/mirror-sessions/sessions-data";
import type {
  TrafficMirrorSession,
  TrafficMirrorTarget,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { enisMirrored, isAvailable } from "./eni-choices";

interface PickerProps {
  region: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}

/**
 * Mirror targets: ones that are not Available, or whose ENI is the chosen source or mirrored by a session, are
 * shown but not selectable, with the reason.
 */
export function TargetPicker({
  region,
  value,
  onChange,
  error,
  sourceEni,
  sessions,
}: PickerProps & { sourceEni: string; sessions: readonly TrafficMirrorSession[] }) {
  const t = useT();
  const mirrored = enisMirrored(sessions);
  const whyNot = (target: TrafficMirrorTarget): string | undefined => {
    if (!isAvailable(target.Status))
      return t("mirrorSessions.notAvailable", { status: vendorText(t, target.Status) });
    if (target.InstanceType !== "NetworkInterface") return undefined;
    if (target.InstanceId === sourceEni) return t("mirrorSessions.targetIsSource");
    const session = mirrored.get(target.InstanceId);
    return session ? t("mirrorSessions.targetIsMirrored", { session }) : undefined;
  };
  return (
    <CatalogPicker
      list={mirrorLists.targets(region)}
      legend={t("mirrorSessions.target")}
      value={value ? [value] : []}
      onChange={([id]) => onChange(id ?? "")}
      error={error}
      toOptions={(page) =>
        page.TrafficMirrorTargets.map((target) => ({
          value: target.TrafficMirrorTargetId,
          label: target.TrafficMirrorTargetName
            ? `${target.TrafficMirrorTargetName} (${target.TrafficMirrorTargetId})`
            : target.TrafficMirrorTargetId,
          detail: `${vendorText(t, target.InstanceType)} ${target.InstanceId} · ${vendorText(t, target.Status)}`,
          disabledReason: whyNot(target),
        }))
      }
    />
  );
}

/** Filters: ones that are not Available are shown but not selectable, with their status as the reason. */
export function FilterPicker({ region, value, onChange, error }: PickerProps) {
  const t = useT();
  return (
    <CatalogPicker
      list={mirrorLists.filters(region)}
      legend={t("mirrorSessions.filter")}
      value={value ? [value] : []}
      onChange={([id]) => onChange(id ?? "")}
      error={error}
      toOptions={(page) =>
        page.TrafficMirrorFilters.map((filter) => ({
          value: filter.TrafficMirrorFilterId,
          label: filter.TrafficMirrorFilterName
            ? `${filter.TrafficMirrorFilterName} (${filter.TrafficMirrorFilterId})`
            : filter.TrafficMirrorFilterId,
          detail: `${vendorText(t, filter.Status)} · ${t("mirrorSessions.rules", {
            ingress: filter.IngressFilterRules?.length ?? 0,
            egress: filter.EgressFilterRules?.length ?? 0,
          })}`,
          disabledReason: isAvailable(filter.Status)
            ? undefined
            : t("mirrorSessions.notAvailable", { status: vendorText(t, filter.Status) }),
        }))
      }
    />
  );
}
