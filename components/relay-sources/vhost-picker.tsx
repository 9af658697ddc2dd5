"use client";

import { formatList } from "@/lib/i18n/format-list";
import { useInfiniteQuery } from "@tanstack/react-query";
import { OptionPicker } from "@/components/fields/option-picker";
import { Button } from "@/components/ui/button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { vendorValue } from "@/lib/i18n/vendor-value";
import { listDomainDetailMeta } from "@/lib/operations/live/list-domain-detail.meta";
import { domainPages, vhostsOf } from "@/lib/data/relay-sources/vhost-options";
import { OperationFailure } from "@/lib/queries/operation-failure";

/** Radio list of the account's vhosts, each with its domains; more pages of domains load on demand. */
export function VhostPicker({
  region,
  value,
  onChange,
}: {
  region: string;
  value: string | null;
  onChange: (vhost: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const pages = useInfiniteQuery(domainPages(region));
  // Already inside brackets, a translated type shows its raw value after a space, not in brackets of its own.
  const typeOf = (raw: string) => {
    const { label, isTranslated } = vendorValue(t, raw);
    return isTranslated ? `${label} ${raw}` : raw;
  };
  const vhosts = vhostsOf(pages.data?.pages ?? []);
  return (
    <div className="flex flex-col gap-2">
      <OptionPicker
        legend={t("relaySources.vhost")}
        isLoading={pages.isLoading}
        hasFailed={pages.isError && vhosts.length === 0}
        value={value ? [value] : []}
        onChange={([vhost]) => vhost && onChange(vhost)}
        options={vhosts.map(({ vhost, domains }) => ({
          value: vhost,
          label: vhost,
          detail: t("relaySources.vhostDomains", {
            domains: formatList(
              domains.map((d) =>
                d.Status === 0
                  ? t("locale.domainEntry", { domain: d.Domain, type: typeOf(d.Type) })
                  : t("locale.domainEntryNotServing", {
                      domain: d.Domain,
                      type: typeOf(d.Type),
                      reason: t("relaySources.domainNotServing", { status: d.Status }),
                    }),
              ),
              locale,
            ),
          }),
        }))}
        footer={
          pages.hasNextPage && (
            <Button variant="ghost" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {t("ui.loadMore")}
            </Button>
          )
        }
      />
      {pages.isSuccess && vhosts.length === 0 && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("relaySources.noDomains")}</p>
      )}
      {pages.error instanceof OperationFailure && (
        <LazyErrorPanel
          failure={pages.error}
          op={listDomainDetailMeta}
          context={t("ui.loadFailed", { what: t("relaySources.vhost") })}
          onRetry={() => (pages.isFetchNextPageError ? pages.fetchNextPage() : pages.refetch())}
        />
      )}
    </div>
  );
}
