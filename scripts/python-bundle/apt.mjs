// A private apt configuration for one Debian suite (forky by default): it
// reads and writes only under the given directory, needs no root and never
// touches the system's own sources or dpkg status.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const DEBIAN_ARCHIVE = "http://deb.debian.org/debian";
export const DEBIAN_SUITE = "forky";
/**
 * The architecture whose package index is read, whatever the host's: the
 * bundle takes only pure-Python files, but two of its packages
 * (python3-pydantic-core, python3-markupsafe) exist only per architecture,
 * and the pinned sha256 are those of the amd64 files.
 */
export const DEBIAN_ARCHITECTURE = "amd64";

/** @param {string} dir @param {string} [suite] */
export async function createPrivateApt(dir, suite = DEBIAN_SUITE) {
  const lists = path.join(dir, "lists");
  const cache = path.join(dir, "cache");
  await mkdir(path.join(lists, "partial"), { recursive: true });
  await mkdir(path.join(cache, "archives", "partial"), { recursive: true });
  const sourceList = path.join(dir, "sources.list");
  const status = path.join(dir, "status");
  await writeFile(sourceList, `deb ${DEBIAN_ARCHIVE} ${suite} main\n`);
  // An empty dpkg status: installed host packages must not influence choices.
  await writeFile(status, "");
  const options = [
    `Dir::Etc::SourceList=${sourceList}`,
    "Dir::Etc::SourceParts=/dev/null",
    `Dir::State::Lists=${lists}`,
    `Dir::Cache=${cache}`,
    `Dir::State::status=${status}`,
    "Debug::NoLocking=1",
    `APT::Architecture=${DEBIAN_ARCHITECTURE}`,
    `APT::Architectures=${DEBIAN_ARCHITECTURE}`,
    // A testing suite's Release file can be past its Valid-Until date between
    // archive updates; the packages are still checked against their sha256.
    "Acquire::Check-Valid-Until=false",
    // Downloads land in our own cache; apt's _apt user may not be able to write there.
    "APT::Sandbox::User=root",
  ].flatMap((o) => ["-o", o]);

  /** @param {string} tool @param {string[]} args @param {string} [cwd] */
  const apt = async (tool, args, cwd) => {
    try {
      const { stdout } = await run(tool, [...options, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      const e = /** @type {{ stderr?: string; message: string }} */ (error);
      throw new Error(`${tool} ${args.join(" ")} failed: ${(e.stderr || e.message).trim()}`);
    }
  };

  return {
    update: () => apt("apt-get", ["-q", "update"]),
    /** @param {string} pkg */
    show: async (pkg) => parseControl(await apt("apt-cache", ["show", "--no-all-versions", pkg])),
    /** Downloads exact `name=version` packages into `targetDir`. @param {string[]} specs @param {string} targetDir */
    download: (specs, targetDir) => apt("apt-get", ["-q", "download", ...specs], targetDir),
  };
}

/** Parses the first stanza of a Debian control file into a field map. @param {string} text */
export function parseControl(text) {
  /** @type {Record<string, string>} */
  const fields = {};
  let last = "";
  for (const line of text.split("\n")) {
    if (line === "") {
      if (Object.keys(fields).length > 0) break;
      continue;
    }
    if (/^\s/.test(line) && last) {
      fields[last] += "\n" + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0) {
      last = line.slice(0, colon);
      fields[last] = line.slice(colon + 1).trim();
    }
  }
  return fields;
}
