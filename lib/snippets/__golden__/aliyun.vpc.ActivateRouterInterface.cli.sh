# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).
aliyun vpc ActivateRouterInterface \
  --RegionId cn-hangzhou \
  --RouterInterfaceId ri-bp1init