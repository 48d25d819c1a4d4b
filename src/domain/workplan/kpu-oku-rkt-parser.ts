import { headerColumns, TableReader, WorkPlanFormatError, type ColumnKey } from "./table-reader.ts";
import type {
  ParsedWorkPlan,
  WorkPlanMeta,
  WorkPlanStatement,
  WorkPlanTableData,
  WorkPlanTableKind,
} from "./work-plan-document.ts";

export { WorkPlanFormatError } from "./table-reader.ts";

/**
 * Reads the Rencana Kerja Tahunan of KPU Kabupaten Ogan Komering Ulu 2023 (OCR text) into data: the vision and
 * what its words mean, the missions the text words, the strategic goals of BAB II huruf A, and its five tables,
 * each with its own figures. Throws WorkPlanFormatError when the text is not laid out that way.
 */
export function parseKpuOkuWorkPlan(text: string): ParsedWorkPlan {
  assertIsKpuOkuWorkPlan(text);
  const lines = text.split(/\r?\n/);
  const meta = readMeta(lines, text);
  const statements = [
    ...readVision(lines),
    ...readVisionMeanings(lines),
    ...readMissions(lines),
    ...readStrategicGoals(lines),
    ...readAbsentContent(lines),
  ];
  const tables = readTables(lines, meta.fiscalYear);
  if (!tables.some((table) => table.kind === "main")) throw new WorkPlanFormatError("no RKT table (RENCANA KINERJA TAHUNAN (RKT))");
  return { meta, statements, tables };
}

function assertIsKpuOkuWorkPlan(text: string): void {
  const flat = text.replace(/\s+/g, " ").toUpperCase();
  if (!flat.includes("RENCANA KERJA TAHUNAN") || !flat.includes("OGAN KOMERING ULU")) {
    throw new WorkPlanFormatError("the text is not the Rencana Kerja Tahunan of KPU Kabupaten Ogan Komering Ulu");
  }
}

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(" ")
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

function readMeta(lines: readonly string[], text: string): WorkPlanMeta {
  const regency = /KABUPATEN ([A-Z][A-Z ]+?)\s*(?:\*\*)?\r?\n/.exec(text)?.[1];
  const year = /RENCANA KERJA TAHUNAN[\s\S]{0,160}?TAHUN (\d{4})/.exec(text)?.[1];
  if (!regency || !year) throw new WorkPlanFormatError("no organisation or year on the title page");
  const organisation = `KPU Kabupaten ${titleCase(regency)}`;

  const signedAt = lines.findIndex((line) => /^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}$/.test(line.trim()));
  if (signedAt < 0) throw new WorkPlanFormatError("no place and date of signing");
  const signatory = lines.slice(signedAt + 1).find((line) => /^[A-Z][A-Z .']{3,40}$/.test(line.trim()))?.trim();

  const plan = /Keputusan (Komisi Pemilihan Umum [^:]+?) Nomor : (\S+) tentang (Rencana Strategis .+? Tahun \d{4}-\d{4})/.exec(text);
  return {
    organisation,
    fiscalYear: Number(year),
    document: `RKT ${organisation} ${year}`,
    signed: lines[signedAt]!.trim(),
    signatory: signatory ?? "",
    strategicPlan: plan ? `Keputusan ${plan[1]} Nomor ${plan[2]} tentang ${plan[3]}` : "",
  };
}

function statement(kind: WorkPlanStatement["kind"], position: number, label: string | null, text: string, index: number): WorkPlanStatement {
  return { kind, position, label, text: text.replace(/\s+/g, " ").trim(), line: index + 1 };
}

/** The vision is the quoted sentence of BAB I. */
function readVision(lines: readonly string[]): WorkPlanStatement[] {
  const chapter = lines.findIndex((line) => line.trim() === "BAB I");
  const index = lines.findIndex((line, i) => i > chapter && /^[“"].+[”"]$/.test(line.trim()));
  if (chapter < 0 || index < 0) throw new WorkPlanFormatError("no quoted vision in BAB I");
  return [statement("vision", 1, null, lines[index]!.trim().slice(1, -1), index)];
}

/** "Mandiri, Memiliki Arti bahwa …": one meaning per word of the vision. */
function readVisionMeanings(lines: readonly string[]): WorkPlanStatement[] {
  const found: WorkPlanStatement[] = [];
  lines.forEach((line, index) => {
    const match = /^(\p{L}+), memiliki arti\b/iu.exec(line.trim());
    if (match) found.push(statement("visionMeaning", found.length + 1, match[1]!, line, index));
  });
  return found;
}

/** The text words one mission: the President's mission it carries out, in bold quotes. */
function readMissions(lines: readonly string[]): WorkPlanStatement[] {
  const found: WorkPlanStatement[] = [];
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/misi (Presiden dan Wakil Presiden Nomor \d+),\s*\*\*"(.+?)"\*\*/gi)) {
      found.push(statement("mission", found.length + 1, `Misi ${match[1]}`, match[2]!, index));
    }
  });
  return found;
}

