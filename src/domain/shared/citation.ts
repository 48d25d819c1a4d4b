/** Where a rule or a figure comes from: the regulation and the article (Pasal, ayat, huruf) or annex row. */
export interface Citation {
  /** Short name of the regulation, e.g. "Perbup Kepulauan Sangihe 5/2022". */
  readonly regulation: string;
  /** The article or annex place, e.g. "Pasal 14 ayat (4)" or "Lampiran baris 58". */
  readonly article: string;
}

export function cite(regulation: string, article: string): Citation {
  return { regulation, article };
}

/** "Pasal 14 ayat (4) Perbup Kepulauan Sangihe 5/2022" */
export function formatCitation(citation: Citation): string {
  return `${citation.article} ${citation.regulation}`;
}
