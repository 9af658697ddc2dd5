"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { cellClass } from "@/components/ui/table";
import type { AuditEvent } from "@/lib/audit/audit-types";
import { isRole } from "@/lib/auth/roles";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format-time";
import { eventResourceHref } from "@/lib/resources/event-resource-href";
import { OperationTimeline } from "./operation-timeline";
import { OutcomeBadge } from "./outcome-badge";

const COLUMNS = 7;

function Pair({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-xs font-medium text-neutral-600 dark:text-neutral-400">{label}</dt>
      <dd className="font-mono text-xs break-all">{children}</dd>
    </>
  );
}

/** One event: a summary row, and on demand everything recorded plus the operation's timeline. */
export function ActivityRow({ event }: { event: AuditEvent }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const detailsId = `event-${event.id}`;
  return (
    <>
      <tr data-event={event.id} data-action={event.action}>
        <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(event.at, locale)}</td>
        <td className={cellClass}>
          {event.actor.name}
          {event.actor.role && (
            <span className="text-xs text-neutral-500 dark:text-neutral-400">
              {" "}
              ({isRole(event.actor.role) ? t(`auth.role.${event.actor.role}`) : event.actor.role})
            </span>
          )}
        </td>
        <td className={`${cellClass} font-mono text-xs`}>{event.action}</td>
        {/* Each id whole (the table scrolls in its own box); several ids wrap between them. */}
        <td className={`${cellClass} font-mono text-xs`}>
          {event.resources.length === 0
            ? "—"
            : event.resources.slice(0, 3).map((id, i) => {
                const href = eventResourceHref(id, event.region);
                return (
                  <Fragment key={id}>
                    {i > 0 && " "}
                    <span className="whitespace-nowrap">
                      {href ? (
                        <Link
                          href={href}
                          className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                        >
                          {id}
                        </Link>
                      ) : (
                        id
                      )}
                    </span>
                  </Fragment>
                );
              })}
        </td>
        <td className={cellClass}>
          <OutcomeBadge event={event} />
          {event.error && (
            <span className="ml-1 font-mono text-xs" title={event.error.message}>
              {event.error.code}
            </span>
          )}
        </td>
        <td className={`${cellClass} font-mono text-xs`}>{event.requestId ?? "—"}</td>
        <td className={cellClass}>
          <Button
            variant="ghost"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? t("audit.row.hide") : t("audit.row.show")}
          </Button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} data-details={event.id}>
          <td colSpan={COLUMNS} className="bg-neutral-50 px-3 py-3 dark:bg-neutral-900">
            <div className="grid gap-4 lg:grid-cols-2">
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                {event.error && <Pair label={t("audit.detail.message")}>{event.error.message}</Pair>}
                {event.cloud && (
                  <Pair label={t("audit.detail.where")}>{`${event.cloud} · ${event.region ?? "—"}`}</Pair>
                )}
                {event.clientToken && <Pair label="ClientToken">{event.clientToken}</Pair>}
                {event.latencyMs !== null && (
                  <Pair label={t("audit.detail.latency")}>
                    {t("audit.detail.ms", { ms: event.latencyMs })}
                  </Pair>
                )}
                <Pair label={t("audit.detail.client")}>
                  {`${event.actor.clientIp ?? "—"} · ${event.actor.userAgent ?? "—"}`}
                </Pair>
                {event.input !== null && (
                  <Pair label={t("audit.detail.input")}>{JSON.stringify(event.input)}</Pair>
                )}
                {event.detail && <Pair label={t("audit.detail.detail")}>{JSON.stringify(event.detail)}</Pair>}
                <Pair label={t("audit.detail.hash")}>{`#${event.seq} ${event.hash}`}</Pair>
              </dl>
              {event.operationId ? (
                <OperationTimeline id={event.operationId} />
              ) : (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("audit.timeline.none")}</p>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
