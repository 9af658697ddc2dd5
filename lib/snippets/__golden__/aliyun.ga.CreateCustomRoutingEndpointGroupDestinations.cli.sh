# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).
aliyun ga CreateCustomRoutingEndpointGroupDestinations \
  --RegionId cn-hangzhou \
  --EndpointGroupId epg-bp1dmlohjjz4kqaun \
  --DestinationConfigurations.1.Protocols.1 TCP \
  --DestinationConfigurations.1.Protocols.2 UDP \
  --DestinationConfigurations.1.FromPort 80 \
  --DestinationConfigurations.1.ToPort 80 \
  --DestinationConfigurations.2.Protocols.1 UDP \
  --DestinationConfigurations.2.FromPort 5000 \
  --DestinationConfigurations.2.ToPort 5100 \
  --DryRun true