// The figures of an allocation line, by the rule of its dispositif (src/dispositifs/<name>.ts).

import type { FiguresInput } from "../dispositifs/dispositif.ts";
import { type Dispositif, dispositifModule } from "../dispositifs/index.ts";
import type { Figures } from "./figures.ts";

export type { FiguresInput };

export function computeFigures(dispositif: Dispositif, input: FiguresInput): Figures {
  return dispositifModule(dispositif).figures(input);
}
