"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { operationPagesOptions } from "@/lib/queries/operation-pages";
import type { NextPage } from "@/lib/queries/paging";
import { OptionPicker, type PickerOption } from "./option-picker";

/**
 * OptionPicker fed by a catalog list operation, page by page ("Load more" follows NextToken or PageNumber).
 */
export function CatalogPicker<Op extends OperationMeta>({
  op,
  region,
  input,
  nextPage,
  toOptions,
  enabled = true,
  ...picker
}: {
  op: Op;
  region: string;
  input: Record<string, unknown>;
  nextPage: NextPage<OutputOf<Op>>;
  toOptions: (page: OutputOf<Op>) => PickerOption[];
  enabled?: boolean;
  legend: string;
  value: string[];
  onChange: (value: string[]) => void;
  max?: number;
  multiple?: boolean;
  error?: string;
  describedBy?: string;
}) {
  const t = useT();
  const pages = useInfiniteQuery({ ...operationPagesOptions(op, region, input, nextPage), enabled });
  const options = pages.data?.pages.flatMap(toOptions) ?? [];
  return (
    <OptionPicker
      {...picker}
      options={options}
      isLoading={pages.isLoading}
      footer={
        <>
          {pages.hasNextPage && (
            <Button variant="ghost" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {t("ui.loadMore")}
            </Button>
          )}
          {pages.error && (
            <p role="alert" className="text-sm text-red-700">
              {pages.error.message}
            </p>
          )}
        </>
      }
    />
  );
}
