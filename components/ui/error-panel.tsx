"use client";

import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { findOperation } from "@/lib/operations/catalog";
import { explainError } from "@/lib/operations/explain-error";
import type { OperationMeta } from "@/lib/operations/types";
import type { OperationFailure } from "@/lib/queries/operation-failure";
import { CopyButton } from "./copy-button";

/**
 * What went wrong, precisely: for a cloud refusal the vendor's code, message and RequestId (what support
 * asks for) plus our localized explanation; for a validation refusal, a pointer to the highlighted fields.
 * The explanation comes from the full catalog entry (`<op>.ts`), which this panel — always loaded lazily, through
 * LazyErrorPanel — brings with it; pages pass only the operation's meta.
 */
export function ErrorPanel({ failure, op }: { failure: OperationFailure; op: OperationMeta }) {
  const t = useT();
  const locale = useLocale();
  const detail = failure.detail;
  const entry = findOperation(op.id);
  const doc = entry && explainError(entry, detail.code);
  const title =
    detail.source === "cloud"
      ? t("ui.cloudSaid", { cloud: t(`common.cloud.${op.cloud}`) })
      : detail.source === "validation"
        ? t("ui.validationFailed")
        : t("ui.requestFailed");
  return (
    <div
      role="alert"
      data-testid="error-panel"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        <span aria-hidden="true">✕ </span>
        {title}
      </p>
      {doc && <p className="mt-1">{locale === "zh-CN" ? doc.zh : doc.en}</p>}
      {detail.source !== "validation" && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs">
          <dt>{t("ui.errorCode")}</dt>
          <dd data-testid="error-code">{detail.code}</dd>
          <dt className="sr-only">{t("ui.message")}</dt>
          <dd className="col-span-2 font-sans">{detail.message}</dd>
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
    </div>
  );
}
