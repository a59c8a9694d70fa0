// Types for the deep imports of echarts that charts.ts uses: the same installers that
// "echarts/charts" and "echarts/components" export, without loading everything else there.

declare module "echarts/lib/chart/bar/install.js" {
  export const install: typeof import("echarts/charts").BarChart;
}

declare module "echarts/lib/component/grid/install.js" {
  export const install: typeof import("echarts/components").GridComponent;
}
