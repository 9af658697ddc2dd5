/** Volcengine VPC: GET with flattened query, the resource region in the signing scope (docs/cloud-apis.md §5.2). */
export const volcVpcBase = {
  cloud: "volcengine",
  product: "vpc",
  version: "2020-04-01",
  method: "GET",
  style: "rpc-query",
  region: {},
} as const;
