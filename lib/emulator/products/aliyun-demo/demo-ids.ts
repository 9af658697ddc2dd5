import { ALIYUN_ACCOUNT_ID } from "../../auth/identities";

/**
 * Fixed ids of the seeded Alibaba demo world, shared by the CEN, ECS and VPC seeds (they describe one network)
 * and by tests. Vendor style: Hangzhou ids carry `bp1`, Shanghai ids `uf6`, like the real clouds'.
 */

export const ACCOUNTS = {
  /** The demo identity's account (China site): the demo key's account, so the seeded world is the caller's. */
  demo: ALIYUN_ACCOUNT_ID,
  /** A partner on the same site (BID) that authorised our CEN to use its VPC. */
  partner: "1688987654321098",
  /** A vendor on the same site that did NOT authorise our CEN. */
  vendor: "1688555566667777",
  /** An account on the international site: a different BID, so no connection to it is allowed. */
  international: "5123456789012345",
} as const;

/** Business IDs (site) per account: 26842 = China site, 26888 = international (CROSS_BID.FORBIDDEN). */
export const ACCOUNT_BIDS: Record<string, string> = {
  [ACCOUNTS.demo]: "26842",
  [ACCOUNTS.partner]: "26842",
  [ACCOUNTS.vendor]: "26842",
  [ACCOUNTS.international]: "26888",
};

export const VPC = {
  hzApp: "vpc-bp1ujzde8gxd6ncf10epf9",
  hzData: "vpc-bp11dhodzdoc9is0j8ht9l",
  hzPartner: "vpc-bp1gmxg9edn581u33xtplp",
  hzVendor: "vpc-bp1ft75v2seh60kvj50ce9",
  shApp: "vpc-uf6uvw53efr4edt2sywb3w",
  shDr: "vpc-uf6kh5dnsipzz5fk2z9ri1",
  shIntl: "vpc-uf69r0wyojfljooa5lqsaj",
} as const;

export const VSW = {
  /** Associated with the Hangzhou multicast domain. */
  hzAppH: "vsw-bp108xui6d39zzzzg4zdme",
  /** In the same VPC but NOT associated with any multicast domain. */
  hzAppI: "vsw-bp1n2khvdgaj8gxbenyjqw",
  /** Association still `Associating`. */
  hzDataH: "vsw-bp1x4hh5344tfjgvq4k7bn",
  hzPartnerH: "vsw-bp17xj8b7tfq7xkwo886vo",
  hzVendorH: "vsw-bp1mpzom75wbbr4qmw2wxf",
  /** Associated with the Shanghai (peer) multicast domain. */
  shAppE: "vsw-uf6ogo4mvn4a4wfhym4l1v",
  shDrF: "vsw-uf6fz3zfkkibj3j4wj99ib",
} as const;

export const ENI = {
  /** Registered source of 239.1.1.1 in the Hangzhou domain. */
  hzSource: "eni-bp1ag7i1mnbqns6puq80id",
  /** Static member of 239.1.1.1. */
  hzMember: "eni-bp1w3706i8j76b2lajlj4h",
  /** Free ENIs on an associated vSwitch: ready to become sources. */
  hzFree1: "eni-bp19du7794g9dpmrcg629b",
  hzFree2: "eni-bp1e2u66mr26846p7q9m2i",
  hzFree3: "eni-bp10hz2uep1enthjxjqi3o",
  /** Dynamic (IGMPv2) member of 239.1.1.2. */
  hzIgmp: "eni-bp1gz5kok16zv0mwufxbv9",
  /** On the vSwitch that is not associated with the domain. */
  hzUnassociated: "eni-bp132byv7s6ehogfqrclri",
  /** On the vSwitch whose association is still Associating. */
  hzAssociating: "eni-bp11qzj865ufrdl1erbfqf",
  /** Owned by the transit router (service-managed). */
  hzTransitRouter: "eni-bp1oeqh3av90ric7phkqdl",
  /** Partner account, authorised. */
  hzPartner: "eni-bp1mtt7ns26lrwbqcab69m",
  /** Vendor account, not authorised. */
  hzVendor: "eni-bp164p2g158z6tnovmizwd",
  /** Shanghai, associated with the peer domain. */
  shApp: "eni-uf6iaeq1kdfy6spsc3lkr2",
  shDr: "eni-uf6aqxv9upctnwlavyf4r6",
} as const;

