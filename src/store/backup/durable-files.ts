import { closeSync, fsyncSync, openSync } from "node:fs";

/** Flushes a file's (or a folder's) content to the disk, so a rename that follows survives a power cut. */
export function fsyncPath(path: string, flags: "r" | "r+" = "r"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export const COMPANIONS = ["-wal", "-shm", "-journal"] as const;
