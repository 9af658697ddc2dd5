// Linted as lib/emulator/boundary-fixture.ts: from the emulator's top folder one "../" already leaves it.
import { emulatorPort } from "../cloud/emulator-identity";
// Allowed: the emulator's own modules.
import { systemClock } from "./core/clock";

export const used = [emulatorPort, systemClock];
