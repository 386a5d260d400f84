// What an uploaded file really is, from its bytes (never from its name): PDF or an office document.
export type DocumentType = { mime: string; extension: string };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");

const OOXML: [string, DocumentType][] = [
  ["word/", { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" }],
  ["xl/", { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" }],
  ["ppt/", { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" }],
];
const ODF: [string, DocumentType][] = [
  ["application/vnd.oasis.opendocument.text", { mime: "application/vnd.oasis.opendocument.text", extension: "odt" }],
  ["application/vnd.oasis.opendocument.spreadsheet", { mime: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" }],
  ["application/vnd.oasis.opendocument.presentation", { mime: "application/vnd.oasis.opendocument.presentation", extension: "odp" }],
];

export function detectDocumentType(bytes: Uint8Array): DocumentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", extension: "pdf" }; // %PDF-
  // Word 97–2003 and its siblings: an OLE2 compound file.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { mime: "application/vnd.ms-office", extension: "doc" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP archive: an office document only if it has the parts of one.
    if (contains(bytes, "[Content_Types].xml")) return OOXML.find(([part]) => contains(bytes, part))?.[1] ?? null;
    if (contains(bytes, "mimetype")) return ODF.find(([mime]) => contains(bytes, mime))?.[1] ?? null;
  }
  return null;
}
