"use client";

import { clientOnly } from "@/components/ui/client-only";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { useQueryState } from "@/lib/url-state/query-state";
import { LoadingNote } from "@/components/ui/loading-note";
import { useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { RegionSelect } from "@/components/fields/region-select";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { deleteTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session.meta";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { mirrorLists, useRegionSessions } from "@/lib/data/mirror-sessions/sessions-data";
import { operationPagesOptions } from "@/lib/queries/operation-pages";
import { inRegion } from "@/lib/queries/all-regions";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { resourceHref } from "@/lib/resources/resource-href";
import { ALL_REGIONS, regionParam } from "@/lib/url-state/table-params";
import type { CreateSessionValues } from "./create-input";

// Fetched when first shown, not with the page: react-hook-form, the resolver and the catalog's zod schema stay
// out of first-load JS (docs/DECISIONS.md).
const CreateSessionForm = clientOnly(() => import("./create-session-form").then((m) => m.CreateSessionForm), {
  loading: LoadingNote,
});
// Mounted with the page so its code is fetched right after hydration, alongside the first read of the list, which
// it needs before it shows anything; until then the table skeleton holds its place.
const SessionsTable = clientOnly(() => import("./sessions-table").then((m) => m.SessionsTable), {
  loading: TableSkeleton,
});

// Fetched when "All regions" is chosen: useQueries and the merge stay out of the page's first load.
const AllRegionSessions = clientOnly(() => import("./all-region-sessions").then((m) => m.AllRegionSessions), {
  loading: LoadingNote,
});

const REGION = regionParam("volcengine", { all: true });

// The list and the form are on the page from its first paint: their code is asked for as soon as this module runs
// in the browser, alongside hydration, not after it (their arrival decided the page's LCP).
if (typeof window !== "undefined") {
  SessionsTable.preload();
  CreateSessionForm.preload();
}

/** The page's client island: the region picker (`?region=`, or every region), and what is below it. */
export function MirrorSessionsConsole() {
  const [region, setRegion] = useQueryState("region", REGION);
  return (
    <div className="flex flex-col gap-6">
      <RegionSelect
        cloud="volcengine"
        all
        value={region}
        onChange={(r) => void setRegion(r as typeof region)}
      />
      {region === ALL_REGIONS ? <AllRegionSessions /> : <RegionSessions key={region} region={region} />}
    </div>
  );
}

/** One region's sessions: the data layer owns the query and the mutations; the table and the form only render. */
function RegionSessions({ region }: { region: string }) {
  const t = useT();
  const toast = useToast();
  const { sessions, create, remove } = useRegionSessions(region);
  const queryClient = useQueryClient();
  // The form's three pickers read these lists once its code has arrived; asked for now, with the sessions, they are
  // in the cache by then (same keys, so nothing is read twice).
  useEffect(() => {
    void queryClient.prefetchInfiniteQuery(operationPagesOptions(mirrorLists.sourceEnis(region)));
    void queryClient.prefetchInfiniteQuery(operationPagesOptions(mirrorLists.targets(region)));
    void queryClient.prefetchInfiniteQuery(operationPagesOptions(mirrorLists.filters(region)));
  }, [queryClient, region]);
  const [pending, setPending] = useState<TrafficMirrorSession | null>(null);
  const [deleteFailure, setDeleteFailure] = useState<{
    id: string;
    session: TrafficMirrorSession;
    failure: OperationFailure;
  } | null>(null);
  const { items, complete } = sessions;
  // The form mounts in a render React may slice (a deferred value), not in the commit that shows the list's rows:
  // together they made one long task on slow machines (docs/BENCHMARKS.md "Lighthouse").
  const showForm = useDeferredValue(!sessions.isLoading);
  const rows = useMemo(() => inRegion(region, items), [region, items]);
  // Pages are read on by the data layer; the table only shows that more are coming.
  const more = useMemo(
    () => ({ hasMore: !complete, isReading: !complete, readMore: () => undefined }),
    [complete],
  );

  // The mutation resolves after the list was read again (and the watch told to expect the new session): no second read.
  async function handleCreate(input: CreateSessionValues) {
    const { result } = await create.mutateAsync(input);
    toast("success", t("mirrorSessions.started", { id: result.TrafficMirrorSessionId }), {
      href: resourceHref({ kind: "mirror-session", region, id: result.TrafficMirrorSessionId }),
    });
  }

  async function handleDelete(session: TrafficMirrorSession) {
    setPending(null);
    setDeleteFailure(null);
    try {
      await remove.mutateAsync({ TrafficMirrorSessionId: session.TrafficMirrorSessionId });
      toast("success", t("mirrorSessions.deleteStarted", { id: session.TrafficMirrorSessionId }));
    } catch (error) {
      if (!(error instanceof OperationFailure)) throw error;
      setDeleteFailure({ id: session.TrafficMirrorSessionId, session, failure: error });
    }
  }

  /** "Check now" after a delete with no clear answer: reads the region's sessions and says whether it is still there. */
  async function checkSession(id: string, time: string): Promise<string> {
    const read = await sessions.refetch();
    if (read.error) return t("clarity.check.failed", { message: read.error.message });
    const found = read.items?.find((s) => s.TrafficMirrorSessionId === id);
    return found
      ? t("clarity.check.present", { time, id, region, status: vendorText(t, found.Status) })
      : t("clarity.check.gone", { time, id, region });
  }

  return (
    <>
      <section aria-labelledby="sessions-title" className="flex flex-col gap-2">
        <h2 id="sessions-title" className="text-lg font-semibold">
          {t("mirrorSessions.list")}
          {items && complete && (
            <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
              {/* A walk stopped at the page bound is complete but not the whole region: say "at least". */}
              {t(sessions.truncated ? "mirrorSessions.countAtLeast" : "mirrorSessions.count", {
                count: items.length,
                region,
              })}
            </span>
          )}
        </h2>
        {sessions.error instanceof OperationFailure && (
          <LazyErrorPanel
            failure={sessions.error}
            op={describeTrafficMirrorSessionsMeta}
            context={t("clarity.mirror.listFailed", { region })}
          />
        )}
        {deleteFailure && (
          <LazyErrorPanel
            failure={deleteFailure.failure}
            op={deleteTrafficMirrorSessionMeta}
            context={t("mirrorSessions.deleteFailed", { id: deleteFailure.id })}
            subject={t("mirrorSessions.deleteLabel", { id: deleteFailure.id })}
            onCheck={(time) => checkSession(deleteFailure.id, time)}
            onRetrySame={() => void handleDelete(deleteFailure.session)}
          />
        )}
        {sessions.truncated && (
          <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
            {t("mirrorSessions.truncated", { count: items!.length, region })}
          </p>
        )}
        {!sessions.error && <SessionsTable rows={rows} more={more} onDelete={setPending} />}
      </section>
      {/* Shown once the list's first page is in: the table above has its height by then, so the form does not
          paint and then move down (a layout shift). It needs the sessions for the taken priorities anyway. */}
      {showForm && (
        <CreateSessionForm
          region={region}
          sessions={complete ? items! : null}
          isTakenLoading={!complete}
          onSubmit={handleCreate}
        />
      )}
      <LazyConfirmDialog
        open={pending !== null}
        title={t("mirrorSessions.deleteTitle")}
        confirmLabel={t("mirrorSessions.delete")}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && handleDelete(pending)}
      >
        {pending &&
          t("mirrorSessions.deleteBody", {
            id: pending.TrafficMirrorSessionId,
            eni: pending.TrafficMirrorSourceIds[0] ?? "—",
            target: pending.TrafficMirrorTargetId,
          })}
      </LazyConfirmDialog>
    </>
  );
}
