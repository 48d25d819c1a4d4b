import { cite, type Citation } from "../shared/citation.ts";

/**
 * A regulation's articles as data: every Pasal, ayat, huruf and angka with its own words, so rules can point at
 * the provision they come from and take their figures from its text.
 */

export interface Regulation {
  /** "PP 78/2007", "UU 32/2004" */
  readonly code: string;
  /** "Peraturan Pemerintah Nomor 78 Tahun 2007 tentang Tata Cara Pembentukan, Penghapusan, dan Penggabungan Daerah" */
  readonly title: string;
  readonly position: number;
}

export interface Provision {
  readonly regulation: string;
  readonly article: number;
  /** ayat */
  readonly paragraph: number | null;
  /** huruf, as a letter */
  readonly item: string | null;
  /** angka under a huruf */
  readonly subItem: number | null;
  /** The marker as printed when it is not the letter cited ("5." read as huruf e). */
  readonly printedItem: string | null;
  readonly text: string;
  /** 1-based line in the source text. */
  readonly line: number;
}

export interface ProvisionRef {
  readonly regulation: string;
  readonly article: number;
  readonly paragraph?: number;
  readonly item?: string;
  readonly subItem?: number;
}

export class RegulationTextError extends Error {
  override readonly name = "RegulationTextError";
}

/** "Pasal 5 ayat (2) huruf a", "Pasal 16 huruf d angka 1", "Pasal 10 huruf e". */
export function articleLabel(ref: ProvisionRef | Provision): string {
  const parts = [`Pasal ${ref.article}`];
  if (ref.paragraph !== undefined && ref.paragraph !== null) parts.push(`ayat (${ref.paragraph})`);
  if (ref.item !== undefined && ref.item !== null) parts.push(`huruf ${ref.item}`);
  if (ref.subItem !== undefined && ref.subItem !== null) parts.push(`angka ${ref.subItem}`);
  return parts.join(" ");
}

export function provisionCitation(ref: ProvisionRef | Provision): Citation {
  return cite(ref.regulation, articleLabel(ref));
}

function sameRef(provision: Provision, ref: ProvisionRef): boolean {
  return (
    provision.regulation === ref.regulation &&
    provision.article === ref.article &&
    provision.paragraph === (ref.paragraph ?? null) &&
    provision.item === (ref.item ?? null) &&
    provision.subItem === (ref.subItem ?? null)
  );
}

/** The provisions of several regulations, looked up by reference. */
export class LegalText {
  constructor(
    readonly regulations: readonly Regulation[],
    readonly provisions: readonly Provision[],
  ) {}

  regulation(code: string): Regulation {
    const found = this.regulations.find((regulation) => regulation.code === code);
    if (!found) throw new RegulationTextError(`${code} is not in the text`);
    return found;
  }

  /** The provision itself; throws when the text does not have it, so a rule never points at nothing. */
  get(ref: ProvisionRef): Provision {
    const found = this.provisions.find((provision) => sameRef(provision, ref));
    if (!found) throw new RegulationTextError(`${articleLabel(ref)} ${ref.regulation} is not in the text`);
    return found;
  }

  has(ref: ProvisionRef): boolean {
    return this.provisions.some((provision) => sameRef(provision, ref));
  }

  /** Every provision of an article (or of one ayat or huruf of it), in order. */
  within(ref: ProvisionRef): Provision[] {
    return this.provisions.filter(
      (provision) =>
        provision.regulation === ref.regulation &&
        provision.article === ref.article &&
        (ref.paragraph === undefined || provision.paragraph === ref.paragraph) &&
        (ref.item === undefined || provision.item === ref.item) &&
        (ref.subItem === undefined || provision.subItem === ref.subItem),
    );
  }

  /** The words of a provision and everything under it, as one text. */
  wording(ref: ProvisionRef): string {
    return this.within(ref)
      .map((provision) => provision.text)
      .join(" ");
  }
}
