export declare function chromiumPath(): string;
export declare function firefoxPath(): string;
export declare const CHROMIUM_QUIET_ARGS: string[];
