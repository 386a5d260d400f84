// On the overview while collection runs: what still blocks opening the consultation, and the coordinator's button.
import { ActionButton } from "@/components/forms/action-button";
import type { ConsultationGateReason } from "@/lib/domain/assessment/gate";
import type { Translate } from "@/lib/i18n";
import { openConsultationAction } from "./actions";

function reasonText(t: Translate, reason: ConsultationGateReason) {
  if (reason.kind === "notApproved") return t("consultation.gateNotApprovedCount", { count: reason.count });
  return t("consultation.gateNarrativeMissing", {
    code: reason.domain,
    title: reason.title,
    halves: reason.halves.map((half) => t(`profile.half.${half}`)).join(t("consultation.and")),
  });
}

export function ConsultationGatePanel(props: {
  t: Translate;
  assessmentId: string;
  gate: { ok: boolean; reasons: ConsultationGateReason[] };
  canOpen: boolean;
  /** Whether the reader may open the review queue, where the answers awaiting approval are. */
  canReview?: boolean;
}) {
  const { t, gate } = props;
  return (
    <section aria-labelledby="consultation-gate-heading" className="mt-8 rounded border border-slate-300 bg-white p-6">
      <h2 id="consultation-gate-heading" className="text-xl font-semibold">
        {t("consultation.gateTitle")}
      </h2>
      {gate.ok ? (
        <p className="mt-2 font-medium text-green-800">{t("consultation.gateReady")}</p>
      ) : (
        <>
          <p className="mt-2">{t("consultation.gateNotMet")}</p>
          <ul className="mt-2 list-disc pl-5" data-testid="consultation-gate-reasons">
            {gate.reasons.map((reason) => (
              <li key={reason.kind === "notApproved" ? "notApproved" : reason.domain}>
                {reasonText(t, reason)}
                {/* The count, not the codes: the review queue lists the answers awaiting approval. */}
                {reason.kind === "notApproved" && props.canReview && (
                  <>
                    {" "}
                    <a href={`/assessments/${props.assessmentId}/review?state=SUBMITTED`} className="link">
                      {t("consultation.gateAwaitingApproval")}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.canOpen && gate.ok && (
        <div className="mt-4">
          <ActionButton action={openConsultationAction} fields={{ assessmentId: props.assessmentId }} label={t("consultation.open")} variant="primary" />
        </div>
      )}
    </section>
  );
}
