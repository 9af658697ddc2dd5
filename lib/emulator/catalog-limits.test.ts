import { describe, expect, it } from "vitest";
import { MAX_SOURCE_ENIS } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta";
import {
  GA_MAX_PAGE_SIZE,
  GA_PORT_RANGE,
  GA_PROTOCOLS,
  MAX_DESTINATIONS,
} from "@/lib/operations/ga/ga-types";
import { CEN_MAX_RESULTS } from "@/lib/operations/cbn/list-transit-router-multicast-domains.meta";
import { ECS_MAX_RESULTS } from "@/lib/operations/ecs/describe-network-interfaces.meta";
import { LIVE_DOMAIN_PAGE_MAX } from "@/lib/operations/live/list-domain-detail.meta";
import { ROUTER_INTERFACES_MAX_PAGE_SIZE } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import { appName } from "@/lib/operations/live/live-input";
import { MAX_RELAY_SERVERS, RELAY_PROTOCOLS } from "@/lib/operations/live/update-relay-source-v3";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import {
  MAX_SESSION_TAGS,
  PACKET_LENGTH_DEFAULT,
  PACKET_LENGTH_RANGE,
  PRIORITY_RANGE,
  VNI_RANGE,
  VOLC_VPC_MAX_RESULTS,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { clientToken } from "@/lib/schemas/common";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { MAX_RESULTS as CEN_EMULATOR_MAX_RESULTS } from "./products/cbn/cbn-list-model";
import { MAX_SOURCES_PER_CALL } from "./products/cbn/cbn-model";
import { MAX_RESULTS as ECS_EMULATOR_MAX_RESULTS } from "./products/ecs/ecs-model";
import { DOMAIN_PAGE_MAX } from "./products/live/live-model";
import { MAX_PAGE_SIZE as GA_EMULATOR_MAX_PAGE_SIZE } from "./products/ga/ga-paging";
import { MAX_RESULTS as VOLC_EMULATOR_MAX_RESULTS } from "./products/volc-vpc/volc-paging";
import { MAX_PAGE_SIZE as VPC_EMULATOR_MAX_PAGE_SIZE } from "./products/vpc/vpc-responses";
import { isValidGroupIp } from "./products/cbn/group-ip";
import {
  MAX_CONFIGURATIONS,
  PORT,
  PROTOCOLS as GA_EMULATOR_PROTOCOLS,
} from "./products/ga/destination-rules";
import { checkApp, MAX_SERVERS, PROTOCOLS as LIVE_EMULATOR_PROTOCOLS } from "./products/live/relay-rules";
import {
  MAX_TAGS,
  PACKET_LENGTH,
  PRIORITY,
  validateClientToken,
  validateDescription,
  validateName,
  VNI,
} from "./products/volc-vpc/mirror-session-rules";

/**
 * The emulator keeps its own copy of every documented limit on purpose: it plays the cloud, so it must refuse what
 * the cloud refuses even if the console's catalog were wrong. These tests pin each copy to the catalog's, so a
 * change on one side without the other fails here instead of letting the form and the emulator drift apart.
 */
describe("the emulator's limits equal the catalog's constants", () => {
  const range = (r: { min: number; max: number }) => ({ min: r.min, max: r.max });

  it.each([
    ["CEN: ENIs (sources) per Register call", MAX_SOURCES_PER_CALL, MAX_SOURCE_ENIS],
    ["GA: destination configurations per call", MAX_CONFIGURATIONS, MAX_DESTINATIONS],
    ["GA: backend port range", PORT, GA_PORT_RANGE],
    ["GA: protocols", [...GA_EMULATOR_PROTOCOLS], [...GA_PROTOCOLS]],
    ["mirror sessions: priority range", PRIORITY, PRIORITY_RANGE],
    ["mirror sessions: VNI range", VNI, VNI_RANGE],
    ["mirror sessions: packet length range", range(PACKET_LENGTH), PACKET_LENGTH_RANGE],
    ["mirror sessions: default packet length", PACKET_LENGTH.default, PACKET_LENGTH_DEFAULT],
    ["mirror sessions: tags per session", MAX_TAGS, MAX_SESSION_TAGS],
    ["Live: origins per relay group", MAX_SERVERS, MAX_RELAY_SERVERS],
    ["Live: relay protocols", [...LIVE_EMULATOR_PROTOCOLS], [...RELAY_PROTOCOLS]],
    ["CEN: items per list page", CEN_EMULATOR_MAX_RESULTS, CEN_MAX_RESULTS],
    ["VPC: router interfaces per page", VPC_EMULATOR_MAX_PAGE_SIZE, ROUTER_INTERFACES_MAX_PAGE_SIZE],
    ["GA: items per list page", GA_EMULATOR_MAX_PAGE_SIZE, GA_MAX_PAGE_SIZE],
    ["Volcengine VPC: items per list page", VOLC_EMULATOR_MAX_RESULTS, VOLC_VPC_MAX_RESULTS],
    ["ECS: network interfaces per token page", ECS_EMULATOR_MAX_RESULTS, ECS_MAX_RESULTS],
    ["Live: domain list page number and size", DOMAIN_PAGE_MAX, LIVE_DOMAIN_PAGE_MAX],
  ])("%s", (_name, emulator, catalog) => {
    expect(emulator).toEqual(catalog);
  });
});

/** Rules without a single constant: the catalog's schema and the emulator's check agree on each sample. */
describe("the emulator's value rules accept exactly what the catalog's schemas accept", () => {
  const emulatorAccepts = (check: () => unknown) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };
  const session = (field: string, value: string) =>
    createTrafficMirrorSession.input.safeParse({
      NetworkInterfaceId: "eni-1",
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
      Priority: 1,
      [field]: value,
    }).success;

  const cases: [string, string[], (s: string) => boolean, (s: string) => boolean][] = [
    [
      "CEN multicast group address",
      [
        "224.0.1.0",
        "239.255.255.254",
        "239.255.255.255",
        "224.0.0.255",
        "224.0.0.9",
        "239.01.1.1",
        "1.2.3.4",
        "x",
      ],
      (s) => multicastGroupIp.safeParse(s).success,
      isValidGroupIp,
    ],
    [
      "mirror session name",
      ["a", "会话-1", "a.b_c-d", "a".repeat(128), "a".repeat(129), "", "_a", "a b", "a/b"],
      (s) => session("TrafficMirrorSessionName", s),
      (s) => emulatorAccepts(() => validateName(s)),
    ],
    [
      "mirror session description",
      ["a", "说明，含逗号。", "a, b = c", "a".repeat(255), "a".repeat(256), "", " a", "a;b"],
      (s) => session("Description", s),
      (s) => emulatorAccepts(() => validateDescription(s)),
    ],
    [
      "ClientToken",
      ["t", "a".repeat(64), "a".repeat(65), "with space", "中", "tab\t"],
      (s) => clientToken.safeParse(s).success,
      (s) => emulatorAccepts(() => validateClientToken(s)),
    ],
    [
      "Live App",
      ["live", "a_b.c-d", "a".repeat(30), "a".repeat(31), "", "a b", "应用"],
      (s) => appName.safeParse(s).success,
      (s) => emulatorAccepts(() => checkApp(s)),
    ],
  ];

  it.each(cases)("%s", (_name, samples, catalog, emulator) => {
    for (const sample of samples) expect(emulator(sample), JSON.stringify(sample)).toBe(catalog(sample));
  });
});
