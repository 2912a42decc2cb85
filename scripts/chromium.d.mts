export function chromiumPath(): string | null;
export const INSTALL_HINT: string;
