# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment.
provider "volcengine" {
  region = "cn-beijing"
}

resource "volcengine_traffic_mirror_session" "session" {
  network_interface_id        = "eni-13fbd2ekh0y3k3n6nu4ovyvtd"
  traffic_mirror_target_id    = "tmt-1"
  traffic_mirror_filter_id    = "tmf-1"
  priority                    = 1
  virtual_network_id          = 10
  packet_length               = 1450
  traffic_mirror_session_name = "镜像会话-1"
  description                 = "北京 生产"
  project_name                = "default"

  tags {
    key   = "owner"
    value = "O'Brien \"ops\" $USER $${x} `id`"
  }

  tags {
    key   = "环境"
    value = "生产 环境"
  }
}