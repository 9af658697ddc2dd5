# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).
aliyun vpc ModifyRouterInterfaceAttribute \
  --RegionId cn-shanghai \
  --RouterInterfaceId ri-uf6a \
  --Name '上海 ↔ 杭州' \
  --Description 'it'\''s the "primary" link, costs $5 ${month}' \
  --OppositeInterfaceId ri-bp1b \
  --OppositeRouterType VRouter \
  --OppositeInterfaceOwnerId 1688987654321098