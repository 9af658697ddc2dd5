import type { RelaySourceConfig } from "@/lib/operations/live/live-input";

/**
 * The upsert form's rows, zod-free so the page can build the form's defaults without loading the form (the form,
 * its resolver and the catalog schema are loaded with the form; see relay-form-values.ts).
 */

export interface ParamRow {
  key: string;
  value: string;
}

export interface ServerRow {
  /** "" until the operator picks one: the catalog refuses anything but `rtmp` / `flv`. */
  RelaySourceProtocol: string;
  RelaySourceDomain: string;
  Params: ParamRow[];
}

export interface GroupRow {
  Group: string;
  Servers: ServerRow[];
}

export interface RelayFormValues {
  Vhost: string;
  App: string;
  GroupDetails: GroupRow[];
}

export const emptyServer = (): ServerRow => ({ RelaySourceProtocol: "", RelaySourceDomain: "", Params: [] });
export const emptyGroup = (): GroupRow => ({ Group: "", Servers: [emptyServer()] });

export function blankFormValues(vhost: string): RelayFormValues {
  return { Vhost: vhost, App: "", GroupDetails: [emptyGroup()] };
}

/** "Edit" on a saved config: every group and server as the cloud returned them. */
export function configToFormValues(config: RelaySourceConfig): RelayFormValues {
  return {
    Vhost: config.Vhost,
    App: config.App,
    GroupDetails: config.GroupDetails.map((g) => ({
      Group: g.Group,
      Servers: g.Servers.map((s) => ({
        RelaySourceProtocol: s.RelaySourceProtocol,
        RelaySourceDomain: s.RelaySourceDomain,
        Params: Object.entries(s.RelaySourceParams ?? {}).map(([key, value]) => ({ key, value })),
      })),
    })),
  };
}
