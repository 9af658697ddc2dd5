"use client";

import Link from "next/link";
import { cellClass, Table } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { useT } from "@/lib/i18n/i18n-provider";
import type { Overview } from "@/lib/overview/overview-types";

/**
 * The last failed, refused-by-the-cloud or unknown mutations, read from the audit trail (they survive restarts):
 * when, what, on which resource, who asked, the code (the message on hover) and the RequestId. The resource links
 * to its events on /activity.
 */
export function RecentFailures({ failures }: { failures: Overview["failures"] }) {
  const t = useT();
  if (failures.length === 0)
    return <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("overview.failuresEmpty")}</p>;
  return (
    <Table
      caption={t("overview.failures")}
      headers={[
        t("overview.col.time"),
        t("overview.col.operation"),
        t("overview.col.resource"),
        t("overview.col.person"),
        t("overview.col.code"),
        t("overview.col.requestId"),
      ]}
    >
      {failures.map((f) => {
        const resource = f.resources?.[0];
        return (
          <tr key={`${f.at}/${f.requestId}/${f.operationId}`} data-failure={f.code}>
            <td className={cellClass}>
              <RelativeTime at={f.at} />
            </td>
            <td className={`${cellClass} font-mono text-xs`}>{f.operationId}</td>
            <td className={`${cellClass} font-mono text-xs`}>
              {resource ? (
                <Link href={`/activity?resource=${encodeURIComponent(resource)}`} className="hover:underline">
                  {resource}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={cellClass}>{f.actor ?? "—"}</td>
            <td className={`${cellClass} font-mono`} title={f.message}>
              {f.code}
            </td>
            <td className={`${cellClass} font-mono text-xs`}>{f.requestId}</td>
          </tr>
        );
      })}
    </Table>
  );
}
