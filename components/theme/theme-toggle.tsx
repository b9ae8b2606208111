"use client";
// Cycles System -> Light -> Dark. The button says what is in effect now and
// what a press does, so the state is clear without seeing the colours.
import { THEME_CHOICES, applyThemeChoice, useThemeChoice } from "./theme";

const LABEL = { system: "System", light: "Light", dark: "Dark" } as const;

export function ThemeToggle() {
  const choice = useThemeChoice();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length];
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => applyThemeChoice(next)}
      aria-label={`Theme: ${LABEL[choice]}. Switch to ${LABEL[next]}`}
      title={`Theme: ${LABEL[choice]} (switch to ${LABEL[next]})`}
    >
      <span aria-hidden="true">{choice === "dark" ? "☾" : choice === "light" ? "☀" : "◐"}</span> {LABEL[choice]}
    </button>
  );
}
