/** GA is a global service addressed as region cn-hangzhou (docs/cloud-apis.md §1.1, §10.5). */
export const gaRegion = { param: "RegionId", fixed: "cn-hangzhou" } as const;
