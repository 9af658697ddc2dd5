import { pollInterval } from "@/lib/status/poll-interval";

/** Per query: polls made since the data last looked settled, and the data version they were counted at. */
const progress = new WeakMap<object, { updatedAt: number; polls: number }>();

/**
 * `refetchInterval` as a function of the last data: ~1 s while anything is in flight, backing off to 10 s,
 * `false` once settled. TanStack calls it on every render too, so the back-off advances only when new data
 * arrived (`dataUpdatedAt` changed), and restarts with each new transition. Hidden tabs pause it.
 */
export function pollWhile<Data>(isInFlight: (data: Data, dataUpdatedAt: number) => boolean) {
  return (query: { state: { data: Data | undefined; dataUpdatedAt: number } }): number | false => {
    const { data, dataUpdatedAt } = query.state;
    if (data === undefined || !isInFlight(data, dataUpdatedAt)) {
      progress.delete(query);
      return false;
    }
    const last = progress.get(query);
    const polls = last === undefined ? 0 : last.updatedAt === dataUpdatedAt ? last.polls : last.polls + 1;
    progress.set(query, { updatedAt: dataUpdatedAt, polls });
    return pollInterval(true, polls);
  };
}
