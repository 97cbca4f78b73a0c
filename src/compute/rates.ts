// The figures rules of each dispositif, as the seed deliberations state them (seed 003).
// Changing a rate is changing policy: it is written here once and every act follows.
import { Decimal } from "../money/money.ts";

/** Accompagnement Global: « Sur la base d'un coût de la place d'accompagnement à 250 euros » (annexe 8). */
export const AG_PLACE_COST = new Decimal(250);
/** Accompagnement Global: advance of 80 % at signature, balance after the bilan. */
export const AG_ADVANCE_PERCENT = new Decimal(80);

/** Référent solidarité: 160 € per place and per year, prorated to the period in whole months. */
export const RS_PLACE_YEAR_COST = new Decimal(160);
/** Référent solidarité: advance of 60 %. */
export const RS_ADVANCE_PERCENT = new Decimal(60);
/** Référent solidarité: 50 % quantitative part; qualitative 50 % split 20 % + 30 %. */
export const RS_PARTS = [
  { label: "part quantitative", percent: new Decimal(50) },
  { label: "part qualitative (1)", percent: new Decimal(20) },
  { label: "part qualitative (2)", percent: new Decimal(30) },
] as const;

/** CLLAJ: advance « dans la limite de 80 % » (annexe 9); 80 % unless the data says less. */
export const CLLAJ_DEFAULT_ADVANCE_PERCENT = new Decimal(80);

/** FPEL and the Pôle emploi convention: the whole amount in one payment. */
export const SINGLE_PAYMENT_PERCENT = new Decimal(100);
