// Keyboard movement in a tab list (WAI-ARIA tabs pattern): arrows move and
// wrap around, Home and End jump to the ends.

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
