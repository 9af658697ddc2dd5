# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment (or a ve profile).
# Secret parameters are read from the environment; set them before running:
#   CLOUDNET_SECRET_1 = GroupDetails.1.Servers.1.RelaySourceParams.auth_key
#   CLOUDNET_SECRET_2 = GroupDetails.1.Servers.1.RelaySourceParams.region
ve live UpdateRelaySourceV3 \
  --body '{"Vhost":"push.example.com","App":"live","GroupDetails":[{"Group":"primary","Servers":[{"RelaySourceProtocol":"rtmp","RelaySourceDomain":"origin.example.com","RelaySourceParams":{"auth_key":"'"$(printf '%s' "$CLOUDNET_SECRET_1" | sed 's/[\\"]/\\&/g')"'","region":"'"$(printf '%s' "$CLOUDNET_SECRET_2" | sed 's/[\\"]/\\&/g')"'"}}]}]}' \
  --region cn-north-1