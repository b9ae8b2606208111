// Workspace keyboard shortcuts, as a pure function of the key event so the
// rules (which modifier on which platform) are tested without a browser.

export type WorkspaceCommand = "run" | "save";

/** The fields of a `KeyboardEvent` the matcher reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** True on Apple platforms, where the command key plays Ctrl's part. */
export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/**
 * Ctrl+Enter / Cmd+Enter runs, Ctrl+S / Cmd+S saves. On Apple platforms only
 * Cmd counts (Ctrl+S there is not "save"); elsewhere only Ctrl does, so the
 * Windows key is left to the system. Alt combinations are left alone: they
 * type characters on some keyboard layouts.
 */
export function matchShortcut(press: KeyPress, apple: boolean): WorkspaceCommand | null {
  const primary = apple ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!primary || press.altKey) return null;
  if (press.key === "Enter" && !press.shiftKey) return "run";
  if (press.key.toLowerCase() === "s" && !press.shiftKey) return "save";
  return null;
}

/** How to write a shortcut in a button's title or hint: "Ctrl+Enter" or "⌘Enter". */
export function shortcutLabel(command: WorkspaceCommand, apple: boolean): string {
  const key = command === "run" ? "Enter" : "S";
  return apple ? `⌘${key}` : `Ctrl+${key}`;
}
