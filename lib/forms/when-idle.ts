/**
 * Runs `task` once the browser has nothing more urgent to do (at the latest after `timeoutMs`), for work a page
 * wants soon but not before its next paint; returns the cancel, so it fits a React effect's cleanup.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback: a short timer still lets the paint go first.
  const id = window.setTimeout(task, 100);
  return () => window.clearTimeout(id);
}
