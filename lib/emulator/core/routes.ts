import type { Cloud, OperationMeta } from "@/lib/operations/types";

/** One entry of the routing table, derived from a catalog operation (never listed by hand). */
export interface Route {
  id: string;
  cloud: Cloud;
  /** Catalog product; for Volcengine also the signing service in the credential scope. */
  product: string;
  version: string;
  action: string;
  method: "GET" | "POST";
  style: OperationMeta["style"];
  kind: OperationMeta["kind"];
  /** The catalog says the operation takes a ClientToken; only then does the emulator remember tokens. */
  idempotent: boolean;
}

/** Another (cloud, version, action) that reaches a catalog operation, e.g. the legacy ECS ConnectRouterInterface. */
export interface RouteAlias {
  cloud: Cloud;
  version: string;
  action: string;
  /** Catalog id of the operation that serves it. */
  target: string;
}

/**
 * Alibaba routes by Action + Version (the version names the product: cbn 2017-09-12, vpc 2016-04-28 …);
 * Volcengine by service (from the credential scope) + Version + Action. Host is never consulted, so any
 * client pointed at one port reaches every product.
 */
export class RouteTable {
  private readonly aliyunRoutes = new Map<string, Route>();
  private readonly aliyunVersions = new Set<string>();
  private readonly volcRoutes = new Map<string, Route>();
  private readonly volcServices = new Set<string>();
  private readonly volcVersions = new Set<string>();
  readonly all: readonly Route[];

  constructor(operations: readonly OperationMeta[], aliases: readonly RouteAlias[] = []) {
    const routes = operations.map(toRoute);
    const byId = new Map(routes.map((r) => [r.id, r]));
    for (const route of routes) this.add(route.cloud, route.product, route.version, route.action, route);
    for (const alias of aliases) {
      const target = byId.get(alias.target);
      if (!target) throw new Error(`route alias ${alias.action} targets unknown operation ${alias.target}`);
      this.add(alias.cloud, target.product, alias.version, alias.action, target);
    }
    this.all = routes;
  }

  aliyun(version: string, action: string): Route | undefined {
    return this.aliyunRoutes.get(`${version}\n${action}`);
  }

  isAliyunVersion(version: string): boolean {
    return this.aliyunVersions.has(version);
  }

  isVolcVersion(version: string): boolean {
    return this.volcVersions.has(version);
  }

  volc(service: string, version: string, action: string): Route | undefined {
    return this.volcRoutes.get(`${service}\n${version}\n${action}`);
  }

  isVolcService(service: string): boolean {
    return this.volcServices.has(service);
  }

  /**
   * A request reaches a route by its address alone (the Action, Version and — Volcengine — service it names);
   * method and style do not tell two operations apart, so a second registration of an address is a mistake in
   * the catalog or a product's aliases, refused at start-up instead of silently replacing the first.
   */
  private add(cloud: Cloud, product: string, version: string, action: string, route: Route): void {
    const isAliyun = cloud === "aliyun";
    const table = isAliyun ? this.aliyunRoutes : this.volcRoutes;
    const key = isAliyun ? `${version}\n${action}` : `${product}\n${version}\n${action}`;
    const taken = table.get(key);
    if (taken) {
      const address = isAliyun ? `${action} ${version}` : `${product} ${action} ${version}`;
      throw new Error(`route clash: ${cloud} ${address} is claimed by both ${taken.id} and ${route.id}`);
    }
    table.set(key, route);
    if (isAliyun) {
      this.aliyunVersions.add(version);
    } else {
      this.volcServices.add(product);
      this.volcVersions.add(version);
    }
  }
}

function toRoute(op: OperationMeta): Route {
  return {
    id: op.id,
    cloud: op.cloud,
    product: op.product,
    version: op.version,
    action: op.action,
    method: op.method,
    style: op.style,
    kind: op.kind,
    idempotent: op.idempotent === true,
  };
}
