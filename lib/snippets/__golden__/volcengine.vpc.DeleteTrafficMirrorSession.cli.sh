# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment (or a ve profile).
ve vpc DeleteTrafficMirrorSession \
  --TrafficMirrorSessionId tms-1 \
  --region cn-beijing