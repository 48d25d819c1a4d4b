import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL?.trim() || "file:./data/bot.db";

// Offline set-up (see shared notes): the WebAssembly engine with the better-sqlite3 driver adapter. The CLI
// opens the adapter even for commands that need no database, so its folder must exist.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    mkdirSync(dirname(resolve(databaseUrl.replace(/^file:/, ""))), { recursive: true });
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
