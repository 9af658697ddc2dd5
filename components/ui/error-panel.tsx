"use client";

import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { findOperation } from "@/lib/operations/catalog";
import { explainError } from "@/lib/operations/explain-error";
import type { Cloud, OperationMeta } from "@/lib/operations/types";
import { asFailure } from "@/lib/queries/as-failure";
import { ErrorHelpLink } from "@/components/tokens/help-links";
import { Button } from "./button";
import { CopyButton } from "./copy-button";

const isCloud = (cloud: string): cloud is Cloud => cloud === "aliyun" || cloud === "volcengine";

/**
 * What went wrong, precisely: for a cloud refusal the vendor's code, message and RequestId (what support
 * asks for) plus our localized explanation; for a validation refusal, a pointer to the highlighted fields; for the
 * console's own misconfiguration (503 `source: "config"`), that it is not configured and which server variables
 * to set — the names the proxy reports, never values (it never sends them).
 * The explanation comes from the full catalog entry (`<op>.ts`), which this panel — always loaded lazily, through
 * LazyErrorPanel — brings with it; pages pass only the operation's meta (none for the console's own routes).
 * Any error a query rejected with is accepted: the proxy's OperationFailure in full, anything else as a request
 * failure with its message (converted here, in the lazy chunk, so first-load code needs no converter).
 * `context` says what could not be done when that is not obvious from where the panel stands (a list that could
 * not be read); `onRetry` offers to read it again.
 */
export function ErrorPanel({
  failure,
  op,
  context,
  onRetry,
}: {
  failure: Error;
  op?: OperationMeta;
  context?: string;
  onRetry?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const detail = asFailure(failure).detail;
  const entry = op && findOperation(op.id);
  const doc = entry && explainError(entry, detail.code);
  const cloud = op?.cloud ?? (detail.source === "cloud" && isCloud(detail.cloud) ? detail.cloud : undefined);
  // Never "refused" for a failure that may have been applied (lib/cloud/outcome.ts): the operator would submit again.
  const cloudTitle =
    detail.outcome === "unknown"
      ? "ui.cloudNoAnswer"
      : detail.outcome === "unavailable"
        ? "ui.cloudUnavailable"
        : "ui.cloudSaid";
  const title =
    detail.source === "cloud" && cloud
      ? t(cloudTitle, { cloud: t(`common.cloud.${cloud}`) })
      : detail.source === "validation"
        ? t("ui.validationFailed")
        : detail.source === "config"
          ? t("ui.notConfigured")
          : t("ui.requestFailed");
  const hint = doc
    ? locale === "zh-CN"
      ? doc.zh
      : doc.en
    : detail.source === "request" && detail.code === "NetworkError"
      ? t("ui.networkError")
      : undefined;
  return (
    <div
      role="alert"
      data-testid="error-panel"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        <span aria-hidden="true">✕ </span>
        {context ?? title}
      </p>
      {context && <p>{title}</p>}
      {hint && <p className="mt-1">{hint}</p>}
      {doc && cloud && <ErrorHelpLink cloud={cloud} code={detail.code} op={op} />}
      {detail.source !== "validation" && (
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 font-mono text-xs">
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
      )}
      {onRetry && (
        <Button variant="secondary" className="mt-2" onClick={onRetry}>
          {t("ui.retry")}
        </Button>
      )}
    </div>
  );
}
