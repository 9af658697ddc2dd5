"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import type { ProxySuccessBody } from "@/lib/proxy/proxy-error";
import { AttemptTokens } from "./client-token";
import { cloudKeys } from "./keys";
import { OperationFailure } from "./operation-failure";
import { postOperation } from "./post-operation";

/**
 * One catalog mutation. Idempotent operations get a ClientToken per attempt, reused when the same input is
 * retried after a transient failure. Settling invalidates every list of the product in that region, and the
 * call resolves (or rejects) once those lists are read again.
 *
 * Not TanStack's useMutation: its MutationObserver is ~0.85 kB gzip of first-load JS on the pages that own a mutation,
 * and the pages use nothing of it beyond `mutateAsync` and `isPending` (docs/DECISIONS.md). Like useMutation,
 * a failed call is not retried here (the ClientToken makes the operator's own retry safe).
 */
export function useOperationMutation<Op extends OperationMeta>(op: Op, region: string) {
  const queryClient = useQueryClient();
  const [tokens] = useState(() => new AttemptTokens());
  const [inFlight, setInFlight] = useState(0);
  const mutateAsync = useCallback(
    async (input: Record<string, unknown>): Promise<ProxySuccessBody<OutputOf<Op>>> => {
      const body =
        op.idempotent && input.ClientToken === undefined
          ? { ...input, ClientToken: tokens.tokenFor(input) }
          : input;
      setInFlight((n) => n + 1);
      try {
        const response = await postOperation<OutputOf<Op>>(op.id, region, body);
        tokens.settle();
        return response;
      } catch (error) {
        if (!(error instanceof OperationFailure && error.isTransient)) tokens.settle();
        throw error;
      } finally {
        await queryClient.invalidateQueries({ queryKey: cloudKeys.product(op, region) });
        setInFlight((n) => n - 1);
      }
    },
    [op, region, queryClient, tokens],
  );
  return { mutateAsync, isPending: inFlight > 0 };
}
