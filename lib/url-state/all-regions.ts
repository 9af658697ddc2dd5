/**
 * `?region=all`: every region of the cloud in one list, with a region column. Its own module, without the URL-state hooks, so the
 * overview's count links do not load the URL-state parsers.
 */
export const ALL_REGIONS = "all";
