// pdfmake 0.3 ships no typings: this declares the part of its Node entry that render/pdf uses
// (node_modules/pdfmake/src/index.js and base.js: a configured singleton).

declare module "pdfmake" {
  /** One family: the four faces pdfmake picks from bold/italics. Paths or URLs. */
  export interface PdfmakeFontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  /** The pdfkit document pdfmake lays out into, before it is ended (pdfkit 0.19). */
  export interface PdfKitDocument {
    info: Record<string, unknown>;
    /** Writes info into the XMP packet (pdfkit's MetadataMixin). */
    _addInfo(): void;
  }

  export interface PdfmakeOutput {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Buffer>;
  }

  export interface Pdfmake {
    setFonts(fonts: Record<string, PdfmakeFontFaces>): void;
    /** Called for every http(s) URL before fetching; anything but `true` refuses it. */
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    /** Called for every local path (fonts, images, attachments); anything but `true` refuses it. */
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    /** The definition is mutated by pdfmake: pass a fresh object each time. */
    createPdf(definition: object): PdfmakeOutput;
    /** In-memory files: a font named here is read from memory, not from disk. */
    virtualfs: {
      writeFileSync(name: string, content: Buffer): void;
      readFileSync(name: string): Buffer;
    };
  }

  const pdfmake: Pdfmake;
  export default pdfmake;
}
