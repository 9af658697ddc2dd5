/** Live: POST JSON body, signing region always cn-north-1 (docs/cloud-apis.md §5.1, §7). */
export const liveBase = {
  cloud: "volcengine",
  product: "live",
  version: "2023-01-01",
  method: "POST",
  style: "json-body",
  region: { fixed: "cn-north-1" },
  // "单用户请求频率限制为 10 次/秒" on every relay API page (docs/cloud-apis.md §5.2, §7.1; seed 004).
  rateLimitPerSecond: 10,
} as const;
