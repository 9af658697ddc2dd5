/**
 * The Volcengine Live store (docs/cloud-apis.md §7): domain spaces (vhosts), their domains, and the play-triggered relay
 * ("回源") configs. Plain JSON. Live is one global service (signing region cn-north-1); accounts are told apart by
 * the `AccountId` of each vhost, so a vhost of another account can be named and refused.
 */
export interface LiveState {
  /** Keyed by vhost name (unique across accounts, like domains). */
  vhosts: Record<string, LiveVhost>;
  /** Keyed by domain name. */
  domains: Record<string, LiveDomain>;
  /** vhost → app → relay groups in the order they were first added. */
  relays: Record<string, Record<string, RelayGroup[]>>;
}

export interface LiveVhost {
  Vhost: string;
  AccountId: string;
  ProjectName: string;
}

/** ListDomainDetail item (field names from the Java SDK's ListDomainDetailResResult models). */
export interface LiveDomain {
  Vhost: string;
  Domain: string;
  /** 0 normal, 1 under review, 2 disabled, 3 deleted, 4 review rejected, 5 suspended for arrears, 6 blocked (no ICP). */
  Status: number;
  /** `push` or `pull-flv`. */
  Type: string;
  /** `cn`, `cn-global`, `cn-oversea`. */
  Region: string;
  CnameCheck: number;
  DomainCheck: number;
  ICPCheck: number;
  CreateTime: string;
  CertDomain: string;
  ChainID: string;
  /** For pull domains: the push domain they play from. */
  PushDomain: string;
  ProjectName: string;
  Tags: Array<{ Key: string; Value: string; Category?: string }>;
  CNAME: string;
}

export interface RelayServer {
  RelaySourceProtocol: "rtmp" | "flv";
  RelaySourceDomain: string;
  RelaySourceParams: Record<string, string>;
}

export interface RelayGroup {
  Group: string;
  Servers: RelayServer[];
}
