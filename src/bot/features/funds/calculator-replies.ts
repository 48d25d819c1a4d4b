import { baseAllocationFor, MAX_PLAUSIBLE_POPULATION } from "../../../domain/funds/base-allocation.ts";
import { formulaAllocation, regencyFormulaAndPerformanceTotal, type FormulaRatios } from "../../../domain/funds/formula-allocation.ts";
import type { FundRow, FundTable } from "../../../domain/funds/fund-table.ts";
import { performanceWeights } from "../../../domain/funds/performance-allocation.ts";
import { FORMULA_WEIGHTS, PERFORMANCE_CRITERIA, POPULATION_CLUSTERS } from "../../../domain/funds/sangihe-2022-rules.ts";
import { checkNextTranche, trancheWindowStatus, tranchesFor } from "../../../domain/funds/tranches.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { formatPercent, formatRupiah, spellRupiah } from "../../../domain/shared/money.ts";
import type { BotContext } from "../../context.ts";
import type { FundReply } from "./reply.ts";

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const ROMAN = ["", "I", "II", "III"];
const MEASURE_NAMES = { absorption: ["realisasi penyerapan", "absorption"], output: ["capaian keluaran", "output"] } as const;

function population(count: number): string {
  return `${count.toLocaleString("id-ID")} jiwa`;
}

/** Pasal 4 ayat (2): the base allocation of a kampung of that population. */
export function baseAllocationReply(ctx: BotContext, people: number | null): FundReply {
  if (people === null) return { text: baseAllocationTable(ctx) };
  const outcome = baseAllocationFor(people);
  if (!outcome.ok) {
    const reason = outcome.params.reason;
    const why =
      reason === "NEGATIVE"
        ? ctx.say("jumlah penduduk tidak bisa negatif", "a population cannot be negative")
        : reason === "IMPLAUSIBLY_LARGE"
          ? ctx.say(
              `lebih dari ${MAX_PLAUSIBLE_POPULATION.toLocaleString("id-ID")} jiwa untuk satu kampung tidak masuk akal`,
              `over ${MAX_PLAUSIBLE_POPULATION.toLocaleString("en-US")} people in one kampung is not plausible`,
            )
          : ctx.say("jumlah penduduk harus bilangan bulat", "a population must be a whole number");
    return {
      text: ctx.say(
        `Jumlah penduduk ${String(outcome.params.population)} tidak bisa dipakai: ${why}. Contoh: /alokasidasar 1500`,
        `Population ${String(outcome.params.population)} cannot be used: ${why}. Example: /alokasidasar 1500`,
      ),
    };
  }
  const cluster = outcome.value;
  const range =
    cluster.maxPopulation === null
      ? ctx.say(`di atas ${population(cluster.minPopulation - 1)}`, `above ${population(cluster.minPopulation - 1)}`)
      : `${population(cluster.minPopulation)} – ${population(cluster.maxPopulation)}`;
  return {
    text: [
      ctx.say(`Alokasi Dasar untuk kampung berpenduduk ${population(people)}:`, `Base allocation for a kampung of ${population(people)}:`),
      `${formatRupiah(cluster.amount)} (${spellRupiah(cluster.amount)})`,
      ctx.say(`Klaster huruf ${cluster.letter}: ${range}.`, `Cluster ${cluster.letter}: ${range}.`),
      ...(cluster.note ? [ctx.say(`Catatan pembacaan: ${cluster.note}`, `Reading: ${cluster.note}`)] : []),
      ctx.say(`Dasar: ${formatCitation(cluster.citation)}.`, `Basis: ${formatCitation(cluster.citation)}.`),
    ].join("\n"),
  };
}

function baseAllocationTable(ctx: BotContext): string {
  return [
    ctx.say("Alokasi Dasar per klaster jumlah penduduk (Pasal 4 ayat (2)):", "Base allocation by population cluster (Pasal 4 ayat (2)):"),
    ...POPULATION_CLUSTERS.map((cluster) => {
      const range = cluster.maxPopulation === null ? `> ${population(cluster.minPopulation - 1)}` : `${population(cluster.minPopulation)} – ${population(cluster.maxPopulation)}`;
      return `${cluster.letter}. ${range}: ${formatRupiah(cluster.amount)}${cluster.note ? " *" : ""}`;
    }),
    ...POPULATION_CLUSTERS.filter((cluster) => cluster.note).map((cluster) => `* ${cluster.note}`),
    ctx.say("Ketik misalnya /alokasidasar 1500 untuk satu kampung.", "Type e.g. /alokasidasar 1500 for one kampung."),
  ].join("\n");
}

