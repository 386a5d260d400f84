// Indicator codes compared as a reader would: 1.2.3 before 1.10.1. (Lists come in the framework's order from
// SQL: domains, sub-domains and indicators by position, then the modules.)
// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator("en", { numeric: true });
export const byCode = (a: string, b: string) => collator.compare(a, b);
