import type { FieldErrors } from "react-hook-form";
import type { z } from "zod";
import type { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";

export type AddDestinationsValues = z.input<typeof createCustomRoutingEndpointGroupDestinations.input>;
export type DestinationRow = AddDestinationsValues["DestinationConfigurations"][number];

/**
 * A fresh row: TCP ticked, ports empty. The ports are `undefined` until typed — the catalog schema then answers
 * "Enter a number" — which the row type (numbers) cannot express, hence the one cast here.
 */
export function emptyRow(): DestinationRow {
  return { Protocols: ["TCP"], FromPort: undefined, ToPort: undefined } as unknown as DestinationRow;
}

/** Text input → the number the schema checks; blank stays undefined, garbage becomes NaN (both refused). */
export function portFromInput(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  const text = String(value ?? "").trim();
  return text === "" ? undefined : Number(text);
}

/** 1-based numbers of the rows the schema marked as overlapping another row (`validation.portOverlap`). */
export function overlappingRows(errors: FieldErrors<AddDestinationsValues>): number[] {
  const rows = errors.DestinationConfigurations;
  if (!Array.isArray(rows)) return [];
  const numbers: number[] = [];
  rows.forEach((row, index) => {
    if (row?.FromPort?.message === "validation.portOverlap") numbers.push(index + 1);
  });
  return numbers;
}