export interface FormulaRequest extends Partial<FormulaRatios> {
  readonly regencyFormulaTotal?: number;
  readonly performanceTotal?: number;
}

/** Pasal 10: AF Kampung from Z1–Z4 and AF Kabupaten; and what the regency's pool is (Pasal 2, 4 ayat (1)). */
export function formulaReply(ctx: BotContext, request: FormulaRequest, table: FundTable | undefined): FundReply {
  const weights = FORMULA_WEIGHTS.map(
    (weight) => `${weight.variable.toUpperCase()} × ${formatPercent(weight.percent)}: ${weight.text}${weight.note ? ` (${weight.note})` : ""}`,
  );
  const lines = [
    ctx.say("Alokasi Formula (Pasal 10):", "Formula allocation (Pasal 10):"),
    "AF Kampung = {(0,10 × Z1) + (0,40 × Z2) + (0,20 × Z3) + (0,30 × Z4)} × AF Kabupaten",
    ...weights,
  ];
  if (table) {
    const pools = regencyFormulaAndPerformanceTotal(table.regencyTotals().totals.villageFund, request.performanceTotal);
    if (pools.ok) {
      const { base, formulaAndPerformance, reading } = pools.value;
      lines.push(
        "",
        ctx.say(
          `Pagu ${table.meta.regency} ${table.meta.fiscalYear}: Dana Kampung (APBN) ${formatRupiah(pools.value.villageFundTotal)}; Alokasi Dasar ${formatPercent(base.percent)} = ${formatRupiah(base.amount)} (${formatCitation(base.citation)}); sisa ${formatPercent(formulaAndPerformance.percent)} = ${formatRupiah(formulaAndPerformance.amount)} untuk Alokasi Kinerja dan Alokasi Formula bersama (Pasal 2).`,
          `${table.meta.regency} ${table.meta.fiscalYear}: village fund (APBN) ${formatRupiah(pools.value.villageFundTotal)}; base ${formatPercent(base.percent)} = ${formatRupiah(base.amount)}; remaining ${formatPercent(formulaAndPerformance.percent)} = ${formatRupiah(formulaAndPerformance.amount)} for performance and formula allocations together (Pasal 2).`,
        ),
        reading.kind === "combined"
          ? ctx.say(
              "Peraturan ini tidak menyebut pembagian sisa itu antara Alokasi Kinerja dan Alokasi Formula, jadi AF Kabupaten tidak diturunkan sendiri oleh bot: sebutkan AF Kabupaten yang ditetapkan (af ...).",
              "The regulation does not split that remainder between performance and formula allocations, so the bot does not derive AF Kabupaten itself: give the AF Kabupaten that was set (af ...).",
            )
          : ctx.say(
              `Dengan Alokasi Kinerja ${formatRupiah(reading.performanceTotal)}, AF Kabupaten = ${formatRupiah(reading.formulaTotal)} (dibaca sebagai sisanya).`,
              `With a performance allocation of ${formatRupiah(reading.performanceTotal)}, AF Kabupaten = ${formatRupiah(reading.formulaTotal)} (read as the remainder).`,
            ),
      );
    } else if (pools.code === "PERFORMANCE_EXCEEDS_POOL") {
      lines.push("", ctx.say("Alokasi kinerja yang disebut melebihi sisa 35% pagu; periksa angkanya.", "The performance total exceeds the 35% pool; check the figure."));
    }
  }
  const { z1, z2, z3, z4 } = request;
  const formulaTotal = request.regencyFormulaTotal;
  if (z1 === undefined || z2 === undefined || z3 === undefined || z4 === undefined || formulaTotal === undefined) {
    lines.push(
      "",
      ctx.say(
        "Untuk menghitung satu kampung, sebutkan Z1–Z4 (rasio 0–1) dan AF Kabupaten, misalnya: /formula z1 0,01 z2 0,02 z3 0,01 z4 0,015 af 35 miliar",
        "To compute one kampung give Z1–Z4 (ratios 0–1) and AF Kabupaten, e.g. /formula z1 0,01 z2 0,02 z3 0,01 z4 0,015 af 35 miliar",
      ),
    );
    return { text: lines.join("\n") };
  }
  const outcome = formulaAllocation({ z1, z2, z3, z4, regencyFormulaTotal: formulaTotal });
  if (!outcome.ok) {
    lines.push(
      "",
      outcome.code === "INVALID_RATIO"
        ? ctx.say(
            `${String(outcome.params.variable).toUpperCase()} harus rasio antara 0 dan 1 (mis. 0,015), bukan ${outcome.params.value}.`,
            `${String(outcome.params.variable).toUpperCase()} must be a ratio between 0 and 1, not ${outcome.params.value}.`,
          )
        : ctx.say("AF Kabupaten harus jumlah rupiah bulat tidak negatif.", "AF Kabupaten must be a non-negative whole rupiah amount."),
    );
    return { text: lines.join("\n") };
  }
  const result = outcome.value;
  lines.push(
    "",
    ...result.terms.map(
      (term) => `${term.variable.toUpperCase()} ${term.ratio.toLocaleString("id-ID", { maximumFractionDigits: 6 })} × ${formatPercent(term.percent)} → ${formatRupiah(term.amount)}`,
    ),
    ctx.say(
      `AF Kampung = ${result.weightedRatio.toLocaleString("id-ID", { maximumFractionDigits: 6 })} × ${formatRupiah(result.regencyFormulaTotal)} = ${formatRupiah(result.amount)} (${spellRupiah(result.amount)}), dibulatkan ke bawah ke rupiah penuh.`,
      `AF Kampung = ${result.weightedRatio.toLocaleString("en-US", { maximumFractionDigits: 6 })} × ${formatRupiah(result.regencyFormulaTotal)} = ${formatRupiah(result.amount)}, rounded down to a whole rupiah.`,
    ),
  );
  return { text: lines.join("\n") };
}

