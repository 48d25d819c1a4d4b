import type { Commission, CouncilRuleBook } from "./rule-book.ts";
import { requiredCount } from "./vote.ts";

/**
 * The council (BPD) and its roster. The secretary is not a member and has no vote (Pasal 73, glossary);
 * the leadership is the chair and one vice chair (Pasal 13 ayat (2)).
 */

export type MemberId = string;

export type CouncilRole = "chair" | "viceChair" | "member";

export interface CouncilMember {
  readonly id: MemberId;
  readonly name: string;
  /** For the oldest/youngest rules of Pasal 15 ayat (4) and Pasal 16. */
  readonly birthYear: number;
  readonly role: CouncilRole;
  /** Every member except the leadership is in one commission (Pasal 21 ayat (1)); null for the leadership. */
  readonly commission: Commission | null;
  /** Chairs the meetings of their commission (Pasal 36, "Ketua Bidang"). */
  readonly commissionChair: boolean;
  /** Sits on the Panitia Musyawarah (Pasal 18 ayat (1)); the chair and vice chair sit on it by office (ayat (2)). */
  readonly steeringCommittee: boolean;
  /** The linked Telegram account; null for a member without Telegram, who is signed in and votes through the chair. */
  readonly telegramUserId: number | null;
}

export interface CouncilSecretary {
  readonly name: string;
  readonly telegramUserId: number | null;
}

export interface Council {
  readonly village: string;
  /** IANA zone of the village: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT). */
  readonly zone: string;
  readonly members: readonly CouncilMember[];
  readonly secretary: CouncilSecretary | null;
}

export function memberCount(council: Council): number {
  return council.members.length;
}

export function findMember(council: Council, id: MemberId): CouncilMember | undefined {
  return council.members.find((m) => m.id === id);
}

export function memberByTelegramUser(council: Council, telegramUserId: number): CouncilMember | undefined {
  return council.members.find((m) => m.telegramUserId === telegramUserId);
}

export function councilChair(council: Council): CouncilMember | undefined {
  return council.members.find((m) => m.role === "chair");
}

export function councilViceChair(council: Council): CouncilMember | undefined {
  return council.members.find((m) => m.role === "viceChair");
}

/** The quorum of a plenary: at least 2/3 of all members under Banjarnegara (Pasal 30 ayat (3)). */
export function quorumFor(council: Council, rules: CouncilRuleBook): number {
  return requiredCount(rules.quorum, memberCount(council));
}

/** True while neither chair nor vice chair is set, so the oldest member presides (Pasal 16 ayat (1), Pasal 15 ayat (4)). */
export function hasNoLeadership(council: Council): boolean {
  return !council.members.some((m) => m.role === "chair" || m.role === "viceChair");
}

/**
 * The oldest member(s) by birth year. Only years are recorded, so several may tie; the first is the earliest on the roster
 * and the bot should let the council confirm when `length > 1`.
 */
export function oldestMembers(council: Council, among: readonly CouncilMember[] = council.members): CouncilMember[] {
  const oldestYear = Math.min(...among.map((m) => m.birthYear));
  return among.filter((m) => m.birthYear === oldestYear);
}

export function youngestMembers(council: Council, among: readonly CouncilMember[] = council.members): CouncilMember[] {
  const youngestYear = Math.max(...among.map((m) => m.birthYear));
  return among.filter((m) => m.birthYear === youngestYear);
}

export interface TemporaryLeadership {
  /** The oldest member presides (Pasal 16 ayat (1)). */
  readonly presiding: CouncilMember;
  /** Assisted by the youngest (Pasal 16 ayat (1)). */
  readonly assisting: CouncilMember | null;
  /** Birth years tie, so the roster order decided: the council should confirm. */
  readonly tie: boolean;
}

/**
 * The temporary leadership of Pasal 16 among the given members (all by default; pass those present to replace an
 * absent one, ayat (2)). Undefined when nobody is given.
 */
export function temporaryLeadership(council: Council, among: readonly CouncilMember[] = council.members): TemporaryLeadership | undefined {
  const oldest = oldestMembers(council, among);
  const presiding = oldest[0];
  if (!presiding) return undefined;
  const others = among.filter((m) => m.id !== presiding.id);
  const youngest = others.length > 0 ? youngestMembers(council, others) : [];
  return { presiding, assisting: youngest[0] ?? null, tie: oldest.length > 1 || youngest.length > 1 };
}
