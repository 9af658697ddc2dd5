/**
 * How an open overview learns about work started elsewhere (another tab, another operator, a script) — issue #20.
 *
 * The console has no operation history yet (issue #14): until it does, the overview reads every cloud list again
 * at most once a minute while it is visible, and when it becomes visible after that long; never while hidden. Each
 * overview read costs ~15 cloud calls, so this is the expensive stand-in: once the history exists, this is the one
 * place to switch — poll the history cheaply (one database read) and re-read the cloud only for what changed.
 */
export const OVERVIEW_REFRESH_MS = 60_000;
