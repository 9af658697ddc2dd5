# No Terraform resource performs Alibaba Cloud DeleteCustomRoutingEndpointGroupDestinations.
# Terraform calls it when destroying an alicloud_ga_custom_routing_endpoint_group_destination resource.
# Use the curl, SDK or CLI snippet instead.