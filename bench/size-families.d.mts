/** Types of size-families.mjs (plain JavaScript, so that each case's child process runs it without a loader). */
export const FAMILIES: Record<string, (n: number) => string>;
export const STREAM_CHUNK: number;
export function pudRepeated(n: number): string | null;
