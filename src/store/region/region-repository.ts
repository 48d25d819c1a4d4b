import { LegalText } from "../../domain/region/legal-text.ts";
import { buildProcedure, type Procedure } from "../../domain/region/procedures.ts";
import type { AcceptedAttachment, AcceptedStage, Proposal } from "../../domain/region/proposal.ts";
import type { ParsedLegalText } from "../../domain/region/region-formation-text.ts";
import { RegionRuleBook } from "../../domain/region/region-rule-book.ts";
import type { RegionKind } from "../../domain/region/requirements.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";
import { runTransaction } from "../unit-of-work.ts";

export interface RegionLaw {
  readonly law: LegalText;
  readonly rules: RegionRuleBook;
  readonly procedures: Readonly<Record<RegionKind, Procedure>>;
}

export interface RegionOfficial {
  readonly userId: number;
  readonly name: string;
  readonly grantedBy: number;
}

export interface ProposalSummary {
  readonly id: number;
  readonly name: string;
  readonly kind: RegionKind;
  readonly stagesRecorded: number;
  readonly stopped: boolean;
}

export interface NewProposal {
  readonly name: string;
  readonly nameKey: string;
  readonly kind: RegionKind;
  readonly createdBy: number;
  readonly createdByName: string;
  readonly chatId: number;
  readonly updateId: number;
}

export interface StageAuthor {
  readonly recordedBy: number;
  readonly recordedByName: string;
  readonly chatId: number;
  readonly updateId: number;
}

type Client = PrismaClient | Transaction;

const KINDS: ReadonlySet<string> = new Set<RegionKind>(["province", "regency", "city"]);

function kindOf(value: string): RegionKind {
  if (!KINDS.has(value)) throw new Error(`unknown region kind in the database: ${value}`);
  return value as RegionKind;
}

/**
 * The region-formation law (parsed once by the seed, then held in memory with its rule book and procedures),
 * the officials allowed to track proposals, and the proposals with their stages and documents.
 */
export class RegionRepository {
  private loaded?: Promise<RegionLaw | undefined>;

  constructor(private readonly prisma: PrismaClient) {}

  async hasRegulation(code: string): Promise<boolean> {
    return (await this.prisma.regionRegulation.count({ where: { code } })) > 0;
  }

  /** Writes the parsed regulations and their provisions in one transaction. */
  async insertLaw(parsed: ParsedLegalText): Promise<void> {
    await runTransaction(this.prisma, async (tx) => {
      for (const regulation of parsed.regulations) {
        await tx.regionRegulation.create({ data: { code: regulation.code, title: regulation.title, position: regulation.position } });
        const provisions = parsed.provisions.filter((provision) => provision.regulation === regulation.code);
        await tx.regionProvision.createMany({
          data: provisions.map((provision, index) => ({
            regulation: provision.regulation,
            article: provision.article,
            paragraph: provision.paragraph,
            item: provision.item,
            subItem: provision.subItem,
            printedItem: provision.printedItem,
            text: provision.text,
            line: provision.line,
            position: index + 1,
          })),
        });
      }
    });
    this.loaded = undefined;
  }

