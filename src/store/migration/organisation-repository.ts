import { randomInt } from "node:crypto";
import { DateTime } from "luxon";
import type { z } from "zod";
import { makeJoinCode, normalizeJoinCode } from "../../domain/migration/join-code.ts";
import type { Membership, OrgRole, Person } from "../../domain/migration/roles.ts";
import { NameIndex, normalizeName } from "../../domain/shared/text.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";

/** A client or a transaction: reads made while a transaction is open must go through it. */
export type Db = PrismaClient | Transaction;

export interface AgencyRecord {
  readonly id: number;
  readonly name: string;
  readonly createdAt: Date;
}

export interface MemberRecord {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly role: OrgRole;
  readonly agencyId: number | null;
  readonly qualifiedAt: Date | null;
}

export interface JoinCodeRecord {
  readonly code: string;
  readonly role: OrgRole;
  readonly agencyId: number | null;
}

export const ORG_ROLES: readonly OrgRole[] = ["technician", "agencyHead", "supportTeam"];

function asRole(role: string): OrgRole {
  return (ORG_ROLES as readonly string[]).includes(role) ? (role as OrgRole) : "technician";
}

export type AgencyLookup =
  | { readonly kind: "found"; readonly agency: AgencyRecord }
  | { readonly kind: "suggest"; readonly agencies: readonly AgencyRecord[] }
  | { readonly kind: "none" };

