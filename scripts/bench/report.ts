// Collects bench figures and prints them as a table or one JSON object.
export interface Figure {
  section: string;
  key: string;
  value: number | string | null;
  unit?: string;
  note?: string;
}

export class BenchReport {
  readonly figures: Figure[] = [];

  add(section: string, key: string, value: number | string | null, unit?: string, note?: string) {
    this.figures.push({ section, key, value: typeof value === "number" ? Math.round(value * 100) / 100 : value, unit, note });
  }

  toJson() {
    const sections: Record<string, Record<string, number | string | null>> = {};
    const notes: Record<string, string> = {};
    for (const f of this.figures) {
      (sections[f.section] ??= {})[f.key] = f.value;
      if (f.note) notes[`${f.section}.${f.key}`] = f.note;
    }
    return { sections, notes };
  }

  toTable(): string {
    const rows = this.figures.map((f) => [f.section, f.key, f.value === null ? "n/a" : String(f.value), f.unit ?? "", f.note ?? ""]);
    const head = ["section", "metric", "value", "unit", "note"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 4 ? 0 : r[i].length))));
    const line = (r: string[]) => r.map((c, i) => (i === 4 ? c : i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
    return [line(head), line(head.map((h, i) => (i === 4 ? "----" : "-".repeat(widths[i])))), ...rows.map(line)].join("\n");
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
