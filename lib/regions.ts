import type { Cloud } from "@/lib/operations/types";

/** Regions offered by the region pickers (the emulator's demo world lives in the first two of each). */
export const REGIONS: Record<Cloud, readonly string[]> = {
  aliyun: ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "ap-southeast-1"],
  volcengine: ["cn-beijing", "cn-shanghai", "cn-guangzhou", "ap-southeast-1"],
};

/** The region a page starts in: `?region=` when it names one of the cloud's regions, else the first. */
export function initialRegion(cloud: Cloud, requested: string | string[] | undefined): string {
  return typeof requested === "string" && REGIONS[cloud].includes(requested) ? requested : REGIONS[cloud][0]!;
}
