"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { CopyAsOperation, type OperationSnippet } from "@/components/tokens/copy-as-operation";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OperationMeta } from "@/lib/operations/types";
import { OperationFailure } from "@/lib/queries/operation-failure";
import type { StatusTone } from "@/lib/status/lifecycles";
import { LongId } from "./long-id";
import { ResourceHistory, type HistoryFilter } from "./resource-history";

export interface Attribute {
  label: string;
  /** Text, a number, or anything rendered; `undefined`/empty shows "—". */
  value: ReactNode;
  /** An id: shown truncated with its copy button (and linked when `href` is set). */
  id?: string;
  href?: string;
}

/**
 * One resource's page body, the same for every kind: its status (a live badge while it moves), every attribute
 * the cloud returned, the actions allowed now with the same calls as a script ("Copy as…"), and its history from the audit trail. The kind's component reads
 * the resource (and polls it while it moves, as its list does) and declares the rest.
 */
export function ResourceDetail({
  read,
  found,
  status,
  attributes,
  actions,
  snippets = [],
  notices,
  history,
  list,
}: {
  /** The read of the resource: loading and failure are shown here. */
  read: { isLoading: boolean; error: unknown; op: OperationMeta; retry: () => void };
  found: boolean;
  status?: { value: string; tone: StatusTone; watched?: boolean };
  attributes: Attribute[];
  actions?: ReactNode;
  /** The mutations the page's actions perform, on this resource: offered as curl / SDK / CLI / Terraform. */
  snippets?: OperationSnippet[];
  /** Failures of an action, outcomes: shown above the attributes. */
  notices?: ReactNode;
  history: HistoryFilter;
  /** Where "back to the list" goes when the resource does not exist. */
  list: { href: string; label: string };
}) {
  const t = useT();
  if (read.isLoading) return <p className="text-sm">{t("ui.loading")}</p>;
  // A read by id that the cloud refuses as unknown is the not-found state, not an error.
  const missing = isNotFound(read.error);
  if (!missing && read.error instanceof OperationFailure)
    return <LazyErrorPanel failure={read.error} op={read.op} onRetry={read.retry} />;
  return (
    <div className="flex min-w-0 flex-col gap-6">
      {found && !missing ? (
        <>
          {(status || actions || snippets.length > 0) && (
            <div className="flex flex-wrap items-center gap-3" data-testid="resource-status">
              {status && (
                <span className="flex items-center gap-2 text-sm">
                  <span className="text-neutral-600 dark:text-neutral-400">{t("views.detail.status")}</span>
                  <StatusBadge status={status.value} tone={status.tone} watched={status.watched} />
                </span>
              )}
              {(actions || snippets.length > 0) && (
                <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
                  {actions}
                  {snippets.map((s) => (
                    <CopyAsOperation key={`${s.op.id} ${s.subject ?? ""}`} {...s} />
                  ))}
                </div>
              )}
            </div>
          )}
          {notices}
          <section aria-labelledby="attributes-title" className="flex min-w-0 flex-col gap-2">
            <h2 id="attributes-title" className="text-lg font-semibold">
              {t("views.detail.attributes")}
            </h2>
            <dl className="grid min-w-0 grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-neutral-200 p-4 text-sm sm:grid-cols-[minmax(8rem,max-content)_minmax(0,1fr)] dark:border-neutral-800">
              {attributes.map((a) => (
                <AttributeRow key={a.label} attribute={a} />
              ))}
            </dl>
          </section>
        </>
      ) : (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
          data-testid="resource-not-found"
        >
          <p className="font-medium">{t("views.detail.notFound")}</p>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">{t("views.detail.notFoundHint")}</p>
          <Link
            href={list.href}
            className="text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300"
          >
            {t("views.detail.backTo", { list: list.label })}
          </Link>
        </div>
      )}
      <ResourceHistory filter={history} />
    </div>
  );
}

/** The cloud's "no such resource" (404, `…NotFound`, GA's `NotExist.…`) for a read by id. */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof OperationFailure && (error.status === 404 || /NotFound|NotExist/.test(error.detail.code))
  );
}

function AttributeRow({ attribute: a }: { attribute: Attribute }) {
  const empty = a.value === undefined || a.value === null || a.value === "";
  return (
    <>
      <dt className="font-medium text-neutral-600 dark:text-neutral-400">{a.label}</dt>
      <dd className="min-w-0 break-words">
        {a.id ? <LongId value={a.id} href={a.href} /> : empty ? "—" : a.value}
      </dd>
    </>
  );
}
