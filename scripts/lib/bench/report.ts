// The printed table: plain text, fixed-width columns.

export type Column = { title: string; align?: "left" | "right" };

export function table(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, index) => Math.max(column.title.length, ...rows.map((row) => (row[index] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (columns[index].align === "left" ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
      .join("  ")
      .trimEnd();
  return [line(columns.map((column) => column.title)), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export const fixed = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits));
export const ratio = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : `${value.toFixed(2)}×`);
/** "ok" or "MISS" against a target; "" when there is no target. */
export const verdict = (met: boolean | undefined) => (met === undefined ? "" : met ? "ok" : "MISS");
