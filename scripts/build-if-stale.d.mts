export declare const BUILD_INPUTS: string[];
export declare const STAMP: string;
export declare function inputsHash(root: string): string;
export declare function staleReason(root: string): string | undefined;
