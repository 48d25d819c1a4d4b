import type { RealisationRecord } from "../../domain/workplan/realisation.ts";
import type { Target, TargetUnit } from "../../domain/workplan/target.ts";
import type { ParsedWorkPlan, StatementKind, WorkPlanTableKind } from "../../domain/workplan/work-plan-document.ts";
import { WorkPlan } from "../../domain/workplan/work-plan.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";
import { runTransaction } from "../unit-of-work.ts";

export interface Official {
  readonly userId: number;
  readonly name: string;
  readonly grantedBy: number;
}

export interface NewRealisation extends Omit<RealisationRecord, "id"> {
  readonly planId: number;
  readonly chatId: number;
  readonly updateId: number;
}

const TARGET_UNITS: ReadonlySet<string> = new Set<TargetUnit>(["percent", "district", "document", "report", "times", "institution", "service", "unit"]);

function targetOf(text: string, value: number | null, unit: string | null): Target | null {
  return value !== null && unit !== null && TARGET_UNITS.has(unit) ? { text, value, unit: unit as TargetUnit } : null;
}

/**
 * Work plans, the officials allowed to record realisation, and the realisation they record. A plan is read often
 * and written once (by the seed): it is held in memory after its first read.
 */
export class WorkPlanRepository {
  private plan?: Promise<WorkPlan | undefined>;

  constructor(private readonly prisma: PrismaClient) {}

  async hasPlan(organisation: string, fiscalYear: number): Promise<boolean> {
    return (await this.prisma.workPlan.count({ where: { organisation, fiscalYear } })) > 0;
  }

  /** Writes a parsed plan, every table and row, in one transaction. */
  async insertPlan(parsed: ParsedWorkPlan): Promise<number> {
    const id = await runTransaction(this.prisma, async (tx) => {
      const { meta } = parsed;
      const plan = await tx.workPlan.create({
        data: {
          organisation: meta.organisation,
          fiscalYear: meta.fiscalYear,
          document: meta.document,
          signed: meta.signed,
          signatory: meta.signatory,
          strategicPlan: meta.strategicPlan,
        },
      });
      await tx.workPlanStatement.createMany({
        data: parsed.statements.map((s) => ({ planId: plan.id, kind: s.kind, position: s.position, label: s.label, text: s.text, line: s.line })),
      });
      for (const table of parsed.tables) {
        const created = await tx.workPlanTable.create({
          data: {
            planId: plan.id,
            position: table.position,
            kind: table.kind,
            name: table.name,
            caption: table.caption,
            hasBudget: table.hasBudget,
            line: table.line,
          },
        });
        await tx.workPlanRow.createMany({
          data: table.rows.map((row) => ({
            tableId: created.id,
            position: row.position,
            printedNumber: row.printedNumber,
            programme: row.programme,
            strategicGoal: row.strategicGoal,
            activity: row.activity,
            indicator: row.indicator,
            unit: row.unit,
            targetText: row.targetText,
            targetValue: row.target?.value ?? null,
            targetUnit: row.target?.unit ?? null,
            budget: row.budget === null ? null : BigInt(row.budget),
            line: row.line,
          })),
        });
      }
      return plan.id;
    });
    this.plan = undefined;
    return id;
  }

  /** The newest plan (highest fiscal year), or undefined when none is loaded. */
  loadPlan(): Promise<WorkPlan | undefined> {
    this.plan ??= this.readPlan().catch((error: unknown) => {
      this.plan = undefined;
      throw error;
    });
    return this.plan;
  }

  private async readPlan(): Promise<WorkPlan | undefined> {
    const plan = await this.prisma.workPlan.findFirst({
      orderBy: [{ fiscalYear: "desc" }, { id: "desc" }],
      include: {
        statements: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
        tables: { orderBy: { position: "asc" }, include: { rows: { orderBy: { position: "asc" } } } },
      },
    });
    if (!plan) return undefined;
    return new WorkPlan(
      {
        id: plan.id,
        organisation: plan.organisation,
        fiscalYear: plan.fiscalYear,
        document: plan.document,
        signed: plan.signed,
        signatory: plan.signatory,
        strategicPlan: plan.strategicPlan,
      },
      plan.statements.map((s) => ({ kind: s.kind as StatementKind, position: s.position, label: s.label, text: s.text, line: s.line })),
      plan.tables.map((table) => ({
        id: table.id,
        position: table.position,
        kind: table.kind as WorkPlanTableKind,
        name: table.name,
        caption: table.caption,
        hasBudget: table.hasBudget,
        line: table.line,
        rows: table.rows.map((row) => ({
          id: row.id,
          position: row.position,
          printedNumber: row.printedNumber,
          programme: row.programme,
          strategicGoal: row.strategicGoal,
          activity: row.activity,
          indicator: row.indicator,
          unit: row.unit,
          targetText: row.targetText,
          target: targetOf(row.targetText, row.targetValue, row.targetUnit),
          budget: row.budget === null ? null : Number(row.budget),
          line: row.line,
        })),
      })),
    );
  }

  async isOfficial(userId: number): Promise<boolean> {
    return (await this.prisma.workPlanOfficial.count({ where: { userId: BigInt(userId) } })) > 0;
  }

  async officials(): Promise<Official[]> {
    const rows = await this.prisma.workPlanOfficial.findMany({ orderBy: { grantedAt: "asc" } });
    return rows.map((row) => ({ userId: Number(row.userId), name: row.name, grantedBy: Number(row.grantedBy) }));
  }

  /** Grants the role inside the update's transaction; false when the user already had it. */
  async grantOfficial(tx: Transaction, official: Official): Promise<boolean> {
    const existing = await tx.workPlanOfficial.findUnique({ where: { userId: BigInt(official.userId) } });
    if (existing) return false;
    await tx.workPlanOfficial.create({
      data: { userId: BigInt(official.userId), name: official.name, grantedBy: BigInt(official.grantedBy) },
    });
    return true;
  }

  /** False when the user did not have the role. */
  async revokeOfficial(tx: Transaction, userId: number): Promise<boolean> {
    return (await tx.workPlanOfficial.deleteMany({ where: { userId: BigInt(userId) } })).count > 0;
  }

  async recordRealisation(tx: Transaction, record: NewRealisation): Promise<number> {
    const created = await tx.workPlanRealisation.create({
      data: {
        planId: record.planId,
        indicatorNumber: record.indicatorNumber,
        value: record.value,
        unit: record.unit,
        achievedOn: record.achievedOn,
        recordedBy: BigInt(record.recordedBy),
        recordedByName: record.recordedByName,
        chatId: BigInt(record.chatId),
        updateId: BigInt(record.updateId),
      },
    });
    return created.id;
  }

  async realisations(planId: number): Promise<RealisationRecord[]> {
    const rows = await this.prisma.workPlanRealisation.findMany({ where: { planId }, orderBy: { id: "asc" } });
    return rows.map((row) => ({
      id: row.id,
      indicatorNumber: row.indicatorNumber,
      value: row.value,
      unit: row.unit as TargetUnit,
      achievedOn: row.achievedOn,
      recordedBy: Number(row.recordedBy),
      recordedByName: row.recordedByName,
    }));
  }
}
