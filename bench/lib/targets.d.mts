export interface PeakFigures {
  rps: number;
  nodeUsPerReq: number | null;
  pgUsPerReq: number;
}
export interface TargetResult {
  target: string;
  goal: string;
  unit?: string;
  value: number | null;
  detail?: string;
  met: boolean | null;
}
export declare function evaluateTargets(
  peaks: Record<string, Record<string, PeakFigures>>,
  fixedRate?: Record<string, Record<string, { p99: number }>>,
): TargetResult[];
export declare function verdict(t: TargetResult): string;
