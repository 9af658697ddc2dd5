import type { MessageKey } from "./catalog";
import type { Translate } from "./translate";

/** A vendor value (status, type, role) in the operator's language, and the value itself as the API spells it. */
export interface VendorValue {
  label: string;
  raw: string;
  /** False when the label is the raw value: English where the vendor's word already reads as English, or a
   * value nobody translated yet. Then there is nothing to show beside it. */
  isTranslated: boolean;
}

/**
 * Looks the value up in the `locale.value.*` messages (lib/i18n/messages/locale.ts). Goes through `t()`, which
 * answers the key itself for a missing one, so the browser needs no second copy of the catalog to know.
 */
export function vendorValue(t: Translate<MessageKey>, raw: string): VendorValue {
  const key = `locale.value.${raw}` as MessageKey;
  const found = t(key);
  const label = found === key || raw === "" ? raw : found;
  return { label, raw, isTranslated: label !== raw };
}

/** For running text (picker details, reasons): "已绑定（InUse）", or just "Available" where nothing changes. */
export function vendorText(t: Translate<MessageKey>, raw: string): string {
  const { label, isTranslated } = vendorValue(t, raw);
  return isTranslated ? t("locale.withRaw", { label, raw }) : raw;
}
