"use client";

import Link from "next/link";
import { MutationButton } from "@/components/auth/mutation-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { resourceHref } from "@/lib/resources/resource-href";
import { isSettled, toneOf } from "@/lib/status/lifecycles";

/** The region's sessions; nothing until the first read has answered (the console shows the loading note). */
export function SessionsTable({
  region,
  sessions,
  onDelete,
}: {
  region: string;
  sessions: readonly TrafficMirrorSession[] | undefined;
  onDelete: (session: TrafficMirrorSession) => void;
}) {
  const t = useT();
  if (!sessions) return null;
  if (sessions.length === 0) return <p className="text-sm text-neutral-600">{t("mirrorSessions.empty")}</p>;
  const sorted = [...sessions].sort(
    (a, b) => a.Priority - b.Priority || a.TrafficMirrorSessionId.localeCompare(b.TrafficMirrorSessionId),
  );
  return (
    <Table
      caption={t("mirrorSessions.list")}
      headers={[
        t("mirrorSessions.col.session"),
        t("mirrorSessions.col.status"),
        t("mirrorSessions.col.source"),
        t("mirrorSessions.col.target"),
        t("mirrorSessions.col.filter"),
        t("mirrorSessions.col.priority"),
        t("mirrorSessions.col.vni"),
        t("mirrorSessions.col.packetLength"),
        t("mirrorSessions.col.actions"),
      ]}
    >
      {sorted.map((s) => (
        <tr key={s.TrafficMirrorSessionId} data-session={s.TrafficMirrorSessionId} data-priority={s.Priority}>
          <td className={cellClass}>
            <Link
              href={resourceHref({ kind: "mirror-session", region, id: s.TrafficMirrorSessionId })}
              className="font-mono break-all text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
            >
              {s.TrafficMirrorSessionId}
            </Link>
            {s.TrafficMirrorSessionName && <div>{s.TrafficMirrorSessionName}</div>}
            {s.Description && (
              <div className="text-xs text-neutral-600 dark:text-neutral-400">{s.Description}</div>
            )}
            {s.Tags && s.Tags.length > 0 && (
              <div className="text-xs text-neutral-600 dark:text-neutral-400">
                {s.Tags.map((tag) => (tag.Value ? `${tag.Key}=${tag.Value}` : tag.Key)).join(" · ")}
              </div>
            )}
          </td>
          <td className={cellClass}>
            <StatusBadge status={s.Status} tone={toneOf("mirrorSession", s.Status)} />
          </td>
          <td className={`${cellClass} font-mono text-xs break-all`}>{s.TrafficMirrorSourceIds[0] ?? "—"}</td>
          <td className={`${cellClass} font-mono text-xs break-all`}>{s.TrafficMirrorTargetId}</td>
          <td className={`${cellClass} font-mono text-xs break-all`}>{s.TrafficMirrorFilterId}</td>
          <td className={cellClass}>{s.Priority}</td>
          <td className={cellClass}>{s.VirtualNetworkId}</td>
          <td className={`${cellClass} whitespace-nowrap`}>
            {t("mirrorSessions.bytes", { count: s.PacketLength })}
          </td>
          <td className={cellClass}>
            {/* A session in transition cannot be deleted yet (InvalidTrafficMirrorSession.InvalidStatus). */}
            {isSettled("mirrorSession", s.Status) && (
              <MutationButton
                variant="ghost"
                onClick={() => onDelete(s)}
                aria-label={t("mirrorSessions.deleteLabel", { id: s.TrafficMirrorSessionId })}
              >
                {t("mirrorSessions.delete")}
              </MutationButton>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
