import { focusManager, mutationOptions } from "@tanstack/react-query";
import type { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import type { deleteCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations";
import type { InputOf } from "@/lib/operations/types";
import type { Blocker } from "./accelerator-blockers";
import {
  AcceleratorBusy,
  MAX_BUSY_REFUSALS,
  NotVisible,
  QueueCancelledError,
  RefusedAsBusy,
  type ChangeTicket,
} from "./change-ticket";

/**
 * Destination changes, one at a time per accelerator.
 *
 * Why: GA refuses a destination change while anything of the same accelerator is still applying the previous one
 * ("does not support concurrent creation … within the same GA instance", docs/cloud-apis.md §4.1) and answers
 * `StateError.EndPointGroup`. Instead of surfacing that refusal, each change waits its turn — TanStack's mutation
 * `scope`, one per accelerator: a change of the same accelerator starts only when the one before it has settled and
 * its lists were read again — and then waits until the accelerator and every listener and endpoint group of it are
 * settled, looking again at the console's polling cadence (each look that finds a blocker is a failed attempt that
 * TanStack retries, so the blockers are the mutation's `failureReason`). A change can be cancelled until it is
 * sent; once sent, the cloud owns it. Each send gets its ClientToken here, and a failed send remembers exactly
 * what went out (`sentRequestOf`): after an unclear outcome the page resends that — same input, same token —
 * through this same queue, so the cloud applies it at most once and the accelerator still sees one change at a time.
 */

export type AddDestinationsInput = InputOf<typeof createCustomRoutingEndpointGroupDestinations>;
export type DeleteDestinationsInput = InputOf<typeof deleteCustomRoutingEndpointGroupDestinations>;

export type DestinationChange =
  { kind: "add"; input: AddDestinationsInput } | { kind: "delete"; input: DeleteDestinationsInput };

/** A mutation's variables: the change, for which accelerator, its label for the queue view, and its ticket. */
export interface QueuedChange {
  change: DestinationChange;
  acceleratorId: string;
  /** Caller's description of the change (already translated). */
  label: string;
  ticket: ChangeTicket;
}

export interface ChangeDeps {
  /** Reads what currently blocks changes on the accelerator; empty = a change may be sent now. */
  blockers(acceleratorId: string, signal: AbortSignal): Promise<Blocker[]>;
  /** Sends the change to the cloud (the catalog mutation) exactly as given, its ClientToken included. */
  send(change: DestinationChange): Promise<unknown>;
  /**
   * The change as this attempt sends it: with the attempt's ClientToken, or unchanged when it already carries one
   * (a resend of what an earlier attempt sent). Without it the change is sent as it is.
   */
  stamp?(change: DestinationChange): DestinationChange;
  /** A refusal meaning "busy, try later" rather than "wrong". */
  isBusyRefusal(error: unknown): boolean;
  /** Injected so tests control time. */
  now?(): number;
}

export const gaChangeKeys = {
  all: ["ga-destination-change"] as const,
  accelerator: (acceleratorId: string) => ["ga-destination-change", acceleratorId] as const,
};

/** The scope that makes changes of one accelerator run one after the other. */
export const acceleratorScope = (acceleratorId: string) => ({ id: `ga-accelerator:${acceleratorId}` });

// Keyed by the failure a send threw: what exactly that send carried. Weak, so it lives as long as the failure shown.
const sentBy = new WeakMap<object, DestinationChange>();

/**
 * Exactly what the send that failed with `failure` carried (input and ClientToken), or undefined when the failure
 * did not come from a send (a cancellation, a blocker read). Resubmitting it is "Retry with the same request".
 */
export function sentRequestOf(failure: unknown): DestinationChange | undefined {
  return typeof failure === "object" && failure !== null ? sentBy.get(failure) : undefined;
}

/** Runs `step`; if the change was cancelled meanwhile, whatever it returned or threw becomes a cancellation. */
async function unlessCancelled<T>(ticket: ChangeTicket, step: () => Promise<T>): Promise<T> {
  if (ticket.cancelled) throw new QueueCancelledError();
  try {
    const value = await step();
    if (ticket.cancelled) throw new QueueCancelledError();
    return value;
  } catch (error) {
    if (ticket.cancelled) throw new QueueCancelledError();
    throw error;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), ms);
    function onAbort() {
      clearTimeout(timer);
      reject(new QueueCancelledError());
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** One attempt of a change, once it is its accelerator's turn: wait if due, look, then send or report a blocker. */
async function attempt({ change, acceleratorId, ticket }: QueuedChange, deps: ChangeDeps): Promise<unknown> {
  const now = deps.now ?? Date.now;
  await unlessCancelled(ticket, () => sleep(ticket.waitBeforeCheck(now()), ticket.signal));
  // A hidden tab reads nothing: this attempt fails, and TanStack holds the retry until the tab is visible again.
  if (!focusManager.isFocused()) throw new NotVisible();
  const blockers = await unlessCancelled(ticket, () => deps.blockers(acceleratorId, ticket.signal));
  if (blockers.length > 0) {
    ticket.mustWait(now());
    throw new AcceleratorBusy(blockers);
  }
  // From here the request may reach the cloud, so it can no longer be cancelled.
  if (!ticket.markSent()) throw new QueueCancelledError();
  const sent = deps.stamp ? deps.stamp(change) : change;
  try {
    return await deps.send(sent);
  } catch (error) {
    if (typeof error === "object" && error !== null) sentBy.set(error, sent);
    if (!deps.isBusyRefusal(error) || ticket.busyRefusals >= MAX_BUSY_REFUSALS) throw error;
    ticket.refusedAsBusy(now());
    throw new RefusedAsBusy(error);
  }
}

/** Attempts that end in one of these are tried again (at once: the attempt itself waits for its cadence). */
const isWaiting = (error: unknown) =>
  error instanceof AcceleratorBusy || error instanceof RefusedAsBusy || error instanceof NotVisible;

/**
 * The mutation options of an accelerator's destination changes. `onSettled` is the caller's (re-reading the lists):
 * TanStack holds the scope until it is done, so the next change looks at fresh state.
 */
export function destinationChangeOptions(
  acceleratorId: string,
  deps: ChangeDeps,
  onSettled?: () => Promise<unknown>,
) {
  return mutationOptions({
    mutationKey: gaChangeKeys.accelerator(acceleratorId),
    scope: acceleratorScope(acceleratorId),
    mutationFn: (queued: QueuedChange) => attempt(queued, deps),
    retry: (_failures: number, error: Error) => isWaiting(error),
    retryDelay: 0,
    onSettled,
  });
}
