// When the workspace offers the reference solution: after the learner has
// passed, or after enough failed submissions that struggling on alone stops
// teaching anything. The server route answers any request; this is a
// teaching choice, not a secret.
export const FAILED_SUBMISSIONS_BEFORE_SOLUTION = 3;

export function canOfferSolution(state: { completed: boolean; failedSubmissions: number }): boolean {
  return state.completed || state.failedSubmissions >= FAILED_SUBMISSIONS_BEFORE_SOLUTION;
}

/** What to tell a learner who cannot see the solution yet. */
export function solutionLockedMessage(failedSubmissions: number): string {
  const left = Math.max(0, FAILED_SUBMISSIONS_BEFORE_SOLUTION - failedSubmissions);
  return `The solution unlocks when you pass, or after ${left} more ${left === 1 ? "submission" : "submissions"}.`;
}
