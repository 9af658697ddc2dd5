# No Terraform resource performs Alibaba Cloud ActivateRouterInterface.
# Use the curl, SDK or CLI snippet instead.