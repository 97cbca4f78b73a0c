// A render worker: receives document models, sends back their bytes. It warms up first
// (loads the renderers, parses the fonts) so that this cost overlaps the main thread's work.
import { parentPort } from "node:worker_threads";
import type { DocumentModel } from "../document/model.ts";
import type { Format } from "../write/manifest.ts";
import { type RenderOptions, renderFormats, renderFormatsCounted } from "./formats.ts";

export interface RenderRequest {
  readonly index: number;
  /** The model, or the model as JSON (pool.ts, Queued). */
  readonly doc: DocumentModel | string;
  readonly formats: readonly Format[];
  readonly options: RenderOptions;
}

export type RenderReply =
  | {
      readonly index: number;
      readonly ok: true;
      readonly files: Partial<Record<Format, Uint8Array>>;
      readonly pages?: number;
    }
  | { readonly index: number; readonly ok: false; readonly error: string };

/** A small document using every kind of block and face: JIT, fonts and caches warm up on it. */
const WARM_UP: DocumentModel = {
  title: "préchauffage",
  subject: "",
  letterhead: ["Pôle"],
  draft: true,
  blocks: [
    { kind: "heading", level: 1, runs: [{ text: "AVENANT N°1" }] },
    { kind: "heading", level: 2, runs: [{ text: "Article 1\u00a0: Objet", bold: true }] },
    {
      kind: "paragraph",
      align: "justify",
      runs: [
        {
          text: "Le Département du Pas-de-Calais, « représenté » par l’œuvre ; 27\u202f500,00\u00a0€ – ",
        },
        { text: "gras", bold: true },
        { text: " italique", italic: true },
        { text: " souligné", underline: true },
        { text: " tout", bold: true, italic: true },
      ],
    },
    {
      kind: "table",
      widths: [1, 3],
      rows: [
        [
          { header: true, blocks: [{ kind: "paragraph", runs: [{ text: "Durée" }] }] },
          {
            blocks: [
              {
                kind: "list",
                ordered: false,
                items: [[{ kind: "paragraph", runs: [{ text: "Du 01/12/2022 au 31/12/2023" }] }]],
              },
            ],
          },
        ],
      ],
    },
    {
      kind: "signatures",
      columns: [
        [{ kind: "paragraph", runs: [{ text: "Pour le Département," }] }],
        [{ kind: "paragraph", runs: [{ text: "(Signature et cachet)", italic: true }] }],
      ],
    },
  ],
};
const ready = renderFormats(WARM_UP, ["docx", "pdf"]).catch(() => undefined);

// One document at a time, in the order sent: the pool keeps two here (pool.ts, IN_FLIGHT), and two
// renders interleaved at their awaits would share fontkit's per-document glyphs
// (pdf/font-cache.ts).
let previous: Promise<void> = ready.then(() => undefined);
parentPort?.on("message", (request: RenderRequest) => {
  previous = previous.then(() => render(request));
});

async function render(request: RenderRequest): Promise<void> {
  try {
    const doc: DocumentModel =
      typeof request.doc === "string" ? JSON.parse(request.doc) : request.doc;
    const { files, pages } = await renderFormatsCounted(doc, request.formats, request.options);
    const transfer = Object.values(files).map((b) => b.buffer as ArrayBuffer);
    parentPort?.postMessage(
      {
        index: request.index,
        ok: true,
        files,
        ...(pages === undefined ? {} : { pages }),
      } satisfies RenderReply,
      transfer,
    );
  } catch (error) {
    parentPort?.postMessage({
      index: request.index,
      ok: false,
      error: (error as Error).stack ?? String(error),
    } satisfies RenderReply);
  }
}
