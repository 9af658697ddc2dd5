# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.
provider "alicloud" {
  region = "cn-hangzhou"
}

variable "opposite_interface_id" {
  type        = string
  description = "The peer router interface (ri-…) this one connects to."
}

resource "alicloud_router_interface_connection" "connection" {
  interface_id          = "ri-bp1init"
  opposite_interface_id = var.opposite_interface_id
}