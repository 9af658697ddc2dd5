"use client";

import { MutationButton } from "@/components/auth/mutation-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useResourceDetail } from "@/lib/data/resource-detail/use-resource-detail";
import { useT } from "@/lib/i18n/i18n-provider";
import type { deleteTrafficMirrorSession } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session";
import { deleteTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session.meta";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { isSettled, toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";
import { useDetailAction } from "./use-detail-action";

/**
 * /mirror-sessions/<region>/<id>: the session read by its id (DescribeTrafficMirrorSessions filtered to it), polled
 * at the console's cadence while it moves, with Delete when it is settled.
 */
export function MirrorSessionDetail({ region, id }: { region: string; id: string }) {
  const t = useT();
  const toast = useToast();
  const { resource: session, read } = useResourceDetail(
    describeTrafficMirrorSessionsMeta,
    region,
    { TrafficMirrorSessionIds: [id] },
    {
      pick: (data) => data.TrafficMirrorSessions.find((s) => s.TrafficMirrorSessionId === id),
      poll: pollWhileMoving((data) =>
        data.TrafficMirrorSessions.filter((s) => !isSettled("mirrorSession", s.Status)).map(
          (s) => `${s.TrafficMirrorSessionId}:${s.Status}`,
        ),
      ),
    },
  );
  const remove = useCatalogMutation<typeof deleteTrafficMirrorSession>(
    deleteTrafficMirrorSessionMeta,
    region,
  );
  const deletion = useDetailAction();
  const handleDelete = () =>
    deletion.run(async () => {
      await remove.mutateAsync({ TrafficMirrorSessionId: id });
      toast("success", t("mirrorSessions.deleteStarted", { id }));
    });

  return (
    <>
      <ResourceDetail
        read={read}
        found={session !== undefined}
        status={session && { value: session.Status, tone: toneOf("mirrorSession", session.Status) }}
        attributes={session ? cloudAttributes(session) : []}
        actions={
          session && (
            // A session in transition cannot be deleted yet (InvalidTrafficMirrorSession.InvalidStatus).
            <MutationButton
              variant="danger"
              disabled={!isSettled("mirrorSession", session.Status) || remove.isPending}
              title={isSettled("mirrorSession", session.Status) ? undefined : t("views.detail.busy")}
              onClick={() => deletion.ask(true)}
            >
              {t("mirrorSessions.delete")}
            </MutationButton>
          )
        }
        snippets={[{ op: deleteTrafficMirrorSessionMeta, region, input: { TrafficMirrorSessionId: id } }]}
        notices={
          deletion.failure && (
            <LazyErrorPanel
              failure={deletion.failure}
              op={deleteTrafficMirrorSessionMeta}
              context={t("mirrorSessions.deleteFailed", { id })}
            />
          )
        }
        history={{ resource: id, version: session?.Status ?? "gone" }}
        list={{
          href: `/mirror-sessions?region=${encodeURIComponent(region)}`,
          label: t("mirrorSessions.title"),
        }}
      />
      <LazyConfirmDialog
        open={deletion.asking !== null}
        title={t("mirrorSessions.deleteTitle")}
        confirmLabel={t("mirrorSessions.delete")}
        onCancel={deletion.cancel}
        onConfirm={handleDelete}
      >
        {session &&
          t("mirrorSessions.deleteBody", {
            id,
            eni: session.TrafficMirrorSourceIds[0] ?? "—",
            target: session.TrafficMirrorTargetId,
          })}
      </LazyConfirmDialog>
    </>
  );
}