/** BAB II huruf A lays the six strategic goals out two to a line: "1\tgoal\t4\tgoal". */
function readStrategicGoals(lines: readonly string[]): WorkPlanStatement[] {
  const start = lines.findIndex((line) => /^A\.\s+Sasaran$/.test(line.trim()));
  const end = lines.findIndex((line, i) => i > start && /^B\.\s/.test(line.trim()));
  if (start < 0 || end < 0) throw new WorkPlanFormatError("no section A. Sasaran");
  const goals: { number: number; text: string; index: number }[] = [];
  for (let index = start + 1; index < end; index++) {
    const cells = (lines[index] ?? "").split("\t").map((cell) => cell.trim());
    if (cells.length < 2) continue;
    for (let at = 0; at + 1 < cells.length; at += 2) {
      if (/^\d+$/.test(cells[at]!) && cells[at + 1]) goals.push({ number: Number(cells[at]), text: cells[at + 1]!, index });
    }
  }
  if (goals.length === 0) throw new WorkPlanFormatError("no strategic goals in section A. Sasaran", start + 1);
  return goals
    .sort((a, b) => a.number - b.number)
    .map((goal, i) => statement("strategicGoal", i + 1, String(goal.number), goal.text, goal.index));
}

function nextFilled(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? "").trim() !== "") return i;
  return -1;
}

/**
 * Captions whose content the text does not have: a paragraph ending in ":" announces it, a short caption follows,
 * and then no table and no list starting at 1, but the next heading or paragraph. The bot says these are missing
 * from the text rather than answering as if the document had nothing to say.
 */
function readAbsentContent(lines: readonly string[]): WorkPlanStatement[] {
  const found: WorkPlanStatement[] = [];
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text.length < 40 || !text.endsWith(":") || line.includes("\t")) return;
    const at = nextFilled(lines, index + 1);
    const caption = (lines[at] ?? "").trim();
    if (at < 0 || (lines[at] ?? "").includes("\t") || caption.length > 100) return;
    if (/^\d+\.$/.test(caption) || /^[A-Z]\.\s/.test(caption) || /^[“"]/.test(caption) || /[.:]$/.test(caption)) return;
    const after = nextFilled(lines, at + 1);
    const following = (lines[after] ?? "").trim();
    if (after >= 0 && ((lines[after] ?? "").includes("\t") || following === "1.")) return;
    found.push(statement("absent", found.length + 1, null, caption, at));
  });
  return found;
}

interface TableContext {
  chapter: string | null;
  section: { letter: string; title: string } | null;
  subsection: { number: number; title: string } | null;
  caption: string | null;
  pendingNumber: number | null;
}

interface OpenTable {
  readonly reader: TableReader;
  readonly kind: WorkPlanTableKind;
  readonly name: string;
  readonly caption: string;
}

