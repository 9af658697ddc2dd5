import * as acs3 from "@/lib/cloud/signing/acs3";
import { signaturesEqual } from "@/lib/cloud/signing/digest";
import { recomputeAcs3Parsed, recomputeRpcV1 } from "@/lib/cloud/signing/received-request";
import type { Clock } from "../core/clock";
import { aliyunGateway } from "../core/gateway-errors";
import type { NonceStore } from "../core/nonce-store";
import { AuthFailure, parseIsoSeconds } from "./auth-failure";
import type { Identity, IdentityBook } from "./identities";
import { header, param, type Incoming } from "./incoming";

export interface AliyunAuthDeps {
  identities: IdentityBook;
  clock: Clock;
  nonces: NonceStore;
  /** Accepted clock skew either side, default 15 min (docs/cloud-apis.md §1.3). */
  skewMs: number;
}

/** Headers every V3 request carries; each must also be covered by the signature. */
const REQUIRED_V3_HEADERS = [
  "x-acs-action",
  "x-acs-version",
  "x-acs-date",
  "x-acs-signature-nonce",
  "x-acs-content-sha256",
];

/** Alibaba V3 (`Authorization: ACS3-HMAC-SHA256 …`), docs/cloud-apis.md §8.1 and §8.5. */
export function verifyAcs3(incoming: Incoming, deps: AliyunAuthDeps): Identity {
  const auth = acs3.parseAuthorization(header(incoming, "authorization"));
  if (!auth) {
    throw new AuthFailure(
      "malformed",
      aliyunGateway.incompleteSignature("Authorization must carry Credential, SignedHeaders and Signature."),
    );
  }
  if (auth.algorithm !== acs3.ACS3_ALGORITHM)
    throw new AuthFailure("malformed", aliyunGateway.signatureMethod());
  const signed = new Set(auth.signedHeaders.map((h) => h.toLowerCase()));
  for (const name of REQUIRED_V3_HEADERS) {
    if (!incoming.headers.has(name)) throw new AuthFailure("malformed", aliyunGateway.missingParameter(name));
  }
  // An unsigned x-acs-* header could be swapped in transit (the action itself!), so all of them must be signed.
  for (const name of incoming.headers.keys()) {
    if (name.startsWith("x-acs-") && !signed.has(name)) {
      throw new AuthFailure("malformed", aliyunGateway.incompleteSignature(`Header ${name} must be signed.`));
    }
  }
  const identity = deps.identities.aliyun(auth.accessKeyId);
  if (!identity) throw new AuthFailure("unknown-key", aliyunGateway.unknownKey());
  checkTime(header(incoming, "x-acs-date") ?? "", deps);
  // The target and headers as parseIncoming split them (the same functions the recompute would call again).
  const expected =
    incoming.query &&
    recomputeAcs3Parsed(
      {
        method: incoming.method,
        path: incoming.path,
        query: incoming.query,
        headers: incoming.headers,
        body: incoming.raw.body,
      },
      identity.secret,
      auth.signedHeaders,
    );
  if (!expected || !signaturesEqual(expected.signature, auth.signature.toLowerCase())) {
    throw new AuthFailure("mismatch", aliyunGateway.signatureMismatch(expected?.stringToSign));
  }
  claimNonce(identity, header(incoming, "x-acs-signature-nonce") ?? "", deps);
  return identity;
}

/** Alibaba RPC V1 (`Signature` parameter, query and form body signed together), docs/cloud-apis.md §8.2. */
export function verifyRpcV1(incoming: Incoming, deps: AliyunAuthDeps): Identity {
  const accessKeyId = param(incoming, "AccessKeyId");
  if (!accessKeyId) throw new AuthFailure("missing", aliyunGateway.missingParameter("AccessKeyId"));
  if (!param(incoming, "Signature"))
    throw new AuthFailure("missing", aliyunGateway.missingParameter("Signature"));
  const method = param(incoming, "SignatureMethod");
  if (method !== "HMAC-SHA1") throw new AuthFailure("malformed", aliyunGateway.signatureMethod());
  const version = param(incoming, "SignatureVersion");
  if (version !== "1.0") {
    throw new AuthFailure("malformed", aliyunGateway.incompleteSignature("SignatureVersion must be 1.0."));
  }
  const nonce = param(incoming, "SignatureNonce");
  if (!nonce) throw new AuthFailure("malformed", aliyunGateway.missingParameter("SignatureNonce"));
  const timestamp = param(incoming, "Timestamp");
  if (!timestamp) throw new AuthFailure("malformed", aliyunGateway.missingParameter("Timestamp"));
  const identity = deps.identities.aliyun(accessKeyId);
  if (!identity) throw new AuthFailure("unknown-key", aliyunGateway.unknownKey());
  checkTime(timestamp, deps);
  const expected = recomputeRpcV1(
    {
      method: incoming.method,
      url: incoming.raw.url,
      headers: incoming.raw.headers,
      body: incoming.raw.body,
    },
    identity.secret,
  );
  if (!expected || !signaturesEqual(expected.signature, expected.receivedSignature)) {
    // Like the cloud, echo the server's string-to-sign so a client can diff it against its own.
    throw new AuthFailure("mismatch", aliyunGateway.signatureMismatch(expected?.stringToSign ?? ""));
  }
  claimNonce(identity, nonce, deps);
  return identity;
}

function checkTime(value: string, deps: AliyunAuthDeps): void {
  const at = parseIsoSeconds(value);
  if (Number.isNaN(at)) throw new AuthFailure("malformed", aliyunGateway.timestampFormat());
  if (Math.abs(deps.clock.now() - at) > deps.skewMs)
    throw new AuthFailure("expired", aliyunGateway.timestampExpired());
}

function claimNonce(identity: Identity, nonce: string, deps: AliyunAuthDeps): void {
  if (!deps.nonces.claim(identity.accessKeyId, nonce))
    throw new AuthFailure("replayed", aliyunGateway.nonceUsed());
}
