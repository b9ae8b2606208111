// Hidden test source must never reach a browser: not in the build's client
// files, not in prerendered pages, not in the HTML or RSC payload of a lesson
// page. Markers are code lines taken from each exercise's hidden tests
// (docstrings are excluded: they are shown to learners on purpose).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listExercises } from "@/lib/exercises/loader";
import { loadHiddenTests } from "@/lib/exercises/hidden-tests";
import { lessonOutline } from "@/lib/content/lessons";
import { baseUrl } from "./browser";

/**
 * Distinctive lines of test code from a hidden file (asserts and requests),
 * never a docstring, and never a line that public material (visible tests,
 * starters, instructions, lessons) also contains: those may be shown.
 */
function markers(source: string, publicText: string): string[] {
  const lines = source
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^(assert |response = |body = )/.test(line) && line.length >= 24 && !line.includes('"""') && !publicText.includes(line));
  return lines.slice(0, 3);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (/\.(js|html|rsc|json|txt|css|map|body)$/.test(name)) out.push(full);
  }
  return out;
}

describe("hidden tests stay on the server", async () => {
  const exercises = await listExercises();
  const publicText = [
    ...exercises.flatMap((e) => [e.instructions, ...Object.values(e.starter), ...Object.values(e.visibleTests), ...Object.values(e.solution)]),
    ...lessonOutline().map((l) => readFileSync(path.resolve(l.file), "utf8")),
  ].join("\n");
  const allMarkers: { slug: string; marker: string }[] = [];
  for (const exercise of exercises) {
    for (const source of Object.values(await loadHiddenTests(exercise.slug))) {
      for (const marker of markers(source, publicText)) allMarkers.push({ slug: exercise.slug, marker });
    }
  }

  it("has markers for every exercise", () => {
    expect(new Set(allMarkers.map((m) => m.slug)).size).toBe(exercises.length);
  });

  it("are not in the client bundle or prerendered output of the build", () => {
    const files = [...filesUnder(path.resolve(".next/static")), ...filesUnder(path.resolve(".next/server/app"))];
    expect(files.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const { slug, marker } of allMarkers) if (text.includes(marker)) leaks.push(`${slug}: "${marker}" in ${path.relative(process.cwd(), file)}`);
    }
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it("are not in any lesson page's HTML or RSC payload", async () => {
    const leaks: string[] = [];
    for (const lesson of lessonOutline()) {
      for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
        const response = await fetch(`${baseUrl()}/lessons/${lesson.slug}`, { headers });
        expect(response.status).toBe(200);
        const text = await response.text();
        for (const { slug, marker } of allMarkers) if (text.includes(marker)) leaks.push(`${slug}: "${marker}" in /lessons/${lesson.slug}${"rsc" in headers ? " (RSC)" : ""}`);
      }
    }
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it("can fail: the marker search finds a hidden test's line where it is present", async () => {
    const { slug, marker } = allMarkers[0];
    const response = await fetch(`${baseUrl()}/api/exercises/${slug}/hidden-tests`, { method: "POST", headers: { origin: baseUrl() } });
    expect(await response.text()).toContain(JSON.stringify(marker).slice(1, -1));
  });
});
