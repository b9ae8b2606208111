"use client";
// Code blocks and tables in the text scroll sideways when they are wider
// than their column. Such a box must be reachable with the keyboard to be
// scrolled (WCAG 2.1.1), but a box that fits is only an extra Tab stop
// between the learner and the exercise: each one is made focusable exactly
// while it overflows, and named for screen readers.
import { useEffect, useRef, type ReactNode } from "react";

const SCROLLERS = "pre.shiki, .table-scroll";

function update(box: HTMLElement) {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows && box.tabIndex !== 0) {
    box.tabIndex = 0;
    if (!box.hasAttribute("aria-label")) box.setAttribute("aria-label", box.matches(".table-scroll") ? "Table (scrolls sideways)" : "Code (scrolls sideways)");
    box.setAttribute("role", "region");
  } else if (!overflows && box.hasAttribute("tabindex")) {
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
  }
}

export function FocusableOverflow({ children, className }: { children: ReactNode; className?: string }) {
  const root = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const all = () => element.querySelectorAll<HTMLElement>(SCROLLERS).forEach(update);
    all();
    const observer = new ResizeObserver(all);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={root} className={className}>
      {children}
    </div>
  );
}
