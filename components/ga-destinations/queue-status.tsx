"use client";

import { formatList } from "@/lib/i18n/format-list";
import { useReducer } from "react";
import { Button } from "@/components/ui/button";
import type { Blocker } from "@/lib/data/ga-destinations/accelerator-blockers";
import { useQueuedChanges, type ChangeView } from "@/lib/data/ga-destinations/use-destination-changes";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import type { MessageKey } from "@/lib/i18n/catalog";

/**
 * Changes held back for an accelerator, each with what it waits for and a Cancel button (until it is sent).
 * A polite live region, so "waiting for … to finish updating…" is announced without moving focus.
 */
export function QueueStatus({ acceleratorId }: { acceleratorId: string }) {
  const t = useT();
  // A cancelled change leaves the list at once: nothing in TanStack's cache changes until its turn comes.
  const [, showCancelled] = useReducer((n: number) => n + 1, 0);
  // A change that goes straight through is not news; one that has to wait is.
  const jobs = useQueuedChanges(acceleratorId).filter((job) => job.hasWaited);
  return (
    <div aria-live="polite" data-testid="queue-status">
      {jobs.length > 0 && (
        <section
          aria-labelledby="queue-title"
          className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          <h3 id="queue-title" className="font-semibold">
            {t("gaDestinations.queue.title", { accelerator: acceleratorId })}
          </h3>
          <p className="text-xs">{t("gaDestinations.queue.why")}</p>
          <ul className="flex flex-col gap-1">
            {jobs.map((job) => (
              <li
                key={job.id}
                data-phase={job.phase}
                className="flex flex-wrap items-center justify-between gap-2"
              >
                <span>
                  <span aria-hidden="true" className="mr-1 inline-block animate-spin">
                    ◌
                  </span>
                  <span className="font-medium">{job.label}</span>:{" "}
                  <JobPhaseText job={job} acceleratorId={acceleratorId} />
                </span>
                {job.phase !== "sending" && (
                  <Button
                    variant="secondary"
                    aria-label={t("gaDestinations.queue.cancelJob", { label: job.label })}
                    onClick={() => job.ticket.cancel() && showCancelled()}
                  >
                    {t("gaDestinations.queue.cancel")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const BLOCKER_TEXT = {
  accelerator: "gaDestinations.queue.blockerAccelerator",
  listener: "gaDestinations.queue.blockerListener",
  "endpoint-group": "gaDestinations.queue.blockerGroup",
} as const satisfies Record<Blocker["kind"], MessageKey>;

function JobPhaseText({ job, acceleratorId }: { job: ChangeView; acceleratorId: string }) {
  const t = useT();
  const locale = useLocale();
  if (job.phase === "sending") return <>{t("gaDestinations.queue.sending")}</>;
  if (job.phase === "waiting") {
    const what = formatList(
      job.blockers.map((b) => t(BLOCKER_TEXT[b.kind], { id: b.id, state: vendorText(t, b.state) })),
      locale,
    );
    return <>{t("gaDestinations.queue.waiting", { what })}</>;
  }
  return job.ahead > 0 ? (
    <>{t("gaDestinations.queue.queued", { count: job.ahead })}</>
  ) : (
    <>{t("gaDestinations.queue.checking", { accelerator: acceleratorId })}</>
  );
}
