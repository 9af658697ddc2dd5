"use client";

import Link from "next/link";
import { Popover } from "radix-ui";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import { formatList } from "@/lib/i18n/format-list";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { noticeHref, type Notice } from "@/lib/notifications/notification-log";

const TONE = {
  settled: { icon: "✓", key: "clarity.notifications.settled" },
  failed: { icon: "✕", key: "clarity.notifications.failed" },
  "not-confirmed": { icon: "?", key: "clarity.notifications.notConfirmed" },
} as const;

/**
 * The list behind the header's bell, in Radix's Popover: it is placed beside the button and kept on screen, Escape
 * and a click outside close it, and focus goes back to the button. Opening a notice marks it read.
 */
export function NotificationPanel({
  open,
  onOpenChange,
  anchor,
  notices,
  onRead,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  anchor: RefObject<HTMLButtonElement | null>;
  notices: Notice[];
  onRead: (id?: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Anchor virtualRef={anchor as RefObject<HTMLButtonElement>} />
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label={t("clarity.notifications.label")}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            anchor.current?.focus();
          }}
          data-testid="notifications-panel"
          className="z-50 flex max-h-[70vh] w-[min(24rem,calc(100vw-2rem))] flex-col gap-2 overflow-y-auto rounded-lg border border-neutral-300 bg-white p-3 text-sm text-neutral-900 shadow-xl dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
        >
          <div className="flex items-center justify-between gap-2">
            <h2 className="font-semibold">{t("clarity.notifications.title")}</h2>
            <Button variant="ghost" onClick={() => onRead()} disabled={notices.every((n) => n.read)}>
              {t("clarity.notifications.markRead")}
            </Button>
          </div>
          {notices.length === 0 ? (
            <p className="text-neutral-600 dark:text-neutral-400">{t("clarity.notifications.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {notices.map((notice) => (
                <li key={notice.id} data-notice={notice.id} data-state={notice.state} data-read={notice.read}>
                  <Link
                    href={noticeHref(notice)}
                    onClick={() => {
                      onRead(notice.id);
                      onOpenChange(false);
                    }}
                    className={`block rounded-md p-2 hover:bg-neutral-100 dark:hover:bg-neutral-800 ${
                      notice.read ? "" : "bg-sky-50 dark:bg-sky-950"
                    }`}
                  >
                    <span className="font-medium">
                      <span aria-hidden="true">{TONE[notice.state].icon} </span>
                      {t(TONE[notice.state].key, { action: notice.action })}
                    </span>
                    <span className="block font-mono text-xs break-all">
                      {t("clarity.notifications.on", {
                        resources: formatList(notice.resources, locale),
                        region: notice.region,
                        actor: notice.actor,
                      })}
                    </span>
                    <time
                      className="block text-xs text-neutral-600 dark:text-neutral-400"
                      dateTime={new Date(notice.closedAt).toISOString()}
                    >
                      {time.format(notice.closedAt)}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
