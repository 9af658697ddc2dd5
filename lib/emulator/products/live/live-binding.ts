import { liveErrors } from "./live-errors";

/**
 * Binding a Live JSON body to the request types, as the service's framework does before any rule runs: a value of
 * the wrong JSON type (a number for `App`, an object for `Servers`) is `InvalidParam.BindError`; `null` counts as
 * absent. Value rules (lengths, enums, required fields) come after, in relay-rules.ts, as `InvalidParam`.
 */

const bindError = (field: string) =>
  liveErrors["InvalidParam.BindError"](`Request parameter error, please check input data: ${field}`);

export function bindString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw bindError(field);
  return value;
}

export function bindInt(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw bindError(field);
  return value;
}

export function bindArray<T>(
  value: unknown,
  field: string,
  item: (v: unknown, field: string) => T,
): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw bindError(field);
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

export function bindObject(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw bindError(field);
  return value as Record<string, unknown>;
}

/** `RelaySourceParams`: a JSON map of string to string. */
export function bindStringMap(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const map = bindObject(value, field);
  for (const [k, v] of Object.entries(map)) if (typeof v !== "string") throw bindError(`${field}.${k}`);
  return { ...(map as Record<string, string>) };
}

export interface BoundServer {
  RelaySourceDomain?: string;
  RelaySourceProtocol?: string;
  RelaySourceParams?: Record<string, string>;
}

export interface BoundGroup {
  Group?: string;
  Servers?: BoundServer[];
}

export interface BoundRelayBody {
  Vhost?: string;
  App?: string;
  Group?: string;
  GroupDetails?: BoundGroup[];
}

/** Update/Describe/Delete bodies share these fields. */
export function bindRelayBody(body: Record<string, unknown>): BoundRelayBody {
  return {
    Vhost: bindString(body.Vhost, "Vhost"),
    App: bindString(body.App, "App"),
    Group: bindString(body.Group, "Group"),
    GroupDetails: bindArray(body.GroupDetails, "GroupDetails", (g, f) => {
      const group = bindObject(g, f);
      return {
        Group: bindString(group.Group, `${f}.Group`),
        Servers: bindArray(group.Servers, `${f}.Servers`, (s, sf) => {
          const server = bindObject(s, sf);
          return {
            RelaySourceDomain: bindString(server.RelaySourceDomain, `${sf}.RelaySourceDomain`),
            RelaySourceProtocol: bindString(server.RelaySourceProtocol, `${sf}.RelaySourceProtocol`),
            RelaySourceParams: bindStringMap(server.RelaySourceParams, `${sf}.RelaySourceParams`),
          };
        }),
      };
    }),
  };
}

export interface BoundDomainQuery {
  PageNum?: number;
  PageSize?: number;
  VhostList?: string[];
  DomainNameList?: string[];
  DomainTypeList?: string[];
  DomainRegionList?: string[];
  DomainStatusList?: number[];
}

export function bindDomainQuery(body: Record<string, unknown>): BoundDomainQuery {
  const strings = (name: string) => bindArray(body[name], name, (v, f) => bindString(v, f) ?? "");
  return {
    PageNum: bindInt(body.PageNum, "PageNum"),
    PageSize: bindInt(body.PageSize, "PageSize"),
    VhostList: strings("VhostList"),
    DomainNameList: strings("DomainNameList"),
    DomainTypeList: strings("DomainTypeList"),
    DomainRegionList: strings("DomainRegionList"),
    DomainStatusList: bindArray(body.DomainStatusList, "DomainStatusList", (v, f) => bindInt(v, f) ?? 0),
  };
}
