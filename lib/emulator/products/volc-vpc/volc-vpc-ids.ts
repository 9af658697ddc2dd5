/**
 * Fixed ids of the seeded Volcengine VPC world (tests and the e2e fixtures name resources through these).
 * Vendor style: `eni-`/`vpc-`/`subnet-`/`tmf-`/`tmt-`/`tms-` + 25 lower-case alphanumerics, ECS `i-` + 20.
 */
export const BJ = {
  region: "cn-beijing",
  vpc: "vpc-2f1l9yyp8n6yo5zsk2i8cwsmm",
  subnet: "subnet-3nrh7zj9xsm4g5zsk2j1k0x1a",
  instances: {
    web01: "i-ycc4w2v1h0k5l8a3ze7m",
    web02: "i-ycc4w2v1h0k5l8a3zf2n",
    ids: "i-ycc4w2v1h0k5l8a3zg9p",
    /** Burstable `ecs.t2` instance: its type does not support traffic mirroring. */
    legacy: "i-ycc4w2v1h0k5l8a3zh4q",
  },
  clb: "clb-13fq4z0xmm8sg3n6nu4cfd9x1",
  enis: {
    /** Source of the seeded session (priority 1). */
    web01Primary: "eni-2fe8w1b5ux0ao5oxruuyd8a3",
    web01Secondary: "eni-2fe8w1b5ux0ao5oxruv1k7c2",
    web02Primary: "eni-2fe8w1b5ux0ao5oxruw3m9d4",
    /** Instance of the ENI target `tmt-…idsEni`. */
    idsPrimary: "eni-2fe8w1b5ux0ao5oxrux5p2e6",
    /** Detached secondary ENI of the IDS host, instance of the `standbyEni` target. */
    idsStandby: "eni-2fe8w1b5ux0ao5oxruy7r4f8",
    /** ServiceManaged: created by CLB. Mirroring it is 403 `Forbidden`. */
    clbManaged: "eni-2fe8w1b5ux0ao5oxruz9t6g1",
    /** Detached (`Available`, no instance): `InvalidEni.InstanceMismatch`. */
    spare: "eni-2fe8w1b5ux0ao5oxrv0b8v3h",
    /** `Attaching` to web02: `InvalidEni.InvalidStatus`. */
    attaching: "eni-2fe8w1b5ux0ao5oxrv1d1x5j",
    /** Primary ENI of the burstable instance: `InvalidInstanceSpecification.Malformed`. */
    legacyPrimary: "eni-2fe8w1b5ux0ao5oxrv2f3z7k",
    /** Container trunk ENI: `InvalidEni.InvalidType`. */
    trunk: "eni-2fe8w1b5ux0ao5oxrv3h5b9m",
  },
  /** An ENI that was deleted after the `orphan` target was created on it. */
  deletedEni: "eni-2fe8w1b5ux0ao5oxrv4k7d1n",
  filters: {
    webAll: "tmf-mjsqyxq3s2yo5smt1b9vh1jy",
    dns: "tmf-mjsqyxq3s2yo5smt1ba2k4lz",
    /** Still `Creating`: `InvalidTrafficMirrorFilter.InvalidStatus`. */
    pending: "tmf-mjsqyxq3s2yo5smt1bb5m7n2",
  },
  targets: {
    idsEni: "tmt-3reb5ulk5kq9s5zsk2jq9bh8x",
    collectorClb: "tmt-3reb5ulk5kq9s5zsk2jr2dk1a",
    /** Still `Creating`: `InvalidTrafficMirrorTarget.InvalidStatus`. */
    creating: "tmt-3reb5ulk5kq9s5zsk2js5fm3c",
    /** ENI target whose ENI is detached: `InvalidTrafficMirrorTarget.InvalidInstance`. */
    standbyEni: "tmt-3reb5ulk5kq9s5zsk2jt8hp5e",
    /** ENI target whose ENI was deleted: `InvalidEniId.NotFound`. */
    orphan: "tmt-3reb5ulk5kq9s5zsk2ju1kr7g",
  },
  sessions: {
    /** web01Primary → idsEni through webAll, priority 1, Active. */
    web01: "tms-2d6tmsajxq9kw58ozfe3zalgw",
  },
} as const;

export const SH = {
  region: "cn-shanghai",
  vpc: "vpc-1a2gnbq5c7oxs3n6nu5mqzk9h",
  subnet: "subnet-1a2gnbq7f1rks3n6nu5q2b3cd",
  instances: { app01: "i-yb8u2m6n0a4c7e9g1h3j" },
  clb: "clb-1a2gnbqq5saj3n6nu6gkj8k7m",
  enis: {
    app01Primary: "eni-1a2gnbqc0dwu83n6nu6b5k7xp",
    app01Secondary: "eni-1a2gnbqe3gzx93n6nu6c8m9zr",
    /** ServiceManaged: a NAT gateway's ENI. */
    natManaged: "eni-1a2gnbqh6j2ab3n6nu6dbp2c1",
  },
  filters: { all: "tmf-1a2gnbqk9m5de3n6nu6ese4f3" },
  targets: { clb: "tmt-1a2gnbqn2p8gh3n6nu6fhg6h5" },
} as const;

export const PROJECTS = ["default", "netops"] as const;
