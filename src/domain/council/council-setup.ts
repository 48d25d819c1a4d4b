import { IANAZone } from "luxon";
import type { DateTime } from "luxon";
import { z } from "zod";
import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";
import { accept, reject } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import { normalizeName } from "../shared/text.ts";
import type { Council, CouncilMember } from "./council.ts";
import type { Commission, CouncilRuleBook } from "./rule-book.ts";

/**
 * Validation of a council set-up typed in by a chair: shape with zod, then the rules of the roster.
 * Member ids may be left out for new members; they are then "m1", "m2", … by roster order, and the store must keep them.
 */

// Product bounds, not law: a roster is a handful of people, and a BPD member is an adult of living age.
const MIN_MEMBERS = 3;
const MAX_MEMBERS = 25;
const MIN_AGE = 17;
const MAX_AGE = 100;

const COMMISSIONS = ["government", "development", "community"] as const satisfies readonly Commission[];

const nameSchema = z.string().trim().min(2).max(80);
const telegramUserIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const councilMemberInputSchema = z.object({
  id: z.string().trim().min(1).max(40).optional(),
  name: nameSchema,
  birthYear: z.number().int(),
  role: z.enum(["chair", "viceChair", "member"]),
  commission: z.enum(COMMISSIONS).nullable().default(null),
  commissionChair: z.boolean().default(false),
  steeringCommittee: z.boolean().default(false),
  telegramUserId: telegramUserIdSchema.nullable().default(null),
});

export const councilSetupSchema = z.object({
  village: nameSchema,
  zone: z.string().min(1).max(64),
  members: z.array(councilMemberInputSchema).max(MAX_MEMBERS),
  secretary: z.object({ name: nameSchema, telegramUserId: telegramUserIdSchema.nullable().default(null) }).nullable().default(null),
});

export type CouncilSetupInput = z.input<typeof councilSetupSchema>;

export type CouncilSetupCode =
  | "INVALID_INPUT"
  | "INVALID_ZONE"
  | "TOO_FEW_MEMBERS"
  | "DUPLICATE_ID"
  | "DUPLICATE_NAME"
  | "DUPLICATE_TELEGRAM_USER"
  | "MORE_THAN_ONE_CHAIR"
  | "MORE_THAN_ONE_VICE_CHAIR"
  | "BIRTH_YEAR_IMPLAUSIBLE"
  | "LEADER_IN_COMMISSION"
  | "MEMBER_WITHOUT_COMMISSION"
  | "COMMISSION_CHAIR_WITHOUT_COMMISSION"
  | "MORE_THAN_ONE_COMMISSION_CHAIR";

export interface CouncilSetupWarning {
  readonly code: "COMMISSIONS_UNEVEN";
  readonly params: Readonly<Record<string, string | number>>;
  readonly citation: Citation;
}

export interface ValidCouncil {
  readonly council: Council;
  readonly warnings: readonly CouncilSetupWarning[];
}

function firstDuplicate<T>(values: readonly T[]): T | undefined {
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

function rosterRejection(members: readonly CouncilMember[], council: Council, rules: CouncilRuleBook, asOfYear: number) {
  const leadership = cite(rules.regulation, "Pasal 13 ayat (2)");
  const membership = rules.commissionMembership.citation;

  const duplicateId = firstDuplicate(members.map((m) => m.id));
  if (duplicateId !== undefined) return reject("DUPLICATE_ID", { id: duplicateId });

  const keys = members.map((m) => normalizeName(m.name));
  const duplicateKey = firstDuplicate(keys);
  if (duplicateKey !== undefined) return reject("DUPLICATE_NAME", { name: members[keys.indexOf(duplicateKey)]?.name ?? duplicateKey });

  const telegramIds = [...members.map((m) => m.telegramUserId), council.secretary?.telegramUserId ?? null].filter((id) => id !== null);
  const duplicateUser = firstDuplicate(telegramIds);
  if (duplicateUser !== undefined) return reject("DUPLICATE_TELEGRAM_USER", { telegramUserId: duplicateUser });

  if (members.filter((m) => m.role === "chair").length > 1) return reject("MORE_THAN_ONE_CHAIR", {}, leadership);
  if (members.filter((m) => m.role === "viceChair").length > 1) return reject("MORE_THAN_ONE_VICE_CHAIR", {}, leadership);

  for (const m of members) {
    const min = asOfYear - MAX_AGE;
    const max = asOfYear - MIN_AGE;
    if (m.birthYear < min || m.birthYear > max) return reject("BIRTH_YEAR_IMPLAUSIBLE", { name: m.name, birthYear: m.birthYear, min, max });
    if (m.role !== "member" && m.commission !== null) return reject("LEADER_IN_COMMISSION", { name: m.name }, membership);
    if (m.role === "member" && m.commission === null) return reject("MEMBER_WITHOUT_COMMISSION", { name: m.name }, membership);
    if (m.commissionChair && m.commission === null) {
      return reject("COMMISSION_CHAIR_WITHOUT_COMMISSION", { name: m.name }, rules.sessionKinds.commission.presidingCitation);
    }
  }
  for (const commission of COMMISSIONS) {
    if (members.filter((m) => m.commission === commission && m.commissionChair).length > 1) {
      return reject("MORE_THAN_ONE_COMMISSION_CHAIR", { commission: rules.commissions[commission].name }, rules.sessionKinds.commission.presidingCitation);
    }
  }
  return undefined;
}

/** Pasal 21 ayat (4): members are spread over the commissions "sedapat-dapatnya sama banyak"; a spread above one is flagged. */
function commissionWarnings(members: readonly CouncilMember[], rules: CouncilRuleBook): CouncilSetupWarning[] {
  const counts = COMMISSIONS.map((c) => members.filter((m) => m.commission === c).length);
  const spread = Math.max(...counts) - Math.min(...counts);
  if (spread <= 1) return [];
  const params = Object.fromEntries(COMMISSIONS.map((c, i) => [c, counts[i] ?? 0]));
  return [{ code: "COMMISSIONS_UNEVEN", params, citation: cite(rules.regulation, "Pasal 21 ayat (4)") }];
}

/** Validates a council set-up; `asOf` is today in the council's zone, for the birth-year bounds. */
export function validateCouncil(input: unknown, options: { readonly asOf: DateTime; readonly rules: CouncilRuleBook }): Outcome<ValidCouncil, CouncilSetupCode> {
  const parsed = councilSetupSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject("INVALID_INPUT", { path: issue?.path.join(".") ?? "", message: issue?.message ?? "invalid" });
  }
  const setup = parsed.data;
  if (!IANAZone.isValidZone(setup.zone)) return reject("INVALID_ZONE", { zone: setup.zone });
  if (setup.members.length < MIN_MEMBERS) return reject("TOO_FEW_MEMBERS", { count: setup.members.length, min: MIN_MEMBERS });

  const members: CouncilMember[] = setup.members.map((m, i) => ({
    id: m.id ?? `m${i + 1}`,
    name: m.name,
    birthYear: m.birthYear,
    role: m.role,
    commission: m.commission,
    commissionChair: m.commissionChair,
    steeringCommittee: m.steeringCommittee,
    telegramUserId: m.telegramUserId,
  }));
  const council: Council = { village: setup.village, zone: setup.zone, members, secretary: setup.secretary };
  const refused = rosterRejection(members, council, options.rules, options.asOf.year);
  if (refused) return refused;
  return accept({ council, warnings: commissionWarnings(members, options.rules) });
}
