import { PrismaClient } from "../generated/prisma/client.ts";
import { sqlitePath } from "./database-file.ts";
import type { SqliteConnection } from "./sqlite-connection.ts";

export type { PrismaClient };
export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function openPrismaClient(databaseUrl: string, connection: SqliteConnection): PrismaClient {
  return new PrismaClient({ adapter: connection.adapter(`file:${sqlitePath(databaseUrl)}`) });
}
