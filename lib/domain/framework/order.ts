// Indicator codes compared as a reader would: 1.2.3 before 1.10.1. (Lists come in the framework's order from
// SQL: domains, sub-domains and indicators by position, then the modules.)
export const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
