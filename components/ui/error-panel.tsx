"use client";

import { QueryClientContext } from "@tanstack/react-query";
import { useContext, useState } from "react";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { findOperation } from "@/lib/operations/catalog";
import { explainError } from "@/lib/operations/explain-error";
import type { Cloud, OperationMeta } from "@/lib/operations/types";
import { formatTime } from "@/lib/i18n/format-time";
import { asFailure } from "@/lib/queries/as-failure";
import { ErrorHelpLink } from "@/components/tokens/help-links";
import { Button } from "./button";
import { CopyButton } from "./copy-button";
import { outcomeClassOf } from "./outcome-class";

const isCloud = (cloud: string): cloud is Cloud => cloud === "aliyun" || cloud === "volcengine";

/**
 * What went wrong, as exactly one message for its outcome class (lib/cloud/outcome.ts, ./outcome-class.ts), with
 * the next step beside it:
 * - refused by validation: the highlighted fields; nothing was sent.
 * - refused by the cloud: the vendor's code, message and RequestId (what support asks for) plus our localized
 *   explanation; the console's own misconfiguration (503 `source: "config"`) names the server variables to set.
 * - unavailable: nothing was changed, retrying is safe (a read retries by itself, lib/queries/read-recovery.ts).
 * - unknown (a change was sent and no answer came): "may have been applied, check first", with **Check now**
 *   (reads the resource again and says what it found) and, for operations that take a ClientToken, **Retry with
 *   the same request** (the same token: the cloud applies it at most once). The vendor's words stay in the
 *   collapsed details, so they cannot contradict the one message.
 * A failed read always offers Retry: the caller's, or a re-read of this operation's failed queries.
 * The explanation comes from the full catalog entry (`<op>.ts`), which this panel — always loaded lazily, through
 * LazyErrorPanel — brings with it; pages pass only the operation's meta (none for the console's own routes).
 * `context` heads a read failure or a refusal ("Deleting tms-… failed"); `subject` names what was attempted for the
 * outcomes where "failed" would be wrong ("Delete session tms-…"), defaulting to the operation's action.
 */
