"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { InputOf, OperationDef, OperationMeta, OutputOf } from "@/lib/operations/types";
import type { ProxySuccessBody } from "@/lib/proxy/proxy-error";
import { cloudKeys } from "./keys";
import { OperationFailure } from "./operation-failure";
import { postOperation } from "./post-operation";

/**
 * ClientToken per submit attempt (issue #5): a retry of the same attempt — same input after a transient
 * failure — reuses the token so the cloud deduplicates it; anything else starts a new attempt.
 */
export class AttemptTokens {
  private last: { input: string; token: string } | null = null;

  constructor(private readonly newToken: () => string = () => crypto.randomUUID()) {}

  tokenFor(input: unknown): string {
    const key = JSON.stringify(input);
    if (this.last?.input === key) return this.last.token;
    this.last = { input: key, token: this.newToken() };
    return this.last.token;
  }

  /** The attempt ended (success, or a failure the operator must fix): the next submit is a new attempt. */
  settle(): void {
    this.last = null;
  }
}

/** What a catalog mutation resolves with: the cloud's result and the RequestId. */
export type Sent<Def> = ProxySuccessBody<OutputOf<Def>>;

/**
 * Sends one catalog mutation through the proxy route. Idempotent operations get a ClientToken per attempt, reused
 * when the same input is sent again after a transient failure (so the cloud deduplicates it), new otherwise. Like
 * TanStack's default for mutations, a failed call is not retried here: the token makes the operator's retry safe.
 */
export function sendOperation<Def extends OperationDef>(
  meta: OperationMeta<OutputOf<Def>>,
  region: string,
  tokens: AttemptTokens,
) {
  return async (input: InputOf<Def>, signal?: AbortSignal): Promise<Sent<Def>> => {
    const fields = input as Record<string, unknown>;
    const body =
      meta.idempotent && fields.ClientToken === undefined
        ? { ...fields, ClientToken: tokens.tokenFor(input) }
        : input;
    try {
      const response = await postOperation<OutputOf<Def>>(meta.id, region, body, signal);
      tokens.settle();
      return response;
    } catch (error) {
      if (!(error instanceof OperationFailure && error.isTransient)) tokens.settle();
      throw error;
    }
  };
}

/**
 * After a mutation settles, every list of its product in its region is read again (one key prefix, lib/queries/
 * keys.ts); TanStack waits for that read before it resolves the mutation and frees its scope, so the caller sees
 * the new state and the poller starts from a fresh read — nobody needs to read again on top of it.
 */
export function rereadProduct(queryClient: QueryClient, meta: OperationMeta, region: string) {
  return queryClient.invalidateQueries({ queryKey: cloudKeys.product(meta, region) });
}

/**
 * One catalog mutation as TanStack's `useMutation`, typed end to end: its input is the catalog's `InputOf<Def>`, so
 * a field renamed in the operation's schema breaks every form and caller that still sends the old name. `Def` is
 * the full entry's type (`typeof createTrafficMirrorSession`, a type-only import: no zod at run time) and must be
 * given; `meta` is the zod-free half that ships with the page.
 *
 * `onSent` runs once the cloud accepted the call and before the lists are read again, so a watch can expect what
 * the call started (a new id) when the re-read arrives.
 */
export function useCatalogMutation<Def extends OperationDef = never>(
  meta: OperationMeta<OutputOf<Def>>,
  region: string,
  { onSent }: { onSent?: (sent: Sent<Def>, input: InputOf<Def>) => void } = {},
) {
  const queryClient = useQueryClient();
  const [tokens] = useState(() => new AttemptTokens());
  return useMutation({
    mutationKey: [...cloudKeys.product(meta, region), meta.id],
    mutationFn: (input: InputOf<Def>) => sendOperation<Def>(meta, region, tokens)(input),
    onSuccess: (sent, input) => onSent?.(sent, input),
    onSettled: () => rereadProduct(queryClient, meta, region),
  });
}
