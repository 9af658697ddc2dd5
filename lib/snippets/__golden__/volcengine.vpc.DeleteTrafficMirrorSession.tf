# No Terraform resource performs Volcengine DeleteTrafficMirrorSession.
# Terraform calls it when destroying a volcengine_traffic_mirror_session resource.
# Use the curl, SDK or CLI snippet instead.