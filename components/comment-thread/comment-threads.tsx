// The discussions on one answer, as the reader may see them (server component): each numbered, with the
// passage of the explanation it quotes (or a note that the passage is no longer in the answer).
import type { Translate } from "@/lib/i18n";
import { Disclosure } from "@/components/ui/disclosure";
import { annotationsOf } from "@/lib/domain/comment/quote";
import {
  DeleteCommentButton,
  EditCommentForm,
  NewThreadForm,
  ReopenButton,
  ReplyForm,
  ResolveButton,
  type DeleteAction,
  type EditAction,
} from "./comment-forms";
import type { ComponentProps } from "react";
import { dateFormat } from "@/lib/i18n/format";

type Thread = {
  id: string;
  visibility: "SHARED" | "INTERNAL";
  status: "OPEN" | "RESOLVED";
  createdById: string;
  quoteText: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  comments: { id: string; body: string; createdAt: Date; editedAt: Date | null; authorId: string; author: { name: string } }[];
};

export function CommentThreads(props: {
  t: Translate;
  locale: string;
  target: { assessmentId: string; indicatorId: string };
  threads: Thread[];
  /** The saved explanation the quoted passages are looked for in. */
  explanation: string;
  canWrite: boolean;
  allowInternal: boolean;
  /** The new-discussion form offers a passage field (where the explanation is not shown to select from). */
  quoteField: boolean;
  /** Whether the reader may resolve or reopen this thread (lib/auth/policy.ts "thread.resolve", "thread.reopen"). */
  canResolve: (thread: { createdById: string }) => boolean;
  canReopen: (thread: { createdById: string }) => boolean;
  /** Whether the reader wrote this comment and may still change it (lib/auth/policy.ts "comment.edit"). */
  canEdit: (comment: { authorId: string }) => boolean;
  actions: {
    add: ComponentProps<typeof NewThreadForm>["action"];
    resolve: ComponentProps<typeof ResolveButton>["action"];
    reopen: ComponentProps<typeof ReopenButton>["action"];
    edit: EditAction;
    delete: DeleteAction;
  };
}) {
  const { t } = props;
  const when = (value: Date) => dateFormat(props.locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
  const quotes = new Map(annotationsOf(props.explanation, props.threads).map((annotation) => [annotation.threadId, annotation]));
  const { assessmentId } = props.target;
  return (
    <section aria-labelledby="comments-heading" className="mt-8">
      <h2 id="comments-heading" className="text-xl font-semibold">
        {t("comment.title")}
      </h2>
      {props.threads.length === 0 && <p className="mt-2">{t("comment.none")}</p>}
      <ul className="mt-3 flex flex-col gap-4">
        {props.threads.map((thread, index) => {
          const quote = quotes.get(thread.id);
          const open = thread.status === "OPEN";
          const last = thread.comments.at(-1);
          return (
            <li
              key={thread.id}
              id={`thread-${thread.id}`}
              tabIndex={-1}
              data-testid="comment-thread"
              className={`rounded border p-4 ${thread.visibility === "INTERNAL" ? "border-amber-600 bg-amber-50" : "border-slate-300 bg-white"}`}
            >
              <h3 className="flex flex-wrap items-center gap-2 text-sm font-medium">
                <span>{t("comment.threadNumber", { number: index + 1 })}</span>
                {thread.visibility === "INTERNAL" && <span className="rounded bg-amber-200 px-2 py-0.5">{t("comment.internalBadge")}</span>}
                {!open && <span className="rounded bg-green-100 px-2 py-0.5">{t("comment.resolved")}</span>}
              </h3>
              {quote && (
                <figure className="mt-2">
                  <figcaption className="text-sm text-slate-700">{quote.placed ? t("comment.quoteOn") : t("comment.quoteGone")}</figcaption>
                  <blockquote className="mt-1 border-l-4 border-yellow-400 pl-3 whitespace-pre-wrap italic">{quote.text}</blockquote>
                </figure>
              )}
              <ol className="mt-2 flex flex-col gap-3">
                {thread.comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="text-sm text-slate-700">
                      {t("history.by", { name: comment.author.name, time: when(comment.createdAt) })}
                      {comment.editedAt && ` · ${t("comment.edited")}`}
                    </p>
                    <p className="whitespace-pre-wrap">{comment.body}</p>
                    {open && comment === last && props.canEdit(comment) && (
                      <div className="mt-1 flex flex-wrap items-start gap-3">
                        <Disclosure label={t("comment.edit")} variant="link">
                          <EditCommentForm assessmentId={assessmentId} commentId={comment.id} body={comment.body} action={props.actions.edit} />
                        </Disclosure>
                        <DeleteCommentButton assessmentId={assessmentId} commentId={comment.id} action={props.actions.delete} />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
              {props.canWrite && open && (
                <div className="mt-3 flex flex-col gap-2">
                  <Disclosure label={t("comment.replyLabel")} variant="link">
                    <ReplyForm target={props.target} threadId={thread.id} visibility={thread.visibility} action={props.actions.add} />
                  </Disclosure>
                  {props.canResolve(thread) && <ResolveButton assessmentId={assessmentId} threadId={thread.id} action={props.actions.resolve} />}
                </div>
              )}
              {props.canWrite && !open && props.canReopen(thread) && (
                <div className="mt-3">
                  <ReopenButton assessmentId={assessmentId} threadId={thread.id} action={props.actions.reopen} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {props.canWrite && (
        <div className="mt-4">
          <Disclosure label={t("comment.new")}>
            <div className="rounded border border-slate-300 bg-white p-4">
              <NewThreadForm
                target={props.target}
                allowInternal={props.allowInternal}
                action={props.actions.add}
                quote={props.quoteField ? { text: "" } : undefined}
              />
            </div>
          </Disclosure>
        </div>
      )}
    </section>
  );
}
