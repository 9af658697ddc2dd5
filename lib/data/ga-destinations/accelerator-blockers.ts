import { listAcceleratorsMeta } from "@/lib/operations/ga/list-accelerators.meta";
import { listCustomRoutingEndpointGroupsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-groups.meta";
import { listListenersMeta } from "@/lib/operations/ga/list-listeners.meta";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { readAllPages } from "@/lib/queries/all-pages";
import { numberPaging } from "@/lib/queries/paging";
import { toneOf } from "@/lib/status/lifecycles";

/** Something that keeps the accelerator from taking a change now. */
export interface Blocker {
  kind: "accelerator" | "listener" | "endpoint-group";
  id: string;
  name?: string;
  state: string;
}

/** Calls one catalog query operation (in the browser: through the proxy route). */
export type RunQuery = <Op extends OperationMeta>(
  op: Op,
  input: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<OutputOf<Op>>;

const PAGE_SIZE = 50;

/**
 * What keeps an accelerator from taking a destination change now, in the order GA checks (docs/cloud-apis.md §4.1): the
 * accelerator while it is configuring/binding/…, any listener of it that is not active (`NotActive.Listener`), and
 * every endpoint group of it that is not settled. An accelerator that is missing or locked is not waited for —
 * the cloud's refusal is then shown as it is.
 */
export async function readBlockers(
  run: RunQuery,
  acceleratorId: string,
  signal: AbortSignal,
): Promise<Blocker[]> {
  // Three independent reads: in parallel, so a check costs one round trip, not three.
  const [accelerators, listeners, groups] = await Promise.all([
    run(listAcceleratorsMeta, { AcceleratorId: acceleratorId, PageSize: 10 }, signal),
    readAll(run, listListenersMeta, acceleratorId, signal, (p) => p.Listeners),
    readAll(run, listCustomRoutingEndpointGroupsMeta, acceleratorId, signal, (p) => p.EndpointGroups),
  ]);
  const accelerator = accelerators.Accelerators.find((a) => a.AcceleratorId === acceleratorId);
  if (!accelerator) return [];
  const blockers: Blocker[] = [];
  if (toneOf("gaAccelerator", accelerator.State) === "pending") {
    blockers.push({
      kind: "accelerator",
      id: acceleratorId,
      name: accelerator.Name,
      state: accelerator.State,
    });
  }
  for (const l of listeners) {
    if (toneOf("gaState", l.State) === "pending") {
      blockers.push({ kind: "listener", id: l.ListenerId, name: l.Name, state: l.State });
    }
  }
  for (const g of groups) {
    if (toneOf("gaState", g.State) === "pending") {
      blockers.push({ kind: "endpoint-group", id: g.EndpointGroupId, name: g.Name, state: g.State });
    }
  }
  return blockers;
}

/** Every item of a PageNumber/PageSize list of the accelerator (the console's one paging walk). */
async function readAll<Page extends { PageNumber: number; PageSize: number; TotalCount: number }, Item>(
  run: RunQuery,
  op: OperationMeta<Page>,
  acceleratorId: string,
  signal: AbortSignal,
  itemsOf: (page: Page) => Item[],
): Promise<Item[]> {
  const first = { AcceleratorId: acceleratorId, PageNumber: 1, PageSize: PAGE_SIZE };
  const { items } = await readAllPages(
    (input) => run(op, input, signal),
    first,
    numberPaging<Page>(),
    itemsOf,
  );
  return items;
}
