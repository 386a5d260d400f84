// Submitting a ministry's answers for review in one step: complete answers go, incomplete ones are listed
// with what they lack, and those not started are counted. Running it twice submits nothing more.
import "server-only";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { applyAnswerEvent } from "./apply-event";
import { getQuestionnaire } from "./queries";
import { readiness } from "./readiness";

export async function submitComplete(user: CurrentUser, assessmentId: string): Promise<{ submitted: number }> {
  const access = await assertCan(user, "answer.submitOwn", assessmentId);
  const { ready } = readiness(access, await getQuestionnaire(access));
  let submitted = 0;
  // One conditional move per answer, each checked and audited; one that changed meanwhile is left alone.
  for (const row of ready) {
    try {
      const outcome = await applyAnswerEvent({
        access: { ...access, indicator: row.indicator, answerId: row.answerId, version: row.version, facts: row.facts },
        event: "submit",
        baseVersion: row.version,
        current: row.content!,
      });
      if (outcome.status === "applied") submitted++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return { submitted };
}
