# No Terraform resource performs Alibaba Cloud DeregisterTransitRouterMulticastGroupSources.
# Terraform calls it when destroying an alicloud_cen_transit_router_multicast_domain_source resource.
# Use the curl, SDK or CLI snippet instead.