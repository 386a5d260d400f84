// Route parameters as the pages use them: decoded, or null when they cannot be (a stray "%FF").
export function decodeParam(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** A 1-based page number from a search parameter; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page > 0 && page < 1_000_000 ? page : 1;
}
