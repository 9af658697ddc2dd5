# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment (or a ve profile).
ve vpc CreateTrafficMirrorSession \
  --NetworkInterfaceId eni-13fbd2ekh0y3k3n6nu4ovyvtd \
  --TrafficMirrorTargetId tmt-1 \
  --TrafficMirrorFilterId tmf-1 \
  --Priority 1 \
  --VirtualNetworkId 10 \
  --PacketLength 1450 \
  --TrafficMirrorSessionName '镜像会话-1' \
  --Description '北京 生产' \
  --ProjectName default \
  --Tags.1.Key owner \
  --Tags.1.Value 'O'\''Brien "ops" $USER ${x} `id`' \
  --Tags.2.Key '环境' \
  --Tags.2.Value '生产 环境' \
  --region cn-beijing