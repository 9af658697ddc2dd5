"use client";

import { useMutation, useMutationState, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { createCustomRoutingEndpointGroupDestinationsMeta as createMeta } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations.meta";
import type { deleteCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations";
import { deleteCustomRoutingEndpointGroupDestinationsMeta as deleteMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import type { OutputOf } from "@/lib/operations/types";
import {
  AttemptTokens,
  rereadProduct,
  sendOperation,
  useCatalogMutation,
} from "@/lib/queries/catalog-mutation";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { postOperation } from "@/lib/queries/post-operation";
import { readBlockers, type Blocker, type RunQuery } from "./accelerator-blockers";
import { AcceleratorBusy, ChangeTicket } from "./change-ticket";
import {
  destinationChangeOptions,
  gaChangeKeys,
  sentRequestOf,
  type AddDestinationsInput,
  type DestinationChange,
  type QueuedChange,
} from "./destination-changes";

const REGION = gaRegion.fixed;

/** The codes Terraform's GA destination resource also waits out and retries (docs/cloud-apis.md §9). */
const BUSY_CODES = new Set(["StateError.EndPointGroup", "StateError.Accelerator", "NotActive.Listener"]);

const isBusyRefusal = (error: unknown) =>
  error instanceof OperationFailure && error.detail.source === "cloud" && BUSY_CODES.has(error.detail.code);

const runQuery: RunQuery = async (op, input, signal) =>
  (await postOperation<OutputOf<typeof op>>(op.id, op.region.fixed ?? REGION, input, signal)).result;

/**
 * Gives a change this attempt's ClientToken (both operations are `idempotent` in the catalog and take one,
 * docs/cloud-apis.md §1.6, §4). A change that already carries a token is a resend of what was sent and keeps it.
 */
function stampWith(tokens: { add: AttemptTokens; remove: AttemptTokens }) {
  return (change: DestinationChange): DestinationChange => {
    if (change.input.ClientToken !== undefined) return change;
    if (change.kind === "add") {
      if (!createMeta.idempotent) return change;
      return { kind: "add", input: { ...change.input, ClientToken: tokens.add.tokenFor(change.input) } };
    }
    if (!deleteMeta.idempotent) return change;
    return { kind: "delete", input: { ...change.input, ClientToken: tokens.remove.tokenFor(change.input) } };
  };
}

const pendingChanges = (queryClient: QueryClient, acceleratorId?: string) =>
  queryClient.getMutationCache().findAll({
    mutationKey: acceleratorId === undefined ? gaChangeKeys.all : gaChangeKeys.accelerator(acceleratorId),
    status: "pending",
  });

/**
 * Adds and deletes of destinations under one accelerator, each waiting its turn and for the accelerator to be
 * settled (destination-changes.ts). `submit` resolves when the cloud accepted the change and the lists were read
 * again; it rejects with the cloud's refusal, or with QueueCancelledError at once when the change is cancelled.
 * A dry run changes nothing, so it needs no turn: `validateAdd` sends it straight away. `resendable(failure)` is
 * what a failed send carried, and `resend` queues exactly it again (same input, same ClientToken) behind whatever
 * the accelerator is doing — "Retry with the same request" after an unclear outcome.
 */
export function useDestinationChanges(acceleratorId: string) {
  const queryClient = useQueryClient();
  const [tokens] = useState(() => ({ add: new AttemptTokens(), remove: new AttemptTokens() }));
  const changes = useMutation(
    destinationChangeOptions(
      acceleratorId,
      {
        blockers: (id, signal) => readBlockers(runQuery, id, signal),
        send: (change: DestinationChange) =>
          change.kind === "add"
            ? sendOperation<typeof createCustomRoutingEndpointGroupDestinations>(
                createMeta,
                REGION,
                tokens.add,
              )(change.input)
            : sendOperation<typeof deleteCustomRoutingEndpointGroupDestinations>(
                deleteMeta,
                REGION,
                tokens.remove,
              )(change.input),
        stamp: stampWith(tokens),
        isBusyRefusal,
      },
      () => rereadProduct(queryClient, createMeta, REGION),
    ),
  );
  const dryRun = useCatalogMutation<typeof createCustomRoutingEndpointGroupDestinations>(createMeta, REGION);

  function submit(change: DestinationChange, label: string): Promise<unknown> {
    const ticket = new ChangeTicket(pendingChanges(queryClient, acceleratorId).length > 0);
    const queued: QueuedChange = { change, acceleratorId, label, ticket };
    return Promise.race([changes.mutateAsync(queued), ticket.whenCancelled()]);
  }

  /** Queues again exactly what the send that failed with `failure` carried; rejects with it if nothing was sent. */
  function resend(failure: unknown, label: string): Promise<unknown> {
    const sent = sentRequestOf(failure);
    return sent ? submit(sent, label) : Promise.reject(failure);
  }

  const validateAdd = (input: AddDestinationsInput) => dryRun.mutateAsync({ ...input, DryRun: true });
  return { submit, resend, resendable: sentRequestOf, validateAdd };
}

/** Cancels every change not sent yet, of every accelerator (the page is going away). */
export function cancelUnsentChanges(queryClient: QueryClient): void {
  for (const mutation of pendingChanges(queryClient))
    (mutation.state.variables as QueuedChange).ticket.cancel();
}

export type ChangePhase = "queued" | "waiting" | "sending";

/** A pending change as the queue view shows it. */
export interface ChangeView {
  id: number;
  label: string;
  phase: ChangePhase;
  /** While `waiting`: what the change waits for. */
  blockers: readonly Blocker[];
  /** While `queued`: how many earlier changes of the same accelerator are ahead. */
  ahead: number;
  /** It had to wait (behind another change, for a blocker, or after a busy refusal) — worth showing. */
  hasWaited: boolean;
  ticket: ChangeTicket;
}

/**
 * The accelerator's pending changes, oldest first, from TanStack's mutation cache: the first is running (waiting for
 * blockers, or being sent), the others wait for their turn. Cancelled ones are left out at once.
 */
export function useQueuedChanges(acceleratorId: string): ChangeView[] {
  const pending = useMutationState({
    filters: { mutationKey: gaChangeKeys.accelerator(acceleratorId), status: "pending" },
    select: (m) => ({
      id: m.mutationId,
      queued: m.state.variables as QueuedChange,
      failureReason: m.state.failureReason,
    }),
  });
  return [...pending]
    .sort((a, b) => a.id - b.id)
    .filter(({ queued }) => !queued.ticket.cancelled)
    .map(({ id, queued: { label, ticket }, failureReason }, index): ChangeView => {
      const blockers = failureReason instanceof AcceleratorBusy ? failureReason.blockers : [];
      const phase: ChangePhase = ticket.sent ? "sending" : blockers.length > 0 ? "waiting" : "queued";
      return { id, label, phase, blockers, ahead: index, hasWaited: ticket.hasWaited || index > 0, ticket };
    });
}
