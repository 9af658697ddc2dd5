# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.
provider "alicloud" {
}

resource "alicloud_cen_transit_router_multicast_domain_source" "source_1" {
  transit_router_multicast_domain_id = "tr-mcast-domain-5mjb5gjb6dgu98"
  group_ip_address                   = "239.1.1.1"
  network_interface_id               = "eni-bp1a"
  vpc_id                             = "vpc-bp1ujzde8gxd6ncf10epf9"
}

resource "alicloud_cen_transit_router_multicast_domain_source" "source_2" {
  transit_router_multicast_domain_id = "tr-mcast-domain-5mjb5gjb6dgu98"
  group_ip_address                   = "239.1.1.1"
  network_interface_id               = "eni-bp1b"
  vpc_id                             = "vpc-bp1ujzde8gxd6ncf10epf9"
}