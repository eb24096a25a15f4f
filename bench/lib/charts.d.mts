export interface ChartSeries {
  name: string;
  values: Array<number | null>;
}
export interface BarChart {
  title: string;
  unit: string;
  categories: string[];
  series: ChartSeries[];
  stacked?: boolean;
}
export declare function escapeXml(s: string): string;
export declare function niceMax(max: number): number;
export declare function barChart(chart: BarChart): string;
export declare function writeCharts(results: Record<string, unknown>, dir: string): Array<{ title: string; file: string }>;
