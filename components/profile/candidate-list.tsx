"use client";
// The indicators a section may rest on, behind a disclosure. The list crosses to the browser as plain
// [code, question, approved] triples and is rendered only when opened: as server-rendered elements it made the
// section editor's payload several times larger.
import { useT } from "@/components/i18n/i18n-provider";
import { Disclosure } from "@/components/ui/disclosure";

export type Candidate = [code: string, question: string, approved: boolean];

export function CandidateList({ label, candidates }: { label: string; candidates: Candidate[] }) {
  const t = useT();
  return (
    <Disclosure label={label}>
      {() => (
        <ul className="flex flex-col gap-1 text-sm">
          {candidates.map(([code, question, approved]) => (
            <li key={code}>
              <span className="font-semibold">{code}</span> {question}
              {!approved && <span className="ml-1 italic text-slate-700">({t("profile.notApproved")})</span>}
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}
