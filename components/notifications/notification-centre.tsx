"use client";

import { clientOnly } from "@/components/ui/client-only";
import { useCallback, useRef, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { formatList } from "@/lib/i18n/format-list";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { noticeHref, unreadCount, type Notice } from "@/lib/notifications/notification-log";
import { useNoticeLog } from "./use-notice-log";

// Radix's popover (and its positioning code) loads with the first opening, not with every page.
const NotificationPanel = clientOnly(() => import("./notification-panel").then((m) => m.NotificationPanel));

/**
 * The header's notification centre (issue #18): operations that settled, failed or ended not confirmed — found in
 * the operation history, so also those that ended while the operator was on another page, or started elsewhere.
 * A count badge of the unread ones, a list on click, mark read. A failure also raises a toast that stays until
 * dismissed, since it needs the operator's attention wherever they are.
 */
export function NotificationCentre() {
  const t = useT();
  const locale = useLocale();
  const toast = useToast();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const announce = useCallback(
    (arrived: Notice[]) => {
      for (const notice of arrived) {
        if (notice.state === "settled") continue;
        const key =
          notice.state === "failed" ? "clarity.notifications.failed" : "clarity.notifications.notConfirmed";
        const headline = t(key, { action: notice.action });
        const resources = formatList(notice.resources, locale);
        toast("error", t("clarity.notifications.toast", { headline, resources }), {
          href: noticeHref(notice),
        });
      }
    },
    [t, locale, toast],
  );
  const { log, read } = useNoticeLog(announce);
  const unread = unreadCount(log);
  return (
    <>
      <button
        ref={button}
        type="button"
        data-testid="notifications-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={
          unread > 0
            ? `${t("clarity.notifications.label")}, ${t("clarity.notifications.unread", { count: unread })}`
            : t("clarity.notifications.label")
        }
        onClick={() => {
          setEverOpened(true);
          setOpen((was) => !was);
        }}
        className="relative inline-flex items-center rounded-md border border-neutral-300 px-2 py-1 text-sm hover:bg-neutral-50 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span
            data-testid="notifications-count"
            aria-hidden="true"
            className="ml-1 min-w-5 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white"
          >
            {unread}
          </span>
        )}
      </button>
      {everOpened && (
        <NotificationPanel
          open={open}
          onOpenChange={setOpen}
          anchor={button}
          notices={log.notices}
          onRead={read}
        />
      )}
    </>
  );
}
