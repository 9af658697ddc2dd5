# No Terraform resource performs Alibaba Cloud DeactivateRouterInterface.
# Terraform calls it when destroying an alicloud_router_interface_connection resource.
# Use the curl, SDK or CLI snippet instead.