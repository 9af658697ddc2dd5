import { zodResolver } from "@hookform/resolvers/zod";
import { set, type FieldErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { relayParamKey } from "@/lib/operations/live/live-input";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import type { ParamRow, RelayFormValues } from "./relay-form-rows";

/**
 * The upsert form's values and their mapping to the catalog input. The form mirrors UpdateRelaySourceV3's body
 * except for one thing: `RelaySourceParams` is a JSON map, but an editor needs ordered rows (a half-typed key, two
 * rows with the same key), so the form holds `Params: {key, value}[]` and the resolver turns rows into the map
 * before the catalog schema validates it.
 */

export type RelayInput = z.output<typeof updateRelaySourceV3.input>;

const isBlankRow = (row: ParamRow) => row.key === "" && row.value === "";

/**
 * Rows → the catalog's body. Untouched blank rows are dropped; rows whose key breaks the catalog's key rule are
 * left out here and reported on their row by {@link paramRowErrors}, so nothing is reported twice.
 */
export function formValuesToInput(values: RelayFormValues): z.input<typeof updateRelaySourceV3.input> {
  return {
    Vhost: values.Vhost,
    App: values.App,
    GroupDetails: values.GroupDetails.map((g) => ({
      Group: g.Group,
      Servers: g.Servers.map((s) => {
        const rows = s.Params.filter((row) => !isBlankRow(row) && relayParamKey.safeParse(row.key).success);
        return {
          RelaySourceProtocol: s.RelaySourceProtocol as "rtmp" | "flv",
          RelaySourceDomain: s.RelaySourceDomain,
          ...(rows.length > 0
            ? { RelaySourceParams: Object.fromEntries(rows.map((r) => [r.key, r.value])) }
            : {}),
        };
      }),
    })),
  };
}

/** Problems only the row editor can have: a key the catalog refuses, or a key a map cannot hold twice. */
export function paramRowErrors(values: RelayFormValues): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  values.GroupDetails.forEach((g, gi) =>
    g.Servers.forEach((s, si) => {
      const seen = new Set<string>();
      s.Params.forEach((row, pi) => {
        if (isBlankRow(row)) return;
        const path = `GroupDetails.${gi}.Servers.${si}.Params.${pi}.key`;
        const key = relayParamKey.safeParse(row.key);
        if (!key.success) out.push({ path, message: key.error.issues[0]?.message ?? "validation.required" });
        else if (seen.has(row.key)) out.push({ path, message: "validation.relayParamDuplicate" });
        seen.add(row.key);
      });
    }),
  );
  return out;
}

const catalogResolver = zodResolver(updateRelaySourceV3.input);

/**
 * zodResolver(the catalog schema) applied to the rows-turned-map, plus the row errors. On success react-hook-form
 * hands the catalog's parsed output (trimmed, typed) to onSubmit, ready to send.
 */
export const relayFormResolver: Resolver<RelayFormValues, unknown, RelayInput> = async (
  values,
  context,
  options,
) => {
  const result = await catalogResolver(
    formValuesToInput(values),
    context,
    options as unknown as Parameters<typeof catalogResolver>[2],
  );
  const rowErrors = paramRowErrors(values);
  if (rowErrors.length === 0 && Object.keys(result.errors).length === 0) {
    return { values: result.values as RelayInput, errors: {} };
  }
  const errors = { ...result.errors } as FieldErrors<RelayFormValues>;
  for (const { path, message } of rowErrors) set(errors, path, { type: "custom", message });
  return { values: {}, errors };
};
