# No Terraform resource performs Volcengine UpdateRelaySourceV3.
# Use the curl, SDK or CLI snippet instead.