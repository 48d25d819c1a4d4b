import { terbilang } from "../shared/money.ts";
import { RegulationTextError } from "./legal-text.ts";

/**
 * Figures as the law writes them: "5 (lima) kecamatan", "7 (tujuh) tahun", "6 (enam) bulan". Each is read with its
 * words in brackets, and the two must agree: an OCR slip in either one stops the seed instead of becoming a rule.
 */

interface Quantity {
  readonly value: number;
  /** The text after the number and its words. */
  readonly rest: string;
}

const QUANTITY = /(\d+) \(([\p{L} ]+)\)/gu;

function quantities(text: string): Quantity[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const value = Number(match[1]);
    const words = match[2]!.trim().toLowerCase();
    if (terbilang(value) !== words) {
      throw new RegulationTextError(`"${match[0]}": the figure ${value} is "${terbilang(value)}", not "${words}"`);
    }
    return { value, rest: text.slice((match.index ?? 0) + match[0].length).trimStart() };
  });
}

/** The one figure of a provision ("paling sedikit 5 (lima) kecamatan"); throws when there is not exactly one. */
export function onlyQuantity(text: string): number {
  const found = quantities(text);
  if (found.length !== 1) throw new RegulationTextError(`expected one figure in "${text}", found ${found.length}`);
  return found[0]!.value;
}

/** The figure directly followed by `phrase`: in "10 (sepuluh) tahun bagi provinsi", "tahun bagi provinsi" gives 10. */
export function quantityFollowedBy(text: string, phrase: string): number {
  const found = quantities(text).filter((quantity) => quantity.rest.toLowerCase().startsWith(phrase.toLowerCase()));
  if (found.length !== 1) throw new RegulationTextError(`expected one figure followed by "${phrase}" in "${text}", found ${found.length}`);
  return found[0]!.value;
}
