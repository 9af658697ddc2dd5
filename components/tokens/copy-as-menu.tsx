"use client";

import { Dialog, DropdownMenu } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { MessageKey } from "@/lib/i18n/catalog";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OperationDef } from "@/lib/operations/types";
import { useConsoleUrl } from "./console-url";
import { ApiReferenceLink } from "./help-links";
import { SNIPPET_FORMATS, snippetsFor, type SnippetFormat } from "@/lib/snippets/snippets";

export interface CopyAsProps {
  op: OperationDef;
  /** The region the form acts in (ignored for operations with a fixed region). */
  region?: string | null;
  /** The form's current values (called when a format is picked), or a fixed input for a resource page. */
  values: unknown | (() => unknown);
  /** Which resource the snippet acts on, when a page offers several of one operation (named in the button). */
  subject?: string;
}

const LABELS: Record<SnippetFormat, MessageKey> = {
  curl: "tokens.copyAs.curl",
  sdk: "tokens.copyAs.sdk",
  cli: "tokens.copyAs.cli",
  terraform: "tokens.copyAs.terraform",
};

type Shown = { format: SnippetFormat; text: string; note: MessageKey | null } | { invalid: true };

/**
 * "Copy as…": a menu of curl / SDK / CLI / Terraform. Picking one validates the current values with the operation's
 * own schema, copies the snippet and shows it in a dialog to read; invalid values show why instead of a snippet of
 * something the console would refuse.
 */
export function CopyAsMenu({ op, region, values, subject }: CopyAsProps) {
  const t = useT();
  const consoleUrl = useConsoleUrl();
  const [shown, setShown] = useState<Shown | null>(null);

  function pick(format: SnippetFormat) {
    const raw = typeof values === "function" ? (values as () => unknown)() : values;
    const parsed = op.input.safeParse(raw);
    if (!parsed.success) return setShown({ invalid: true });
    const snippets = snippetsFor(op, parsed.data as Record<string, unknown>, {
      region,
      consoleUrl: consoleUrl ?? window.location.origin,
    });
    const text = format === "terraform" ? snippets.terraform.text : snippets[format];
    const note: MessageKey | null =
      format === "curl"
        ? "tokens.copyAs.note.curl"
        : text.includes("CLOUDNET_SECRET_")
          ? "tokens.copyAs.note.secrets"
          : null;
    void navigator.clipboard?.writeText(text).catch(() => undefined);
    setShown({ format, text, note });
  }

  return (
    // Its own spacing: some forms lay their buttons out in a flex row, others inline.
    <span className="ms-2 inline-flex max-w-full min-w-0 flex-wrap items-center gap-3">
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button
            variant="secondary"
            aria-label={[t("tokens.copyAs.button"), op.action, subject].filter(Boolean).join(" ")}
          >
            {t("tokens.copyAs.button")}
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="start"
            sideOffset={4}
            className="z-50 min-w-44 rounded-md border border-neutral-200 bg-white p-1 text-sm shadow-md dark:border-neutral-700 dark:bg-neutral-900"
          >
            {SNIPPET_FORMATS.map((format) => (
              <DropdownMenu.Item
                key={format}
                onSelect={() => pick(format)}
                className="cursor-pointer rounded px-2 py-1.5 outline-none data-[highlighted]:bg-sky-50 dark:data-[highlighted]:bg-neutral-800"
              >
                {t(LABELS[format])}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ApiReferenceLink op={op} />
      <Dialog.Root open={shown !== null} onOpenChange={(open) => (open ? undefined : setShown(null))}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
          <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex max-h-[85vh] w-[min(56rem,95vw)] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-lg border border-neutral-300 bg-white p-5 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
            <Dialog.Title className="text-lg font-semibold">
              {shown && "format" in shown
                ? t("tokens.copyAs.title", { operation: op.action, format: t(LABELS[shown.format]) })
                : t("tokens.copyAs.button")}
            </Dialog.Title>
            {shown && "format" in shown ? (
              <>
                {shown.note ? (
                  <Dialog.Description className="text-sm">{t(shown.note)}</Dialog.Description>
                ) : null}
                <pre
                  data-testid="copy-as-snippet"
                  className="overflow-auto rounded bg-neutral-100 p-3 font-mono text-xs whitespace-pre dark:bg-neutral-800"
                >
                  {shown.text}
                </pre>
                <div className="flex justify-end gap-2">
                  <CopyButton value={shown.text} label={t(LABELS[shown.format])} />
                  <Dialog.Close asChild>
                    <Button variant="secondary">{t("ui.close")}</Button>
                  </Dialog.Close>
                </div>
              </>
            ) : (
              <>
                <Dialog.Description role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {t("tokens.copyAs.invalid")}
                </Dialog.Description>
                <Dialog.Close asChild>
                  <Button variant="secondary" className="self-end">
                    {t("ui.close")}
                  </Button>
                </Dialog.Close>
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </span>
  );
}
