/**
 * How an open overview learns about work started elsewhere (another tab, another operator, a script) — issue #20.
 *
 * It watches the console's own operation history (GET /api/operations-history: one database read, no cloud call)
 * every {@link FEED_POLL_MS} while visible, and reads the clouds again only when an operation started or ended.
 * Changes made outside the console (the vendor's own console, Terraform) leave no trace in the history, so the
 * cloud lists are still read every {@link OVERVIEW_REFRESH_MS} while the page stays visible — each overview read
 * costs ~15 cloud calls, so that period stays long.
 */
export const FEED_POLL_MS = 10_000;

/**
 * How far back each feed read looks before the previous answer's server time: an operation stamped just before that
 * time but committed just after it would otherwise fall between two reads. Readers recognise repeats by id.
 */
export const FEED_OVERLAP_MS = 5_000;
export const OVERVIEW_REFRESH_MS = 5 * 60_000;
