// The four faces the PDF embeds, written once: the PDF renderer reads them, and validation asks
// them whether a character can be drawn (coverage.ts) — without loading pdfmake.
import { createRequire } from "node:module";

const ARIMO = "@expo-google-fonts/arimo";
const require = createRequire(import.meta.url);

/**
 * Why: the DOCX names Arial (templates/word/word/styles.xml), so the PDF embeds Arimo (npm
 * `@expo-google-fonts/arimo`), metric-compatible with Arial: for every character the acts use
 * (U+202F and U+00A0 included) its advance widths and its line metrics (hhea 1854/−434/67 per
 * 2048) equal those of Arial and of Liberation Sans 2.1.5, the Arial that LibreOffice uses on
 * Linux (Debian fonts-liberation2, installed by .ci/run). Same widths, same line breaks, same
 * page count: test/render/libreoffice.test.ts. Absolute paths; also the only local files the
 * access policy lets pdfmake read, with the letterhead logo.
 */
export const PDF_FONT_FILES = {
  normal: require.resolve(`${ARIMO}/400Regular/Arimo_400Regular.ttf`),
  bold: require.resolve(`${ARIMO}/700Bold/Arimo_700Bold.ttf`),
  italics: require.resolve(`${ARIMO}/400Regular_Italic/Arimo_400Regular_Italic.ttf`),
  bolditalics: require.resolve(`${ARIMO}/700Bold_Italic/Arimo_700Bold_Italic.ttf`),
} as const;
