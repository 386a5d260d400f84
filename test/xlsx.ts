// Reads an .xlsx the exports wrote, for the tests: each sheet's rows (read-excel-file), and from the XML itself
// whether the header row is frozen and bold, and how many formula cells there are (there must be none).
import { unzipSync, strFromU8 } from "fflate";
import readXlsxFile from "read-excel-file/node";

export type ReadSheet = { name: string; rows: (string | number | boolean | Date | null)[][]; frozenRows: number; boldHeader: boolean };

export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<{ sheets: ReadSheet[]; formulas: number }> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const files = unzipSync(data);
  const xml = (name: string) => (files[name] ? strFromU8(files[name]) : "");
  const styles = xml("xl/styles.xml");
  const fonts = [...(styles.match(/<fonts[^>]*>([\s\S]*?)<\/fonts>/)?.[1] ?? "").matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) =>
    /<b\/>/.test(m[1] ?? ""),
  );
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? "").matchAll(/<xf\b([^>]*)>/g)].map((m) =>
    Number(m[1].match(/fontId="(\d+)"/)?.[1] ?? 0),
  );
  const read = await readXlsxFile(Buffer.from(data));
  const sheets = read.map((sheet, index) => {
    const body = xml(`xl/worksheets/sheet${index + 1}.xml`);
    const pane = body.match(/<pane\b[^>]*>/)?.[0] ?? "";
    const headerCells = [...(body.match(/<row r="1"[^>]*>([\s\S]*?)<\/row>/)?.[1] ?? "").matchAll(/<c\b([^>]*)>/g)].map((m) => m[1].match(/\bs="(\d+)"/)?.[1]);
    return {
      name: sheet.sheet,
      rows: sheet.data as ReadSheet["rows"],
      frozenRows: /state="frozen"/.test(pane) ? Number(pane.match(/ySplit="(\d+)"/)?.[1] ?? 0) : 0,
      boldHeader: headerCells.length > 0 && headerCells.every((style) => fonts[xfs[Number(style ?? 0)]] === true),
    };
  });
  const formulas = Object.entries(files)
    .filter(([name]) => name.startsWith("xl/worksheets/"))
    .reduce((sum, [, content]) => sum + (strFromU8(content).match(/<f[\s>]/g)?.length ?? 0), 0);
  return { sheets, formulas };
}

/** Every text of the file (each XML part, unzipped), to prove that something is nowhere in it. */
export function xlsxText(bytes: ArrayBuffer | Uint8Array): string {
  const files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return Object.values(files)
    .map((content) => strFromU8(content))
    .join("\n");
}
