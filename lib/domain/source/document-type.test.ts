import { describe, expect, it } from "vitest";
import { detectDocumentType } from "./document-type";

const bytes = (text: string, prefix: number[] = []) => new Uint8Array([...prefix, ...Buffer.from(text, "latin1")]);

describe("detectDocumentType", () => {
  it("recognises PDF, OOXML, ODF and legacy Office files by their content", () => {
    expect(detectDocumentType(bytes("%PDF-1.7\n..."))?.extension).toBe("pdf");
    expect(detectDocumentType(bytes("\x03\x04....[Content_Types].xml....word/document.xml", [0x50, 0x4b]))?.extension).toBe("docx");
    expect(detectDocumentType(bytes("\x03\x04....[Content_Types].xml....xl/workbook.xml", [0x50, 0x4b]))?.extension).toBe("xlsx");
    expect(detectDocumentType(bytes("\x03\x04mimetypeapplication/vnd.oasis.opendocument.text", [0x50, 0x4b]))?.extension).toBe("odt");
    expect(detectDocumentType(bytes("....", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))?.extension).toBe("doc");
  });

  it("refuses anything else, whatever its name would say", () => {
    expect(detectDocumentType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectDocumentType(bytes("MZ\x90\x00 executable"))).toBeNull();
    expect(detectDocumentType(bytes("\x03\x04 a plain zip with photos/1.jpg", [0x50, 0x4b]))).toBeNull();
    expect(detectDocumentType(new Uint8Array())).toBeNull();
  });
});
