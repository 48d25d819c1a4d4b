import { z } from "zod";
import type { FundColumn } from "../../../domain/funds/fund-table.ts";

/**
 * Buttons of the fund feature carry only public coordinates (table id, annex row, kecamatan index, page);
 * they grant nothing, and every value is checked against the data before use. Forged or stale data is
 * answered with "no longer valid", never an error.
 */
const id = z.coerce.number().int().min(1).max(1_000_000_000);
const index = z.coerce.number().int().min(0).max(1_000_000);
const column = z.enum(["villageFund", "districtAllocation", "taxShare", "leviesShare", "total"]);

const actionSchema = z.union([
  z.tuple([z.literal("fv"), id, id]).transform(([, tableId, rowNumber]) => ({ kind: "village" as const, tableId, rowNumber })),
  z
    .tuple([z.literal("fd"), id, index, index])
    .transform(([, tableId, districtIndex, page]) => ({ kind: "district" as const, tableId, districtIndex, page })),
  z.tuple([z.literal("fl"), id, index]).transform(([, tableId, page]) => ({ kind: "districtList" as const, tableId, page })),
  z.tuple([z.literal("fk"), id]).transform(([, tableId]) => ({ kind: "regency" as const, tableId })),
  z.tuple([z.literal("ft"), id, id]).transform(([, tableId, rowNumber]) => ({ kind: "tranches" as const, tableId, rowNumber })),
  z
    .tuple([z.literal("fr"), id, column, z.enum(["h", "l"])])
    .transform(([, tableId, column, order]) => ({
      kind: "rank" as const,
      tableId,
      column: column as FundColumn,
      order: order === "h" ? ("highest" as const) : ("lowest" as const),
    })),
]);

export type FundAction = z.output<typeof actionSchema>;

export const FUND_CALLBACK_PATTERN = /^f[vdlktr]:/;

export function parseFundAction(data: string): FundAction | undefined {
  if (data.length > 64) return undefined;
  const parsed = actionSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : undefined;
}

export const fundData = {
  village: (tableId: number, rowNumber: number) => `fv:${tableId}:${rowNumber}`,
  district: (tableId: number, districtIndex: number, page: number) => `fd:${tableId}:${districtIndex}:${page}`,
  districtList: (tableId: number, page: number) => `fl:${tableId}:${page}`,
  regency: (tableId: number) => `fk:${tableId}`,
  tranches: (tableId: number, rowNumber: number) => `ft:${tableId}:${rowNumber}`,
  rank: (tableId: number, column: FundColumn, order: "highest" | "lowest") =>
    `fr:${tableId}:${column}:${order === "highest" ? "h" : "l"}`,
};
