import Database from "better-sqlite3";

/**
 * The rows the fuzzer's senders have no right to touch, read straight from the database file (read-only): the
 * protected council's roster, links, sessions and their logs; the IT office's settings and codes; the protected
 * agency's people, PCs, runs and their logs; reports, exceptions, region proposals and work-plan records; the
 * stored timers of protected chats; the prompts and private-chat settings of protected users.
 */
export function protectedState(databasePath: string, scope: { chats: readonly number[]; users: readonly number[]; agencyId: number }): Record<string, unknown[]> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const chats = scope.chats.join(",");
    const users = scope.users.join(",");
    const councils = `SELECT "id" FROM "Council" WHERE "chatId" IN (${chats})`;
    const runs = `SELECT "id" FROM "MigrationRun" WHERE "agencyId" = ${scope.agencyId}`;
    const queries: Record<string, string> = {
      Council: `SELECT * FROM "Council" WHERE "id" IN (${councils})`,
      CouncilMember: `SELECT * FROM "CouncilMember" WHERE "councilId" IN (${councils}) ORDER BY "id"`,
      CouncilAccountLink: `SELECT * FROM "CouncilAccountLink" WHERE "councilId" IN (${councils}) ORDER BY "id"`,
      CouncilSession: `SELECT * FROM "CouncilSession" WHERE "councilId" IN (${councils}) ORDER BY "id"`,
      CouncilSessionEvent: `SELECT * FROM "CouncilSessionEvent" WHERE "sessionId" IN (SELECT "id" FROM "CouncilSession" WHERE "councilId" IN (${councils})) ORDER BY "id"`,
      Agency: `SELECT * FROM "Agency" ORDER BY "id"`,
      OrgMember: `SELECT * FROM "OrgMember" WHERE "agencyId" = ${scope.agencyId} OR "agencyId" IS NULL OR "userId" IN (${users}) ORDER BY "id"`,
      JoinCode: `SELECT * FROM "JoinCode" ORDER BY "code"`,
      MigrationSetting: `SELECT * FROM "MigrationSetting" ORDER BY "key"`,
      TargetPc: `SELECT * FROM "TargetPc" WHERE "agencyId" = ${scope.agencyId} ORDER BY "id"`,
      MigrationRun: `SELECT * FROM "MigrationRun" WHERE "id" IN (${runs}) ORDER BY "id"`,
      MigrationRunEvent: `SELECT * FROM "MigrationRunEvent" WHERE "runId" IN (${runs}) ORDER BY "id"`,
      MigrationException: `SELECT * FROM "MigrationException" WHERE "agencyId" = ${scope.agencyId} ORDER BY "id"`,
      ReportSubmission: `SELECT * FROM "ReportSubmission" ORDER BY "id"`,
      MigrationPrompt: `SELECT * FROM "MigrationPrompt" WHERE "userId" IN (${users}) ORDER BY "userId", "chatId"`,
      RegionOfficial: `SELECT * FROM "RegionOfficial" ORDER BY 1`,
      RegionProposal: `SELECT * FROM "RegionProposal" ORDER BY "id"`,
      RegionProposalStage: `SELECT * FROM "RegionProposalStage" ORDER BY "id"`,
      RegionProposalDocument: `SELECT * FROM "RegionProposalDocument" ORDER BY "id"`,
      WorkPlanOfficial: `SELECT * FROM "WorkPlanOfficial" ORDER BY 1`,
      WorkPlanRealisation: `SELECT * FROM "WorkPlanRealisation" ORDER BY "id"`,
      ScheduledJob: `SELECT * FROM "ScheduledJob" WHERE "chatId" IS NULL OR "chatId" IN (${chats}) ORDER BY "id"`,
      // A group's language is the group's to choose, whoever in it asks; a private chat's is its user's.
      ChatSetting: `SELECT "chatId", "language" FROM "ChatSetting" WHERE "chatId" IN (${users}) ORDER BY "chatId"`,
      FundTable: `SELECT * FROM "FundTable" ORDER BY "id"`,
      FundRows: `SELECT COUNT(*) AS rows, SUM("total") AS total FROM "FundRow"`,
    };
    return Object.fromEntries(Object.entries(queries).map(([table, sql]) => [table, db.prepare(sql).all()]));
  } finally {
    db.close();
  }
}

interface EventRow {
  readonly sessionId: number;
  readonly type: string;
  readonly payload: string;
  readonly recordedBy: number | null;
}

/**
 * What anyone may do to a protected council's open session: sign themselves in as an observer and leave again
 * (Pasal 59 ayat (2): the public attends uninvited). Those events, and the session's sequence and board they move, are
 * taken out of `after`, so what is left must equal the state before.
 */
export function withoutSelfService(before: Record<string, unknown[]>, after: Record<string, unknown[]>, protectedUsers: readonly number[]): Record<string, unknown[]> {
  const known = new Set((before.CouncilSessionEvent as EventRow[]).map((row) => JSON.stringify(row)));
  const added = (after.CouncilSessionEvent as EventRow[]).filter((row) => !known.has(JSON.stringify(row)));
  const observers = new Map<string, number>();
  const selfService = new Set<EventRow>();
  for (const row of added) {
    const payload = JSON.parse(row.payload) as { observer?: string; telegramUserId?: number; guest?: { kind: string; id: string } };
    const by = row.recordedBy;
    if (by === null || protectedUsers.includes(by)) continue;
    if (row.type === "observerSignedIn" && payload.telegramUserId === by) {
      observers.set(`${row.sessionId}:${payload.observer}`, by);
      selfService.add(row);
    }
    if (row.type === "guestLeft" && payload.guest?.kind === "observer" && observers.get(`${row.sessionId}:${payload.guest.id}`) === by) selfService.add(row);
  }
  if (selfService.size === 0) return after;
  const perSession = new Map<number, number>();
  for (const row of selfService) perSession.set(row.sessionId, (perSession.get(row.sessionId) ?? 0) + 1);
  const beforeSessions = new Map((before.CouncilSession as { id: number; boardMessageId: number | null }[]).map((row) => [row.id, row]));
  return {
    ...after,
    CouncilSessionEvent: (after.CouncilSessionEvent as EventRow[]).filter((row) => !selfService.has(row)),
    CouncilSession: (after.CouncilSession as { id: number; lastSequence: number; boardMessageId: number | null }[]).map((row) =>
      perSession.has(row.id) ? { ...row, lastSequence: row.lastSequence - perSession.get(row.id)!, boardMessageId: beforeSessions.get(row.id)?.boardMessageId ?? null } : row,
    ),
  };
}
