// A bounded memo for pure functions of text whose inputs repeat across requests: the frozen drafts' Markdown and
// their word diffs are computed again for every reader, though a frozen text never changes. Least recently used
// entries go first once `max` are kept, so a process holds at most `max` results whatever it serves. Every caller
// gets the same result object: treat it as read-only.
export function memoizeText<A extends string[], R>(fn: (...args: A) => R, max: number): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args: A) => {
    // PostgreSQL's text holds no NUL, so for stored texts it separates the arguments unambiguously.
    const key = args.join("\u0000");
    const hit = results.get(key);
    if (hit !== undefined || results.has(key)) {
      results.delete(key);
      results.set(key, hit as R);
      return hit as R;
    }
    const result = fn(...args);
    results.set(key, result);
    if (results.size > max) results.delete(results.keys().next().value!);
    return result;
  };
}
