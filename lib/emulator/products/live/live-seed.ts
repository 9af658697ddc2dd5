import type { ModelContext } from "../../core/product";
import { LIVE } from "./live-ids";
import type { LiveDomain, LiveState } from "./live-state";

/** Two working vhosts with push and pull domains, a disabled one, a partner's one, and one relay config. */
export function seedLive(ctx: ModelContext): LiveState {
  const created = new Date(ctx.clock.now() - 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const v = LIVE.vhosts;
  const domain = (
    vhost: string,
    name: string,
    type: "push" | "pull-flv",
    extra: Partial<LiveDomain> = {},
  ): LiveDomain => ({
    Vhost: vhost,
    Domain: name,
    Status: 0,
    Type: type,
    Region: "cn",
    CnameCheck: 1,
    DomainCheck: 0,
    ICPCheck: 1,
    CreateTime: created,
    CertDomain: "",
    ChainID: "",
    PushDomain: "",
    ProjectName: "default",
    Tags: [],
    CNAME: `${name}.volcgslb.com`,
    ...extra,
  });
  const domains: LiveDomain[] = [
    domain(v.main, `push.${v.main}`, "push"),
    domain(v.main, `pull.${v.main}`, "pull-flv", {
      PushDomain: `push.${v.main}`,
      CertDomain: `*.${v.main}`,
      ChainID: "chain-3ecf2fd7a1b5",
    }),
    domain(v.main, `play.${v.main}`, "pull-flv", { PushDomain: `push.${v.main}`, Region: "cn-global" }),
    domain(v.edu, `push.${v.edu}`, "push"),
    domain(v.edu, `pull.${v.edu}`, "pull-flv", { PushDomain: `push.${v.edu}` }),
    domain(v.blocked, `push.${v.blocked}`, "push", { Status: 2 }),
    domain(v.blocked, `pull.${v.blocked}`, "pull-flv", {
      Status: 6,
      ICPCheck: 2,
      PushDomain: `push.${v.blocked}`,
    }),
    domain(v.partner, `pull.${v.partner}`, "pull-flv"),
  ];
  return {
    vhosts: {
      [v.main]: { Vhost: v.main, AccountId: LIVE.account, ProjectName: "default" },
      [v.edu]: { Vhost: v.edu, AccountId: LIVE.account, ProjectName: "default" },
      [v.blocked]: { Vhost: v.blocked, AccountId: LIVE.account, ProjectName: "default" },
      [v.partner]: { Vhost: v.partner, AccountId: LIVE.otherAccount, ProjectName: "default" },
    },
    domains: Object.fromEntries(domains.map((d) => [d.Domain, d])),
    relays: {
      [v.main]: {
        [LIVE.relay.app]: [
          {
            Group: LIVE.relay.group,
            Servers: [
              {
                RelaySourceProtocol: "rtmp",
                RelaySourceDomain: "origin.example.org",
                RelaySourceParams: { domain: `push.${v.main}` },
              },
              { RelaySourceProtocol: "flv", RelaySourceDomain: "203.0.113.10:8080", RelaySourceParams: {} },
            ],
          },
        ],
      },
    },
  };
}
