# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.
provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ga_custom_routing_endpoint_group_destination" "destination_1" {
  endpoint_group_id = "epg-bp1dmlohjjz4kqaun"
  protocols         = ["TCP", "UDP"]
  from_port         = 80
  to_port           = 80
}

resource "alicloud_ga_custom_routing_endpoint_group_destination" "destination_2" {
  endpoint_group_id = "epg-bp1dmlohjjz4kqaun"
  protocols         = ["UDP"]
  from_port         = 5000
  to_port           = 5100
}