import { VOLC_ACCOUNT_ID } from "../../auth/identities";

/** Names of the seeded Live world (vhosts and domains are names, not generated ids). */
export const LIVE = {
  account: VOLC_ACCOUNT_ID,
  /** Another Volcengine account (a partner) that owns `partner.example.org`. */
  otherAccount: "2100987654",
  vhosts: {
    /** Push + two pull domains; holds the seeded relay config live/relay1. */
    main: "live.example.com",
    /** Push + one pull domain, no relay config. */
    edu: "edu.example.cn",
    /** Every domain disabled or blocked: writes are `RequestForbidden`. */
    blocked: "legacy.example.net",
    /** Belongs to `otherAccount`: `RequestForbidden.AccountIDNotAllow`. */
    partner: "partner.example.org",
  },
  relay: { app: "live", group: "relay1" },
} as const;
