"use client";
// Approving the answers ticked in the review queue. The boxes sit in the table's rows and belong to this form
// through their `form` attribute; the result says how many were approved and which could not be, and why.
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import type { MessageKey } from "@/lib/i18n";

type Result = { approved: number; refused: { indicatorId: string; reason: MessageKey; vars?: Record<string, string | number> }[] };

export function ApproveManyForm(props: {
  assessmentId: string;
  /** How many rows have a box to tick: without any, only the last result shows. */
  selectable: number;
  /** Indicator id → code, to name the answers that could not be approved. */
  codes: Record<string, string>;
  action: (state: ActionState<Result>, data: FormData) => Promise<ActionState<Result>>;
}) {
  const t = useT();
  const [state, run, pending] = useActionState(props.action, null);
  return (
    <form id="approve-many" action={run} className="mt-6 flex flex-col gap-2">
      <input type="hidden" name="assessmentId" value={props.assessmentId} />
      {props.selectable > 0 && (
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {t("review.approveSelected")}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="approve-many-result">
        {state?.ok && (
          <>
            <p className="font-medium">{t("review.approvedCount", { count: state.data.approved })}</p>
            {state.data.refused.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-red-800">
                {state.data.refused.map((item) => (
                  <li key={item.indicatorId}>
                    {props.codes[item.indicatorId] ?? item.indicatorId}: {t(item.reason, item.vars)}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {state && !state.ok && (
          <p role="alert" className="font-medium text-red-700">
            {t((state.formError ?? state.fieldErrors?.answers?.[0] ?? "error.generic") as MessageKey)}
          </p>
        )}
      </div>
    </form>
  );
}
