/** Fixed ids of the seeded GA world (Hangzhou-style `bp1` ids, Shanghai vSwitches `uf6`). */
export const GA = {
  /** Active standard instance with the custom-routing demo. */
  accelerator: "ga-bp1odcab8tmno0hdq3a2c",
  listeners: {
    /** Custom routing, ports 10000–16000. */
    custom: "lsr-bp1bpn0kn908w4nbw3c1d",
    /** Standard (smart routing) listener on 443: custom-routing destinations do not apply to it. */
    standard: "lsr-bp1bpn0kn908w4nbw7e5f",
  },
  groups: {
    /** Hangzhou vSwitch 192.168.10.0/28, AllowAll; holds the seeded destination. */
    hangzhou: "epg-bp14sz7ftcwwjgrdm1a2b",
    /** Shanghai vSwitch 10.20.30.0/28, AllowCustom for .1 and .2; no destinations yet. */
    shanghai: "epg-bp16jdc00bhe97sr5b3c4",
  },
  endpoints: {
    hangzhou: "ep-bp1d2utp8qqe2a44t8u3a5",
    shanghai: "ep-bp1h6fsvkeuqn6hg8j2k4d",
  },
  vswitches: {
    hangzhou: "vsw-bp1ewlvjgdgwrxprgh4vk",
    shanghai: "vsw-uf6bkrtjpjhewbogk4kyc",
  },
  /** TCP 80–81 on the Hangzhou group. */
  destination: "dst-abc123x9k2m4p6q8r0t",
  /** A second instance whose custom-routing listener is being updated when the world is seeded. */
  staging: {
    accelerator: "ga-bp1stg8k2fw3vx9q7m0d1",
    listener: "lsr-bp1stgq4w7e2r5t8y1u3i",
    group: "epg-bp1stgz3x6c9v2b5n8m1a",
    endpoint: "ep-bp1stgk7j4h1g8f5d2s9a6",
    vswitch: "vsw-bp1stg0l3k6j9h2g5f8d1",
  },
} as const;
