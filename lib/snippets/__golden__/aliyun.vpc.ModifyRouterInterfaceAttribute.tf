# No Terraform resource performs Alibaba Cloud ModifyRouterInterfaceAttribute.
# Use the curl, SDK or CLI snippet instead.