/**
 * Live's rule for a vhost (a domain name the account serves), without zod: the catalog's `vhost` schema
 * (live-input.ts) and the relay page's `?vhost=` parser both read it here, so a vhost the cloud accepts is never
 * dropped from a link and the page's first load stays free of zod.
 */
export const VHOST_MAX = 60;
export const VHOST_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** The vhosts the catalog accepts (given trimmed, as a URL value is). */
export const vhostRule = {
  test: (value: string) => value.length <= VHOST_MAX && VHOST_PATTERN.test(value),
};
