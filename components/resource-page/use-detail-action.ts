"use client";

import { useState } from "react";
import { OperationFailure } from "@/lib/queries/operation-failure";

/**
 * A resource page's action: what its confirmation asks about (`asking`, null while closed) and the cloud's last
 * refusal (`failure`, shown on the page). `run` closes the confirmation and clears the old refusal before it acts;
 * anything thrown that is not the cloud's answer is a bug, and is thrown on.
 */
export function useDetailAction<Subject = true>() {
  const [asking, setAsking] = useState<Subject | null>(null);
  const [failure, setFailure] = useState<OperationFailure | null>(null);

  async function run(action: () => Promise<unknown>) {
    setAsking(null);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      if (!(error instanceof OperationFailure)) throw error;
      setFailure(error);
    }
  }

  return { asking, ask: setAsking, cancel: () => setAsking(null), failure, setFailure, run };
}
