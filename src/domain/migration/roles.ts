import type { DateTime } from "luxon";
import type { Citation } from "../shared/citation.ts";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { ROLE_RULES, type RoleRuleKey } from "./bangli-56-2011-rules.ts";

/**
 * Who may do what in the migration. Every refusal carries the rule and its article, so the bot can say which
 * rule stops the sender and what to do. Callback data never carries authority: each action is checked here
 * against the sender's stored roles.
 */

export type OrgRole = "technician" | "agencyHead" | "supportTeam";

export interface Membership {
  readonly role: OrgRole;
  readonly agencyId: number | null;
  readonly agencyName: string | null;
  /** Technicians: when they confirmed the SOP's staff qualifications (Lampiran angka 1 huruf c). */
  readonly qualifiedAt: DateTime | null;
}

export interface Person {
  readonly id: number;
  readonly name: string;
  /** An administrator of the IT office (DishubKominfo): ADMIN_TELEGRAM_IDS. */
  readonly isAdmin: boolean;
  readonly memberships: readonly Membership[];
}

export type Permission =
  | { readonly kind: "runMigration"; readonly agencyId?: number }
  | { readonly kind: "viewAgency"; readonly agencyId: number }
  | { readonly kind: "handleEscalation" }
  | { readonly kind: "proposeException"; readonly agencyId?: number }
  | { readonly kind: "evaluateException" }
  | { readonly kind: "agencyReport"; readonly agencyId?: number }
  /** Sending the report to the Bupati through DishubKominfo: the agency's head only, whose report it is (Pasal 16 ayat (1) jo. Pasal 6). */
  | { readonly kind: "submitAgencyReport"; readonly agencyId: number }
  | { readonly kind: "recap" }
  | { readonly kind: "administer" };

export type PermissionCode =
  | "NOT_TECHNICIAN"
  | "NOT_QUALIFIED"
  | "OTHER_AGENCY"
  | "NOT_AGENCY_MEMBER"
  | "NOT_SUPPORT_TEAM"
  | "NOT_HEAD"
  | "NOT_ADMIN";

function refuse(code: PermissionCode, rule: RoleRuleKey, params: Record<string, string | number> = {}) {
  const citation: Citation = ROLE_RULES[rule].citation;
  return reject(code, { ...params, rule }, citation);
}

export function membershipsOf(person: Person, role: OrgRole): Membership[] {
  return person.memberships.filter((membership) => membership.role === role);
}

/** The agency a person works for as technician or head (one at most), or undefined. */
export function agencyOf(person: Person): { id: number; name: string } | undefined {
  const membership = person.memberships.find((candidate) => candidate.agencyId !== null);
  return membership && membership.agencyId !== null ? { id: membership.agencyId, name: membership.agencyName ?? "" } : undefined;
}

export function isSupportTeam(person: Person): boolean {
  return person.isAdmin || person.memberships.some((membership) => membership.role === "supportTeam");
}

/**
 * Accepts with the agency the permission concerns (when it concerns one), or refuses with the rule. Admins of the
 * IT office may look at any agency and act for TPP-SI, which DishubKominfo coordinates (Pasal 1 angka 7), but never
 * run an agency's migration steps: that is the agency's own IT staff (Pasal 13).
 */
export function authorize(person: Person, permission: Permission): Outcome<{ agencyId?: number }, PermissionCode> {
  switch (permission.kind) {
    case "runMigration": {
      const technician = membershipsOf(person, "technician");
      if (technician.length === 0) return refuse("NOT_TECHNICIAN", "technician");
      const membership =
        permission.agencyId === undefined ? technician[0]! : technician.find((candidate) => candidate.agencyId === permission.agencyId);
      if (!membership) return refuse("OTHER_AGENCY", "ownAgency", { agency: technician[0]!.agencyName ?? "" });
      if (!membership.qualifiedAt) return refuse("NOT_QUALIFIED", "qualification");
      return accept({ agencyId: membership.agencyId ?? undefined });
    }
    case "viewAgency": {
      if (person.isAdmin) return accept({ agencyId: permission.agencyId });
      const member = person.memberships.some((membership) => membership.agencyId === permission.agencyId);
      if (member) return accept({ agencyId: permission.agencyId });
      return person.memberships.some((membership) => membership.agencyId !== null)
        ? refuse("OTHER_AGENCY", "ownAgency", { agency: agencyOf(person)?.name ?? "" })
        : refuse("NOT_AGENCY_MEMBER", "ownAgency");
    }
    case "handleEscalation":
    case "evaluateException":
      return isSupportTeam(person) ? accept({}) : refuse("NOT_SUPPORT_TEAM", permission.kind === "handleEscalation" ? "supportTeam" : "exceptionEvaluation");
    case "proposeException": {
      const agency = agencyOf(person);
      const agencyRole = person.memberships.filter((membership) => membership.role === "technician" || membership.role === "agencyHead");
      if (agencyRole.length === 0 || !agency) return refuse("NOT_AGENCY_MEMBER", "exceptionEvaluation");
      if (permission.agencyId !== undefined && !agencyRole.some((membership) => membership.agencyId === permission.agencyId)) {
        return refuse("OTHER_AGENCY", "ownAgency", { agency: agency.name });
      }
      return accept({ agencyId: permission.agencyId ?? agency.id });
    }
    case "agencyReport": {
      if (person.isAdmin && permission.agencyId !== undefined) return accept({ agencyId: permission.agencyId });
      const heads = membershipsOf(person, "agencyHead");
      if (heads.length === 0) return refuse("NOT_HEAD", "agencyReport");
      const head = permission.agencyId === undefined ? heads[0]! : heads.find((membership) => membership.agencyId === permission.agencyId);
      if (!head) return refuse("OTHER_AGENCY", "ownAgency", { agency: heads[0]!.agencyName ?? "" });
      return accept({ agencyId: head.agencyId ?? undefined });
    }
    case "submitAgencyReport": {
      // An admin of the IT office may read any agency's report, but sending it is the agency's own act: the recap
      // counts it as received from the agency.
      const heads = membershipsOf(person, "agencyHead");
      if (heads.length === 0) return refuse("NOT_HEAD", "agencyReport");
      if (!heads.some((membership) => membership.agencyId === permission.agencyId)) return refuse("OTHER_AGENCY", "ownAgency", { agency: heads[0]!.agencyName ?? "" });
      return accept({ agencyId: permission.agencyId });
    }
    case "recap":
      return person.isAdmin ? accept({}) : refuse("NOT_ADMIN", "recap");
    case "administer":
      return person.isAdmin ? accept({}) : refuse("NOT_ADMIN", "itOffice");
  }
}
