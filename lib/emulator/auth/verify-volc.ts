import { signaturesEqual } from "@/lib/cloud/signing/digest";
import { recomputeVolcParsed } from "@/lib/cloud/signing/received-request";
import * as volc from "@/lib/cloud/signing/volc";
import type { Clock } from "../core/clock";
import { volcGateway } from "../core/gateway-errors";
import { AuthFailure, parseXDate } from "./auth-failure";
import type { Identity, IdentityBook } from "./identities";
import { header, type Incoming } from "./incoming";

export interface VolcAuthDeps {
  identities: IdentityBook;
  clock: Clock;
  /** The window is not published (docs/cloud-apis.md §8.4); we use the same 15 min as Alibaba. */
  skewMs: number;
}

/** Parses the Authorization header far enough to route (the service lives in the credential scope). */
export function parseVolcAuthorization(incoming: Incoming): volc.ParsedVolcAuthorization {
  const value = header(incoming, "authorization");
  if (!value) throw new AuthFailure("missing", volcGateway.missingAuthentication());
  if (!/Signature=/.test(value)) throw new AuthFailure("missing", volcGateway.missingSignature());
  const auth = volc.parseAuthorization(value);
  if (!auth || auth.algorithm !== volc.VOLC_ALGORITHM) {
    throw new AuthFailure("malformed", volcGateway.invalidAuthorization());
  }
  return auth;
}

/** Volcengine HMAC-SHA256: canonical headers rebuilt in the order SignedHeaders lists them (docs/cloud-apis.md §8.5). */
export function verifyVolc(
  incoming: Incoming,
  auth: volc.ParsedVolcAuthorization,
  deps: VolcAuthDeps,
): Identity {
  const xDate = header(incoming, "x-date");
  if (!xDate) throw new AuthFailure("malformed", volcGateway.missingRequestInfo("X-Date"));
  const signed = auth.signedHeaders.map((h) => h.toLowerCase());
  // The docs require x-date to be signed; x-content-sha256 too when sent, or the body hash could be swapped.
  for (const name of ["x-date", "x-content-sha256", "x-security-token"]) {
    if (incoming.headers.has(name) && !signed.includes(name)) {
      throw new AuthFailure("malformed", volcGateway.invalidAuthorization());
    }
  }
  const identity = deps.identities.volc(auth.accessKeyId);
  if (!identity) throw new AuthFailure("unknown-key", volcGateway.invalidAccessKey());
  const at = parseXDate(xDate);
  if (Number.isNaN(at) || xDate.slice(0, 8) !== auth.shortDate) {
    throw new AuthFailure("malformed", volcGateway.invalidTimestamp());
  }
  if (Math.abs(deps.clock.now() - at) > deps.skewMs)
    throw new AuthFailure("expired", volcGateway.invalidTimestamp());
  const sentHash = header(incoming, "x-content-sha256");
  if (sentHash !== undefined && sentHash !== volc.hashPayload(incoming.raw.body)) {
    throw new AuthFailure("mismatch", volcGateway.signatureMismatch());
  }
  const expected =
    incoming.query &&
    recomputeVolcParsed(
      {
        method: incoming.method,
        path: incoming.path,
        query: incoming.query,
        headers: incoming.headers,
        body: incoming.raw.body,
      },
      identity.secret,
      auth,
    );
  if (!expected || !signaturesEqual(expected.signature, auth.signature.toLowerCase())) {
    throw new AuthFailure("mismatch", volcGateway.signatureMismatch());
  }
  return identity;
}
