"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import type { Cloud, OperationMeta } from "@/lib/operations/types";
import { errorHelpHref } from "@/lib/snippets/help-links";

// An action name is one long word: it may break anywhere rather than widen the form beside it.
const linkClass =
  "text-sm text-sky-800 underline underline-offset-2 [overflow-wrap:anywhere] dark:text-sky-300";

/** The operation's vendor API reference, opened in a new tab. */
export function ApiReferenceLink({ op }: { op: Pick<OperationMeta, "docsUrl" | "action"> }) {
  const t = useT();
  return (
    <a
      href={op.docsUrl}
      target="_blank"
      rel="noopener noreferrer"
      className={linkClass}
      data-testid="api-reference"
    >
      {t("tokens.help.apiReference")}: {op.action} ↗
    </a>
  );
}

/** For a documented error code: the vendor's page that explains it. */
export function ErrorHelpLink({
  cloud,
  code,
  op,
}: {
  cloud: Cloud;
  code: string;
  op?: Pick<OperationMeta, "docsUrl" | "product">;
}) {
  const t = useT();
  return (
    <p className="mt-1">
      <a
        href={errorHelpHref(cloud, code, op)}
        target="_blank"
        rel="noopener noreferrer"
        className={linkClass}
        data-testid="error-help"
      >
        {t("tokens.help.errorDocs")} ↗
      </a>
    </p>
  );
}
