// The summary of `actes generate`: every act named for a usual batch, counts by session and type
// for a scaled one (1 022 ids would be one line of 40 000 characters).
import { describe, expect, it } from "vitest";
import { listOf } from "../src/cli-data.ts";

describe("the list of written acts", () => {
  it("names every act of a usual batch, sorted, with the singular for one", () => {
    expect(
      listOf(
        ["cp-2022-11-21/avenant-ag/ccas-lens", "cp-2022-11-21/avenant-ag/ccas-arras"],
        "prêt à signer",
        "prêts à signer",
      ),
    ).toBe(
      "  2 prêts à signer : cp-2022-11-21/avenant-ag/ccas-arras, cp-2022-11-21/avenant-ag/ccas-lens\n",
    );
    expect(
      listOf(["cp-2022-11-21/avenant-duree/eurasante"], "prêt à signer", "prêts à signer"),
    ).toBe("  1 prêt à signer : cp-2022-11-21/avenant-duree/eurasante\n");
    expect(listOf([], "prêt à signer", "prêts à signer")).toBe("");
  });

  it("names all 40 acts of a batch of 40, and counts by session and type beyond", () => {
    const ids = (n: number, type: string) =>
      Array.from({ length: n }, (_, i) => `cp-2022-11-21/${type}/p${i}`);
    const forty = listOf(ids(40, "avenant-ag"), "projet", "projets");
    expect(forty).toContain("cp-2022-11-21/avenant-ag/p39");
    expect(forty.startsWith("  40 projets : ")).toBe(true);
    const many = listOf(
      [
        ...ids(30, "avenant-cllaj"),
        ...ids(720, "avenant-ag"),
        "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf",
      ],
      "projet",
      "projets",
    );
    expect(many).toBe(
      "  751 projets, par séance et type : cp-2022-07-04/avenant-pole-emploi-spie (1), cp-2022-11-21/avenant-ag (720), cp-2022-11-21/avenant-cllaj (30)\n",
    );
  });
});