/** More free ENIs on the associated vSwitch (a render farm), so the picker has more than one page. */
export const ENI_POOL = [
  "eni-bp1mp6afqfjzczbttof7j1",
  "eni-bp1u5jsjc616i76bofbci2",
  "eni-bp1gy29db8p5qa3e68f7e3",
  "eni-bp1qeqpno35ye4scmejvq4",
] as const;

export const CEN = { demo: "cen-3s8yq4tgpj7mq0xb5c" } as const;

export const TR = {
  hz: "tr-bp1mp6afqfjzczbttof7jy",
  sh: "tr-uf6u5jsjc616i76bofbcix",
} as const;

export const MCAST_DOMAIN = {
  hz: "tr-mcast-domain-5mjb5gjb6dgu98e2ka",
  sh: "tr-mcast-domain-9qeqpno35ye4scmejv",
} as const;

export const TR_ATTACHMENT = {
  hzApp: "tr-attach-ia4d5rgn5s7s333h9m",
  hzData: "tr-attach-f4bs3e62rynnefj7qx",
  hzPartner: "tr-attach-6rhxo55zbka52ztj0w",
  hzVendor: "tr-attach-uhvauvzhmasqxezyex",
  shApp: "tr-attach-rdrgdsjpr16umx1bz9",
} as const;

export const CONNECT_PEER = {
  /** Active GRE connect peer on the Hangzhou transit router. */
  hzActive: "tr-connect-peer-nfd02is5d9ik40vs",
  /** Still being created. */
  hzCreating: "tr-connect-peer-zpt49zhkken659o2",
} as const;

export const ROUTER = {
  hzApp: "vrt-bp1i9mpflv9fupxqmb0y07",
  hzData: "vrt-bp1nyrvd5rxi67nfrpyz21",
  hzIdc: "vbr-bp1a8v5k2d7s0e3q9wz1lc",
  shApp: "vrt-uf6c2m7x4k9p1s8d3f6g0h",
  shDr: "vrt-uf6t5y8u1i4o7p0a3s6d9f",
  shPartner: "vrt-uf6q2w5e8r1t4y7u0i3o6p",
  shIntl: "vrt-uf6z9x6c3v0b7n4m1a8s5d",
} as const;

export const RI = {
  /** Ready to connect: initiator Idle, peer info set both ways. */
  readyInitiator: "ri-bp1k3j9d7s2a5f8g1h4l6z",
  readyAcceptor: "ri-uf6w8e2r5t7y1u3i6o9p0q",
  /** A connected pair. */
  activeInitiator: "ri-bp1m4n7b0v3c6x9z2l5k8j",
  activeAcceptor: "ri-uf6h1g4f7d0s3a6p9o2i5u",
  /** A deactivated pair (VBR to VPC). */
  inactiveInitiator: "ri-bp1y3t6r9e2w5q8a1s4d7f",
  inactiveAcceptor: "ri-bp1g0h3j6k9l2z5x8c1v4b",
  /** An accepting side waiting for a partner's initiator. */
  waitingAcceptor: "ri-uf6n7m0q3w6e9r2t5y8u1i",
  partnerInitiator: "ri-uf6o4p7a0s3d6f9g2h5j8k",
  /** An initiator without peer info yet, and an acceptor for it (set both with ModifyRouterInterfaceAttribute). */
  unconfiguredInitiator: "ri-bp1l1z4x7c0v3b6n9m2q5w",
  unconfiguredAcceptor: "ri-uf6e8r1t4y7u0i3o6p9a2s",
  /** A second pair between routers that are already connected (Forbidden.OnlyOneConnection). */
  duplicateInitiator: "ri-bp1d5f8g1h4j7k0l3z6x9c",
  duplicateAcceptor: "ri-uf6v2b5n8m1q4w7e0r3t6y",
  /** A pair towards an international-site account (CROSS_BID.FORBIDDEN). */
  crossBidInitiator: "ri-bp1u9i2o5p8a1s4d7f0g3h",
  crossBidAcceptor: "ri-uf6j6k9l2z5x8c1v4b7n0m",
} as const;
