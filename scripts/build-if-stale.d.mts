export declare const BUILD_INPUTS: string[];
export declare const STAMP: string;
export declare function inputsHash(root: string): string;
/** `now`: the time in ms (inputs changed in the 2 s before it get no fingerprint). */
export declare function inputsFingerprint(root: string, now?: number): string | undefined;
export declare function inputsStamp(root: string, clock?: number): string;
export declare function staleReason(root: string, clock?: number): string | undefined;
