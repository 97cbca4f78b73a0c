// A CSV répartition → a Grid of text cells. The separator is the one of « ; », « , » and
// tabulation that the header line uses most (« ; » on a tie: the French Excel's choice, where
// the comma is the decimal separator). Quoted fields may hold separators, quotes ("") and line
// breaks; each row keeps the line it starts on, for `repartition.csv:12:3`.
import { decodeText, type Encoding } from "./decode.ts";
import { EMPTY, type Grid, type RawValue } from "./grid.ts";

const SEPARATORS = [";", ",", "\t"] as const;

export function readCsv(file: string, bytes: Uint8Array): Grid & { encoding: Encoding } {
  const { text, encoding } = decodeText(bytes);
  const separator = guessSeparator(text);
  const rows: RawValue[][] = [];
  const lines: number[] = [];
  let row: RawValue[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    row.push(field.trim() === "" ? EMPTY : { kind: "text", text: field });
    field = "";
  };
  const endRow = () => {
    endField();
    if (row.some((c) => c.kind !== "empty")) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    rowLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === separator) endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRow();
    } else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return { file, rows, lines, encoding };
}

function guessSeparator(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (s: string) => header.split(s).length - 1;
  return SEPARATORS.reduce((best, s) => (count(s) > count(best) ? s : best));
}
