// The tabs of the parts a narrative, a draft or a comparison of two drafts is read in (none when there is one
// part), each titled like the part and noting what it holds (sections to write, discussions, changes).
import { TabNav } from "@/components/ui/tab-nav";
import type { Translate } from "@/lib/i18n";
import { partTitle } from "@/lib/domain/profile/labels";
import { partSearch } from "@/lib/domain/profile/sections";

type Named = { code: string; title: string } | null;

export function PartTabs<P extends { key: string; domain: Named; module?: Named }>(props: {
  t: Translate;
  label: string;
  parts: P[];
  current: string;
  note: (part: P) => string | undefined;
  /** The link to a part; by default the same page with `?part=`. */
  href?: (key: string) => string;
}) {
  if (props.parts.length < 2) return null;
  const href = props.href ?? ((key: string) => partSearch(key) || "?");
  return (
    <TabNav
      label={props.label}
      current={props.current}
      tabs={props.parts.map((part) => ({ key: part.key, href: href(part.key), title: partTitle(props.t, part), note: props.note(part) }))}
    />
  );
}
