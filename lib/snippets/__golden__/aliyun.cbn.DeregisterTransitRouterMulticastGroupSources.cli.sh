# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).
aliyun cbn DeregisterTransitRouterMulticastGroupSources \
  --TransitRouterMulticastDomainId tr-mcast-domain-5mjb5gjb6dgu98 \
  --GroupIpAddress 239.1.1.1 \
  --NetworkInterfaceIds.1 eni-bp1a