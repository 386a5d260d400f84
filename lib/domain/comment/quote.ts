// Where a quoted passage sits in an answer's explanation. A thread keeps the passage with its offsets in the
// explanation it was written against; the explanation may change since, so the passage is looked for again:
// at its offsets first, else the occurrence nearest to them, else it is no longer in the answer. Pure: the
// service uses it to anchor a new annotation, the answer page to highlight the open ones.

export type Quote = { text: string; start: number; end: number };
export type Placed = { start: number; end: number };

/** The passage's place in `explanation` now, or null when the text no longer occurs there. */
export function locateQuote(explanation: string, quote: Quote): Placed | null {
  if (!quote.text) return null;
  if (explanation.slice(quote.start, quote.end) === quote.text) return { start: quote.start, end: quote.end };
  let best: number | null = null;
  for (let at = explanation.indexOf(quote.text); at !== -1; at = explanation.indexOf(quote.text, at + 1)) {
    if (best === null || Math.abs(at - quote.start) < Math.abs(best - quote.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + quote.text.length };
}

/**
 * Anchors a new annotation: the passage as typed or selected (trimmed), at the offset the reader's selection
 * gave when it matches there, else at its occurrence nearest to that offset. Null when the text is not in the
 * explanation.
 */
export function anchorQuote(explanation: string, text: string, start: number | undefined): (Quote & Placed) | null {
  const passage = text.trim();
  if (!passage) return null;
  // A selection's offset counts the whitespace that trimming removed at its start.
  const offset = (start ?? 0) + (text.length - text.trimStart().length);
  const placed = locateQuote(explanation, { text: passage, start: offset, end: offset + passage.length });
  return placed && { text: passage, ...placed };
}

export type Segment = { text: string; threadId: string | null };

/**
 * The explanation cut into plain and highlighted runs, for the threads whose passage was found. Where two
 * passages overlap, the one starting first is highlighted and the other shows only above its thread.
 */
export function highlightSegments(explanation: string, placed: { threadId: string; start: number; end: number }[]): Segment[] {
  const sorted = [...placed].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of sorted) {
    if (mark.start < cursor || mark.end <= mark.start) continue;
    if (mark.start > cursor) segments.push({ text: explanation.slice(cursor, mark.start), threadId: null });
    segments.push({ text: explanation.slice(mark.start, mark.end), threadId: mark.threadId });
    cursor = mark.end;
  }
  if (cursor < explanation.length) segments.push({ text: explanation.slice(cursor), threadId: null });
  return segments;
}

/** A thread's quoted passage and where it is in the explanation now (null: no longer there); null without a quote. */
export function quoteOf(
  explanation: string,
  thread: { quoteText: string | null; quoteStart: number | null; quoteEnd: number | null },
): { text: string; placed: Placed | null } | null {
  if (!thread.quoteText) return null;
  const start = thread.quoteStart ?? 0;
  return {
    text: thread.quoteText,
    placed: locateQuote(explanation, { text: thread.quoteText, start, end: thread.quoteEnd ?? start + thread.quoteText.length }),
  };
}

export type Annotation = { threadId: string; number: number; open: boolean; text: string; placed: Placed | null };

/**
 * The quoted passages of an answer's threads, numbered as the threads are listed (1, 2, …), each placed in
 * the explanation as it reads now. The explanation highlights those of open threads that were found.
 */
export function annotationsOf(
  explanation: string,
  threads: { id: string; status: string; quoteText: string | null; quoteStart: number | null; quoteEnd: number | null }[],
): Annotation[] {
  return threads.flatMap((thread, index) => {
    const quote = quoteOf(explanation, thread);
    return quote ? [{ threadId: thread.id, number: index + 1, open: thread.status === "OPEN", ...quote }] : [];
  });
}
