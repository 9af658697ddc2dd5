"use client";

import { MutationButton, RoleNote } from "@/components/auth/mutation-button";
import { useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FOCUS_TARGETS, useFocusWhenTargeted } from "@/components/palette/focus-target";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { applyFailureToForm, errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import {
  PACKET_LENGTH_DEFAULT,
  PACKET_LENGTH_RANGE,
  PACKET_LENGTH_RECOMMENDED_MAX,
  VNI_RANGE,
  type TrafficMirrorSession,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { useClearOnEdit } from "@/lib/forms/clear-on-edit";
import { whenIdle } from "@/lib/forms/when-idle";
import { lazyOperation, lazySchemaResolver } from "@/lib/forms/lazy-operation";
import {
  blankToNumber,
  toCreateInput,
  type CreateSessionInput,
  type CreateSessionValues,
} from "./create-input";
import { PriorityField } from "./priority-field";
import { SessionTextFields } from "./session-text-fields";
import { SourceEniPicker } from "./source-eni-picker";
import { TagsEditor } from "./tags-editor";
import { FilterPicker, TargetPicker } from "./target-filter-pickers";
import { nextFreePriority, refuseTakenPriority, takenPriorities } from "./taken-priorities";
import { CopyAs } from "@/components/tokens/copy-as";
import { CopyAsPlaceholder } from "@/components/tokens/copy-as-placeholder";

// Placeholder, help and warning read the same constants (the seed recommends 64–1450, default 1500; 9600 is
// accepted, docs/cloud-apis.md §6.1, §10.7): above the recommendation, warn only.
const PACKET_LENGTH_TEXT = {
  ...PACKET_LENGTH_RANGE,
  default: PACKET_LENGTH_DEFAULT,
  recommendedMax: PACKET_LENGTH_RECOMMENDED_MAX,
};

const NO_SESSIONS: readonly TrafficMirrorSession[] = [];

// The catalog's schema validates the form; it is fetched once the form has rendered (lib/forms/lazy-operation.ts).
const operation = lazyOperation(() =>
  import("@/lib/operations/volc-vpc/create-traffic-mirror-session").then((m) => m.createTrafficMirrorSession),
);
const schemaResolver = lazySchemaResolver<CreateSessionInput, CreateSessionValues>(operation);

const EMPTY: CreateSessionInput = {
  NetworkInterfaceId: "",
  TrafficMirrorTargetId: "",
  TrafficMirrorFilterId: "",
  Priority: undefined as unknown as number,
  Tags: [],
};

/**
 * Dumb form: the catalog schema (plus the region's taken priorities) validates before anything is sent;
 * `onSubmit`, owned by the page, throws an OperationFailure on refusal, which is shown in full and put beside
 * the field the vendor code names, with every typed value kept.
 */
export function CreateSessionForm({
  region,
  sessions,
  isTakenLoading,
  onSubmit,
}: {
  region: string;
  /** The region's sessions, null until known: they tell which priorities and ENIs are taken. */
  sessions: readonly TrafficMirrorSession[] | null;
  isTakenLoading: boolean;
  onSubmit: (input: CreateSessionValues) => Promise<void>;
}) {
  const t = useT();
  const locale = useLocale();
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const [op, setOp] = useState(operation.current);
  // Fetched once the browser is idle after the form's first paint, not right after its commit: zod's evaluation is
  // a long task, and run before that paint it held back the page's largest paint, this form's note
  // (docs/BENCHMARKS.md "Lighthouse").
  // A failed download shows when the form is submitted (lazySchemaResolver), and is tried again then.
  useEffect(() => whenIdle(() => void operation.load().then(setOp, () => undefined)), []);
  const taken = useMemo(() => (sessions ? takenPriorities(sessions) : null), [sessions]);
  const resolver = useMemo(
    () =>
      refuseTakenPriority(schemaResolver, taken, (priority, session) =>
        t("validation.priorityTaken", { priority, session }),
      ),
    [taken, t],
  );
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<CreateSessionInput, unknown, CreateSessionValues>({
    resolver,
    mode: "onTouched",
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const sourceEni = useWatch({ control: form.control, name: "NetworkInterfaceId" });
  const packetLength = useWatch({ control: form.control, name: "PacketLength" });
  const error = (path: string) => errorAt(errors, path, locale);

  // A failure comes from a submit, whose catch puts the definition in `op` (see `send`).
  useClearOnEdit(form, failure && op ? { failure, op } : null, () => setFailure(null));

  // What was last sent: "Retry with the same request" resends exactly it (same input, so the same ClientToken),
  // without the form's own checks — which, once the list shows the session the lost reply created, would refuse it.
  const [lastSent, setLastSent] = useState<CreateSessionValues | null>(null);
  const send = async (values: CreateSessionValues) => {
    setLastSent(values);
    setFailure(null);
    try {
      await onSubmit(toCreateInput(values));
      // The next session often goes to the same target through the same filter; the priority just used is taken
      // now, so the field offers the next free one instead of a value the form would refuse.
      form.reset({
        ...EMPTY,
        TrafficMirrorTargetId: values.TrafficMirrorTargetId,
        TrafficMirrorFilterId: values.TrafficMirrorFilterId,
        Priority: nextFreePriority(taken, values.Priority) ?? EMPTY.Priority,
      });
    } catch (failed) {
      if (!(failed instanceof OperationFailure)) throw failed;
      // The definition is loaded by now (the submit validated with it); kept in state for useClearOnEdit even if
      // the idle-time download has not run yet or had failed.
      const definition = await operation.load();
      setOp(definition);
      applyFailureToForm(failed, definition, form.setError, locale);
      setFailure(failed);
    }
  };
  const submit = form.handleSubmit(send);
  const retrySame = () => void (lastSent && send(lastSent));

  const optionalNumber = { setValueAs: blankToNumber };
  useFocusWhenTargeted(FOCUS_TARGETS.createSession, formRef);
  return (
    <form
      ref={formRef}
      id={FOCUS_TARGETS.createSession}
      noValidate
      aria-labelledby="create-title"
      onSubmit={submit}
      className="flex flex-col gap-4 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="create-title" className="text-lg font-semibold">
        {t("mirrorSessions.create")}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <Controller
            control={form.control}
            name="NetworkInterfaceId"
            render={({ field }) => (
              <SourceEniPicker
                region={region}
                sessions={sessions ?? NO_SESSIONS}
                value={field.value}
                onChange={field.onChange}
                error={error("NetworkInterfaceId")}
              />
            )}
          />
          <Controller
            control={form.control}
            name="TrafficMirrorTargetId"
            render={({ field }) => (
              <TargetPicker
                region={region}
                sourceEni={sourceEni}
                sessions={sessions ?? NO_SESSIONS}
                value={field.value}
                onChange={field.onChange}
                error={error("TrafficMirrorTargetId")}
              />
            )}
          />
          <Controller
            control={form.control}
            name="TrafficMirrorFilterId"
            render={({ field }) => (
              <FilterPicker
                region={region}
                value={field.value}
                onChange={field.onChange}
                error={error("TrafficMirrorFilterId")}
              />
            )}
          />
        </div>
        <div className="flex flex-col gap-4">
          <PriorityField
            region={region}
            taken={taken}
            error={error("Priority")}
            registration={form.register("Priority", { setValueAs: blankToNumber })}
            onUse={(priority) => form.setValue("Priority", priority, { shouldValidate: true })}
          />
          <Field
            label={t("mirrorSessions.vni")}
            hint={t("mirrorSessions.vniHint", VNI_RANGE)}
            optional
            error={error("VirtualNetworkId")}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                className={`${inputClass} max-w-40`}
                {...form.register("VirtualNetworkId", optionalNumber)}
              />
            )}
          </Field>
          <Field
            label={t("mirrorSessions.packetLength")}
            hint={t("mirrorSessions.packetLengthHint", PACKET_LENGTH_TEXT)}
            optional
            error={error("PacketLength")}
            warning={
              typeof packetLength === "number" &&
              packetLength > PACKET_LENGTH_RECOMMENDED_MAX &&
              !errors.PacketLength
                ? t("mirrorSessions.packetLengthWarning", PACKET_LENGTH_TEXT)
                : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                placeholder={String(PACKET_LENGTH_DEFAULT)}
                className={`${inputClass} max-w-40`}
                {...form.register("PacketLength", optionalNumber)}
              />
            )}
          </Field>
          <SessionTextFields register={form.register} errors={errors} />
          <TagsEditor control={form.control} register={form.register} errors={errors} />
        </div>
      </div>
      {errors.root && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error("root")}
        </p>
      )}
      {failure && op && <LazyErrorPanel failure={failure} op={op} onRetrySame={retrySame} />}
      <div>
        <RoleNote />
        <MutationButton type="submit" disabled={isSubmitting || isTakenLoading}>
          {isSubmitting ? t("mirrorSessions.submitting") : t("mirrorSessions.submit")}
        </MutationButton>
        {op ? <CopyAs op={op} region={region} values={form.getValues} /> : <CopyAsPlaceholder />}
      </div>
    </form>
  );
}
