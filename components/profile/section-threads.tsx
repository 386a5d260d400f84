// The discussions on one section of a consultation draft (server component): every member reads them;
// those who may comment start and reply to threads; editors, and whoever opened a thread, resolve it.
import type { ComponentProps } from "react";
import { Disclosure } from "@/components/ui/disclosure";
import type { Translate } from "@/lib/i18n";
import { ResolveSectionThreadButton, SectionCommentForm } from "./section-thread-forms";
import { dateFormat } from "@/lib/i18n/format";

type Thread = {
  id: string;
  status: "OPEN" | "RESOLVED";
  createdById: string;
  draftNumber: number;
  resolvedBy: string | null;
  comments: { id: string; body: string; createdAt: Date; author: { name: string } }[];
};

export function SectionThreads(props: {
  t: Translate;
  locale: string;
  assessmentId: string;
  sectionId: string;
  sectionName: string;
  headingId: string;
  threads: Thread[];
  canComment: boolean;
  canResolve: (thread: { createdById: string }) => boolean;
  actions: {
    add: ComponentProps<typeof SectionCommentForm>["action"];
    resolve: ComponentProps<typeof ResolveSectionThreadButton>["action"];
  };
}) {
  const { t } = props;
  const when = (value: Date) => dateFormat(props.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(value);
  return (
    <div className="mt-4">
      <h3 id={props.headingId} className="font-semibold">
        {t("profile.comments")}
      </h3>
      {props.threads.length === 0 && <p className="mt-1 text-sm text-slate-700">{t("comment.none")}</p>}
      <ul className="mt-2 flex flex-col gap-3">
        {props.threads.map((thread) => (
          <li key={thread.id} className="rounded border border-slate-300 bg-white p-3" data-testid="section-thread">
            <p className="flex flex-wrap gap-2 text-sm font-medium">
              <span className="rounded bg-slate-100 px-2 py-0.5">{t("profile.onDraft", { number: thread.draftNumber })}</span>
              {thread.status === "RESOLVED" && (
                <span className="rounded bg-green-100 px-2 py-0.5">
                  {thread.resolvedBy ? t("profile.resolvedBy", { name: thread.resolvedBy }) : t("comment.resolved")}
                </span>
              )}
            </p>
            <ol className="mt-2 flex flex-col gap-2">
              {thread.comments.map((comment) => (
                <li key={comment.id}>
                  <p className="text-sm text-slate-700">{t("history.by", { name: comment.author.name, time: when(comment.createdAt) })}</p>
                  <p className="whitespace-pre-wrap">{comment.body}</p>
                </li>
              ))}
            </ol>
            {thread.status === "OPEN" && (props.canComment || props.canResolve(thread)) && (
              <div className="mt-2 flex flex-col gap-2">
                {props.canComment && (
                  <Disclosure label={t("comment.replyLabel")} variant="link">
                    <SectionCommentForm assessmentId={props.assessmentId} sectionId={props.sectionId} threadId={thread.id} action={props.actions.add} />
                  </Disclosure>
                )}
                {props.canResolve(thread) && (
                  <ResolveSectionThreadButton assessmentId={props.assessmentId} threadId={thread.id} action={props.actions.resolve} />
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {props.canComment && (
        <div className="mt-3">
          <Disclosure label={t("profile.commentOn", { section: props.sectionName })}>
            <div className="rounded border border-slate-300 bg-white p-3">
              <SectionCommentForm assessmentId={props.assessmentId} sectionId={props.sectionId} action={props.actions.add} />
            </div>
          </Disclosure>
        </div>
      )}
    </div>
  );
}
