import type Database from "better-sqlite3";
import type { ServedCall } from "../kit/bot-api-server.ts";
import type { Delivery } from "./crash-harness.ts";

/** What the database and the calls say after a run with kills: what was lost, what happened twice, which timers fired. */
export interface Verdict {
  /** Confirmed to the user (a reply or callback answer), and not in the log. */
  readonly lost: string[];
  /** Neither answered nor recorded: the update vanished. */
  readonly vanished: string[];
  readonly duplicated: string[];
  readonly timersFired: number;
}

interface EventRow {
  readonly sessionId: number;
  readonly type: string;
  readonly payload: string;
  readonly updateId: number | null;
}

export function judge(db: Database.Database, deliveries: readonly Delivery[], calls: readonly ServedCall[], timerChatId: number): Verdict {
  const lost: string[] = [];
  const vanished: string[] = [];
  for (const delivery of deliveries) {
    if (!delivery.expect || (delivery.outcome !== "confirmed" && delivery.outcome !== "silent")) continue;
    const missing = delivery.expect(db, delivery.updateId);
    if (!missing) continue;
    const what = `${delivery.lane}: ${delivery.step} (update ${delivery.updateId}): ${missing}; the bot showed ${JSON.stringify(delivery.responses.map((call) => `${call.method} ${String(call.payload.text ?? "").slice(0, 60)}`))}`;
    (delivery.outcome === "confirmed" ? lost : vanished).push(what);
  }
  const duplicated = [...duplicatedCouncilRecords(db), ...duplicatedMigrationRecords(db), ...duplicatedReplies(deliveries)];

  const timerSessions = db
    .prepare('SELECT s."id" AS id FROM "CouncilSession" s JOIN "Council" c ON c."id" = s."councilId" WHERE c."chatId" = ?')
    .all(timerChatId) as { id: number }[];
  const fired = timerSessions.flatMap(
    ({ id }) => db.prepare('SELECT "type" FROM "CouncilSessionEvent" WHERE "sessionId" = ? AND "updateId" IS NULL').all(id) as { type: string }[],
  );
  const postponements = fired.filter((row) => row.type === "sessionPostponed").length;
  if (postponements > 1) duplicated.push(`the planned-start timer postponed the session ${postponements} times`);
  const jobs = db.prepare(`SELECT COUNT(*) AS n FROM "ScheduledJob" WHERE "kind" = 'council.timer' AND "key" LIKE '%plannedStart%' AND "firedAt" IS NOT NULL`).get() as { n: number };
  if (jobs.n > 1) duplicated.push(`${jobs.n} planned-start jobs fired`);
  const announced = calls.filter((call) => call.performed && call.method === "sendMessage" && Number(call.payload.chat_id) === timerChatId && String(call.payload.text).includes("Rapat ditunda"));
  if (announced.length > 1) duplicated.push(`the postponement was announced ${announced.length} times`);
  return { lost, vanished, duplicated, timersFired: postponements };
}

function duplicatedCouncilRecords(db: Database.Database): string[] {
  const problems: string[] = [];
  const events = db.prepare('SELECT "sessionId", "type", "payload", "updateId" FROM "CouncilSessionEvent" ORDER BY "sessionId", "sequence"').all() as EventRow[];
  problems.push(...repeatedWithinUpdate(events.map((row) => ({ ...row, log: `session ${row.sessionId}` }))));
  const count = new Map<string, number>();
  for (const row of events) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    const key =
      row.type === "voteCast" ? `session ${row.sessionId}: ${String(payload.voter)} voted in vote ${String(payload.voteNo)}` :
      ["sessionScheduled", "sessionOpened", "sessionClosed", "voteClosed"].includes(row.type) ? `session ${row.sessionId}: ${row.type}` :
      undefined;
    if (key) count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const [key, n] of count) if (n > 1) problems.push(`${key} ${n} times`);
  // A member signs in again only after leaving.
  const present = new Set<string>();
  for (const row of events) {
    const member = String((JSON.parse(row.payload) as { member?: unknown }).member);
    const key = `session ${row.sessionId}: ${member}`;
    if (row.type === "memberSignedIn") {
      if (present.has(key)) problems.push(`${key} signed in twice without leaving`);
      present.add(key);
    } else if (row.type === "memberLeft") present.delete(key);
  }
  const links = db.prepare('SELECT "councilId", "memberId", COUNT(*) AS n FROM "CouncilAccountLink" GROUP BY "councilId", "memberId" HAVING n > 1').all() as { councilId: number; memberId: string; n: number }[];
  for (const link of links) problems.push(`council ${link.councilId}: ${link.memberId} linked ${link.n} times`);
  const sessions = db.prepare('SELECT "councilId", COUNT(*) AS n FROM "CouncilSession" GROUP BY "councilId" HAVING n > 1').all() as { councilId: number; n: number }[];
  for (const session of sessions) problems.push(`council ${session.councilId} has ${session.n} sessions`);
  return problems;
}

function duplicatedMigrationRecords(db: Database.Database): string[] {
  const problems: string[] = [];
  const events = db.prepare('SELECT "runId", "type", "payload", "updateId" FROM "MigrationRunEvent" ORDER BY "runId", "seq"').all() as {
    runId: number;
    type: string;
    payload: string;
    updateId: number | null;
  }[];
  problems.push(...repeatedWithinUpdate(events.map((row) => ({ ...row, log: `run ${row.runId}` }))));
  const runsOfUpdate = new Map<number, Set<number>>();
  for (const row of events) {
    if (row.updateId === null) continue;
    const runs = runsOfUpdate.get(row.updateId) ?? new Set();
    runs.add(row.runId);
    runsOfUpdate.set(row.updateId, runs);
  }
  for (const [updateId, runs] of runsOfUpdate) if (runs.size > 1) problems.push(`update ${updateId} appended to runs ${[...runs].join(", ")}`);
  const started = db.prepare('SELECT "startedBy", COUNT(*) AS n FROM "MigrationRun" GROUP BY "startedBy" HAVING n > 1').all() as { startedBy: number; n: number }[];
  for (const row of started) problems.push(`technician ${row.startedBy} started ${row.n} runs`);
  return problems;
}

/**
 * One update's events in one log, in log order: they were appended by one commit, so they sit next to each other. The
 * same event twice, or the update's events in two places of the log, mean the update was applied twice.
 */
function repeatedWithinUpdate(rows: readonly { log: string; type: string; payload: string; updateId: number | null }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const lastIndex = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.updateId === null) return;
    const key = `${row.log} update ${row.updateId}: ${row.type} ${row.payload}`;
    if (seen.has(key)) problems.push(`${row.log}: update ${row.updateId} recorded ${row.type} twice`);
    seen.add(key);
    const commit = `${row.log} update ${row.updateId}`;
    const previous = lastIndex.get(commit);
    if (previous !== undefined && (previous !== index - 1 || rows[previous]!.log !== row.log)) problems.push(`${row.log}: update ${row.updateId} appended in two places of the log`);
    lastIndex.set(commit, index);
  });
  return problems;
}

/** A write answered twice with the same message: it was handled twice. */
function duplicatedReplies(deliveries: readonly Delivery[]): string[] {
  const problems: string[] = [];
  for (const delivery of deliveries) {
    if (!delivery.expect) continue;
    const texts = delivery.responses.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));
    const repeated = texts.find((text, index) => texts.indexOf(text) !== index);
    if (repeated !== undefined) problems.push(`${delivery.lane}: ${delivery.step} (update ${delivery.updateId}) answered twice with «${repeated.slice(0, 60)}»`);
  }
  return problems;
}
