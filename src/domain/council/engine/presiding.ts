import { hasNoLeadership, oldestMembers, youngestMembers } from "../council.ts";
import type { Council, CouncilMember, MemberId } from "../council.ts";
import type { Commission, CouncilRuleBook, SessionKind } from "../rule-book.ts";

/**
 * Who may chair and convene which meeting, and whose meeting it is. Pure functions of the roster and the rule book.
 */

export interface MeetingOf {
  readonly kind: SessionKind;
  readonly commission: Commission | null;
}

function commissionLeads(council: Council, commission: Commission, m: CouncilMember): boolean {
  if (m.commission !== commission) return false;
  const chairRecorded = council.members.some((x) => x.commission === commission && x.commissionChair);
  // Pasal 36: "salah seorang Ketua Bidang"; a roster without one recorded lets any member of the commission chair.
  return m.commissionChair || !chairRecorded;
}

/**
 * May `m` chair this meeting? By the kind's roles (Pasal 33-36, 30 ayat (2)); while the council has no chair and no
 * vice chair, the oldest member, replaced if absent by the oldest or youngest of `among` (Pasal 16, 15 ayat (4)).
 */
export function mayPreside(
  council: Council,
  rules: CouncilRuleBook,
  meeting: MeetingOf,
  m: CouncilMember,
  among: readonly CouncilMember[] = council.members,
): boolean {
  const roles = rules.sessionKinds[meeting.kind].presidedBy;
  if (roles.includes("chair") && m.role === "chair") return true;
  if (roles.includes("viceChair") && m.role === "viceChair") return true;
  if (roles.includes("commissionChair") && meeting.commission !== null && commissionLeads(council, meeting.commission, m)) return true;
  const leadershipRole = roles.includes("chair") || roles.includes("viceChair");
  if (leadershipRole && hasNoLeadership(council) && among.length > 0) {
    return [...oldestMembers(council, among), ...youngestMembers(council, among)].some((x) => x.id === m.id);
  }
  return false;
}

/** Who chairs by default: the first the rule book names who is on the roster; the oldest member without leadership. */
export function defaultPresiding(council: Council, rules: CouncilRuleBook, meeting: MeetingOf): CouncilMember | undefined {
  const roles = rules.sessionKinds[meeting.kind].presidedBy;
  for (const role of roles) {
    const found =
      role === "commissionChair"
        ? meeting.commission !== null
          ? council.members.find((m) => m.commission === meeting.commission && commissionLeads(council, meeting.commission!, m))
          : undefined
        : council.members.find((m) => m.role === role);
    if (found) return found;
  }
  if ((roles.includes("chair") || roles.includes("viceChair")) && hasNoLeadership(council)) return oldestMembers(council)[0];
  return undefined;
}

/**
 * May `m` call this meeting? The chair (Pasal 30 ayat (4)), the vice chair standing in (Pasal 15 ayat (3)), the oldest
 * member while there is no leadership (Pasal 16 ayat (1)), and the chair of the commission holding it.
 */
export function mayConvene(council: Council, meeting: MeetingOf, m: CouncilMember): boolean {
  if (m.role === "chair" || m.role === "viceChair") return true;
  if (hasNoLeadership(council) && oldestMembers(council).some((x) => x.id === m.id)) return true;
  return meeting.commission !== null && commissionLeads(council, meeting.commission, m);
}

/** The members of the body holding the meeting: they count for its quorum and vote in it (Pasal 59 ayat (1) huruf b). */
export function bodyOf(council: Council, rules: CouncilRuleBook, meeting: MeetingOf): MemberId[] {
  const body = rules.sessionKinds[meeting.kind].body;
  const leaders = (m: CouncilMember) => m.role === "chair" || m.role === "viceChair";
  const pick = (keep: (m: CouncilMember) => boolean) => council.members.filter(keep).map((m) => m.id);
  switch (body) {
    case "council":
      return pick(() => true);
    case "leadership":
      return pick(leaders);
    case "steeringCommittee":
      return pick((m) => leaders(m) || m.steeringCommittee);
    case "commission":
      return pick((m) => m.commission === meeting.commission);
    case "councilOrCommission":
      return meeting.commission === null ? pick(() => true) : pick((m) => m.commission === meeting.commission);
  }
}
