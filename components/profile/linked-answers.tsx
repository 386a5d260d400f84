// The indicators a section rests on, each with its approved answer (value and explanation), beside the text.
import { YES_PARTIAL_NO } from "@/lib/domain/answer/schema";
import type { Translate } from "@/lib/i18n";

type Linked = { code: string; question: string; approved: boolean; value: string | null; explanation: string };

export function answerValueLabel(t: Translate, value: string | null) {
  if (value === null) return "—";
  return (YES_PARTIAL_NO as readonly string[]).includes(value) ? t(`answer.${value as (typeof YES_PARTIAL_NO)[number]}`) : value;
}

export function LinkedAnswers({ t, linked, headingLevel = 3 }: { t: Translate; linked: Linked[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <Heading className="font-semibold">{t("profile.linked")}</Heading>
      {linked.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("profile.noLinked")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3">
          {linked.map((answer) => (
            <li key={answer.code} data-testid={`linked-${answer.code}`}>
              <p>
                <span className="font-semibold">{answer.code}</span> {answer.question}
              </p>
              {answer.approved ? (
                <>
                  <p className="mt-1 font-medium">{answerValueLabel(t, answer.value)}</p>
                  <p className="whitespace-pre-wrap text-slate-800">{answer.explanation}</p>
                </>
              ) : (
                <p className="mt-1 italic text-slate-700">{t("profile.notApproved")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
