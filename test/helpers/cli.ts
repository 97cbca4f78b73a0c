// The CLI run in this process, as a user would read it: exit code, standard output, errors.
import { main } from "../../src/cli.ts";

export async function actes(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTTY: false,
  });
  return { code, out, err };
}
