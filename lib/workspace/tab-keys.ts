// Keyboard movement in a tab list (WAI-ARIA tabs pattern): arrows move and
// wrap around, Home and End jump to the ends. And the ids of the editor's
// file tabs.

/** The tab to select after `key` on tab `index` of `count`, or null when the key is not a tab key. */
export function tabIndexForKey(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/**
 * The id of `file`'s tab in the editor of `slug`. Every character but ASCII
 * letters, digits and - is spelt out (`/` as `_2f_`, `_` as `_5f_`), so
 * distinct paths such as templates/index.html and templates_index.html get
 * distinct ids.
 */
export function fileTabId(slug: string, file: string): string {
  return `tab-${slug}-${file.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}
