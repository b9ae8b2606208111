// The fidelity figure from both sides' outcomes: of the tests that pass
// natively, how many pass in the container, and why the others do not.

/** One test's outcome in the container (a `<file>::*` entry stands for the whole file). */
export interface ContainerOutcome {
  outcome: string;
  message: string | null;
}

export interface FidelitySummary {
  passedNatively: number;
  passedInContainerToo: number;
  fidelity: number | null;
  passedOnlyInContainer: number;
  /** Files that did not finish natively within the timeout: left out on both sides, since no one knows what they would give. */
  unfinishedNatively: string[];
  causes: { cause: string; count: number; example: string }[];
}

const fileOf = (id: string) => id.split("::")[0];

/** A failure's cause, comparable across tests: the message's first line without addresses and temp paths. */
export function causeOf(message: string | null | undefined): string {
  const first = (message ?? "no message").split("\n")[0];
  return first.replace(/0x[0-9a-f]+/gi, "0x…").replace(/\/tmp\/[^\s'"]+/g, "/tmp/…").slice(0, 160);
}

export function summarize(native: Record<string, string>, container: Record<string, ContainerOutcome>): FidelitySummary {
  const unfinished = new Set(Object.keys(native).filter((id) => id.endsWith("::*") && native[id] === "timeout").map(fileOf));
  const counted = (id: string) => !unfinished.has(fileOf(id));
  const passedNatively = Object.keys(native).filter((id) => native[id] === "passed" && counted(id));
  const causes = new Map<string, { count: number; example: string }>();
  let passedBoth = 0;
  for (const id of passedNatively) {
    const here = container[id];
    if (here?.outcome === "passed") {
      passedBoth += 1;
      continue;
    }
    const cause = here ? causeOf(here.message) : `not run in the container: ${causeOf(container[`${fileOf(id)}::*`]?.message ?? "missing from the report")}`;
    const entry = causes.get(cause) ?? { count: 0, example: id };
    entry.count += 1;
    causes.set(cause, entry);
  }
  return {
    passedNatively: passedNatively.length,
    passedInContainerToo: passedBoth,
    fidelity: passedNatively.length ? passedBoth / passedNatively.length : null,
    passedOnlyInContainer: Object.keys(container).filter((id) => container[id].outcome === "passed" && native[id] !== "passed" && counted(id)).length,
    unfinishedNatively: [...unfinished].sort(),
    causes: [...causes.entries()].sort((a, b) => b[1].count - a[1].count).map(([cause, { count, example }]) => ({ cause, count, example })),
  };
}
