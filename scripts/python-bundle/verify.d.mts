export function sha256(data: Buffer | string): string;
export function sha256File(file: string): Promise<string>;
export function checkPydanticCorePair(pydanticMetadata: string, coreVersion: string): string;
