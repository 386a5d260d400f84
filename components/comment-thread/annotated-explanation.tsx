"use client";
// An answer's explanation with the passages of its open discussions highlighted (each a link to its thread),
// and "Comment on a passage": it takes the words selected in the explanation, or opens an empty passage field
// to paste them into, so that a keyboard works as well as a mouse.
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { highlightSegments, type Annotation } from "@/lib/domain/comment/quote";
import { NewThreadForm, type AddAction } from "./comment-forms";

type Selected = { text: string; start: number };

/** The selection, when it lies within `container`, with its offset in the container's text. */
function selectionIn(container: HTMLElement | null): Selected | null {
  const selection = typeof window === "undefined" ? null : window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const text = raw.trim();
  return text ? { text, start: before.toString().length + (raw.length - raw.trimStart().length) } : null;
}

export function AnnotatedExplanation(props: {
  explanation: string;
  annotations: Annotation[];
  /** Null when the reader may not comment. */
  annotate: { target: { assessmentId: string; indicatorId: string }; allowInternal: boolean; action: AddAction } | null;
}) {
  const t = useT();
  const container = useRef<HTMLParagraphElement>(null);
  const captured = useRef<Selected | null>(null);
  const [form, setForm] = useState<{ key: number; selected: Selected | null } | null>(null);
  const [posted, setPosted] = useState(false);
  const panelId = useId();
  const hintId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const highlighted = props.annotations.filter((annotation) => annotation.open && annotation.placed);
  const segments = highlightSegments(
    props.explanation,
    highlighted.map((annotation) => ({ threadId: annotation.threadId, ...annotation.placed! })),
  );

  useEffect(() => {
    // With a passage taken from the selection, the comment is what is left to write; else the passage.
    if (form) panel.current?.querySelector<HTMLElement>(form.selected ? "textarea[name=body]" : "textarea[name=quoteText]")?.focus();
  }, [form]);

  const open = () => {
    const selected = captured.current ?? selectionIn(container.current);
    captured.current = null;
    setPosted(false);
    setForm((current) => ({ key: (current?.key ?? 0) + 1, selected }));
  };

  return (
    <div className="flex flex-col gap-2">
      <p ref={container} className="whitespace-pre-wrap" data-testid="answer-explanation">
        {segments.map((segment, index) =>
          segment.threadId ? (
            <mark key={index} className="rounded-sm bg-yellow-200 text-slate-900">
              <a
                href={`#thread-${segment.threadId}`}
                aria-describedby={`quote-note-${segment.threadId}`}
                className="text-slate-900 underline decoration-dotted"
              >
                {segment.text}
              </a>
            </mark>
          ) : (
            segment.text
          ),
        )}
      </p>
      {highlighted.map((annotation) => (
        <span key={annotation.threadId} id={`quote-note-${annotation.threadId}`} hidden>
          {t("comment.quoteMark", { number: annotation.number })}
        </span>
      ))}
      {props.annotate && (
        <div>
          <Button
            type="button"
            variant="secondary"
            aria-expanded={!!form}
            aria-controls={panelId}
            aria-describedby={hintId}
            // The selection is read before the click can move it.
            onMouseDown={() => (captured.current = selectionIn(container.current))}
            onClick={() => (form ? setForm(null) : open())}
          >
            {t("comment.annotate")}
          </Button>
          <p id={hintId} className="mt-1 text-sm text-slate-600">
            {t("comment.annotateHint")}
          </p>
          <div id={panelId} ref={panel} hidden={!form} className="mt-2 rounded border border-slate-300 bg-white p-4">
            {form && (
              <NewThreadForm
                key={form.key}
                target={props.annotate.target}
                allowInternal={props.annotate.allowInternal}
                action={props.annotate.action}
                quote={{ text: form.selected?.text ?? "", start: form.selected?.start }}
                onPosted={() => {
                  setForm(null);
                  setPosted(true);
                }}
              />
            )}
          </div>
          <p role="status" className="mt-1 text-sm text-green-800">
            {posted ? t("comment.annotated") : null}
          </p>
        </div>
      )}
    </div>
  );
}
