import { cite, type Citation } from "../shared/citation.ts";
import { normalizeName } from "../shared/text.ts";
import { articleLabel, provisionCitation, RegulationTextError, type LegalText, type ProvisionRef } from "./legal-text.ts";
import type { Framework, RegionKind, Requirement } from "./requirements.ts";

/** What the rule books of both frameworks share: the regulations' names, references, and a requirement builder. */

export const PP_129_2000 = "PP 129/2000";
export const UU_32_2004 = "UU 32/2004";
export const PP_78_2007 = "PP 78/2007";

export const FRAMEWORK_NAMES: Readonly<Record<Framework, string>> = {
  current: `${UU_32_2004} dan ${PP_78_2007}`,
  earlier: PP_129_2000,
};

export const KIND_NAMES: Readonly<Record<RegionKind, string>> = { province: "provinsi", regency: "kabupaten", city: "kota" };

/** What the territorial minimum counts. */
export function countUnit(kind: RegionKind): string {
  return kind === "province" ? "kabupaten/kota" : "kecamatan";
}

export const ref = (regulation: string, article: number, paragraph?: number, item?: string, subItem?: number): ProvisionRef => ({
  regulation,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
  ...(subItem === undefined ? {} : { subItem }),
});

/** A provision's words without the list punctuation that ties it to the next item ("…; dan"). */
export function clause(text: string): string {
  return text.replace(/\s*(?:;\s*(?:dan|atau)?|\.|,)\s*$/u, "").trim();
}

export function sentence(text: string): string {
  const words = clause(text);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function slug(text: string): string {
  return normalizeName(text).replace(/ /g, "-");
}

/** Collects one framework's requirements for one kind of region, checking every cited place exists. */
export class Builder {
  readonly requirements: Requirement[] = [];

  constructor(
    readonly law: LegalText,
    private readonly framework: Framework,
    private readonly kind: RegionKind,
  ) {}

  text(at: ProvisionRef): string {
    return this.law.get(at).text;
  }

  /** `readAs` replaces the first place's label when the text is read differently from how it prints. */
  add(requirement: Omit<Requirement, "framework" | "kind" | "citations"> & { readonly at: readonly ProvisionRef[]; readonly readAs?: string }): void {
    const { at, readAs, ...rest } = requirement;
    const citations: Citation[] = at.map((place, index) => {
      if (!this.law.has(place) && this.law.within(place).length === 0) throw new RegulationTextError(`no ${JSON.stringify(place)} in the text`);
      return index === 0 && readAs ? cite(place.regulation, `${articleLabel(place)} (${readAs})`) : provisionCitation(place);
    });
    this.requirements.push({ ...rest, framework: this.framework, kind: this.kind, citations });
  }
}
