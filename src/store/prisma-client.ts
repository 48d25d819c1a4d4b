import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { sqlitePath } from "./database-file.ts";

export type { PrismaClient };
export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function openPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${sqlitePath(databaseUrl)}` }) });
}
