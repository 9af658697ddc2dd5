import type { OperationFeed, OperationSummary } from "@/lib/audit/audit-types";
import { resourceHref } from "@/lib/resources/resource-href";

/** One operation that ended, as the notification centre lists it. */
export interface Notice {
  id: string;
  action: string;
  region: string;
  actor: string;
  kind: string;
  resources: string[];
  state: "settled" | "failed" | "not-confirmed";
  closedAt: number;
  read: boolean;
}

/**
 * What this browser has been told (kept in localStorage, so it survives reloads and is shared by the tabs): the
 * feed position `since` (server time of the last answer; null before the first) and the latest notices, newest
 * first, each read or not.
 */
export interface NoticeLog {
  since: number | null;
  notices: Notice[];
}

export const MAX_NOTICES = 50;
export const STORAGE_KEY = "cloudnet.notifications.v1";
export const EMPTY_LOG: NoticeLog = { since: null, notices: [] };

const isEnded = (
  op: OperationSummary,
): op is OperationSummary & { closedAt: number; state: Notice["state"] } =>
  op.state !== "open" && op.closedAt !== null;

/**
 * Adds what the feed reports as ended since the log's position. The very first answer is only a starting point:
 * what ended before this browser ever looked is history (/activity), not news. Returns the new log and the notices
 * that just arrived (for a toast); an operation already listed is not announced twice.
 */
export function mergeFeed(log: NoticeLog, feed: OperationFeed): { log: NoticeLog; arrived: Notice[] } {
  if (log.since === null) return { log: { since: feed.now, notices: log.notices }, arrived: [] };
  const known = new Set(log.notices.map((n) => n.id));
  const arrived: Notice[] = (feed.operations ?? [])
    .filter(isEnded)
    .filter((op) => !known.has(op.id))
    .map((op) => ({
      id: op.id,
      action: op.action,
      region: op.region,
      actor: op.actor,
      kind: op.kind,
      resources: op.resources,
      state: op.state,
      closedAt: op.closedAt,
      read: false,
    }))
    .sort((a, b) => b.closedAt - a.closedAt);
  const notices = [...arrived, ...log.notices].sort((a, b) => b.closedAt - a.closedAt).slice(0, MAX_NOTICES);
  return { log: { since: Math.max(log.since, feed.now), notices }, arrived };
}

export const unreadCount = (log: NoticeLog) => log.notices.filter((n) => !n.read).length;

export function markRead(log: NoticeLog, id?: string): NoticeLog {
  return {
    ...log,
    notices: log.notices.map((n) => (id === undefined || n.id === id ? { ...n, read: true } : n)),
  };
}

export function loadLog(storage: Pick<Storage, "getItem"> | undefined): NoticeLog {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_LOG;
    const parsed = JSON.parse(raw) as Partial<NoticeLog>;
    return {
      since: typeof parsed.since === "number" ? parsed.since : null,
      notices: Array.isArray(parsed.notices) ? parsed.notices.slice(0, MAX_NOTICES) : [],
    };
  } catch {
    // Private mode or a damaged entry: start over rather than break the header.
    return EMPTY_LOG;
  }
}

export function saveLog(storage: Pick<Storage, "setItem"> | undefined, log: NoticeLog): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(log));
  } catch {
    // Storage full or refused: the notices still show until the page is left.
  }
}

/** Where a notice leads: the resource's own page when it has one, else the operation in the activity log. */
export function noticeHref(notice: Pick<Notice, "kind" | "region" | "resources">): string {
  const [id] = notice.resources;
  if (id && notice.resources.length === 1) {
    if (notice.kind === "mirrorSession")
      return resourceHref({ kind: "mirror-session", region: notice.region, id });
    if (notice.kind === "routerInterface")
      return resourceHref({ kind: "router-interface", region: notice.region, id });
  }
  return "/activity";
}
