import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Moves SQLite's WAL checkpoints off the bot's thread. A checkpoint copies the log back into the database file and
 * syncs it, which takes tens of milliseconds; run inside a commit (SQLite's automatic checkpoint) it stalls every
 * chat at once. A worker thread with its own connection runs a PASSIVE checkpoint every second instead: PASSIVE
 * never waits for the bot's readers or writers. The bot's connection keeps a high automatic threshold as a safety
 * net should the worker stop (`WAL_SAFETY_PAGES`).
 */

/** About 40 MB of log before the bot's own connection checkpoints. */
export const WAL_SAFETY_PAGES = 10_000;

const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma("busy_timeout = 50");
const checkpoint = () => { try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {} };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

export function startWalCheckpointer(path: string, intervalMs = 1_000): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs } });
  worker.unref();
  return {
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      // Unreferenced, the worker does not keep the process alive; while it is asked to stop, it must.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