  /** The law with its rule book and procedures; undefined before the seed has run. */
  loadLaw(): Promise<RegionLaw | undefined> {
    this.loaded ??= this.readLaw().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async readLaw(): Promise<RegionLaw | undefined> {
    const regulations = await this.prisma.regionRegulation.findMany({ orderBy: { position: "asc" } });
    if (regulations.length === 0) return undefined;
    const provisions = await this.prisma.regionProvision.findMany({ orderBy: [{ regulation: "asc" }, { position: "asc" }] });
    const law = new LegalText(
      regulations.map((regulation) => ({ code: regulation.code, title: regulation.title, position: regulation.position })),
      provisions.map((provision) => ({
        regulation: provision.regulation,
        article: provision.article,
        paragraph: provision.paragraph,
        item: provision.item,
        subItem: provision.subItem,
        printedItem: provision.printedItem,
        text: provision.text,
        line: provision.line,
      })),
    );
    return {
      law,
      rules: new RegionRuleBook(law),
      procedures: { province: buildProcedure(law, "province"), regency: buildProcedure(law, "regency"), city: buildProcedure(law, "city") },
    };
  }

  async isOfficial(userId: number): Promise<boolean> {
    return (await this.prisma.regionOfficial.count({ where: { userId: BigInt(userId) } })) > 0;
  }

  async officials(): Promise<RegionOfficial[]> {
    const rows = await this.prisma.regionOfficial.findMany({ orderBy: { grantedAt: "asc" } });
    return rows.map((row) => ({ userId: Number(row.userId), name: row.name, grantedBy: Number(row.grantedBy) }));
  }

  /** False when the user already had the role. */
  async grantOfficial(tx: Transaction, official: RegionOfficial): Promise<boolean> {
    if (await tx.regionOfficial.findUnique({ where: { userId: BigInt(official.userId) } })) return false;
    await tx.regionOfficial.create({ data: { userId: BigInt(official.userId), name: official.name, grantedBy: BigInt(official.grantedBy) } });
    return true;
  }

  async revokeOfficial(tx: Transaction, userId: number): Promise<boolean> {
    return (await tx.regionOfficial.deleteMany({ where: { userId: BigInt(userId) } })).count > 0;
  }

  async proposalIdByKey(tx: Transaction, nameKey: string): Promise<number | undefined> {
    return (await tx.regionProposal.findUnique({ where: { nameKey }, select: { id: true } }))?.id;
  }

  async createProposal(tx: Transaction, proposal: NewProposal): Promise<number> {
    const created = await tx.regionProposal.create({
      data: {
        name: proposal.name,
        nameKey: proposal.nameKey,
        kind: proposal.kind,
        createdBy: BigInt(proposal.createdBy),
        createdByName: proposal.createdByName,
        chatId: BigInt(proposal.chatId),
        updateId: BigInt(proposal.updateId),
      },
    });
    return created.id;
  }

  /** A proposal with its stages and documents; pass the update's transaction when the answer decides a write. */
  async proposal(id: number, client: Client = this.prisma): Promise<Proposal | undefined> {
    const row = await client.regionProposal.findUnique({
      where: { id },
      include: { stages: { orderBy: { stage: "asc" }, include: { documents: { orderBy: { position: "asc" } } } } },
    });
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      kind: kindOf(row.kind),
      stages: row.stages.map((stage) => ({
        stage: stage.stage,
        decidedOn: stage.decidedOn,
        outcome: stage.outcome === "rejected" ? "rejected" : "approved",
        recordedBy: Number(stage.recordedBy),
        recordedByName: stage.recordedByName,
        documents: stage.documents.map((document) => ({
          id: document.id,
          title: document.title,
          village: document.village,
          councilDecisionId: document.councilDecisionId,
        })),
      })),
    };
  }

  async proposals(): Promise<ProposalSummary[]> {
    const rows = await this.prisma.regionProposal.findMany({
      orderBy: { id: "asc" },
      include: { stages: { select: { outcome: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: kindOf(row.kind),
      stagesRecorded: row.stages.length,
      stopped: row.stages.some((stage) => stage.outcome === "rejected"),
    }));
  }

  async recordStage(tx: Transaction, proposalId: number, accepted: AcceptedStage, author: StageAuthor): Promise<void> {
    await tx.regionProposalStage.create({
      data: {
        proposalId,
        stage: accepted.stage.number,
        stageKey: accepted.stage.key,
        decidedOn: accepted.decidedOn,
        outcome: accepted.outcome,
        recordedBy: BigInt(author.recordedBy),
        recordedByName: author.recordedByName,
        chatId: BigInt(author.chatId),
        updateId: BigInt(author.updateId),
        documents: {
          create: accepted.documents.map((document, index) => ({
            position: index + 1,
            title: document.title,
            village: document.village,
            councilDecisionId: document.councilDecisionId,
          })),
        },
      },
    });
  }

  /** Adds a council decision to the aspiration stage, recording that stage on the decision's day when it is not yet. */
  async attachDecision(tx: Transaction, proposalId: number, accepted: AcceptedAttachment, author: StageAuthor): Promise<void> {
    const document = { title: accepted.document.title, village: accepted.document.village, councilDecisionId: accepted.document.councilDecisionId };
    const stage = await tx.regionProposalStage.findUnique({ where: { proposalId_stage: { proposalId, stage: accepted.stage.number } } });
    if (!stage) {
      await tx.regionProposalStage.create({
        data: {
          proposalId,
          stage: accepted.stage.number,
          stageKey: accepted.stage.key,
          decidedOn: accepted.decidedOn,
          outcome: "approved",
          recordedBy: BigInt(author.recordedBy),
          recordedByName: author.recordedByName,
          chatId: BigInt(author.chatId),
          updateId: BigInt(author.updateId),
          documents: { create: [{ position: 1, ...document }] },
        },
      });
      return;
    }
    const last = await tx.regionProposalDocument.aggregate({ where: { stageId: stage.id }, _max: { position: true } });
    await tx.regionProposalDocument.create({ data: { stageId: stage.id, position: (last._max.position ?? 0) + 1, ...document } });
  }
}
