export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based, clamped into 1..totalPages. */
  readonly page: number;
  readonly pageSize: number;
  readonly totalItems: number;
  /** At least 1, so an empty list is one empty page. */
  readonly totalPages: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

export const MAX_PAGE_SIZE = 100;

function wholeNumber(n: number, fallback: number): number {
  return Number.isFinite(n) ? Math.floor(n) : fallback;
}

/** One page of a list. Page numbers and sizes arrive from callback data, so out-of-range values are clamped, never thrown. */
export function page<T>(items: readonly T[], pageNumber: number, pageSize: number): Page<T> {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumber(pageSize, 10)));
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(totalPages, Math.max(1, wholeNumber(pageNumber, 1)));
  const start = (current - 1) * size;
  return {
    items: items.slice(start, start + size),
    page: current,
    pageSize: size,
    totalItems: items.length,
    totalPages,
    hasPrevious: current > 1,
    hasNext: current < totalPages,
  };
}
