export const CORE_PACKAGE_DIR: string;
export interface PureCoreSources {
  dir: string;
  files: Map<string, Buffer>;
  sha256: string;
}
export function readPurePydanticCore(dir?: string): Promise<PureCoreSources>;
export function assignedVersion(source: string): string | null;
export function addPurePydanticCore(
  files: Map<string, Buffer>,
  packages: { debian: string; upstreamVersion: string }[],
  core: PureCoreSources,
): { added: string[]; version: string; description: string };
