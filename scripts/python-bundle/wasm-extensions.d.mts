export const PYDANTIC_CORE_SO: string;
export interface WasmExtension { name: string; version?: string; file: string; sha256: string }
export function readWasmManifest(dir?: string): Promise<{ raw: unknown; extensions: WasmExtension[] }>;
export function readVerifiedExtension(ext: WasmExtension, dir?: string): Promise<Buffer>;
export function pydanticCoreExtension(requiredVersion: string, dir?: string): Promise<{ ext: WasmExtension; data: Buffer }>;
export function optionalVendorFiles(): Promise<{ file: string; data: Buffer; installAs: string }[]>;
