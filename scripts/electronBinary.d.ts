/** The installed Electron executable, or null when the binary was never downloaded. */
export function electronBinary(): string | null;
/** One line saying why there is no desktop window and how to get one. */
export const NO_ELECTRON_BINARY: string;
