import type { BackendMode } from "@/lib/cloud/backend-mode";
import { getT } from "@/lib/i18n/server";

/** Which backend this server talks to; decided on the server from the environment, never by the browser. */
export async function ModeBadge({ mode }: { mode: BackendMode }) {
  const t = await getT();
  const isEmulator = mode === "emulator";
  return (
    <p
      className="inline-flex items-center gap-1.5 rounded-full border border-neutral-300 px-2.5 py-0.5 text-xs dark:border-neutral-600"
      title={t(isEmulator ? "shell.mode.emulatorHint" : "shell.mode.cloudHint")}
      data-mode={mode}
    >
      <span className="sr-only">{t("shell.mode.prefix")}</span>
      {/* Shape as well as colour tells the modes apart: hollow ring = emulator, filled dot = cloud. */}
      <span
        aria-hidden="true"
        className={
          isEmulator
            ? "size-2 rounded-full border-2 border-amber-600 dark:border-amber-400"
            : "size-2 rounded-full bg-emerald-600 dark:bg-emerald-400"
        }
      />
      <span className="font-medium">{t(isEmulator ? "common.mode.emulator" : "common.mode.cloud")}</span>
    </p>
  );
}
