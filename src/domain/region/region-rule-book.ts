import { currentRequirements } from "./current-requirements.ts";
import { earlierRequirements } from "./earlier-requirements.ts";
import { RegulationTextError, type LegalText } from "./legal-text.ts";
import { judge, type Framework, type ProposalAnswers, type RegionKind, type Requirement, type RequirementResult } from "./requirements.ts";

export { technicalFactors } from "./current-requirements.ts";
export { countUnit, FRAMEWORK_NAMES, KIND_NAMES, PP_129_2000, PP_78_2007, UU_32_2004 } from "./requirement-builder.ts";

/**
 * Which article carries which requirement, for each kind of region (current-requirements.ts, earlier-requirements.ts).
 * Only the mapping lives in code: the words and every figure (5 kecamatan, 7 years, 6 months …) are read from the
 * parsed text, so a different text gives different rules or fails loudly, never a silent hard-coded answer.
 */
/** The requirements of both frameworks for every kind of region, read from the parsed law. */
export class RegionRuleBook {
  private readonly byFrameworkAndKind = new Map<string, readonly Requirement[]>();

  constructor(readonly law: LegalText) {
    for (const kind of ["province", "regency", "city"] as const) {
      this.byFrameworkAndKind.set(`current:${kind}`, currentRequirements(law, kind));
      this.byFrameworkAndKind.set(`earlier:${kind}`, earlierRequirements(law, kind));
    }
  }

  requirements(framework: Framework, kind: RegionKind): readonly Requirement[] {
    return this.byFrameworkAndKind.get(`${framework}:${kind}`) ?? [];
  }

  requirement(framework: Framework, kind: RegionKind, key: string): Requirement | undefined {
    return this.requirements(framework, kind).find((requirement) => requirement.key === key);
  }

  minimumCount(framework: Framework, kind: RegionKind): number {
    const check = this.requirement(framework, kind, "coverage")?.check;
    if (check?.kind !== "minimumCount") throw new RegulationTextError(`no territorial minimum for a ${kind}`);
    return check.minimum;
  }

  /** PP 78/2007 Pasal 3: the years a parent region must have been governed before it may be split. */
  parentAgeYears(kind: RegionKind): number {
    const figure = this.requirement("current", kind, "age")?.figure;
    if (figure === undefined) throw new RegulationTextError(`no minimum age for a ${kind}`);
    return figure;
  }

  evaluate(framework: Framework, proposal: ProposalAnswers): RequirementResult[] {
    return this.requirements(framework, proposal.kind).map((requirement) => judge(requirement, proposal));
  }
}
