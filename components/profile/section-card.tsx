// One narrative section as the profile and its frozen drafts show it (server component): its title, its text
// (or "not written yet"), whatever the page adds under it (edit link, discussions), and the answers it rests on.
import type { ComponentProps, ReactNode } from "react";
import type { Translate } from "@/lib/i18n";
import type { SafeHtml } from "@/lib/domain/profile/markdown";
import { LinkedAnswers } from "./linked-answers";
import { MarkdownBody } from "./markdown-body";

/** The id of a section's heading, for `aria-labelledby` (and of its discussions' heading, with a suffix). */
export const sectionHeadingId = (key: string) => `section-${key.replace(/\W/g, "-")}`;

export function SectionCard(props: {
  t: Translate;
  sectionKey: string;
  name: string;
  html: SafeHtml | null;
  linked: ComponentProps<typeof LinkedAnswers>["linked"];
  children?: ReactNode;
}) {
  const headingId = sectionHeadingId(props.sectionKey);
  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded border border-slate-300 bg-white p-4 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {props.name}
        </h2>
        <div className="mt-2">{props.html ? <MarkdownBody html={props.html} /> : <p className="italic text-slate-700">{props.t("profile.empty")}</p>}</div>
        {props.children}
      </div>
      <LinkedAnswers t={props.t} linked={props.linked} />
    </section>
  );
}
