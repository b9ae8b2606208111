import { describe, expect, it } from "vitest";
import { isApplePlatform, matchShortcut, shortcutLabel, type KeyPress } from "./shortcuts";

const press = (key: string, mods: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("matchShortcut", () => {
  it("runs on Ctrl+Enter and saves on Ctrl+S outside Apple platforms", () => {
    expect(matchShortcut(press("Enter", { ctrlKey: true }), false)).toBe("run");
    expect(matchShortcut(press("s", { ctrlKey: true }), false)).toBe("save");
    expect(matchShortcut(press("S", { ctrlKey: true }), false)).toBe("save");
  });

  it("uses Cmd on Apple platforms and ignores Ctrl there", () => {
    expect(matchShortcut(press("Enter", { metaKey: true }), true)).toBe("run");
    expect(matchShortcut(press("s", { metaKey: true }), true)).toBe("save");
    expect(matchShortcut(press("s", { ctrlKey: true }), true)).toBeNull();
    expect(matchShortcut(press("Enter", { metaKey: true }), false)).toBeNull();
  });

  it("ignores plain keys, Alt and Shift combinations", () => {
    expect(matchShortcut(press("Enter"), false)).toBeNull();
    expect(matchShortcut(press("s"), false)).toBeNull();
    expect(matchShortcut(press("s", { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchShortcut(press("Enter", { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(matchShortcut(press("S", { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(matchShortcut(press("a", { ctrlKey: true }), false)).toBeNull();
  });
});

describe("platform helpers", () => {
  it("recognises Apple platforms", () => {
    expect(isApplePlatform("MacIntel")).toBe(true);
    expect(isApplePlatform("iPhone")).toBe(true);
    expect(isApplePlatform("Linux x86_64")).toBe(false);
    expect(isApplePlatform("Win32")).toBe(false);
  });

  it("labels shortcuts the way each platform writes them", () => {
    expect(shortcutLabel("run", false)).toBe("Ctrl+Enter");
    expect(shortcutLabel("save", true)).toBe("⌘S");
  });
});
