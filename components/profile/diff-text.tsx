// Words removed and added between two texts, marked for sight (colours) and for screen readers (del/ins).
import { Fragment } from "react";
import type { TextChange } from "@/lib/domain/profile/diff";
import type { Translate } from "@/lib/i18n";

export function DiffText({ t, parts }: { t: Translate; parts: TextChange[] }) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : part.kind === "added" ? (
          <ins key={i} className="bg-green-100 no-underline" title={t("history.added")}>
            {part.text}
          </ins>
        ) : (
          <del key={i} className="bg-red-100" title={t("history.removed")}>
            {part.text}
          </del>
        ),
      )}
    </p>
  );
}
