// The discussions on one answer, as the reader may see them (server component).
import type { Translate } from "@/lib/i18n";
import { Disclosure } from "@/components/ui/disclosure";
import { NewThreadForm, ReplyForm, ResolveButton } from "./comment-forms";
import type { ComponentProps } from "react";

type Thread = {
  id: string;
  visibility: "SHARED" | "INTERNAL";
  status: "OPEN" | "RESOLVED";
  createdById: string;
  comments: { id: string; body: string; createdAt: Date; author: { name: string } }[];
};

export function CommentThreads(props: {
  t: Translate;
  locale: string;
  target: { assessmentId: string; indicatorId: string };
  threads: Thread[];
  canWrite: boolean;
  allowInternal: boolean;
  /** Whether the reader may resolve this thread (lib/auth/policy.ts "thread.resolve"). */
  canResolve: (thread: { createdById: string }) => boolean;
  actions: { add: ComponentProps<typeof NewThreadForm>["action"]; resolve: ComponentProps<typeof ResolveButton>["action"] };
}) {
  const { t } = props;
  const when = (value: Date) => new Intl.DateTimeFormat(props.locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
  return (
    <section aria-labelledby="comments-heading" className="mt-8">
      <h2 id="comments-heading" className="text-xl font-semibold">
        {t("comment.title")}
      </h2>
      {props.threads.length === 0 && <p className="mt-2">{t("comment.none")}</p>}
      <ul className="mt-3 flex flex-col gap-4">
        {props.threads.map((thread) => (
          <li
            key={thread.id}
            className={`rounded border p-4 ${thread.visibility === "INTERNAL" ? "border-amber-600 bg-amber-50" : "border-slate-300 bg-white"}`}
          >
            <p className="text-sm font-medium">
              {thread.visibility === "INTERNAL" && <span className="mr-2 rounded bg-amber-200 px-2 py-0.5">{t("comment.internalBadge")}</span>}
              {thread.status === "RESOLVED" && <span className="rounded bg-green-100 px-2 py-0.5">{t("comment.resolved")}</span>}
            </p>
            <ol className="mt-2 flex flex-col gap-3">
              {thread.comments.map((comment) => (
                <li key={comment.id}>
                  <p className="text-sm text-slate-700">{t("history.by", { name: comment.author.name, time: when(comment.createdAt) })}</p>
                  <p className="whitespace-pre-wrap">{comment.body}</p>
                </li>
              ))}
            </ol>
            {props.canWrite && thread.status === "OPEN" && (
              <div className="mt-3 flex flex-col gap-2">
                <Disclosure label={t("comment.replyLabel")} variant="link">
                  <ReplyForm target={props.target} threadId={thread.id} visibility={thread.visibility} action={props.actions.add} />
                </Disclosure>
                {props.canResolve(thread) && <ResolveButton assessmentId={props.target.assessmentId} threadId={thread.id} action={props.actions.resolve} />}
              </div>
            )}
          </li>
        ))}
      </ul>
      {props.canWrite && (
        <div className="mt-4">
          <Disclosure label={t("comment.new")}>
            <div className="rounded border border-slate-300 bg-white p-4">
              <NewThreadForm target={props.target} allowInternal={props.allowInternal} action={props.actions.add} />
            </div>
          </Disclosure>
        </div>
      )}
    </section>
  );
}