export function ErrorPanel({
  failure,
  op,
  context,
  subject,
  onRetry,
  onCheck,
  onRetrySame,
}: {
  failure: Error;
  op?: OperationMeta;
  context?: string;
  subject?: string;
  onRetry?: () => void;
  /** Reads the resource again and returns what was found, in words; the default re-reads the product's lists. */
  /** Reads the resource again and says what it found; gets the time of the check, formatted for the reader. */
  onCheck?: (time: string) => Promise<string>;
  /**
   * Sends the same request again. After an unclear outcome it is offered only for idempotent operations (same
   * ClientToken) and repeat-safe ones (a whole-configuration upsert); after `unavailable` (nothing was applied) it is
   * the panel's plain Retry, for any operation.
   */
  onRetrySame?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  // Optional: a form rendered on its own (component tests) has no query client; Check now then needs onCheck.
  const queryClient = useContext(QueryClientContext);
  const [checked, setChecked] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [rereading, setRereading] = useState(false);
  const failed = asFailure(failure);
  const detail = failed.detail;
  const entry = op && findOperation(op.id);
  const doc = entry && explainError(entry, detail.code);
  const cloudId =
    op?.cloud ?? (detail.source === "cloud" && isCloud(detail.cloud) ? detail.cloud : undefined);
  const cloud = cloudId ? t(`common.cloud.${cloudId}`) : undefined;
  const isRead = !op || op.kind === "query";
  const kind = outcomeClassOf(failed);
  const what = subject ?? op?.action ?? "";
  async function rereadFailed() {
    setRereading(true);
    try {
      await queryClient?.refetchQueries({
        predicate: (q) => q.state.status === "error" && !!op && q.queryKey.includes(op.id),
      });
    } finally {
      setRereading(false);
    }
  }
  // Not applied means resending is safe for any operation: a form's "same request" is then a plain Retry.
  const retry =
    onRetry ??
    (isRead && op && queryClient
      ? () => void rereadFailed()
      : kind === "unavailable"
        ? onRetrySame
        : undefined);

  async function checkNow() {
    setChecking(true);
    try {
      setChecked(await (onCheck ?? defaultCheck)(formatTime(Date.now(), locale)));
    } finally {
      setChecking(false);
    }
  }

  /** Reads every list of the operation's product again (any region) and reports when, or why it could not. */
  async function defaultCheck(): Promise<string> {
    const product = (q: { queryKey: readonly unknown[] }) =>
      !!op && q.queryKey[0] === "cloud" && q.queryKey[1] === op.cloud && q.queryKey[3] === op.product;
    if (!queryClient) return t("clarity.check.reread", { time: formatTime(Date.now(), locale) });
    await queryClient.refetchQueries({ predicate: product, type: "active" });
    const broken = queryClient
      .getQueryCache()
      .findAll({ predicate: product, type: "active" })
      .find((q) => q.state.status === "error");
    if (broken?.state.error) return t("clarity.check.failed", { message: broken.state.error.message });
    return t("clarity.check.reread", { time: formatTime(Date.now(), locale) });
  }

  let title: string;
  let body: string | undefined;
  if (kind === "validation") title = t("ui.validationFailed");
  else if (kind === "config") title = t("ui.notConfigured");
  else if (isRead && kind !== "refused") {
    title = context ?? t("clarity.read.failed");
    body =
      detail.source === "request" && detail.code === "NetworkError"
        ? t("clarity.read.console")
        : cloud && kind === "unavailable"
          ? t("clarity.read.unavailable", { cloud })
          : t("clarity.read.noAnswer");
  } else if (kind === "unknown") {
    title = t("clarity.unknown.title", { subject: what });
    body = t("clarity.unknown.body");
  } else if (kind === "unavailable") {
    title = t("clarity.unavailable.title", { subject: what });
    body =
      detail.source === "cloud" && cloud
        ? t("clarity.unavailable.body", { cloud })
        : t("clarity.unavailable.bodyConsole");
  } else {
    title =
      context ?? (detail.source === "cloud" && cloud ? t("ui.cloudSaid", { cloud }) : t("ui.requestFailed"));
    if (context && detail.source === "cloud" && cloud) body = t("ui.cloudSaid", { cloud });
  }
  // Our localized explanation of a refusal; an unclear outcome has one message only.
  const hint = kind === "refused" && doc ? (locale === "zh-CN" ? doc.zh : doc.en) : undefined;
  const facts = detail.source !== "validation" && (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs">
      <dt>{t("ui.errorCode")}</dt>
      <dd data-testid="error-code">{detail.code}</dd>
      <dt className="sr-only">{t("ui.message")}</dt>
      <dd className="col-span-2 font-sans">{detail.message}</dd>
      {detail.source === "config" && detail.variables.length > 0 && (
        <>
          <dt>{t("ui.configVariables")}</dt>
          <dd>
            <ul data-testid="error-variables">
              {detail.variables.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {detail.source === "cloud" && detail.requestId && (
        <>
          <dt>{t("ui.requestId")}</dt>
          <dd className="flex items-center gap-2">
            <span data-testid="error-request-id">{detail.requestId}</span>
            <CopyButton value={detail.requestId} label={t("ui.requestId")} />
          </dd>
        </>
      )}
    </dl>
  );
  const unclear = !isRead && kind === "unknown";
  return (
    <div
      role="alert"
      data-testid="error-panel"
      data-outcome={kind}
      className={`rounded-md border p-3 text-sm ${
        unclear
          ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          : "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      }`}
    >
      <p className="font-semibold" data-testid="error-title">
        <span aria-hidden="true">{unclear ? "? " : "✕ "}</span>
        {title}
      </p>
      {body && <p>{body}</p>}
      {hint && <p className="mt-1">{hint}</p>}
      {doc && cloudId && <ErrorHelpLink cloud={cloudId} code={detail.code} op={op} />}
      {unclear ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs">{t("clarity.details")}</summary>
          {facts}
        </details>
      ) : (
        facts
      )}
      {checked && (
        <p role="status" data-testid="check-result" className="mt-2 font-medium">
          {checked}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2 empty:hidden">
        {unclear && (
          <Button variant="secondary" onClick={() => void checkNow()} disabled={checking}>
            {checking ? t("clarity.checking") : t("clarity.checkNow")}
          </Button>
        )}
        {unclear && (op?.idempotent || op?.repeatSafe) && onRetrySame && (
          <Button variant="secondary" onClick={onRetrySame} title={t("clarity.retrySameHint")}>
            {t("clarity.retrySame")}
          </Button>
        )}
        {!unclear &&
          retry &&
          (isRead ? kind !== "validation" && kind !== "config" : kind === "unavailable") && (
            <Button variant="secondary" onClick={retry} disabled={rereading}>
              {t("ui.retry")}
            </Button>
          )}
      </div>
    </div>
  );
}
