// Small PDFs for the dossier's merge, made as the dossier makes them: our renderer without
// footer (PDF/A-2b, tagged), and pdf-lib for the external annexes other software would write.
// Each page says which it is (« DELIB-2 »), so a test can tell where it landed.
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import type { Block, DocumentModel } from "../../src/document/model.ts";
import type { DossierSection, RenderedPdf } from "../../src/dossier/merge-pdf.ts";
import { renderPdfCounted } from "../../src/render/pdf.ts";

export const DOSSIER_TITLE = "Dossier de la Commission Permanente du 21 novembre 2022";

/** A document of `pages` pages, the n-th saying `${mark}-${n}`. */
export function markedDocument(title: string, mark: string, pages: number): DocumentModel {
  const page = (n: number): Block[] => [
    ...(n > 1 ? [{ kind: "pagebreak" } as const] : []),
    { kind: "heading", level: 1, runs: [{ text: `${mark}-${n}` }] },
    {
      kind: "paragraph",
      runs: [{ text: `${title}, page ${n} sur ${pages} : « Béthune » – 27 500,00 €.` }],
    },
  ];
  return {
    title,
    subject: "Commission Permanente du 21 novembre 2022",
    letterhead: ["Pôle Solidarités"],
    draft: false,
    blocks: Array.from({ length: pages }, (_, i) => page(i + 1)).flat(),
  };
}

/** Our PDF of that document, without footer, as the dossier's parts are rendered. */
export function rendered(title: string, mark: string, pages: number): Promise<RenderedPdf> {
  return renderPdfCounted(markedDocument(title, mark, pages), { pageNumbers: false });
}

/** The front part: its title is the dossier's. */
export function renderedFront(pages = 1): Promise<RenderedPdf> {
  return rendered(DOSSIER_TITLE, "SOMMAIRE", pages);
}

/**
 * A session's parts, with the page each mark lands on when the front has one page:
 * 1 SOMMAIRE-1, 2–3 DELIB, 4 ANNEXE (`annexe`, or ours), 5 BETHUNE, 6–7 MISSION, 8 RAPPORT.
 */
export async function sessionSections(annexe?: DossierSection["pdf"]): Promise<DossierSection[]> {
  return [
    { title: "Délibération n°2022-467", pdf: await rendered("Délibération", "DELIB", 2) },
    {
      title: "Annexe 5 – Répartition financière",
      pdf: annexe ?? (await rendered("Annexe", "ANNEXE", 1)),
    },
    {
      title: "Actes",
      children: [
        { title: "Avenant n°1 – CCAS de Béthune", pdf: await rendered("Avenant", "BETHUNE", 1) },
        {
          title: "Avenant – Mission locale de l’Artois",
          pdf: await rendered("Avenant", "MISSION", 2),
        },
      ],
    },
    { title: "Rapport n°47", pdf: await rendered("Rapport", "RAPPORT", 1) },
  ];
}

/**
 * A PDF as other software writes it, not PDF/A (Helvetica, not embedded): one A4 page, then
 * a landscape page by /Rotate 90, then one whose box does not start at 0 0.
 */
export async function foreignPdf(mark: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const a4 = doc.addPage([595.28, 841.89]);
  a4.drawText(`${mark}-1`, { x: 72, y: 700, size: 12, font });
  const turned = doc.addPage([595.28, 841.89]);
  turned.setRotation(degrees(90));
  turned.drawText(`${mark}-2`, { x: 300, y: 400, size: 12, font, rotate: degrees(90) });
  const shifted = doc.addPage([400, 300]);
  shifted.setMediaBox(100, 50, 400, 300);
  shifted.drawText(`${mark}-3`, { x: 200, y: 200, size: 12, font });
  return doc.save();
}
