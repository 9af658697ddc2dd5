# No Terraform resource performs Volcengine DeleteRelaySourceV3.
# Use the curl, SDK or CLI snippet instead.