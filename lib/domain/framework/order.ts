// The framework's reading order: domains, their sub-domains and indicators by position, then the modules.
type Placed = {
  position: number;
  subdomain: { position: number; domain: { position: number } } | null;
  module: { position: number } | null;
};

const key = (indicator: Placed): number[] =>
  indicator.subdomain ? [0, indicator.subdomain.domain.position, indicator.subdomain.position, indicator.position] : [1, indicator.module?.position ?? 0, 0, indicator.position];

export function byFrameworkOrder(a: Placed, b: Placed): number {
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** Indicator codes compared as a reader would: 1.2.3 before 1.10.1. */
export const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
