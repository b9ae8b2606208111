// Which of the learner's files go into a graded run.
import type { SourceFiles } from "../python-runtime/types";
import { isPytestControlFile } from "../exercises/python-tests";

// Relative paths made of ordinary names only: no `..`, no absolute paths, no
// hidden files. The sandbox is isolated anyway; this keeps grading predictable.
const SAFE_PATH = /^(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*$/;

export interface PreparedSubmission {
  /** The starter files with the learner's files laid over them. */
  files: SourceFiles;
  /** Submitted paths left out, with the reason. */
  ignored: string[];
}

/**
 * Lays the submission over the starter (so a client may send only the files
 * it changed) and drops files that could steer pytest: a learner's
 * `conftest.py` or `test_*.py` beside the hidden tests could rewrite their
 * outcomes or shadow them.
 */
export function prepareSubmission(starter: SourceFiles, submitted: SourceFiles): PreparedSubmission {
  const files: SourceFiles = { ...starter };
  const ignored: string[] = [];
  for (const [name, source] of Object.entries(submitted)) {
    if (!SAFE_PATH.test(name) || isPytestControlFile(name)) {
      ignored.push(name);
      continue;
    }
    files[name] = source;
  }
  return { files, ignored: ignored.sort() };
}
