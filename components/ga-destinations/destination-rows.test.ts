import { describe, expect, it } from "vitest";
import { createCustomRoutingEndpointGroupDestinations as op } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { emptyRow, overlappingRows, portFromInput } from "./destination-rows";
import { formatPorts } from "./format-ports";

describe("destination rows", () => {
  it("starts a row with TCP and no ports, which the catalog schema refuses until ports are typed", () => {
    const result = op.input.safeParse({ EndpointGroupId: "epg-1", DestinationConfigurations: [emptyRow()] });
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "DestinationConfigurations.0.FromPort: validation.number",
      "DestinationConfigurations.0.ToPort: validation.number",
    ]);
  });

  it("reads port inputs: blank is missing, digits are numbers, anything else is not a number", () => {
    expect(portFromInput("")).toBeUndefined();
    expect(portFromInput("  ")).toBeUndefined();
    expect(portFromInput(" 8080 ")).toBe(8080);
    expect(portFromInput("80a")).toBeNaN();
    expect(portFromInput(443)).toBe(443);
  });

  it("names the rows the schema marks as overlapping, counting from 1", () => {
    const overlap = { message: "validation.portOverlap", type: "custom" };
    const errors = {
      DestinationConfigurations: [
        { FromPort: overlap },
        undefined,
        { ToPort: { message: "validation.port" } },
        { FromPort: overlap },
      ],
    };
    expect(overlappingRows(errors as never)).toEqual([1, 4]);
    expect(overlappingRows({})).toEqual([]);
  });

  it("formats port ranges", () => {
    expect(formatPorts(80, 80)).toBe("80");
    expect(formatPorts(80, 90)).toBe("80–90");
  });
});
