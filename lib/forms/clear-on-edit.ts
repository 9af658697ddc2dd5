"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, UseFormWatch } from "react-hook-form";

/**
 * A cloud error panel belongs to the request that caused it (issue #18): once the operator changes any field, the
 * panel speaks about values no longer on screen (a `Conflict.PortRange` for 80–85 beside rows now 100–110), so
 * `clear` runs at the first edit after a failure. react-hook-form's `watch` callback fires on value changes only —
 * not on `setError`, which puts the cloud's code beside its field after the same failure.
 */
export function useClearOnEdit<Values extends FieldValues>(
  watch: UseFormWatch<Values>,
  active: boolean,
  clear: () => void,
) {
  const latest = useRef(clear);
  useEffect(() => {
    latest.current = clear;
  });
  useEffect(() => {
    if (!active) return;
    const subscription = watch(() => latest.current());
    return () => subscription.unsubscribe();
  }, [active, watch]);
}
