"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useEffect, useMemo, useState } from "react";
import { formatList } from "@/lib/i18n/format-list";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { resourceHref } from "@/lib/resources/resource-href";
import { resourcesInCache } from "./cached-resources";
import { REGION_LISTS, searchRegions, type RegionList } from "./region-search";

/**
 * Reads every region's lists while the palette is open (mounted with the dialog's content, so each opening searches
 * afresh, within the lists' freshness): which are still being read, and which could not be.
 */
function useRegionSearch() {
  const client = useQueryClient();
  const [state, setState] = useState<{ pending: readonly RegionList[]; failed: readonly RegionList[] }>({
    pending: REGION_LISTS,
    failed: [],
  });
  useEffect(() => {
    let live = true;
    void searchRegions(client, (list, error) => {
      if (!live) return;
      setState((s) => ({
        pending: s.pending.filter((l) => l !== list),
        failed: error === undefined ? s.failed : [...s.failed, list],
      }));
    });
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}

/**
 * The palette's resources: every one in the lists this tab has read and in the regions' lists it reads on opening,
 * each with its region, matched by id or name. While regions are read, and when one could not be, it says so
 * (politely: the operator is typing).
 */
export function ResourceMatches({
  groupClass,
  itemClass,
  onOpen,
}: {
  groupClass: string;
  itemClass: string;
  onOpen: (href: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const search = useRegionSearch();
  // Recomputed as each region's list arrives in the cache.
  const resources = useMemo(
    () => resourcesInCache(client.getQueryCache().getAll()),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the search's progress is what changes the cache
    [client, search],
  );
  const searching = new Set(search.pending.map((l) => l.region)).size;
  return (
    <>
      <p role="status" className="px-3 py-1 text-xs text-neutral-600 dark:text-neutral-400">
        {searching > 0 && (
          <span data-testid="palette-searching">{t("views.palette.searching", { count: searching })}</span>
        )}
        {search.failed.length > 0 && (
          <span data-testid="palette-unreadable" className="block text-red-700 dark:text-red-400">
            {t("views.palette.unreadable", {
              lists: formatList(
                search.failed.map((l) => `${t(`views.kind.${l.kind}`)} · ${l.region}`),
                locale,
              ),
            })}
          </span>
        )}
      </p>
      {resources.length > 0 && (
        <Command.Group heading={t("views.palette.resources")} className={groupClass}>
          {resources.map((r) => {
            const href = resourceHref(r.ref);
            const region = "region" in r.ref ? r.ref.region : undefined;
            return (
              <Command.Item
                key={href}
                value={`resource ${href}`}
                keywords={[r.id, ...(r.name ? [r.name] : [])]}
                className={itemClass}
                onSelect={() => onOpen(href)}
              >
                <span className="shrink-0 text-xs text-neutral-600 dark:text-neutral-400">
                  {t(`views.kind.${r.ref.kind}`)}
                </span>
                <span className="min-w-0 truncate font-mono text-xs">{r.id}</span>
                {r.name && <span className="min-w-0 truncate">{r.name}</span>}
                <span className="ml-auto flex shrink-0 gap-2 text-xs text-neutral-600 dark:text-neutral-400">
                  {region && <span>{region}</span>}
                  {r.status && <span>{r.status}</span>}
                </span>
              </Command.Item>
            );
          })}
        </Command.Group>
      )}
    </>
  );
}
