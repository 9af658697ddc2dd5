/**
 * Which backend the console talks to. Pure (takes the env) so the shell, the run script and the
 * credential loader agree: anything but an explicit `CLOUD_MODE=cloud` means the embedded emulator.
 */
export type BackendMode = "emulator" | "cloud";

export function backendMode(env: Record<string, string | undefined>): BackendMode {
  return env.CLOUD_MODE === "cloud" ? "cloud" : "emulator";
}
