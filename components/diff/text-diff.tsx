// A word diff of two texts for server components: `<TextDiff before={old} after={current} />`, computed by
// lib/diff and rendered by ./diff-view.tsx in the reader's language. (Client components: DiffView with useT().)
import { diffWords } from "@/lib/diff";
import { getT } from "@/lib/i18n/server";
import { DiffView } from "./diff-view";

export async function TextDiff({ before, after, className }: { before: string; after: string; className?: string }) {
  return <DiffView segments={diffWords(before, after)} t={await getT()} className={className} />;
}
