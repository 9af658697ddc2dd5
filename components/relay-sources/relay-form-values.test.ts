import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";
import { blankFormValues, configToFormValues, type RelayFormValues } from "./relay-form-rows";
import { validationMessage } from "@/lib/i18n/validation-message";
import { formValuesToInput, paramRowErrors, relayFormResolver } from "./relay-form-values";

const config: RelaySourceConfig = {
  Vhost: "push.example.com",
  App: "live",
  GroupDetails: [
    {
      Group: "relay1",
      Servers: [
        {
          RelaySourceProtocol: "rtmp",
          RelaySourceDomain: "origin.example.com:1935",
          RelaySourceParams: { domain: "live.push.net" },
        },
        { RelaySourceProtocol: "flv", RelaySourceDomain: "10.0.0.8" },
      ],
    },
  ],
};

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<RelayFormValues>;
const resolve = (values: RelayFormValues) => relayFormResolver(values, undefined, options);

function valid(): RelayFormValues {
  return configToFormValues(config);
}

describe("relay form values", () => {
  it("round-trips a saved config through the form rows", () => {
    const values = valid();
    expect(values.GroupDetails[0]!.Servers[0]!.Params).toEqual([{ key: "domain", value: "live.push.net" }]);
    expect(formValuesToInput(values)).toEqual(config);
  });

  it("starts blank with one group of one origin whose protocol is not chosen yet", () => {
    expect(blankFormValues("v")).toEqual({
      Vhost: "v",
      App: "",
      GroupDetails: [
        { Group: "", Servers: [{ RelaySourceProtocol: "", RelaySourceDomain: "", Params: [] }] },
      ],
    });
  });

  it("drops untouched blank parameter rows and omits an empty map", () => {
    const values = valid();
    values.GroupDetails[0]!.Servers[1]!.Params = [{ key: "", value: "" }];
    expect(formValuesToInput(values).GroupDetails[0]!.Servers[1]).toEqual({
      RelaySourceProtocol: "flv",
      RelaySourceDomain: "10.0.0.8",
    });
    expect(paramRowErrors(values)).toEqual([]);
  });

  it("flags a value without a name and a repeated name on their own rows", () => {
    const values = valid();
    values.GroupDetails[0]!.Servers[0]!.Params = [
      { key: "a", value: "1" },
      { key: "", value: "2" },
      { key: "a", value: "3" },
    ];
    expect(paramRowErrors(values)).toEqual([
      { path: "GroupDetails.0.Servers.0.Params.1.key", message: "validation.relayParamKey" },
      { path: "GroupDetails.0.Servers.0.Params.2.key", message: "validation.relayParamDuplicate" },
    ]);
  });
});

describe("relayFormResolver (the catalog schema behind the rows)", () => {
  it("hands the catalog's parsed body to onSubmit", async () => {
    const values = valid();
    values.GroupDetails[0]!.Group = "  relay1  ";
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(config);
  });

  it("refuses an App with a space and an unchosen protocol, at their fields", async () => {
    const values = valid();
    values.App = "my app";
    values.GroupDetails[0]!.Servers[1]!.RelaySourceProtocol = "";
    const result = await resolve(values);
    expect(result.values).toEqual({});
    expect(result.errors.App?.message).toBe("validation.app");
    expect(result.errors.GroupDetails?.[0]?.Servers?.[1]?.RelaySourceProtocol?.message).toBe(
      "validation.relayProtocol",
    );
  });

  it("reports duplicate groups, a bad origin and parameter rows together", async () => {
    const values = valid();
    values.GroupDetails.push({
      Group: "relay1",
      Servers: [
        { RelaySourceProtocol: "rtmp", RelaySourceDomain: "bad host", Params: [{ key: "", value: "x" }] },
      ],
    });
    const { errors } = await resolve(values);
    const group = errors.GroupDetails?.[1];
    expect(group?.Group?.message).toBe("validation.groups.duplicate");
    expect(group?.Servers?.[0]?.RelaySourceDomain?.message).toBe("validation.relayDomain");
    expect(group?.Servers?.[0]?.Params?.[0]?.key?.message).toBe("validation.relayParamKey");
  });

  it("fails on parameter rows alone even when the catalog is satisfied", async () => {
    const values = valid();
    values.GroupDetails[0]!.Servers[0]!.Params.push({ key: "domain", value: "again" });
    const result = await resolve(values);
    expect(result.values).toEqual({});
    const key = result.errors.GroupDetails?.[0]?.Servers?.[0]?.Params?.[1]?.key?.message;
    expect(key).toBe("validation.relayParamDuplicate");
    // What the field shows (errorAt → validationMessage): text in both languages, never the key itself.
    expect(validationMessage(key!, "en")).toBe("This parameter name is already used for this origin.");
    expect(validationMessage(key!, "zh-CN")).toBe("该源站已使用此参数名。");
  });

  it("refuses an 11th origin in a group", async () => {
    const values = valid();
    const server = values.GroupDetails[0]!.Servers[1]!;
    values.GroupDetails[0]!.Servers = Array.from({ length: 11 }, () => ({ ...server }));
    const { errors } = await resolve(values);
    const servers = errors.GroupDetails?.[0]?.Servers as
      { message?: string; root?: { message?: string } } | undefined;
    expect(servers?.message ?? servers?.root?.message).toBe("validation.servers.max");
  });
});
