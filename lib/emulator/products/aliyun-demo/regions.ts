import { VendorError } from "../../core/vendor-error";
import { aliyunGateway } from "../../core/gateway-errors";

/** Public Alibaba Cloud regions (enough for `InvalidRegionId.NotFound` to mean "not a region"). */
export const ALIYUN_REGIONS: ReadonlySet<string> = new Set([
  "cn-qingdao",
  "cn-beijing",
  "cn-zhangjiakou",
  "cn-huhehaote",
  "cn-wulanchabu",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-nanjing",
  "cn-fuzhou",
  "cn-shenzhen",
  "cn-heyuan",
  "cn-guangzhou",
  "cn-chengdu",
  "cn-hongkong",
  "ap-southeast-1",
  "ap-southeast-3",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "us-west-1",
  "us-east-1",
  "eu-central-1",
  "eu-west-1",
  "me-east-1",
  "me-central-1",
]);

/** `RegionId` is required and must name a region (`InvalidRegionId.NotFound`, 404, seed 001). */
export function requireRegion(regionId: string | undefined): string {
  if (!regionId) throw aliyunGateway.missingParameter("RegionId");
  if (!ALIYUN_REGIONS.has(regionId)) {
    throw new VendorError(
      404,
      "InvalidRegionId.NotFound",
      "The specified RegionId does not exist in our record.",
    );
  }
  return regionId;
}
