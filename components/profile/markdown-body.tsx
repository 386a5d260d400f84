// A narrative section's text, as HTML that went through lib/domain/profile/markdown.ts (the type says so).
import type { SafeHtml } from "@/lib/domain/profile/markdown";

const STYLE =
  "flex flex-col gap-2 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6";

export function MarkdownBody({ html }: { html: SafeHtml }) {
  return <div className={STYLE} dangerouslySetInnerHTML={{ __html: html }} />;
}