/** Pasal 6 and 7: the weights of the performance allocation, with each sub-criterion's share of the whole. */
export function performanceReply(ctx: BotContext): FundReply {
  const { weights, unassigned, assignedPercent } = performanceWeights();
  const lines = [ctx.say("Bobot Alokasi Kinerja (Pasal 6 dan 7):", "Performance allocation weights (Pasal 6 and 7):")];
  for (const criterion of PERFORMANCE_CRITERIA) {
    lines.push("", `${criterion.text}: ${formatPercent(criterion.percent)} (${criterion.citation.article})`);
    for (const weight of weights.filter((item) => item.criterion === criterion.key)) {
      const sub = criterion.subCriteria.find((item) => item.key === weight.subCriterion)!;
      lines.push(`  • ${sub.text}: ${formatPercent(weight.subPercent)} → ${formatPercent(weight.effectivePercent)} ${ctx.say("dari keseluruhan", "of the whole")} (${sub.citation.article})`);
    }
  }
  for (const gap of unassigned) {
    lines.push(
      "",
      ctx.say(
        `Catatan: ${gap.note ?? ""} Bagian ${formatPercent(gap.effectivePercent)} dari keseluruhan ini tidak dihitung; bobot yang diatur berjumlah ${formatPercent(assignedPercent)}.`,
        `Note: ${gap.note ?? ""} That ${formatPercent(gap.effectivePercent)} of the whole is left out; the assigned weights total ${formatPercent(assignedPercent)}.`,
      ),
    );
  }
  return { text: lines.join("\n") };
}

