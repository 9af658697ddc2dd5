import { queryOptions } from "@tanstack/react-query";
import type { OutputOf } from "@/lib/operations/types";
import { describeTrafficMirrorSessionsMeta as op } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { cloudKeys } from "@/lib/queries/keys";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { tokenPaging } from "@/lib/queries/paging";
import { postOperation } from "@/lib/queries/post-operation";

const FIRST_PAGE = { MaxResults: 100 };
// A guard against a NextToken that never ends; 50 × 100 is far above any session quota.
const MAX_PAGES = 50;
const nextPage = tokenPaging<OutputOf<typeof op>>();

/**
 * Every session of the region in one query, following NextToken (the API has no TotalCount, docs/cloud-apis.md §6.2):
 * the form needs all of them to know which priorities are taken, and the table shows the same data.
 */
export function allSessionsOptions(region: string) {
  return queryOptions({
    queryKey: [...cloudKeys.operation(op, region, FIRST_PAGE), "all"] as const,
    queryFn: async ({ signal }) => {
      const sessions: TrafficMirrorSession[] = [];
      let input: Record<string, unknown> | undefined = FIRST_PAGE;
      for (let page = 0; input && page < MAX_PAGES; page++) {
        const { result } = await postOperation<OutputOf<typeof op>>(op.id, region, input, signal);
        sessions.push(...result.TrafficMirrorSessions);
        input = nextPage(result, input);
      }
      return sessions;
    },
    retry: (count, error) => error instanceof OperationFailure && error.isTransient && count < 2,
  });
}
