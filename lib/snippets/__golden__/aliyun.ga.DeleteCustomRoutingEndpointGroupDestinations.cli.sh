# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).
aliyun ga DeleteCustomRoutingEndpointGroupDestinations \
  --RegionId cn-hangzhou \
  --EndpointGroupId epg-bp1dmlohjjz4kqaun \
  --DestinationIds.1 dst-1 \
  --DestinationIds.2 dst-2