/**
 * The canonical request both Alibaba V3 and Volcengine sign: six parts joined by "\n". The canonical headers
 * already end with "\n", so the join leaves the blank line both specs require before the signed-header list.
 */
export interface CanonicalRequestParts {
  method: string;
  canonicalUri: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  payloadHash: string;
}

export function joinCanonicalRequest(p: CanonicalRequestParts): string {
  return `${p.method}\n${p.canonicalUri}\n${p.canonicalQuery}\n${p.canonicalHeaders}\n${p.signedHeaders}\n${p.payloadHash}`;
}
