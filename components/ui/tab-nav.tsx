// Tabs that are links (one part of a long page per URL: a domain of the questionnaire, a part of a draft), the
// current one marked with aria-current. Plain <a>: a tab must not prefetch its page.
export type Tab = { key: string; href: string; title: string; note?: string };

export function TabNav({
  label,
  tabs,
  current,
  small = false,
  className = "mt-8",
}: {
  label: string;
  tabs: Tab[];
  current: string | undefined;
  small?: boolean;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`${className} border-b border-slate-300`}>
      <ul className={small ? "flex flex-wrap gap-x-5 gap-y-2 text-sm" : "flex flex-wrap gap-x-6 gap-y-2"}>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <a href={tab.href} aria-current={tab.key === current ? "page" : undefined} className="tab">
              {tab.title}
              {tab.note && <span className="text-sm font-normal text-slate-600"> ({tab.note})</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
