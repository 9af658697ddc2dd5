import { vendorErrors } from "../../core/vendor-error";

/**
 * Codes of GA custom routing. Seed 003 gives the first three (status 400 and message templates); the others are
 * from GA's error tables of sibling APIs, and the `InvalidParameter.*`/`Conflict.PortRange` names are the
 * emulator's choice where no source names a code (docs/emulator-error-codes.md).
 */
const table = {
  "StateError.EndPointGroup": [400, "endpoint group state %s is illegal"],
  "NotExist.EndPointGroup": [400, "endpoint group %s is not exist"],
  "StateError.Accelerator": [400, "accelerator state %s is illegal"],
  "NotActive.Listener": [400, "The state of the listener is not active."],
  "NotExist.Accelerator": [400, "The accelerated instance does not exist."],
  "NotExist.Destination": [400, "destination %s is not exist"],
  "InvalidParameter.DestinationConfigurations": [
    400,
    "The number of DestinationConfigurations must be between 1 and 20.",
  ],
  "InvalidParameter.PortRange": [
    400,
    "FromPort and ToPort must be 1 to 65499 and FromPort must not exceed ToPort.",
  ],
  "InvalidParameter.Protocols": [400, "Protocols must be TCP, UDP or both."],
  "Conflict.PortRange": [400, "The port range overlaps an existing destination of the endpoint group."],
  InvalidParameter: [400, "The specified parameter is not valid."],
} as const;

export const gaErrors = vendorErrors(table);
export type GaCode = keyof typeof table;

/** The error with the `%s` of its message template filled, e.g. `gaError("NotExist.EndPointGroup", id)`. */
export function gaError(code: GaCode, ...values: Array<string | number>) {
  let i = 0;
  return gaErrors[code](table[code][1].replace(/%s/g, () => String(values[i++] ?? "")));
}
