import type { ComponentProps } from "react";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { useRegionSessions } from "@/lib/data/mirror-sessions/sessions-data";
import { defineOperation } from "@/lib/operations/define-operation";
import type { InputOf } from "@/lib/operations/types";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { createTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/create-traffic-mirror-session.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import type { CreateSessionForm } from "./create-session-form";

/*
 * A type test: `npm run typecheck` (tsc) is what checks it; vitest only runs the two value checks. It proves that
 * the create form, the mutation and this test are typed from the catalog's schema, so a field renamed there breaks
 * all three at compile time instead of reaching the cloud as an unknown parameter.
 */

type CatalogInput = InputOf<typeof createTrafficMirrorSession>;
type FormValues = Parameters<ComponentProps<typeof CreateSessionForm>["onSubmit"]>[0];
type MutationInput = Parameters<ReturnType<typeof useRegionSessions>["create"]["mutateAsync"]>[0];

// What renaming `Priority` in create-traffic-mirror-session.ts would make of the operation.
const renamed = defineOperation(
  createTrafficMirrorSessionMeta,
  createTrafficMirrorSession.input.omit({ Priority: true }).extend({ SessionPriority: z.number() }),
);
type RenamedInput = InputOf<typeof renamed>;
type RenamedMutation = ReturnType<typeof useCatalogMutation<typeof renamed>>["mutateAsync"];

// Names every required field: renaming one in the schema breaks this line too.
const valid = {
  NetworkInterfaceId: "eni-1",
  TrafficMirrorTargetId: "tmt-1",
  TrafficMirrorFilterId: "tmf-1",
  Priority: 5,
} satisfies CatalogInput;

/** Never called: the calls below only have to compile (or, where marked, to fail to). */
export function compileOnly(sendRenamed: RenamedMutation, form: FormValues) {
  // @ts-expect-error — the form still says Priority: its values no longer fit the renamed operation.
  const sent: RenamedInput = form;
  // @ts-expect-error — the renamed operation's mutation refuses an input with the old field name.
  void sendRenamed(valid);
  return sent;
}

describe("create session input types", () => {
  it("are the catalog's from the form through the mutation", () => {
    expectTypeOf<MutationInput>().toEqualTypeOf<CatalogInput>();
    expectTypeOf<FormValues>().toExtend<MutationInput>();
    expectTypeOf<RenamedInput>().not.toExtend<CatalogInput>();
    // The value checks: the valid input passes the real schema, and fails the renamed one.
    expect(createTrafficMirrorSession.input.safeParse(valid).success).toBe(true);
    expect(renamed.input.safeParse(valid).success).toBe(false);
  });
});
