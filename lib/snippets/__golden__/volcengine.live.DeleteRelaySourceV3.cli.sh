# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment (or a ve profile).
ve live DeleteRelaySourceV3 \
  --body '{"Vhost":"push.example.com","App":"live","Group":"primary"}' \
  --region cn-north-1