"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { AttemptTokens } from "./client-token";
import { cloudKeys } from "./keys";
import { OperationFailure } from "./operation-failure";
import { postOperation } from "./post-operation";

/**
 * One catalog mutation. Idempotent operations get a ClientToken per attempt, reused when the same input is
 * retried after a transient failure. Settling invalidates every list of the product in that region.
 */
export function useOperationMutation<Op extends OperationMeta>(op: Op, region: string) {
  const queryClient = useQueryClient();
  const tokens = useRef<AttemptTokens>(null);
  tokens.current ??= new AttemptTokens();
  return useMutation({
    mutationKey: ["mutation", op.id],
    mutationFn: async (input: Record<string, unknown>) => {
      const body =
        op.idempotent && input.ClientToken === undefined
          ? { ...input, ClientToken: tokens.current!.tokenFor(input) }
          : input;
      return postOperation<OutputOf<Op>>(op.id, region, body);
    },
    onSuccess: () => tokens.current!.settle(),
    onError: (error) => {
      if (!(error instanceof OperationFailure && error.isTransient)) tokens.current!.settle();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: cloudKeys.product(op, region) }),
  });
}
