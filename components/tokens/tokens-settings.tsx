"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { clientOnly } from "@/components/ui/client-only";
import { CopyButton } from "@/components/ui/copy-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LoadingNote } from "@/components/ui/loading-note";
import { cellClass, Table } from "@/components/ui/table";
import type { Role } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/i18n/format-time";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { tokenApi, TOKENS_KEY } from "@/lib/tokens/token-api";
import { tokenState, type TokenSummary } from "@/lib/tokens/token-state";

// Fetched after the page: react-hook-form and the zod rules stay out of its first-load JS (docs/DECISIONS.md).
const CreateTokenForm = clientOnly(() => import("./create-token-form").then((m) => m.CreateTokenForm), {
  loading: LoadingNote,
});

/**
 * /settings/tokens: create a personal API token (shown once), see your tokens with their last use, revoke them.
 * Roles above your own are offered disabled; an administrator also sees and revokes everyone's.
 */
export function TokensSettings({ role }: { role: Role }) {
  const t = useT();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const isAdmin = role === "admin";
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TokenSummary | null>(null);
  const tokens = useQuery({ queryKey: [...TOKENS_KEY, isAdmin], queryFn: () => tokenApi.list(isAdmin) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
  const revoke = useMutation({
    mutationFn: (id: string) => tokenApi.revoke(id),
    onMutate: () => setFailure(null),
    onError: (error) => setFailure(t("tokens.failed", { message: error.message })),
    onSettled: refresh,
  });

  const rows = tokens.data ?? [];
  const date = (ms: number) => formatDateTime(ms, locale);
  return (
    <div className="flex flex-col gap-6">
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      ) : null}
      {created ? (
        <section
          aria-labelledby="token-created"
          className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
        >
          <h2 id="token-created" className="font-semibold">
            {t("tokens.created.title", { name: created.name })}
          </h2>
          <p className="text-sm">{t("tokens.created.once")}</p>
          <div className="flex items-center gap-2">
            <code
              data-testid="token-secret"
              className="rounded bg-white px-2 py-1 font-mono text-sm break-all dark:bg-neutral-900"
            >
              {created.secret}
            </code>
            <CopyButton value={created.secret} label={created.name} />
          </div>
          <Button variant="secondary" className="self-start" onClick={() => setCreated(null)}>
            {t("tokens.created.dismiss")}
          </Button>
        </section>
      ) : null}
      <CreateTokenForm role={role} onCreated={setCreated} onFailure={setFailure} onSettled={refresh} />
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{isAdmin ? t("tokens.list.all") : t("tokens.list.mine")}</h2>
        {tokens.isSuccess && rows.length === 0 ? <p className="text-sm">{t("tokens.list.empty")}</p> : null}
        {rows.length > 0 ? (
          <Table
            caption={isAdmin ? t("tokens.list.all") : t("tokens.list.mine")}
            headers={[
              t("tokens.list.name"),
              ...(isAdmin ? [t("tokens.list.owner")] : []),
              t("tokens.list.role"),
              t("tokens.list.hint"),
              t("tokens.list.created"),
              t("tokens.list.expires"),
              t("tokens.list.lastUsed"),
              t("tokens.list.state"),
              t("tokens.list.actions"),
            ]}
          >
            {rows.map((token) => {
              const state = tokenState(token);
              return (
                <tr key={token.id}>
                  <td className={cellClass}>{token.name}</td>
                  {isAdmin ? <td className={cellClass}>{token.owner}</td> : null}
                  <td className={cellClass}>{t(`auth.role.${token.role}`)}</td>
                  <td className={`${cellClass} font-mono`}>…{token.hint}</td>
                  <td className={cellClass}>{date(token.createdAt)}</td>
                  <td className={cellClass}>{date(token.expiresAt)}</td>
                  <td className={cellClass}>
                    {token.lastUsedAt ? date(token.lastUsedAt) : t("tokens.list.never")}
                  </td>
                  <td className={cellClass}>{t(`tokens.state.${state}`)}</td>
                  <td className={cellClass}>
                    {state === "active" ? (
                      <Button
                        variant="danger"
                        aria-label={`${t("tokens.revoke")} ${token.name}`}
                        onClick={() => setRevoking(token)}
                      >
                        {t("tokens.revoke")}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </Table>
        ) : null}
      </section>
      <LazyConfirmDialog
        open={revoking !== null}
        title={t("tokens.revoke")}
        confirmLabel={t("tokens.revoke")}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id);
          setRevoking(null);
        }}
      >
        <p className="text-sm">{t("tokens.revoke.confirm", { name: revoking?.name ?? "" })}</p>
      </LazyConfirmDialog>
    </div>
  );
}
