import type { User } from "telegraf/types";
import { users } from "../../kit/users.ts";
import { people } from "../migration-kit.ts";
import { newStranger, person, type Role } from "./matrix-kit.ts";

/**
 * Who plays each role. The council is the nine-member BPD of test/kit/council.ts (its chair Budi, vice chair Siti,
 * Wayan of Bidang Pemerintahan as "member", Dewi of Bidang Pembangunan as "member of another commission"), with its
 * secretary Joko Widodo and two guests; the migration people are those of test/bot/migration-kit.ts.
 */

export const council = {
  chair: users.budi,
  viceChair: users.siti,
  member: users.wayan,
  otherCommission: users.dewi,
  yohanis: users.yohanis,
  agus: person(1006, "Agus Salim"),
  rina: person(1007, "Rina Wati"),
  secretary: person(1010, "Joko Widodo"),
  invitee: person(1020, "Sari Rahayu"),
  observer: person(1030, "Warga Sukamaju"),
} as const;

/** An official appointed by an administrator: of region formation, and (another person) of the work plan. */
export const officials = {
  region: person(1050, "Rudi Hartono"),
  workPlan: person(1051, "Wati Susanti"),
} as const;

export const DEFAULT_CAST: Record<Role, User> = {
  chair: council.chair,
  viceChair: council.viceChair,
  secretary: council.secretary,
  member: council.member,
  otherCommission: council.otherCommission,
  invitee: council.invitee,
  observer: council.observer,
  stranger: newStranger(),
  technician: people.wayan,
  otherTechnician: people.ketut,
  agencyHead: people.made,
  supportTeam: people.dewi,
  admin: people.admin,
  official: officials.region,
};
