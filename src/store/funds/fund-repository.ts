import { performance } from "node:perf_hooks";
import { FundCatalog } from "../../domain/funds/fund-catalog.ts";
import { FundTable, type FundRow, type FundTableMeta } from "../../domain/funds/fund-table.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { runTransaction } from "../unit-of-work.ts";

export class FundTableExistsError extends Error {
  constructor(readonly regency: string, readonly fiscalYear: number) {
    super(`Tabel dana kampung ${regency} tahun ${fiscalYear} sudah ada.`);
  }
}

/** Rows per INSERT: a national table (75,000 rows) in one statement costs gigabytes in the query engine. */
const INSERT_BATCH_SIZE = 1_000;

/** How often a running bot looks for tables imported by another process. */
const CATALOG_RECHECK_MS = 10_000;

/**
 * Fund tables are read far more often than written: the catalog is held in memory with its indexes and
 * reloaded when the set of tables in the database changes.
 */
export class FundRepository {
  private catalog?: FundCatalog;
  private catalogVersion = "";
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly prisma: PrismaClient) {}

  async loadCatalog(): Promise<FundCatalog> {
    const now = performance.now();
    if (this.catalog && now - this.checkedAt < CATALOG_RECHECK_MS) return this.catalog;
    this.checkedAt = now;
    const version = await this.version();
    if (!this.catalog || version !== this.catalogVersion) {
      this.catalog = await this.readCatalog();
      this.catalogVersion = version;
    }
    return this.catalog;
  }

  async hasTable(regency: string, fiscalYear: number): Promise<boolean> {
    return (await this.prisma.fundTable.count({ where: { regency, fiscalYear } })) > 0;
  }

  /** Writes a whole table in one transaction: nothing is half-imported. */
  async insertTable(meta: FundTableMeta, rows: readonly FundRow[], options: { replace?: boolean } = {}): Promise<number> {
    const id = await runTransaction(this.prisma, async (tx) => {
      const existing = await tx.fundTable.findUnique({
        where: { regency_fiscalYear: { regency: meta.regency, fiscalYear: meta.fiscalYear } },
      });
      if (existing && !options.replace) throw new FundTableExistsError(meta.regency, meta.fiscalYear);
      if (existing) await tx.fundTable.delete({ where: { id: existing.id } });
      const table = await tx.fundTable.create({
        data: { regency: meta.regency, fiscalYear: meta.fiscalYear, regulation: meta.regulation, annex: meta.annex },
      });
      for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
        await tx.fundRow.createMany({ data: rows.slice(start, start + INSERT_BATCH_SIZE).map((row) => ({
          tableId: table.id,
          rowNumber: row.rowNumber,
          district: row.district,
          village: row.village,
          villageFund: BigInt(row.villageFund),
          districtAllocation: BigInt(row.districtAllocation),
          taxShare: BigInt(row.taxShare),
          leviesShare: BigInt(row.leviesShare),
          total: BigInt(row.total),
        })) });
      }
      return table.id;
    });
    this.checkedAt = Number.NEGATIVE_INFINITY;
    return id;
  }

  private async version(): Promise<string> {
    const tables = await this.prisma.fundTable.findMany({ select: { id: true, importedAt: true }, orderBy: { id: "asc" } });
    return tables.map((table) => `${table.id}@${table.importedAt.getTime()}`).join(",");
  }

  private async readCatalog(): Promise<FundCatalog> {
    const tables = await this.prisma.fundTable.findMany({
      orderBy: { id: "asc" },
      include: { rows: { orderBy: { rowNumber: "asc" } } },
    });
    return new FundCatalog(
      tables.map(
        (table) =>
          new FundTable(
            {
              id: table.id,
              regency: table.regency,
              fiscalYear: table.fiscalYear,
              regulation: table.regulation,
              annex: table.annex,
            },
            table.rows.map((row) => ({
              id: row.id,
              rowNumber: row.rowNumber,
              district: row.district,
              village: row.village,
              villageFund: Number(row.villageFund),
              districtAllocation: Number(row.districtAllocation),
              taxShare: Number(row.taxShare),
              leviesShare: Number(row.leviesShare),
              total: Number(row.total),
            })),
          ),
      ),
    );
  }
}
