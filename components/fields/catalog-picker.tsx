"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { operationPagesOptions, type PagedList } from "@/lib/queries/operation-pages";
import { OptionPicker, type PickerOption } from "./option-picker";

/**
 * OptionPicker fed by a catalog list (a kind's data layer names it), page by page ("Load more" follows NextToken or PageNumber). A
 * failed read shows the error panel (the cloud's code and RequestId, our explanation) with a retry, not "Nothing
 * matches": an empty list and an unreadable one call for different actions. `footer` adds the caller's notes.
 */
export function CatalogPicker<Op extends OperationMeta>({
  list,
  toOptions,
  enabled = true,
  footer,
  ...picker
}: {
  list: PagedList<Op>;
  toOptions: (page: OutputOf<Op>) => PickerOption[];
  enabled?: boolean;
  legend: string;
  value: string[];
  onChange: (value: string[]) => void;
  max?: number;
  multiple?: boolean;
  error?: string;
  describedBy?: string;
  footer?: ReactNode;
}) {
  const t = useT();
  const pages = useInfiniteQuery({ ...operationPagesOptions(list), enabled });
  const options = pages.data?.pages.flatMap(toOptions) ?? [];
  // A failed "Load more" keeps the pages already read; retrying asks for the missing page only.
  const retry = () => (pages.isFetchNextPageError ? pages.fetchNextPage() : pages.refetch());
  return (
    <OptionPicker
      {...picker}
      options={options}
      isLoading={pages.isLoading}
      hasFailed={pages.isError && options.length === 0}
      footer={
        <>
          {pages.hasNextPage && !pages.isFetchNextPageError && (
            <Button variant="ghost" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {t("ui.loadMore")}
            </Button>
          )}
          {pages.error && (
            <LazyErrorPanel
              failure={pages.error}
              op={list.op}
              context={t("ui.loadFailed", { what: picker.legend })}
              onRetry={retry}
            />
          )}
          {footer}
        </>
      }
    />
  );
}