/** Pasal 14 ayat (4)-(7): a kampung's APBN part in three tranches, their windows and conditions, and a threshold check. */
export function tranchesReply(
  ctx: BotContext,
  table: FundTable,
  row: FundRow,
  progress?: { completedTranche?: 1 | 2; absorptionPercent?: number; outputPercent?: number },
): FundReply {
  const tranches = tranchesFor(row.villageFund);
  const status = trancheWindowStatus(ctx.services.clock(), undefined, table.meta.fiscalYear);
  const lines = [
    ctx.say(
      `Tahap penyaluran Dana Kampung (APBN) ${row.village}, Kec. ${row.district}: ${formatRupiah(row.villageFund)}`,
      `Tranches of the village fund (APBN) of ${row.village}: ${formatRupiah(row.villageFund)}`,
    ),
  ];
  for (const tranche of tranches) {
    const window = status.windows.find((item) => item.tranche === tranche.tranche)!;
    const state = status.sameFiscalYear
      ? { open: ctx.say(" — sedang terbuka", " — open now"), closed: ctx.say(" — sudah lewat", " — closed"), notYetOpen: ctx.say(" — belum dibuka", " — not yet open") }[window.state]
      : "";
    lines.push(
      "",
      `${ctx.say("Tahap", "Tranche")} ${ROMAN[tranche.tranche]}: ${formatPercent(tranche.percent)} = ${formatRupiah(tranche.amount)}`,
      `${ctx.say("paling cepat", "earliest")} ${MONTHS[tranche.earliestMonth - 1]}, ${ctx.say("paling lambat", "latest")} ${MONTHS[tranche.latestMonth - 1]}${state} (${tranche.citation.article})`,
      ctx.say("Syarat:", "Conditions:"),
      ...tranche.conditions.map((condition) => `  ${condition.item}. ${condition.text} (${condition.citation.article})`),
    );
  }
  lines.push(
    "",
    ctx.say(
      "Tahap I dan II dibulatkan ke bawah ke rupiah penuh; tahap III menerima sisanya agar jumlahnya tepat sama dengan pagu.",
      "Tranches I and II are rounded down to the rupiah; tranche III takes the rest so the three add up exactly.",
    ),
  );
  if (!status.sameFiscalYear) {
    lines.push(
      ctx.say(
        `Jendela bulan di atas berlaku untuk TA ${table.meta.fiscalYear}; sekarang ${status.year}.`,
        `The month windows apply to FY ${table.meta.fiscalYear}; it is now ${status.year}.`,
      ),
    );
  }
  if (progress?.absorptionPercent !== undefined && progress.outputPercent !== undefined) {
    lines.push("", ...thresholdLines(ctx, progress.completedTranche ?? 1, progress.absorptionPercent, progress.outputPercent));
  } else {
    lines.push(
      "",
      ctx.say(
        "Untuk memeriksa syarat tahap berikutnya, sebutkan serapan dan capaian, misalnya «tahap Kalasuge serapan 60 capaian 40» (setelah tahap I) atau «tahap 2 Kalasuge serapan 92 capaian 70».",
        "To check the next tranche's thresholds give absorption and output, e.g. «tahap Kalasuge serapan 60 capaian 40».",
      ),
    );
  }
  lines.push("", ctx.say(`Sumber angka: ${formatCitation(table.citationFor(row))}.`, `Figures: ${formatCitation(table.citationFor(row))}.`));
  return { text: lines.join("\n") };
}

function thresholdLines(ctx: BotContext, completedTranche: 1 | 2, absorptionPercent: number, outputPercent: number): string[] {
  const outcome = checkNextTranche({ completedTranche, absorptionPercent, outputPercent });
  if (!outcome.ok) {
    return [ctx.say("Persentase serapan dan capaian harus antara 0 dan 100.", "Absorption and output must be between 0 and 100 percent.")];
  }
  const check = outcome.value;
  return [
    ctx.say(
      `Syarat angka tahap ${ROMAN[check.nextTranche]} (setelah tahap ${ROMAN[check.completedTranche]}):`,
      `Thresholds for tranche ${ROMAN[check.nextTranche]} (after tranche ${ROMAN[check.completedTranche]}):`,
    ),
    ...check.thresholds.map((threshold) => {
      const [id, en] = MEASURE_NAMES[threshold.measure];
      const verdict = threshold.met
        ? ctx.say("terpenuhi", "met")
        : ctx.say(
            `kurang ${threshold.shortfall.toLocaleString("id-ID")} poin persen`,
            `short by ${threshold.shortfall.toLocaleString("en-US")} percentage points`,
          );
      return `  ${ctx.say(id, en)}: ${formatPercent(threshold.reported)} / ${ctx.say("minimal", "minimum")} ${formatPercent(threshold.required)} — ${verdict} (${threshold.citation.article})`;
    }),
    check.allThresholdsMet
      ? ctx.say(
          `Syarat angka terpenuhi; dokumen lain tetap diperlukan: ${check.otherConditions.map((condition) => condition.item).join(", ")} (${check.citation.article}).`,
          `Thresholds met; the other documents are still required: ${check.otherConditions.map((condition) => condition.item).join(", ")}.`,
        )
      : ctx.say(`Tahap ${ROMAN[check.nextTranche]} belum dapat disalurkan.`, `Tranche ${ROMAN[check.nextTranche]} cannot be disbursed yet.`),
  ];
}