function sameColumns(a: readonly ColumnKey[], b: readonly ColumnKey[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}

function describeTable(context: TableContext, year: number, line: number): { kind: WorkPlanTableKind; name: string; caption: string; programme: string | null } {
  const { chapter, section, subsection, caption } = context;
  if (caption && /RENCANA KINERJA TAHUNAN \(RKT\)/i.test(caption)) {
    return { kind: "main", name: `tabel RKT ${year}`, caption, programme: null };
  }
  if (caption && /\bAPBN\b/.test(caption)) {
    return { kind: "budget", name: `tabel Program dan Rencana Kerja Kegiatan APBN ${year}`, caption, programme: null };
  }
  if (section && chapter && !subsection && /indikator kinerja/i.test(section.title)) {
    return { kind: "indicators", name: `tabel ${section.title} (${chapter} huruf ${section.letter})`, caption: section.title, programme: null };
  }
  if (section && chapter && subsection && /^Program\b/i.test(subsection.title)) {
    return {
      kind: "programme",
      name: `tabel ${subsection.title} (${chapter} huruf ${section.letter} angka ${subsection.number})`,
      caption: subsection.title,
      programme: subsection.title,
    };
  }
  throw new WorkPlanFormatError("a table whose caption says neither RKT, APBN, indicators nor a programme", line);
}

/** Updates the headings in force from a line of running text (not a table line). */
function followHeadings(context: TableContext, lines: readonly string[], index: number): number {
  const text = (lines[index] ?? "").trim();
  if (text.startsWith("**")) {
    let end = index;
    while (end < lines.length - 1 && !(lines[end] ?? "").trim().endsWith("**")) end++;
    context.caption = lines
      .slice(index, end + 1)
      .map((line) => line.replace(/\*\*/g, "").trim())
      .join(" ");
    context.section = null;
    context.subsection = null;
    return end;
  }
  const chapter = /^BAB ([IVX]+)$/.exec(text);
  const section = /^([A-Z])\.\s+(.+)$/.exec(text);
  const marker = /^(\d+)\.$/.exec(text);
  if (chapter) Object.assign(context, { chapter: `BAB ${chapter[1]}`, section: null, subsection: null, caption: null });
  else if (section) Object.assign(context, { section: { letter: section[1]!, title: section[2]! }, subsection: null, caption: null });
  else if (marker) context.pendingNumber = Number(marker[1]);
  else if (context.pendingNumber !== null) {
    context.subsection = { number: context.pendingNumber, title: text };
    context.pendingNumber = null;
  }
  return index;
}

function readTables(lines: readonly string[], year: number): WorkPlanTableData[] {
  const tables: WorkPlanTableData[] = [];
  const context: TableContext = { chapter: null, section: null, subsection: null, caption: null, pendingNumber: null };
  let open: OpenTable | null = null;

  const close = () => {
    if (!open) return;
    const rows = open.reader.finish();
    if (rows.length === 0) throw new WorkPlanFormatError("a table with no rows", open.reader.headerLine);
    tables.push({
      position: tables.length + 1,
      kind: open.kind,
      name: open.name,
      caption: open.caption,
      hasBudget: open.reader.columns.includes("budget"),
      line: open.reader.headerLine,
      rows,
    });
    open = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const lineNumber = index + 1;
    if (line.trim() === "") continue;
    if (!line.includes("\t")) {
      close();
      index = followHeadings(context, lines, index);
      continue;
    }
    const columns = headerColumns(line);
    if (columns) {
      // The APBN table repeats its header before its second programme: the same table goes on.
      if (open && sameColumns(columns, open.reader.columns)) continue;
      close();
      const described = describeTable(context, year, lineNumber);
      open = { reader: new TableReader(columns, lineNumber, described.programme), ...described };
      continue;
    }
    open?.reader.add(line, lineNumber);
  }
  close();
  return tables;
}
