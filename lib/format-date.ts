// Dates on the server-rendered pages, in one format: "24 Nov 2026, 10:05".
// The server's time zone is used (it renders the page); times in the CSV
// are ISO 8601 UTC instead, for spreadsheets.
const FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string | Date): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? "—" : FORMAT.format(date);
}
