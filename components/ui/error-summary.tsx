"use client";
// The form's error summary: takes focus when it appears; each item links to (and focuses) its field.
import { useEffect, useId, useRef } from "react";

export type SummaryItem = { fieldId?: string; message: string };

export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const signature = items.map((item) => `${item.fieldId}:${item.message}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id={titleId} className="font-semibold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {items.map((item) => (
          <li key={`${item.fieldId}-${item.message}`}>
            {item.fieldId ? (
              <a
                className="text-red-800 underline"
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