/** Agencies, the people in them, join codes and the feature's settings. */
export class MigrationOrganisationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The sender as the migration rules see them: admin or not, and every role they hold. */
  async person(user: { id: number; name: string }, isAdmin: boolean, zone: string, db: Db = this.prisma): Promise<Person> {
    const rows = await db.orgMember.findMany({ where: { userId: BigInt(user.id) }, include: { agency: true }, orderBy: { id: "asc" } });
    const memberships: Membership[] = rows.map((row) => ({
      role: asRole(row.role),
      agencyId: row.agencyId,
      agencyName: row.agency?.name ?? null,
      qualifiedAt: row.qualifiedAt ? DateTime.fromJSDate(row.qualifiedAt, { zone }) : null,
    }));
    return { id: user.id, name: user.name, isAdmin, memberships };
  }

  async agencies(db: Db = this.prisma): Promise<AgencyRecord[]> {
    return db.agency.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, createdAt: true } });
  }

  async agency(id: number, db: Db = this.prisma): Promise<AgencyRecord | undefined> {
    return (await db.agency.findUnique({ where: { id }, select: { id: true, name: true, createdAt: true } })) ?? undefined;
  }

  /** By name: exact (normalised), one typo away, or suggestions. */
  async findAgency(name: string, db: Db = this.prisma): Promise<AgencyLookup> {
    const all = await this.agencies(db);
    const index = new NameIndex(all.map((agency) => ({ name: agency.name, value: agency })));
    const lookup = index.resolve(name, 5);
    if ((lookup.kind === "exact" || lookup.kind === "corrected") && lookup.values.length === 1) return { kind: "found", agency: lookup.values[0]! };
    if (lookup.kind === "exact" || lookup.kind === "corrected") return { kind: "suggest", agencies: lookup.values };
    if (lookup.kind === "suggest") return { kind: "suggest", agencies: lookup.matches.map((match) => match.value) };
    return { kind: "none" };
  }

  async createAgency(tx: Transaction, name: string, by: number, at: Date): Promise<AgencyRecord | undefined> {
    const nameKey = normalizeName(name);
    const existing = await tx.agency.findUnique({ where: { nameKey } });
    if (existing) return undefined;
    return tx.agency.create({ data: { name, nameKey, createdAt: at, createdBy: BigInt(by) }, select: { id: true, name: true, createdAt: true } });
  }

  async members(agencyId: number | null, db: Db = this.prisma): Promise<MemberRecord[]> {
    const rows = await db.orgMember.findMany({ where: agencyId === null ? { role: "supportTeam" } : { agencyId }, orderBy: [{ role: "asc" }, { name: "asc" }] });
    return rows.map((row) => ({ id: row.id, userId: Number(row.userId), name: row.name, role: asRole(row.role), agencyId: row.agencyId, qualifiedAt: row.qualifiedAt }));
  }

  async member(id: number, db: Db = this.prisma): Promise<MemberRecord | undefined> {
    const row = await db.orgMember.findUnique({ where: { id } });
    return row ? { id: row.id, userId: Number(row.userId), name: row.name, role: asRole(row.role), agencyId: row.agencyId, qualifiedAt: row.qualifiedAt } : undefined;
  }

  async heads(db: Db = this.prisma): Promise<MemberRecord[]> {
    const rows = await db.orgMember.findMany({ where: { role: "agencyHead" }, orderBy: { id: "asc" } });
    return rows.map((row) => ({ id: row.id, userId: Number(row.userId), name: row.name, role: "agencyHead", agencyId: row.agencyId, qualifiedAt: null }));
  }

  /** Takes a role; a person keeps one agency for their agency roles. */
  async addMember(tx: Transaction, member: { userId: number; name: string; role: OrgRole; agencyId: number | null; at: Date }): Promise<MemberRecord> {
    const row = await tx.orgMember.upsert({
      where: { userId_role: { userId: BigInt(member.userId), role: member.role } },
      create: { userId: BigInt(member.userId), name: member.name, role: member.role, agencyId: member.agencyId, joinedAt: member.at },
      update: { name: member.name, agencyId: member.agencyId },
    });
    return { id: row.id, userId: Number(row.userId), name: row.name, role: asRole(row.role), agencyId: row.agencyId, qualifiedAt: row.qualifiedAt };
  }

  async removeMember(tx: Transaction, id: number): Promise<void> {
    await tx.orgMember.deleteMany({ where: { id } });
  }

  /** Lampiran angka 1 huruf c: the technician's confirmation, once. */
  async confirmQualification(tx: Transaction, userId: number, at: Date): Promise<number> {
    const { count } = await tx.orgMember.updateMany({ where: { userId: BigInt(userId), role: "technician", qualifiedAt: null }, data: { qualifiedAt: at } });
    return count;
  }

  /** The valid code for an agency and role (or TPP-SI), made when there is none. */
  async joinCode(tx: Transaction, role: OrgRole, agencyId: number | null, by: number, at: Date): Promise<string> {
    const existing = await tx.joinCode.findFirst({ where: { role, agencyId, revokedAt: null }, orderBy: { createdAt: "desc" } });
    if (existing) return existing.code;
    return this.newJoinCode(tx, role, agencyId, by, at);
  }

  /** Revokes the current code of an agency and role and makes a new one. */
  async newJoinCode(tx: Transaction, role: OrgRole, agencyId: number | null, by: number, at: Date): Promise<string> {
    await tx.joinCode.updateMany({ where: { role, agencyId, revokedAt: null }, data: { revokedAt: at } });
    for (;;) {
      const code = makeJoinCode((size) => randomInt(size));
      if (await tx.joinCode.findUnique({ where: { code } })) continue;
      await tx.joinCode.create({ data: { code, role, agencyId, createdAt: at, createdBy: BigInt(by) } });
      return code;
    }
  }

  async currentCodes(db: Db = this.prisma): Promise<JoinCodeRecord[]> {
    const rows = await db.joinCode.findMany({ where: { revokedAt: null } });
    return rows.map((row) => ({ code: row.code, role: asRole(row.role), agencyId: row.agencyId }));
  }

  async findJoinCode(text: string, db: Db = this.prisma): Promise<JoinCodeRecord | undefined> {
    const code = normalizeJoinCode(text);
    if (!code) return undefined;
    const row = await db.joinCode.findUnique({ where: { code } });
    return row && row.revokedAt === null ? { code: row.code, role: asRole(row.role), agencyId: row.agencyId } : undefined;
  }

  async setting<T>(key: string, schema: z.ZodType<T>, db: Db = this.prisma): Promise<T | undefined> {
    const row = await db.migrationSetting.findUnique({ where: { key } });
    if (!row) return undefined;
    try {
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async setSetting(tx: Transaction, key: string, value: unknown, by: number, at: Date): Promise<void> {
    const json = JSON.stringify(value);
    await tx.migrationSetting.upsert({
      where: { key },
      create: { key, value: json, updatedAt: at, updatedBy: BigInt(by) },
      update: { value: json, updatedAt: at, updatedBy: BigInt(by) },
    });
  }
}
