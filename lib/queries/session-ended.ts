import { OperationFailure } from "./operation-failure";

/** The route's answer when the session is gone (expired, signed out elsewhere, revoked by an admin). */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof OperationFailure && error.status === 401 && error.detail.code === "Unauthenticated";
}

/**
 * Where a read that found the session gone sends the browser: the sign-in page, with the way back to this very
 * view. Only reads do this — nothing is lost by leaving; a mutation's form stays on screen with the route's
 * message, so what the operator typed survives until they sign in again in another tab.
 */
export function signInAgainHref(location: Pick<Location, "pathname" | "search">): string {
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`;
}
